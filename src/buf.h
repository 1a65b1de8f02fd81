/* buf.h - a growable byte buffer with a hard size cap */
#ifndef CLAIMEX_BUF_H
#define CLAIMEX_BUF_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Holds up to `max` bytes (plus a NUL kept after the data, so that
 * data is always a C string when non-NULL). Growth past max is refused,
 * not truncated: the caller turns it into an ERR_TOO_BIG for the input.
 */
struct buf {
	char *data; /* NULL until the first append */
	size_t len;
	size_t cap;
	size_t max;
};

/* Starts empty with the given cap (0 means no cap). */
void buf_init(struct buf *b, size_t max);

/* Frees the data; b may be reused after buf_init. */
void buf_release(struct buf *b);

/* Appends n bytes. Returns false, leaving b unchanged, when the result
 * would exceed max. */
bool buf_append(struct buf *b, const void *data, size_t n);

/* Makes room for n more bytes without growing later (a hint: false, and
 * nothing done, when that would pass max). */
bool buf_reserve(struct buf *b, size_t n);

/* Appends a NUL-terminated string (same rule as buf_append). */
bool buf_puts(struct buf *b, const char *s);

/* Forgets the contents, keeps the memory. */
void buf_clear(struct buf *b);

#endif
