/* emit_claimreview.c - disputed claims as schema.org ClaimReview drafts */
#include "emit_claimreview.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "conflicts.h"
#include "records.h"
#include "util.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static long long days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* n digits at s as a number, or -1. */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int emit_claimreview_instant(const char *s, long long *out)
{
	if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return -1;
	int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31)
		return -1;
	long long t = days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400;
	const char *p = s + 10;
	if (*p == 'T' || *p == ' ') {
		int h = digits(p + 1, 2);
		if (h < 0 || p[3] != ':')
			return -1;
		int mi = digits(p + 4, 2), sec = 0;
		if (mi < 0)
			return -1;
		p += 6;
		if (*p == ':') {
			sec = digits(p + 1, 2);
			if (sec < 0)
				return -1;
			p += 3;
		}
		if (*p == '.')
			for (p++; *p >= '0' && *p <= '9'; p++)
				;
		t += h * 3600LL + mi * 60LL + sec;
		if (*p == '+' || *p == '-') {
			int oh = digits(p + 1, 2);
			int om =
			    p[3] == ':' ? digits(p + 4, 2) : digits(p + 3, 2);
			if (oh < 0 || om < 0)
				return -1;
			long long off = oh * 3600LL + om * 60LL;
			t += *p == '+' ? -off : off;
		}
	}
	*out = t;
	return 0;
}

static bool is_http(const char *u)
{
	return u && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8));
}

static void set_str(json_t *o, const char *key, const char *v)
{
	if (v && *v)
		json_object_set_new(o, key, json_string(v));
}

/* The article as a schema.org NewsArticle. */
static json_t *appearance(const struct rec_article *a)
{
	json_t *o = json_object();
	json_object_set_new(o, "@type", json_string("NewsArticle"));
	if (is_http(a->url))
		set_str(o, "url", a->url);
	else if (is_http(a->source))
		set_str(o, "url", a->source);
	else /* a file without a canonical URL: at least where it was */
		set_str(o, "identifier", a->source);
	set_str(o, "headline", a->title);
	if (a->outlet && *a->outlet) {
		json_t *p = json_object();
		json_object_set_new(p, "@type", json_string("Organization"));
		json_object_set_new(p, "name", json_string(a->outlet));
		json_object_set_new(o, "publisher", p);
	}
	set_str(o, "datePublished", a->published);
	return o;
}

/* Who gave a value, for the claim in words: the outlet, else the URL,
 * else the file's name. */
static const char *who(const struct rec_article *a)
{
	if (a->outlet && *a->outlet)
		return a->outlet;
	if (is_http(a->url))
		return a->url;
	if (!a->source)
		return "unknown source";
	if (is_http(a->source))
		return a->source;
	/* a file: its name (the appearance's identifier has the path) */
	const char *slash = strrchr(a->source, '/');
	return slash && slash[1] ? slash + 1 : a->source;
}

/* At most this many sources are named per value in the claim's words
 * (the appearance list has them all). */
#define NAMES_MAX 8

/* The claim in words: "SUBJECT: sources disagree: V1 (A, B); V2 (C)",
 * each value as the first article stating it wrote it (with its hedge),
 * each source named once per value. */
static char *claim_words(struct record_set *set, const struct conflict *c)
{
	struct buf b;
	buf_init(&b, 1u << 20);
	buf_puts(&b, c->subject ? c->subject : c->key ? c->key : "a figure");
	buf_puts(&b, ": sources disagree: ");
	bool first_value = true;
	for (size_t v = 0; v < c->nvalues; v++) {
		const struct conflict_value *cv = &c->values[v];
		if (!cv->nmentions)
			continue;
		const struct rec_figure *f0 = &set->figures[cv->mentions[0]];
		if (!first_value)
			buf_puts(&b, "; ");
		first_value = false;
		if (f0->hedge) {
			buf_puts(&b, f0->hedge);
			buf_puts(&b, " ");
		}
		buf_puts(&b, f0->text ? f0->text : "?");
		buf_puts(&b, " (");
		const char *names[NAMES_MAX] = {NULL};
		size_t named = 0;
		bool more = false;
		for (size_t k = 0; k < cv->nmentions; k++) {
			const struct rec_figure *f =
			    &set->figures[cv->mentions[k]];
			const struct rec_article *a =
			    records_article(set, f->article);
			if (!a)
				continue;
			const char *w = who(a);
			bool dup = false;
			for (size_t j = 0; j < named && !dup; j++)
				dup = !strcmp(names[j], w);
			if (dup)
				continue;
			if (named == NAMES_MAX) {
				more = true;
				break;
			}
			if (named)
				buf_puts(&b, ", ");
			names[named++] = w;
			buf_puts(&b, w);
		}
		if (more)
			buf_puts(&b, " and others");
		buf_puts(&b, ")");
	}
	char *s = xstrndup(b.data ? b.data : "", b.len);
	buf_release(&b);
	return s;
}

struct art_pos {
	const struct rec_article *a;
	size_t pos;
};

static int cmp_art_pos(const void *x, const void *y)
{
	const struct art_pos *p = x, *q = y;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return p->pos < q->pos ? -1 : p->pos > q->pos;
}

static int cmp_pos(const void *x, const void *y)
{
	const struct art_pos *p = x, *q = y;
	return p->pos < q->pos ? -1 : p->pos > q->pos;
}

/* The articles stating any value of c, each once, in mention order:
 * sorted by article to drop repeats, then back into mention order, so
 * O(m log m) in mentions. */
static size_t claim_articles(struct record_set *set, const struct conflict *c,
			     const struct rec_article ***out)
{
	size_t cap = 0, n = 0;
	for (size_t v = 0; v < c->nvalues; v++)
		cap += c->values[v].nmentions;
	struct art_pos *ap = xcalloc(cap + 1, sizeof *ap);
	for (size_t v = 0; v < c->nvalues; v++)
		for (size_t k = 0; k < c->values[v].nmentions; k++) {
			const struct rec_figure *f =
			    &set->figures[c->values[v].mentions[k]];
			const struct rec_article *a =
			    records_article(set, f->article);
			if (a) {
				ap[n].a = a;
				ap[n].pos = n;
				n++;
			}
		}
	qsort(ap, n, sizeof *ap, cmp_art_pos);
	size_t u = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || ap[i].a != ap[i - 1].a)
			ap[u++] = ap[i];
	qsort(ap, u, sizeof *ap, cmp_pos);
	const struct rec_article **arts = xcalloc(u + 1, sizeof *arts);
	for (size_t i = 0; i < u; i++)
		arts[i] = ap[i].a;
	free(ap);
	*out = arts;
	return u;
}

static json_t *review(struct record_set *set, const struct conflict *c,
		      const char *today)
{
	json_t *r = json_object();
	json_object_set_new(r, "@context", json_string("https://schema.org"));
	json_object_set_new(r, "@type", json_string("ClaimReview"));
	char *words = claim_words(set, c);
	json_object_set_new(r, "claimReviewed", json_string(words));
	free(words);
	json_object_set_new(r, "datePublished", json_string(today));

	json_t *claim = json_object();
	json_object_set_new(claim, "@type", json_string("Claim"));
	const struct rec_article **arts;
	size_t n = claim_articles(set, c, &arts);
	json_t *apps = json_array();
	const struct rec_article *first = NULL;
	long long first_t = 0;
	for (size_t i = 0; i < n; i++) {
		json_array_append_new(apps, appearance(arts[i]));
		long long t;
		if (emit_claimreview_instant(arts[i]->published, &t) == 0 &&
		    (!first || t < first_t)) {
			first = arts[i];
			first_t = t;
		}
	}
	json_object_set_new(claim, "appearance", apps);
	if (first) {
		json_object_set_new(claim, "firstAppearance",
				    appearance(first));
		set_str(claim, "datePublished", first->published);
	}
	free(arts);
	json_object_set_new(r, "itemReviewed", claim);
	return r;
}

int emit_claimreview(FILE *out, struct record_set *set,
		     const struct conflict_list *cl, time_t today)
{
	char day[16];
	struct tm tm;
	if (!gmtime_r(&today, &tm) ||
	    !strftime(day, sizeof day, "%Y-%m-%d", &tm))
		return -1;
	json_t *arr = json_array();
	for (size_t i = 0; i < cl->n; i++)
		if (cl->items[i].status == STATUS_CONFLICT)
			json_array_append_new(arr,
					      review(set, &cl->items[i], day));
	int rc = json_dumpf(arr, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(arr);
	if (rc != 0 || fputc('\n', out) == EOF)
		return -1;
	return 0;
}
