/* emit_html.c - the self-contained report a fact-checking desk opens */
#include "emit_html.h"

#include <math.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cli.h"
#include "conflicts.h"
#include "records.h"
#include "util.h"

void emit_html_escape(struct buf *out, const char *s)
{
	if (!s)
		return;
	const char *run = s;
	for (const char *p = s;; p++) {
		const char *rep = NULL;
		switch (*p) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		case '\0':
			break;
		default:
			continue;
		}
		buf_append(out, run, (size_t)(p - run));
		if (!*p)
			break;
		buf_puts(out, rep);
		run = p + 1;
	}
}

static void put(struct buf *b, const char *s)
{
	buf_puts(b, s);
}

static void esc(struct buf *b, const char *s)
{
	emit_html_escape(b, s);
}

__attribute__((format(printf, 2, 3))) static void putf(struct buf *b,
						       const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_puts(b, tmp);
}

/* 5e9 -> "5 bn", 28500 -> "28,500", 8.3 -> "8.3". */
static void human(struct buf *b, double v, const char *unit)
{
	char tmp[64];
	double a = fabs(v);
	if (a >= 1e12)
		snprintf(tmp, sizeof tmp, "%.4g tn", v / 1e12);
	else if (a >= 1e9)
		snprintf(tmp, sizeof tmp, "%.4g bn", v / 1e9);
	else if (a >= 1e6)
		snprintf(tmp, sizeof tmp, "%.4g m", v / 1e6);
	else if (a >= 1000 && v == floor(v)) {
		char digits[32];
		snprintf(digits, sizeof digits, "%.0f", a);
		size_t n = strlen(digits), o = 0;
		if (v < 0)
			tmp[o++] = '-';
		for (size_t i = 0; i < n; i++) {
			if (i && (n - i) % 3 == 0)
				tmp[o++] = ',';
			tmp[o++] = digits[i];
		}
		tmp[o] = '\0';
	} else
		snprintf(tmp, sizeof tmp, "%.6g", v);
	put(b, tmp);
	if (unit && strcmp(unit, "troops")) {
		put(b, strcmp(unit, "percent") ? " " : "");
		esc(b, strcmp(unit, "percent") ? unit : "%");
	} else if (unit) {
		put(b, " troops");
	}
}

static const char *basename_of(const char *s)
{
	if (!s)
		return "?";
	const char *slash = strrchr(s, '/');
	return slash && slash[1] ? slash + 1 : s;
}

/* Outlet, else the file or URL the article came from. */
static const char *label_of(const struct rec_article *a)
{
	if (!a)
		return "?";
	return a->outlet ? a->outlet : basename_of(a->source);
}

/* The first `chars` characters of s (fewer bytes when out is small),
 * cut at a character boundary so that the page stays valid UTF-8, with
 * "…" when something was cut. */
static void utf8_prefix(char *out, size_t cap, const char *s, size_t chars)
{
	size_t i = 0, n = 0;
	while (s[i] && n < chars) {
		unsigned char c = (unsigned char)s[i];
		size_t l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		size_t k = 1;
		while (k < l && ((unsigned char)s[i + k] & 0xC0) == 0x80)
			k++;
		if (i + k + 4 > cap) /* room for "…" and NUL */
			break;
		i += k;
		n++;
	}
	memcpy(out, s, i);
	if (s[i] && i + 4 <= cap) {
		memcpy(out + i, "\xe2\x80\xa6", 3);
		i += 3;
	}
	out[i] = 0;
}

/* The article's link: its URL, else its source when that is a web
 * address. Only http(s) addresses become links ("javascript:" never). */
static const char *link_of(const struct rec_article *a)
{
	if (!a)
		return NULL;
	const char *cand[] = {a->url, a->source};
	for (size_t i = 0; i < 2; i++)
		if (cand[i] && (!strncmp(cand[i], "https://", 8) ||
				!strncmp(cand[i], "http://", 7)))
			return cand[i];
	return NULL;
}

static const char style[] =
    "<style>\n"
    ":root{--ink:#1d2430;--muted:#5b6575;--line:#d8dde5;--bg:#f6f7f9;"
    "--red:#b3261e;--green:#1e6b3a;--amber:#8a5a00;--bar:#3d6fb6}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',"
    "Roboto,sans-serif;color:var(--ink);background:var(--bg)}\n"
    "header,main,footer{max-width:72rem;margin:0 auto;padding:1rem}\n"
    "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 "
    ".75rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}\n"
    "h3{font-size:1.05rem;margin:0 0 .25rem}\n"
    ".summary{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:"
    "none}\n"
    ".summary li{background:#fff;border:1px solid var(--line);border-radius:"
    "6px;padding:.35rem .7rem}\n"
    ".card{background:#fff;border:1px solid var(--line);border-left:6px "
    "solid var(--line);border-radius:6px;padding:1rem;margin:0 0 1rem}\n"
    ".card.conflict{border-left-color:var(--red)}.card.agree{"
    "border-left-color:var(--green)}.card.over_time{border-left-color:"
    "var(--amber)}\n"
    ".meta{color:var(--muted);font-size:.85rem;margin:0 0 .5rem;"
    "overflow-wrap:anywhere}\n"
    ".badge{display:inline-block;font-size:.75rem;font-weight:600;"
    "padding:.05rem .45rem;border-radius:999px;color:#fff;margin-right:"
    ".4rem;vertical-align:middle}\n"
    ".badge.conflict{background:var(--red)}.badge.agree{background:"
    "var(--green)}.badge.over_time{background:var(--amber)}\n"
    "svg{width:100%;height:auto;max-width:40rem;display:block;margin:"
    ".5rem 0}\n"
    "svg text{font:13px system-ui,sans-serif;fill:var(--ink)}\n"
    "table{width:100%;border-collapse:collapse;font-size:.9rem}\n"
    "th,td{text-align:left;vertical-align:top;padding:.4rem;border-top:"
    "1px solid var(--line)}\n"
    "th{font-size:.8rem;color:var(--muted);font-weight:600}\n"
    "td.value,td.date{white-space:nowrap}td.value{font-weight:600}\n"
    "td.sentence{color:#333}\n"
    ".why{font-size:.9rem;margin:.25rem 0}\n"
    ".story{background:#fff;border:1px solid var(--line);border-radius:"
    "6px;padding:1rem;margin:0 0 1.25rem}\n"
    "details.story>summary{cursor:pointer;font-weight:600}\n"
    "details>summary{cursor:pointer}\n"
    "blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:3px solid "
    "var(--line)}\n"
    "@media (max-width:640px){thead{display:none}table,tbody,tr,td{"
    "display:block;width:100%}tr{border-top:2px solid var(--line);padding:"
    ".4rem 0}td{border:0;padding:.15rem 0}td::before{content:attr("
    "data-label);display:inline-block;min-width:5.5rem;color:var(--muted);"
    "font-size:.8rem}td.value{white-space:normal}}\n"
    "</style>\n";

/* True when mention k of cv repeats an earlier one of the same article
 * and hedge: the chart shows each source's statement once. */
static bool repeats(struct record_set *set, const struct conflict_value *cv,
		    size_t k)
{
	const struct rec_figure *f = &set->figures[cv->mentions[k]];
	for (size_t j = 0; j < k; j++) {
		const struct rec_figure *g = &set->figures[cv->mentions[j]];
		if (!strcmp(f->article, g->article) &&
		    ((!f->hedge && !g->hedge) ||
		     (f->hedge && g->hedge && !strcmp(f->hedge, g->hedge))))
			return true;
	}
	return false;
}

/* One bar per statement of the main unit: where it lies and, as a thin
 * line, the interval its hedge allows. */
static void chart(struct buf *b, struct record_set *set,
		  const struct conflict *c)
{
	enum { MAX_ROWS = 16, ROW = 26, LEFT = 150, WIDTH = 500 };
	double max = 0;
	size_t rows = 0;
	for (size_t v = 0; v < c->nvalues; v++) {
		const struct conflict_value *cv = &c->values[v];
		if (cv->unit && c->unit && strcmp(cv->unit, c->unit))
			continue;
		for (size_t k = 0; k < cv->nmentions; k++) {
			const struct rec_figure *f =
			    &set->figures[cv->mentions[k]];
			if (repeats(set, cv, k))
				continue;
			double lo, hi;
			conflicts_interval(f->value, f->hedge, f->text, &lo,
					   &hi);
			if (hi > max)
				max = hi;
			rows++;
		}
	}
	if (rows > MAX_ROWS)
		rows = MAX_ROWS;
	if (!rows || max <= 0)
		return;
	int height = (int)rows * ROW + 24;
	putf(b,
	     "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"values per "
	     "source\">\n",
	     WIDTH, height);
	/* Room on the right for the label after the longest bar. */
	double scale = (WIDTH - LEFT - 110) / max;
	size_t row = 0;
	for (size_t v = 0; v < c->nvalues && row < rows; v++) {
		const struct conflict_value *cv = &c->values[v];
		if (cv->unit && c->unit && strcmp(cv->unit, c->unit))
			continue;
		for (size_t k = 0; k < cv->nmentions && row < rows; k++) {
			const struct rec_figure *f =
			    &set->figures[cv->mentions[k]];
			const struct rec_article *a =
			    records_article(set, f->article);
			if (repeats(set, cv, k))
				continue;
			double lo, hi;
			conflicts_interval(f->value, f->hedge, f->text, &lo,
					   &hi);
			int y = (int)row * ROW + 6;
			char label[96];
			utf8_prefix(label, sizeof label, label_of(a), 22);
			put(b, "<text x=\"0\" y=\"");
			putf(b, "%d\">", y + 14);
			esc(b, label);
			put(b, "</text>");
			putf(b,
			     "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" "
			     "height=\"16\" fill=\"%s\" rx=\"2\"/>",
			     LEFT, y + 2, f->value * scale,
			     c->status == STATUS_CONFLICT ? "#3d6fb6"
							  : "#7d9cc9");
			putf(
			    b,
			    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" "
			    "y2=\"%d\" stroke=\"#1d2430\" stroke-width=\"2\"/>",
			    LEFT + lo * scale, LEFT + hi * scale, y + 10,
			    y + 10);
			putf(b, "<text x=\"%.1f\" y=\"%d\">",
			     LEFT + fmax(f->value, hi) * scale + 6, y + 14);
			if (f->hedge) {
				esc(b, f->hedge);
				put(b, " ");
			}
			human(b, f->value, NULL);
			put(b, "</text>\n");
			row++;
		}
	}
	putf(
	    b,
	    "<line x1=\"%d\" x2=\"%d\" y1=\"0\" y2=\"%d\" stroke=\"#d8dde5\"/>",
	    LEFT, LEFT, height - 20);
	put(b, "</svg>\n");
}

/* How many articles carry the text of article ai (its copy group). */
static size_t carried_by(const struct story_list *sl, size_t ai,
			 size_t narticles)
{
	if (!sl->copy_of || ai >= narticles)
		return 1;
	size_t root = sl->copy_of[ai], n = 0;
	const struct story *st = &sl->items[sl->of_article[ai]];
	for (size_t k = 0; k < st->narticles; k++)
		n += sl->copy_of[st->articles[k]] == root;
	return n ? n : 1;
}

static void mention_rows(struct buf *b, struct record_set *set,
			 const struct conflict_list *cl,
			 const struct conflict *c)
{
	put(b, "<table><thead><tr><th>Value</th><th>As written</th>"
	       "<th>Outlet</th><th>Date</th><th>Hedge</th><th>Speaker</th>"
	       "<th>Sentence</th></tr></thead><tbody>\n");
	for (size_t v = 0; v < c->nvalues; v++) {
		const struct conflict_value *cv = &c->values[v];
		for (size_t k = 0; k < cv->nmentions; k++) {
			const struct rec_figure *f =
			    &set->figures[cv->mentions[k]];
			const struct rec_article *a =
			    records_article(set, f->article);
			put(b, "<tr><td class=\"value\" data-label=\"Value\">");
			human(b, cv->value, cv->unit);
			put(b, "</td><td data-label=\"As written\">");
			esc(b, f->text);
			put(b, "</td><td data-label=\"Outlet\">");
			const char *href = link_of(a);
			if (href) {
				put(b, "<a href=\"");
				esc(b, href);
				put(b, "\" rel=\"noreferrer noopener\">");
			}
			esc(b, label_of(a));
			if (href)
				put(b, "</a>");
			size_t ai = a ? (size_t)(a - set->articles) : 0;
			size_t carried =
			    a ? carried_by(&cl->stories, ai, set->narticles)
			      : 1;
			if (carried > 1)
				putf(b,
				     " <span class=\"meta\">(one text "
				     "carried by %zu outlets)</span>",
				     carried);
			put(b, "</td><td class=\"date\" data-label=\"Date\">");
			esc(b, a && a->published ? a->published : "unknown");
			put(b, "</td><td data-label=\"Hedge\">");
			esc(b, f->hedge ? f->hedge : "\xe2\x80\x94");
			put(b, "</td><td data-label=\"Speaker\">");
			esc(b, f->speaker ? f->speaker : "\xe2\x80\x94");
			put(b, "</td><td class=\"sentence\" "
			       "data-label=\"Sentence\">");
			esc(b, f->sentence);
			put(b, "</td></tr>\n");
		}
	}
	put(b, "</tbody></table>\n");
}

static void card(struct buf *b, struct record_set *set,
		 const struct conflict_list *cl, const struct conflict *c)
{
	const char *status = conflicts_status_name(c->status);
	putf(b, "<article class=\"card %s\">\n<h3><span class=\"badge %s\">",
	     status, status);
	put(b, c->status == STATUS_CONFLICT    ? "disputed"
	       : c->status == STATUS_OVER_TIME ? "changed over time"
					       : "agreed");
	put(b, "</span>");
	esc(b, c->subject ? c->subject : c->key);
	put(b, "</h3>\n<p class=\"meta\">");
	esc(b, c->kind);
	put(b, " \xc2\xb7 ");
	esc(b, c->unit);
	putf(b, " \xc2\xb7 %zu articles, %zu sources", c->narticles,
	     c->nsources);
	if (c->status != STATUS_AGREE)
		putf(b, " \xc2\xb7 confidence %.2f", c->confidence);
	put(b, "</p>\n");
	if (c->matched) {
		put(b, "<p class=\"why\"><strong>Why one quantity:</strong> ");
		esc(b, c->matched);
		put(b, "</p>\n");
	}
	if (c->reason) {
		put(b, "<p class=\"why\"><strong>Why they disagree:</strong> ");
		esc(b, c->reason);
		put(b, "</p>\n");
	}
	chart(b, set, c);
	mention_rows(b, set, cl, c);
	put(b, "</article>\n");
}

static int cmp_quote(const void *pa, const void *pb)
{
	const struct rec_quote *const *a = pa, *const *b = pb;
	const char *x = (*a)->speaker, *y = (*b)->speaker;
	int c = strcmp(x, y);
	return c ? c : (*a < *b ? -1 : *a > *b);
}

static void quotes(struct buf *b, struct record_set *set)
{
	const struct rec_quote **q = xmalloc((set->nquotes + 1) * sizeof *q);
	size_t n = 0;
	for (size_t i = 0; i < set->nquotes; i++)
		if (set->quotes[i].speaker && set->quotes[i].text)
			q[n++] = &set->quotes[i];
	qsort(q, n, sizeof *q, cmp_quote);
	putf(b, "<section id=\"quotes\"><h2>Quotes by speaker (%zu)</h2>\n", n);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && !strcmp(q[j]->speaker, q[i]->speaker))
			j++;
		put(b, "<article class=\"card\"><h3>");
		esc(b, q[i]->speaker);
		putf(b, "</h3><p class=\"meta\">%zu quote%s</p>\n", j - i,
		     j - i == 1 ? "" : "s");
		for (size_t k = i; k < j; k++) {
			const struct rec_article *a =
			    records_article(set, q[k]->article);
			put(b, "<blockquote>\xe2\x80\x9c");
			esc(b, q[k]->text);
			put(b,
			    "\xe2\x80\x9d <span class=\"meta\">\xe2\x80\x94 ");
			esc(b, label_of(a));
			if (a && a->published) {
				put(b, ", ");
				esc(b, a->published);
			}
			put(b, "</span></blockquote>\n");
		}
		put(b, "</article>\n");
		i = j;
	}
	if (!n)
		put(b, "<p>No attributed quotes.</p>\n");
	put(b, "</section>\n");
	free(q);
}

/* A story's heading: title, dates, size, main actors. */
static void story_head(struct buf *b, struct record_set *set,
		       const struct story *st, const char *tag)
{
	const struct rec_article *ta = &set->articles[st->title_article];
	putf(b, "<%s>", tag);
	esc(b, ta->title ? ta->title : label_of(ta));
	putf(b, "</%s>\n<p class=\"meta\">", tag);
	putf(b, "%zu article%s, %zu source%s", st->narticles,
	     st->narticles == 1 ? "" : "s", st->sources,
	     st->sources == 1 ? "" : "s");
	if (st->nactors) {
		put(b, " \xc2\xb7 ");
		for (size_t k = 0; k < st->nactors; k++) {
			if (k)
				put(b, ", ");
			esc(b, st->actors[k]);
		}
	}
	put(b, " \xc2\xb7 story <code>");
	esc(b, st->id);
	put(b, "</code></p>\n");
}

/* The records of story s with status st (or any other status when
 * `other`), as cards. Returns how many. */
static size_t story_cards(struct buf *b, struct record_set *set,
			  const struct conflict_list *cl, size_t s,
			  enum conflict_status st, bool other, bool draw)
{
	size_t n = 0;
	for (size_t i = 0; i < cl->n; i++) {
		const struct conflict *c = &cl->items[i];
		if (c->story != s ||
		    (other ? c->status == st : c->status != st))
			continue;
		n++;
		if (draw)
			card(b, set, cl, c);
	}
	return n;
}

/* Stories with disputes first, each open with its disputed claims and
 * its other claims folded; then the stories without disputes, folded;
 * stories without a shared figure only counted. */
static void stories_sections(struct buf *b, struct record_set *set,
			     const struct conflict_list *cl)
{
	const struct story_list *sl = &cl->stories;
	size_t *ndisp = xcalloc(sl->n + 1, sizeof *ndisp);
	size_t *nrec = xcalloc(sl->n + 1, sizeof *nrec);
	for (size_t i = 0; i < cl->n; i++) {
		if (cl->items[i].story >= sl->n)
			continue;
		nrec[cl->items[i].story]++;
		ndisp[cl->items[i].story] +=
		    cl->items[i].status == STATUS_CONFLICT;
	}
	size_t with = 0, without = 0, bare = 0;
	for (size_t s = 0; s < sl->n; s++) {
		with += ndisp[s] > 0;
		without += !ndisp[s] && nrec[s];
		bare += !nrec[s];
	}
	putf(b,
	     "<section id=\"conflicts\"><h2>Stories with disputed figures "
	     "(%zu)</h2>\n",
	     with);
	for (size_t s = 0; s < sl->n; s++) {
		if (!ndisp[s])
			continue;
		put(b, "<article class=\"story\">\n");
		story_head(b, set, &sl->items[s], "h3");
		story_cards(b, set, cl, s, STATUS_CONFLICT, false, true);
		size_t rest = nrec[s] - ndisp[s];
		if (rest) {
			putf(b,
			     "<details><summary>%zu other figure%s of this "
			     "story</summary>\n",
			     rest, rest == 1 ? "" : "s");
			story_cards(b, set, cl, s, STATUS_CONFLICT, true, true);
			put(b, "</details>\n");
		}
		put(b, "</article>\n");
	}
	if (!with)
		put(b, "<p>No two sources disagree on a figure.</p>\n");
	put(b, "</section>\n");
	putf(b,
	     "<section id=\"stories\"><h2>Stories without disputes "
	     "(%zu)</h2>\n",
	     without);
	for (size_t s = 0; s < sl->n; s++) {
		if (ndisp[s] || !nrec[s])
			continue;
		put(b, "<details class=\"story\"><summary>");
		const struct story *st = &sl->items[s];
		const struct rec_article *ta =
		    &set->articles[st->title_article];
		esc(b, ta->title ? ta->title : label_of(ta));
		putf(b,
		     " \xe2\x80\x94 %zu figure%s stated by several "
		     "sources</summary>\n",
		     nrec[s], nrec[s] == 1 ? "" : "s");
		story_head(b, set, st, "h3");
		story_cards(b, set, cl, s, STATUS_CONFLICT, true, true);
		put(b, "</details>\n");
	}
	if (bare) {
		putf(b,
		     "<details class=\"story\"><summary>%zu stor%s with no "
		     "figure stated by two sources</summary><ul>\n",
		     bare, bare == 1 ? "y" : "ies");
		for (size_t s = 0; s < sl->n; s++) {
			if (nrec[s])
				continue;
			const struct story *st = &sl->items[s];
			const struct rec_article *ta =
			    &set->articles[st->title_article];
			put(b, "<li>");
			esc(b, ta->title ? ta->title : label_of(ta));
			putf(b,
			     " <span class=\"meta\">(%zu article%s)</span>"
			     "</li>\n",
			     st->narticles, st->narticles == 1 ? "" : "s");
		}
		put(b, "</ul></details>\n");
	}
	put(b, "</section>\n");
	free(ndisp);
	free(nrec);
}

int emit_html_report(FILE *out, struct record_set *set,
		     const struct conflict_list *cl)
{
	struct buf b;
	buf_init(&b, 0);
	size_t counts[3] = {0, 0, 0};
	for (size_t i = 0; i < cl->n; i++)
		counts[cl->items[i].status]++;
	put(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
		"<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, "
		"initial-scale=1\">\n"
		"<meta http-equiv=\"Content-Security-Policy\" "
		"content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
		"<title>claimex report</title>\n");
	put(&b, style);
	put(&b, "</head>\n<body>\n<header><h1>claimex report</h1>\n"
		"<ul class=\"summary\">");
	putf(&b,
	     "<li>%zu articles</li><li>%zu stories</li><li>%zu figures</li>"
	     "<li><strong>%zu disputed</strong></li><li>%zu agreed</li>"
	     "<li>%zu changed over time</li><li>%zu quotes</li>",
	     set->narticles, cl->stories.n, set->nfigures,
	     counts[STATUS_CONFLICT], counts[STATUS_AGREE],
	     counts[STATUS_OVER_TIME], set->nquotes);
	put(&b, "</ul></header>\n<main>\n");
	stories_sections(&b, set, cl);
	quotes(&b, set);
	putf(&b,
	     "</main>\n<footer class=\"meta\">Generated by claimex %s."
	     "</footer>\n</body>\n</html>\n",
	     CLAIMEX_VERSION);
	int rc = fwrite(b.data, 1, b.len, out) == b.len ? 0 : -1;
	buf_release(&b);
	return rc;
}
