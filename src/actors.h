/* actors.h - the people, organizations and places an article names */
#ifndef CLAIMEX_ACTORS_H
#define CLAIMEX_ACTORS_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct rules;
struct segments;

enum actor_kind { ACTOR_PERSON, ACTOR_ORG, ACTOR_PLACE };

enum actor_gender { ACTOR_GENDER_UNKNOWN, ACTOR_MALE, ACTOR_FEMALE };

/* What a mention's context says about it (struct actor_mention.flags). */
enum {
	ACTOR_M_POSSESSIVE = 1, /* "Trump's", "the Koreans'" */
	ACTOR_M_AGENT = 2,	/* opens a clause, follows "according to" or
				   a speech verb, or precedes one: what a
				   pronoun most likely points back to */
	ACTOR_M_ADJECTIVE = 4,	/* a demonym before a noun: "Japanese autos" */
	ACTOR_M_NOMINAL = 8,	/* a description, not a name: "a Japanese
				   official", "The source" */
};

/* One place in the text where an actor is named. */
struct actor_mention {
	size_t start, end; /* the name as written (titles excluded) */
	size_t actor;	   /* index in actor_list.items */
	size_t appos_end;  /* where an appositive after the name ends (the
			      comma or stop word after it), or 0 */
	unsigned flags;	   /* ACTOR_M_* */
};

/* One real-world entity of the article (the `actor` record). */
struct actor {
	const char *name; /* the fullest form: "Donald Trump" */
	enum actor_kind kind;
	const char *role;     /* "top U.S. negotiator", or NULL */
	const char **aliases; /* other forms used, in order of first use */
	size_t naliases;
	size_t mentions; /* how often it is named */
	enum actor_gender gender;
	bool outlet;  /* a news organisation */
	bool unnamed; /* a description, not a name: "a senior aide" */
	size_t first; /* offset of its first mention */
};

/* The actors of one article in order of first mention, and every
 * mention in text order. Everything lives in the arena. */
struct actor_list {
	struct actor *items;
	size_t n;
	struct actor_mention *mentions;
	size_t nmentions;
};

/* The lexicons the actor finder uses; read-only after actors_new. */
struct actors;

/*
 * Prepares the actor finder for a loaded rule set (which must outlive
 * it). Uses these lexicons of the patterns folder when present (a
 * missing one turns its evidence off): places, outlets, orgs,
 * orgsuffixes, titles, firstnames, roles, speechverbs, nonnames and
 * sentence_starters (docs/patterns.md). Free with actors_free.
 */
struct actors *actors_new(const struct rules *r);
void actors_free(struct actors *ax);

/*
 * Finds the actors named in text[0..len) (an article body, valid UTF-8,
 * segmented by the caller with segment_text) in one pass over its words
 * with the lexicons' longest match, then resolves short forms ("Trump"
 * after "Donald Trump", "The Post" after "The Washington Post", "Mr
 * Jeong") to the fullest one. Places are canonicalised through
 * places.lex (capitals and demonyms give their country) and kept only
 * when named as something other than the scene ("in Bangkok"). Page
 * furniture (a dateline credit, an author's bio at the end, headline-like
 * lines) never makes a new actor.
 *
 * Fills *out from the arena; never fails.
 *
 * Cost: O(n + m log m + w) for n bytes, m mentions and w words in the
 * names found: short forms, acronyms and merges look names up in an
 * index of the words of every name (no comparison of all pairs of names
 * or mentions), and "the one named last before" questions look back at
 * most BACK_MENTIONS mentions of a sorted snapshot.
 */
void actors_extract(const struct actors *ax, const char *text, size_t len,
		    const struct segments *seg, struct arena *arena,
		    struct actor_list *out);

/* "person", "org" or "place". */
const char *actors_kind_name(enum actor_kind kind);

/*
 * Index of the first mention that starts at or after `off` (n when
 * none): mentions are sorted by start, so callers walk from there.
 */
size_t actors_mention_from(const struct actor_list *l, size_t off);

#endif
