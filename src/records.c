/* records.c - JSON Lines records read back for the reduce step and reports */
#include "records.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "err.h"
#include "util.h"

void records_init(struct record_set *set)
{
	memset(set, 0, sizeof *set);
	set->arena = arena_new();
}

void records_release(struct record_set *set)
{
	arena_free(set->arena);
	free(set->articles);
	free(set->figures);
	free(set->quotes);
	free(set->actors);
	free(set->by_id);
	free(set->seen);
	memset(set, 0, sizeof *set);
}

/* Grows an array of elements of size sz to hold one more. */
static void *grow(void *items, size_t n, size_t *cap, size_t sz)
{
	if (n < *cap)
		return items;
	*cap = *cap ? *cap * 2 : 256;
	return xrealloc(items, *cap * sz);
}

static const char *str(struct record_set *set, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		return arena_strndup(set->arena, json_string_value(v),
				     json_string_length(v));
	if (json_is_integer(v))
		return arena_printf(set->arena, "%lld",
				    (long long)json_integer_value(v));
	return NULL;
}

static double num(json_t *o, const char *key, double dflt)
{
	json_t *v = json_object_get(o, key);
	return json_is_number(v) ? json_number_value(v) : dflt;
}

/* Records an article id; false when it was seen before. An open-address
 * hash set of the arena's copies, grown at half full. */
static bool first_sighting(struct record_set *set, const char *id)
{
	if (set->nseen * 2 >= set->nseen_cap) {
		size_t cap = set->nseen_cap ? set->nseen_cap * 2 : 1024;
		const char **t = xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < set->nseen_cap; i++) {
			const char *s = set->seen[i];
			if (!s)
				continue;
			size_t h = (size_t)hash64(s, strlen(s)) & (cap - 1);
			while (t[h])
				h = (h + 1) & (cap - 1);
			t[h] = s;
		}
		free(set->seen);
		set->seen = t;
		set->nseen_cap = cap;
	}
	size_t h = (size_t)hash64(id, strlen(id)) & (set->nseen_cap - 1);
	while (set->seen[h]) {
		if (!strcmp(set->seen[h], id))
			return false;
		h = (h + 1) & (set->nseen_cap - 1);
	}
	set->seen[h] = id;
	set->nseen++;
	return true;
}

static void add(struct record_set *set, json_t *o)
{
	const char *type = json_string_value(json_object_get(o, "type"));
	if (!type) {
		set->lines_skipped++;
		return;
	}
	if (!strcmp(type, "article")) {
		const char *id = str(set, o, "id");
		set->skipping = id && !first_sighting(set, id);
		if (set->skipping) {
			set->lines_skipped++;
			return;
		}
	}
	if (set->skipping && strcmp(type, "conflict")) {
		set->lines_skipped++;
		return;
	}
	if (!strcmp(type, "article")) {
		set->articles = grow(set->articles, set->narticles,
				     &set->cap_articles, sizeof *set->articles);
		struct rec_article *a = &set->articles[set->narticles++];
		a->id = str(set, o, "id");
		a->source = str(set, o, "source");
		a->url = str(set, o, "url");
		a->title = str(set, o, "title");
		a->outlet = str(set, o, "outlet");
		a->published = str(set, o, "published");
	} else if (!strcmp(type, "figure")) {
		set->figures = grow(set->figures, set->nfigures,
				    &set->cap_figures, sizeof *set->figures);
		struct rec_figure *f = &set->figures[set->nfigures++];
		f->article = str(set, o, "article");
		f->kind = str(set, o, "kind");
		f->text = str(set, o, "text");
		f->unit = str(set, o, "unit");
		f->hedge = str(set, o, "hedge");
		f->per = str(set, o, "per");
		f->key = str(set, o, "key");
		f->subject = str(set, o, "subject");
		f->sentence = str(set, o, "sentence");
		f->speaker = str(set, o, "speaker");
		f->value = num(o, "value", 0);
		f->start = (long long)num(o, "start", -1);
	} else if (!strcmp(type, "quote")) {
		set->quotes = grow(set->quotes, set->nquotes, &set->cap_quotes,
				   sizeof *set->quotes);
		struct rec_quote *q = &set->quotes[set->nquotes++];
		q->article = str(set, o, "article");
		q->text = str(set, o, "text");
		q->speaker = str(set, o, "speaker");
		q->cue = str(set, o, "cue");
	} else if (!strcmp(type, "actor")) {
		set->actors = grow(set->actors, set->nactors, &set->cap_actors,
				   sizeof *set->actors);
		struct rec_actor *a = &set->actors[set->nactors++];
		a->article = str(set, o, "article");
		a->name = str(set, o, "name");
		a->kind = str(set, o, "kind");
		a->role = str(set, o, "role");
		a->mentions = (long long)num(o, "mentions", 0);
	} else {
		set->lines_skipped++;
	}
}

int records_read(struct record_set *set, FILE *fp, const char *where,
		 size_t max_line, struct err *e)
{
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	ssize_t n;
	int rc = 0;
	while ((n = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		if ((size_t)n > max_line) {
			err_set(e, ERR_PARSE, where, "line %ld: longer than %zu bytes",
				lineno, max_line);
			rc = -1;
			break;
		}
		size_t i = 0;
		while (i < (size_t)n && is_ascii_space((unsigned char)line[i]))
			i++;
		if (i == (size_t)n)
			continue;
		json_error_t je;
		json_t *o = json_loadb(line, (size_t)n, 0, &je);
		if (!o || !json_is_object(o)) {
			err_set(e, ERR_PARSE, where, "line %ld: %s", lineno,
				o ? "not a JSON object" : je.text);
			json_decref(o);
			rc = -1;
			break;
		}
		add(set, o);
		json_decref(o);
	}
	if (rc == 0 && ferror(fp)) {
		err_set(e, ERR_IO, where, "read error");
		rc = -1;
	}
	free(line);
	return rc;
}

/* qsort_r is a GNU extension; a context-free comparator over pairs
 * avoids it. */
struct id_ref {
	const char *id;
	size_t index;
};

static int cmp_id_ref(const void *a, const void *b)
{
	const struct id_ref *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

static void build_index(struct record_set *set)
{
	struct id_ref *refs = xmalloc((set->narticles + 1) * sizeof *refs);
	size_t n = 0;
	for (size_t i = 0; i < set->narticles; i++)
		if (set->articles[i].id)
			refs[n++] = (struct id_ref){set->articles[i].id, i};
	qsort(refs, n, sizeof *refs, cmp_id_ref);
	free(set->by_id);
	set->by_id = xmalloc((n + 1) * sizeof *set->by_id);
	for (size_t i = 0; i < n; i++)
		set->by_id[i] = refs[i].index;
	free(refs);
	set->nby_id = n;
	set->indexed_articles = set->narticles;
}

const struct rec_article *records_article(struct record_set *set,
					  const char *id)
{
	if (!id)
		return NULL;
	if (!set->by_id || set->indexed_articles != set->narticles)
		build_index(set);
	size_t lo = 0, hi = set->nby_id;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(set->articles[set->by_id[mid]].id, id);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < set->nby_id && !strcmp(set->articles[set->by_id[lo]].id, id))
		return &set->articles[set->by_id[lo]];
	return NULL;
}
