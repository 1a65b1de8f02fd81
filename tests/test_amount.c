/* test_amount.c - exact decimal values and number words */
#include <math.h>
#include <string.h>

#include "amount.h"
#include "harness.h"
#include "lexicon.h"

struct digits_case {
	const char *s;
	int rc;
	double value;
	long long integer; /* -1: not an integer */
};

static const struct digits_case digits[] = {
    {"28,500", 0, 28500, 28500},
    {"4.7", 0, 4.7, -1},
    {"4.70", 0, 4.7, -1},
    {"12,34,567.89", 0, 1234567.89, -1},
    {"1000000", 0, 1e6, 1000000},
    {"0.05", 0, 0.05, -1},
    {"007", 0, 7, 7},
    {"28\xe2\x80\x89" "500", 0, 28500, 28500}, /* thin space groups */
    {"28 500", -1, 0, -1},                   /* an ASCII space does not */
    {"", -1, 0, -1},
    {"abc", -1, 0, -1},
    {"1.2.3", -1, 0, -1},
    {"1234567890123456789012", 0, 1234567890123456789012.0, -1},
};

static void test_digits(void)
{
	for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++) {
		const struct digits_case *c = &digits[i];
		struct amount a;
		int rc = amount_parse_digits(c->s, strlen(c->s), &a);
		CHECK_INT(rc, c->rc);
		if (rc)
			continue;
		CHECK(fabs(amount_to_double(a) - c->value) <=
		      1e-9 * fabs(c->value));
		long long iv = -1;
		bool isint = amount_to_int(a, &iv);
		CHECK_INT(isint ? iv : -1, c->integer);
	}
}

static void test_exact(void)
{
	struct amount a, b;
	amount_parse_digits("4.7", 3, &a);
	amount_parse_digits("1000000000", 10, &b);
	long long iv = 0;
	CHECK(amount_to_int(amount_mul(a, b), &iv));
	CHECK_INT(iv, 4700000000LL);
	amount_parse_digits("1.39", 4, &a);
	b = amount_int(1000000000000LL);
	CHECK(amount_to_int(amount_mul(a, b), &iv));
	CHECK_INT(iv, 1390000000000LL);
	/* 13 dollars + 45 hundredths */
	struct amount cent = {1, -2, true, 0};
	struct amount v = amount_add(amount_int(13),
				     amount_mul(amount_int(45), cent));
	CHECK(!amount_to_int(v, &iv));
	CHECK(amount_to_double(v) == 13.45);
	CHECK(amount_to_double(amount_neg(v)) == -13.45);
	/* Overflow turns inexact but stays close. */
	struct amount big = amount_mul(amount_int(999999999999LL),
				       amount_int(999999999999LL));
	CHECK(!big.exact);
	CHECK(fabs(amount_to_double(big) - 9.99999999998e23) < 1e12);
}

static const char *const NUMBERS =
    "one\t1\ntwo\t2\nthree\t3\nfive\t5\nten\t10\ntwelve\t12\ntwenty\t20\n"
    "forty\t40\nhundred\t100\n";
static const char *const MAGS = "thousand\t1000\nmillion\t1000000\n";

struct words_case {
	const char *s;
	int rc;
	double value;
};

static const struct words_case words[] = {
    {"five", 0, 5},
    {"Twenty-two", 0, 22},
    {"twenty-five", 0, 25},
    {"forty five", 0, 45},
    {"three hundred", 0, 300},
    {"one hundred and five", 0, 105},
    {"three thousand", 0, 3000},
    {"two hundred thousand", 0, 200000},
    {"a million", 0, 1e6},
    {"10 thousand", 0, 1e4},
    {"1.5 million", 0, 1.5e6},
    {"twelve million three hundred thousand", 0, 12300000},
    {"lots", -1, 0},
    {"", -1, 0},
};

static void test_words(void)
{
	size_t n = 0;
	struct lexicon *num = lexicon_load("numbers", NUMBERS,
					   strlen(NUMBERS), NULL, 0, &n);
	struct lexicon *mag =
	    lexicon_load("magnitudes", MAGS, strlen(MAGS), NULL, 0, &n);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		const struct words_case *c = &words[i];
		struct amount a;
		int rc = amount_parse(c->s, strlen(c->s), num, mag, &a);
		CHECK_INT(rc, c->rc);
		if (rc == 0)
			CHECK(fabs(amount_to_double(a) - c->value) < 1e-6);
	}
	lexicon_free(num);
	lexicon_free(mag);
}

int main(void)
{
	test_digits();
	test_exact();
	test_words();
	return harness_done("amount");
}
