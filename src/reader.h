/* reader.h - one source (file, stdin, URL) to one article */
#ifndef CLAIMEX_READER_H
#define CLAIMEX_READER_H

#include <stddef.h>

struct arena;
struct article;
struct err;
struct fetcher;
struct source;

struct reader_opts {
	size_t max_bytes;	 /* cap on a file or response body */
	struct fetcher *fetcher; /* for URL sources; may be NULL otherwise */
};

/*
 * Reads a source and turns it into an article: fetch or read the bytes,
 * tell HTML from plain text (HTTP Content-Type, then the file name, then
 * the first bytes), decode to UTF-8 (charset.h), then find the body and
 * metadata (htmltext.h or plain.h).
 *
 * Every string of *out lives in the arena, which the caller frees after
 * the article's records are written. Returns 0, or -1 with *e naming the
 * source and the reason (see err.h): a missing or unreadable path, a
 * binary or empty file, undecodable bytes, a file or body over the cap,
 * an HTTP or transport error, or a page in which no article text was
 * found (ERR_EMPTY).
 */
int reader_read(const struct source *src, const struct reader_opts *opts,
		struct arena *arena, struct article *out, struct err *e);

/*
 * The same from bytes already downloaded (by the fetch pool): source is
 * the URL as given, content_type and final_url come from the response
 * (either may be NULL). The bytes stay the caller's. Returns 0, or -1
 * with *e set as above (ERR_EMPTY "empty response body" for no bytes).
 */
int reader_from_bytes(const char *source, const char *data, size_t len,
		      const char *content_type, const char *final_url,
		      struct arena *arena, struct article *out, struct err *e);

#endif
