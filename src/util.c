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
