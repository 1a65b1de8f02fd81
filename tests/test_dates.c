/* test_dates.c - date parsing and dateline finding, table-driven */
#include <string.h>

#include "dates.h"
#include "harness.h"

/* {input, expected ISO or NULL for "refused"} */
static const struct {
	const char *in;
	const char *want;
} parse_cases[] = {
    /* ISO 8601 and its common variants */
    {"2019-11-21", "2019-11-21"},
    {"  2019-11-21\n", "2019-11-21"},
    {"2019-11-21T10:05:00Z", "2019-11-21T10:05:00Z"},
    {"2019-11-21T10:05:00.123Z", "2019-11-21T10:05:00Z"},
    {"2019-11-21T10:05:00+09:00", "2019-11-21T10:05:00+09:00"},
    {"2019-11-21T10:05:00-0500", "2019-11-21T10:05:00-05:00"},
    {"2019-11-21T10:05", "2019-11-21T10:05:00"},
    {"2019-11-21 10:05", "2019-11-21T10:05:00"},
    {"2019-11-21 10:05:30 +00:00", "2019-11-21T10:05:30Z"},
    {"2019/11/21", "2019-11-21"},
    {"20191121", "2019-11-21"},
    {"20191321", NULL},
    {"2019112", NULL},
    {"201911210", NULL},
    /* month names */
    {"November 21 2019", "2019-11-21"},
    {"November 21, 2019", "2019-11-21"},
    {"Nov. 21, 2019", "2019-11-21"},
    {"nov 21 2019", "2019-11-21"},
    {"Sept. 3, 2019", "2019-09-03"},
    {"Sep 3, 2019", "2019-09-03"},
    {"21 November 2019", "2019-11-21"},
    {"21st November 2019", "2019-11-21"},
    {"2nd of June, 2020", "2020-06-02"},
    {"23rd Oct 2019", "2019-10-23"},
    {"Thursday, January 30, 2020", "2020-01-30"},
    {"Thu. Jan. 30, 2020", "2020-01-30"},
    {"Tues 5 May 2020", "2020-05-05"},
    /* with a time */
    {"Thu, 21 Nov 2019 10:05:00 GMT", "2019-11-21T10:05:00Z"},
    {"Thu, 21 Nov 2019 10:05:00 +0000", "2019-11-21T10:05:00Z"},
    {"Thu Nov 21 2019 10:05:00 GMT+0100", "2019-11-21T10:05:00+01:00"},
    {"November 21, 2019 10:05 am EST", "2019-11-21T10:05:00-05:00"},
    {"November 21, 2019 3:30 PM", "2019-11-21T15:30:00"},
    {"November 21, 2019 at 12:15 a.m.", "2019-11-21T00:15:00"},
    {"November 21, 2019, 9:00 p.m. ET", "2019-11-21"},
    {"21 November 2019 | 14:20", "2019-11-21T14:20:00"},
    /* numeric day/month only when the order cannot be misread */
    {"21/11/2019", "2019-11-21"},
    {"11/21/2019", "2019-11-21"},
    {"21.11.2019", "2019-11-21"},
    {"05/05/2019", "2019-05-05"},
    {"11/12/2019", NULL},
    {"1/2/2019", NULL},
    /* calendar checks */
    {"2020-02-29", "2020-02-29"},
    {"2019-02-29", NULL},
    {"2019-13-01", NULL},
    {"Nov 31, 2019", NULL},
    {"November 0, 2019", NULL},
    /* not (only) a date */
    {"", NULL},
    {"   ", NULL},
    {"2019", NULL},
    {"November 2019", NULL},
    {"November 21", NULL},
    {"on Tuesday", NULL},
    {"last week", NULL},
    {"2019-11-21 and then", NULL},
    {"Novembre 21, 2019", NULL},
    {"21 Novembers 2019", NULL},
    {"201911-21", NULL},
    {"November 21, 20199", NULL},
    {"10:05 November 21, 2019", NULL},
};

static void test_parse(void)
{
	for (size_t i = 0; i < sizeof parse_cases / sizeof *parse_cases; i++) {
		char out[DATES_ISO_MAX] = "untouched";
		const char *in = parse_cases[i].in;
		bool ok = dates_parse(in, strlen(in), out);
		if (parse_cases[i].want) {
			CHECK(ok);
			CHECK_STR(out, parse_cases[i].want);
		} else {
			CHECK(!ok);
			CHECK_STR(out, "untouched");
		}
	}
	/* len is honoured: the string need not end at len */
	char out[DATES_ISO_MAX];
	CHECK(dates_parse("2019-11-21garbage", 10, out));
	CHECK_STR(out, "2019-11-21");
	CHECK(!dates_parse(NULL, 0, out));
}

static const struct {
	const char *text;
	const char *want;
} dateline_cases[] = {
    /* a paragraph-opening dateline beats a bare date line */
    {"Thursday, January 30, 2020\n\nTrump said the talks would go on."
     "\n\n(November 21 2019) The South Korean newspaper said the US "
     "wanted more.",
     "2019-11-21"},
    {"WASHINGTON, Nov. 21, 2019 (Reuters) - The United States asked "
     "for more money.",
     "2019-11-21"},
    {"SEOUL, South Korea, Nov. 21, 2019 \xe2\x80\x94 The South Korean "
     "government said no.",
     "2019-11-21"},
    {"November 21, 2019: Officials in Seoul said on Tuesday that the "
     "talks were over.",
     "2019-11-21"},
    /* labelled lines, with junk after the date */
    {" date 2025-04-17 403\nTrump Links tariffs to talks\n\nText.",
     "2025-04-17"},
    {"Published: 21 Nov 2019\n\nThe talks ended.", "2019-11-21"},
    {"Posted on November 21, 2019 by admin\n\nThe talks ended.", "2019-11-21"},
    /* a bare date line */
    {"Thursday, January 30, 2020\n\nTrump said it.", "2020-01-30"},
    {"Some headline\n2019-11-21T10:05:00Z\nBody text here.",
     "2019-11-21T10:05:00Z"},
    /* no date */
    {"Officials met on Tuesday to talk about the troops.", NULL},
    {"In 2019, the talks collapsed twice.", NULL},
    {"The talks, which began on November 21, 2019, ended in a row.", NULL},
    {"Last week the two sides met again.", NULL},
    {"", NULL},
    {"                                                                  "
     "                                                                  "
     "                                                                  "
     "                                                                  "
     "                                                                  "
     "November 21, 2019\n\nText.",
     "2019-11-21"},
    /* too far down: only the first five paragraphs are read */
    {"One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nPublished: 21 Nov "
     "2019",
     NULL},
};

static void test_dateline(void)
{
	for (size_t i = 0; i < sizeof dateline_cases / sizeof *dateline_cases;
	     i++) {
		char out[DATES_ISO_MAX] = "untouched";
		const char *t = dateline_cases[i].text;
		bool ok = dates_find_dateline(t, strlen(t), out);
		if (dateline_cases[i].want) {
			CHECK(ok);
			CHECK_STR(out, dateline_cases[i].want);
		} else {
			CHECK(!ok);
			CHECK_STR(out, "untouched");
		}
	}
	char out[DATES_ISO_MAX];
	CHECK(!dates_find_dateline(NULL, 0, out));
}

int main(void)
{
	test_parse();
	test_dateline();
	return harness_done("dates");
}
