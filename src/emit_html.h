/* emit_html.h - the self-contained report a fact-checking desk opens */
#ifndef CLAIMEX_EMIT_HTML_H
#define CLAIMEX_EMIT_HTML_H

#include <stdio.h>

struct buf;
struct conflict_list;
struct record_set;

/*
 * Appends s to out with &, <, >, " and ' escaped, so that article text
 * can be placed in element content and in quoted attributes. NULL appends
 * nothing.
 */
void emit_html_escape(struct buf *out, const char *s);

/*
 * Writes report.html: one page with no network access (inline CSS and
 * SVG, a Content-Security-Policy that forbids scripts and loads),
 * readable on a phone-width window. Stories with disputes first: each
 * with its title, size and main actors, then per disputed claim why the
 * statements are one quantity and why they disagree, an inline SVG chart
 * of the values per source and the values side by side (outlet linked to
 * the article when it has an http(s) address, "one text carried by N
 * outlets" for copies, date, hedge, speaker, sentence); the story's
 * other claims folded. Then the stories without disputes, folded, and
 * the quotes per actor. Everything taken from an article is escaped;
 * labels are cut at character boundaries. Returns 0, or -1 when writing
 * failed.
 */
int emit_html_report(FILE *out, struct record_set *set,
		     const struct conflict_list *conflicts);

#endif
