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

/* Reads the records of every article back for the reduce step. */
static int read_back(const struct outputs_set *set, struct record_set *rs,
		     struct err *e)
{
	for (size_t i = 0; i < set->n; i++) {
		const struct outputs_article *a = &set->v[i];
		if (!a->len)
			continue;
		FILE *fp = fmemopen(a->jsonl, a->len, "r");
		if (!fp) {
			err_set(e, ERR_IO, a->url, "cannot read records back");
			return -1;
		}
		/* a bad line is named on stderr and skipped; the rest of
		 * the run's records still make the reports */
		struct err le;
		err_clear(&le);
		records_read(rs, fp, a->url, MAX_RECORD_LINE, stderr, &le);
		fclose(fp);
	}
	return 0;
}

int outputs_write(const char *dir, const struct outputs_set *set,
		  bool csv_bom, struct outputs_stats *st, struct err *e)
{
	memset(st, 0, sizeof *st);
	struct record_set rs;
	struct conflict_list cl;
	memset(&cl, 0, sizeof cl);
	records_init(&rs);
	int rc = read_back(set, &rs, e);
	if (rc == 0)
		conflicts_compute(&rs, &cl);

	struct outfile of;
	if (rc == 0 && outfile_open(&of, dir, "claims.jsonl", e) != 0)
		rc = -1;
	for (size_t i = 0; rc == 0 && i < set->n; i++) {
		const struct outputs_article *a = &set->v[i];
		if (fwrite(a->jsonl, 1, a->len, of.fp) != a->len) {
			err_set(e, ERR_IO, of.path, "write failed");
			outfile_abort(&of);
			rc = -1;
			break;
		}
		for (size_t k = 0; k < a->len; k++)
			st->records += a->jsonl[k] == '\n';
	}
	if (rc == 0 && emit_conflicts(of.fp, &rs, &cl, csv_bom) != 0) {
		err_set(e, ERR_IO, of.path, "write failed");
		outfile_abort(&of);
		rc = -1;
	}
	if (rc == 0)
		rc = outfile_commit(&of, e);
	if (rc == 0)
		rc = outputs_write_reports(dir, &rs, &cl, csv_bom, e);
	st->bad_lines = rs.lines_bad;
	st->articles = set->n;
	st->figures = rs.nfigures;
	for (size_t i = 0; i < cl.n; i++)
		st->conflicts += cl.items[i].status == STATUS_CONFLICT;
	st->records += cl.n;
	conflicts_free(&cl);
	records_release(&rs);
	return rc;
}
