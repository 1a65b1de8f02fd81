/* crawl.h - URL inputs to documents: feeds, robots.txt, conditional GET */
#ifndef CLAIMEX_CRAWL_H
#define CLAIMEX_CRAWL_H

#include <stdbool.h>
#include <stddef.h>

#include "fetch.h"

struct err;
struct store;

/*
 * Downloads every URL input through the fetch pool and tells the caller
 * what became of each article, in completion order:
 *   - robots.txt is fetched once per host (scheme, host, port) before
 *     anything else there, and obeyed for `agent`: a 4xx or unreachable
 *     robots.txt allows everything, a 5xx (after retries) forbids the
 *     host for this run (RFC 9309); a Crawl-delay larger than the
 *     configured delay becomes the host's delay;
 *   - an input whose body is a feed or a sitemap (by its content,
 *     feed.h) is expanded into its item links; items are not expanded
 *     further, except that a sitemap index's sitemaps are fetched and
 *     expanded in turn, SITEMAP_MAX_DEPTH levels at most; a URL met
 *     twice in one run is fetched once;
 *   - with a store: a known feed is re-fetched with If-None-Match /
 *     If-Modified-Since and, on 304, its stored copy is read again (so
 *     items a killed run never finished are picked up); a feed item
 *     already stored is not requested at all unless the feed gives it a
 *     new date; a stored input URL is requested conditionally; a 304 or
 *     a body whose hash is the stored one is "unchanged".
 */
struct crawl_opts {
	struct fetch_opts fetch;
	struct store *store; /* NULL: fetch everything, unconditionally */
	const char *agent;   /* robots.txt product token: "claimex" */
};

enum crawl_event {
	CRAWL_ARTICLE,	 /* downloaded: bytes, content_type, ... are set */
	CRAWL_UNCHANGED, /* not modified or already stored: `why` says */
	CRAWL_SKIPPED,	 /* disallowed by robots.txt: err says so */
	CRAWL_FAILED,	 /* err names the URL and the reason */
	CRAWL_FEED,	 /* a feed was read: feed_kind, nitems */
	CRAWL_MOVED,	 /* at the end: url, reported earlier, was also
			    listed under the smaller (input, item) given
			    here; output order should use this one */
};

struct crawl_item {
	enum crawl_event event;
	const char *url;       /* as given, or as listed in its feed */
	size_t input;	       /* the crawl_input.input it came from */
	size_t item;	       /* 0: the input itself; k: k-th item of its feed;
			    (k << 16) | m: m-th item of the k-th sitemap
			    of a sitemap index */
	const char *feed_url;  /* the feed that listed it, or NULL */
	const char *feed_date; /* the item's date in the feed, or NULL */
	/* CRAWL_ARTICLE */
	const char *bytes;
	size_t len;
	const char *content_type, *final_url, *etag, *last_modified;
	const char *content_hash; /* 16 hex digits of the bytes */
	/* CRAWL_FEED */
	const char *feed_kind;
	size_t nitems;
	bool truncated;
	bool entities_refused; /* feed.h: read again without its DOCTYPE */
	/* CRAWL_FAILED, CRAWL_SKIPPED */
	const struct err *err;
	/* CRAWL_UNCHANGED */
	const char *why;
};

/* Everything in *it lives until the callback returns. A non-zero return
 * stops the crawl; crawl_run returns it. */
typedef int (*crawl_fn)(const struct crawl_item *it, void *ctx);

struct crawl_input {
	const char *url; /* or the path of a local feed */
	size_t input;	 /* the caller's index, handed back in crawl_item */
	/* A feed or sitemap already read from a file (feed_sniff said so),
	 * or NULL: its items are crawled as a fetched feed's would be. */
	const char *body;
	size_t len;
};

/*
 * Crawls the inputs. Returns 0 when every input was accounted for
 * (fetched, unchanged, skipped or failed, each reported to fn), the
 * callback's non-zero value, or -1 with *e set when the store failed.
 */
int crawl_run(const struct crawl_opts *o, const struct crawl_input *in,
	      size_t n, crawl_fn fn, void *ctx, struct err *e);

#endif
