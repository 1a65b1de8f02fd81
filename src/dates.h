/* dates.h - dates as news pages write them, to ISO 8601 */
#ifndef CLAIMEX_DATES_H
#define CLAIMEX_DATES_H

#include <stdbool.h>
#include <stddef.h>

/* Room for "YYYY-MM-DDTHH:MM:SS+HH:MM" and a NUL. */
#define DATES_ISO_MAX 32

/*
 * Parses one date written in a common form and writes ISO 8601 to out:
 *   "2019-11-21", "2019-11-21T10:05:00Z", "2019-11-21 10:05",
 *   "November 21 2019", "November 21, 2019", "Nov. 21, 2019",
 *   "21 November 2019", "Thursday, January 30, 2020",
 *   RFC 822 "Thu, 21 Nov 2019 10:05:00 GMT", "2019/11/21".
 * A date-only input gives "YYYY-MM-DD"; an ISO date-time keeps its time
 * and zone. Leading/trailing whitespace is ignored; the whole of s must be
 * a date (use dates_find_dateline for dates inside text).
 * Ambiguous numeric forms ("11/12/2019") are refused: a wrong date is
 * worse than none. Returns true on success; out is untouched on failure.
 */
bool dates_parse(const char *s, size_t len, char out[DATES_ISO_MAX]);

/*
 * Looks for the article's own date near the start of plain article text
 * (the first few lines/paragraphs only), in this order of trust:
 *   1. a dateline that opens a paragraph of prose: "(November 21 2019) The
 *      South Korean ...", "WASHINGTON, Nov. 21, 2019 (Reuters) - ...";
 *   2. a labelled line: "date 2025-04-17", "Published: 21 Nov 2019",
 *      "Posted on November 21, 2019";
 *   3. a line that is nothing but a date ("Thursday, January 30, 2020").
 * Relative dates ("on Tuesday", "last week") are never resolved.
 * Returns true and writes ISO 8601 to out, or false.
 */
bool dates_find_dateline(const char *text, size_t len, char out[DATES_ISO_MAX]);

#endif
