/* emit_csv.c - figures as CSV that a spreadsheet can open safely */
#include "emit_csv.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "records.h"
#include "util.h"

/* "-5", "+1.5", "1e9": a number a spreadsheet shows as a number. */
static bool is_number(const char *s)
{
	if (!*s)
		return false;
	char *end;
	strtod(s, &end);
	return *end == '\0' && !is_ascii_space((unsigned char)*s);
}

void emit_csv_field(struct buf *out, const char *s)
{
	if (!s)
		return;
	bool formula = strchr("=+-@\t\r", s[0]) && s[0] && !is_number(s);
	bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
	if (quote)
		buf_append(out, "\"", 1);
	if (formula)
		buf_append(out, "'", 1);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			buf_append(out, "\"", 1);
		buf_append(out, p, 1);
	}
	if (quote)
		buf_append(out, "\"", 1);
}

static void number(struct buf *out, double v)
{
	char tmp[64];
	if (isfinite(v) && v == floor(v) && fabs(v) < 9e15)
		snprintf(tmp, sizeof tmp, "%.0f", v);
	else
		snprintf(tmp, sizeof tmp, "%.15g", v);
	buf_puts(out, tmp);
}

int emit_csv_figures(FILE *out, struct record_set *set)
{
	static const char header[] =
	    "article,source,outlet,published,kind,text,value,unit,hedge,per,"
	    "key,subject,speaker,sentence\r\n";
	if (fputs(header, out) == EOF)
		return -1;
	struct buf row;
	buf_init(&row, 0);
	int rc = 0;
	for (size_t i = 0; i < set->nfigures && rc == 0; i++) {
		const struct rec_figure *f = &set->figures[i];
		const struct rec_article *a = records_article(set, f->article);
		const char *cells[] = {f->article, a ? a->source : NULL,
				       a ? a->outlet : NULL,
				       a ? a->published : NULL, f->kind,
				       f->text};
		buf_clear(&row);
		for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++) {
			emit_csv_field(&row, cells[k]);
			buf_append(&row, ",", 1);
		}
		number(&row, f->value);
		const char *rest[] = {f->unit,    f->hedge,   f->per,
				      f->key,     f->subject, f->speaker,
				      f->sentence};
		for (size_t k = 0; k < sizeof rest / sizeof rest[0]; k++) {
			buf_append(&row, ",", 1);
			emit_csv_field(&row, rest[k]);
		}
		buf_append(&row, "\r\n", 2);
		if (fwrite(row.data, 1, row.len, out) != row.len)
			rc = -1;
	}
	buf_release(&row);
	return rc;
}
