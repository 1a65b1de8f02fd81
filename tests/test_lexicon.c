/* test_lexicon.c - .lex parsing, exact and folded lookup, longest match */
#include <string.h>

#include "harness.h"
#include "lexicon.h"

static const char *const LEX = "# currencies\n"
			       "\n"
			       "$\tUSD\n"
			       "US$\tUSD\n"
			       "  australian dollars\tAUD  \n"
			       "USD\tUSD\n"
			       "usd\tusd-lower\n"
			       "won\tKRW\n"
			       "bare\n";

static void test_load(void)
{
	struct lexicon_error errs[4];
	size_t nerrs = 0;
	struct lexicon *lx =
	    lexicon_load("cur", LEX, strlen(LEX), errs, 4, &nerrs);
	CHECK_INT(nerrs, 0);
	CHECK_STR(lexicon_name(lx), "cur");
	CHECK_INT(lexicon_size(lx), 7);
	const char *v = NULL;
	CHECK_STR(lexicon_entry(lx, 2, &v), "australian dollars");
	CHECK_STR(v, "AUD");
	CHECK_STR(lexicon_entry(lx, 6, &v), "bare");
	CHECK_STR(v, "");
	CHECK(lexicon_entry(lx, 7, &v) == NULL);
	CHECK_INT(lexicon_max_len(lx), strlen("australian dollars"));
	lexicon_free(lx);
}

struct find_case {
	const char *s;
	enum lex_case cs;
	const char *value; /* NULL: not found */
};

static const struct find_case finds[] = {
    {"$", LEX_EXACT, "USD"},
    {"US$", LEX_EXACT, "USD"},
    {"us$", LEX_EXACT, NULL},
    {"us$", LEX_ICASE, "USD"},
    {"usd", LEX_ICASE, "usd-lower"}, /* exact spelling preferred */
    {"Usd", LEX_ICASE, "USD"},       /* else the first folded entry */
    {"Australian  Dollars", LEX_ICASE, "AUD"},
    {"australian\xc2\xa0" "dollars", LEX_EXACT, "AUD"}, /* no-break space */
    {"australian\xe2\x80\x89" "dollars", LEX_EXACT, "AUD"}, /* thin */
    {"australian", LEX_ICASE, NULL},
    {"", LEX_ICASE, NULL},
    {"wo", LEX_EXACT, NULL},
};

static void test_find(void)
{
	size_t nerrs = 0;
	struct lexicon *lx = lexicon_load("cur", LEX, strlen(LEX), NULL, 0,
					  &nerrs);
	for (size_t i = 0; i < sizeof finds / sizeof finds[0]; i++) {
		const char *v = NULL;
		bool ok = lexicon_find(lx, finds[i].s, strlen(finds[i].s),
				       finds[i].cs, &v);
		CHECK_INT(ok, finds[i].value != NULL);
		if (ok)
			CHECK_STR(v, finds[i].value);
	}
	lexicon_free(lx);
}

static void test_longest(void)
{
	size_t nerrs = 0;
	struct lexicon *lx = lexicon_load("cur", LEX, strlen(LEX), NULL, 0,
					  &nerrs);
	const char *t = "paid US$5 and 9 Australian   dollars, won";
	const char *v = NULL;
	CHECK_INT(lexicon_longest_at(lx, t, strlen(t), 5, LEX_EXACT, &v), 3);
	CHECK_STR(v, "USD");
	/* Ends at a word boundary: "US$" then a digit is fine ($ is not a
	 * letter); "Australian   dollars" spans the extra spaces. */
	CHECK_INT(lexicon_longest_at(lx, t, strlen(t), 16, LEX_ICASE, &v),
		  strlen("Australian   dollars"));
	CHECK_STR(v, "AUD");
	CHECK_INT(lexicon_longest_at(lx, t, strlen(t), 16, LEX_EXACT, &v), 0);
	CHECK_INT(lexicon_longest_at(lx, t, strlen(t), 38, LEX_EXACT, &v), 3);
	const char *t2 = "wonder";
	CHECK_INT(lexicon_longest_at(lx, t2, strlen(t2), 0, LEX_EXACT, &v), 0);
	lexicon_free(lx);
}

static void test_errors(void)
{
	/* Line 4's entry is a no-break space only: empty once folded. */
	const char *bad = "one\t1\n\ttwo\t2\none\t3\n\xc2\xa0\tx\n";
	struct lexicon_error errs[4];
	size_t nerrs = 0;
	struct lexicon *lx =
	    lexicon_load("n", bad, strlen(bad), errs, 4, &nerrs);
	CHECK_INT(nerrs, 2);
	CHECK_INT(errs[0].line, 3);
	CHECK_INT(errs[0].col, 1);
	CHECK(strstr(errs[0].msg, "duplicate entry 'one' (first at line 1)"));
	CHECK_INT(errs[1].line, 4);
	CHECK(strstr(errs[1].msg, "empty entry") != NULL);
	CHECK_INT(lexicon_size(lx), 2); /* one, two */
	lexicon_free(lx);
}

static void test_space_len(void)
{
	CHECK_INT(lexicon_space_len(" ", 1), 1);
	CHECK_INT(lexicon_space_len("\xc2\xa0", 2), 2);
	CHECK_INT(lexicon_space_len("\xe2\x80\x89", 3), 3);
	CHECK_INT(lexicon_space_len("\xe2\x80\xaf", 3), 3);
	CHECK_INT(lexicon_space_len("\xe2\x80\x99", 3), 0); /* ’ */
	CHECK_INT(lexicon_space_len("x", 1), 0);
	CHECK_INT(lexicon_space_len("\xc2", 1), 0);
}

int main(void)
{
	test_load();
	test_find();
	test_longest();
	test_errors();
	test_space_len();
	return harness_done("lexicon");
}
