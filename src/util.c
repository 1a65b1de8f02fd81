/* util.c - allocation that aborts on out-of-memory, small string helpers */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void die_oom(void)
{
	fputs("claimex: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void *xcalloc(size_t count, size_t n)
{
	void *p = calloc(count ? count : 1, n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		die_oom();
	return q;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

bool ascii_ieq(const char *s, size_t n, const char *t)
{
	size_t i = 0;
	for (; i < n && t[i]; i++)
		if (ascii_lower((unsigned char)s[i]) !=
		    ascii_lower((unsigned char)t[i]))
			return false;
	return i == n && t[i] == '\0';
}

bool ascii_iendswith(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && ascii_ieq(s + n - m, m, suffix);
}

size_t util_count_below(const void *base, size_t n, size_t stride, size_t field,
			size_t key, bool inclusive)
{
	const unsigned char *b = base;
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, v;
		memcpy(&v, b + mid * stride + field, sizeof v);
		if (v < key || (inclusive && v == key))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

unsigned long long hash64(const void *data, size_t n)
{
	const unsigned char *p = data;
	unsigned long long h = 14695981039346656037ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}
