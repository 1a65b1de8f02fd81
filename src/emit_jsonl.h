/* emit_jsonl.h - records as JSON Lines (one object a line) */
#ifndef CLAIMEX_EMIT_JSONL_H
#define CLAIMEX_EMIT_JSONL_H

#include <jansson.h>
#include <stdio.h>

/* How records are dumped: compact, keys in insertion order, and reals with
 * 15 significant digits so that 8.3 is written "8.3", not
 * "8.3000000000000007". */
#define EMIT_JSONL_FLAGS                                                   \
	(JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

struct article;
struct conflict;
struct record_set;

/*
 * Writes the `article` record of a as one line of JSON to out: type, id,
 * source, url, title, outlet, published, byline, lang, chars, format,
 * charset (docs/records.md). Unknown fields are null. Keys keep this
 * order and strings are escaped by jansson, so output is deterministic.
 * Returns 0, or -1 when writing failed (errno set by stdio).
 */
int emit_jsonl_article(FILE *out, const struct article *a);

/*
 * Writes a `conflict` record: key, kind, unit, status, subject, articles
 * (how many state the quantity) and values, each {value, unit, mentions:
 * [{article, source, outlet, published, text, hedge, sentence,
 * speaker}]}, with the article fields looked up in set.
 * Returns 0, or -1 when writing failed.
 */
int emit_jsonl_conflict(FILE *out, struct record_set *set,
			const struct conflict *c);

/* A number as JSON: an integer when the value is whole and fits, else a
 * real, so that 5000000000 is not written as 5000000000.0. */
json_t *emit_jsonl_number(double v);

#endif
