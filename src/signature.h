/* signature.h - what the reduce step needs of an article to group it */
#ifndef CLAIMEX_SIGNATURE_H
#define CLAIMEX_SIGNATURE_H

#include <stddef.h>
#include <stdint.h>

struct actor_list;
struct arena;
struct article;
struct figure_list;
struct lexicon;
struct quote_list;

/* MinHash values per article: 32 gives a Jaccard estimate within about
 * +-0.09 (one standard deviation at 0.5), enough to tell a copy (> 0.7)
 * from two reports of one event (< 0.3). */
#define SIGNATURE_HASHES 32
/* Most entries of each list. */
#define SIGNATURE_MAX_ITEMS 24

/*
 * An article's compact signature, written by `extract` on its article
 * record (docs/records.md) so that the reduce step groups articles into
 * stories and finds copies without the text:
 *   names    its people and organisations (not outlets) that do not
 *            speak in it, most named first
 *   speakers the people and organisations it quotes or cites as the
 *            source of a figure: the announcer of many stories ("the
 *            commissioner said") tells less about which story it is
 *   places   its places, most named first
 *   terms    its distinctive words, most frequent first: capitalised
 *            words inside sentences and lower-case words of six letters
 *            or more, names' words, month and day names and the
 *            common news words of story_common.lex left out
 *   numbers  its money and troop figures and its percentages written
 *            with decimals, as "UNIT:VALUE" ("EUR:250000000"): round
 *            small numbers ("2%", "double") are shared by chance
 *   minhash  SIGNATURE_HASHES minimum hashes over its word 4-shingles
 */
struct signature {
	const char **names, **speakers, **places, **terms, **numbers;
	size_t nnames, nspeakers, nplaces, nterms, nnumbers;
	uint32_t minhash[SIGNATURE_HASHES];
	int has_minhash; /* 0 when the text has fewer than 4 words */
};

/*
 * Builds the signature of an article from its text, actors, figures and
 * quotes (quotes and figures' speakers may be NULL);
 * words of `common` (patterns/story_common.lex, may be NULL) are never
 * terms.
 * Everything lives in the arena. O(text length) with one hash table per
 * article.
 */
void signature_build(const struct article *a, const struct actor_list *actors,
		     const struct figure_list *figs,
		     const struct quote_list *quotes,
		     const struct lexicon *common, struct arena *arena,
		     struct signature *out);

/* The minhash as 8 hex digits per value, into out (which holds
 * SIGNATURE_HASHES * 8 + 1 bytes). */
void signature_hex(const struct signature *s, char *out);

/* Parses signature_hex's form; 0, or -1 when s is not that. */
int signature_parse_hex(const char *s, size_t n,
			uint32_t out[SIGNATURE_HASHES]);

#endif
