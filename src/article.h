/* article.h - one article as the reader hands it to the extractors */
#ifndef CLAIMEX_ARTICLE_H
#define CLAIMEX_ARTICLE_H

#include <stddef.h>

/*
 * Every string lives in the article's arena and is valid UTF-8; a NULL
 * metadata field means the article does not say (it is written as JSON
 * null). Offsets in later records are byte offsets into `text`.
 */
struct article {
	const char *id;	    /* 16 hex digits: hash of the body text */
	const char *source; /* the path or URL as given, "-" for stdin */
	const char *url;    /* canonical URL, else the final fetched URL */
	const char *title;
	const char *outlet;
	const char *published; /* ISO 8601 date or date-time */
	const char *byline;
	const char *lang;    /* BCP 47 tag: as the page gives it, else
				* identified from the text (lang.h) */
	const char *format;  /* "html" or "text" */
	const char *charset; /* what the bytes were decoded from */
	const char *text;    /* body: paragraphs separated by "\n\n" */
	size_t len;	     /* bytes in text */
	size_t chars;	     /* Unicode code points in text */
};

#endif
