/* emit_jsonl.h - records as JSON Lines (one object a line) */
#ifndef CLAIMEX_EMIT_JSONL_H
#define CLAIMEX_EMIT_JSONL_H

#include <stdio.h>

struct actor;
struct article;
struct figure;
struct quote;

/*
 * Writes the `article` record of a as one line of JSON to out: type, id,
 * source, url, title, outlet, published, byline, lang, chars, format,
 * charset (docs/records.md). Unknown fields are null. Keys keep this
 * order and strings are escaped by jansson, so output is deterministic.
 * Returns 0, or -1 when writing failed (errno set by stdio).
 */
int emit_jsonl_article(FILE *out, const struct article *a);

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
