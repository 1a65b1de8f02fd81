/* emit_csv.h - figures as CSV that a spreadsheet can open safely */
#ifndef CLAIMEX_EMIT_CSV_H
#define CLAIMEX_EMIT_CSV_H

#include <stdbool.h>
#include <stdio.h>

struct buf;
struct conflict_list;
struct record_set;

/*
 * Appends one field to out, quoted per RFC 4180 when it holds a comma, a
 * quote, CR or LF (quotes doubled). A field that a spreadsheet would run
 * as a formula (first character =, +, -, @, tab or CR) gets a leading
 * apostrophe, unless the whole field is a number such as "-5" or "+1.5".
 * NULL is an empty field.
 */
void emit_csv_field(struct buf *out, const char *s);

/*
 * Writes claims.csv: a UTF-8 byte-order mark when bom (so that Excel
 * reads UTF-8; LibreOffice and Google Sheets ignore it), a header row,
 * then one row per figure in record order: story (its article's story
 * id), claim (the claim in words), status (conflict, over_time or agree
 * when the reduce step lined it up with other sources, else empty),
 * article, source, url, title, outlet, published, kind, text, value (in
 * full digits: 5000000000, never 5e+09), unit, hedge, per, key,
 * speaker, sentence. Rows end with CRLF. cl may be NULL (no story or
 * status). Returns 0, or -1 when writing failed.
 */
int emit_csv_figures(FILE *out, struct record_set *set,
		     const struct conflict_list *cl, bool bom);

#endif
