/* test_figures.c - figures from sentences: every form, hedge, per, the
 * exclusions; table rows here and more in tests/figures.spec */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "figures.h"
#include "harness.h"
#include "rules.h"
#include "segment.h"

struct want {
	const char *kind, *text;
	double value;
	const char *unit, *hedge, *per;
};

struct fig_case {
	const char *text;
	struct want want[4]; /* ends at kind NULL */
};

#define NONE {NULL, NULL, 0, NULL, NULL, NULL}

/* Rows leave out a trailing hedge and per: they are NULL. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* The forms the issue lists, one row each, and what must not count. */
static const struct fig_case cases[] = {
    /* money */
    {"The U.S. wants $5 billion.", {{"money", "$5 billion", 5e9, "USD"}}},
    {"It asked for US$4.7bn.", {{"money", "US$4.7bn", 4.7e9, "USD"}}},
    {"The deal is worth USD 22.5 million.",
     {{"money", "USD 22.5 million", 22.5e6, "USD"}}},
    {"They asked for 4.7 billion dollars.",
     {{"money", "4.7 billion dollars", 4.7e9, "USD"}}},
    {"Seoul pays $4,700 million.", {{"money", "$4,700 million", 4.7e9, "USD"}}},
    {"Trump wants five billion dollars.",
     {{"money", "five billion dollars", 5e9, "USD"}}},
    {"It costs \xc2\xa3" "3.9bn.", {{"money", "\xc2\xa3" "3.9bn", 3.9e9, "GBP"}}},
    {"Brussels set aside \xe2\x82\xac" "2.1 billion.",
     {{"money", "\xe2\x82\xac" "2.1 billion", 2.1e9, "EUR"}}},
    {"Tokyo pays \xc2\xa5" "1.2 trillion.",
     {{"money", "\xc2\xa5" "1.2 trillion", 1.2e12, "JPY"}}},
    {"Seoul offered 1.39 trillion won.",
     {{"money", "1.39 trillion won", 1.39e12, "KRW"}}},
    {"Manila set \xe2\x82\xb1" "485 billion aside.",
     {{"money", "\xe2\x82\xb1" "485 billion", 485e9, "PHP"}}},
    {"Stamps went up 50 cents.", {{"money", "50 cents", 0.5, "USD"}}},
    {"The shares closed at 470 pence.", {{"money", "470 pence", 4.7, "GBP"}}},
    {"It cost a quarter of a billion dollars.",
     {{"money", "a quarter of a billion dollars", 2.5e8, "USD"}}},
    {"Thin spaces: $890\xe2\x80\x89million.",
     {{"money", "$890\xe2\x80\x89million", 890e6, "USD"}}},
    /* both ends of a range */
    {"Japan must pay from $2 billion to $8 billion each year.",
     {{"money", "$2 billion", 2e9, "USD", NULL, "year"},
      {"money", "$8 billion", 8e9, "USD", NULL, "year"}}},
    {"Tickets cost $10-$20.",
     {{"money", "$10", 10, "USD"}, {"money", "$20", 20, "USD"}}},
    {"A $2-3 billion plan.",
     {{"money", "$2", 2e9, "USD"}, {"money", "3 billion", 3e9, "USD"}}},
    /* a bracketed conversion is its own figure */
    {"The $5 billion (\xc2\xa3" "3.9bn) annual fee.",
     {{"money", "$5 billion", 5e9, "USD", NULL, "year"},
      {"money", "\xc2\xa3" "3.9bn", 3.9e9, "GBP", NULL, "year"}}},
    {"A deficit of 1.6 billion ($2.54 billion).",
     {{"money", "$2.54 billion", 2.54e9, "USD"}}},
    /* lower-case text, sub-units, other currencies */
    {"it priced c$16.4 million and hk$10.05 billion.",
     {{"money", "c$16.4 million", 16.4e6, "CAD"},
      {"money", "hk$10.05 billion", 10.05e9, "HKD"}}},
    {"a us$150 million loan.", {{"money", "us$150 million", 150e6, "USD"}}},
    {"for 420 million finnish markka.",
     {{"money", "420 million finnish markka", 420e6, "FIM"}}},
    {"valued at 528 million francs.",
     {{"money", "528 million francs", 528e6, "CHF"}}},
    {"they received five million yen.",
     {{"money", "five million yen", 5e6, "JPY"}}},
    {"a 12-cent-a-share dividend.", {{"money", "12-cent", 0.12, "USD"}}},
    {"125 million australian dollars of bonds.",
     {{"money", "125 million australian dollars", 125e6, "AUD"}}},
    {"It only cost thirteen dollars and forty-five cents.",
     {{"money", "thirteen dollars and forty-five cents", 13.45, "USD"}}},
    /* troops */
    {"The U.S. stations 28,500 U.S. troops there.",
     {{"troops", "28,500", 28500, "troops"}}},
    {"It has some 28,500 service members in Korea.",
     {{"troops", "28,500", 28500, "troops", "some"}}},
    {"About 3,000 soldiers left.",
     {{"troops", "3,000", 3000, "troops", "about"}}},
    {"They sent a 12,000-strong force.",
     {{"troops", "12,000", 12000, "troops"}}},
    {"Japan hosts 50,000 US troops, while South Korea stations 28,500, both "
     "under old deals.",
     {{"troops", "50,000", 50000, "troops"},
      {"troops", "28,500", 28500, "troops"}}},
    {"Nearly 50,000 American troops are stationed in Japan.",
     {{"troops", "50,000", 50000, "troops", "nearly"}}},
    {"The plant cut 4,000 jobs and 50,000 people protested.", {NONE}},
    {"South Korea stations 28,500 doctors.", {NONE}},
    /* percentages and multipliers */
    {"It rose 8.3% after a 40 percent drop and a 40 per cent gain.",
     {{"percent", "8.3%", 8.3, "percent"},
      {"percent", "40 percent", 40, "percent"},
      {"percent", "40 per cent", 40, "percent"}}},
    {"Costs rose fivefold, then five times as much, then tripled.",
     {{"multiplier", "fivefold", 5, "x"},
      {"multiplier", "five times", 5, "x"},
      {"multiplier", "tripled", 3, "x"}}},
    {"The bill quintuples Seoul\xe2\x80\x99s contribution.",
     {{"multiplier", "quintuples", 5, "x"}}},
    {"Trump pushed Tokyo to quadruple its payments.",
     {{"multiplier", "quadruple", 4, "x"}}},
    {"It is three times as much as before.",
     {{"multiplier", "three times", 3, "x"}}},
    {"I tried to call Bob 3 times already.", {NONE}},
    {"It was a double standard and a triple threat.", {NONE}},
    /* hedges, as written, out of text */
    {"They pay roughly $5 billion, around $2 billion, almost $1 billion.",
     {{"money", "$5 billion", 5e9, "USD", "roughly"},
      {"money", "$2 billion", 2e9, "USD", "around"},
      {"money", "$1 billion", 1e9, "USD", "almost"}}},
    {"It paid more than $5 billion, up to $6 billion, at least $7 billion.",
     {{"money", "$5 billion", 5e9, "USD", "more than"},
      {"money", "$6 billion", 6e9, "USD", "up to"},
      {"money", "$7 billion", 7e9, "USD", "at least"}}},
    {"As much as $5 billion, less than 40% and an estimated $470 million.",
     {{"money", "$5 billion", 5e9, "USD", "as much as"},
      {"percent", "40%", 40, "percent", "less than"},
      {"money", "$470 million", 470e6, "USD", "an estimated"}}},
    {"The Pentagon spends over $5 billion annually.",
     {{"money", "$5 billion", 5e9, "USD", "over", "year"}}},
    {"If Trump loses South Korea to China over $4 billion, so be it.",
     {{"money", "$4 billion", 4e9, "USD"}}},
    {"It is a little more than 40 percent of it.",
     {{"percent", "40 percent", 40, "percent", "a little more than"}}},
    {"It demanded more than five times what it pays now.",
     {{"multiplier", "five times", 5, "x", "more than"}}},
    /* per year */
    {"It pays $1.47 billion a year, $2 billion yearly and $3 billion each "
     "year; sales were $13 billion a year earlier.",
     {{"money", "$1.47 billion", 1.47e9, "USD", NULL, "year"},
      {"money", "$2 billion", 2e9, "USD", NULL, "year"},
      {"money", "$3 billion", 3e9, "USD", NULL, "year"},
      {"money", "$13 billion", 13e9, "USD"}}},
    {"It raised its annual contribution for the troops to $5 billion.",
     {{"money", "$5 billion", 5e9, "USD", NULL, "year"}}},
    /* not figures */
    {"In 2019, aged 45, a 45-year-old man won 3-1 at 5 p.m. on Jan. 5.",
     {NONE}},
    {"Call 555-123-4567 or (202) 555-0143 about the 3rd division.", {NONE}},
    {"The Group of 20 met; F-35 jets and COVID-19 cases; Area 51.", {NONE}},
    {"The number of troops fell by 2019.", {NONE}},
    {"Read more: Tariffs hit 245% in China", {NONE}},
    {"See https://example.com/search?q=30%25%2020% now.", {NONE}},
};

static struct rules *rules;
static struct figures *fx;
static struct matcher *matcher;

/* Figures of one snippet as the body of an article (title optional). */
static void extract(const char *title, const char *text, struct arena *a,
		    struct figure_list *out)
{
	struct article art;
	memset(&art, 0, sizeof art);
	art.id = "0000000000000000";
	art.text = text;
	art.len = strlen(text);
	art.title = title;
	struct segment_lexicons sl = {rules_lexicon(rules, "abbreviations"),
				      rules_lexicon(rules, "sentence_starters")};
	struct segments seg;
	segment_text(text, art.len, &sl, a, &seg);
	figures_extract(fx, matcher, &art, &seg, a, out);
}

static double absd(double x)
{
	return x < 0 ? -x : x;
}

static bool same_value(struct amount got, double want)
{
	double g = amount_to_double(got);
	double scale = absd(want) > 1.0 ? absd(want) : 1.0;
	return absd(g - want) <= 1e-9 * scale;
}

/* Compares one snippet's figures with the expected ones; `where` names
 * the case in messages. */
static void check_case(const char *where, const char *text,
		       const struct want *w, size_t nw)
{
	struct arena *a = arena_new();
	struct figure_list got;
	extract(NULL, text, a, &got);
	bool ok = got.n == nw;
	for (size_t i = 0; ok && i < nw; i++) {
		const struct figure *f = &got.items[i];
		ok = !strcmp(f->kind, w[i].kind) && !strcmp(f->text, w[i].text) &&
		     same_value(f->value, w[i].value) &&
		     !strcmp(f->unit, w[i].unit) &&
		     (f->hedge ? w[i].hedge && !strcmp(f->hedge, w[i].hedge)
			       : !w[i].hedge) &&
		     (f->per ? w[i].per && !strcmp(f->per, w[i].per)
			     : !w[i].per) &&
		     f->end - f->start == strlen(f->text) &&
		     !memcmp(text + f->start, f->text, strlen(f->text)) &&
		     !f->in_title;
	}
	CHECK(ok);
	if (!ok) {
		fprintf(stderr, "%s: %s\n", where, text);
		for (size_t i = 0; i < nw; i++)
			fprintf(stderr, "   want %s | %s | %g | %s | %s | %s\n",
				w[i].kind, w[i].text, w[i].value, w[i].unit,
				w[i].hedge ? w[i].hedge : "-",
				w[i].per ? w[i].per : "-");
		for (size_t i = 0; i < got.n; i++) {
			const struct figure *f = &got.items[i];
			fprintf(stderr,
				"   got  %s | %s | %.10g | %s | %s | %s (%s)\n",
				f->kind, f->text, amount_to_double(f->value),
				f->unit, f->hedge ? f->hedge : "-",
				f->per ? f->per : "-", f->rule);
		}
	}
	CHECK_INT(got.nwarnings, 0);
	arena_free(a);
}

static void test_table(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t nw = 0;
		while (nw < 4 && cases[i].want[nw].kind)
			nw++;
		char where[64];
		snprintf(where, sizeof where, "%s:row %zu", __FILE__, i + 1);
		check_case(where, cases[i].text, cases[i].want, nw);
	}
}

/* tests/figures.spec: "> snippet" lines, each followed by one line per
 * expected figure, "kind | text | value | unit | hedge | per" with "-"
 * for null. Lines starting with '#' are comments. */
static char *field(char **p)
{
	char *s = *p, *bar = strstr(s, " | ");
	if (bar) {
		*bar = '\0';
		*p = bar + 3;
	} else {
		*p = s + strlen(s);
	}
	return s;
}

static void test_spec(const char *path)
{
	FILE *f = fopen(path, "r");
	CHECK(f != NULL);
	if (!f)
		return;
	char line[2048], snippet[2048] = "", where[300];
	struct want w[8];
	char store[8][6][256];
	size_t nw = 0;
	int lineno = 0, snippet_line = 0, ncases = 0;
	bool have = false;
	for (;;) {
		bool eof = !fgets(line, sizeof line, f);
		if (!eof)
			lineno++;
		line[strcspn(line, "\n")] = '\0';
		if (eof || !strncmp(line, "> ", 2)) {
			if (have) {
				snprintf(where, sizeof where, "%s:%d", path,
					 snippet_line);
				check_case(where, snippet, w, nw);
				ncases++;
			}
			if (eof)
				break;
			snprintf(snippet, sizeof snippet, "%s", line + 2);
			snippet_line = lineno;
			nw = 0;
			have = true;
			continue;
		}
		if (!line[0] || line[0] == '#' || !have || nw >= 8)
			continue;
		char *p = line;
		for (int k = 0; k < 6; k++)
			snprintf(store[nw][k], sizeof store[nw][k], "%s",
				 field(&p));
		w[nw].kind = store[nw][0];
		w[nw].text = store[nw][1];
		w[nw].value = strtod(store[nw][2], NULL);
		w[nw].unit = store[nw][3];
		w[nw].hedge = strcmp(store[nw][4], "-") ? store[nw][4] : NULL;
		w[nw].per = strcmp(store[nw][5], "-") ? store[nw][5] : NULL;
		nw++;
	}
	fclose(f);
	CHECK(ncases > 0);
}

static void test_title_and_dollar(void)
{
	struct arena *a = arena_new();
	struct figure_list got;
	extract("Trump weighs withdrawing 4,000 troops",
		"The report said 4,000 US troops could leave.", a, &got);
	CHECK_INT(got.n, 2);
	if (got.n == 2) {
		CHECK(got.items[0].in_title);
		CHECK_STR(got.items[0].sentence,
			  "Trump weighs withdrawing 4,000 troops");
		CHECK(!got.items[1].in_title);
		CHECK_INT(got.items[1].start, 16);
	}
	/* A bare $ is USD unless the text says otherwise. */
	extract(NULL,
		"The mine costs $5 billion. (All figures in Australian "
		"dollars.)",
		a, &got);
	CHECK_INT(got.n, 1);
	CHECK_STR(got.n ? got.items[0].unit : NULL, "AUD");
	extract(NULL, "It costs $5 billion, or US$3.4 billion.", a, &got);
	CHECK_INT(got.n, 2);
	arena_free(a);
}

int main(void)
{
	struct rules_diags dg;
	rules = rules_load("patterns", &dg);
	for (size_t i = 0; i < dg.n; i++)
		fprintf(stderr, "%s:%d:%d: %s\n", dg.items[i].file,
			dg.items[i].line, dg.items[i].col, dg.items[i].msg);
	rules_diags_release(&dg);
	CHECK(rules != NULL);
	if (!rules)
		return harness_done("figures");
	fx = figures_new(rules);
	matcher = rules_matcher_new(rules);
	test_table();
	test_spec("tests/figures.spec");
	test_title_and_dollar();
	rules_matcher_free(matcher);
	figures_free(fx);
	rules_free(rules);
	return harness_done("figures");
}
