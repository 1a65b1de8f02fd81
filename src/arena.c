/* arena.c - per-article bump allocator, freed in one call */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Blocks grow geometrically so that a large article costs few mallocs. */
#define ARENA_FIRST_BLOCK (64 * 1024)
#define ARENA_ALIGN 16

struct block {
	struct block *next;
	size_t size;
	size_t used;
	/* Payload follows, aligned by the allocation below. */
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

struct arena {
	struct block *head; /* current block; older blocks follow via next */
	size_t used_total;
};

static struct block *block_new(size_t size)
{
	struct block *b = xmalloc(sizeof *b + size);
	b->next = NULL;
	b->size = size;
	b->used = 0;
	return b;
}

struct arena *arena_new(void)
{
	struct arena *a = xcalloc(1, sizeof *a);
	a->head = block_new(ARENA_FIRST_BLOCK);
	return a;
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	struct block *b = a->head;
	while (b) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
	free(a);
}

void arena_reset(struct arena *a)
{
	/* Keep only the oldest block: it is the smallest, and a typical
	 * article fits in it. */
	struct block *b = a->head;
	while (b && b->next) {
		struct block *next = b->next;
		free(b);
		b = next;
	}
	a->head = b;
	a->head->used = 0;
	a->used_total = 0;
}

void *arena_alloc(struct arena *a, size_t n)
{
	size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (need < n)
		die_oom();
	struct block *b = a->head;
	if (b->size - b->used < need) {
		size_t size = b->size * 2;
		while (size < need)
			size *= 2;
		struct block *nb = block_new(size);
		nb->next = b;
		a->head = b = nb;
	}
	void *p = b->data + b->used;
	b->used += need;
	a->used_total += need;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return arena_strdup(a, "");
	char *p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

size_t arena_used(const struct arena *a)
{
	return a->used_total;
}
