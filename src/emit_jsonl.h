/* emit_jsonl.h - records as JSON Lines (one object a line) */
#ifndef CLAIMEX_EMIT_JSONL_H
#define CLAIMEX_EMIT_JSONL_H

#include <jansson.h>
#include <stdio.h>

struct actor;
/* How records are dumped: compact, keys in insertion order, and reals with
 * 15 significant digits so that 8.3 is written "8.3", not
 * "8.3000000000000007". */
#define EMIT_JSONL_FLAGS                                                       \
	(JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

struct article;
struct signature;
struct conflict;
struct conflict_list;
struct story_list;
struct record_set;
struct figure;
struct quote;

/*
 * Writes the `article` record of a as one line of JSON to out: type, id,
 * source, url, title, outlet, published, byline, lang, chars, format,
 * charset (docs/records.md). Unknown fields are null. Keys keep this
 * order and strings are escaped by jansson, so output is deterministic.
 * Returns 0, or -1 when writing failed (errno set by stdio).
 */
int emit_jsonl_article(FILE *out, const struct article *a,
		       const struct signature *sig);

/*
 * Writes a `conflict` record (docs/records.md): key, story, kind, unit,
 * status, subject, claim (the fields its statements share), why
 * {same_quantity, disagree}, confidence, articles, sources, and values,
 * each {value, unit, interval, mentions: [{article, source, url, title,
 * outlet, published, copy_of, text, hedge, sentence, speaker}]}, with
 * the article fields looked up in set. Returns 0, or -1 when writing
 * failed.
 */
int emit_jsonl_conflict(FILE *out, struct record_set *set,
			const struct conflict_list *cl,
			const struct conflict *c);

/*
 * Writes the `story` record of story s of sl: id, title, articles (ids),
 * sources (distinct texts), copies ([{article, copy_of}]), actors, first
 * and last (publication dates). Returns 0, or -1 when writing failed.
 */
int emit_jsonl_story(FILE *out, struct record_set *set,
		     const struct story_list *sl, size_t s);

/* A number as JSON: an integer when the value is whole and fits, else a
 * real, so that 5000000000 is not written as 5000000000.0. */
json_t *emit_jsonl_number(double v);

/*
 * Writes one `figure` record of article a: type, article, kind, text,
 * value, unit, hedge, per, start, end, sentence, key (docs/records.md).
 * The value is a JSON integer when it is a whole number that fits in 64
 * bits, else a real printed with 15 significant digits (so 0.12 stays
 * 0.12). start and end are null for a figure in the title; key is null
 * until the conflict stage fills it. Returns 0, or -1 when writing
 * failed.
 */
int emit_jsonl_figure(FILE *out, const struct article *a,
		      const struct figure *f);

/*
 * Writes one `actor` record of article a: type, article, name, kind
 * ("person", "org", "place"), aliases (a list, maybe empty), role (or
 * null), mentions. Returns 0, or -1 when writing failed.
 */
int emit_jsonl_actor(FILE *out, const struct article *a,
		     const struct actor *ac);

/*
 * Writes one `quote` record of article a: type, article, text, speaker
 * (or null), cue (or null), start, end. Returns 0, or -1 when writing
 * failed.
 */
int emit_jsonl_quote(FILE *out, const struct article *a, const struct quote *q);

#endif
