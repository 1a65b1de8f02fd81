/* amount.h - exact decimal values: "4.7" x "billion", number words */
#ifndef CLAIMEX_AMOUNT_H
#define CLAIMEX_AMOUNT_H

#include <stdbool.h>
#include <stddef.h>

struct lexicon;

/*
 * A number as m x 10^e, exact as long as it fits (mantissas up to 18
 * digits), so that "$4.7 billion" is 4700000000 and not 4699999999.9...
 * When an operation would overflow, the amount becomes inexact and
 * carries a double instead. Plain values, no allocation.
 */
struct amount {
	long long m;
	int e;
	bool exact;
	double d; /* used when !exact */
};

/* The amount n (an integer). */
struct amount amount_int(long long n);

/*
 * Parses a number written with digits: "28,500", "4.7", "12,34,567.89",
 * "1000000"; commas (and thin or no-break spaces) group digits, one '.'
 * is the decimal point. Returns 0, or -1 when s[0..n) is not such a
 * number.
 */
int amount_parse_digits(const char *s, size_t n, struct amount *out);

/*
 * Parses a number in words or digits followed by words: "five",
 * "twenty-two", "three hundred", "one hundred thousand", "a", "10
 * thousand", "forty five". `numbers` maps number words to values
 * ("hundred" multiplies what precedes it), `magnitudes` maps words like
 * "thousand", "million", "bn" (values >= 1000: they close a group, as in
 * "two hundred thousand"). "and" is skipped and "a"/"an" count as one.
 * Either lexicon may be NULL. Returns 0, or -1 when a word is unknown.
 */
int amount_parse(const char *s, size_t n, const struct lexicon *numbers,
		 const struct lexicon *magnitudes, struct amount *out);

/* a x b and a + b (exact when both are and the result fits). */
struct amount amount_mul(struct amount a, struct amount b);
struct amount amount_add(struct amount a, struct amount b);

/* -a. */
struct amount amount_neg(struct amount a);

/* The value as a double (correctly rounded when exact). */
double amount_to_double(struct amount a);

/* True when the amount is an integer that fits in a long long; *out gets
 * it. */
bool amount_to_int(struct amount a, long long *out);

#endif
