/* arena.h - per-article bump allocator, freed in one call */
#ifndef CLAIMEX_ARENA_H
#define CLAIMEX_ARENA_H

#include <stddef.h>

/*
 * An arena hands out memory that lives until arena_reset() or
 * arena_free(). One arena serves one article: every string and record
 * made while processing the article is allocated here, and the whole lot
 * is released at once after the article's records are written.
 *
 * Out of memory aborts the process (see xmalloc in util.h); callers never
 * see NULL from arena_alloc().
 */
struct arena;

/* Creates an empty arena. Free with arena_free(). */
struct arena *arena_new(void);

/* Releases the arena and everything allocated from it. NULL is a no-op. */
void arena_free(struct arena *a);

/* Forgets every allocation but keeps the first block for reuse. */
void arena_reset(struct arena *a);

/* Returns n bytes aligned for any type, zero-filled. n may be 0. */
void *arena_alloc(struct arena *a, size_t n);

/* Copies n bytes of s and appends a NUL. s may contain NULs. */
char *arena_strndup(struct arena *a, const char *s, size_t n);

/* Copies a NUL-terminated string. NULL gives NULL. */
char *arena_strdup(struct arena *a, const char *s);

/* printf into the arena. */
char *arena_printf(struct arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Bytes handed out since creation or the last reset (for tests/stats). */
size_t arena_used(const struct arena *a);

#endif
