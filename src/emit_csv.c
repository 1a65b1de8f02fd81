/* emit_csv.c - figures as CSV that a spreadsheet can open safely */
#include "emit_csv.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "conflicts.h"
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

/* A value in full digits: 5000000000, 0.125, never 5e+09 (spreadsheets
 * read "5e+09" as a number but a reader wants the digits). */
static void number(struct buf *out, double v)
{
	char tmp[400];
	if (!isfinite(v))
		return;
	if (v == floor(v) && fabs(v) < 1e300)
		snprintf(tmp, sizeof tmp, "%.0f", v);
	else {
		snprintf(tmp, sizeof tmp, "%.15f", v);
		/* no trailing zeros: 0.125000000000000 -> 0.125 */
		size_t n = strlen(tmp);
		while (n > 1 && tmp[n - 1] == '0')
			tmp[--n] = 0;
		if (n && tmp[n - 1] == '.')
			tmp[--n] = 0;
	}
	buf_puts(out, tmp);
}

int emit_csv_figures(FILE *out, struct record_set *set,
		     const struct conflict_list *cl, bool bom)
{
	static const char header[] =
	    "story,claim,status,article,source,url,title,outlet,published,"
	    "kind,text,value,unit,hedge,per,key,speaker,sentence\r\n";
	if (bom && fputs("\xef\xbb\xbf", out) == EOF)
		return -1;
	if (fputs(header, out) == EOF)
		return -1;
	/* each figure's place in the reduce step: its record's status
	 * (a dispute wins over a change, a change over an agreement) */
	const char **status = xcalloc(set->nfigures + 1, sizeof *status);
	for (size_t i = 0; cl && i < cl->n; i++) {
		const struct conflict *c = &cl->items[i];
		for (size_t v = 0; v < c->nvalues; v++)
			for (size_t k = 0; k < c->values[v].nmentions; k++) {
				size_t m = c->values[v].mentions[k];
				const char *st =
				    conflicts_status_name(c->status);
				if (!status[m] ||
				    c->status == STATUS_CONFLICT ||
				    (c->status == STATUS_OVER_TIME &&
				     strcmp(status[m], "conflict")))
					status[m] = st;
			}
	}
	struct buf row;
	buf_init(&row, 0);
	int rc = 0;
	for (size_t i = 0; i < set->nfigures && rc == 0; i++) {
		const struct rec_figure *f = &set->figures[i];
		const struct rec_article *a = records_article(set, f->article);
		const char *story = NULL;
		if (a && cl && cl->stories.of_article) {
			size_t ai = (size_t)(a - set->articles);
			if (ai < set->narticles &&
			    cl->stories.of_article[ai] < cl->stories.n)
				story = cl->stories
					    .items[cl->stories.of_article[ai]]
					    .id;
		}
		const char *cells[] = {story,
				       f->subject,
				       status[i],
				       f->article,
				       a ? a->source : NULL,
				       a ? a->url : NULL,
				       a ? a->title : NULL,
				       a ? a->outlet : NULL,
				       a ? a->published : NULL,
				       f->kind,
				       f->text};
		buf_clear(&row);
		for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++) {
			emit_csv_field(&row, cells[k]);
			buf_append(&row, ",", 1);
		}
		number(&row, f->value);
		const char *rest[] = {f->unit, f->hedge,   f->per,
				      f->key,  f->speaker, f->sentence};
		for (size_t k = 0; k < sizeof rest / sizeof rest[0]; k++) {
			buf_append(&row, ",", 1);
			emit_csv_field(&row, rest[k]);
		}
		buf_append(&row, "\r\n", 2);
		if (fwrite(row.data, 1, row.len, out) != row.len)
			rc = -1;
	}
	buf_release(&row);
	free(status);
	return rc;
}
