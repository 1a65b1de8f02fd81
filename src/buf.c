/* buf.c - a growable byte buffer with a hard size cap */
#include "buf.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void buf_init(struct buf *b, size_t max)
{
	b->data = NULL;
	b->len = b->cap = 0;
	b->max = max;
}

void buf_release(struct buf *b)
{
	free(b->data);
	buf_init(b, b->max);
}

bool buf_append(struct buf *b, const void *data, size_t n)
{
	if (n > (size_t)-1 - b->len - 1)
		return false;
	if (b->max && b->len + n > b->max)
		return false;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->data = xrealloc(b->data, cap);
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->len, data, n);
	b->len += n;
	b->data[b->len] = '\0';
	return true;
}

bool buf_reserve(struct buf *b, size_t n)
{
	if (n > (size_t)-1 - b->len - 1 || (b->max && b->len + n > b->max))
		return false;
	if (b->len + n + 1 > b->cap) {
		b->data = xrealloc(b->data, b->len + n + 1);
		b->cap = b->len + n + 1;
		b->data[b->len] = '\0';
	}
	return true;
}

bool buf_puts(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

void buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}
