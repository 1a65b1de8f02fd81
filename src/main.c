/* main.c - wires the stages: inputs -> reader -> records -> emitters */
#include <curl/curl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "actors.h"
#include "arena.h"
#include "article.h"
#include "cli.h"
#include "emit_jsonl.h"
#include "err.h"
#include "fetch.h"
#include "figures.h"
#include "input.h"
#include "lexicon.h"
#include "log.h"
#include "outfile.h"
#include "quotes.h"
#include "reader.h"
#include "rules.h"
#include "segment.h"

/* What to do with each article that was read; everything made for it
 * goes in the arena. Returns 0, or -1 when the output cannot be written
 * (which stops the run). */
typedef int (*article_fn)(const struct article *a, struct arena *arena,
			  void *ctx);

/* The extraction stages and where their records go. */
struct pipeline {
	FILE *out;
	const struct log *log;
	const struct rules *rules;
	const struct figures *figures;
	const struct actors *actors;
	const struct quotes *quotes;
	struct matcher *matcher;
	struct segment_lexicons seg;
};

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
		if (fn(&art, arena, ctx) != 0) {
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

/* Runs the extractors over one article and writes its records: the
 * article record, then its figures, actors and quotes in text order.
 * A figure's speaker comes from the quotes (or its sentence's source). */
static int write_records(const struct article *a, struct arena *arena,
			 void *ctx)
{
	struct pipeline *p = ctx;
	struct segments seg;
	segment_text(a->text, a->len, &p->seg, arena, &seg);
	struct figure_list figs;
	figures_extract(p->figures, p->matcher, a, &seg, arena, &figs);
	for (size_t i = 0; i < figs.nwarnings; i++)
		log_warn(p->log, "%s: %s", a->source, figs.warnings[i]);
	struct actor_list actors;
	actors_extract(p->actors, a->text, a->len, &seg, arena, &actors);
	struct quote_list quotes;
	quotes_extract(p->quotes, a->text, a->len, &seg, &actors, arena,
		       &quotes);
	for (size_t i = 0; i < figs.n; i++) {
		struct figure *f = &figs.items[i];
		if (!f->in_title)
			f->speaker =
			    quotes_source(p->quotes, a->text, a->len, &seg,
					  &actors, &quotes, f->start, f->end);
	}
	if (emit_jsonl_article(p->out, a) != 0)
		return -1;
	for (size_t i = 0; i < figs.n; i++)
		if (emit_jsonl_figure(p->out, a, &figs.items[i]) != 0)
			return -1;
	for (size_t i = 0; i < actors.n; i++)
		if (emit_jsonl_actor(p->out, a, &actors.items[i]) != 0)
			return -1;
	for (size_t i = 0; i < quotes.n; i++)
		if (emit_jsonl_quote(p->out, a, &quotes.items[i]) != 0)
			return -1;
	/* Stream: a consumer sees each article's records as they come. */
	return fflush(p->out) == 0 ? 0 : -1;
}

static int write_text(const struct article *a, struct arena *arena,
		      void *ctx)
{
	(void)arena;
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

/*
 * Loads the rule set for extract and run. A broken one is reported in
 * full (every error of every file, compiler style) and nothing runs.
 * Returns 0, or EXIT_PATTERNS.
 */
static int pipeline_open(struct pipeline *p, const struct config *cfg,
			 const struct log *log, FILE *out)
{
	memset(p, 0, sizeof *p);
	const char *dir = cli_patterns_dir(cfg);
	struct rules_diags d;
	struct rules *r = rules_load(dir, &d);
	if (!r) {
		for (size_t i = 0; i < d.n; i++)
			log_located(log, d.items[i].file, d.items[i].line,
				    d.items[i].col, d.items[i].msg,
				    d.items[i].text);
		log_error(log, "%zu error%s in the patterns folder %s; nothing "
			       "was run",
			  d.n, d.n == 1 ? "" : "s", dir);
		rules_diags_release(&d);
		return EXIT_PATTERNS;
	}
	p->out = out;
	p->log = log;
	p->rules = r;
	p->figures = figures_new(r);
	p->actors = actors_new(r);
	p->quotes = quotes_new(r);
	p->matcher = rules_matcher_new(r);
	p->seg.abbrev = rules_lexicon(r, "abbreviations");
	p->seg.starters = rules_lexicon(r, "sentence_starters");
	return 0;
}

static void pipeline_close(struct pipeline *p)
{
	rules_matcher_free(p->matcher);
	figures_free((struct figures *)p->figures);
	actors_free((struct actors *)p->actors);
	quotes_free((struct quotes *)p->quotes);
	rules_free((struct rules *)p->rules);
}

static int cmd_stream(const struct config *cfg, const struct log *log,
		      article_fn fn)
{
	struct run_stats st = {0, 0};
	struct pipeline p;
	void *ctx = stdout;
	if (fn == write_records) {
		int prc = pipeline_open(&p, cfg, log, stdout);
		if (prc)
			return prc;
		ctx = &p;
	}
	int rc = for_each_article(cfg, log, cfg->inputs, cfg->ninputs, fn,
				  ctx, &st);
	if (fn == write_records)
		pipeline_close(&p);
	if (fflush(stdout) != 0)
		rc = -1;
	return finish(log, &st, rc, "to stdout");
}

static int cmd_run(const struct config *cfg, const struct log *log)
{
	static char *default_inputs[] = {"corpus"};
	char *const *inputs = cfg->ninputs ? cfg->inputs : default_inputs;
	size_t ninputs = cfg->ninputs ? cfg->ninputs : 1;
	struct outfile claims;
	struct err e;
	err_clear(&e);
	/* The rules first: a broken rule set must not touch the outputs. */
	struct pipeline p;
	int prc = pipeline_open(&p, cfg, log, NULL);
	if (prc)
		return prc;
	if (outfile_open(&claims, cfg->outdir, "claims.jsonl", &e) != 0) {
		log_err(log, &e);
		pipeline_close(&p);
		return EXIT_OUTPUT;
	}
	p.out = claims.fp;
	struct run_stats st = {0, 0};
	int rc = for_each_article(cfg, log, inputs, ninputs, write_records,
				  &p, &st);
	pipeline_close(&p);
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
	case CMD_NONE:
		status = EXIT_USAGE;
		break;
	}
	curl_global_cleanup();
	return status;
}
