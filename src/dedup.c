/* dedup.c - near-duplicate articles: one wire text carried by many outlets */
#include "dedup.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "records.h"
#include "util.h"

#define BANDS 8
#define ROWS (SIGNATURE_HASHES / BANDS)

struct band_key {
	uint64_t h;
	size_t article;
};

static int cmp_band(const void *a, const void *b)
{
	const struct band_key *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->article < y->article ? -1 : x->article > y->article;
}

/* Which of two articles heads a copy group: the earlier published,
 * then the smaller id, so that the choice does not depend on the order
 * records were read in. */
static bool heads(const struct rec_article *a, const struct rec_article *b)
{
	if (a->day != b->day)
		return b->day == REC_NO_DAY ||
		       (a->day != REC_NO_DAY && a->day < b->day);
	const char *x = a->id ? a->id : "", *y = b->id ? b->id : "";
	return strcmp(x, y) <= 0;
}

static size_t find(size_t *p, size_t i)
{
	while (p[i] != i) {
		p[i] = p[p[i]];
		i = p[i];
	}
	return i;
}

/* The estimated Jaccard similarity of two signatures. */
static double similarity(const struct rec_article *a,
			 const struct rec_article *b)
{
	size_t same = 0;
	for (size_t k = 0; k < SIGNATURE_HASHES; k++)
		same += a->minhash[k] == b->minhash[k];
	return (double)same / SIGNATURE_HASHES;
}

void dedup_find(const struct record_set *set, size_t *copy_of)
{
	size_t n = set->narticles;
	for (size_t i = 0; i < n; i++)
		copy_of[i] = i;
	struct band_key *keys = xmalloc((n * BANDS + 1) * sizeof *keys);
	size_t nk = 0;
	for (size_t i = 0; i < n; i++) {
		const struct rec_article *a = &set->articles[i];
		if (!a->has_minhash)
			continue;
		for (size_t b = 0; b < BANDS; b++) {
			keys[nk].h = hash64(a->minhash + b * ROWS,
					    ROWS * sizeof *a->minhash) ^
				     (uint64_t)b;
			keys[nk].article = i;
			nk++;
		}
	}
	qsort(keys, nk, sizeof *keys, cmp_band);
	for (size_t i = 0; i < nk;) {
		size_t j = i + 1;
		while (j < nk && keys[j].h == keys[i].h)
			j++;
		/* each member against the bucket's first: linear in the
		 * bucket, and a copy of a copy still joins through the
		 * other bands */
		const struct rec_article *first =
		    &set->articles[keys[i].article];
		for (size_t k = i + 1; k < j; k++) {
			const struct rec_article *other =
			    &set->articles[keys[k].article];
			if (similarity(first, other) >= DEDUP_MIN_SIMILARITY) {
				size_t ra = find(copy_of, keys[i].article);
				size_t rb = find(copy_of, keys[k].article);
				if (ra != rb) {
					if (heads(&set->articles[ra],
						  &set->articles[rb]))
						copy_of[rb] = ra;
					else
						copy_of[ra] = rb;
				}
			}
		}
		i = j;
	}
	for (size_t i = 0; i < n; i++)
		copy_of[i] = find(copy_of, i);
	free(keys);
}
