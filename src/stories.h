/* stories.h - articles about one event, grouped from their signatures */
#ifndef CLAIMEX_STORIES_H
#define CLAIMEX_STORIES_H

#include <stdbool.h>
#include <stddef.h>

struct record_set;

/* Two dated articles further apart than this are never one story. */
#define STORIES_MAX_DAYS 7
/* A feature written by more articles than this is too common to tell
 * stories apart ("United States", "government") and is not used. */
#define STORIES_MAX_DF 40
/* The evidence two articles must share to be one story (see
 * docs/conflicts.md: a sum of feature weights times their rarity). */
#define STORIES_MIN_SCORE 13.5
/* ... and at least this share of the evidence of the article that has
 * less of it: two long articles sharing three names are not one story
 * when each names thirty others. */
#define STORIES_MIN_SHARE 0.25
/* Rarity is read as if a batch held at least this many articles: in a
 * batch of five, a name two of them share is not thereby common. */
#define STORIES_MIN_DOCS 100

struct story {
	char id[20];	  /* "s" and 12 hex digits, stable for its articles */
	size_t *articles; /* indices into set->articles, in set order */
	size_t narticles;
	size_t title_article;  /* whose title names the story */
	const char *actors[5]; /* the names most of its articles share */
	size_t nactors;
	long day_first, day_last; /* REC_NO_DAY when none is dated */
	size_t sources;		  /* articles less copies: distinct texts */
};

struct story_list {
	struct story *items;
	size_t n;
	size_t *of_article; /* story index of each article */
	size_t *copy_of;    /* dedup.h: first article of each copy group */
	/* Direct links between first articles of copy groups, (a, b) with
	 * a < b, sorted: what stories_linked looks up. */
	size_t (*links)[2];
	size_t nlinks;
};

/*
 * Groups the articles of set into stories. Two articles are linked when
 * they are copies (dedup.h), or when they share enough rare evidence:
 * actor names (weight 2; 1 for a speaker), places (0.5), numbers
 * stated (2), distinctive terms (1),
 * each times log(N / df), summed to at least STORIES_MIN_SCORE, and
 * their dates are at most STORIES_MAX_DAYS apart (undated articles are
 * not held apart by date). A story is a connected group of links.
 *
 * Cost: features are sorted (n log n); each article's candidates come
 * from the posting lists of its features with df <= STORIES_MAX_DF, so
 * at most (features per article) * STORIES_MAX_DF candidates each:
 * O(n log n) in all, O(n) memory. Fills *out; free with stories_free.
 * Pointers refer into set, which must outlive out.
 */
void stories_build(struct record_set *set, struct story_list *out);
void stories_free(struct story_list *list);

/*
 * Are articles a and b (indices into set->articles) directly linked:
 * copies of one text, or sharing enough evidence on their own (not
 * only through other articles of their story)? The reduce step compares
 * figures of linked articles only, so that a story that grew by a chain
 * of links never lines up its two ends. O(log links).
 */
bool stories_linked(const struct story_list *sl, size_t a, size_t b);

#endif
