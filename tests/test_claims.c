/* test_claims.c - what a figure counts, read from its sentence */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "claims.h"
#include "harness.h"
#include "rules.h"

struct claim_case {
	const char *sentence, *amount, *kind, *per;
	int pub_year;
	/* expected fields; NULL means the field must be NULL */
	const char *thing, *action, *when, *span, *role, *purpose, *towards;
};

/* One row per rule of docs/conflicts.md, in general English news. */
static const struct claim_case cases[] = {
    /* the noun phrase the amount heads */
    {"The government released the first tranche of its \xe2\x82\xac"
     "250m national relief package on Friday.",
     "\xe2\x82\xac"
     "250m",
     "money", NULL, 2025, "relief package", NULL, NULL, NULL, NULL, NULL, NULL},
    /* the noun phrase the amount is the value of */
    {"The cabinet approved a relief package of \xe2\x82\xac"
     "200 million for the region.",
     "\xe2\x82\xac"
     "200 million",
     "money", NULL, 2025, "relief package", NULL, NULL, NULL, NULL, NULL, NULL},
    {"The Netherlands will give Ukraine military aid worth \xe2\x82\xac"
     "1.25 billion.",
     "\xe2\x82\xac"
     "1.25 billion",
     "money", NULL, 2025, "military aid", "give", NULL, NULL, NULL, NULL,
     "Ukraine"},
    {"Officials said the settlement was worth $725 million.", "$725 million",
     "money", NULL, 2026, "settlement", "settle", NULL, NULL, NULL, NULL, NULL},
    /* the act and whom it goes to; "a year" is the span */
    {"Washington will pay Greece $135 million a year for the port.",
     "$135 million", "money", "year", 2025, NULL, "pay", NULL, "annual", NULL,
     NULL, "Greece"},
    /* a purpose after the amount */
    {"The company agreed to pay $725 million to settle the lawsuit.",
     "$725 million", "money", NULL, 2026, NULL, "pay", NULL, NULL, NULL,
     "settle", NULL},
    /* troops: the troop noun, the act after it (passive) */
    {"Some 1,800 soldiers were deployed to the fire zone.", "1,800", "troops",
     NULL, 2025, "troop", "deploy", NULL, NULL, NULL, NULL, NULL},
    {"Britain sent 2,000 troops to Estonia.", "2,000", "troops", NULL, 2025,
     "troop", "deploy", NULL, NULL, NULL, NULL, NULL},
    {"Britain sent Estonia $20 million.", "$20 million", "money", NULL, 2025,
     NULL, "give", NULL, NULL, NULL, NULL, "Estonia"},
    {"The minister said 150 instructors will train the recruits.", "150",
     "troops", NULL, 2025, "instructor", "train", NULL, NULL, NULL, NULL, NULL},
    /* a dateline's year is not the amount's */
    {"OSLO, March 3, 2026 - Norway will give Ukraine 480 million euros.",
     "480 million euros", "money", NULL, 2026, NULL, "give", NULL, NULL, NULL,
     NULL, "Ukraine"},
    /* when: a year after the amount, "next year" against the date */
    {"The state will spend $4 billion on schools next year.", "$4 billion",
     "money", NULL, 2025, "school", "spend", "2026", NULL, NULL, NULL, NULL},
    {"Spending rose to $3 billion in 2024.", "$3 billion", "money", NULL, 2025,
     "spending", "change-up", "2024", NULL, NULL, NULL, NULL},
    /* role: a part, the level a change starts from, a possibility */
    {"The package includes $600 million for air defence.", "$600 million",
     "money", NULL, 2025, NULL, NULL, NULL, NULL, "part", NULL, NULL},
    {"The company will put $600 million into a restitution fund.",
     "$600 million", "money", NULL, 2025, NULL, "fund", NULL, NULL, NULL,
     "restitution fund", NULL},
    {"Spending rises to $27 billion, up from $24 billion last year.",
     "$24 billion", "money", NULL, 2025, NULL, "change-up", "2024", NULL,
     "from", NULL, NULL},
    {"The force could grow to 2,400 soldiers later this week.", "2,400",
     "troops", NULL, 2025, "troop", "change-up", NULL, NULL, "potential", NULL,
     NULL},
    /* span: a total since a date */
    {"Total aid since 2022 has reached $9 billion.", "$9 billion", "money",
     NULL, 2025, NULL, NULL, NULL, "since", NULL, NULL, NULL},
    /* a percentage of a thing */
    {"About 30 percent of the protected fir forest has burned.", "30 percent",
     "percent", NULL, 2025, "protected fir forest", NULL, NULL, NULL, NULL,
     NULL, NULL},
    {"The budget grows by 14.6%, an increase that surprised analysts.", "14.6%",
     "percent", NULL, 2025, "budget", "change-up", NULL, NULL, NULL, NULL,
     NULL},
};

static void test_cases(const struct claims *c)
{
	struct arena *a = arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct claim_case *k = &cases[i];
		const char *at = strstr(k->sentence, k->amount);
		CHECK(at != NULL);
		if (!at)
			continue;
		size_t s = (size_t)(at - k->sentence);
		struct claim cl;
		claims_read(c, k->sentence, strlen(k->sentence), s,
			    s + strlen(k->amount), k->kind, k->per, k->pub_year,
			    a, &cl);
		int before = harness_failed;
		CHECK_STR(cl.thing, k->thing);
		CHECK_STR(cl.action, k->action);
		CHECK_STR(cl.when, k->when);
		CHECK_STR(cl.span, k->span);
		CHECK_STR(cl.role, k->role);
		CHECK_STR(cl.purpose, k->purpose);
		CHECK_STR(cl.towards, k->towards);
		if (harness_failed != before)
			fprintf(stderr, "  row %zu: %s\n", i, k->sentence);
	}
	arena_free(a);
}

/* A bracketed amount right after another converts it. */
static void test_conversion(void)
{
	const char *s = "It pays $5 billion (\xc2\xa3"
			"3.9bn) a year and $2 billion more.";
	size_t end5 = (size_t)(strstr(s, " (") - s);
	size_t gbp = (size_t)(strstr(s, "\xc2\xa3") - s);
	size_t two = (size_t)(strstr(s, "$2") - s);
	CHECK(claims_is_conversion(s, end5, gbp));
	CHECK(!claims_is_conversion(s, gbp + 7, two));
}

/* Nothing in a sentence can make the reader misbehave: empty spans,
 * spans at the ends, a sentence of one long word, bytes that are not
 * words. */
static void test_edges(const struct claims *c)
{
	struct arena *a = arena_new();
	struct claim cl;
	const char *s = "$5";
	claims_read(c, s, 2, 0, 2, "money", NULL, 0, a, &cl);
	CHECK(cl.thing == NULL);
	claims_read(c, s, 2, 1, 1, "money", NULL, 0, a, &cl);
	CHECK(cl.action == NULL);
	claims_read(c, s, 2, 0, 5, "money", NULL, 0, a, &cl);
	CHECK(cl.action == NULL);
	/* a connective first in the sentence (a fuzzer found it) */
	const char *to = "to $5 more";
	claims_read(c, to, strlen(to), 3, 5, "money", NULL, 0, a, &cl);
	CHECK(cl.thing == NULL);
	char big[5000];
	memset(big, 'a', sizeof big);
	memcpy(big + 2500, " 40 ", 4);
	claims_read(c, big, sizeof big, 2501, 2503, "troops", NULL, 0, a, &cl);
	CHECK(cl.when == NULL);
	const char odd[] = "\xe2\x82\xac\xe2\x80\x99 ( ( ; : 7 \xc2\xa0 , ) x";
	size_t at = (size_t)(strchr(odd, '7') - odd);
	claims_read(c, odd, sizeof odd - 1, at, at + 1, "money", "year", 2020,
		    a, &cl);
	CHECK_STR(cl.span, "annual");
	arena_free(a);
}

int main(void)
{
	struct rules_diags dg;
	memset(&dg, 0, sizeof dg);
	struct rules *r = rules_load("patterns", &dg);
	for (size_t i = 0; i < dg.n; i++)
		fprintf(stderr, "%s:%d:%d: %s\n", dg.items[i].file,
			dg.items[i].line, dg.items[i].col, dg.items[i].msg);
	rules_diags_release(&dg);
	CHECK(r != NULL);
	if (!r)
		return harness_done("claims");
	struct claims *c = claims_new(r);
	CHECK(c != NULL);
	test_cases(c);
	test_conversion();
	test_edges(c);
	claims_free(c);
	rules_free(r);
	return harness_done("claims");
}
