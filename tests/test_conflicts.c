/* test_conflicts.c - intervals, stories, copies and the status of a claim */
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

/* Loads records from a string (one JSON object a line); returns the
 * number of bad lines. */
static size_t load(struct record_set *set, const char *jsonl)
{
	struct err e;
	err_clear(&e);
	records_read_buffer(set, jsonl, strlen(jsonl), "test", 1 << 20, NULL,
			    &e);
	return set->lines_bad;
}

/* An article of story S (its signature names two people and a place
 * only that story has) published on DATE; MH is its minhash (64 hex
 * digits repeated 4 times: the same MH makes two articles copies). */
#define SIG(s, mh)                                                             \
	"\"signature\":{\"v\":1,\"names\":[\"Anna " s "\",\"Boris " s          \
	"\"],\"places\":[\"Ruritania\"],\"terms\":[\"" s "word\"],"            \
	"\"numbers\":[],\"minhash\":\"" mh mh mh mh "\"}"
#define MH1 "0000000100000002000000030000000400000005000000060000000700000008"
#define MH2 "1000000120000002300000034000000450000005600000067000000780000008"
#define MH3 "a000000ab000000bc000000cd000000de000000ef000000f0000000011000001"
#define ART(id, s, date, mh)                                                   \
	"{\"type\":\"article\",\"id\":\"" id "\",\"source\":\"" id             \
	".txt\",\"published\":" date "," SIG(s, mh) "}\n"
/* A money figure with its claim. */
#define FIG(art, text, value, hedge, claim)                                    \
	"{\"type\":\"figure\",\"article\":\"" art "\",\"kind\":\"money\","     \
	"\"unit\":\"EUR\",\"text\":\"" text "\",\"value\":" value              \
	",\"hedge\":" hedge ",\"sentence\":\"s\",\"claim\":{" claim "}}\n"
#define RELIEF "\"thing\":\"relief package\",\"action\":\"pledge\""
#define D1 "\"2025-08-18\""
#define D2 "\"2025-08-19\""

struct status_case {
	const char *name;
	const char *records;
	size_t nconflicts;
	enum conflict_status status; /* of the first */
	size_t nvalues;
};

static const struct status_case cases[] = {
    {"one claim, values differ, one story: conflict",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("b", "EUR 200 million", "200000000", "null", RELIEF),
     1, STATUS_CONFLICT, 2},
    {"a hedge that reaches the other value: agree",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "\"nearly\"", RELIEF)
	     FIG("b", "EUR 240 million", "240000000", "null", RELIEF),
     1, STATUS_AGREE, 2},
    {"rounding: 4.7 and 4.65 agree",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 4.7 billion", "4700000000", "null", RELIEF)
	     FIG("b", "EUR 4.65 billion", "4650000000", "null", RELIEF),
     1, STATUS_AGREE, 2},
    {"stated for different years: over time",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2) FIG(
	 "a", "EUR 250 million", "250000000", "null",
	 RELIEF ",\"when\":\"2024\"") FIG("b", "EUR 200 million", "200000000",
					  "null", RELIEF ",\"when\":\"2025\""),
     1, STATUS_OVER_TIME, 2},
    {"one dated, one not: not compared",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "null",
	     RELIEF ",\"when\":\"2024\"")
	     FIG("b", "EUR 200 million", "200000000", "null", RELIEF),
     0, STATUS_AGREE, 0},
    {"values more than 1.5x apart: two quantities",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("b", "EUR 90 million", "90000000", "null", RELIEF),
     0, STATUS_AGREE, 0},
    {"two values of one article are two quantities",
     ART("a", "x", D1, MH1)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("a", "EUR 200 million", "200000000", "null", RELIEF),
     0, STATUS_AGREE, 0},
    {"copies of one text are one source",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH1)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("b", "EUR 200 million", "200000000", "null", RELIEF),
     0, STATUS_AGREE, 0},
    {"two stories sharing a place: never compared",
     ART("a", "x", D1, MH1) ART("b", "y", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("b", "EUR 200 million", "200000000", "null", RELIEF),
     0, STATUS_AGREE, 0},
    {"one story, weeks apart: two stories",
     ART("a", "x", D1, MH1) ART("b", "x", "\"2025-10-01\"", MH2)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("b", "EUR 200 million", "200000000", "null", RELIEF),
     0, STATUS_AGREE, 0},
    {"things that differ: two quantities",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("b", "EUR 200 million", "200000000", "null",
		 "\"thing\":\"farm grant\",\"action\":\"pledge\""),
     0, STATUS_AGREE, 0},
    {"a part and its whole: two quantities",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "null", RELIEF)
	     FIG("b", "EUR 200 million", "200000000", "null",
		 RELIEF ",\"role\":\"part\""),
     0, STATUS_AGREE, 0},
    {"one word alike, both in their ledes: conflict",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 480 million", "480000000", "null",
	     "\"thing\":\"package\",\"lead\":true")
	     FIG("b", "EUR 540 million", "540000000", "null",
		 "\"thing\":\"aid package\",\"lead\":true"),
     1, STATUS_CONFLICT, 2},
    {"one field alike is not enough",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 250 million", "250000000", "null",
	     "\"thing\":\"tariff\"") FIG("b", "EUR 200 million", "200000000",
					 "null", "\"thing\":\"tariff\""),
     0, STATUS_AGREE, 0},
    {"the same act with a second field alike: conflict",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 128 million", "128000000", "null",
	     "\"action\":\"pay\",\"span\":\"annual\"")
	     FIG("b", "EUR 135 million", "135000000", "null",
		 "\"action\":\"pay\",\"span\":\"annual\""),
     1, STATUS_CONFLICT, 2},
    {"a change alone says nothing of what changes",
     ART("a", "x", D1, MH1) ART("b", "x", D2, MH2)
	 FIG("a", "EUR 2.4 billion", "2400000000", "null",
	     "\"action\":\"change-up\",\"when\":\"2026\"")
	     FIG("b", "EUR 1.9 billion", "1900000000", "null",
		 "\"action\":\"change-up\",\"when\":\"2026\""),
     0, STATUS_AGREE, 0},
    {"figures without a claim are not compared",
     ART("a", "x", D1, MH1)
	 ART("b", "x", D2,
	     MH2) "{\"type\":\"figure\",\"article\":\"a\",\"kind\":\"money\","
		  "\"unit\":\"EUR\",\"value\":1}\n"
		  "{\"type\":\"figure\",\"article\":\"b\",\"kind\":\"money\","
		  "\"unit\":\"EUR\",\"value\":2,\"claim\":null}\n",
     0, STATUS_AGREE, 0},
};

static void test_status(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct record_set set;
		struct conflict_list cl;
		records_init(&set);
		CHECK_INT(load(&set, cases[i].records), 0);
		conflicts_compute(&set, &cl);
		int before = harness_failed;
		CHECK_INT(cl.n, cases[i].nconflicts);
		if (cl.n && cases[i].nconflicts) {
			CHECK_STR(conflicts_status_name(cl.items[0].status),
				  conflicts_status_name(cases[i].status));
			CHECK_INT(cl.items[0].nvalues, cases[i].nvalues);
			CHECK(cl.items[0].matched != NULL);
			if (cases[i].status != STATUS_AGREE) {
				CHECK(cl.items[0].reason != NULL);
				CHECK(cl.items[0].confidence > 0.5);
			}
		}
		if (harness_failed != before)
			fprintf(stderr, "  case: %s\n", cases[i].name);
		conflicts_free(&cl);
		records_release(&set);
	}
}

/* Stories and copies as the story list shows them. */
static void test_stories(void)
{
	struct record_set set;
	records_init(&set);
	load(&set, ART("a", "x", D1, MH1) ART("b", "x", D2, MH1)
		       ART("c", "x", D2, MH2) ART("d", "y", D1, MH3));
	struct conflict_list cl;
	conflicts_compute(&set, &cl);
	CHECK_INT(cl.stories.n, 2);
	CHECK_INT(cl.stories.of_article[0], cl.stories.of_article[2]);
	CHECK(cl.stories.of_article[0] != cl.stories.of_article[3]);
	CHECK_INT(cl.stories.copy_of[1], 0);
	CHECK_INT(cl.stories.copy_of[2], 2);
	CHECK_INT(cl.stories.items[cl.stories.of_article[0]].sources, 2);
	CHECK(stories_linked(&cl.stories, 0, 2));
	CHECK(stories_linked(&cl.stories, 1, 2));
	CHECK(!stories_linked(&cl.stories, 0, 3));
	conflicts_free(&cl);
	records_release(&set);
}

/* Bad lines are named and skipped; the rest is read. */
static void test_bad_input(void)
{
	static const struct {
		const char *line, *why;
	} rows[] = {
	    {"not json", "not JSON"},
	    {"[1,2]", "not a JSON object"},
	    {"{\"type\":\"article\",\"id\":\"x\",\"v\":2}",
	     "unknown record version"},
	    {"{\"type\":\"article\",\"id\":\"x\",\"signature\":{\"v\":9}}",
	     "unknown signature version"},
	    {"{\"type\":\"figure\",\"article\":\"a\",\"value\":\"5\"}",
	     "figure without a numeric value"},
	    {"{\"type\":\"article\",\"id\":\"a\"", "not JSON"},
	    {"{\"id\":\"a\"}", "no \"type\" field"},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct record_set set;
		records_init(&set);
		char buf[512];
		snprintf(buf, sizeof buf,
			 "{\"type\":\"article\",\"id\":\"a\"}\n\n%s\n"
			 "{\"type\":\"article\",\"id\":\"b\"}\n",
			 rows[i].line);
		char diag[512] = "";
		FILE *d = fmemopen(diag, sizeof diag - 1, "w");
		struct err e;
		err_clear(&e);
		CHECK_INT(records_read_buffer(&set, buf, strlen(buf), "f.jsonl",
					      1 << 20, d, &e),
			  -1);
		fclose(d);
		CHECK_STR(e.where, "f.jsonl");
		CHECK(strstr(e.msg, "line 3") != NULL);
		CHECK(strstr(diag, "f.jsonl:3: ") == diag);
		CHECK(strstr(diag, rows[i].why) != NULL);
		CHECK_INT(set.narticles, 2); /* the line after is read */
		CHECK_INT(set.lines_bad, 1);
		records_release(&set);
	}
	/* a huge number is never converted to an integer */
	struct record_set set;
	records_init(&set);
	CHECK_INT(load(&set, "{\"type\":\"article\",\"id\":\"a\"}\n"
			     "{\"type\":\"figure\",\"article\":\"a\","
			     "\"value\":1,\"start\":1e74}\n"
			     "{\"type\":\"actor\",\"article\":\"a\","
			     "\"mentions\":-1e300}\n"),
		  0);
	CHECK_INT(set.figures[0].start, -1);
	CHECK_INT(set.actors[0].mentions, 0);
	records_release(&set);
}

int main(void)
{
	test_intervals();
	test_status();
	test_stories();
	test_bad_input();
	return harness_done("conflicts");
}
