/* emit_jsonl.c - records as JSON Lines (one object a line) */
#include "emit_jsonl.h"

#include <math.h>
#include <stdio.h>

#include "actors.h"
#include "article.h"
#include "claims.h"
#include "conflicts.h"
#include "records.h"
#include "figures.h"
#include "quotes.h"
#include "signature.h"
#include "stories.h"

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

static json_t *str_array(const char *const *v, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, json_string(v[i]));
	return arr;
}

int emit_jsonl_article(FILE *out, const struct article *a,
		       const struct signature *sig)
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
	if (sig) {
		json_t *so = json_object();
		json_object_set_new(so, "v", json_integer(1));
		json_object_set_new(so, "names",
				    str_array(sig->names, sig->nnames));
		json_object_set_new(so, "speakers",
				    str_array(sig->speakers, sig->nspeakers));
		json_object_set_new(so, "places",
				    str_array(sig->places, sig->nplaces));
		json_object_set_new(so, "terms",
				    str_array(sig->terms, sig->nterms));
		json_object_set_new(so, "numbers",
				    str_array(sig->numbers, sig->nnumbers));
		if (sig->has_minhash) {
			char hex[SIGNATURE_HASHES * 8 + 1];
			signature_hex(sig, hex);
			json_object_set_new(so, "minhash", json_string(hex));
		} else {
			json_object_set_new(so, "minhash", json_null());
		}
		json_object_set_new(o, "signature", so);
	}
	return write_line(out, o);
}

json_t *emit_jsonl_number(double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 9e15)
		return json_integer((json_int_t)v);
	return isfinite(v) ? json_real(v) : json_null();
}

/* The claim fields as a JSON object (absent fields are null). */
static json_t *claim_json(const struct claim *c)
{
	json_t *cl = json_object();
	json_object_set_new(cl, "thing", str_or_null(c->thing));
	json_object_set_new(cl, "action", str_or_null(c->action));
	json_object_set_new(cl, "purpose", str_or_null(c->purpose));
	json_object_set_new(cl, "holder", str_or_null(c->holder));
	json_object_set_new(cl, "towards", str_or_null(c->towards));
	json_object_set_new(cl, "when", str_or_null(c->when));
	json_object_set_new(cl, "span", str_or_null(c->span));
	json_object_set_new(cl, "role", str_or_null(c->role));
	json_object_set_new(cl, "lead", json_boolean(c->lead));
	return cl;
}

/* An ISO date from days since 1970-01-01 (civil from days, Howard
 * Hinnant's algorithm), or JSON null. */
static json_t *day_json(long z)
{
	if (z == REC_NO_DAY)
		return json_null();
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp < 10 ? mp + 3 : mp - 9;
	char buf[80];
	snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y + (m <= 2), m, d);
	return json_string(buf);
}

int emit_jsonl_story(FILE *out, struct record_set *set,
		     const struct story_list *sl, size_t s)
{
	const struct story *st = &sl->items[s];
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("story"));
	json_object_set_new(o, "id", json_string(st->id));
	const struct rec_article *ta = &set->articles[st->title_article];
	json_object_set_new(o, "title", str_or_null(ta->title));
	json_t *arts = json_array(), *copies = json_array();
	for (size_t k = 0; k < st->narticles; k++) {
		size_t ai = st->articles[k];
		json_array_append_new(arts, str_or_null(set->articles[ai].id));
		if (sl->copy_of[ai] != ai) {
			json_t *c = json_object();
			json_object_set_new(c, "article",
					    str_or_null(set->articles[ai].id));
			json_object_set_new(
			    c, "copy_of",
			    str_or_null(set->articles[sl->copy_of[ai]].id));
			json_array_append_new(copies, c);
		}
	}
	json_object_set_new(o, "articles", arts);
	json_object_set_new(o, "sources",
			    json_integer((json_int_t)st->sources));
	json_object_set_new(o, "copies", copies);
	json_t *actors = json_array();
	for (size_t k = 0; k < st->nactors; k++)
		json_array_append_new(actors, json_string(st->actors[k]));
	json_object_set_new(o, "actors", actors);
	json_object_set_new(o, "first", day_json(st->day_first));
	json_object_set_new(o, "last", day_json(st->day_last));
	return write_line(out, o);
}

int emit_jsonl_conflict(FILE *out, struct record_set *set,
			const struct conflict_list *cl,
			const struct conflict *c)
{
	const struct story_list *sl = &cl->stories;
	json_t *o = json_object();
	json_object_set_new(o, "type", json_string("conflict"));
	json_object_set_new(o, "key", str_or_null(c->key));
	json_object_set_new(o, "story",
			    c->story < sl->n
				? json_string(sl->items[c->story].id)
				: json_null());
	json_object_set_new(o, "kind", str_or_null(c->kind));
	json_object_set_new(o, "unit", str_or_null(c->unit));
	json_object_set_new(o, "status",
			    json_string(conflicts_status_name(c->status)));
	json_object_set_new(o, "subject", str_or_null(c->subject));
	json_object_set_new(o, "claim", claim_json(&c->claim));
	json_t *why = json_object();
	json_object_set_new(why, "same_quantity", str_or_null(c->matched));
	json_object_set_new(why, "disagree", str_or_null(c->reason));
	json_object_set_new(o, "why", why);
	json_object_set_new(o, "confidence",
			    c->status == STATUS_AGREE
				? json_null()
				: json_real(round(c->confidence * 100) / 100));
	json_object_set_new(o, "articles",
			    json_integer((json_int_t)c->narticles));
	json_object_set_new(o, "sources",
			    json_integer((json_int_t)c->nsources));
	json_t *values = json_array();
	for (size_t v = 0; v < c->nvalues; v++) {
		const struct conflict_value *cv = &c->values[v];
		json_t *jv = json_object();
		json_object_set_new(jv, "value", emit_jsonl_number(cv->value));
		json_object_set_new(jv, "unit", str_or_null(cv->unit));
		json_t *iv = json_array();
		json_array_append_new(iv, emit_jsonl_number(cv->lo));
		json_array_append_new(iv, emit_jsonl_number(cv->hi));
		json_object_set_new(jv, "interval", iv);
		json_t *ms = json_array();
		for (size_t k = 0; k < cv->nmentions; k++) {
			const struct rec_figure *f =
			    &set->figures[cv->mentions[k]];
			const struct rec_article *a =
			    records_article(set, f->article);
			json_t *m = json_object();
			json_object_set_new(m, "article",
					    str_or_null(f->article));
			json_object_set_new(m, "source",
					    str_or_null(a ? a->source : NULL));
			json_object_set_new(m, "url",
					    str_or_null(a ? a->url : NULL));
			json_object_set_new(m, "title",
					    str_or_null(a ? a->title : NULL));
			json_object_set_new(m, "outlet",
					    str_or_null(a ? a->outlet : NULL));
			json_object_set_new(
			    m, "published",
			    str_or_null(a ? a->published : NULL));
			size_t ai = a ? (size_t)(a - set->articles) : 0;
			json_object_set_new(
			    m, "copy_of",
			    a && sl->copy_of && sl->copy_of[ai] != ai
				? str_or_null(set->articles[sl->copy_of[ai]].id)
				: json_null());
			json_object_set_new(m, "text", str_or_null(f->text));
			json_object_set_new(m, "hedge", str_or_null(f->hedge));
			json_object_set_new(m, "sentence",
					    str_or_null(f->sentence));
			json_object_set_new(m, "speaker",
					    str_or_null(f->speaker));
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
	json_object_set_new(o, "start",
			    f->in_title ? json_null()
					: json_integer((json_int_t)f->start));
	json_object_set_new(o, "end",
			    f->in_title ? json_null()
					: json_integer((json_int_t)f->end));
	json_object_set_new(o, "sentence", str_or_null(f->sentence));
	json_object_set_new(o, "speaker", str_or_null(f->speaker));
	json_object_set_new(o, "key", str_or_null(f->key));
	json_object_set_new(o, "subject", str_or_null(f->subject));
	if (f->claim) {
		json_object_set_new(o, "claim", claim_json(f->claim));
	} else {
		json_object_set_new(o, "claim", json_null());
	}
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
