/* plain.c - a plain-text article to its body text and metadata */
#include "plain.h"

#include <stdbool.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "dates.h"
#include "util.h"

/* A line of the input, trimmed; blank lines have len 0. */
struct line {
	const char *s;
	size_t len;
};

/* A paragraph being assembled: one or more lines joined by spaces. */
struct para {
	char *s;
	size_t len;
};

static void trim(const char **s, size_t *len)
{
	while (*len && is_ascii_space((unsigned char)**s))
		(*s)++, (*len)--;
	while (*len && is_ascii_space((unsigned char)(*s)[*len - 1]))
		(*len)--;
	/* A no-break space (U+00A0) pads some copied lines. */
	while (*len >= 2 && (unsigned char)(*s)[0] == 0xC2 &&
	       (unsigned char)(*s)[1] == 0xA0)
		*s += 2, *len -= 2;
	while (*len >= 2 && (unsigned char)(*s)[*len - 2] == 0xC2 &&
	       (unsigned char)(*s)[*len - 1] == 0xA0)
		*len -= 2;
}

static size_t split_lines(const char *text, size_t len, struct arena *a,
			  struct line **out)
{
	size_t n = 1;
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n' || text[i] == '\r' || text[i] == '\f')
			n++;
	struct line *lines = arena_alloc(a, n * sizeof *lines);
	size_t k = 0, start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && text[i] != '\n' && text[i] != '\r' &&
		    text[i] != '\f')
			continue;
		const char *s = text + start;
		size_t l = i - start;
		trim(&s, &l);
		lines[k].s = s;
		lines[k].len = l;
		k++;
		if (i < len && text[i] == '\r' && i + 1 < len &&
		    text[i + 1] == '\n')
			i++; /* CRLF is one line break */
		start = i + 1;
	}
	*out = lines;
	return k;
}

static size_t count_words(const char *s, size_t len)
{
	size_t n = 0;
	bool in = false;
	for (size_t i = 0; i < len; i++) {
		bool sp = is_ascii_space((unsigned char)s[i]);
		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

/* The last code point of s (UTF-8), or 0. */
static unsigned last_cp(const char *s, size_t len)
{
	if (!len)
		return 0;
	size_t i = len - 1;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	const unsigned char *p = (const unsigned char *)s + i;
	size_t n = len - i;
	if (n == 1)
		return p[0];
	if (n == 2)
		return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
	if (n == 3)
		return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) |
		       (p[2] & 0x3Fu);
	return 0;
}

/* Punctuation after which a line reads as finished. */
static bool ends_sentence(const char *s, size_t len)
{
	unsigned c = last_cp(s, len);
	return c == '.' || c == '!' || c == '?' || c == '"' || c == ':' ||
	       c == ';' || c == 0x201D || c == 0x2019 || c == 0x2026 ||
	       c == '\'';
}

static bool starts_lower(const char *s, size_t len)
{
	return len && s[0] >= 'a' && s[0] <= 'z';
}

static bool has_prefix(const char *s, size_t len, const char *prefix)
{
	size_t m = strlen(prefix);
	return len >= m && ascii_ieq(s, m, prefix);
}

/* Lines such as "date 2025-04-17 403" or "Published: 21 Nov 2019". */
static bool is_date_line(const char *s, size_t len)
{
	char iso[DATES_ISO_MAX];
	if (len < 64 && dates_parse(s, len, iso))
		return true;
	static const char *const labels[] = {
	    "date ",   "date:",	  "published",	  "posted on",
	    "posted:", "updated", "last updated", NULL};
	for (size_t i = 0; labels[i]; i++)
		if (has_prefix(s, len, labels[i]) && len < 80 &&
		    dates_find_dateline(s, len, iso))
			return true;
	return false;
}

static bool looks_like_title(const char *s, size_t len)
{
	if (!len || len > 250 || count_words(s, len) > 30)
		return false;
	if (starts_lower(s, len))
		return false;
	unsigned c = last_cp(s, len);
	return c != '.' && c != ',' && c != ';' && c != ':' && c != 0x201D &&
	       c != '"';
}

/* Paragraphs that are the page around the article, not the article. */
static bool is_furniture(const char *s, size_t len)
{
	static const char *const prefixes[] = {
	    "read more",       "related:",
	    "related stories", "also read",
	    "see also:",       "advertisement",
	    "share this",      "click here",
	    "sign up",	       "subscribe to",
	    "follow us",       "join the conversation",
	    "trending on",     "recommended:",
	    "more from",       NULL};
	for (size_t i = 0; prefixes[i]; i++)
		if (has_prefix(s, len, prefixes[i]))
			return true;
	return false;
}

/* "No comments:", "12 Comments", "Leave a comment": the article is over. */
static bool is_comments_marker(const char *s, size_t len)
{
	if (len > 40)
		return false;
	size_t i = 0;
	while (i < len && is_ascii_digit((unsigned char)s[i]))
		i++;
	const char *r = s + i;
	size_t rl = len - i;
	while (rl && is_ascii_space((unsigned char)*r))
		r++, rl--;
	while (rl && (r[rl - 1] == ':' || r[rl - 1] == '.'))
		rl--;
	return ascii_ieq(r, rl, "comments") || ascii_ieq(r, rl, "comment") ||
	       ascii_ieq(r, rl, "no comments") ||
	       ascii_ieq(r, rl, "leave a comment") ||
	       ascii_ieq(r, rl, "post a comment") ||
	       ascii_ieq(r, rl, "show comments");
}

/* A picture credit under the title: "Screengrab/VICE News/YouTube",
 * "Photo: Reuters". */
static bool is_credit(const char *s, size_t len)
{
	if (count_words(s, len) > 8 || ends_sentence(s, len))
		return false;
	if (memchr(s, '/', len))
		return true;
	static const char *const prefixes[] = {"photo",	     "image", "credit",
					       "screengrab", "getty", "(photo",
					       "picture:",   NULL};
	for (size_t i = 0; prefixes[i]; i++)
		if (has_prefix(s, len, prefixes[i]))
			return true;
	return false;
}

/* Copies the name after a marker up to closing punctuation, dropping a
 * lower-case leading "the". */
static const char *name_after(const char *p, const char *end, struct arena *a)
{
	while (p < end && *p == ' ')
		p++;
	if (end - p > 4 && !strncmp(p, "the ", 4))
		p += 4; /* "in the Digital Journal"; "The Rio Times" keeps it */
	const char *q = p;
	while (q < end && *q != ')' && *q != '.' && *q != ',' && *q != ';' &&
	       *q != '\n')
		q++;
	while (q > p && q[-1] == ' ')
		q--;
	if (q == p || q - p > 60)
		return NULL;
	return arena_strndup(a, p, (size_t)(q - p));
}

static const char *find_ci(const char *s, size_t len, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= len; i++)
		if (ascii_ieq(s + i, m, needle))
			return s + i;
	return NULL;
}

/* Outlet from syndication and agency marks in a paragraph. */
static const char *outlet_from(const char *s, size_t len, struct arena *a)
{
	static const char *const markers[] = {"(MENAFN- ",
					      "previously published in ",
					      "originally published in ",
					      "originally published on ",
					      "originally published by ",
					      "first published in ",
					      "first published on ",
					      "first published by ",
					      NULL};
	for (size_t i = 0; markers[i]; i++) {
		const char *m = find_ci(s, len, markers[i]);
		if (m)
			return name_after(m + strlen(markers[i]), s + len, a);
	}
	return NULL;
}

static void push_para(struct para **paras, size_t *n, size_t *cap,
		      struct arena *a, struct buf *cur)
{
	if (!cur->len)
		return;
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 32;
		struct para *np = arena_alloc(a, nc * sizeof *np);
		if (*n)
			memcpy(np, *paras, *n * sizeof *np);
		*paras = np;
		*cap = nc;
	}
	(*paras)[*n].s = arena_strndup(a, cur->data, cur->len);
	(*paras)[*n].len = cur->len;
	(*n)++;
	buf_clear(cur);
}

void plain_extract(const char *text, size_t len, struct arena *a,
		   struct plain_result *out)
{
	memset(out, 0, sizeof *out);
	struct line *lines;
	size_t nl = split_lines(text, len, a, &lines);
	size_t i = 0;

	char iso[DATES_ISO_MAX];
	if (dates_find_dateline(text, len, iso))
		out->meta.published = arena_strdup(a, iso);

	/* Leading date lines, then the title, then a credit or byline. */
	while (i < nl &&
	       (!lines[i].len || is_date_line(lines[i].s, lines[i].len)))
		i++;
	size_t title_line = nl;
	if (i < nl && looks_like_title(lines[i].s, lines[i].len)) {
		out->meta.title = arena_strndup(a, lines[i].s, lines[i].len);
		title_line = i++;
	}
	for (int k = 0; k < 3 && i < nl; k++) {
		while (i < nl && !lines[i].len)
			i++;
		if (i >= nl)
			break;
		const char *s = lines[i].s;
		size_t l = lines[i].len;
		if (has_prefix(s, l, "by ") && count_words(s, l) <= 7 &&
		    !ends_sentence(s, l)) {
			out->meta.byline = arena_strndup(a, s + 3, l - 3);
			i++;
		} else if (is_credit(s, l) || is_date_line(s, l)) {
			i++;
		} else {
			break;
		}
	}

	/* Paragraphs: blank lines separate; single line breaks separate too
	 * unless the line is hard-wrapped mid-sentence. */
	struct para *paras = NULL;
	size_t np = 0, cap = 0;
	struct buf cur;
	buf_init(&cur, 0);
	for (; i < nl; i++) {
		const struct line *ln = &lines[i];
		if (!ln->len) {
			push_para(&paras, &np, &cap, a, &cur);
			continue;
		}
		if (cur.len) {
			if (!ends_sentence(cur.data, cur.len) &&
			    starts_lower(ln->s, ln->len)) {
				buf_append(&cur, " ", 1);
			} else {
				push_para(&paras, &np, &cap, a, &cur);
			}
		}
		buf_append(&cur, ln->s, ln->len);
	}
	push_para(&paras, &np, &cap, a, &cur);
	buf_release(&cur);

	/* Outlet marks sit near the top or at the very end. */
	for (size_t k = 0; k < np && !out->meta.outlet; k++)
		if (k < 3 || k + 6 > np)
			out->meta.outlet =
			    outlet_from(paras[k].s, paras[k].len, a);

	size_t end = np;
	for (size_t k = 0; k < np; k++)
		if (is_comments_marker(paras[k].s, paras[k].len)) {
			end = k;
			break;
		}
	/* A closing run of short label lines: section names, "Trending". */
	while (end > 1 &&
	       count_words(paras[end - 1].s, paras[end - 1].len) <= 7 &&
	       !ends_sentence(paras[end - 1].s, paras[end - 1].len))
		end--;

	struct buf body;
	buf_init(&body, 0);
	for (size_t k = 0; k < end; k++) {
		if (is_furniture(paras[k].s, paras[k].len))
			continue;
		if (body.len)
			buf_append(&body, "\n\n", 2);
		buf_append(&body, paras[k].s, paras[k].len);
	}
	/* A text that is one line is all body: a snippet, not a headline. */
	if (body.len == 0 && title_line < nl) {
		buf_append(&body, lines[title_line].s, lines[title_line].len);
		out->meta.title = NULL;
	}
	out->text = arena_strndup(a, body.data ? body.data : "", body.len);
	out->len = body.len;
	buf_release(&body);
}

int plain_looks_english(const char *text, size_t len)
{
	static const char *const common[] = {
	    "the",  "and",  "of",   "to",  "in",   "a",	 "is",	"that", "for",
	    "on",   "with", "as",   "was", "said", "by", "it",	"at",	"from",
	    "are",  "has",  "have", "be",  "this", "an", "not", "will", "its",
	    "were", "but",  "he",   "she", "they", NULL};
	size_t words = 0, hits = 0;
	size_t lim = len < 20000 ? len : 20000;
	for (size_t i = 0; i < lim;) {
		while (i < lim && !is_ascii_alpha((unsigned char)text[i]) &&
		       !((unsigned char)text[i] & 0x80))
			i++;
		size_t s = i;
		while (i < lim && (is_ascii_alpha((unsigned char)text[i]) ||
				   ((unsigned char)text[i] & 0x80)))
			i++;
		if (i == s)
			continue;
		words++;
		for (size_t k = 0; common[k]; k++)
			if (ascii_ieq(text + s, i - s, common[k])) {
				hits++;
				break;
			}
	}
	return words >= 20 && hits * 100 >= words * 15;
}
