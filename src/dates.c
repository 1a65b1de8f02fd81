/* dates.c - dates as news pages write them, to ISO 8601 */
#include "dates.h"

#include <stdio.h>
#include <string.h>

#include "util.h"

/*
 * One core matcher, match_date(), reads the longest date that starts at a
 * given byte and says how many bytes it used; dates_parse() insists that
 * it used the whole string, dates_find_dateline() looks for it at the
 * places where articles put their own date. Everything is ASCII: month
 * names are English, as in the pages claimex reads.
 */

/* A parsed date; the time and zone parts are optional. */
struct dt {
	int year, mon, day;
	int hour, min, sec;
	bool has_time;
	bool has_zone;
	int zone_min; /* offset east of UTC, in minutes */
};

/* Index 1..12; several spellings each, the full name first. */
static const struct {
	const char *name;
	int mon;
} month_names[] = {
    {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
    {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
    {"may", 5},	      {"june", 6},   {"jun", 6},       {"july", 7},
    {"jul", 7},	      {"august", 8}, {"aug", 8},       {"september", 9},
    {"sept", 9},      {"sep", 9},    {"october", 10},  {"oct", 10},
    {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
};

static const char *const weekday_names[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "tues",	 "thurs",     "thur",	  "mon",    "tue",
    "wed",    "thu",	 "fri",	      "sat",	  "sun",
};

/*
 * Zones written as letters. Only those with one common meaning: "ET" or
 * "IST" could be either of two offsets, so a time written with them keeps
 * its date and drops the time (see read_time_suffix).
 */
static const struct {
	const char *name;
	int min;
} zone_names[] = {
    {"utc", 0},	   {"gmt", 0},	  {"z", 0},	 {"est", -300},
    {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420},
    {"mdt", -360}, {"pst", -480}, {"pdt", -420}, {"cet", 60},
    {"cest", 120}, {"bst", 60},	  {"kst", 540},	 {"jst", 540},
};

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool valid_ymd(int y, int m, int d)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1)
		return false;
	int max = mdays[m - 1] + (m == 2 && is_leap(y));
	return d <= max;
}

/* Length of the ASCII letter run at s[i..n). */
static size_t word_len(const char *s, size_t i, size_t n)
{
	size_t j = i;
	while (j < n && is_ascii_alpha((unsigned char)s[j]))
		j++;
	return j - i;
}

/* Reads exactly `want` digits (not followed by another digit). */
static bool read_digits(const char *s, size_t n, size_t *i, int want, int *val)
{
	size_t j = *i;
	int v = 0;
	for (int k = 0; k < want; k++, j++) {
		if (j >= n || !is_ascii_digit((unsigned char)s[j]))
			return false;
		v = v * 10 + (s[j] - '0');
	}
	if (j < n && is_ascii_digit((unsigned char)s[j]))
		return false;
	*val = v;
	*i = j;
	return true;
}

/* Reads 1 or 2 digits (not followed by another digit). */
static bool read_1or2(const char *s, size_t n, size_t *i, int *val)
{
	return read_digits(s, n, i, 2, val) || read_digits(s, n, i, 1, val);
}

static void skip_spaces(const char *s, size_t n, size_t *i)
{
	while (*i < n && is_ascii_space((unsigned char)s[*i]))
		(*i)++;
}

/* Skips spaces and at most one comma. */
static void skip_comma(const char *s, size_t n, size_t *i)
{
	skip_spaces(s, n, i);
	if (*i < n && s[*i] == ',')
		(*i)++;
	skip_spaces(s, n, i);
}

/* A month name (optionally abbreviated, optionally with a dot). */
static bool read_month(const char *s, size_t n, size_t *i, int *mon)
{
	size_t w = word_len(s, *i, n);
	if (w < 3)
		return false;
	for (size_t k = 0; k < sizeof month_names / sizeof *month_names; k++) {
		if (ascii_ieq(s + *i, w, month_names[k].name)) {
			*mon = month_names[k].mon;
			*i += w;
			if (*i < n && s[*i] == '.')
				(*i)++;
			return true;
		}
	}
	return false;
}

/* A weekday name, its dot and comma. */
static bool skip_weekday(const char *s, size_t n, size_t *i)
{
	size_t w = word_len(s, *i, n);
	if (w < 3)
		return false;
	for (size_t k = 0; k < sizeof weekday_names / sizeof *weekday_names;
	     k++) {
		if (ascii_ieq(s + *i, w, weekday_names[k])) {
			*i += w;
			if (*i < n && s[*i] == '.')
				(*i)++;
			skip_comma(s, n, i);
			return true;
		}
	}
	return false;
}

/* A day of the month with an optional ordinal suffix ("21st"). */
static bool read_day(const char *s, size_t n, size_t *i, int *day)
{
	size_t j = *i;
	if (!read_1or2(s, n, &j, day))
		return false;
	size_t w = word_len(s, j, n);
	if (w == 2 && (ascii_ieq(s + j, 2, "st") || ascii_ieq(s + j, 2, "nd") ||
		       ascii_ieq(s + j, 2, "rd") || ascii_ieq(s + j, 2, "th")))
		j += 2;
	else if (w)
		return false;
	*i = j;
	return true;
}

/* A four-digit year. */
static bool read_year(const char *s, size_t n, size_t *i, int *year)
{
	return read_digits(s, n, i, 4, year);
}

/*
 * A zone after a time: "Z", "+01:00", "+0100", "+01", "GMT", "UTC+1",
 * "EST"... Sets has_zone when the offset is known. Returns false only for
 * a zone word that exists but whose offset is ambiguous (the time is then
 * dropped by the caller).
 */
static bool read_zone(const char *s, size_t n, size_t *i, struct dt *d,
		      bool allow_space)
{
	size_t j = *i;
	if (allow_space)
		skip_spaces(s, n, &j);
	if (j < n && (s[j] == '+' || s[j] == '-')) {
		int sign = s[j] == '-' ? -1 : 1, hh, mm = 0;
		size_t k = j + 1;
		if (read_digits(s, n, &k, 4, &hh)) {
			mm = hh % 100;
			hh /= 100;
		} else if (read_digits(s, n, &k, 2, &hh)) {
			size_t c = k + 1;
			if (k < n && s[k] == ':' &&
			    read_digits(s, n, &c, 2, &mm))
				k = c;
		} else {
			return true;
		}
		if (hh > 14 || mm > 59)
			return true;
		d->has_zone = true;
		d->zone_min = sign * (hh * 60 + mm);
		*i = k;
		return true;
	}
	size_t w = word_len(s, j, n);
	if (w == 0)
		return true;
	for (size_t k = 0; k < sizeof zone_names / sizeof *zone_names; k++) {
		if (ascii_ieq(s + j, w, zone_names[k].name)) {
			d->has_zone = true;
			d->zone_min = zone_names[k].min;
			*i = j + w;
			/* "GMT+1", "UTC+05:30" */
			if (zone_names[k].min == 0 && *i < n &&
			    (s[*i] == '+' || s[*i] == '-')) {
				struct dt z = *d;
				size_t m = *i;
				z.has_zone = false;
				read_zone(s, n, &m, &z, false);
				if (z.has_zone) {
					*d = z;
					*i = m;
				}
			}
			return true;
		}
	}
	if (ascii_ieq(s + j, w, "et") || ascii_ieq(s + j, w, "pt") ||
	    ascii_ieq(s + j, w, "ct") || ascii_ieq(s + j, w, "mt") ||
	    ascii_ieq(s + j, w, "ist") || ascii_ieq(s + j, w, "ast")) {
		*i = j + w;
		return false;
	}
	return true;
}

/*
 * A clock time: "10:05", "10:05:30", "10:05:30.123", "10:05 am",
 * "10:05 a.m.", "10.05pm" is not accepted (too close to a decimal).
 */
static bool read_time(const char *s, size_t n, size_t *i, struct dt *d)
{
	size_t j = *i;
	int hh, mm, ss = 0;
	if (!read_1or2(s, n, &j, &hh) || j >= n || s[j] != ':')
		return false;
	j++;
	if (!read_digits(s, n, &j, 2, &mm))
		return false;
	if (j + 1 < n && s[j] == ':' &&
	    is_ascii_digit((unsigned char)s[j + 1])) {
		j++;
		if (!read_digits(s, n, &j, 2, &ss))
			return false;
		if (j + 1 < n && (s[j] == '.' || s[j] == ',') &&
		    is_ascii_digit((unsigned char)s[j + 1])) {
			j++;
			while (j < n && is_ascii_digit((unsigned char)s[j]))
				j++;
		}
	}
	/* am/pm */
	size_t k = j;
	skip_spaces(s, n, &k);
	int ampm = 0;
	if (k < n &&
	    (s[k] == 'a' || s[k] == 'A' || s[k] == 'p' || s[k] == 'P')) {
		bool pm = s[k] == 'p' || s[k] == 'P';
		size_t m = k + 1;
		if (m < n && s[m] == '.')
			m++;
		if (m < n && (s[m] == 'm' || s[m] == 'M')) {
			m++;
			if (m < n && s[m] == '.')
				m++;
			if (m >= n || !is_ascii_alpha((unsigned char)s[m])) {
				ampm = pm ? 2 : 1;
				j = m;
			}
		}
	}
	if (ampm) {
		if (hh < 1 || hh > 12)
			return false;
		if (ampm == 1 && hh == 12)
			hh = 0;
		else if (ampm == 2 && hh != 12)
			hh += 12;
	}
	if (hh > 23 || mm > 59 || ss > 60)
		return false;
	d->hour = hh;
	d->min = mm;
	d->sec = ss > 59 ? 59 : ss;
	d->has_time = true;
	*i = j;
	return true;
}

/*
 * An optional time after a date written with a month name or an ISO
 * date: "T10:05:00Z", " 10:05", ", 10:05 am EST", " at 10:05 GMT",
 * " - 10:05". Consumes nothing when no time follows.
 */
static void read_time_suffix(const char *s, size_t n, size_t *i, struct dt *d,
			     bool iso)
{
	size_t j = *i;
	if (iso && j < n && (s[j] == 'T' || s[j] == 't')) {
		j++;
	} else {
		skip_comma(s, n, &j);
		if (j + 1 < n && ascii_ieq(s + j, 2, "at") &&
		    !is_ascii_alpha(
			(unsigned char)(j + 2 < n ? s[j + 2] : ' ')))
			j += 2;
		else if (j < n && (s[j] == '-' || s[j] == '|' || s[j] == '/'))
			j++;
		skip_spaces(s, n, &j);
	}
	struct dt t = *d;
	if (!read_time(s, n, &j, &t))
		return;
	if (!read_zone(s, n, &j, &t, true)) {
		/* A time in an ambiguous zone: keep the date alone. */
		*i = j;
		return;
	}
	/* A time written with a month name but no zone says nothing
	 * about UTC; ISO input keeps what it had. */
	*d = t;
	*i = j;
}

/* "2019-11-21", "2019/11/21", with an optional time after ISO dashes. */
static size_t match_iso(const char *s, size_t n, struct dt *d)
{
	size_t i = 0;
	if (!read_year(s, n, &i, &d->year) || i >= n)
		return 0;
	char sep = s[i];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	i++;
	if (!read_digits(s, n, &i, 2, &d->mon) &&
	    !(sep != '-' && read_digits(s, n, &i, 1, &d->mon)))
		return 0;
	if (i >= n || s[i] != sep)
		return 0;
	i++;
	if (!read_digits(s, n, &i, 2, &d->day) &&
	    !(sep != '-' && read_digits(s, n, &i, 1, &d->day)))
		return 0;
	if (!valid_ymd(d->year, d->mon, d->day))
		return 0;
	read_time_suffix(s, n, &i, d, sep == '-');
	return i;
}

/* "November 21, 2019", "Nov. 21st 2019" */
static size_t match_month_first(const char *s, size_t n, struct dt *d)
{
	size_t i = 0;
	if (!read_month(s, n, &i, &d->mon))
		return 0;
	skip_spaces(s, n, &i);
	if (!read_day(s, n, &i, &d->day))
		return 0;
	skip_comma(s, n, &i);
	if (!read_year(s, n, &i, &d->year))
		return 0;
	if (!valid_ymd(d->year, d->mon, d->day))
		return 0;
	read_time_suffix(s, n, &i, d, false);
	return i;
}

/* "21 November 2019", "21st of Nov. 2019", "21 Nov 2019 10:05:00 GMT" */
static size_t match_day_first(const char *s, size_t n, struct dt *d)
{
	size_t i = 0;
	if (!read_day(s, n, &i, &d->day))
		return 0;
	if (i < n && s[i] == '.')
		i++;
	skip_spaces(s, n, &i);
	if (i + 2 < n && ascii_ieq(s + i, 2, "of") && s[i + 2] == ' ') {
		i += 2;
		skip_spaces(s, n, &i);
	}
	if (!read_month(s, n, &i, &d->mon))
		return 0;
	skip_comma(s, n, &i);
	if (!read_year(s, n, &i, &d->year))
		return 0;
	if (!valid_ymd(d->year, d->mon, d->day))
		return 0;
	read_time_suffix(s, n, &i, d, false);
	return i;
}

/*
 * "21/11/2019" or "21.11.2019": accepted only when the order cannot be
 * misread (one of the two numbers is over 12, or both are equal).
 */
static size_t match_numeric(const char *s, size_t n, struct dt *d)
{
	size_t i = 0;
	int a, b;
	if (!read_1or2(s, n, &i, &a) || i >= n)
		return 0;
	char sep = s[i];
	if (sep != '/' && sep != '.' && sep != '-')
		return 0;
	i++;
	if (!read_1or2(s, n, &i, &b) || i >= n || s[i] != sep)
		return 0;
	i++;
	if (!read_year(s, n, &i, &d->year))
		return 0;
	if (a == b) {
		d->day = d->mon = a;
	} else if (a > 12 && b <= 12) {
		d->day = a;
		d->mon = b;
	} else if (b > 12 && a <= 12) {
		d->day = b;
		d->mon = a;
	} else {
		return 0;
	}
	if (!valid_ymd(d->year, d->mon, d->day))
		return 0;
	return i;
}

/*
 * The longest date starting exactly at s. Returns the bytes used, or 0.
 */
static size_t match_date(const char *s, size_t n, struct dt *d)
{
	size_t i = 0;
	memset(d, 0, sizeof *d);
	skip_weekday(s, n, &i);
	size_t k;
	if ((k = match_iso(s + i, n - i, d)) ||
	    (k = match_month_first(s + i, n - i, d)) ||
	    (k = match_day_first(s + i, n - i, d)) ||
	    (k = match_numeric(s + i, n - i, d)))
		return i + k;
	return 0;
}

static void format_dt(const struct dt *d, char out[DATES_ISO_MAX])
{
	if (!d->has_time) {
		snprintf(out, DATES_ISO_MAX, "%04d-%02d-%02d", d->year, d->mon,
			 d->day);
		return;
	}
	char zone[8] = "";
	if (d->has_zone) {
		int z = d->zone_min, a = z < 0 ? -z : z;
		if (z == 0)
			snprintf(zone, sizeof zone, "Z");
		else
			snprintf(zone, sizeof zone, "%c%02d:%02d",
				 z < 0 ? '-' : '+', a / 60 % 100, a % 60);
	}
	snprintf(out, DATES_ISO_MAX, "%04d-%02d-%02dT%02d:%02d:%02d%s", d->year,
		 d->mon, d->day, d->hour, d->min, d->sec, zone);
}

bool dates_parse(const char *s, size_t len, char out[DATES_ISO_MAX])
{
	if (!s)
		return false;
	while (len && is_ascii_space((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && is_ascii_space((unsigned char)s[len - 1]))
		len--;
	if (!len)
		return false;
	struct dt d;
	size_t k = match_date(s, len, &d);
	/* "20191120", as date meta tags write it; only as the whole
	 * value, where it cannot be a number of something else. */
	if (!k && len == 8) {
		int v = 0;
		size_t i = 0;
		while (i < 8 && is_ascii_digit((unsigned char)s[i]))
			v = v * 10 + (s[i++] - '0');
		memset(&d, 0, sizeof d);
		d.year = v / 10000;
		d.mon = v / 100 % 100;
		d.day = v % 100;
		if (i == 8 && valid_ymd(d.year, d.mon, d.day))
			k = 8;
	}
	if (k != len)
		return false;
	format_dt(&d, out);
	return true;
}

/* How many lines (paragraphs) and bytes of each the dateline search reads. */
#define DATELINE_LINES 5
#define DATELINE_BYTES 300
/* How far into a line a dateline may start ("SEOUL, South Korea, "). */
#define DATELINE_LEAD 60

/* Words that label a line carrying the article's own date. */
static const char *const date_labels[] = {
    "date",
    "dated",
    "published",
    "posted",
    "first published",
    "published on",
    "posted on",
    "published at",
    "posted at",
    "publication date",
    "pubdate",
};

/*
 * True when s[0..n) could be the place part of a dateline: letters,
 * spaces, commas, dots, hyphens and apostrophes only, starting with an
 * upper-case letter ("WASHINGTON, ", "SEOUL, South Korea, ").
 */
static bool is_place_lead(const char *s, size_t n)
{
	if (n == 0)
		return true;
	if (!(s[0] >= 'A' && s[0] <= 'Z'))
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(is_ascii_alpha(c) || c == ' ' || c == ',' || c == '.' ||
		      c == '-' || c == '\'' || c >= 0x80))
			return false;
	}
	/* The place ends with a comma or a space before the date. */
	return s[n - 1] == ',' || s[n - 1] == ' ';
}

/*
 * What follows a dateline: an agency in brackets, a dash or colon, then
 * prose. Returns true when at least a few words of prose follow.
 */
static bool prose_follows(const char *s, size_t n)
{
	size_t i = 0;
	skip_spaces(s, n, &i);
	if (i < n && s[i] == ')')
		i++;
	skip_spaces(s, n, &i);
	if (i < n && s[i] == '(') {
		while (i < n && s[i] != ')' && s[i] != '\n')
			i++;
		if (i < n && s[i] == ')')
			i++;
	}
	skip_spaces(s, n, &i);
	/* "-", ":", "--", UTF-8 en/em dash */
	while (i < n &&
	       (s[i] == '-' || s[i] == ':' || s[i] == '/' || s[i] == '|'))
		i++;
	if (i + 2 < n && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 ||
	     (unsigned char)s[i + 2] == 0x94))
		i += 3;
	skip_spaces(s, n, &i);
	/* Prose: a few words that begin with a letter. */
	int words = 0;
	while (i < n && words < 3) {
		if (!is_ascii_alpha((unsigned char)s[i]) &&
		    (unsigned char)s[i] < 0x80 && s[i] != '"' && s[i] != '\'')
			return false;
		while (i < n && !is_ascii_space((unsigned char)s[i]))
			i++;
		words++;
		skip_spaces(s, n, &i);
	}
	return words >= 3;
}

/* Rank 1: a date that opens a paragraph of prose, maybe after a place. */
static bool find_opening(const char *s, size_t n, struct dt *d)
{
	size_t lead = n < DATELINE_LEAD ? n : DATELINE_LEAD;
	for (size_t i = 0; i <= lead; i++) {
		size_t start = i;
		if (i < n && s[i] == '(')
			start = i + 1;
		if (!is_place_lead(s, i))
			continue;
		if (i > 0 && is_ascii_alpha((unsigned char)s[i - 1]))
			continue;
		size_t k = match_date(s + start, n - start, d);
		if (k && prose_follows(s + start + k, n - start - k))
			return true;
	}
	return false;
}

/* Rank 2: "Published: 21 Nov 2019", "date 2025-04-17 403". */
static bool find_labelled(const char *s, size_t n, struct dt *d)
{
	size_t i = 0;
	skip_spaces(s, n, &i);
	for (size_t k = 0; k < sizeof date_labels / sizeof *date_labels; k++) {
		size_t m = strlen(date_labels[k]);
		if (i + m > n || !ascii_ieq(s + i, m, date_labels[k]))
			continue;
		size_t j = i + m;
		if (j < n && is_ascii_alpha((unsigned char)s[j]))
			continue;
		while (j < n && (s[j] == ':' || s[j] == '-' ||
				 is_ascii_space((unsigned char)s[j])))
			j++;
		/* "Posted on", "Published on" after the label itself. */
		if (j + 3 < n && ascii_ieq(s + j, 2, "on") && s[j + 2] == ' ')
			j += 3;
		size_t len = match_date(s + j, n - j, d);
		if (!len)
			continue;
		/* A short tail (a status code, "| 3 min read") is fine;
		 * a sentence is not a label line. */
		if (n - (j + len) <= 40)
			return true;
	}
	return false;
}

/* Rank 3: a line that is nothing but a date. */
static bool find_bare(const char *s, size_t n, struct dt *d)
{
	while (n && is_ascii_space((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && is_ascii_space((unsigned char)s[n - 1]))
		n--;
	return n && match_date(s, n, d) == n;
}

bool dates_find_dateline(const char *text, size_t len, char out[DATES_ISO_MAX])
{
	if (!text)
		return false;
	struct dt best[3];
	bool have[3] = {false, false, false};
	size_t pos = 0;
	int lines = 0;
	while (pos < len && lines < DATELINE_LINES) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		const char *s = text + pos;
		size_t n = end - pos;
		pos = end + 1;
		size_t k = 0;
		skip_spaces(s, n, &k);
		if (k == n)
			continue; /* blank line between paragraphs */
		lines++;
		s += k;
		n -= k;
		bool cut = n > DATELINE_BYTES;
		if (cut)
			n = DATELINE_BYTES;
		struct dt d;
		if (!have[0] && find_opening(s, n, &d)) {
			best[0] = d;
			have[0] = true;
			break; /* nothing beats it */
		}
		if (!have[1] && find_labelled(s, n, &d)) {
			best[1] = d;
			have[1] = true;
		}
		if (!have[2] && !cut && find_bare(s, n, &d)) {
			best[2] = d;
			have[2] = true;
		}
	}
	for (int r = 0; r < 3; r++) {
		if (have[r]) {
			format_dt(&best[r], out);
			return true;
		}
	}
	return false;
}
