/* fetch.c - HTTP(S) download with size, time and redirect caps (libcurl) */
#include "fetch.h"

#include <curl/curl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "err.h"
#include "util.h"

struct fetcher {
	CURL *curl;
	struct fetch_opts opts;
	char errbuf[CURL_ERROR_SIZE];
};

struct sink {
	struct buf *body;
	bool over_cap;
	bool cut;	/* keep what fits and stop, not an error */
	bool truncated; /* cut: the body went past the cap */
};

static size_t on_body(char *data, size_t size, size_t nmemb, void *user)
{
	struct sink *s = user;
	size_t n = size * nmemb;
	if (!buf_append(s->body, data, n)) {
		if (s->cut) {
			/* The bytes up to the cap are kept; the download
			 * stops here (curl: CURLE_WRITE_ERROR). */
			size_t room = s->body->max > s->body->len
					  ? s->body->max - s->body->len
					  : 0;
			if (room && !buf_append(s->body, data, room))
				die_oom();
			s->truncated = true;
		}
		s->over_cap = true;
		return 0; /* makes curl stop with CURLE_WRITE_ERROR */
	}
	return n;
}

struct fetcher *fetcher_new(const struct fetch_opts *opts)
{
	struct fetcher *f = xcalloc(1, sizeof *f);
	f->opts = *opts;
	f->curl = curl_easy_init();
	if (!f->curl)
		die_oom();
	return f;
}

void fetcher_free(struct fetcher *f)
{
	if (!f)
		return;
	curl_easy_cleanup(f->curl);
	free(f);
}

void fetch_result_release(struct fetch_result *r)
{
	buf_release(&r->body);
	free(r->content_type);
	free(r->final_url);
	r->content_type = r->final_url = NULL;
	r->status = 0;
}

/* The options every transfer gets, single or pooled. */
static void setup_easy(CURL *c, const struct fetch_opts *o, const char *url,
		       char *errbuf, struct sink *sink)
{
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, o->max_redirects);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, o->timeout_ms);
	curl_easy_setopt(c, CURLOPT_USERAGENT, o->user_agent);
	/* "" offers every encoding this libcurl can decode. */
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	if (o->max_bytes)
		curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
				 (curl_off_t)o->max_bytes);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, sink);
}

static void setup(struct fetcher *f, const char *url, struct sink *sink)
{
	curl_easy_reset(f->curl);
	setup_easy(f->curl, &f->opts, url, f->errbuf, sink);
}

int fetch_url(struct fetcher *f, const char *url, struct fetch_result *out,
	      struct err *e)
{
	memset(out, 0, sizeof *out);
	buf_init(&out->body, f->opts.max_bytes);
	struct sink sink = {&out->body, false, false, false};
	f->errbuf[0] = '\0';
	setup(f, url, &sink);
	CURLcode rc = curl_easy_perform(f->curl);

	long status = 0;
	curl_easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &status);
	out->status = status;
	if (rc != CURLE_OK) {
		if (sink.over_cap || rc == CURLE_FILESIZE_EXCEEDED)
			err_set(e, ERR_TOO_BIG, url,
				"larger than the %zu-byte cap (--max-bytes)",
				f->opts.max_bytes);
		else
			err_set(e, ERR_FETCH, url, "%s",
				f->errbuf[0] ? f->errbuf
					     : curl_easy_strerror(rc));
		fetch_result_release(out);
		return -1;
	}
	if (status < 200 || status > 299) {
		err_set(e, ERR_HTTP, url, "HTTP %ld", status);
		fetch_result_release(out);
		return -1;
	}
	char *ct = NULL, *eff = NULL;
	curl_easy_getinfo(f->curl, CURLINFO_CONTENT_TYPE, &ct);
	curl_easy_getinfo(f->curl, CURLINFO_EFFECTIVE_URL, &eff);
	out->content_type = ct ? xstrdup(ct) : NULL;
	out->final_url = xstrdup(eff ? eff : url);
	if (out->body.len == 0) {
		err_set(e, ERR_EMPTY, url, "empty response body");
		fetch_result_release(out);
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* The pool                                                           */

/* Retry-After values above this are not waited for: a cron run should
 * not sleep for minutes on one article. */
#define RETRY_AFTER_MAX_MS 10000L
#define BACKOFF_FIRST_MS 500L

struct host {
	char key[512];
	int active;
	double next_ok_ms; /* earliest start of the next request */
	long delay_ms;
	struct host *next;
};

struct xfer {
	char *url, *inm, *ims;
	void *tag;
	struct host *host;
	int attempts;
	size_t cut_at;	      /* fetch_request.cut_at */
	double not_before_ms; /* backoff before a retry */
	double deadline_ms;   /* set by the first start: --timeout in all */
	CURL *easy;
	struct curl_slist *headers;
	struct buf body;
	struct sink sink;
	char errbuf[CURL_ERROR_SIZE];
	struct xfer *next; /* in the queue */
};

struct fetch_pool {
	struct fetch_opts opts;
	CURLM *multi;
	struct host *hosts;
	struct xfer *head, *tail; /* queued, not started */
	struct xfer *active;	  /* running */
	size_t running;
};

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

int fetch_host_key(const char *url, char *out, size_t n)
{
	CURLU *u = curl_url();
	if (!u)
		die_oom();
	char *scheme = NULL, *host = NULL, *port = NULL;
	int rc = -1;
	if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) ==
		CURLUE_OK) {
		int k = snprintf(out, n, "%s://%s:%s", scheme, host, port);
		if (k > 0 && (size_t)k < n) {
			for (char *p = out; *p; p++)
				*p = (char)ascii_lower((unsigned char)*p);
			rc = 0;
		}
	}
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return rc;
}

static struct host *host_for(struct fetch_pool *p, const char *url)
{
	char key[512];
	if (fetch_host_key(url, key, sizeof key) != 0)
		snprintf(key, sizeof key, "?"); /* curl will name the error */
	for (struct host *h = p->hosts; h; h = h->next)
		if (!strcmp(h->key, key))
			return h;
	struct host *h = xcalloc(1, sizeof *h);
	snprintf(h->key, sizeof h->key, "%s", key);
	h->delay_ms = p->opts.delay_ms;
	h->next = p->hosts;
	p->hosts = h;
	return h;
}

struct fetch_pool *fetch_pool_new(const struct fetch_opts *opts)
{
	struct fetch_pool *p = xcalloc(1, sizeof *p);
	p->opts = *opts;
	if (p->opts.jobs < 1)
		p->opts.jobs = 1;
	if (p->opts.per_host < 1)
		p->opts.per_host = 1;
	p->multi = curl_multi_init();
	if (!p->multi)
		die_oom();
	curl_multi_setopt(p->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
			  (long)p->opts.jobs);
	curl_multi_setopt(p->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
			  (long)p->opts.per_host);
	return p;
}

static void xfer_free(struct xfer *x)
{
	if (x->easy)
		curl_easy_cleanup(x->easy);
	curl_slist_free_all(x->headers);
	buf_release(&x->body);
	free(x->url);
	free(x->inm);
	free(x->ims);
	free(x);
}

void fetch_pool_free(struct fetch_pool *p, void (*free_tag)(void *))
{
	if (!p)
		return;
	for (struct xfer *x = p->head, *n; x; x = n) {
		n = x->next;
		if (free_tag)
			free_tag(x->tag);
		xfer_free(x);
	}
	for (struct xfer *x = p->active, *n; x; x = n) {
		n = x->next;
		curl_multi_remove_handle(p->multi, x->easy);
		if (free_tag)
			free_tag(x->tag);
		xfer_free(x);
	}
	for (struct host *h = p->hosts, *n; h; h = n) {
		n = h->next;
		free(h);
	}
	curl_multi_cleanup(p->multi);
	free(p);
}

static void enqueue(struct fetch_pool *p, struct xfer *x)
{
	x->next = NULL;
	if (p->tail)
		p->tail->next = x;
	else
		p->head = x;
	p->tail = x;
}

void fetch_pool_add(struct fetch_pool *p, const struct fetch_request *rq)
{
	struct xfer *x = xcalloc(1, sizeof *x);
	x->url = xstrdup(rq->url);
	x->inm = rq->if_none_match ? xstrdup(rq->if_none_match) : NULL;
	x->ims = rq->if_modified_since ? xstrdup(rq->if_modified_since) : NULL;
	x->tag = rq->tag;
	x->cut_at = rq->cut_at;
	x->host = host_for(p, rq->url);
	enqueue(p, x);
}

void fetch_pool_host_delay(struct fetch_pool *p, const char *url, long delay_ms)
{
	struct host *h = host_for(p, url);
	if (delay_ms > h->delay_ms) {
		/* The next start moves out by the difference too. */
		h->next_ok_ms += (double)(delay_ms - h->delay_ms);
		h->delay_ms = delay_ms;
	}
}

static void add_header(struct curl_slist **l, const char *name,
		       const char *value)
{
	size_t n = strlen(name) + strlen(value) + 3;
	char *line = xmalloc(n);
	snprintf(line, n, "%s: %s", name, value);
	struct curl_slist *nl = curl_slist_append(*l, line);
	free(line);
	if (!nl)
		die_oom();
	*l = nl;
}

static void start(struct fetch_pool *p, struct xfer *x, double now)
{
	x->attempts++;
	x->host->active++;
	x->host->next_ok_ms = now + (double)x->host->delay_ms;
	if (x->attempts == 1)
		x->deadline_ms = now + (double)p->opts.timeout_ms;
	buf_release(&x->body);
	buf_init(&x->body, x->cut_at ? x->cut_at : p->opts.max_bytes);
	x->sink.body = &x->body;
	x->sink.over_cap = false;
	x->sink.cut = x->cut_at != 0;
	x->sink.truncated = false;
	x->errbuf[0] = '\0';
	if (!x->easy) {
		x->easy = curl_easy_init();
		if (!x->easy)
			die_oom();
	} else {
		curl_easy_reset(x->easy);
	}
	setup_easy(x->easy, &p->opts, x->url, x->errbuf, &x->sink);
	/* --timeout bounds the URL, retries included: an attempt gets what
	 * is left of it (a retry is only started while some is left). */
	long left = (long)(x->deadline_ms - now);
	curl_easy_setopt(x->easy, CURLOPT_TIMEOUT_MS, left > 1 ? left : 1L);
	if (x->cut_at) /* the sink stops it; no Content-Length refusal */
		curl_easy_setopt(x->easy, CURLOPT_MAXFILESIZE_LARGE,
				 (curl_off_t)0);
	if (!x->headers) {
		if (x->inm)
			add_header(&x->headers, "If-None-Match", x->inm);
		if (x->ims)
			add_header(&x->headers, "If-Modified-Since", x->ims);
	}
	if (x->headers)
		curl_easy_setopt(x->easy, CURLOPT_HTTPHEADER, x->headers);
	curl_easy_setopt(x->easy, CURLOPT_PRIVATE, x);
	x->next = p->active;
	p->active = x;
	p->running++;
	curl_multi_add_handle(p->multi, x->easy);
}

/* Starts queued requests whose host has room and whose time has come, in
 * queue order. Returns the milliseconds until the next one could start
 * (-1: none waiting on time). */
static long dispatch(struct fetch_pool *p)
{
	double now = now_ms(), wait = -1;
	struct xfer **pp = &p->head, *prev = NULL;
	while (*pp && p->running < (size_t)p->opts.jobs) {
		struct xfer *x = *pp;
		double ready = x->not_before_ms > x->host->next_ok_ms
				   ? x->not_before_ms
				   : x->host->next_ok_ms;
		if (x->host->active < p->opts.per_host && ready <= now) {
			*pp = x->next;
			if (p->tail == x)
				p->tail = prev;
			start(p, x, now);
			continue;
		}
		if (x->host->active < p->opts.per_host &&
		    (wait < 0 || ready - now < wait))
			wait = ready - now;
		prev = x;
		pp = &x->next;
	}
	return wait < 0 ? -1 : (long)wait + 1;
}

static void unlink_active(struct fetch_pool *p, struct xfer *x)
{
	for (struct xfer **pp = &p->active; *pp; pp = &(*pp)->next)
		if (*pp == x) {
			*pp = x->next;
			break;
		}
	curl_multi_remove_handle(p->multi, x->easy);
	x->host->active--;
	p->running--;
}

/* A header of the last response, or NULL. */
static const char *header(CURL *c, const char *name)
{
	struct curl_header *h;
	if (curl_easy_header(c, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK)
		return NULL;
	return h->value;
}

static long backoff_ms(CURL *c, int attempts)
{
	long ms = BACKOFF_FIRST_MS;
	for (int i = 1; i < attempts && ms < 60000; i++)
		ms *= 2;
	const char *ra = header(c, "Retry-After");
	if (ra) {
		char *end;
		long secs = strtol(ra, &end, 10);
		if (end != ra && secs >= 0 &&
		    secs * 1000 <= RETRY_AFTER_MAX_MS && secs * 1000 > ms)
			ms = secs * 1000;
	}
	return ms;
}

/* A transfer ended: retry it, or hand it to fn. */
static int finish(struct fetch_pool *p, struct xfer *x, CURLcode rc,
		  fetch_done_fn fn, void *ctx)
{
	unlink_active(p, x);
	long status = 0;
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
	bool transient = rc == CURLE_OPERATION_TIMEDOUT ||
			 (rc == CURLE_OK && status >= 500 && status <= 599);
	bool out_of_time = false;
	if (transient && x->attempts <= p->opts.retries) {
		double at = now_ms() + (double)backoff_ms(x->easy, x->attempts);
		/* A retry that could not start before the deadline is not
		 * made: the URL fails now rather than at the deadline. */
		if (at < x->deadline_ms) {
			x->not_before_ms = at;
			enqueue(p, x);
			return 0;
		}
		out_of_time = true;
	}
	bool cut = rc == CURLE_WRITE_ERROR && x->sink.truncated;
	struct fetch_response r;
	memset(&r, 0, sizeof r);
	r.url = x->url;
	r.tag = x->tag;
	r.status = status;
	r.attempts = x->attempts;
	char *ct = NULL, *eff = NULL;
	curl_easy_getinfo(x->easy, CURLINFO_CONTENT_TYPE, &ct);
	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &eff);
	r.content_type = ct;
	r.final_url = eff ? eff : x->url;
	r.etag = header(x->easy, "ETag");
	r.last_modified = header(x->easy, "Last-Modified");
	r.truncated = cut;
	if (rc == CURLE_OPERATION_TIMEDOUT) {
		r.outcome = FETCH_FAILED;
		/* curl's words say which limit it was (connect or all). */
		err_set(&r.err, ERR_FETCH, x->url,
			"timed out: %.600s (%d attempt%s within --timeout "
			"%.3g s%s)",
			x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc),
			x->attempts, x->attempts == 1 ? "" : "s",
			(double)p->opts.timeout_ms / 1000.0,
			out_of_time ? "; no time left to retry" : "");
	} else if (rc != CURLE_OK && !cut) {
		r.outcome = FETCH_FAILED;
		if (x->sink.over_cap || rc == CURLE_FILESIZE_EXCEEDED)
			err_set(&r.err, ERR_TOO_BIG, x->url,
				"larger than the %zu-byte cap (--max-bytes)",
				p->opts.max_bytes);
		else
			err_set(&r.err, ERR_FETCH, x->url, "%s",
				x->errbuf[0] ? x->errbuf
					     : curl_easy_strerror(rc));
	} else if (status == 304 && (x->inm || x->ims)) {
		r.outcome = FETCH_NOT_MODIFIED;
	} else if (status < 200 || status > 299) {
		r.outcome = FETCH_FAILED;
		err_set(&r.err, ERR_HTTP, x->url, "HTTP %ld", status);
	} else {
		r.outcome = FETCH_OK;
		r.body = x->body;
		buf_init(&x->body, 0);
	}
	int ret = fn(p, &r, ctx);
	buf_release(&r.body);
	xfer_free(x);
	return ret;
}

int fetch_pool_run(struct fetch_pool *p, fetch_done_fn fn, void *ctx)
{
	for (;;) {
		long wait = dispatch(p);
		if (p->running == 0 && !p->head)
			return 0;
		int still;
		curl_multi_perform(p->multi, &still);
		CURLMsg *m;
		int left;
		bool done_any = false;
		while ((m = curl_multi_info_read(p->multi, &left))) {
			if (m->msg != CURLMSG_DONE)
				continue;
			struct xfer *x = NULL;
			CURLcode rc = m->data.result;
			curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE,
					  (char **)&x);
			int ret = finish(p, x, rc, fn, ctx);
			if (ret != 0)
				return ret;
			done_any = true;
		}
		/* Room was made or requests were added: dispatch again. */
		if (done_any)
			continue;
		long cwait = -1;
		curl_multi_timeout(p->multi, &cwait);
		long t = 1000;
		if (cwait >= 0 && cwait < t)
			t = cwait;
		if (wait >= 0 && wait < t)
			t = wait;
		curl_multi_poll(p->multi, NULL, 0, (int)t, NULL);
	}
}
