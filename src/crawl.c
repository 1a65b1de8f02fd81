/* crawl.c - URL inputs to documents: feeds, robots.txt, conditional GET */
#include "crawl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "feed.h"
#include "robots.h"
#include "store.h"
#include "util.h"

enum job_kind { JOB_ROBOTS, JOB_INPUT, JOB_ITEM };
enum host_state { HOST_NEW, HOST_FETCHING, HOST_READY };

struct host;

struct job {
	enum job_kind kind;
	char *url;
	size_t input, item;
	unsigned depth; /* sitemap indexes above this input: 0 for inputs */
	char *feed_url, *feed_date;
	struct host *host;
	bool stored;	  /* the store has this URL as an article */
	bool stored_feed; /* the store has this URL as a feed */
	char hash[40];	  /* stored content hash */
	struct job *next; /* parked behind robots.txt */
};

struct host {
	char key[512];
	enum host_state state;
	struct robots *rules;
	char why[256]; /* why rules forbid everything after a failure */
	struct job *parked, *parked_tail;
	struct host *next;
};

/* A URL seen in this run, with the smallest (input, item) that listed
 * it: output order must not depend on which feed answered first. */
struct seen_url {
	char *url;
	size_t input, item;
	bool moved; /* a smaller key came after the first */
};

/* URLs already seen in this run: open addressing. */
struct url_set {
	struct seen_url *slots;
	size_t cap, n;
};

struct crawl {
	const struct crawl_opts *o;
	struct fetch_pool *pool;
	struct host *hosts;
	struct url_set seen;
	crawl_fn fn;
	void *ctx;
	struct err *e;
};

/* Adds url; returns false when it was there already (keeping the
 * smaller key). */
static bool set_add(struct url_set *s, const char *url, size_t input,
		    size_t item)
{
	if (2 * (s->n + 1) > s->cap) {
		struct url_set g = {NULL, s->cap ? s->cap * 2 : 256, 0};
		g.slots = xcalloc(g.cap, sizeof *g.slots);
		for (size_t i = 0; i < s->cap; i++) {
			if (!s->slots[i].url)
				continue;
			size_t h = (size_t)hash64(s->slots[i].url,
						  strlen(s->slots[i].url));
			while (g.slots[h & (g.cap - 1)].url)
				h++;
			g.slots[h & (g.cap - 1)] = s->slots[i];
			g.n++;
		}
		free(s->slots);
		*s = g;
	}
	size_t h = (size_t)hash64(url, strlen(url));
	for (;; h++) {
		struct seen_url *slot = &s->slots[h & (s->cap - 1)];
		if (!slot->url) {
			*slot =
			    (struct seen_url){xstrdup(url), input, item, false};
			s->n++;
			return true;
		}
		if (strcmp(slot->url, url))
			continue;
		if (input < slot->input ||
		    (input == slot->input && item < slot->item)) {
			slot->input = input;
			slot->item = item;
			slot->moved = true;
		}
		return false;
	}
}

static void set_free(struct url_set *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->slots[i].url);
	free(s->slots);
}

static void job_free(struct job *j)
{
	if (!j)
		return;
	free(j->url);
	free(j->feed_url);
	free(j->feed_date);
	free(j);
}

static struct host *host_of(struct crawl *c, const char *url)
{
	char key[512];
	if (fetch_host_key(url, key, sizeof key) != 0)
		return NULL;
	for (struct host *h = c->hosts; h; h = h->next)
		if (!strcmp(h->key, key))
			return h;
	struct host *h = xcalloc(1, sizeof *h);
	memcpy(h->key, key, sizeof key);
	h->next = c->hosts;
	c->hosts = h;
	return h;
}

static int emit(struct crawl *c, const struct job *j, struct crawl_item *it)
{
	it->url = j->url;
	it->input = j->input;
	it->item = j->item;
	it->feed_url = j->feed_url;
	it->feed_date = j->feed_date;
	return c->fn(it, c->ctx);
}

static int emit_unchanged(struct crawl *c, const struct job *j, const char *why)
{
	struct crawl_item it = {.event = CRAWL_UNCHANGED, .why = why};
	return emit(c, j, &it);
}

static int store_failed(struct crawl *c)
{
	return -1; /* c->e was filled by the store */
}

static void validators(struct crawl *c, const struct job *j,
		       struct fetch_request *rq, char *etag, size_t en,
		       char *lm, size_t ln);

static void start(struct crawl *c, struct job *j)
{
	char etag[512], lm[128];
	struct fetch_request rq = {j->url, NULL, NULL, j, 0};
	validators(c, j, &rq, etag, sizeof etag, lm, sizeof lm);
	fetch_pool_add(c->pool, &rq);
}

/* Sends the job, or reports it skipped, now that its host is ready. */
static int gate(struct crawl *c, struct job *j)
{
	char path[8192];
	if (j->host && j->host->rules &&
	    robots_url_path(j->url, path, sizeof path) == 0 &&
	    !robots_allowed(j->host->rules, path)) {
		struct err e;
		err_set(&e, ERR_ROBOTS, j->url, "disallowed by robots.txt%s",
			j->host->why);
		struct crawl_item it = {.event = CRAWL_SKIPPED, .err = &e};
		int rc = emit(c, j, &it);
		job_free(j);
		return rc;
	}
	start(c, j);
	return 0;
}

static int submit(struct crawl *c, enum job_kind kind, const char *url,
		  size_t input, size_t item, const char *feed_url,
		  const char *feed_date, unsigned depth);

/* Looks the job up in the store; may decide it is already done. Returns
 * 1 when the job needs no request, 0 to go on, -1 on a store error. */
static int consult_store(struct crawl *c, struct job *j)
{
	struct store *st = c->o->store;
	if (!st)
		return 0;
	struct store_seen seen;
	if (j->kind == JOB_INPUT) {
		struct store_feed f;
		if (store_feed_get(st, j->url, &f, c->e) != 0)
			return -1;
		j->stored_feed = f.found;
		store_feed_release(&f);
	}
	if (store_article_get(st, j->url, &seen, c->e) != 0)
		return -1;
	j->stored = seen.found;
	snprintf(j->hash, sizeof j->hash, "%s", seen.content_hash);
	/* A feed item already stored is not asked for again unless its
	 * feed dates it differently than when it was stored. */
	if (j->kind == JOB_ITEM && seen.found &&
	    (!j->feed_date || !strcmp(j->feed_date, seen.feed_date)))
		return 1;
	return 0;
}

/* The validators to send for a job, from the store. */
static void validators(struct crawl *c, const struct job *j,
		       struct fetch_request *rq, char *etag, size_t en,
		       char *lm, size_t ln)
{
	etag[0] = lm[0] = '\0';
	struct store *st = c->o->store;
	if (!st || j->kind == JOB_ROBOTS)
		return;
	if (j->stored_feed) {
		struct store_feed f;
		struct err e;
		if (store_feed_get(st, j->url, &f, &e) == 0 && f.found) {
			snprintf(etag, en, "%s", f.etag);
			snprintf(lm, ln, "%s", f.last_modified);
		}
		store_feed_release(&f);
	} else if (j->stored) {
		struct store_seen s;
		struct err e;
		if (store_article_get(st, j->url, &s, &e) == 0 && s.found) {
			snprintf(etag, en, "%s", s.etag);
			snprintf(lm, ln, "%s", s.last_modified);
		}
	}
	rq->if_none_match = etag[0] ? etag : NULL;
	rq->if_modified_since = lm[0] ? lm : NULL;
}

static int submit(struct crawl *c, enum job_kind kind, const char *url,
		  size_t input, size_t item, const char *feed_url,
		  const char *feed_date, unsigned depth)
{
	if (!set_add(&c->seen, url, input, item))
		return 0; /* listed twice: fetched once */
	struct job *j = xcalloc(1, sizeof *j);
	j->kind = kind;
	j->url = xstrdup(url);
	j->input = input;
	j->item = item;
	j->depth = depth;
	j->feed_url = feed_url ? xstrdup(feed_url) : NULL;
	j->feed_date = feed_date ? xstrdup(feed_date) : NULL;
	int rc = consult_store(c, j);
	if (rc != 0) {
		rc = rc < 0 ? store_failed(c)
			    : emit_unchanged(c, j, "already stored");
		job_free(j);
		return rc;
	}
	j->host = host_of(c, url);
	struct host *h = j->host;
	if (!h || h->state == HOST_READY)
		return gate(c, j);
	if (h->parked_tail)
		h->parked_tail->next = j;
	else
		h->parked = j;
	h->parked_tail = j;
	if (h->state == HOST_NEW) {
		h->state = HOST_FETCHING;
		struct job *r = xcalloc(1, sizeof *r);
		r->kind = JOB_ROBOTS;
		size_t n = strlen(h->key) + sizeof "/robots.txt";
		r->url = xmalloc(n);
		snprintf(r->url, n, "%s/robots.txt", h->key);
		r->host = h;
		/* The first ROBOTS_MAX_BYTES only: the rest is not read
		 * (RFC 9309 asks for at least 500 KiB), so not fetched. */
		struct fetch_request rq = {r->url, NULL, NULL, r,
					   ROBOTS_MAX_BYTES};
		fetch_pool_add(c->pool, &rq);
	}
	return 0;
}

static int robots_done(struct crawl *c, struct job *r,
		       const struct fetch_response *res)
{
	struct host *h = r->host;
	if (res->outcome == FETCH_OK) {
		const char *txt = res->body.data ? res->body.data : "";
		size_t len = res->body.len;
		/* Cut at ROBOTS_MAX_BYTES: a rule line cut in two could
		 * allow more than it says ("Allow: /" of "Allow: /a/b"). */
		if (res->truncated) {
			while (len > 0 && txt[len - 1] != '\n' &&
			       txt[len - 1] != '\r')
				len--;
		}
		h->rules = robots_parse(txt, len, c->o->agent);
	} else if (res->status >= 500) {
		h->rules = robots_disallow_all();
	} else if (res->status >= 200 && res->status <= 299) {
		/* The body broke off (reset, timeout): what came may lack
		 * the rule that forbids a page, so nothing is allowed. */
		h->rules = robots_disallow_all();
		snprintf(h->why, sizeof h->why,
			 " (it could not be read whole: %.200s)", res->err.msg);
	} else {
		h->rules = robots_allow_all(); /* 4xx or unreachable */
	}
	long d = robots_crawl_delay_ms(h->rules);
	if (d > 0)
		fetch_pool_host_delay(c->pool, h->key, d);
	h->state = HOST_READY;
	struct job *j = h->parked;
	h->parked = h->parked_tail = NULL;
	int rc = 0;
	while (j) {
		struct job *n = j->next;
		j->next = NULL;
		if (rc == 0)
			rc = gate(c, j);
		else
			job_free(j);
		j = n;
	}
	return rc;
}

static int fail(struct crawl *c, const struct job *j, const struct err *e);

/* Expands a feed document into item jobs; a sitemap index into jobs for
 * its sitemaps, which are documents like an input (fetched with the
 * store's validators, sniffed, expanded), one level deeper. Item numbers
 * nest 16 bits a level (FEED_MAX_ITEMS < 65536) so that output follows
 * index order, then sitemap order. */
static int expand(struct crawl *c, const struct job *j, const struct feed *f)
{
	if (f->kind == FEED_SITEMAP_INDEX && j->depth >= SITEMAP_MAX_DEPTH) {
		struct err e;
		err_set(&e, ERR_PARSE, j->url,
			"sitemap index nested more than %d levels deep",
			SITEMAP_MAX_DEPTH);
		return fail(c, j, &e);
	}
	struct crawl_item it = {.event = CRAWL_FEED,
				.feed_kind = feed_kind_name(f->kind),
				.nitems = f->n,
				.truncated = f->truncated,
				.entities_refused = f->entities_refused};
	int rc = emit(c, j, &it);
	size_t base = j->item << 16;
	for (size_t k = 0; k < f->n && rc == 0; k++)
		rc = submit(
		    c, f->kind == FEED_SITEMAP_INDEX ? JOB_INPUT : JOB_ITEM,
		    f->items[k].link, j->input, base | (k + 1), j->url,
		    f->items[k].date, j->depth + 1);
	return rc;
}

static int fail(struct crawl *c, const struct job *j, const struct err *e)
{
	struct crawl_item it = {.event = CRAWL_FAILED, .err = e};
	return emit(c, j, &it);
}

/* A known feed answered 304: read the stored copy again. */
static int reread_feed(struct crawl *c, const struct job *j)
{
	struct store_feed sf;
	if (store_feed_get(c->o->store, j->url, &sf, c->e) != 0)
		return -1;
	struct feed f;
	struct err e;
	err_clear(&e);
	int rc = 0;
	int fr = feed_parse(sf.body, sf.len, j->url, &f, &e);
	if (fr > 0) {
		rc = expand(c, j, &f);
		feed_free(&f);
	} else {
		if (fr == 0)
			err_set(&e, ERR_PARSE, j->url,
				"stored feed copy is not a feed");
		rc = fail(c, j, &e);
	}
	store_feed_release(&sf);
	return rc;
}

static int document_done(struct crawl *c, struct job *j,
			 struct fetch_response *r)
{
	if (r->outcome == FETCH_FAILED)
		return fail(c, j, &r->err);
	if (r->outcome == FETCH_NOT_MODIFIED) {
		if (j->stored_feed)
			return reread_feed(c, j);
		if (store_article_touch(c->o->store, j->url, r->etag,
					r->last_modified, c->e) != 0)
			return -1;
		return emit_unchanged(c, j, "not modified (304)");
	}
	const char *data = r->body.data ? r->body.data : "";
	if (j->kind == JOB_INPUT && feed_sniff(data, r->body.len)) {
		struct feed f;
		struct err e;
		err_clear(&e);
		int fr = feed_parse(data, r->body.len, r->final_url, &f, &e);
		if (fr < 0)
			return fail(c, j, &e);
		if (fr > 0) {
			int rc = 0;
			if (c->o->store &&
			    store_feed_put(c->o->store, j->url, r->etag,
					   r->last_modified, data, r->body.len,
					   c->e) != 0)
				rc = -1;
			if (rc == 0)
				rc = expand(c, j, &f);
			feed_free(&f);
			return rc;
		}
	}
	char hash[40];
	snprintf(hash, sizeof hash, "%016llx", hash64(data, r->body.len));
	if (j->stored && !strcmp(hash, j->hash)) {
		if (store_article_touch(c->o->store, j->url, r->etag,
					r->last_modified, c->e) != 0)
			return -1;
		return emit_unchanged(c, j, "unchanged content");
	}
	struct crawl_item it = {.event = CRAWL_ARTICLE,
				.bytes = data,
				.len = r->body.len,
				.content_type = r->content_type,
				.final_url = r->final_url,
				.etag = r->etag,
				.last_modified = r->last_modified,
				.content_hash = hash};
	return emit(c, j, &it);
}

static int on_done(struct fetch_pool *pool, struct fetch_response *r, void *ctx)
{
	struct crawl *c = ctx;
	struct job *j = r->tag;
	int rc = j->kind == JOB_ROBOTS ? robots_done(c, j, r)
				       : document_done(c, j, r);
	job_free(j);
	return rc;
}

/* A feed or sitemap read from a file: its items go through the same
 * robots, politeness and store rules as a downloaded feed's. */
static int local_feed(struct crawl *c, const struct crawl_input *in)
{
	struct job j = {
	    .kind = JOB_INPUT, .url = (char *)in->url, .input = in->input};
	struct feed f;
	struct err e;
	err_clear(&e);
	/* the path names the file in errors; relative links resolved
	 * against it are not http(s) and are dropped */
	int fr = feed_parse(in->body, in->len, in->url, &f, &e);
	if (fr == 0)
		err_set(&e, ERR_PARSE, in->url, "not a feed or sitemap");
	int rc = fr > 0 ? expand(c, &j, &f) : fail(c, &j, &e);
	feed_free(&f);
	return rc;
}

static void free_tag(void *tag)
{
	job_free(tag);
}

int crawl_run(const struct crawl_opts *o, const struct crawl_input *in,
	      size_t n, crawl_fn fn, void *ctx, struct err *e)
{
	struct crawl c = {o, fetch_pool_new(&o->fetch), NULL, {0}, fn, ctx, e};
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = in[i].body ? local_feed(&c, &in[i])
				: submit(&c, JOB_INPUT, in[i].url, in[i].input,
					 0, NULL, NULL, 0);
	if (rc == 0)
		rc = fetch_pool_run(c.pool, on_done, &c);
	/* URLs that an earlier input listed too, after they were reported
	 * under a later one. */
	for (size_t i = 0; i < c.seen.cap && rc == 0; i++) {
		const struct seen_url *s = &c.seen.slots[i];
		if (!s->url || !s->moved)
			continue;
		struct crawl_item it = {.event = CRAWL_MOVED,
					.url = s->url,
					.input = s->input,
					.item = s->item};
		rc = fn(&it, ctx);
	}
	/* Jobs still parked (the run was stopped) and the hosts. */
	for (struct host *h = c.hosts, *hn; h; h = hn) {
		hn = h->next;
		for (struct job *j = h->parked, *jn; j; j = jn) {
			jn = j->next;
			job_free(j);
		}
		robots_free(h->rules);
		free(h);
	}
	/* Requests still queued or running (the run was stopped) hold
	 * their jobs as tags. */
	fetch_pool_free(c.pool, free_tag);
	set_free(&c.seen);
	return rc;
}
