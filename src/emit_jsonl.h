/* emit_jsonl.h - records as JSON Lines (one object a line) */
#ifndef CLAIMEX_EMIT_JSONL_H
#define CLAIMEX_EMIT_JSONL_H

#include <stdio.h>

struct article;

/*
 * Writes the `article` record of a as one line of JSON to out: type, id,
 * source, url, title, outlet, published, byline, lang, chars, format,
 * charset (docs/records.md). Unknown fields are null. Keys keep this
 * order and strings are escaped by jansson, so output is deterministic.
 * Returns 0, or -1 when writing failed (errno set by stdio).
 */
int emit_jsonl_article(FILE *out, const struct article *a);

#endif
