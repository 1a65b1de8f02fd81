/* test_conflicts.c - hedge intervals and the status of a quantity */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "conflicts.h"
#include "err.h"
#include "harness.h"
#include "records.h"

static void test_intervals(void)
{
	static const struct {
		double value;
		const char *hedge, *text;
		double lo, hi;
	} rows[] = {
		{5e9, NULL, "$5 billion", 5e9, 5e9},
		{4.7e9, NULL, "$4.7 billion", 4.65e9, 4.75e9},
		{4.65e9, NULL, "$4.65 billion", 4.645e9, 4.655e9},
		{28500, NULL, "28,500", 28500, 28500},
		{5e9, "nearly", "$5 billion", 4.5e9, 5e9},
		{5e9, "roughly", "$5 billion", 4.5e9, 5.5e9},
		{8e9, "more than", "$8 billion", 8e9, 12e9},
		{40, "a little more than", "40 percent", 40, 44},
		{5e9, "up to", "$5 billion", 2.5e9, 5e9},
		{890e6, "about", "$890 million", 801e6, 979e6},
		{3, "some odd hedge", "3", 2.7, 3.3},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		double lo, hi;
		conflicts_interval(rows[i].value, rows[i].hedge, rows[i].text,
				   &lo, &hi);
		CHECK(fabs(lo - rows[i].lo) <= 1e-6 * fabs(rows[i].lo) + 1e-9);
		CHECK(fabs(hi - rows[i].hi) <= 1e-6 * fabs(rows[i].hi) + 1e-9);
	}
}

/* Loads records from a string (one JSON object a line). */
static void load(struct record_set *set, const char *jsonl)
{
	FILE *fp = fmemopen((void *)jsonl, strlen(jsonl), "r");
	struct err e;
	err_clear(&e);
	CHECK_INT(records_read(set, fp, "test", 1 << 20, &e), 0);
	fclose(fp);
}

#define ART(id, pub)                                                       \
	"{\"type\":\"article\",\"id\":\"" id "\",\"source\":\"" id         \
	".txt\",\"published\":" pub "}\n"
#define FIG(art, key, text, value, hedge, sentence)                        \
	"{\"type\":\"figure\",\"article\":\"" art "\",\"kind\":\"money\","  \
	"\"unit\":\"USD\",\"key\":\"" key "\",\"text\":\"" text            \
	"\",\"value\":" value ",\"hedge\":" hedge ",\"sentence\":\""       \
	sentence "\"}\n"

struct status_case {
	const char *name;
	const char *records;
	size_t nconflicts;
	enum conflict_status status; /* of the first */
	size_t nvalues;
};

static const struct status_case cases[] = {
	{"plain values differ, same year: conflict",
	 ART("a", "\"2019-11-20\"") ART("b", "\"2019-11-21\"")
	     FIG("a", "k", "$5 billion", "5000000000", "null", "x")
		 FIG("b", "k", "$4.7 billion", "4700000000", "null", "y"),
	 1, STATUS_CONFLICT, 2},
	{"hedged nearly 5 agrees with 4.7",
	 ART("a", "\"2019-11-20\"") ART("b", "\"2019-11-21\"")
	     FIG("a", "k", "$5 billion", "5000000000", "\"nearly\"", "x")
		 FIG("b", "k", "$4.7 billion", "4700000000", "null", "y"),
	 1, STATUS_AGREE, 2},
	{"rounding: 4.7 and 4.65 agree",
	 ART("a", "null") ART("b", "null")
	     FIG("a", "k", "$4.7 billion", "4700000000", "null", "x")
		 FIG("b", "k", "$4.65 billion", "4650000000", "null", "y"),
	 1, STATUS_AGREE, 2},
	{"years apart: over time",
	 ART("a", "\"2019-11-20\"") ART("b", "\"2025-04-17\"")
	     FIG("a", "k", "$890 million", "890000000", "\"about\"", "x")
		 FIG("b", "k", "$1.47 billion", "1470000000", "null", "y"),
	 1, STATUS_OVER_TIME, 2},
	{"sentence years differ: over time",
	 ART("a", "null") ART("b", "null")
	     FIG("a", "k", "$1 billion", "1000000000", "null", "in 2019 it paid")
		 FIG("b", "k", "$2 billion", "2000000000", "null", "in 2024 it paid"),
	 1, STATUS_OVER_TIME, 2},
	{"undated in a run spanning years: not comparable",
	 ART("a", "null") ART("b", "null") ART("c", "\"2019-01-01\"")
	     ART("d", "\"2025-01-01\"")
		 FIG("a", "k", "$1 billion", "1000000000", "null", "x")
		     FIG("b", "k", "$2 billion", "2000000000", "null", "y"),
	 1, STATUS_OVER_TIME, 2},
	{"undated in a one-period run: comparable",
	 ART("a", "null") ART("b", "null")
	     FIG("a", "k", "$1 billion", "1000000000", "null", "x")
		 FIG("b", "k", "$2 billion", "2000000000", "null", "y"),
	 1, STATUS_CONFLICT, 2},
	{"one article only: no record",
	 ART("a", "null") FIG("a", "k", "$1 billion", "1000000000", "null",
			      "x") FIG("a", "k", "$2 billion", "2000000000",
				       "null", "y"),
	 0, STATUS_AGREE, 0},
	{"disagreement inside one article of a multi-year run: conflict",
	 ART("a", "\"2019-11-21\"") ART("b", "\"2025-04-17\"")
	     FIG("a", "k", "$5 billion", "5000000000", "null", "x")
		 FIG("a", "k", "$4.7 billion", "4700000000", "null", "y")
		     FIG("b", "k", "$4.7 billion", "4700000000", "null", "z"),
	 1, STATUS_CONFLICT, 2},
	{"two amounts of one sentence are never compared",
	 ART("a", "\"2019-11-20\"") ART("b", "\"2025-04-17\"")
	     FIG("a", "k", "$1 billion", "1000000000", "null", "from 1 to 2")
		 FIG("a", "k", "$2 billion", "2000000000", "null", "from 1 to 2")
		     FIG("b", "k", "$1 billion", "1000000000", "null", "z"),
	 1, STATUS_OVER_TIME, 2},
	{"values far apart are two quantities, not a dispute",
	 ART("a", "\"2019-11-20\"") ART("b", "\"2019-11-21\"")
	     FIG("a", "k", "$2 billion", "2000000000", "null", "x")
		 FIG("b", "k", "$10 billion", "10000000000", "null", "y"),
	 1, STATUS_AGREE, 2},
	{"figures without key are ignored",
	 ART("a", "null") ART("b", "null")
	     "{\"type\":\"figure\",\"article\":\"a\",\"kind\":\"money\","
	     "\"value\":1,\"key\":null}\n"
	     "{\"type\":\"figure\",\"article\":\"b\",\"kind\":\"money\","
	     "\"value\":2}\n",
	 0, STATUS_AGREE, 0},
};

static void test_status(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct record_set set;
		struct conflict_list cl;
		records_init(&set);
		load(&set, cases[i].records);
		conflicts_compute(&set, &cl);
		CHECK_INT(cl.n, cases[i].nconflicts);
		if (cl.n != cases[i].nconflicts)
			fprintf(stderr, "  case: %s\n", cases[i].name);
		if (cl.n && cases[i].nconflicts) {
			CHECK_STR(conflicts_status_name(cl.items[0].status),
				  conflicts_status_name(cases[i].status));
			CHECK_INT(cl.items[0].nvalues, cases[i].nvalues);
			if (cl.items[0].status != cases[i].status)
				fprintf(stderr, "  case: %s\n", cases[i].name);
		}
		conflicts_free(&cl);
		records_release(&set);
	}
}

static void test_bad_input(void)
{
	struct record_set set;
	records_init(&set);
	const char *bad = "{\"type\":\"article\",\"id\":\"a\"}\n\nnot json\n";
	FILE *fp = fmemopen((void *)bad, strlen(bad), "r");
	struct err e;
	err_clear(&e);
	CHECK_INT(records_read(&set, fp, "f.jsonl", 1 << 20, &e), -1);
	CHECK_STR(e.where, "f.jsonl");
	CHECK(strstr(e.msg, "line 3") != NULL);
	CHECK_INT(set.narticles, 1);
	fclose(fp);
	records_release(&set);
}

int main(void)
{
	test_intervals();
	test_status();
	test_bad_input();
	return harness_done("conflicts");
}
