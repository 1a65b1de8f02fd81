/* segment.h - article text to paragraphs and sentences (byte offsets) */
#ifndef CLAIMEX_SEGMENT_H
#define CLAIMEX_SEGMENT_H

#include <stddef.h>

struct arena;
struct lexicon;

/* A sentence: text[start..end), without surrounding white space. */
struct seg_sentence {
	size_t start, end;
	size_t para; /* index of its paragraph */
};

/* A paragraph: text[start..end) and its sentences
 * sents[first .. first + count). */
struct seg_paragraph {
	size_t start, end;
	size_t first, count;
};

/* The segmentation of one text; the arrays live in the arena. */
struct segments {
	const struct seg_paragraph *paras;
	size_t npara;
	const struct seg_sentence *sents;
	size_t nsent;
};

/*
 * What the splitter knows about words, both lexicons from the patterns
 * folder (either may be NULL):
 *   abbrev    abbreviations that keep their period ("U.S.", "Gen.",
 *             "Jan.", "No."). An entry with the value "final" may also
 *             end a sentence, when the next word is a sentence starter;
 *             without a value it never does ("Mr. Smith").
 *   starters  words that typically begin a sentence ("The", "He", "But").
 */
struct segment_lexicons {
	const struct lexicon *abbrev;
	const struct lexicon *starters;
};

/*
 * Splits text[0..len) (valid UTF-8) into paragraphs (blocks separated by
 * a blank line) and sentences. A sentence ends at '.', '!', '?' or an
 * ellipsis (with any closing quotes and brackets after it) that is
 * followed by white space and then not by a lower-case letter, unless the
 * word before a '.' is an abbreviation or an initial ("J."); a line break
 * also ends a sentence. Decimal points, "U.S.-led" and the like never
 * end one because no space follows. Empty paragraphs are dropped.
 *
 * Fills *out with arrays allocated in the arena (freed with it); never
 * fails.
 */
void segment_text(const char *text, size_t len,
		  const struct segment_lexicons *lex, struct arena *arena,
		  struct segments *out);

/*
 * Index of the sentence that contains byte offset `off`; an offset in
 * the space between two sentences belongs to the one before it. Returns
 * (size_t)-1 when there is no sentence at or before off.
 */
size_t segment_find(const struct segments *s, size_t off);

#endif
