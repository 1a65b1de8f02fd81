/* plain.h - a plain-text article to its body text and metadata */
#ifndef CLAIMEX_PLAIN_H
#define CLAIMEX_PLAIN_H

#include <stddef.h>

#include "htmltext.h" /* struct page_meta */

struct arena;

struct plain_result {
	const char *text; /* body: paragraphs separated by "\n\n" */
	size_t len;
	struct page_meta meta;
};

/*
 * Reads article text the way a person would: leading date lines
 * ("Thursday, January 30, 2020", "date 2025-04-17") are metadata; the
 * first short line without closing punctuation is the title; paragraphs
 * are blank-line separated blocks, and within a block each line is its
 * own paragraph unless it is hard-wrapped (the next line continues the
 * sentence). Page furniture copied along with the text ("Read more: ...",
 * "No comments:" and what follows it, a closing run of short label
 * lines, a picture credit under the title) is dropped.
 *
 * Metadata: published from dates_find_dateline; outlet from agency and
 * syndication marks ("(MENAFN- The Rio Times)", "Previously published in
 * the Digital Journal"); byline from a leading "By NAME" line.
 *
 * text must be valid UTF-8. Everything in *out lives in the arena; text
 * is never NULL (possibly empty).
 */
void plain_extract(const char *text, size_t len, struct arena *arena,
		   struct plain_result *out);

/*
 * True when the text reads as English: enough of its words are common
 * English function words. Used for `lang` when the input does not say.
 */
int plain_looks_english(const char *text, size_t len);

#endif
