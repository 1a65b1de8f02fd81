/* fetch.h - HTTP(S) download with size, time and redirect caps (libcurl) */
#ifndef CLAIMEX_FETCH_H
#define CLAIMEX_FETCH_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "err.h"

struct err;

struct fetch_opts {
	long connect_timeout_ms; /* TCP+TLS connect */
	long timeout_ms;	 /* whole transfer; the pool: every attempt
				    of one URL together (see below) */
	long max_redirects;	 /* followed, then an error */
	size_t max_bytes;	 /* decoded body cap; 0: no cap */
	const char *user_agent;	 /* "claimex/VERSION" */
	/* The pool (fetch_pool_*) only: */
	int jobs;      /* transfers at once, >= 1 */
	int per_host;  /* transfers at once per host, >= 1 */
	long delay_ms; /* between request starts to one host */
	int retries;   /* extra attempts after a 5xx or timeout */
};

struct fetch_result {
	struct buf body;    /* decoded (gunzipped/inflated) body */
	long status;	    /* last HTTP status */
	char *content_type; /* Content-Type header or NULL */
	char *final_url;    /* after redirects */
};

struct fetcher;

/* A fetcher keeps one libcurl handle so that connections are reused.
 * curl_global_init must have run (main does it). Free with fetcher_free. */
struct fetcher *fetcher_new(const struct fetch_opts *opts);
void fetcher_free(struct fetcher *f);

/*
 * Downloads url: http and https only, also after a redirect; gzip and
 * deflate accepted; redirects, connect time, total time and body size
 * bounded by the options. Returns 0 with *out filled (release it with
 * fetch_result_release) for a 2xx response, or -1 with *e set and *out
 * released: ERR_HTTP for a 4xx/5xx status ("HTTP 404"), ERR_TOO_BIG,
 * ERR_FETCH for transport failures with curl's own message (timeout,
 * too many redirects, bad content encoding, refused protocol, ...).
 */
int fetch_url(struct fetcher *f, const char *url, struct fetch_result *out,
	      struct err *e);

void fetch_result_release(struct fetch_result *r);

/*
 * The pool: many URLs at once through libcurl's multi interface, at most
 * opts->jobs transfers in all and opts->per_host per host (scheme, host
 * and port), request starts to one host at least its delay apart. A 5xx
 * status or a timeout is retried opts->retries times with exponential
 * backoff (0.5 s, 1 s, 2 s, ...; a Retry-After of at most 10 s is
 * honoured when longer); a 4xx is not. opts->timeout_ms is a deadline
 * for the URL counted from the start of its first attempt: each attempt
 * gets what is left, a retry that could not start before it is not made,
 * so a URL never holds a slot longer than timeout_ms plus the time to
 * notice (a timed-out URL fails with "timed out: ..."). Time queued
 * behind other requests before the first attempt does not count. Same caps and protocol rules as
 * fetch_url. Single-threaded: everything, callbacks included, runs inside
 * fetch_pool_run.
 */
struct fetch_pool;

struct fetch_request {
	const char *url;
	const char *if_none_match;     /* an ETag to send, or NULL */
	const char *if_modified_since; /* a Last-Modified to send, or NULL */
	void *tag;		       /* the caller's, handed back */
	/* Not 0: keep only the first cut_at bytes of the body and stop
	 * the download there (robots.txt); a longer body is then not an
	 * error but FETCH_OK with `truncated` set, whatever max_bytes is.
	 * 0: max_bytes applies and a longer body fails (ERR_TOO_BIG). */
	size_t cut_at;
};

enum fetch_outcome {
	FETCH_OK,	    /* 2xx: body holds the decoded bytes */
	FETCH_NOT_MODIFIED, /* 304 to a conditional request */
	FETCH_FAILED,	    /* err says why; status is the last HTTP status
			       (0 when no response came) */
};

/* What a finished request gives its callback. Strings live until the
 * callback returns; the callback may take body's memory (then it must
 * leave body as buf_init left it, e.g. by assigning a fresh struct). */
struct fetch_response {
	const char *url; /* as requested */
	void *tag;
	enum fetch_outcome outcome;
	long status;
	int attempts;
	struct buf body;
	const char *content_type;  /* or NULL */
	const char *final_url;	   /* after redirects */
	const char *etag;	   /* response header, or NULL */
	const char *last_modified; /* response header, or NULL */
	struct err err;		   /* FETCH_FAILED only */
	bool truncated;		   /* cut at fetch_request.cut_at */
};

/* Called once per request, in completion order. It may add requests.
 * A non-zero return stops the pool: fetch_pool_run returns it. */
typedef int (*fetch_done_fn)(struct fetch_pool *pool, struct fetch_response *r,
			     void *ctx);

/* Creates an empty pool (curl_global_init must have run). Copies opts
 * but not the user_agent string, which must outlive the pool. */
struct fetch_pool *fetch_pool_new(const struct fetch_opts *opts);

/* Frees the pool and whatever requests it still holds, handing their
 * tags to free_tag (may be NULL). NULL is a no-op. */
void fetch_pool_free(struct fetch_pool *pool, void (*free_tag)(void *));

/* Queues a request (strings copied). Requests start in queue order as
 * their host allows. */
void fetch_pool_add(struct fetch_pool *pool, const struct fetch_request *rq);

/* Raises the delay between request starts to the host of url (e.g. to a
 * robots.txt Crawl-delay); never lowers it. */
void fetch_pool_host_delay(struct fetch_pool *pool, const char *url,
			   long delay_ms);

/* Runs until no request is queued or running; returns 0, or the first
 * non-zero value a callback returned. */
int fetch_pool_run(struct fetch_pool *pool, fetch_done_fn fn, void *ctx);

/*
 * Writes "scheme://host:port" of url into out (size n), lower-cased, the
 * default port filled in. Returns 0, or -1 when url cannot be parsed.
 */
int fetch_host_key(const char *url, char *out, size_t n);

#endif
