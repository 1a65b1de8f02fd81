/* claims.h - what a figure counts: its structured claim (extract side) */
#ifndef CLAIMEX_CLAIMS_H
#define CLAIMEX_CLAIMS_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct rules;

/*
 * A claim says what quantity a figure states, read from its own sentence
 * with the word lists of the patterns folder (claim_actions.lex,
 * claim_words.lex, claim_stop.lex, claim_cues.lex, places.lex). Every
 * field is NULL when the sentence does not say. docs/conflicts.md
 * explains each rule; the reduce step (conflicts.h) compares claims.
 *
 *   thing    the thing counted, canonical words joined by spaces: the
 *            noun phrase the amount heads ("€250m relief package"), the
 *            one it is the value of ("a package of", "aid worth",
 *            "spending at", "budget to"), "in NOUN" or "on NOUN" after
 *            it; for a percentage "of NP" after it
 *   action   the class of the nearest act in the clause (pay, deploy,
 *            spend, ...: claim_actions.lex)
 *   purpose  "to VERB" or "into NOUN" right after the amount
 *   holder   the place acting (a place before the act)
 *   towards  the place right after the act ("pay Greece", "give Ukraine")
 *   when     a year the amount is stated for ("in 2026", "the 2026
 *            budget", "next year" read against the publication year)
 *   span     annual, since, so-far, multi-year, per-day, per-unit, ...
 *   lead     true when the figure is in the article's first paragraph
 *            (or its title): the lede states the story's main quantity
 *   role     part (of a larger amount), from (the level a change starts
 *            from), potential (could, ceiling, target), conversion (a
 *            bracketed amount in another unit: it takes the claim of the
 *            amount it converts)
 */
struct claim {
	const char *thing, *action, *purpose, *holder, *towards, *when;
	const char *span, *role;
	bool lead; /* set by the caller, which knows the paragraphs */
};

struct claims;

/* Prepares the claim reader for a loaded rule set (which must outlive
 * it). Returns NULL when claim_stop.lex is missing (no claims then).
 * Free with claims_free(). */
struct claims *claims_new(const struct rules *r);
void claims_free(struct claims *c);

/*
 * Fills *out for the figure at sent[fstart..fend) of its sentence
 * sent[0..slen) (valid UTF-8, need not be NUL-terminated). kind is the
 * figure kind, per its period ("year" or NULL), pub_year the article's
 * publication year or 0. Strings live in the arena. Never fails.
 * O(length of the sentence) with a bounded number of lexicon lookups
 * per word.
 */
void claims_read(const struct claims *c, const char *sent, size_t slen,
		 size_t fstart, size_t fend, const char *kind, const char *per,
		 int pub_year, struct arena *arena, struct claim *out);

/* The claim as one label, "KIND/THING/ACTION/WHEN/SPAN/ROLE" with "-"
 * for an empty field ("money/relief package/pledge/2026/-/-"), or NULL
 * when the claim has neither a thing nor an action. In the arena. */
const char *claims_key(const struct claim *c, const char *kind,
		       struct arena *arena);

/* The claim in words ("relief package; pledge; 2026"), or NULL. */
const char *claims_subject(const struct claim *c, struct arena *arena);

/* True when the text between two amounts (sent[prev_end..start)) makes
 * the second a bracketed conversion of the first: only spaces and an
 * opening bracket. */
bool claims_is_conversion(const char *sent, size_t prev_end, size_t start);

#endif
