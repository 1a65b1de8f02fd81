/* emit_jsonl.c - records as JSON Lines (one object a line) */
#include "emit_jsonl.h"

#include <jansson.h>

#include "article.h"

/* A string field or JSON null when the article does not say. */
static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* Writes obj as one line and releases it. */
static int write_line(FILE *out, json_t *obj)
{
	int rc = json_dumpf(obj, out, JSON_COMPACT | JSON_PRESERVE_ORDER);
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
