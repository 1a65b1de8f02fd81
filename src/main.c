/* main.c - wires the stages: inputs -> reader -> records -> emitters */
#include <curl/curl.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "cli.h"
#include "conflicts.h"
#include "emit_csv.h"
#include "emit_html.h"
#include "emit_jsonl.h"
#include "err.h"
#include "fetch.h"
#include "input.h"
#include "log.h"
#include "outfile.h"
#include "reader.h"
#include "records.h"

/* A record line longer than this is not claimex's: refuse it. */
#define MAX_RECORD_LINE (16u * 1024 * 1024)

/* What to do with each article that was read. Returns 0, or -1 when the
 * output cannot be written (which stops the run). */
typedef int (*article_fn)(const struct article *a, void *ctx);

struct run_stats {
	size_t ok, failed;
};

/*
 * Reads every source in order, one arena per article, reset after the
 * article's records are written. A failed input is named on stderr and
 * the run goes on. Returns -1 only when `fn` could not write output.
 */
static int for_each_article(const struct config *cfg, const struct log *log,
			    char *const *inputs, size_t ninputs,
			    article_fn fn, void *ctx, struct run_stats *st)
{
	struct source_list list;
	input_expand(inputs, ninputs, &list);

	struct fetch_opts fo = {
		.connect_timeout_ms = cfg->connect_timeout_ms,
		.timeout_ms = cfg->timeout_ms,
		.max_redirects = cfg->max_redirects,
		.max_bytes = cfg->max_bytes,
		.user_agent = "claimex/" CLAIMEX_VERSION,
	};
	struct fetcher *fetcher = NULL;
	for (size_t i = 0; i < list.n && !fetcher; i++)
		if (list.items[i].kind == SOURCE_URL)
			fetcher = fetcher_new(&fo);
	struct reader_opts ro = {cfg->max_bytes, fetcher};
	struct arena *arena = arena_new();
	int rc = 0;
	if (list.n == 0)
		log_warn(log, "no articles found in the inputs given");

	for (size_t i = 0; i < list.n; i++) {
		struct err e;
		struct article art;
		err_clear(&e);
		arena_reset(arena);
		if (reader_read(&list.items[i], &ro, arena, &art, &e) != 0) {
			log_err(log, &e);
			st->failed++;
			continue;
		}
		log_info(log, "%s: %zu chars, %s", art.source, art.chars,
			 art.format);
		if (fn(&art, ctx) != 0) {
			rc = -1;
			break;
		}
		st->ok++;
	}
	arena_free(arena);
	fetcher_free(fetcher);
	input_list_free(&list);
	return rc;
}

static int write_records(const struct article *a, void *ctx)
{
	FILE *out = ctx;
	if (emit_jsonl_article(out, a) != 0)
		return -1;
	/* Stream: a consumer sees each article's records as they come. */
	return fflush(out) == 0 ? 0 : -1;
}

static int write_text(const struct article *a, void *ctx)
{
	FILE *out = ctx;
	if (fwrite(a->text, 1, a->len, out) != a->len || fputc('\n', out) == EOF)
		return -1;
	return 0;
}

static int finish(const struct log *log, const struct run_stats *st,
		  int write_rc, const char *what)
{
	if (write_rc != 0) {
		log_error(log, "cannot write %s", what);
		return EXIT_OUTPUT;
	}
	if (st->failed) {
		log_warn(log, "%zu of %zu inputs failed", st->failed,
			 st->failed + st->ok);
		return EXIT_SOME_FAILED;
	}
	return EXIT_ALL_OK;
}

static int cmd_stream(const struct config *cfg, const struct log *log,
		      article_fn fn)
{
	struct run_stats st = {0, 0};
	int rc = for_each_article(cfg, log, cfg->inputs, cfg->ninputs, fn,
				  stdout, &st);
	if (fflush(stdout) != 0)
		rc = -1;
	return finish(log, &st, rc, "to stdout");
}

/* Writes one output file of the run through a temporary name. */
typedef int (*emit_fn)(FILE *out, struct record_set *set,
		       const struct conflict_list *cl);

static int emit_conflicts(FILE *out, struct record_set *set,
			  const struct conflict_list *cl)
{
	for (size_t i = 0; i < cl->n; i++)
		if (emit_jsonl_conflict(out, set, &cl->items[i]) != 0)
			return -1;
	return 0;
}

static int emit_csv(FILE *out, struct record_set *set,
		    const struct conflict_list *cl)
{
	(void)cl;
	return emit_csv_figures(out, set);
}

static int write_output(const struct log *log, const char *dir,
			const char *name, emit_fn fn, struct record_set *set,
			const struct conflict_list *cl)
{
	struct outfile of;
	struct err e;
	err_clear(&e);
	if (outfile_open(&of, dir, name, &e) != 0) {
		log_err(log, &e);
		return -1;
	}
	if (fn(of.fp, set, cl) != 0) {
		log_error(log, "cannot write %s", of.path);
		outfile_abort(&of);
		return -1;
	}
	if (outfile_commit(&of, &e) != 0) {
		log_err(log, &e);
		return -1;
	}
	return 0;
}

/* conflicts.jsonl, claims.csv and report.html from a record set. */
static int write_report_files(const struct config *cfg, const struct log *log,
			      struct record_set *set,
			      const struct conflict_list *cl)
{
	if (write_output(log, cfg->outdir, "conflicts.jsonl", emit_conflicts,
			 set, cl) != 0 ||
	    write_output(log, cfg->outdir, "claims.csv", emit_csv, set, cl) !=
		0 ||
	    write_output(log, cfg->outdir, "report.html", emit_html_report,
			 set, cl) != 0)
		return -1;
	log_info(log, "%zu figures, %zu quantities compared", set->nfigures,
		 cl->n);
	return 0;
}

/*
 * The reduce step and the reports over the records of claims (a file
 * still open under its temporary name): conflicts are appended to it and
 * the other outputs written. Each file appears whole or not at all.
 */
static int write_reports(const struct config *cfg, const struct log *log,
			 struct outfile *claims)
{
	struct record_set set;
	struct conflict_list cl;
	struct err e;
	err_clear(&e);
	records_init(&set);
	if (fflush(claims->fp) != 0 || fseek(claims->fp, 0, SEEK_SET) != 0 ||
	    records_read(&set, claims->fp, claims->tmp, MAX_RECORD_LINE, &e)) {
		if (e.code)
			log_err(log, &e);
		records_release(&set);
		return -1;
	}
	conflicts_compute(&set, &cl);
	int rc = 0;
	if (fseek(claims->fp, 0, SEEK_END) != 0 ||
	    emit_conflicts(claims->fp, &set, &cl) != 0)
		rc = -1;
	if (rc == 0)
		rc = write_report_files(cfg, log, &set, &cl);
	conflicts_free(&cl);
	records_release(&set);
	return rc;
}

static int cmd_run(const struct config *cfg, const struct log *log)
{
	static char *default_inputs[] = {"corpus"};
	char *const *inputs = cfg->ninputs ? cfg->inputs : default_inputs;
	size_t ninputs = cfg->ninputs ? cfg->ninputs : 1;
	struct outfile claims;
	struct err e;
	err_clear(&e);
	if (outfile_open(&claims, cfg->outdir, "claims.jsonl", &e) != 0) {
		log_err(log, &e);
		return EXIT_OUTPUT;
	}
	struct run_stats st = {0, 0};
	int rc = for_each_article(cfg, log, inputs, ninputs, write_records,
				  claims.fp, &st);
	if (rc == 0 && write_reports(cfg, log, &claims) != 0) {
		outfile_abort(&claims);
		return EXIT_OUTPUT;
	}
	if (rc != 0) {
		outfile_abort(&claims);
		return finish(log, &st, rc, claims.path);
	}
	if (outfile_commit(&claims, &e) != 0) {
		log_err(log, &e);
		return EXIT_OUTPUT;
	}
	log_info(log, "wrote %s (%zu articles)", claims.path, st.ok);
	return finish(log, &st, 0, claims.path);
}

/*
 * Reads the record files of the command line (stdin when none or "-")
 * into set. A file that cannot be read or holds a line that is not a
 * record is named on stderr; the records read before it still count.
 * Returns the number of files that failed.
 */
static size_t load_records(const struct config *cfg, const struct log *log,
			   struct record_set *set)
{
	size_t failed = 0;
	size_t n = cfg->ninputs ? cfg->ninputs : 1;
	for (size_t i = 0; i < n; i++) {
		const char *name = cfg->ninputs ? cfg->inputs[i] : "-";
		struct err e;
		err_clear(&e);
		FILE *fp = strcmp(name, "-") ? fopen(name, "r") : stdin;
		if (!fp) {
			err_set(&e, ERR_IO, name, "%s", strerror(errno));
			log_err(log, &e);
			failed++;
			continue;
		}
		if (records_read(set, fp, name, MAX_RECORD_LINE, &e) != 0) {
			log_err(log, &e);
			failed++;
		}
		if (fp != stdin)
			fclose(fp);
	}
	return failed;
}

/* claimex conflicts [FILE...]: the reduce step, conflict records out. */
static int cmd_conflicts(const struct config *cfg, const struct log *log)
{
	struct record_set set;
	records_init(&set);
	size_t failed = load_records(cfg, log, &set);
	struct conflict_list cl;
	conflicts_compute(&set, &cl);
	int rc = emit_conflicts(stdout, &set, &cl);
	if (fflush(stdout) != 0)
		rc = -1;
	conflicts_free(&cl);
	records_release(&set);
	struct run_stats st = {set.narticles, failed};
	return finish(log, &st, rc, "to stdout");
}

/* claimex report [FILE...] -o DIR: conflicts, CSV and HTML from records
 * that extract wrote, e.g. on many shards. */
static int cmd_report(const struct config *cfg, const struct log *log)
{
	struct record_set set;
	records_init(&set);
	size_t failed = load_records(cfg, log, &set);
	struct conflict_list cl;
	conflicts_compute(&set, &cl);
	int rc = write_report_files(cfg, log, &set, &cl);
	conflicts_free(&cl);
	records_release(&set);
	if (rc != 0)
		return EXIT_OUTPUT;
	struct run_stats st = {set.narticles, failed};
	return finish(log, &st, 0, cfg->outdir);
}

int main(int argc, char **argv)
{
	struct config cfg;
	switch (cli_parse(argc, argv, &cfg, stdout, stderr)) {
	case CLI_EXIT_OK:
		return EXIT_ALL_OK;
	case CLI_MISUSE:
		return EXIT_USAGE;
	case CLI_RUN:
		break;
	}
	struct log log = {(enum log_level)cfg.verbosity, stderr};
	curl_global_init(CURL_GLOBAL_DEFAULT);
	int status = EXIT_ALL_OK;
	switch (cfg.command) {
	case CMD_EXTRACT:
		status = cmd_stream(&cfg, &log, write_records);
		break;
	case CMD_TEXT:
		status = cmd_stream(&cfg, &log, write_text);
		break;
	case CMD_RUN:
		status = cmd_run(&cfg, &log);
		break;
	case CMD_CONFLICTS:
		status = cmd_conflicts(&cfg, &log);
		break;
	case CMD_REPORT:
		status = cmd_report(&cfg, &log);
		break;
	case CMD_NONE:
		status = EXIT_USAGE;
		break;
	}
	curl_global_cleanup();
	return status;
}
