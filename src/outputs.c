/* outputs.c - every output file of a run, from all its articles' records */
#include "outputs.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "conflicts.h"
#include "emit_claimreview.h"
#include "emit_csv.h"
#include "emit_html.h"
#include "emit_jsonl.h"
#include "emit_sqlite.h"
#include "err.h"
#include "outfile.h"
#include "pipeline.h"
#include "records.h"
#include "util.h"

/* A record line longer than this is not claimex's. */
#define MAX_RECORD_LINE (16u * 1024 * 1024)

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

/* Writes one output file through a temporary name. */
typedef int (*emit_fn)(FILE *out, struct record_set *set,
		       const struct conflict_list *cl, bool csv_bom);

static int emit_conflicts(FILE *out, struct record_set *set,
			  const struct conflict_list *cl, bool csv_bom)
{
	(void)csv_bom;
	for (size_t i = 0; i < cl->stories.n; i++)
		if (emit_jsonl_story(out, set, &cl->stories, i) != 0)
			return -1;
	for (size_t i = 0; i < cl->n; i++)
		if (emit_jsonl_conflict(out, set, cl, &cl->items[i]) != 0)
			return -1;
	return 0;
}

static int emit_csv(FILE *out, struct record_set *set,
		    const struct conflict_list *cl, bool csv_bom)
{
	return emit_csv_figures(out, set, cl, csv_bom);
}

static int emit_html(FILE *out, struct record_set *set,
		     const struct conflict_list *cl, bool csv_bom)
{
	(void)csv_bom;
	return emit_html_report(out, set, cl);
}

/* The day the drafts are dated: SOURCE_DATE_EPOCH when set (builds that
 * must be reproducible), else now. */
static time_t draft_time(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	if (s && *s) {
		char *end;
		long long v = strtoll(s, &end, 10);
		if (*end == '\0' && v >= 0)
			return (time_t)v;
	}
	return time(NULL);
}

static int emit_reviews(FILE *out, struct record_set *set,
			const struct conflict_list *cl, bool csv_bom)
{
	(void)csv_bom;
	return emit_claimreview(out, set, cl, draft_time());
}

static int emit_sqlite_db(FILE *out, struct record_set *set,
			  const struct conflict_list *cl, bool csv_bom)
{
	(void)csv_bom;
	return emit_sqlite(out, set, cl);
}

static int write_one(const char *dir, const char *name, emit_fn fn,
		     struct record_set *set, const struct conflict_list *cl,
		     bool csv_bom, struct err *e)
{
	struct outfile of;
	if (outfile_open(&of, dir, name, e) != 0)
		return -1;
	if (fn(of.fp, set, cl, csv_bom) != 0) {
		err_set(e, ERR_IO, of.path, "write failed");
		outfile_abort(&of);
		return -1;
	}
	return outfile_commit(&of, e);
}

int outputs_write_reports(const char *dir, struct record_set *set,
			  const struct conflict_list *cl, bool csv_bom,
			  struct err *e)
{
	if (write_one(dir, "conflicts.jsonl", emit_conflicts, set, cl, csv_bom,
		      e) ||
	    write_one(dir, "claims.csv", emit_csv, set, cl, csv_bom, e) ||
	    write_one(dir, "report.html", emit_html, set, cl, csv_bom, e) ||
	    write_one(dir, "claimreview.json", emit_reviews, set, cl, csv_bom,
		      e) ||
	    write_one(dir, "claims.db", emit_sqlite_db, set, cl, csv_bom, e))
		return -1;
	return 0;
}

struct outputs_stream {
	char *dir;
	bool csv_bom;
	struct outfile of;
	bool open; /* of is open: not committed nor aborted */
	struct record_set rs;
	size_t articles, records;
};

struct outputs_stream *outputs_stream_open(const char *dir, bool csv_bom,
					   struct err *e)
{
	struct outputs_stream *s = xcalloc(1, sizeof *s);
	if (outfile_open(&s->of, dir, "claims.jsonl", e) != 0) {
		free(s);
		return NULL;
	}
	s->open = true;
	s->dir = xstrdup(dir);
	s->csv_bom = csv_bom;
	records_init(&s->rs);
	return s;
}

int outputs_stream_add(struct outputs_stream *s, const char *where,
		       const char *jsonl, size_t len, struct err *e)
{
	s->articles++;
	if (!len)
		return 0;
	if (fwrite(jsonl, 1, len, s->of.fp) != len) {
		err_set(e, ERR_IO, s->of.path, "write failed");
		return -1;
	}
	for (size_t k = 0; k < len; k++)
		s->records += jsonl[k] == '\n';
	/* What the reduce step needs goes into the record set; the text
	 * itself is not kept. A bad line is named on stderr and skipped;
	 * the rest of the run's records still make the reports. */
	struct err le;
	err_clear(&le);
	records_read_buffer(&s->rs, jsonl, len, where, MAX_RECORD_LINE, stderr,
			    &le);
	return 0;
}

int outputs_stream_finish(struct outputs_stream *s, struct outputs_stats *st,
			  struct err *e)
{
	memset(st, 0, sizeof *st);
	struct conflict_list cl;
	memset(&cl, 0, sizeof cl);
	conflicts_compute(&s->rs, &cl);
	int rc = 0;
	if (emit_conflicts(s->of.fp, &s->rs, &cl, s->csv_bom) != 0) {
		err_set(e, ERR_IO, s->of.path, "write failed");
		rc = -1;
	}
	if (rc == 0) {
		s->open = false;
		rc = outfile_commit(&s->of, e);
	}
	if (rc == 0)
		rc = outputs_write_reports(s->dir, &s->rs, &cl, s->csv_bom, e);
	st->bad_lines = s->rs.lines_bad;
	st->articles = s->articles;
	st->figures = s->rs.nfigures;
	for (size_t i = 0; i < cl.n; i++)
		st->conflicts += cl.items[i].status == STATUS_CONFLICT;
	st->records = s->records + cl.n;
	conflicts_free(&cl);
	return rc;
}

void outputs_stream_free(struct outputs_stream *s)
{
	if (!s)
		return;
	if (s->open)
		outfile_abort(&s->of);
	records_release(&s->rs);
	free(s->dir);
	free(s);
}

int outputs_write(const char *dir, const struct outputs_set *set, bool csv_bom,
		  struct outputs_stats *st, struct err *e)
{
	struct outputs_stream *s = outputs_stream_open(dir, csv_bom, e);
	if (!s)
		return -1;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < set->n; i++)
		rc = outputs_stream_add(s, set->v[i].url, set->v[i].jsonl,
					set->v[i].len, e);
	if (rc == 0)
		rc = outputs_stream_finish(s, st, e);
	outputs_stream_free(s);
	return rc;
}
