/* emit_csv.h - figures as CSV that a spreadsheet can open safely */
#ifndef CLAIMEX_EMIT_CSV_H
#define CLAIMEX_EMIT_CSV_H

#include <stdio.h>

struct buf;
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
 * Writes claims.csv: a header row, then one row per figure in record
 * order: article, source, outlet, published, kind, text, value, unit,
 * hedge, per, key, subject, speaker, sentence. Rows end with CRLF.
 * Returns 0, or -1 when writing failed.
 */
int emit_csv_figures(FILE *out, struct record_set *set);

#endif
