/* pipeline.h - one article's source bytes to its records as JSON Lines */
#ifndef CLAIMEX_PIPELINE_H
#define CLAIMEX_PIPELINE_H

#include <stddef.h>

#include "article.h"

struct arena;
struct err;
struct reader_opts;
struct rules_diags;
struct source;

/*
 * The extraction stages of a run, loaded once: the rule set of the
 * patterns folder, the figure finder, the segmenter's lexicons and the
 * key finder. Read-only between articles except for its PCRE2 match
 * data, so one per thread.
 */
struct pipeline;

/*
 * Loads the rule set of patterns_dir. Returns the pipeline (free with
 * pipeline_free), or NULL when the rule set is broken, with every problem
 * of every file in *diags (release with rules_diags_release).
 */
struct pipeline *pipeline_new(const char *patterns_dir,
			      struct rules_diags *diags);
void pipeline_free(struct pipeline *p);

/*
 * The work budget of every article (--work-budget): an article that has
 * used more than `seconds` of its thread's CPU time (budget.h) when a
 * stage ends, or in the loops over its figures, is given up: the
 * pipeline_from_* call fails with ERR_BUDGET, "gave up after N s of
 * work: still STAGE when the --work-budget of S s ran out". 0: no limit
 * (the default of a new pipeline). Set it before processing articles;
 * the per-article state lives on the stack, so threads may share p.
 */
void pipeline_set_work_budget(struct pipeline *p, double seconds);

/*
 * A pipeline for another thread: it shares p's compiled rules, lexicons
 * and tables (read-only while articles are processed) and has its own
 * matcher (PCRE2 match data, match context, JIT stack) and language
 * identifier (libexttextcat keeps scratch state in its handle), the only
 * state that changes during an article. Costs one matcher and one load
 * of the language models, not a rule-set compile. Free every clone with pipeline_free before p.
 */
struct pipeline *pipeline_clone(const struct pipeline *p);

/*
 * The languages whose articles go through the rule sets (which are
 * English): a comma-separated list of primary subtags or "all" (lang.h).
 * The default is "en". An article in another language still gets its
 * article record, with its `lang`, and nothing else. `list` must outlive
 * the pipeline.
 */
void pipeline_set_langs(struct pipeline *p, const char *list);

/*
 * The per-article work, the same for files, stdin and downloads: reader
 * (bytes -> article), the extractors (figures with their keys and
 * speakers, actors, quotes), then every record rendered as one line of
 * JSON: article, figures, actors, quotes. Between reader and
 * extractors the language stage (lang.h) sets the article's `lang`. main, the crawl callback and the store only move the
 * result around; none of them knows record shapes.
 */
struct pipeline_result {
	struct article art; /* strings in the arena */
	char *jsonl;	    /* records, each line ending in "\n"; arena */
	size_t jsonl_len;
	size_t records;	  /* lines in jsonl */
	size_t figures;	  /* of them "figure" records */
	int lang_skipped; /* its language is not processed: article only */
	/* Rules that hit a match or depth limit on this article, one line
	 * each naming the rule (arena). */
	const char **warnings;
	size_t nwarnings;
};

/* A file or stdin source (a URL source is fetched one at a time with
 * ro->fetcher). p may be NULL: then only the article record is made (for
 * `text`). Everything lives in the arena, which the caller resets after
 * using the result. Returns 0, or -1 with *e naming the source. */
int pipeline_from_source(struct pipeline *p, const struct source *src,
			 const struct reader_opts *ro, struct arena *arena,
			 struct pipeline_result *out, struct err *e);

/* Bytes downloaded for `source` (a URL as given) or read from an
 * archive record; content_type and final_url from the response, or NULL;
 * date (ISO 8601, e.g. a WARC-Date) becomes the article's published date
 * when the page states none, or NULL. Same contract. */
int pipeline_from_bytes(struct pipeline *p, const char *source,
			const char *bytes, size_t len, const char *content_type,
			const char *final_url, const char *date,
			struct arena *arena, struct pipeline_result *out,
			struct err *e);

/* Counts the records of a JSON Lines text whose type is `type`
 * ({"type":"figure",...), for progress lines and stats. */
size_t pipeline_count_type(const char *jsonl, size_t len, const char *type);

#endif
