/* htmltext.h - an HTML page to its article body text and metadata */
#ifndef CLAIMEX_HTMLTEXT_H
#define CLAIMEX_HTMLTEXT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct err;

/*
 * What a page says about itself. Every field is NULL when the page does
 * not say (a wrong value is worse than none). Strings are valid UTF-8,
 * trimmed, with inner whitespace collapsed, allocated in the caller's
 * arena.
 */
struct page_meta {
	const char *title;     /* og:title, JSON-LD headline, <h1>, <title> */
	const char *outlet;    /* og:site_name, JSON-LD publisher.name, ... */
	const char *published; /* ISO 8601 "YYYY-MM-DD" or date-time */
	const char *byline;    /* author name(s), "By " removed */
	const char *url;       /* canonical URL (link rel=canonical, og:url) */
	const char *lang;      /* <html lang>, og:locale, content-language */
};

struct htmltext_result {
	/* Article body: UTF-8, paragraphs separated by exactly one blank
	 * line ("\n\n"), no leading or trailing whitespace, title excluded.
	 * Never NULL; may be empty (len 0) when no body was found. */
	const char *text;
	size_t len;
	struct page_meta meta;
	/* The page nests elements deeper than the parser follows (256
	 * levels): what lies past that depth is missing from text. */
	bool truncated;
};

/*
 * Parses an HTML document and finds its article body and metadata.
 *
 * html/len: the document, already decoded to UTF-8 (see charset.h); it
 *   need not be NUL-terminated and may contain anything: the parser runs
 *   in recover mode, with no network access and no external entities.
 * base_url: the document's URL or NULL; used to resolve a relative
 *   canonical URL.
 * arena: receives every string in *out; libxml2 memory never leaves this
 *   module (the tree is freed before returning).
 *
 * Returns 0 and fills *out, or -1 with *e set (ERR_PARSE when libxml2
 * cannot build a tree at all). Pathological input (nesting 100,000 deep,
 * megabytes of attributes) must not crash, recurse without bound or take
 * more than linear-ish time.
 */
int htmltext_extract(const char *html, size_t len, const char *base_url,
		     struct arena *arena, struct htmltext_result *out,
		     struct err *e);

/*
 * Sets up libxml2's global tables. Call once on the main thread before
 * htmltext_extract runs on other threads (libxml2 2.9 does not do it
 * itself safely); calling it again is harmless.
 */
void htmltext_init(void);

#endif
