/* outputs.c - every output file of a run, from all its articles' records */
#include "outputs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "outfile.h"
#include "pipeline.h"
#include "util.h"

void outputs_add(struct outputs_set *set, const char *url, const char *jsonl,
		 size_t len)
{
	if (set->n == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 64;
		set->v = xrealloc(set->v, set->cap * sizeof *set->v);
	}
	struct outputs_article *a = &set->v[set->n++];
	a->url = xstrdup(url);
	a->jsonl = xstrndup(jsonl, len);
	a->len = len;
}

void outputs_free(struct outputs_set *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->v[i].url);
		free(set->v[i].jsonl);
	}
	free(set->v);
	memset(set, 0, sizeof *set);
}

static int write_claims(const char *dir, const struct outputs_set *set,
			struct outputs_stats *st, struct err *e)
{
	struct outfile of;
	if (outfile_open(&of, dir, "claims.jsonl", e) != 0)
		return -1;
	for (size_t i = 0; i < set->n; i++) {
		const struct outputs_article *a = &set->v[i];
		if (fwrite(a->jsonl, 1, a->len, of.fp) != a->len) {
			err_set(e, ERR_IO, of.path, "write failed");
			outfile_abort(&of);
			return -1;
		}
		for (size_t k = 0; k < a->len; k++)
			st->records += a->jsonl[k] == '\n';
		st->figures += pipeline_count_type(a->jsonl, a->len, "figure");
	}
	st->articles = set->n;
	return outfile_commit(&of, e);
}

int outputs_write(const char *dir, const struct outputs_set *set,
		  struct outputs_stats *st, struct err *e)
{
	memset(st, 0, sizeof *st);
	return write_claims(dir, set, st, e);
}
