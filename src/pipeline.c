/* pipeline.c - one article's source bytes to its records as JSON Lines */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "emit_jsonl.h"
#include "err.h"
#include "reader.h"
#include "util.h"

size_t pipeline_count_type(const char *jsonl, size_t len, const char *type)
{
	char lead[64];
	int k = snprintf(lead, sizeof lead, "{\"type\":\"%s\"", type);
	if (k < 0 || (size_t)k >= sizeof lead)
		return 0;
	size_t n = 0, i = 0;
	while (i < len) {
		const char *nl = memchr(jsonl + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - jsonl) : len;
		if (e - i >= (size_t)k && !memcmp(jsonl + i, lead, (size_t)k))
			n++;
		i = e + 1;
	}
	return n;
}

/* A memory stream; open_memstream fails only when memory is out. */
static FILE *memstream(char **mem, size_t *n)
{
	FILE *f = open_memstream(mem, n);
	if (!f)
		die_oom();
	return f;
}

/*
 * Runs the extractors and renders the records. The emitters write to a
 * FILE, so they are pointed at a memory stream; the text is then copied
 * into the arena so that it is freed with the article.
 */
static int records(struct arena *arena, struct pipeline_result *out,
		   struct err *e)
{
	char *mem = NULL;
	size_t n = 0;
	FILE *f = memstream(&mem, &n);
	int rc = emit_jsonl_article(f, &out->art);
	/* Later stages: figures, actors, quotes of out->art here. */
	if (fclose(f) != 0 || rc != 0) {
		free(mem);
		err_set(e, ERR_IO, out->art.source, "cannot render records");
		return -1;
	}
	out->jsonl = arena_strndup(arena, mem, n);
	out->jsonl_len = n;
	free(mem);
	out->records = 0;
	for (size_t i = 0; i < n; i++)
		out->records += out->jsonl[i] == '\n';
	out->figures = pipeline_count_type(out->jsonl, n, "figure");
	return 0;
}

int pipeline_from_source(const struct source *src, const struct reader_opts *ro,
			 struct arena *arena, struct pipeline_result *out,
			 struct err *e)
{
	memset(out, 0, sizeof *out);
	if (reader_read(src, ro, arena, &out->art, e) != 0)
		return -1;
	return records(arena, out, e);
}

int pipeline_from_bytes(const char *source, const char *bytes, size_t len,
			const char *content_type, const char *final_url,
			struct arena *arena, struct pipeline_result *out,
			struct err *e)
{
	memset(out, 0, sizeof *out);
	if (reader_from_bytes(source, bytes, len, content_type, final_url,
			      arena, &out->art, e) != 0)
		return -1;
	return records(arena, out, e);
}
