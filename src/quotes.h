/* quotes.h - quoted words and who the article says said them */
#ifndef CLAIMEX_QUOTES_H
#define CLAIMEX_QUOTES_H

#include <stddef.h>

struct actor_list;
struct arena;
struct rules;
struct segments;

/* One span inside quotation marks (the `quote` record). */
struct quote {
	size_t start, end;   /* the quoted words, marks excluded; a quote over
				several paragraphs runs from its first word
				to its last */
	size_t mark_start;   /* its opening mark */
	size_t mark_end;     /* after its closing mark (or the end of its
				paragraph when it never closes) */
	const char *text;    /* the words without the marks; paragraphs
				joined by "\n\n" */
	const char *cue;     /* the attribution as written, lower-case:
				"said", "told", "according to"; NULL when
				the speaker comes from context only */
	const char *speaker; /* the speaker's canonical actor name, or NULL
				when the article does not say */
	size_t actor;	     /* index of the speaker in the actor list, or
				SIZE_MAX */
};

/* The quotes of one article in text order; everything in the arena. */
struct quote_list {
	struct quote *items;
	size_t n;
	/* private to quotes_source: each sentence's source, once found */
	const char **src;
	unsigned char *src_done;
	size_t nsent;
};

/* The lexicons the quote finder uses; read-only after quotes_new. */
struct quotes;

/*
 * Prepares the quote finder for a loaded rule set (which must outlive
 * it): speechverbs (cues, with their +weak and +obj flags), roles (what
 * "the newspaper", "the statement", "a Japanese official" stand for) and
 * orgsuffixes ("the ministry"). A missing lexicon turns its cues off.
 * Free with quotes_free.
 */
struct quotes *quotes_new(const struct rules *r);
void quotes_free(struct quotes *qx);

/*
 * Finds every span of text[0..len) inside quotation marks: curly,
 * straight or mixed (“…"), guillemets, marks glued to the word before,
 * and the HTML entities &ldquo; &rdquo; &quot; &#8220; &#8221; (and
 * their hex forms) written literally in plain text. Single quotes count
 * inside double quotes (nested) and, at the top level, only as curly
 * ‘…’. A quote never runs past its paragraph unless the next paragraph
 * opens with a quotation mark and this one did not close (the
 * convention for a quote over several paragraphs); an unclosed quote
 * ends with its paragraph.
 *
 * Then finds each quote's speaker among the actors (from actors_extract
 * on the same text): a speech verb after the quote ("..., he said",
 * "..., said X") or before it in its sentence ("X said", "X, a professor
 * at Y, told OUTLET that", "according to X", "X said:"), a pronoun
 * resolved to the nearest earlier person or body it fits, descriptions
 * ("the newspaper", "the statement", "a Reuters article"), and the
 * previous quote of the paragraph for a quote with no cue of its own.
 *
 * Fills *out from the arena; never fails.
 *
 * Cost: O(n + q log q + m log m) for n bytes of text, q quotes and m
 * mentions. Marks are paired in one pass; every look-back (the pronoun's
 * antecedent, the body "the ministry" stands for, the follow-on speaker,
 * the subject before a verb) stops after a fixed number of mentions or
 * quotes (BACK_ITEMS), bytes (PRONOUN_BYTES, the 600 bytes of an
 * appositive list) or words (AFTER_WORDS), so text of any shape (100 KB
 * of unclosed quotes, one paragraph of thousands of names) stays linear.
 */
void quotes_extract(const struct quotes *qx, const char *text, size_t len,
		    const struct segments *seg, const struct actor_list *al,
		    struct arena *arena, struct quote_list *out);

/*
 * Who the article says gave the words text[start..end) (a figure, say):
 * the speaker of the quote it is in, else the source its sentence names
 * ("according to X", "X reported that", "X said"; weak cues such as
 * "agreed" do not count). Returns the canonical actor name (owned by
 * the actor list) or NULL. O(log q) for a figure in a quote; a
 * sentence's source is found once (O(sentence)) and kept.
 */
const char *quotes_source(const struct quotes *qx, const char *text, size_t len,
			  const struct segments *seg,
			  const struct actor_list *al,
			  const struct quote_list *ql, size_t start,
			  size_t end);

#endif
