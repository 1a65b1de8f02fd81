/* conflicts.c - the reduce step: the same quantity across articles */
#include "conflicts.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "records.h"
#include "stories.h"
#include "util.h"

const char *conflicts_status_name(enum conflict_status s)
{
	switch (s) {
	case STATUS_AGREE:
		return "agree";
	case STATUS_CONFLICT:
		return "conflict";
	case STATUS_OVER_TIME:
		return "over_time";
	}
	return "agree";
}

/*
 * What a hedge allows, as factors of the stated value. Ordered so that
 * the longer phrase is tried first ("a little more than" before "more
 * than"). Upper bounds of open-ended hedges are capped: "more than $8
 * billion" fits $8.5 billion, but a reader would not accept $20 billion
 * as the same figure.
 */
static const struct {
	const char *hedge;
	double lo, hi;
} hedges[] = {
    {"a little more than", 1.0, 1.1},
    {"a little over", 1.0, 1.1},
    {"slightly more than", 1.0, 1.1},
    {"just over", 1.0, 1.1},
    {"just above", 1.0, 1.1},
    {"a little less than", 0.9, 1.0},
    {"slightly less than", 0.9, 1.0},
    {"just under", 0.9, 1.0},
    {"just below", 0.9, 1.0},
    {"just shy of", 0.9, 1.0},
    {"nearly", 0.9, 1.0},
    {"almost", 0.9, 1.0},
    {"close to", 0.9, 1.0},
    {"approaching", 0.9, 1.0},
    {"more than", 1.0, 1.5},
    {"over", 1.0, 1.5},
    {"above", 1.0, 1.5},
    {"at least", 1.0, 1.5},
    {"upwards of", 1.0, 1.5},
    {"in excess of", 1.0, 1.5},
    {"north of", 1.0, 1.5},
    {"less than", 0.5, 1.0},
    {"under", 0.5, 1.0},
    {"below", 0.5, 1.0},
    {"up to", 0.5, 1.0},
    {"as much as", 0.5, 1.0},
    {"as many as", 0.5, 1.0},
    {"at most", 0.5, 1.0},
    {"no more than", 0.5, 1.0},
    {"fewer than", 0.5, 1.0},
};

/* Hedges of approximation: "about", "roughly", "some", ... */
static const char *const approx[] = {"about",
				     "around",
				     "roughly",
				     "approximately",
				     "some",
				     "an estimated",
				     "estimated",
				     "circa",
				     "approx.",
				     "~",
				     "or so",
				     "give or take",
				     "in the region of",
				     "on the order of",
				     "something like",
				     NULL};

/* Half a unit of the last decimal written in the amount: "$4.7 billion"
 * with value 4.7e9 gives 0.05e9; whole numbers give 0 (taken as exact). */
static double rounding_margin(double value, const char *text)
{
	if (!text)
		return 0;
	const char *p = text;
	while (*p && !is_ascii_digit((unsigned char)*p))
		p++;
	double mantissa = 0;
	int decimals = -1;
	for (; *p; p++) {
		if (is_ascii_digit((unsigned char)*p)) {
			mantissa = mantissa * 10 + (*p - '0');
			if (decimals >= 0)
				decimals++;
		} else if (*p == '.' && decimals < 0 &&
			   is_ascii_digit((unsigned char)p[1])) {
			decimals = 0;
		} else if (*p != ',') {
			break;
		}
	}
	if (decimals <= 0 || mantissa == 0)
		return 0;
	double written = mantissa / pow(10, decimals);
	double scale = value / written; /* billion, million, ... */
	return 0.5 * pow(10, -decimals) * scale;
}

void conflicts_interval(double value, const char *hedge, const char *text,
			double *lo, double *hi)
{
	double m = fabs(rounding_margin(value, text));
	*lo = value - m;
	*hi = value + m;
	if (!hedge || !*hedge)
		return;
	for (size_t i = 0; approx[i]; i++)
		if (!strcmp(hedge, approx[i])) {
			*lo = fmin(*lo, value * 0.9);
			*hi = fmax(*hi, value * 1.1);
			return;
		}
	for (size_t i = 0; i < sizeof hedges / sizeof hedges[0]; i++)
		if (!strcmp(hedge, hedges[i].hedge)) {
			*lo = fmin(value * hedges[i].lo, *lo);
			*hi = fmax(value * hedges[i].hi, *hi);
			/* The bound itself is what the hedge is about. */
			if (hedges[i].lo == 1.0)
				*lo = value;
			if (hedges[i].hi == 1.0)
				*hi = value;
			return;
		}
	/* An unknown qualifier: read as approximate rather than exact. */
	*lo = fmin(*lo, value * 0.9);
	*hi = fmax(*hi, value * 1.1);
}

/* One figure as the comparison sees it. */
struct stmt {
	size_t fig;	/* index into set->figures */
	size_t article; /* index into set->articles */
	size_t story;
	size_t source; /* its copy group: the first article of it */
	double lo, hi;
};

/* The same string, both absent included. */
static bool same_str(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return !strcmp(a, b);
}

/* Is word w (length n) one of the space-separated words of s? */
static bool has_word(const char *s, const char *w, size_t n)
{
	for (const char *p = s; *p;) {
		const char *e = strchr(p, ' ');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == n && !memcmp(p, w, n))
			return true;
		p += l + (e != NULL);
	}
	return false;
}

/* The last word of a thing: its head noun. */
static const char *head_of(const char *s, size_t *n)
{
	const char *sp = strrchr(s, ' ');
	const char *h = sp ? sp + 1 : s;
	*n = strlen(h);
	return h;
}

/* Do two things name one thing: the head of either is a word of the
 * other ("relief" and "relief package", "military aid" and "aid
 * package")? */
static bool things_meet(const char *a, const char *b)
{
	size_t n;
	const char *h = head_of(a, &n);
	if (has_word(b, h, n))
		return true;
	h = head_of(b, &n);
	return has_word(a, h, n);
}

/* How many words of thing a are words of thing b. */
static size_t shared_words(const char *a, const char *b)
{
	size_t n = 0;
	for (const char *p = a; *p;) {
		const char *e = strchr(p, ' ');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		n += has_word(b, p, l);
		p += l + (e != NULL);
	}
	return n;
}

size_t conflicts_claims_match(const char *kind, const struct claim *a,
			      const struct claim *b, char *why, size_t cap)
{
	if (!same_str(a->role, b->role) || !same_str(a->span, b->span))
		return 0;
	if (a->purpose && b->purpose && strcmp(a->purpose, b->purpose))
		return 0;
	if (a->towards && b->towards && strcmp(a->towards, b->towards))
		return 0;
	bool thing_both = a->thing && b->thing;
	bool thing_match = thing_both && things_meet(a->thing, b->thing);
	bool thing_clash = thing_both && !thing_match;
	bool action_eq =
	    a->action && b->action && !strcmp(a->action, b->action);
	/* "doubles", "rises": a change says nothing of what changes */
	bool weak = action_eq && !strncmp(a->action, "change-", 7);
	bool troops = kind && !strcmp(kind, "troops");
	bool ok = troops ? action_eq && !thing_clash
			 : thing_match || (action_eq && !weak && !thing_clash);
	if (!ok)
		return 0;
	/* the evidence: shared words of the thing, the act, and every
	 * other field both state alike */
	size_t strength = thing_match ? shared_words(a->thing, b->thing) : 0;
	if (action_eq && (!weak || thing_match))
		strength++;
	bool same_purpose = a->purpose && b->purpose;
	bool same_towards = a->towards && b->towards;
	bool same_when = a->when && b->when && !strcmp(a->when, b->when);
	strength += same_purpose + same_towards + same_when + (a->span != NULL);
	/* both in their article's lede: each article's main quantity */
	bool both_lead = a->lead && b->lead;
	strength += both_lead;
	if (strength < CONFLICTS_MIN_EVIDENCE)
		return 0;
	if (why && cap) {
		size_t n = 0;
		why[0] = 0;
#define WHY(...)                                                               \
	do {                                                                   \
		int k_ = snprintf(why + n, cap - n, __VA_ARGS__);              \
		if (k_ > 0 && (size_t)k_ < cap - n)                            \
			n += (size_t)k_;                                       \
	} while (0)
		if (thing_match)
			WHY("thing: %s / %s", a->thing, b->thing);
		if (action_eq)
			WHY("%saction: %s", n ? "; " : "", a->action);
		if (same_purpose)
			WHY("%spurpose: %s", n ? "; " : "", a->purpose);
		if (same_towards)
			WHY("%stowards: %s", n ? "; " : "", a->towards);
		if (same_when)
			WHY("%swhen: %s", n ? "; " : "", a->when);
		if (a->span)
			WHY("%sspan: %s", n ? "; " : "", a->span);
		if (a->role)
			WHY("%srole: %s", n ? "; " : "", a->role);
		if (both_lead)
			WHY("%sboth in the lede", n ? "; " : "");
#undef WHY
	}
	return strength;
}

static size_t uf_find(size_t *p, size_t i)
{
	while (p[i] != i) {
		p[i] = p[p[i]];
		i = p[i];
	}
	return i;
}

static void uf_union(size_t *p, size_t a, size_t b)
{
	a = uf_find(p, a);
	b = uf_find(p, b);
	if (a != b) {
		if (a < b)
			p[b] = a;
		else
			p[a] = b;
	}
}

/* A disagreement found between two statements: the first of each
 * component explains its conflict record. */
struct edge {
	size_t a, b; /* indices into the statement array */
	bool over_time;
};

/* A statement's sort key: its bucket (story, kind, unit) then value. */
struct skey {
	size_t story;
	const char *kind, *unit; /* interned: compared by content */
	double value;
	const char *article; /* ties: the article id, then the offset */
	long long start;
	size_t idx;
};

static int cmp_skey(const void *pa, const void *pb)
{
	const struct skey *a = pa, *b = pb;
	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	int c = strcmp(a->kind, b->kind);
	if (c)
		return c;
	c = strcmp(a->unit, b->unit);
	if (c)
		return c;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	/* equal values: an order that does not depend on the order the
	 * records were read in */
	c = strcmp(a->article, b->article);
	if (c)
		return c;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static bool same_bucket(const struct skey *a, const struct skey *b)
{
	return a->story == b->story && !strcmp(a->kind, b->kind) &&
	       !strcmp(a->unit, b->unit);
}

static int cmp_member(const void *pa, const void *pb)
{
	const size_t *a = pa, *b = pb;
	if (a[0] != b[0])
		return a[0] < b[0] ? -1 : 1;
	return a[1] < b[1] ? -1 : a[1] > b[1];
}

static int status_rank(enum conflict_status s)
{
	return s == STATUS_CONFLICT ? 0 : s == STATUS_OVER_TIME ? 1 : 2;
}

static int cmp_conflict(const void *pa, const void *pb)
{
	const struct conflict *a = pa, *b = pb;
	int ra = status_rank(a->status), rb = status_rank(b->status);
	if (ra != rb)
		return ra - rb;
	if (a->story != b->story)
		return a->story < b->story ? -1 : 1;
	int c = strcmp(a->key ? a->key : "", b->key ? b->key : "");
	if (c)
		return c;
	c = strcmp(a->unit ? a->unit : "", b->unit ? b->unit : "");
	if (c)
		return c;
	if (a->values[0].value != b->values[0].value)
		return a->values[0].value < b->values[0].value ? -1 : 1;
	return strcmp(a->first, b->first);
}

/* Builds the record of one component: members m[0..n) (statement
 * indices sorted by value), its first disagreement e (or NULL). */
static void build_record(struct record_set *set, const struct stmt *st,
			 const size_t *m, size_t n, const struct edge *e,
			 enum conflict_status status,
			 const struct story_list *stories,
			 struct conflict_list *out)
{
	const struct rec_figure *f0 = &set->figures[st[m[0]].fig];
	struct conflict c;
	memset(&c, 0, sizeof c);
	c.kind = f0->kind;
	c.unit = f0->unit;
	c.status = status;
	c.story = st[m[0]].story;
	/* the claim fields every statement shares */
	c.claim = f0->claim;
	for (size_t i = 1; i < n; i++) {
		const struct claim *o = &set->figures[st[m[i]].fig].claim;
		const char **mine[] = {&c.claim.thing,	 &c.claim.action,
				       &c.claim.purpose, &c.claim.holder,
				       &c.claim.towards, &c.claim.when,
				       &c.claim.span,	 &c.claim.role};
		const char *const theirs[] = {o->thing,	 o->action,  o->purpose,
					      o->holder, o->towards, o->when,
					      o->span,	 o->role};
		for (size_t k = 0; k < 8; k++)
			if (*mine[k] &&
			    (!theirs[k] || strcmp(*mine[k], theirs[k])))
				*mine[k] =
				    k == 0 && theirs[k] &&
					    things_meet(*mine[k], theirs[k])
					? *mine[k]
					: NULL;
	}
	c.key = arena_printf(set->arena, "%s/%s/%s/%s",
			     stories->items[c.story].id, c.kind,
			     c.claim.thing    ? c.claim.thing
			     : c.claim.action ? c.claim.action
					      : "-",
			     c.claim.when ? c.claim.when : "-");
	c.subject = f0->subject;
	/* its first statement, to order records of one story, key and
	 * value whatever order the records were read in */
	c.first = arena_printf(set->arena, "%s/%lld",
			       f0->article ? f0->article : "", f0->start);
	/* values: statements of one value together */
	c.values = xcalloc(n, sizeof *c.values);
	size_t *seen_src = xmalloc(n * sizeof *seen_src);
	size_t nsrc = 0;
	for (size_t i = 0; i < n; i++) {
		const struct rec_figure *f = &set->figures[st[m[i]].fig];
		struct conflict_value *v = NULL;
		for (size_t k = 0; k < c.nvalues; k++)
			if (c.values[k].value == f->value)
				v = &c.values[k];
		if (!v) {
			v = &c.values[c.nvalues++];
			v->value = f->value;
			v->unit = f->unit;
			v->mentions = xmalloc(n * sizeof *v->mentions);
			v->lo = st[m[i]].lo;
			v->hi = st[m[i]].hi;
		}
		v->mentions[v->nmentions++] = st[m[i]].fig;
		if (st[m[i]].lo > v->lo)
			v->lo = st[m[i]].lo;
		if (st[m[i]].hi < v->hi)
			v->hi = st[m[i]].hi;
		bool dup = false;
		for (size_t k = 0; k < nsrc && !dup; k++)
			dup = seen_src[k] == st[m[i]].source;
		if (!dup)
			seen_src[nsrc++] = st[m[i]].source;
	}
	free(seen_src);
	c.nsources = nsrc;
	size_t *arts = xmalloc(n * sizeof *arts);
	size_t na = 0;
	for (size_t i = 0; i < n; i++) {
		bool dup = false;
		for (size_t k = 0; k < na && !dup; k++)
			dup = arts[k] == st[m[i]].article;
		if (!dup)
			arts[na++] = st[m[i]].article;
	}
	free(arts);
	c.narticles = na;
	/* why one quantity, why they disagree, how sure */
	char why[512];
	if (e) {
		const struct stmt *a = &st[e->a], *b = &st[e->b];
		const struct rec_figure *fa = &set->figures[a->fig];
		const struct rec_figure *fb = &set->figures[b->fig];
		size_t strength = conflicts_claims_match(
		    c.kind, &fa->claim, &fb->claim, why, sizeof why);
		c.matched = arena_strdup(set->arena, why);
		c.reason = arena_printf(
		    set->arena,
		    "%s %.15g allows [%.15g, %.15g]; %s %.15g allows "
		    "[%.15g, %.15g]: no value fits both%s",
		    fa->unit, fa->value, a->lo, a->hi, fb->unit, fb->value,
		    b->lo, b->hi,
		    e->over_time ? ", and they are stated for different times"
				 : ", for the same time");
		/* two pieces of evidence are the least a match has */
		double conf = 0.5 + 0.1 * (double)strength;
		/* a value several sources repeat is less likely a typo */
		if (nsrc >= 3)
			conf += 0.1;
		c.confidence = conf > 0.95 ? 0.95 : conf;
	} else {
		c.matched = NULL;
		c.reason = NULL;
		c.confidence = 0;
		/* an agreement: the first pair's matched fields */
		if (n >= 2) {
			const struct rec_figure *fa =
			    &set->figures[st[m[0]].fig];
			const struct rec_figure *fb =
			    &set->figures[st[m[1]].fig];
			if (conflicts_claims_match(c.kind, &fa->claim,
						   &fb->claim, why, sizeof why))
				c.matched = arena_strdup(set->arena, why);
		}
	}
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 64;
		out->items =
		    xrealloc(out->items, out->cap * sizeof *out->items);
	}
	out->items[out->n++] = c;
}

/* Statements compared with each one: the window of the sorted bucket
 * above it (bounded so that a bucket of one repeated value costs linear
 * time). */
#define WINDOW_MAX 64

void conflicts_compute(struct record_set *set, struct conflict_list *out)
{
	memset(out, 0, sizeof *out);
	stories_build(set, &out->stories);
	const struct story_list *sl = &out->stories;
	size_t nf = set->nfigures;
	struct stmt *st = xmalloc((nf + 1) * sizeof *st);
	struct skey *keys = xmalloc((nf + 1) * sizeof *keys);
	size_t n = 0;
	for (size_t i = 0; i < nf; i++) {
		const struct rec_figure *f = &set->figures[i];
		if (!f->kind || !f->unit || !isfinite(f->value) ||
		    f->value <= 0 || (!f->claim.thing && !f->claim.action))
			continue;
		const struct rec_article *a = records_article(set, f->article);
		if (!a)
			continue;
		size_t ai = (size_t)(a - set->articles);
		st[n].fig = i;
		st[n].article = ai;
		st[n].story = sl->of_article[ai];
		st[n].source = sl->copy_of[ai];
		conflicts_interval(f->value, f->hedge, f->text, &st[n].lo,
				   &st[n].hi);
		keys[n] = (struct skey){
		    st[n].story,	f->kind,  f->unit, f->value,
		    a->id ? a->id : "", f->start, n};
		n++;
	}
	qsort(keys, n, sizeof *keys, cmp_skey);
	size_t *parent = xmalloc((n + 1) * sizeof *parent);
	for (size_t i = 0; i < n; i++)
		parent[i] = i;
	struct edge *edges = NULL;
	size_t nedges = 0, cap_edges = 0;
	for (size_t x = 0; x < n; x++) {
		const struct stmt *a = &st[keys[x].idx];
		const struct rec_figure *fa = &set->figures[a->fig];
		for (size_t y = x + 1; y < n && y <= x + WINDOW_MAX &&
				       same_bucket(&keys[x], &keys[y]);
		     y++) {
			const struct stmt *b = &st[keys[y].idx];
			const struct rec_figure *fb = &set->figures[b->fig];
			/* sorted by value: nothing above this can meet */
			if (b->lo > a->hi &&
			    fb->value > fa->value * CONFLICTS_RATIO_MAX)
				break;
			/* copies of one text are one source */
			if (a->source == b->source && a->article != b->article)
				continue;
			if (a->article != b->article &&
			    !stories_linked(sl, a->article, b->article))
				continue;
			bool overlap = a->lo <= b->hi && b->lo <= a->hi;
			/* one article does not contradict itself: two
			 * values there are two quantities */
			if (a->article == b->article && !overlap)
				continue;
			if (!conflicts_claims_match(fa->kind, &fa->claim,
						    &fb->claim, NULL, 0))
				continue;
			bool when_known = fa->claim.when && fb->claim.when;
			if (!same_str(fa->claim.when, fb->claim.when) &&
			    !when_known)
				continue; /* one dated, one not: cannot tell */
			uf_union(parent, keys[x].idx, keys[y].idx);
			if (overlap)
				continue;
			if (nedges == cap_edges) {
				cap_edges = cap_edges ? cap_edges * 2 : 64;
				edges =
				    xrealloc(edges, cap_edges * sizeof *edges);
			}
			edges[nedges++] = (struct edge){
			    keys[x].idx, keys[y].idx,
			    !same_str(fa->claim.when, fb->claim.when)};
		}
	}
	/* components, each sorted by value */
	size_t(*mem)[2] = xmalloc((n + 1) * sizeof *mem);
	for (size_t x = 0; x < n; x++) {
		mem[x][0] = uf_find(parent, keys[x].idx);
		mem[x][1] = x; /* position in value order */
	}
	qsort(mem, n, sizeof *mem, cmp_member);
	/* first disagreement of each root */
	size_t *first_edge = xmalloc((n + 1) * sizeof *first_edge);
	for (size_t i = 0; i < n; i++)
		first_edge[i] = (size_t)-1;
	for (size_t k = 0; k < nedges; k++) {
		size_t r = uf_find(parent, edges[k].a);
		size_t cur = first_edge[r];
		/* a same-time disagreement explains better than a change */
		if (cur == (size_t)-1 ||
		    (edges[cur].over_time && !edges[k].over_time))
			first_edge[r] = k;
	}
	size_t *m = xmalloc((n + 1) * sizeof *m);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && mem[j][0] == mem[i][0])
			j++;
		size_t cnt = 0;
		size_t src0 = (size_t)-1;
		bool two_sources = false;
		for (size_t k = i; k < j; k++) {
			size_t si = keys[mem[k][1]].idx;
			m[cnt++] = si;
			if (src0 == (size_t)-1)
				src0 = st[si].source;
			else if (st[si].source != src0)
				two_sources = true;
		}
		if (two_sources) {
			size_t fe = first_edge[mem[i][0]];
			enum conflict_status status =
			    fe == (size_t)-1	  ? STATUS_AGREE
			    : edges[fe].over_time ? STATUS_OVER_TIME
						  : STATUS_CONFLICT;
			build_record(set, st, m, cnt,
				     fe == (size_t)-1 ? NULL : &edges[fe],
				     status, sl, out);
		}
		i = j;
	}
	free(m);
	free(first_edge);
	free(mem);
	free(edges);
	free(parent);
	free(keys);
	free(st);
	if (out->n)
		qsort(out->items, out->n, sizeof *out->items, cmp_conflict);
}

void conflicts_free(struct conflict_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		for (size_t v = 0; v < list->items[i].nvalues; v++)
			free(list->items[i].values[v].mentions);
		free(list->items[i].values);
	}
	free(list->items);
	stories_free(&list->stories);
	memset(list, 0, sizeof *list);
}
