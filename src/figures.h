/* figures.h - money, troop counts, percentages and multipliers in text */
#ifndef CLAIMEX_FIGURES_H
#define CLAIMEX_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

#include "amount.h"

struct arena;
struct article;
struct claim;
struct matcher;
struct rules;
struct segments;

/* One figure as the `figure` record shows it (docs/records.md). */
struct figure {
	const char *kind;     /* "money", "troops", "percent", "multiplier" */
	const char *text;     /* the amount as written, without the hedge */
	struct amount value;  /* exact when it can be */
	const char *unit;     /* ISO 4217 code, "troops", "percent" or "x" */
	const char *hedge;    /* lower-case qualifier as written, or NULL */
	const char *per;      /* "year" or NULL */
	bool in_title;	      /* found in the headline, not the body text */
	size_t start, end;    /* byte offsets of text in the body text (or
				 in the title when in_title) */
	const char *sentence; /* the sentence (or the title) */
	const char *speaker;  /* who the article says gave it (the quote's
				 speaker, or the sentence's source: see
				 quotes_source), or NULL; figures_extract
				 leaves it NULL */
	const char *rule;     /* name of the rule that found it */
	const struct claim *claim; /* what it counts (claims.h), or NULL */
	const char *key;     /* the claim's fields as one label, or NULL */
	const char *subject; /* the claim in words, or NULL */
};

/* The figures of one article, in text order (title first). */
struct figure_list {
	struct figure *items;
	size_t n;
	/* A rule that hit a match or depth limit: one line each, naming
	 * the rule and where it is written; the rule's remaining matches
	 * in that text were skipped. */
	const char **warnings;
	size_t nwarnings;
};

/* What the figure finder keeps between articles: the rule set sorted by
 * kind and the lexicons it uses. Read-only after figures_new, so one can
 * serve several threads, each with its own struct matcher. */
struct figures;

/*
 * Prepares the figure finder for a loaded rule set (which must outlive
 * it). Uses the rules of kinds money, troops, percent, multiplier and
 * exclude to find figures, hedge and per rules to qualify them, dollar
 * rules to tell what a bare "$" means, and these lexicons when present:
 * currency_signs, dollar_prefixes, currency_abbrevs, currency_codes,
 * currency_names, currency_names_scaled (what a `cur` group names, tried
 * in this order), numbers, magnitudes, magnitude_letters,
 * fractions, multipliers (values of number words), and abbreviations and
 * sentence_starters for the title's sentence. Free with figures_free.
 */
struct figures *figures_new(const struct rules *r);
void figures_free(struct figures *fx);

/*
 * Finds the figures of an article: its body (segmented by the caller,
 * see segment.h, so that later stages share the segmentation) and its
 * title. Runs each figure rule only on runs of sentences that hold what
 * it needs (a digit, a number word), resolves overlaps (a higher
 * priority wins, then the longer match, then the earlier one; an
 * `exclude` rule that wins removes what it overlaps), then finds each
 * figure's hedge, period and sentence.
 *
 * Everything in *out is allocated in the arena. Never fails: a rule that
 * hits a limit is reported in out->warnings.
 */
void figures_extract(const struct figures *fx, struct matcher *m,
		     const struct article *a, const struct segments *body,
		     struct arena *arena, struct figure_list *out);

#endif
