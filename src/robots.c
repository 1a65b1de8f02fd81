/* robots.c - robots.txt rules for one host (RFC 9309) */
#include "robots.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* RFC 9309 2.5: crawlers must parse at least 500 KiB. */
#define CRAWL_DELAY_MAX_MS 60000L

struct rule {
	char *pattern;
	size_t len;
	bool allow;
};

struct rule_list {
	struct rule *v;
	size_t n, cap;
	long delay_ms;
	bool seen; /* a group for this agent exists */
};

struct robots {
	struct rule_list rules;
	bool deny_all;
};

static void push_rule(struct rule_list *l, const char *p, size_t n, bool allow)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	l->v[l->n].pattern = xstrndup(p, n);
	l->v[l->n].len = n;
	l->v[l->n].allow = allow;
	l->n++;
}

static void release(struct rule_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].pattern);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* True when the User-agent value names `agent`: its product token (the
 * leading run of letters, "_" and "-") equals agent, ignoring case. */
static bool names_agent(const char *v, size_t n, const char *agent)
{
	size_t k = 0;
	while (k < n && (is_ascii_alpha((unsigned char)v[k]) || v[k] == '_' ||
			 v[k] == '-'))
		k++;
	return k > 0 && ascii_ieq(v, k, agent);
}

static long parse_delay(const char *v, size_t n)
{
	char tmp[32];
	if (n == 0 || n >= sizeof tmp)
		return 0;
	memcpy(tmp, v, n);
	tmp[n] = '\0';
	char *end;
	double d = strtod(tmp, &end);
	if (end == tmp || !(d > 0))
		return 0;
	if (d * 1000.0 > (double)CRAWL_DELAY_MAX_MS)
		return CRAWL_DELAY_MAX_MS;
	return (long)(d * 1000.0 + 0.5);
}

struct robots *robots_parse(const char *txt, size_t len, const char *agent)
{
	struct rule_list mine = {0}, star = {0};
	bool in_mine = false, in_star = false, in_rules = false;
	if (len > ROBOTS_MAX_BYTES) {
		/* The first 512 KiB, without the line cut in two there: its
		 * head could allow more than the whole line says. */
		len = ROBOTS_MAX_BYTES;
		while (len > 0 && txt[len] != '\n' && txt[len] != '\r')
			len--;
	}
	size_t i = 0;
	while (i < len) {
		size_t s = i;
		while (i < len && txt[i] != '\n' && txt[i] != '\r')
			i++;
		size_t e = i;
		while (i < len && (txt[i] == '\n' || txt[i] == '\r'))
			i++;
		const char *hash = memchr(txt + s, '#', e - s);
		if (hash)
			e = (size_t)(hash - txt);
		const char *colon = memchr(txt + s, ':', e - s);
		if (!colon)
			continue;
		size_t ks = s, ke = (size_t)(colon - txt);
		while (ks < ke && is_ascii_space((unsigned char)txt[ks]))
			ks++;
		while (ke > ks && is_ascii_space((unsigned char)txt[ke - 1]))
			ke--;
		size_t vs = (size_t)(colon - txt) + 1, ve = e;
		while (vs < ve && is_ascii_space((unsigned char)txt[vs]))
			vs++;
		while (ve > vs && is_ascii_space((unsigned char)txt[ve - 1]))
			ve--;
		const char *k = txt + ks, *v = txt + vs;
		size_t kn = ke - ks, vn = ve > vs ? ve - vs : 0;
		if (ascii_ieq(k, kn, "user-agent")) {
			/* A User-agent after rules starts a new group. */
			if (in_rules)
				in_mine = in_star = in_rules = false;
			if (vn == 1 && v[0] == '*')
				in_star = star.seen = true;
			else if (names_agent(v, vn, agent))
				in_mine = mine.seen = true;
			continue;
		}
		bool allow = ascii_ieq(k, kn, "allow");
		bool disallow = ascii_ieq(k, kn, "disallow");
		bool delay = ascii_ieq(k, kn, "crawl-delay");
		if (!allow && !disallow && !delay)
			continue; /* Sitemap and unknown keys: not group rules
				   */
		in_rules = true;
		struct rule_list *lists[2] = {in_mine ? &mine : NULL,
					      in_star ? &star : NULL};
		for (int li = 0; li < 2; li++) {
			struct rule_list *l = lists[li];
			if (!l)
				continue;
			if (delay) {
				long d = parse_delay(v, vn);
				if (d > l->delay_ms)
					l->delay_ms = d;
			} else if (vn > 0) {
				/* An empty Disallow forbids nothing. */
				push_rule(l, v, vn, allow);
			}
		}
	}
	struct robots *r = xcalloc(1, sizeof *r);
	if (mine.seen) {
		r->rules = mine;
		release(&star);
	} else {
		r->rules = star;
		release(&mine);
	}
	return r;
}

struct robots *robots_allow_all(void)
{
	return xcalloc(1, sizeof(struct robots));
}

struct robots *robots_disallow_all(void)
{
	struct robots *r = xcalloc(1, sizeof *r);
	r->deny_all = true;
	return r;
}

void robots_free(struct robots *r)
{
	if (!r)
		return;
	release(&r->rules);
	free(r);
}

/* Leftmost occurrence of needle in hay, or NULL. */
static const char *find(const char *hay, size_t hn, const char *needle,
			size_t nn)
{
	if (nn == 0)
		return hay;
	for (size_t i = 0; i + nn <= hn; i++)
		if (hay[i] == needle[0] && !memcmp(hay + i, needle, nn))
			return hay + i;
	return NULL;
}

/*
 * Does the pattern match a prefix of path (all of it with a final "$")?
 * The pattern is split at each "*"; taking the leftmost place for every
 * segment but an anchored last one is always right, so there is no
 * backtracking.
 */
static bool pattern_match(const char *pat, size_t plen, const char *path,
			  size_t len)
{
	bool anchored = plen > 0 && pat[plen - 1] == '$';
	if (anchored)
		plen--;
	size_t i = 0, pos = 0;
	bool first = true;
	for (;;) {
		size_t j = i;
		while (j < plen && pat[j] != '*')
			j++;
		size_t sn = j - i;
		bool last = j == plen;
		if (first) {
			if (sn > len || memcmp(path, pat + i, sn))
				return false;
			pos = sn;
			first = false;
			if (last)
				return !anchored || pos == len;
		} else if (last && anchored) {
			return sn <= len - pos &&
			       !memcmp(path + len - sn, pat + i, sn);
		} else {
			const char *f =
			    find(path + pos, len - pos, pat + i, sn);
			if (!f)
				return false;
			pos = (size_t)(f - path) + sn;
			if (last)
				return true;
		}
		i = j + 1;
	}
}

bool robots_allowed(const struct robots *r, const char *path)
{
	if (!path || !*path)
		path = "/";
	if (!strcmp(path, "/robots.txt"))
		return true;
	if (r->deny_all)
		return false;
	size_t len = strlen(path), best = 0;
	bool found = false, allow = true;
	for (size_t i = 0; i < r->rules.n; i++) {
		const struct rule *ru = &r->rules.v[i];
		if (found &&
		    (ru->len < best || (ru->len == best && !ru->allow)))
			continue;
		if (!pattern_match(ru->pattern, ru->len, path, len))
			continue;
		if (!found || ru->len > best || ru->allow)
			allow = ru->allow;
		found = true;
		best = ru->len;
	}
	return allow;
}

long robots_crawl_delay_ms(const struct robots *r)
{
	return r->rules.delay_ms;
}

int robots_url_path(const char *url, char *out, size_t n)
{
	const char *p = strstr(url, "://");
	if (!p || p == url || n < 2)
		return -1;
	p += 3;
	while (*p && *p != '/' && *p != '?' && *p != '#')
		p++;
	size_t k = strcspn(p, "#");
	if (k == 0 || *p == '?') {
		/* "http://h" and "http://h?q" have the path "/". */
		int w = snprintf(out, n, "/%.*s", (int)k, p);
		return w < 0 || (size_t)w >= n ? -1 : 0;
	}
	if (k >= n)
		return -1;
	memcpy(out, p, k);
	out[k] = '\0';
	return 0;
}
