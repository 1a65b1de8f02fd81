/* lang.h - an article's language: what the page says, else its text */
#ifndef CLAIMEX_LANG_H
#define CLAIMEX_LANG_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The language identifier: libexttextcat's n-gram models (Cavnar and
 * Trenkle), loaded once from LANG_DATADIR (Debian's libexttextcat-data).
 * Classifying keeps scratch state in the handle, so one per thread (the
 * pipeline owns one).
 */
struct lang;

/* Loads the models. NULL when they cannot be read (the data package is
 * missing); lang_decide then still recognises English by its function
 * words and leaves every other text unknown. */
struct lang *lang_new(void);
void lang_free(struct lang *l);

/*
 * The article's language tag. `declared` is the tag the page gives (html
 * lang, og:locale, Content-Language, JSON-LD inLanguage) or NULL:
 * - a declared language other than English is kept;
 * - text that reads as English (plain_looks_english) is "en", or the
 *   declared English tag ("en-GB");
 * - otherwise the models classify the first 4 KB of the text: their best
 *   language's primary subtag ("de", "pt", "ja"), which also overrides a
 *   declared English tag (CMS templates say lang="en" on every page);
 * - NULL (unknown) when the text is too short or no model fits, and the
 *   declared tag, if any, is kept.
 * Returns a static string, `declared` itself, a tag held in l (valid
 * until l's next call: copy it to keep it), or NULL. Cost: linear in
 * the first 20 KB of the text, plus about 0.5 ms for the models when the
 * text is not English.
 */
const char *lang_decide(struct lang *l, const char *declared, const char *text,
			size_t len);

/*
 * True when `tag` is in `list`, a comma-separated list of primary
 * subtags ("en,de"; case-insensitive; "en" matches "en-GB") or "all".
 * An unknown language (tag NULL) is always in: a short English text
 * must not be dropped because it is too short to tell.
 */
bool lang_in_list(const char *list, const char *tag);

/* 0 when list is "all" or a comma-separated list of 2- or 3-letter
 * subtags, else -1 (for the command line). */
int lang_list_valid(const char *list);

#endif
