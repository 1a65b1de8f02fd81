/* conflicts.h - the reduce step: the same quantity across articles */
#ifndef CLAIMEX_CONFLICTS_H
#define CLAIMEX_CONFLICTS_H

#include <stdbool.h>
#include <stddef.h>

#include "claims.h"
#include "stories.h"

struct record_set;

enum conflict_status {
	STATUS_AGREE,	  /* every statement fits every other */
	STATUS_CONFLICT,  /* two statements of one time cannot both hold */
	STATUS_OVER_TIME, /* they differ, but only across stated years */
};

/* Two values of one quantity further apart than this factor are two
 * quantities that happen to read alike, not one reported two ways. */
#define CONFLICTS_RATIO_MAX 1.5

/* One distinct value of a quantity, with the figures that state it. */
struct conflict_value {
	double value;
	const char *unit;
	double lo, hi;	  /* the interval every statement of it allows */
	size_t *mentions; /* indices into set->figures, by value order */
	size_t nmentions;
};

struct conflict {
	const char *key, *kind, *unit, *subject;
	size_t story;	     /* index into the list's stories */
	struct claim claim;  /* the fields its statements share */
	const char *matched; /* why one quantity: the matched claim fields */
	const char *reason;  /* why they disagree: the intervals; or NULL */
	double confidence;   /* 0 for agreements */
	enum conflict_status status;
	struct conflict_value *values;
	size_t nvalues;
	size_t narticles;  /* distinct articles stating the quantity */
	size_t nsources;   /* distinct texts: copies of one text count once */
	const char *first; /* "ARTICLE/START" of its first statement */
};

struct conflict_list {
	struct conflict *items;
	size_t n, cap;
	struct story_list stories; /* stories.h, computed first */
};

/*
 * The reduce step. Groups the articles of set into stories (stories.h,
 * with copies found by dedup.h), then compares, inside each story, the
 * figures of one kind and unit whose claims match
 * (conflicts_claims_match). Each statement is an interval: a hedge
 * widens it ("nearly 5" is [4.5, 5], "more than 8" is [8, 12], "about"
 * is +-10%), an unhedged decimal allows half a unit of its last digit
 * ("4.7" is [4.65, 4.75]), an unhedged whole number is exact. Two
 * matching statements whose intervals meet agree; whose intervals are
 * disjoint but whose values are within CONFLICTS_RATIO_MAX disagree:
 * for the same stated year (or both undated), a conflict; for two
 * different years, a change over time. A statement with a year and one
 * without are not compared. Copies of one text never agree or disagree
 * with each other; two values in one article are two quantities. A
 * group of statements linked this way from at least two sources gives
 * a record; conflicts first.
 *
 * Cost: stories O(n log n) in articles; statements sorted by (story,
 * kind, unit, value), each compared with at most 64 above it: O(n log n)
 * in figures, O(n) memory. Strings point into set (new ones go to its
 * arena), which must outlive out; free out with conflicts_free().
 */
void conflicts_compute(struct record_set *set, struct conflict_list *out);

void conflicts_free(struct conflict_list *list);

/* "conflict", "agree", "over_time". */
const char *conflicts_status_name(enum conflict_status s);

/* The least evidence (see conflicts_claims_match) for two claims to be
 * one quantity: one field alike is a coincidence ("15% tariff" twice is
 * not one tariff; "price" twice is not one price). */
#define CONFLICTS_MIN_EVIDENCE 2

/*
 * Are two claims (of figures of one kind, inside one story) the same
 * quantity? Their roles and spans must be equal, their purposes and
 * the places they go to must not differ; then their things must meet
 * (the head noun of one is a word of the other), or their actions be
 * equal (not only a "change-" class) with no clash of things; troop
 * counts need the same action. The evidence counts the shared words of
 * the things, the same action, and each of purpose, towards, when and
 * span stated alike; below CONFLICTS_MIN_EVIDENCE there is no match.
 * Returns the evidence, or 0 for no match. When why is not NULL, the
 * matched fields are written there in words.
 */
size_t conflicts_claims_match(const char *kind, const struct claim *a,
			      const struct claim *b, char *why, size_t cap);

/*
 * The interval [lo, hi] a statement allows, from its value, the hedge as
 * written (NULL: none) and the amount as written (for its precision).
 * Exposed for tests.
 */
void conflicts_interval(double value, const char *hedge, const char *text,
			double *lo, double *hi);

#endif
