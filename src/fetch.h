/* fetch.h - HTTP(S) download with size, time and redirect caps (libcurl) */
#ifndef CLAIMEX_FETCH_H
#define CLAIMEX_FETCH_H

#include <stddef.h>

#include "buf.h"

struct err;

struct fetch_opts {
	long connect_timeout_ms; /* TCP+TLS connect */
	long timeout_ms;         /* whole transfer */
	long max_redirects;      /* followed, then an error */
	size_t max_bytes;        /* decoded body cap; 0: no cap */
	const char *user_agent;  /* "claimex/VERSION" */
};

struct fetch_result {
	struct buf body;    /* decoded (gunzipped/inflated) body */
	long status;        /* last HTTP status */
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

#endif
