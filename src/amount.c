/* amount.c - exact decimal values: "4.7" x "billion", number words */
#include "amount.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

#define MANT_MAX 999999999999999999LL /* 18 digits */

struct amount amount_int(long long n)
{
	return (struct amount){n, 0, true, 0};
}

/* Drops trailing zeros of the fraction: 4.70 is 47e-1. */
static struct amount norm(struct amount a)
{
	if (!a.exact)
		return a;
	if (a.m == 0)
		a.e = 0;
	while (a.m && a.m % 10 == 0 && a.e < 0) {
		a.m /= 10;
		a.e++;
	}
	return a;
}

static struct amount inexact(double d)
{
	return (struct amount){0, 0, false, d};
}

double amount_to_double(struct amount a)
{
	if (!a.exact)
		return a.d;
	/* strtod rounds correctly; m * pow(10, e) would not. */
	char buf[64];
	snprintf(buf, sizeof buf, "%lldE%d", a.m, a.e);
	return strtod(buf, NULL);
}

bool amount_to_int(struct amount a, long long *out)
{
	a = norm(a);
	if (!a.exact || a.e < 0)
		return false;
	long long v = a.m;
	for (int i = 0; i < a.e; i++) {
		if (__builtin_mul_overflow(v, 10LL, &v))
			return false;
	}
	*out = v;
	return true;
}

/* Brings a and b to the same exponent (the smaller). */
static bool align(struct amount *a, struct amount *b)
{
	while (a->e > b->e) {
		if (__builtin_mul_overflow(a->m, 10LL, &a->m))
			return false;
		a->e--;
	}
	while (b->e > a->e) {
		if (__builtin_mul_overflow(b->m, 10LL, &b->m))
			return false;
		b->e--;
	}
	return true;
}

struct amount amount_mul(struct amount a, struct amount b)
{
	if (a.exact && b.exact) {
		long long m;
		if (!__builtin_mul_overflow(a.m, b.m, &m) && m <= MANT_MAX &&
		    m >= -MANT_MAX)
			return norm((struct amount){m, a.e + b.e, true, 0});
	}
	return inexact(amount_to_double(a) * amount_to_double(b));
}

struct amount amount_add(struct amount a, struct amount b)
{
	if (a.exact && b.exact) {
		struct amount x = a, y = b;
		long long m;
		if (align(&x, &y) && !__builtin_add_overflow(x.m, y.m, &m) &&
		    m <= MANT_MAX && m >= -MANT_MAX)
			return norm((struct amount){m, x.e, true, 0});
	}
	return inexact(amount_to_double(a) + amount_to_double(b));
}

struct amount amount_neg(struct amount a)
{
	if (a.exact)
		a.m = -a.m;
	else
		a.d = -a.d;
	return a;
}

int amount_parse_digits(const char *s, size_t n, struct amount *out)
{
	long long m = 0;
	int e = 0, digits = 0;
	bool point = false, exact = true;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (is_ascii_digit(c)) {
			if (digits >= 18) {
				exact = false; /* parsed again by strtod */
			} else if (m == 0 && c == '0') {
				if (point) /* 0.05: the zero only scales */
					e--;
			} else {
				m = m * 10 + (c - '0');
				digits++;
				if (point)
					e--;
			}
			i++;
		} else if (c == '.' && !point && i + 1 < n &&
			   is_ascii_digit((unsigned char)s[i + 1])) {
			point = true;
			i++;
		} else if (c == ',' && !point && i > 0 && i + 1 < n) {
			i++;
		} else {
			size_t sp = lexicon_space_len(s + i, n - i);
			if (!sp || c == ' ' || point)
				return -1; /* only thin/no-break spaces group */
			i += sp;
		}
	}
	if (n == 0 || !is_ascii_digit((unsigned char)s[0]))
		return -1;
	if (!exact) {
		char *buf = xstrndup(s, n), *w = buf;
		for (const char *r = buf; *r; r++)
			if (is_ascii_digit((unsigned char)*r) || *r == '.')
				*w++ = *r;
		*w = '\0';
		*out = inexact(strtod(buf, NULL));
		free(buf);
		return 0;
	}
	*out = norm((struct amount){m, e, true, 0});
	return 0;
}

/* A lexicon value ("100", "0.25", "1000000000") as an amount. */
static int value_amount(const char *v, struct amount *out)
{
	return amount_parse_digits(v, strlen(v), out);
}

static bool is_sep(unsigned char c)
{
	return c == '-' || is_ascii_space(c);
}

int amount_parse(const char *s, size_t n, const struct lexicon *numbers,
		 const struct lexicon *magnitudes, struct amount *out)
{
	struct amount total = amount_int(0), cur = amount_int(0);
	bool any = false, have_cur = false;
	size_t i = 0;
	while (i < n) {
		size_t sp;
		if (is_sep((unsigned char)s[i])) {
			i++;
			continue;
		}
		if ((sp = lexicon_space_len(s + i, n - i))) {
			i += sp;
			continue;
		}
		size_t w = i;
		if (is_ascii_digit((unsigned char)s[i])) {
			while (w < n && (is_ascii_digit((unsigned char)s[w]) ||
					 s[w] == ',' || s[w] == '.'))
				w++;
			struct amount d;
			if (have_cur || amount_parse_digits(s + i, w - i, &d))
				return -1;
			cur = d;
			have_cur = any = true;
			i = w;
			continue;
		}
		while (w < n && !is_sep((unsigned char)s[w]) &&
		       !lexicon_space_len(s + w, n - w))
			w++;
		const char *val;
		struct amount v;
		if (ascii_ieq(s + i, w - i, "and")) {
			/* "one hundred and five" */
		} else if (ascii_ieq(s + i, w - i, "a") ||
			   ascii_ieq(s + i, w - i, "an")) {
			if (have_cur)
				return -1;
			cur = amount_int(1);
			have_cur = any = true;
		} else if (numbers &&
			   lexicon_find(numbers, s + i, w - i, LEX_ICASE, &val) &&
			   value_amount(val, &v) == 0) {
			long long iv;
			if (amount_to_int(v, &iv) && iv == 100)
				cur = amount_mul(have_cur ? cur : amount_int(1),
						 v);
			else
				cur = amount_add(cur, v);
			have_cur = any = true;
		} else if (magnitudes &&
			   lexicon_find(magnitudes, s + i, w - i, LEX_ICASE,
					&val) &&
			   value_amount(val, &v) == 0) {
			total = amount_add(
			    total, amount_mul(have_cur ? cur : amount_int(1), v));
			cur = amount_int(0);
			have_cur = false;
			any = true;
		} else {
			return -1;
		}
		i = w;
	}
	if (!any)
		return -1;
	*out = amount_add(total, cur);
	return 0;
}
