/* main.c - wires the stages: inputs -> fetch/reader -> pipeline -> outputs */
#include <curl/curl.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "article.h"
#include "cli.h"
#include "conflicts.h"
#include "crawl.h"
#include "emit_jsonl.h"
#include "err.h"
#include "feed.h"
#include "fetch.h"
#include "htmltext.h"
#include "input.h"
#include "log.h"
#include "outputs.h"
#include "pipeline.h"
#include "reader.h"
#include "records.h"
#include "rules.h"
#include "store.h"
#include "util.h"
#include "warc.h"
#include "workers.h"

/* A downloaded article's rendered output, held until its input's turn
 * comes so that output follows input order, not completion order. */
struct held {
	size_t input, item;
	char *url;
	char *data;
	size_t len;
};

struct counts {
	size_t feeds, fetched, files, unchanged, skipped, failed, figures;
	size_t archived;   /* articles read from WARC records */
	size_t other_lang; /* articles not in --lang: article record only */
	size_t conflicts;  /* known once the outputs are written */
};

/* One run's wiring state; lives in cmd_main's frame. */
struct run {
	const struct config *cfg;
	const struct log *log;
	struct pipeline *pipeline; /* NULL for text: no records wanted */
	struct store *store;	   /* --db, else NULL */
	struct arena *arena;
	FILE *out; /* extract/text: stdout; run: NULL */
	/* run: claims.jsonl written and the reduce step's input gathered as
	 * articles finish; opened with the first article */
	struct outputs_stream *stream;
	struct held *held;
	size_t nheld, capheld;
	bool *feed_file; /* per input: a file that is a feed or sitemap */
	struct counts n;
	struct workers *workers;	/* files and archive records */
	const struct warc_reader *warc; /* the archive being read, or NULL */
	size_t nsources, sources_done;	/* for the time left */
	double t0, last_draw;
	int write_failed; /* stdout or the store could not be written */
};

/* A rule that hit its match or depth limit on an article: a warning
 * naming the rule and the article, never a failure. */
static void warn_limits(const struct run *r, const struct pipeline_result *pr)
{
	for (size_t i = 0; i < pr->nwarnings; i++)
		log_warn(r->log, "%s: %s", pr->art.source, pr->warnings[i]);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Resident memory in bytes, from /proc (0 where there is none). */
static size_t rss_bytes(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	unsigned long size = 0, rss = 0;
	if (!f)
		return 0;
	if (fscanf(f, "%lu %lu", &size, &rss) != 2)
		rss = 0;
	fclose(f);
	return (size_t)rss * (size_t)sysconf(_SC_PAGESIZE);
}

/* At most ten redraws a second; `force` for the last one. The line says
 * what a person watching a long run wants: how far, how fast, how long
 * still (once the inputs' share done is known: not while downloading),
 * and how much memory. */
static void progress(struct run *r, bool force)
{
	double t = now_s();
	if (!r->log->progress || (!force && t - r->last_draw < 0.1))
		return;
	r->last_draw = t;
	size_t done = r->n.fetched + r->n.files + r->n.archived;
	double el = t - r->t0;
	double frac = -1;
	if (r->nsources && r->sources_done <= r->nsources) {
		double part = r->warc ? warc_progress(r->warc) : 0;
		frac = ((double)r->sources_done + (part > 0 ? part : 0)) /
		       (double)r->nsources;
	}
	char left[48] = "";
	if (frac > 0.001 && frac < 1 && el > 2) {
		long secs = (long)(el / frac * (1 - frac));
		snprintf(left, sizeof left, ", %ld:%02ld:%02ld left",
			 secs / 3600, secs / 60 % 60, secs % 60);
	}
	char extra[160] = "";
	if (r->n.feeds || r->n.unchanged || r->n.skipped)
		snprintf(extra, sizeof extra,
			 ", %zu feeds, %zu unchanged, %zu skipped", r->n.feeds,
			 r->n.unchanged, r->n.skipped);
	char other[48] = "";
	if (r->n.other_lang)
		snprintf(other, sizeof other, ", %zu in other languages",
			 r->n.other_lang);
	log_progress(r->log,
		     "%zu article%s, %.0f/s, %zu failed, %zu figures%s%s%s, "
		     "%zu MB",
		     done, done == 1 ? "" : "s",
		     el > 0 ? (double)done / el : 0.0, r->n.failed,
		     r->n.figures, other, extra, left, rss_bytes() >> 20);
}

/* The bytes a command writes for one article. */
static void rendering(const struct run *r, const struct pipeline_result *pr,
		      const char **data, size_t *len, bool *text)
{
	*text = r->cfg->command == CMD_TEXT;
	*data = *text ? pr->art.text : pr->jsonl;
	*len = *text ? pr->art.len : pr->jsonl_len;
}

/* run: opens the outputs when they are not open yet. */
static int stream_ready(struct run *r)
{
	if (r->stream)
		return 0;
	struct err e;
	err_clear(&e);
	r->stream =
	    outputs_stream_open(r->cfg->outdir, !r->cfg->no_csv_bom, &e);
	if (!r->stream) {
		log_err(r->log, &e);
		return -1;
	}
	return 0;
}

static int write_now(struct run *r, const char *url, const char *data,
		     size_t len, bool text)
{
	if (!r->out) {
		struct err e;
		err_clear(&e);
		if (stream_ready(r) != 0)
			return -1;
		if (outputs_stream_add(r->stream, url, data, len, &e) != 0) {
			log_err(r->log, &e);
			return -1;
		}
		return 0;
	}
	if (fwrite(data, 1, len, r->out) != len ||
	    (text && fputc('\n', r->out) == EOF) ||
	    /* Stream: a consumer sees each article as it comes. */
	    fflush(r->out) != 0) {
		r->write_failed = 1;
		return -1;
	}
	return 0;
}

/* Stores one article (--db) in its own transaction. */
static int store_one(struct run *r, const struct pipeline_result *pr,
		     const struct crawl_item *it, const char *key)
{
	const struct article *a = &pr->art;
	struct store_article sa = {
	    .url = key,
	    .final_url = it ? it->final_url : NULL,
	    .etag = it ? it->etag : NULL,
	    .last_modified = it ? it->last_modified : NULL,
	    .content_hash = it ? it->content_hash : a->id,
	    .feed_url = it ? it->feed_url : NULL,
	    .feed_date = it ? it->feed_date : NULL,
	    .article_id = a->id,
	    .title = a->title,
	    .outlet = a->outlet,
	    .published = a->published,
	    .lang = a->lang,
	    .jsonl = pr->jsonl,
	    .jsonl_len = pr->jsonl_len,
	};
	struct err e;
	err_clear(&e);
	if (store_article_put(r->store, &sa, &e) != 0) {
		log_err(r->log, &e);
		r->write_failed = 1;
		return -1;
	}
	return 0;
}

static int on_crawl(const struct crawl_item *it, void *ctx)
{
	struct run *r = ctx;
	int rc = 0;
	switch (it->event) {
	case CRAWL_FEED:
		r->n.feeds++;
		log_info(r->log, "%s: %s feed, %zu items", it->url,
			 it->feed_kind, it->nitems);
		if (it->truncated)
			log_warn(r->log,
				 "%s: only the first %zu items are read",
				 it->url, it->nitems);
		if (it->entities_refused)
			log_warn(r->log,
				 "%s: entities refused (an entity loop or "
				 "expansion bomb in its DOCTYPE); read without "
				 "them: %zu items",
				 it->url, it->nitems);
		break;
	case CRAWL_SKIPPED:
		r->n.skipped++;
		log_warn(r->log, "%s: %s", it->err->where, it->err->msg);
		break;
	case CRAWL_UNCHANGED:
		r->n.unchanged++;
		log_info(r->log, "%s: %s", it->url, it->why);
		break;
	case CRAWL_FAILED:
		r->n.failed++;
		log_err(r->log, it->err);
		break;
	case CRAWL_MOVED:
		for (size_t i = 0; i < r->nheld; i++)
			if (!strcmp(r->held[i].url, it->url)) {
				r->held[i].input = it->input;
				r->held[i].item = it->item;
			}
		break;
	case CRAWL_ARTICLE: {
		struct pipeline_result pr;
		struct err e;
		err_clear(&e);
		arena_reset(r->arena);
		if (pipeline_from_bytes(r->pipeline, it->url, it->bytes,
					it->len, it->content_type,
					it->final_url, NULL, r->arena, &pr,
					&e) != 0) {
			r->n.failed++;
			log_err(r->log, &e);
			break;
		}
		warn_limits(r, &pr);
		r->n.fetched++;
		r->n.figures += pr.figures;
		r->n.other_lang += pr.lang_skipped;
		log_info(r->log, "%s: %zu chars, %s%s%s", it->url, pr.art.chars,
			 pr.art.format,
			 pr.lang_skipped ? ", not processed: lang " : "",
			 pr.lang_skipped ? pr.art.lang : "");
		if (r->store) {
			rc = store_one(r, &pr, it, it->url);
			break;
		}
		const char *data;
		size_t len;
		bool text;
		rendering(r, &pr, &data, &len, &text);
		if (r->nheld == r->capheld) {
			r->capheld = r->capheld ? r->capheld * 2 : 64;
			r->held =
			    xrealloc(r->held, r->capheld * sizeof *r->held);
		}
		struct held *h = &r->held[r->nheld++];
		h->input = it->input;
		h->item = it->item;
		h->url = xstrdup(it->url);
		h->len = len + (text ? 1 : 0);
		h->data = xmalloc(h->len + 1);
		memcpy(h->data, data, len);
		if (text)
			h->data[len] = '\n';
		break;
	}
	}
	progress(r, false);
	return rc;
}

static int cmp_held(const void *a, const void *b)
{
	const struct held *x = a, *y = b;
	if (x->input != y->input)
		return x->input < y->input ? -1 : 1;
	return x->item < y->item ? -1 : x->item > y->item;
}

/* Phase 1: every URL input through the crawl, results held or stored. */
static int crawl_urls(struct run *r, const struct source_list *list)
{
	/* Files named on the command line that are feeds or sitemaps
	 * stand for the articles they list, like a feed URL. */
	struct crawl_input *in = xcalloc(list->n + 1, sizeof *in);
	r->feed_file = xcalloc(list->n + 1, sizeof *r->feed_file);
	size_t n = 0;
	for (size_t i = 0; i < list->n; i++) {
		const struct source *src = &list->items[i];
		char *body = NULL;
		size_t len = 0;
		if (src->kind == SOURCE_FILE && src->named && !src->error &&
		    feed_file_read(src->name, r->cfg->max_bytes, &body, &len))
			r->feed_file[i] = true;
		if (src->kind == SOURCE_URL || r->feed_file[i])
			in[n++] = (struct crawl_input){src->name, i, body, len};
	}
	if (n == 0) {
		free(in);
		return 0;
	}
	const struct config *cfg = r->cfg;
	struct crawl_opts co = {
	    .fetch = {.connect_timeout_ms = cfg->connect_timeout_ms,
		      .timeout_ms = cfg->timeout_ms,
		      .max_redirects = cfg->max_redirects,
		      .max_bytes = cfg->max_bytes,
		      .user_agent = "claimex/" CLAIMEX_VERSION,
		      .jobs = (int)cfg->downloads,
		      .per_host = (int)cfg->per_host,
		      .delay_ms = cfg->delay_ms,
		      .retries = (int)cfg->retries},
	    .store = r->store,
	    .agent = "claimex",
	};
	struct err e;
	err_clear(&e);
	int rc = crawl_run(&co, in, n, on_crawl, r, &e);
	for (size_t i = 0; i < n; i++)
		free((char *)in[i].body);
	free(in);
	if (rc != 0 && e.code != ERR_NONE) {
		log_err(r->log, &e);
		r->write_failed = 1;
	}
	if (r->nheld)
		qsort(r->held, r->nheld, sizeof *r->held, cmp_held);
	return rc;
}

/* A file's or an archive record's result, delivered by the workers in
 * input order: logged, then written or stored. */
static int on_article(void *ctx, const struct workers_job *job,
		      const struct pipeline_result *pr, const struct err *e)
{
	struct run *r = ctx;
	if (job->src)
		r->sources_done++;
	if (!pr) {
		log_err(r->log, e);
		r->n.failed++;
		progress(r, false);
		return 0;
	}
	warn_limits(r, pr);
	if (job->src)
		r->n.files++;
	else
		r->n.archived++;
	r->n.figures += pr->figures;
	r->n.other_lang += pr->lang_skipped;
	log_info(r->log, "%s: %zu chars, %s%s%s", pr->art.source, pr->art.chars,
		 pr->art.format,
		 pr->lang_skipped ? ", not processed: lang " : "",
		 pr->lang_skipped ? pr->art.lang : "");
	const char *data;
	size_t len;
	bool text;
	rendering(r, pr, &data, &len, &text);
	const char *key = job->src ? job->src->name : job->name;
	int rc = r->store ? store_one(r, pr, NULL, key)
			  : write_now(r, key, data, len, text);
	progress(r, false);
	return rc;
}

/* Every HTML response of a WARC archive, a record at a time, to the
 * workers. A bad record is named (file and offset) and counted as a
 * failed input; the archive goes on. Returns -1 when writing failed. */
static int read_archive(struct run *r, const struct source *src)
{
	struct err e;
	err_clear(&e);
	struct warc_reader *w = warc_open(src->name, r->cfg->max_bytes, &e);
	if (!w) {
		log_err(r->log, &e);
		r->n.failed++;
		return 0;
	}
	r->warc = w;
	int rc = 0, k;
	struct warc_record rec;
	while ((k = warc_next(w, &rec, &e)) != 0) {
		if (k < 0) {
			/* Deliver what came before, so that the error lands
			 * among the articles in archive order. */
			if (workers_drain(r->workers) != 0) {
				rc = -1;
				break;
			}
			log_err(r->log, &e);
			r->n.failed++;
			err_clear(&e);
			continue;
		}
		struct workers_job j = {.name = rec.uri,
					.bytes = rec.body,
					.len = rec.len,
					.content_type = rec.content_type,
					.date = rec.date};
		if (workers_submit(r->workers, &j) != 0) {
			rc = -1;
			break;
		}
		progress(r, false);
	}
	if (rc == 0 && workers_drain(r->workers) != 0)
		rc = -1;
	const struct warc_stats *st = warc_stats(w);
	size_t skipped = st->not_response + st->not_ok + st->not_html;
	log_info(r->log,
		 "%s: %zu records, %zu HTML pages, %zu skipped (%zu not "
		 "responses, %zu not 2xx, %zu not HTML), %zu bad",
		 src->name, st->records, st->html, skipped, st->not_response,
		 st->not_ok, st->not_html, st->bad);
	r->warc = NULL;
	r->sources_done++;
	warc_close(w);
	return rc;
}

/* Phase 2: inputs in order; files and archives through the workers, URLs
 * from what was held. */
static int files_and_held(struct run *r, const struct source_list *list)
{
	size_t h = 0;
	for (size_t i = 0; i < list->n; i++) {
		const struct source *src = &list->items[i];
		if (src->kind == SOURCE_URL ||
		    (r->feed_file && r->feed_file[i])) {
			/* The articles before it come first. */
			if (workers_drain(r->workers) != 0)
				return -1;
			for (; h < r->nheld && r->held[h].input == i; h++)
				if (write_now(r, r->held[h].url,
					      r->held[h].data, r->held[h].len,
					      false) != 0)
					return -1;
			r->sources_done++;
			continue;
		}
		if (src->kind == SOURCE_WARC && !src->error) {
			if (read_archive(r, src) != 0)
				return -1;
			continue;
		}
		struct workers_job j = {.src = src};
		if (workers_submit(r->workers, &j) != 0)
			return -1;
	}
	return workers_drain(r->workers);
}

struct stored_ctx {
	struct outputs_stream *stream;
	struct err *e;
};

static int add_stored(const struct store_row *row, void *ctx)
{
	struct stored_ctx *c = ctx;
	return outputs_stream_add(c->stream, row->url, row->jsonl, row->len,
				  c->e);
}

/* run: the output folder, from this run's articles (already streamed)
 * or the whole store. */
static int write_outputs(struct run *r)
{
	struct err e;
	err_clear(&e);
	if (stream_ready(r) != 0)
		return EXIT_OUTPUT;
	struct stored_ctx sc = {r->stream, &e};
	if (r->store &&
	    store_each(r->store, r->cfg->since, add_stored, &sc, &e) != 0) {
		log_err(r->log, &e);
		return EXIT_OUTPUT;
	}
	struct outputs_stats st;
	if (outputs_stream_finish(r->stream, &st, &e) != 0) {
		log_err(r->log, &e);
		return EXIT_OUTPUT;
	}
	r->n.conflicts = st.conflicts;
	if (st.bad_lines) {
		log_warn(r->log, "%zu record lines skipped (named above)",
			 st.bad_lines);
		return EXIT_SOME_FAILED;
	}
	log_info(r->log, "wrote %s/claims.jsonl (%zu articles, %zu records)",
		 r->cfg->outdir, st.articles, st.records);
	return EXIT_ALL_OK;
}

static int cmd_main(const struct config *cfg, const struct log *log)
{
	static char *default_inputs[] = {"corpus"};
	char *const *inputs = cfg->inputs;
	size_t ninputs = cfg->ninputs;
	if (cfg->command == CMD_RUN && !ninputs && !cfg->urls_file &&
	    !cfg->files_from && !cfg->db_path) {
		inputs = default_inputs;
		ninputs = 1;
	}
	struct run r = {.cfg = cfg, .log = log, .t0 = now_s()};
	r.out = cfg->command == CMD_RUN ? NULL : stdout;
	struct err e;
	err_clear(&e);
	/* The rule set first: a broken one is reported in full and nothing
	 * runs, so no output or store is touched. */
	if (cfg->command != CMD_TEXT) {
		const char *dir = cli_patterns_dir(cfg);
		struct rules_diags d;
		r.pipeline = pipeline_new(dir, &d);
		if (r.pipeline)
			pipeline_set_langs(r.pipeline, cfg->langs);
		if (!r.pipeline) {
			for (size_t i = 0; i < d.n; i++)
				log_located(log, d.items[i].file,
					    d.items[i].line, d.items[i].col,
					    d.items[i].msg, d.items[i].text);
			log_error(log,
				  "%zu error%s in the patterns folder %s; "
				  "nothing was run",
				  d.n, d.n == 1 ? "" : "s", dir);
			rules_diags_release(&d);
			return EXIT_PATTERNS;
		}
		pipeline_set_work_budget(r.pipeline,
					 (double)cfg->work_budget_ms / 1000.0);
	}
	if (cfg->db_path &&
	    store_open(cfg->db_path, cfg->wait, &r.store, &e) != 0) {
		log_err(log, &e);
		pipeline_free(r.pipeline);
		return e.code == ERR_LOCKED ? EXIT_LOCKED : EXIT_OUTPUT;
	}
	struct source_list list;
	input_expand(inputs, ninputs, &list);
	int list_failed = 0;
	if (cfg->files_from &&
	    input_add_file_list(&list, cfg->files_from, &e) != 0) {
		log_err(log, &e);
		list_failed = 1;
	}
	if (cfg->urls_file)
		input_add_url_file(&list, cfg->urls_file);
	if (list.n == 0 && !cfg->db_path)
		log_warn(log, "no articles found in the inputs given");
	r.arena = arena_new();
	r.nsources = list.n;
	/* libxml2 2.9 sets up its tables once, before any thread parses */
	htmltext_init();
	struct reader_opts ro = {cfg->max_bytes, NULL};
	size_t threads = cfg->jobs ? (size_t)cfg->jobs : workers_cores();
	r.workers = workers_new(r.pipeline, threads, &ro, on_article, &r);

	int rc = crawl_urls(&r, &list);
	if (rc == 0)
		rc = files_and_held(&r, &list);
	int status = EXIT_ALL_OK;
	if (rc != 0 || r.write_failed) {
		if (r.out)
			log_error(log, "cannot write to stdout");
		status = EXIT_OUTPUT;
	} else if (r.out && fflush(r.out) != 0) {
		log_error(log, "cannot write to stdout");
		status = EXIT_OUTPUT;
	} else if (cfg->command == CMD_RUN) {
		status = write_outputs(&r);
	}
	progress(&r, true);
	log_progress_end(log);
	if (status == EXIT_ALL_OK && r.n.failed) {
		size_t total = r.n.failed + r.n.fetched + r.n.files +
			       r.n.archived + r.n.unchanged + r.n.skipped;
		log_warn(log, "%zu of %zu inputs failed", r.n.failed, total);
		status = EXIT_SOME_FAILED;
	}
	if (status == EXIT_ALL_OK && list_failed)
		status = EXIT_SOME_FAILED;
	for (size_t i = 0; i < r.nheld; i++) {
		free(r.held[i].url);
		free(r.held[i].data);
	}
	free(r.held);
	free(r.feed_file);
	workers_free(r.workers);
	outputs_stream_free(r.stream);
	arena_free(r.arena);
	input_list_free(&list);
	store_close(r.store);
	pipeline_free(r.pipeline);
	return status;
}

/* A record line longer than this is not claimex's: refuse it. */
#define MAX_RECORD_LINE (16u * 1024 * 1024)

/* Reads one record file ("-": stdin) into set; 0, or -1 once named on
 * stderr. An empty file is an error too: it is what a shard whose
 * extract failed leaves, and a reduce over it must not look complete. */
static int load_one(const struct log *log, const char *name,
		    struct record_set *set)
{
	struct err e;
	err_clear(&e);
	FILE *fp = strcmp(name, "-") ? fopen(name, "r") : stdin;
	if (!fp) {
		err_set(&e, ERR_IO, name, "%s", strerror(errno));
		log_err(log, &e);
		return -1;
	}
	int rc = 0, c = getc(fp);
	if (c == EOF && !ferror(fp)) {
		err_set(&e, ERR_EMPTY, name,
			"no records: an empty shard (did its extract fail?)");
		log_err(log, &e);
		rc = -1;
	} else if (c != EOF) {
		ungetc(c, fp);
	}
	size_t bad = set->lines_bad;
	if (rc == 0 &&
	    records_read(set, fp, name, MAX_RECORD_LINE, stderr, &e) != 0) {
		/* each bad line is already named on stderr */
		if (set->lines_bad == bad)
			log_err(log, &e);
		rc = -1;
	}
	if (fp != stdin)
		fclose(fp);
	return rc;
}

/*
 * Reads the record files of the command line and of --files-from (stdin
 * when there are none) into set. A file that cannot be read, is empty or
 * holds a line that is not a record is named on stderr; the records read
 * before it still count. Returns the number of files that failed; *n
 * gets the number of files.
 */
static size_t load_records(const struct config *cfg, const struct log *log,
			   struct record_set *set, size_t *n)
{
	size_t failed = 0;
	*n = 0;
	for (size_t i = 0; i < cfg->ninputs; i++, (*n)++)
		failed += load_one(log, cfg->inputs[i], set) != 0;
	if (cfg->files_from) {
		bool std = !strcmp(cfg->files_from, "-");
		FILE *f = std ? stdin : fopen(cfg->files_from, "r");
		if (!f) {
			struct err e;
			err_set(&e, ERR_IO, cfg->files_from, "%s",
				strerror(errno));
			log_err(log, &e);
			failed++;
		} else {
			char *line = NULL;
			size_t cap = 0;
			ssize_t k;
			while ((k = getline(&line, &cap, f)) >= 0) {
				while (k > 0 && (line[k - 1] == '\n' ||
						 line[k - 1] == '\r'))
					line[--k] = '\0';
				if (k == 0)
					continue;
				failed += load_one(log, line, set) != 0;
				(*n)++;
			}
			free(line);
			if (!std)
				fclose(f);
		}
	}
	if (*n == 0 && !cfg->files_from) {
		failed += load_one(log, "-", set) != 0;
		*n = 1;
	}
	return failed;
}

/*
 * claimex conflicts [FILE...]: the reduce step, conflict records out.
 * claimex report [FILE...] -o DIR: conflicts, CSV and HTML from records
 * that extract wrote, e.g. on many shards.
 */
static int cmd_reduce(const struct config *cfg, const struct log *log)
{
	struct record_set set;
	records_init(&set);
	size_t nfiles;
	size_t failed = load_records(cfg, log, &set, &nfiles);
	struct conflict_list cl;
	conflicts_compute(&set, &cl);
	int status = EXIT_ALL_OK;
	if (cfg->command == CMD_CONFLICTS) {
		for (size_t i = 0; i < cl.stories.n && status == EXIT_ALL_OK;
		     i++)
			if (emit_jsonl_story(stdout, &set, &cl.stories, i))
				status = EXIT_OUTPUT;
		for (size_t i = 0; i < cl.n && status == EXIT_ALL_OK; i++)
			if (emit_jsonl_conflict(stdout, &set, &cl,
						&cl.items[i]))
				status = EXIT_OUTPUT;
		if (fflush(stdout) != 0)
			status = EXIT_OUTPUT;
		if (status != EXIT_ALL_OK)
			log_error(log, "cannot write to stdout");
	} else {
		struct err e;
		err_clear(&e);
		if (outputs_write_reports(cfg->outdir, &set, &cl,
					  !cfg->no_csv_bom, &e) != 0) {
			log_err(log, &e);
			status = EXIT_OUTPUT;
		}
	}
	if (set.lines_bad)
		log_warn(log, "%zu record lines skipped (named above)",
			 set.lines_bad);
	conflicts_free(&cl);
	records_release(&set);
	if (status == EXIT_ALL_OK && failed) {
		log_warn(log, "%zu of %zu record files failed", failed, nfiles);
		status = EXIT_SOME_FAILED;
	}
	return status;
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
	/* The progress line is for a person watching, not for cron. */
	struct log log = {(enum log_level)cfg.verbosity, stderr,
			  cfg.verbosity >= LOG_NORMAL && isatty(2)};
	curl_global_init(CURL_GLOBAL_DEFAULT);
	int status = cfg.command == CMD_NONE ? EXIT_USAGE
		     : cfg.command == CMD_CONFLICTS || cfg.command == CMD_REPORT
			 ? cmd_reduce(&cfg, &log)
			 : cmd_main(&cfg, &log);
	curl_global_cleanup();
	return status;
}
