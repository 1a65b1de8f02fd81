/* util.h - allocation that aborts on out-of-memory, small string helpers */
#ifndef CLAIMEX_UTIL_H
#define CLAIMEX_UTIL_H

#include <stdbool.h>
#include <stddef.h>

/* Out of memory is not an input error: print one line and abort. */
_Noreturn void die_oom(void);

/* malloc/calloc/realloc/strdup that never return NULL. Free with free(). */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* ASCII-only helpers: locale independent, safe on any char value. */
static inline bool is_ascii_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}
static inline bool is_ascii_digit(int c)
{
	return c >= '0' && c <= '9';
}
static inline bool is_ascii_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static inline int ascii_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Case-insensitive ASCII comparison of s (length n) with NUL-terminated t. */
bool ascii_ieq(const char *s, size_t n, const char *t);

/* True when s (NUL-terminated) ends with suffix, ASCII case-insensitive. */
bool ascii_iendswith(const char *s, const char *suffix);

/*
 * In an array of n elements of `stride` bytes, sorted by the size_t field
 * at byte offset `field` of each, counts the leading elements whose field
 * is below key (or at most key when `inclusive`): the index of the first
 * element past key. One binary search for every "which sentence, token,
 * quote or mention holds this offset" question. O(log n).
 */
size_t util_count_below(const void *base, size_t n, size_t stride, size_t field,
			size_t key, bool inclusive);

/* 64-bit FNV-1a hash; stable across runs and machines. */
unsigned long long hash64(const void *data, size_t n);

#endif
