/* keys.h - which quantity a figure measures: its key and subject */
#ifndef CLAIMEX_KEYS_H
#define CLAIMEX_KEYS_H

#include <stddef.h>

struct arena;
struct lexicon;

/*
 * A key names the quantity a figure states, so that two articles stating
 * the same quantity get the same key however they phrase it, and
 * different quantities different keys. It is built from the figure
 * alone (no other article is needed, so extract can run on shards):
 *
 *   KIND/CLASS[+TOPIC]/PLACE[/YEAR][/of-AMOUNT]
 *
 * CLASS is the predicate class of the figure's clause (predicates.lex:
 * demand, pay, cost, spending, station, withdraw, ...), PLACE the place
 * the clause is about (places.lex, canonical country or region), YEAR an
 * explicit year attached to the amount ("in 2024", "the 2025 budget"),
 * TOPIC the class of what a percentage change applies to, AMOUNT the
 * stated amount a percentage is a share of. A figure whose clause has no
 * predicate class gets no key: it is not compared.
 * docs/keys.md explains each rule.
 */
struct keys;

/* Builds the key finder from lexicons that outlive it (places.lex,
 * predicates.lex, outlets.lex; outlets may be NULL). Free with
 * keys_free(). */
struct keys *keys_new(const struct lexicon *places,
		      const struct lexicon *predicates,
		      const struct lexicon *outlets);
void keys_free(struct keys *k);

/* The places an article names, found once per article (in the arena). */
struct keys_article;

struct keys_article *keys_article_new(const struct keys *k, const char *text,
				      size_t len, struct arena *arena);

/* A figure as the key finder needs it. */
struct keys_figure {
	size_t start, end;           /* the amount, bytes into the text */
	size_t sent_start, sent_end; /* its sentence */
	const char *kind;            /* money, troops, percent, multiplier */
	const char *per;             /* "year" or NULL */
};

struct keys_result {
	const char *key;     /* NULL: the figure is not compared */
	const char *subject; /* readable: "South Korea: amount demanded" */
};

/* Fills *out for one figure; strings live in the arena. */
void keys_assign(const struct keys *k, const struct keys_article *ka,
		 const struct keys_figure *f, struct arena *arena,
		 struct keys_result *out);

#endif
