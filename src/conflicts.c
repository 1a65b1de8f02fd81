/* conflicts.c - the reduce step: the same quantity across articles */
#include "conflicts.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "records.h"
#include "util.h"

const char *conflicts_status_name(enum conflict_status s)
{
	switch (s) {
	case STATUS_AGREE: return "agree";
	case STATUS_CONFLICT: return "conflict";
	case STATUS_OVER_TIME: return "over_time";
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
	{"a little more than", 1.0, 1.1}, {"a little over", 1.0, 1.1},
	{"slightly more than", 1.0, 1.1}, {"just over", 1.0, 1.1},
	{"just above", 1.0, 1.1},         {"a little less than", 0.9, 1.0},
	{"slightly less than", 0.9, 1.0}, {"just under", 0.9, 1.0},
	{"just below", 0.9, 1.0},         {"just shy of", 0.9, 1.0},
	{"nearly", 0.9, 1.0},             {"almost", 0.9, 1.0},
	{"close to", 0.9, 1.0},           {"approaching", 0.9, 1.0},
	{"more than", 1.0, 1.5},          {"over", 1.0, 1.5},
	{"above", 1.0, 1.5},              {"at least", 1.0, 1.5},
	{"upwards of", 1.0, 1.5},         {"in excess of", 1.0, 1.5},
	{"north of", 1.0, 1.5},           {"less than", 0.5, 1.0},
	{"under", 0.5, 1.0},              {"below", 0.5, 1.0},
	{"up to", 0.5, 1.0},              {"as much as", 0.5, 1.0},
	{"as many as", 0.5, 1.0},         {"at most", 0.5, 1.0},
	{"no more than", 0.5, 1.0},       {"fewer than", 0.5, 1.0},
};

/* Hedges of approximation: "about", "roughly", "some", ... */
static const char *const approx[] = {
	"about", "around", "roughly", "approximately", "some", "an estimated",
	"estimated", "circa", "approx.", "~", "or so", "give or take",
	"in the region of", "on the order of", "something like", NULL};

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

/* The single year (1900-2099) a sentence names, or 0 for none or many. */
static int sentence_year(const char *s)
{
	int year = 0;
	if (!s)
		return 0;
	for (const char *p = s; *p; p++) {
		if (!is_ascii_digit((unsigned char)p[0]) ||
		    (p > s && (is_ascii_digit((unsigned char)p[-1]) ||
			       p[-1] == '$' || p[-1] == '.' || p[-1] == ',')))
			continue;
		if (!is_ascii_digit((unsigned char)p[1]) ||
		    !is_ascii_digit((unsigned char)p[2]) ||
		    !is_ascii_digit((unsigned char)p[3]) ||
		    is_ascii_digit((unsigned char)p[4]) || p[4] == ',' ||
		    (p[4] == '.' && is_ascii_digit((unsigned char)p[5])))
			continue;
		int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 +
			(p[2] - '0') * 10 + (p[3] - '0');
		if (y < 1900 || y > 2099)
			continue;
		if (year && year != y)
			return 0;
		year = y;
	}
	return year;
}

static int year_of(const char *p)
{
	for (int i = 0; i < 4; i++)
		if (!is_ascii_digit((unsigned char)p[i]))
			return 0;
	return (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
	       (p[3] - '0');
}

static int published_year(const struct rec_article *a)
{
	if (!a || !a->published || strlen(a->published) < 4)
		return 0;
	return year_of(a->published);
}

/* A figure as the comparison sees it. */
struct mention {
	size_t fig;
	const char *key, *unit, *article, *sentence;
	double value, lo, hi;
	long long start;
	int year; /* 0: undated */
};

static int cmp_str(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

/* key, unit, article, position: the order mentions are listed in. */
static int cmp_mention(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	int c;
	if ((c = cmp_str(a->key, b->key)) || (c = cmp_str(a->unit, b->unit)) ||
	    (c = cmp_str(a->article, b->article)))
		return c;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->fig < b->fig ? -1 : a->fig > b->fig;
}

/* unit, value, then the listing order. */
static int cmp_value(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	int c = cmp_str(a->unit, b->unit);
	if (c)
		return c;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return cmp_mention(pa, pb);
}

static int cmp_year(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	return a->year < b->year ? -1 : a->year > b->year;
}

static int cmp_ptr_str(const void *a, const void *b)
{
	return cmp_str(*(const char *const *)a, *(const char *const *)b);
}

/* The tightest common range of a run of mentions; they disagree when
 * some upper bound lies below some lower bound. */
struct span {
	double max_lo, min_hi;
	size_t n;
};

static void span_add(struct span *s, const struct mention *m)
{
	if (!s->n || m->lo > s->max_lo)
		s->max_lo = m->lo;
	if (!s->n || m->hi < s->min_hi)
		s->min_hi = m->hi;
	s->n++;
}

static bool span_disagrees(const struct span *s)
{
	/* A relative epsilon keeps float noise from making a conflict. */
	return s->n > 1 && s->min_hi < s->max_lo -
					   1e-9 * fmax(fabs(s->max_lo), 1.0);
}

static struct span span_union(struct span a, const struct span *b)
{
	if (!b->n)
		return a;
	if (!a.n)
		return *b;
	a.max_lo = fmax(a.max_lo, b->max_lo);
	a.min_hi = fmin(a.min_hi, b->min_hi);
	a.n += b->n;
	return a;
}

/* Pairs compared one by one up to this group size; past it the spans of
 * whole runs are compared (same answer except for the same-sentence
 * rule, which needs pairs). */
#define PAIRWISE_MAX 400

/*
 * Statements that differ by more than this factor are read as two
 * quantities that happen to share a key ("the bridge costs $2 billion",
 * "the package costs $10 billion"), not as one quantity reported two
 * ways: a reporting discrepancy is a few percent to a factor of two.
 */
#define SAME_QUANTITY_RATIO 3.0

static bool comparable(const struct mention *a, const struct mention *b)
{
	double x = fabs(a->value), y = fabs(b->value);
	double lo = fmin(x, y), hi = fmax(x, y);
	return lo > 0 ? hi / lo <= SAME_QUANTITY_RATIO : hi == lo;
}

static bool disjoint(const struct mention *a, const struct mention *b)
{
	double eps = 1e-9 * fmax(fmax(fabs(a->value), fabs(b->value)), 1.0);
	return a->hi < b->lo - eps || b->hi < a->lo - eps;
}

/* Could two statements be of the same time? */
static bool same_time(const struct mention *a, const struct mention *b,
		      bool undated_shares)
{
	if (!cmp_str(a->article, b->article))
		return true;
	if (a->year && b->year)
		return abs(a->year - b->year) <= 1;
	return undated_shares;
}

/*
 * Mentions m[0..n) share key and unit. Decides whether they disagree at
 * all (*any) and within one time (*same). Two amounts in one sentence
 * are never compared: an article does not contradict itself within a
 * sentence, it states two quantities ("from $2 billion to $8 billion",
 * "40 percent of one cost and 90 percent of another").
 */
static void compare_unit(struct mention *m, size_t n, bool undated_shares,
			 bool *any, bool *same)
{
	if (n <= PAIRWISE_MAX) {
		for (size_t i = 0; i < n; i++)
			for (size_t j = i + 1; j < n; j++) {
				if (!cmp_str(m[i].article, m[j].article) &&
				    !cmp_str(m[i].sentence, m[j].sentence))
					continue;
				if (!comparable(&m[i], &m[j]) ||
				    !disjoint(&m[i], &m[j]))
					continue;
				*any = true;
				if (same_time(&m[i], &m[j], undated_shares)) {
					*same = true;
					return;
				}
			}
		return;
	}
	struct span all = {0, 0, 0};
	for (size_t i = 0; i < n; i++)
		span_add(&all, &m[i]);
	if (!span_disagrees(&all))
		return;
	*any = true;
	/* By year: a year and the next count as one time. */
	qsort(m, n, sizeof *m, cmp_year);
	struct span undated = {0, 0, 0};
	size_t i = 0;
	while (i < n && m[i].year == 0)
		span_add(&undated, &m[i++]);
	if (undated_shares && span_disagrees(&undated)) {
		*same = true;
		return;
	}
	struct span prev = {0, 0, 0};
	int prev_year = 0;
	while (i < n) {
		size_t j = i;
		struct span sp = {0, 0, 0};
		while (j < n && m[j].year == m[i].year)
			span_add(&sp, &m[j++]);
		struct span t = undated_shares ? span_union(sp, &undated) : sp;
		struct span adjacent = span_union(prev, &t);
		if (span_disagrees(&t) ||
		    (prev_year && m[i].year - prev_year == 1 &&
		     span_disagrees(&adjacent))) {
			*same = true;
			return;
		}
		prev = sp;
		prev_year = m[i].year;
		i = j;
	}
}

/* The most frequent non-null string among strs[0..n), ties to the
 * bytewise smallest, so the output does not depend on input order. */
static const char *most_common(const char **strs, size_t n)
{
	qsort(strs, n, sizeof *strs, cmp_ptr_str);
	const char *best = NULL;
	size_t best_n = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && !cmp_str(strs[j], strs[i]))
			j++;
		if (strs[i] && j - i > best_n) {
			best = strs[i];
			best_n = j - i;
		}
		i = j;
	}
	return best;
}

static size_t count_distinct(const char **strs, size_t n)
{
	qsort(strs, n, sizeof *strs, cmp_ptr_str);
	size_t d = 0;
	for (size_t i = 0; i < n; i++)
		if (strs[i] && (i == 0 || cmp_str(strs[i], strs[i - 1])))
			d++;
	return d;
}

static void build_group(struct record_set *set, struct mention *m, size_t n,
			bool undated_shares, const char **scratch,
			struct conflict_list *out, size_t *cap)
{
	for (size_t i = 0; i < n; i++)
		scratch[i] = m[i].article;
	size_t narticles = count_distinct(scratch, n);
	if (narticles < 2)
		return;

	struct conflict c;
	memset(&c, 0, sizeof c);
	c.key = m[0].key;
	c.kind = set->figures[m[0].fig].kind;
	c.narticles = narticles;
	for (size_t i = 0; i < n; i++)
		scratch[i] = set->figures[m[i].fig].subject;
	c.subject = most_common(scratch, n);
	for (size_t i = 0; i < n; i++)
		scratch[i] = m[i].unit;
	c.unit = most_common(scratch, n);

	bool any = false, same = false;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && !cmp_str(m[j].unit, m[i].unit))
			j++;
		/* Sorted by article within a unit already (cmp_mention). */
		compare_unit(m + i, j - i, undated_shares, &any, &same);
		i = j;
	}
	c.status = same ? STATUS_CONFLICT
			     : any ? STATUS_OVER_TIME : STATUS_AGREE;

	/* Distinct values, each with its mentions in listing order. */
	qsort(m, n, sizeof *m, cmp_value);
	size_t nvalues = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || cmp_str(m[i].unit, m[i - 1].unit) ||
		    m[i].value != m[i - 1].value)
			nvalues++;
	c.values = xcalloc(nvalues, sizeof *c.values);
	for (size_t i = 0, v = 0; i < n; v++) {
		size_t j = i;
		while (j < n && !cmp_str(m[j].unit, m[i].unit) &&
		       m[j].value == m[i].value)
			j++;
		struct conflict_value *cv = &c.values[v];
		cv->value = m[i].value;
		cv->unit = m[i].unit;
		cv->nmentions = j - i;
		cv->mentions = xmalloc((j - i) * sizeof *cv->mentions);
		for (size_t k = i; k < j; k++)
			cv->mentions[k - i] = m[k].fig;
		i = j;
	}
	c.nvalues = nvalues;

	if (out->n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		out->items = xrealloc(out->items, *cap * sizeof *out->items);
	}
	out->items[out->n++] = c;
}

static int status_rank(enum conflict_status s)
{
	return s == STATUS_CONFLICT ? 0 : s == STATUS_OVER_TIME ? 1 : 2;
}

/* Disputes first, then changes over time, then agreements; by key. */
static int cmp_conflict(const void *pa, const void *pb)
{
	const struct conflict *a = pa, *b = pb;
	int c = status_rank(a->status) - status_rank(b->status);
	return c ? c : cmp_str(a->key, b->key);
}

void conflicts_compute(struct record_set *set, struct conflict_list *out)
{
	memset(out, 0, sizeof *out);
	size_t n = 0, cap = 0;
	struct mention *m = xmalloc((set->nfigures + 1) * sizeof *m);
	int min_year = 0, max_year = 0;
	for (size_t i = 0; i < set->narticles; i++) {
		int y = published_year(&set->articles[i]);
		if (!y)
			continue;
		if (!min_year || y < min_year)
			min_year = y;
		if (y > max_year)
			max_year = y;
	}
	/* Undated articles are taken to be of the run's one period, when it
	 * has one; a run spanning years leaves them undatable. */
	bool undated_shares = max_year - min_year <= 1;

	for (size_t i = 0; i < set->nfigures; i++) {
		const struct rec_figure *f = &set->figures[i];
		if (!f->key || !f->article)
			continue;
		struct mention *x = &m[n++];
		x->fig = i;
		x->key = f->key;
		x->unit = f->unit;
		x->article = f->article;
		x->sentence = f->sentence;
		x->value = f->value;
		x->start = f->start;
		conflicts_interval(f->value, f->hedge, f->text, &x->lo, &x->hi);
		x->year = sentence_year(f->sentence);
		if (!x->year)
			x->year = published_year(records_article(set, f->article));
	}
	qsort(m, n, sizeof *m, cmp_mention);
	const char **scratch = xmalloc((n + 1) * sizeof *scratch);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && !cmp_str(m[j].key, m[i].key))
			j++;
		/* compare_unit needs article order within each unit, which
		 * cmp_mention gives; build_group reorders only its slice. */
		build_group(set, m + i, j - i, undated_shares, scratch, out,
			    &cap);
		i = j;
	}
	free(scratch);
	free(m);
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
	memset(list, 0, sizeof *list);
}
