/* emit_jsonl.c - records as JSON Lines (one object a line) */
#include "emit_jsonl.h"

#include <math.h>

#include "actors.h"
#include "article.h"
#include "conflicts.h"
#include "records.h"
#include "figures.h"
#include "quotes.h"

/* A string field or JSON null when the article does not say. */
static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* Writes obj as one line and releases it. Reals get 15 significant
 * digits: enough for any amount written in an article, and 0.12 prints
 * as 0.12 rather than 0.11999999999999999. */
static int write_line(FILE *out, json_t *obj)
{
	int rc = json_dumpf(obj, out, EMIT_JSONL_FLAGS);
	json_decref(obj);
	if (rc != 0 || fputc('\n', out) == EOF)
		return -1;
	return 0;
}

int emit_jsonl_article(FILE *out, const struct article *a)
{
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("article"));
	json_object_set_new(o, "id", json_string(a->id));
	json_object_set_new(o, "source", str_or_null(a->source));
	json_object_set_new(o, "url", str_or_null(a->url));
	json_object_set_new(o, "title", str_or_null(a->title));
	json_object_set_new(o, "outlet", str_or_null(a->outlet));
	json_object_set_new(o, "published", str_or_null(a->published));
	json_object_set_new(o, "byline", str_or_null(a->byline));
	json_object_set_new(o, "lang", str_or_null(a->lang));
	json_object_set_new(o, "chars", json_integer((json_int_t)a->chars));
	json_object_set_new(o, "format", str_or_null(a->format));
	json_object_set_new(o, "charset", str_or_null(a->charset));
	return write_line(out, o);
}

json_t *emit_jsonl_number(double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 9e15)
		return json_integer((json_int_t)v);
	return isfinite(v) ? json_real(v) : json_null();
}

int emit_jsonl_conflict(FILE *out, struct record_set *set,
			const struct conflict *c)
{
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("conflict"));
	json_object_set_new(o, "key", str_or_null(c->key));
	json_object_set_new(o, "kind", str_or_null(c->kind));
	json_object_set_new(o, "unit", str_or_null(c->unit));
	json_object_set_new(o, "status",
			    json_string(conflicts_status_name(c->status)));
	json_object_set_new(o, "subject", str_or_null(c->subject));
	json_object_set_new(o, "articles",
			    json_integer((json_int_t)c->narticles));
	json_t *values = json_array();
	for (size_t v = 0; v < c->nvalues; v++) {
		const struct conflict_value *cv = &c->values[v];
		json_t *jv = json_object();
		json_object_set_new(jv, "value", emit_jsonl_number(cv->value));
		json_object_set_new(jv, "unit", str_or_null(cv->unit));
		json_t *ms = json_array();
		for (size_t k = 0; k < cv->nmentions; k++) {
			const struct rec_figure *f = &set->figures[cv->mentions[k]];
			const struct rec_article *a =
			    records_article(set, f->article);
			json_t *m = json_object();
			json_object_set_new(m, "article", str_or_null(f->article));
			json_object_set_new(m, "source",
					    str_or_null(a ? a->source : NULL));
			json_object_set_new(m, "outlet",
					    str_or_null(a ? a->outlet : NULL));
			json_object_set_new(m, "published",
					    str_or_null(a ? a->published : NULL));
			json_object_set_new(m, "text", str_or_null(f->text));
			json_object_set_new(m, "hedge", str_or_null(f->hedge));
			json_object_set_new(m, "sentence",
					    str_or_null(f->sentence));
			json_object_set_new(m, "speaker", str_or_null(f->speaker));
			json_array_append_new(ms, m);
		}
		json_object_set_new(jv, "mentions", ms);
		json_array_append_new(values, jv);
	}
	json_object_set_new(o, "values", values);
	return write_line(out, o);
}

int emit_jsonl_figure(FILE *out, const struct article *a,
		      const struct figure *f)
{
	json_t *o = json_object();
	long long iv;
	json_object_set_new(o, "type", json_string("figure"));
	json_object_set_new(o, "article", json_string(a->id));
	json_object_set_new(o, "kind", json_string(f->kind));
	json_object_set_new(o, "text", json_string(f->text));
	json_object_set_new(o, "value",
			    amount_to_int(f->value, &iv)
				? json_integer((json_int_t)iv)
				: json_real(amount_to_double(f->value)));
	json_object_set_new(o, "unit", json_string(f->unit));
	json_object_set_new(o, "hedge", str_or_null(f->hedge));
	json_object_set_new(o, "per", str_or_null(f->per));
	json_object_set_new(o, "start", f->in_title
					    ? json_null()
					    : json_integer((json_int_t)f->start));
	json_object_set_new(o, "end", f->in_title
					  ? json_null()
					  : json_integer((json_int_t)f->end));
	json_object_set_new(o, "sentence", str_or_null(f->sentence));
	json_object_set_new(o, "speaker", str_or_null(f->speaker));
	json_object_set_new(o, "key", str_or_null(f->key));
	json_object_set_new(o, "subject", str_or_null(f->subject));
	return write_line(out, o);
}

int emit_jsonl_actor(FILE *out, const struct article *a, const struct actor *ac)
{
	json_t *o = json_object();
	json_t *al = json_array();
	for (size_t i = 0; i < ac->naliases; i++)
		json_array_append_new(al, json_string(ac->aliases[i]));
	json_object_set_new(o, "type", json_string("actor"));
	json_object_set_new(o, "article", json_string(a->id));
	json_object_set_new(o, "name", json_string(ac->name));
	json_object_set_new(o, "kind", json_string(actors_kind_name(ac->kind)));
	json_object_set_new(o, "aliases", al);
	json_object_set_new(o, "role", str_or_null(ac->role));
	json_object_set_new(o, "mentions",
			    json_integer((json_int_t)ac->mentions));
	return write_line(out, o);
}

int emit_jsonl_quote(FILE *out, const struct article *a, const struct quote *q)
{
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("quote"));
	json_object_set_new(o, "article", json_string(a->id));
	json_object_set_new(o, "text", json_string(q->text));
	json_object_set_new(o, "speaker", str_or_null(q->speaker));
	json_object_set_new(o, "cue", str_or_null(q->cue));
	json_object_set_new(o, "start", json_integer((json_int_t)q->start));
	json_object_set_new(o, "end", json_integer((json_int_t)q->end));
	return write_line(out, o);
}
