/* conflicts.h - the reduce step: the same quantity across articles */
#ifndef CLAIMEX_CONFLICTS_H
#define CLAIMEX_CONFLICTS_H

#include <stddef.h>

struct record_set;

enum conflict_status {
	STATUS_AGREE,     /* every statement fits every other */
	STATUS_CONFLICT,  /* two statements of one time cannot both hold */
	STATUS_OVER_TIME, /* they differ, but only across years */
};

/* One distinct value of a quantity, with the figures that state it. */
struct conflict_value {
	double value;
	const char *unit;
	size_t *mentions; /* indices into set->figures, in text order */
	size_t nmentions;
};

struct conflict {
	const char *key, *kind, *unit, *subject;
	enum conflict_status status;
	struct conflict_value *values;
	size_t nvalues;
	size_t narticles; /* distinct articles stating the quantity */
};

struct conflict_list {
	struct conflict *items;
	size_t n;
};

/*
 * Groups the figures of set by key (figures without a key are left out)
 * and keeps the keys stated by two or more articles. Within a key,
 * statements are compared per currency/unit only, each as an interval:
 * a hedge widens it ("nearly 5" is [4.5, 5], "more than 8" is [8, 12],
 * "about" is +-10%), an unhedged decimal allows half a unit of its last
 * digit ("4.7" is [4.65, 4.75]), an unhedged whole number is exact.
 * Two statements conflict when their intervals are disjoint and they
 * speak of the same time: the same article, or the same year (a single
 * year named in the sentence, else the article's publication year).
 * Undated statements share a time with every other statement only when
 * the dated articles of the run all fall within one year of each other.
 * Two amounts of one sentence, or amounts more than 3x apart, are never
 * compared (two quantities, not one reported two ways). Disagreement
 * only across times is STATUS_OVER_TIME.
 *
 * O(n log n) in the number of figures. Fills *out; free it with
 * conflicts_free(). Strings point into set, which must outlive out.
 */
void conflicts_compute(struct record_set *set, struct conflict_list *out);

void conflicts_free(struct conflict_list *list);

/* "conflict", "agree", "over_time". */
const char *conflicts_status_name(enum conflict_status s);

/*
 * The interval [lo, hi] a statement allows, from its value, the hedge as
 * written (NULL: none) and the amount as written (for its precision).
 * Exposed for tests.
 */
void conflicts_interval(double value, const char *hedge, const char *text,
			double *lo, double *hi);

#endif
