/* cues.h - which cues (digits, words of cue lexicons) each sentence has */
#ifndef CLAIMEX_CUES_H
#define CLAIMEX_CUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct arena;
struct rule_attrs;
struct rules;
struct segments;

/*
 * A rule's `needs=` names cues (rules.h): "digit" (bit 0) and lexicons
 * (the other bits). Before any pattern runs, one pass over each sentence
 * finds its cue tokens, so that a rule is only tried on sentences that
 * have what it needs, and, with reach=, only near its key tokens.
 *
 * The cue token of a lexicon entry is its first sign when it has one (a
 * character that is not an ASCII letter, digit, space, '.', '-' or '\'':
 * "$" for "US$", "€") else its longest word, lower-cased ("little" for "a
 * little more than": every word of an entry that occurs occurs with it,
 * and the longest is the rarest).
 */
struct cues;

/* Builds the cue table of a rule set (which must outlive it). Read-only
 * afterwards: one table may serve several threads. Free with cues_free. */
struct cues *cues_new(const struct rules *r);
void cues_free(struct cues *cx);

/* A cue token in the text: a run of digits (mask RULES_CUE_DIGIT), a cue
 * word or a cue sign, with the cue bits it sets. */
struct cue_tok {
	size_t s, e;
	uint64_t mask;
};

/* The cues of one segmented text; everything lives in the arena. */
struct text_cues {
	uint64_t *sent;	   /* cue mask of each sentence */
	size_t *tok_first; /* tokens of sentence i: toks[tok_first[i] ..
			      tok_first[i + 1]) */
	struct cue_tok *toks;
	size_t ntoks;
};

/*
 * Scans every sentence of text (segmented as seg) once. Words are
 * ASCII letter runs compared without case; other characters are looked up
 * one at a time (curly quotes and dashes never are). Never fails.
 */
void cues_scan(const struct cues *cx, const char *text,
	       const struct segments *seg, struct arena *arena,
	       struct text_cues *out);

/* True when a sentence with cue mask `mask` has what the rule needs. */
bool cues_met(const struct rule_attrs *a, uint64_t mask);

#endif
