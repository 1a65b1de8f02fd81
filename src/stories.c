/* stories.c - articles about one event, grouped from their signatures */
#include "stories.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dedup.h"
#include "records.h"
#include "util.h"

/* One feature of one article. */
struct posting {
	uint64_t h;
	uint32_t article;
	float weight;
};

static int cmp_posting(const void *a, const void *b)
{
	const struct posting *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->article < y->article ? -1 : x->article > y->article;
}

/* A candidate neighbour and the weight of one shared feature. */
struct cand {
	uint32_t article;
	float w;
};

static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	return x->article < y->article ? -1 : x->article > y->article;
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
	if (a == b)
		return;
	if (a < b)
		p[b] = a;
	else
		p[a] = b;
}

static uint64_t feature_hash(char type, const char *s)
{
	char buf[256];
	size_t n = 0;
	buf[n++] = type;
	for (; *s && n < sizeof buf; s++)
		buf[n++] = (char)ascii_lower((unsigned char)*s);
	return hash64(buf, n);
}

static void add_postings(struct posting **v, size_t *n, size_t *cap,
			 uint32_t article, char type, const char **items,
			 size_t k, float w)
{
	for (size_t i = 0; i < k; i++) {
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 1024;
			*v = xrealloc(*v, *cap * sizeof **v);
		}
		(*v)[(*n)++] =
		    (struct posting){feature_hash(type, items[i]), article, w};
	}
}

/* Are two articles close enough in time to be one story? */
static bool near_in_time(const struct rec_article *a,
			 const struct rec_article *b)
{
	if (a->day == REC_NO_DAY || b->day == REC_NO_DAY)
		return true;
	long d = a->day - b->day;
	return d <= STORIES_MAX_DAYS && d >= -STORIES_MAX_DAYS;
}

static int cmp_str_ptr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Name counts for a story's main actors. */
struct name_count {
	const char *name;
	size_t count;
};

static void story_actors(const struct record_set *set, struct story *st)
{
	struct name_count nc[64];
	size_t nn = 0;
	for (size_t i = 0; i < st->narticles && i < 64; i++) {
		const struct rec_article *a = &set->articles[st->articles[i]];
		for (size_t k = 0; k < a->nnames && k < 8; k++) {
			size_t j = 0;
			while (j < nn && strcmp(nc[j].name, a->names[k]))
				j++;
			if (j == nn) {
				if (nn == 64)
					continue;
				nc[nn++] = (struct name_count){a->names[k], 0};
			}
			nc[j].count++;
		}
	}
	st->nactors = 0;
	while (st->nactors < 5) {
		size_t best = nn;
		for (size_t j = 0; j < nn; j++)
			if (nc[j].count &&
			    (best == nn || nc[j].count > nc[best].count ||
			     (nc[j].count == nc[best].count &&
			      strcmp(nc[j].name, nc[best].name) < 0)))
				best = j;
		if (best == nn)
			break;
		st->actors[st->nactors++] = nc[best].name;
		nc[best].count = 0;
	}
}

/* Sorting context: qsort has none, so the comparators get pairs. */
struct art_ref {
	const char *id;
	size_t index;
};

static int cmp_art_ref(const void *a, const void *b)
{
	const struct art_ref *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	return c ? c : (x->index < y->index ? -1 : x->index > y->index);
}

static int cmp_story_id(const void *a, const void *b)
{
	return strcmp(((const struct story *)a)->id,
		      ((const struct story *)b)->id);
}

/* Each story's articles in order of their ids. */
static void sort_articles(const struct record_set *set, struct story_list *out)
{
	for (size_t s = 0; s < out->n; s++) {
		struct story *st = &out->items[s];
		struct art_ref *r = xmalloc((st->narticles + 1) * sizeof *r);
		for (size_t k = 0; k < st->narticles; k++) {
			const char *id = set->articles[st->articles[k]].id;
			r[k] = (struct art_ref){id ? id : "", st->articles[k]};
		}
		qsort(r, st->narticles, sizeof *r, cmp_art_ref);
		for (size_t k = 0; k < st->narticles; k++)
			st->articles[k] = r[k].index;
		free(r);
	}
}

/* Stories in order of their ids. */
static void sort_stories(struct story_list *out)
{
	qsort(out->items, out->n, sizeof *out->items, cmp_story_id);
	for (size_t s = 0; s < out->n; s++)
		for (size_t k = 0; k < out->items[s].narticles; k++)
			out->of_article[out->items[s].articles[k]] = s;
}

void stories_build(struct record_set *set, struct story_list *out)
{
	memset(out, 0, sizeof *out);
	size_t n = set->narticles;
	out->copy_of = xmalloc((n + 1) * sizeof *out->copy_of);
	out->of_article = xmalloc((n + 1) * sizeof *out->of_article);
	dedup_find(set, out->copy_of);
	size_t *parent = xmalloc((n + 1) * sizeof *parent);
	for (size_t i = 0; i < n; i++)
		parent[i] = out->copy_of[i];

	/* postings: every feature of every article that is not a copy */
	struct posting *post = NULL;
	size_t np = 0, cap = 0;
	for (size_t i = 0; i < n; i++) {
		const struct rec_article *a = &set->articles[i];
		if (out->copy_of[i] != i)
			continue;
		add_postings(&post, &np, &cap, (uint32_t)i, 'n', a->names,
			     a->nnames, 2.0f);
		add_postings(&post, &np, &cap, (uint32_t)i, 'p', a->places,
			     a->nplaces, 0.5f);
		/* a speaker is the same feature as a name, weighed less */
		add_postings(&post, &np, &cap, (uint32_t)i, 'n', a->speakers,
			     a->nspeakers, 1.0f);
		add_postings(&post, &np, &cap, (uint32_t)i, 'u', a->numbers,
			     a->nnumbers, 2.0f);
		add_postings(&post, &np, &cap, (uint32_t)i, 't', a->terms,
			     a->nterms, 1.0f);
	}
	if (np)
		qsort(post, np, sizeof *post, cmp_posting);
	/* one posting per (feature, article); weight times rarity */
	size_t m = 0;
	for (size_t i = 0; i < np; i++)
		if (!m || post[m - 1].h != post[i].h ||
		    post[m - 1].article != post[i].article)
			post[m++] = post[i];
	np = m;
	size_t ndocs = 0;
	for (size_t i = 0; i < n; i++)
		ndocs += out->copy_of[i] == i;
	/* per article, its postings (as ranges of the sorted array) */
	size_t *by_art = xmalloc((np + 1) * sizeof *by_art);
	size_t *start = xcalloc(n + 1, sizeof *start);
	for (size_t i = 0; i < np;) {
		size_t j = i;
		while (j < np && post[j].h == post[i].h)
			j++;
		size_t df = j - i;
		/* a small batch says little about how common a feature is:
		 * it is read as part of at least STORIES_MIN_DOCS articles */
		size_t docs =
		    ndocs > STORIES_MIN_DOCS ? ndocs : STORIES_MIN_DOCS;
		float idf = (float)log((double)(docs + 1) / (double)df);
		for (size_t k = i; k < j; k++)
			post[k].weight = df > STORIES_MAX_DF || df < 2
					     ? 0.0f
					     : post[k].weight * idf;
		i = j;
	}
	double *self = xcalloc(n + 1, sizeof *self);
	for (size_t i = 0; i < np; i++) {
		start[post[i].article + 1]++;
		self[post[i].article] += post[i].weight;
	}
	for (size_t i = 0; i < n; i++)
		start[i + 1] += start[i];
	size_t *fill = xmalloc((n + 1) * sizeof *fill);
	memcpy(fill, start, (n + 1) * sizeof *fill);
	for (size_t i = 0; i < np; i++)
		by_art[fill[post[i].article]++] = i;
	free(fill);

	/* candidates of each article from its features' posting lists */
	struct cand *cv = NULL;
	size_t ccap = 0, lcap = 0;
	for (size_t a = 0; a < n; a++) {
		size_t nc = 0;
		for (size_t k = start[a]; k < start[a + 1]; k++) {
			size_t p = by_art[k];
			if (post[p].weight <= 0)
				continue;
			/* the feature's posting list around p */
			size_t lo = p, hi = p + 1;
			while (lo > 0 && post[lo - 1].h == post[p].h)
				lo--;
			while (hi < np && post[hi].h == post[p].h)
				hi++;
			for (size_t q = lo; q < hi; q++) {
				if (post[q].article <= a)
					continue; /* each pair once */
				if (nc == ccap) {
					ccap = ccap ? ccap * 2 : 256;
					cv = xrealloc(cv, ccap * sizeof *cv);
				}
				cv[nc++] = (struct cand){post[q].article,
							 post[p].weight};
			}
		}
		if (!nc)
			continue;
		qsort(cv, nc, sizeof *cv, cmp_cand);
		for (size_t i = 0; i < nc;) {
			size_t j = i;
			double score = 0;
			while (j < nc && cv[j].article == cv[i].article)
				score += cv[j++].w;
			const struct rec_article *x = &set->articles[a];
			const struct rec_article *y =
			    &set->articles[cv[i].article];
			double smaller = fmin(self[a], self[cv[i].article]);
			if (score >= STORIES_MIN_SCORE &&
			    score >= STORIES_MIN_SHARE * smaller &&
			    near_in_time(x, y)) {
				uf_union(parent, a, cv[i].article);
				if (out->nlinks == lcap) {
					lcap = lcap ? lcap * 2 : 256;
					out->links =
					    xrealloc(out->links,
						     lcap * sizeof *out->links);
				}
				out->links[out->nlinks][0] = a;
				out->links[out->nlinks][1] = cv[i].article;
				out->nlinks++;
			}
			i = j;
		}
	}
	free(cv);
	free(self);
	free(by_art);
	free(start);
	free(post);

	/* stories: the groups, in order of their first article */
	size_t *root_story = xmalloc((n + 1) * sizeof *root_story);
	for (size_t i = 0; i < n; i++)
		root_story[i] = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		size_t r = uf_find(parent, i);
		if (root_story[r] == (size_t)-1) {
			root_story[r] = out->n++;
		}
		out->of_article[i] = root_story[r];
	}
	out->items = xcalloc(out->n + 1, sizeof *out->items);
	for (size_t i = 0; i < n; i++)
		out->items[out->of_article[i]].narticles++;
	for (size_t s = 0; s < out->n; s++) {
		out->items[s].articles =
		    xmalloc((out->items[s].narticles + 1) * sizeof(size_t));
		out->items[s].narticles = 0;
		out->items[s].day_first = REC_NO_DAY;
		out->items[s].day_last = REC_NO_DAY;
	}
	for (size_t i = 0; i < n; i++) {
		struct story *st = &out->items[out->of_article[i]];
		const struct rec_article *a = &set->articles[i];
		st->articles[st->narticles++] = i;
		st->sources += out->copy_of[i] == i;
		if (a->day != REC_NO_DAY) {
			if (st->day_first == REC_NO_DAY ||
			    a->day < st->day_first)
				st->day_first = a->day;
			if (st->day_last == REC_NO_DAY || a->day > st->day_last)
				st->day_last = a->day;
		}
	}
	sort_articles(set, out);
	for (size_t s = 0; s < out->n; s++) {
		struct story *st = &out->items[s];
		/* the id: a hash of the sorted ids of its articles, so the
		 * same articles give the same story in every run */
		uint64_t h = 1469598103934665603ULL;
		const char **ids = xmalloc((st->narticles + 1) * sizeof *ids);
		size_t nid = 0;
		for (size_t k = 0; k < st->narticles; k++)
			if (set->articles[st->articles[k]].id)
				ids[nid++] = set->articles[st->articles[k]].id;
		qsort(ids, nid, sizeof *ids, cmp_str_ptr);
		for (size_t k = 0; k < nid; k++)
			h = (h ^ hash64(ids[k], strlen(ids[k]))) *
			    1099511628211ULL;
		free(ids);
		snprintf(st->id, sizeof st->id, "s%012llx",
			 (unsigned long long)(h & 0xffffffffffffULL));
		/* its title: the earliest dated article with a title */
		st->title_article = st->articles[0];
		for (size_t k = 0; k < st->narticles; k++) {
			const struct rec_article *a =
			    &set->articles[st->articles[k]];
			const struct rec_article *b =
			    &set->articles[st->title_article];
			bool earlier =
			    a->day != REC_NO_DAY &&
			    (b->day == REC_NO_DAY || a->day < b->day ||
			     (a->day == b->day && a->id && b->id &&
			      strcmp(a->id, b->id) < 0));
			if (a->title && (!b->title || earlier))
				st->title_article = st->articles[k];
		}
		story_actors(set, st);
	}
	free(root_story);
	free(parent);
	/* the order of stories and of their articles follows their ids,
	 * not the order the records were read in */
	sort_stories(out);
}

bool stories_linked(const struct story_list *sl, size_t a, size_t b)
{
	a = sl->copy_of[a];
	b = sl->copy_of[b];
	if (a == b)
		return true;
	if (a > b) {
		size_t t = a;
		a = b;
		b = t;
	}
	/* links are in order of their first article, then of the second */
	size_t lo = 0, hi = sl->nlinks;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const size_t *l = sl->links[mid];
		if (l[0] < a || (l[0] == a && l[1] < b))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sl->nlinks && sl->links[lo][0] == a &&
	       sl->links[lo][1] == b;
}

void stories_free(struct story_list *list)
{
	free(list->links);
	for (size_t s = 0; s < list->n; s++)
		free(list->items[s].articles);
	free(list->items);
	free(list->of_article);
	free(list->copy_of);
	memset(list, 0, sizeof *list);
}
