/* records.h - JSON Lines records read back for the reduce step and reports */
#ifndef CLAIMEX_RECORDS_H
#define CLAIMEX_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct arena;
struct err;

/*
 * The parts of each record the reduce step and the report need, and no
 * more: article text is never loaded, so memory grows with the number of
 * figures, quotes and actors. Strings live in the set's arena; a NULL
 * string is a JSON null or a missing field.
 */
struct rec_article {
	const char *id, *source, *url, *title, *outlet, *published;
};

struct rec_figure {
	const char *article; /* article id */
	const char *kind, *text, *unit, *hedge, *per, *key, *subject;
	const char *sentence, *speaker;
	double value;
	long long start; /* -1 when missing */
};

struct rec_quote {
	const char *article, *text, *speaker, *cue;
};

struct rec_actor {
	const char *article, *name, *kind, *role;
	long long mentions;
};

struct record_set {
	struct arena *arena;
	struct rec_article *articles;
	size_t narticles, cap_articles;
	struct rec_figure *figures;
	size_t nfigures, cap_figures;
	struct rec_quote *quotes;
	size_t nquotes, cap_quotes;
	struct rec_actor *actors;
	size_t nactors, cap_actors;
	size_t lines_skipped; /* conflict records and unknown types */
	size_t *by_id;        /* article indices sorted by id, built lazily */
	size_t nby_id;        /* entries in by_id */
	size_t indexed_articles; /* narticles when by_id was built */
	/* Article ids seen, to read an article given twice once. */
	const char **seen;
	size_t nseen_cap, nseen;
	bool skipping; /* inside the records of a repeated article */
};

/* Starts an empty set. Release with records_release(). */
void records_init(struct record_set *set);
void records_release(struct record_set *set);

/*
 * Reads JSON Lines from fp (named `where` in errors) into set. Records of
 * type article, figure, quote and actor are kept; an article whose id was
 * already read (the same text from two paths, or a feed and a URL) is
 * kept once, with the records that follow it skipped up to the next
 * article record; conflict records and other types are counted and
 * skipped (so `conflicts` can read a file
 * that already holds conflicts). A line longer than max_line bytes or that
 * is not a JSON object is an error naming where:LINE; blank lines are
 * ignored. Returns 0, or -1 with *e set (reading stops there; what was
 * read stays in set).
 */
int records_read(struct record_set *set, FILE *fp, const char *where,
		 size_t max_line, struct err *e);

/* The article with this id, or NULL (the first one read when an id
 * repeats). O(log n): a sorted index is built on first use and rebuilt
 * when articles were added since. */
const struct rec_article *records_article(struct record_set *set,
					  const char *id);

#endif
