/* records.c - JSON Lines records read back for the reduce step and reports */
#include "records.h"

#include <jansson.h>
#include <math.h>
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
	free(set->interned);
	memset(set, 0, sizeof *set);
}

/* Grows an array of elements of size sz to hold one more: by half
 * again, so that a million figures waste at most a third of their
 * array. */
static void *grow(void *items, size_t n, size_t *cap, size_t sz)
{
	if (n < *cap)
		return items;
	*cap = *cap ? *cap + *cap / 2 : 256;
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

/* An integer field within [0, 2^53], else dflt: a huge or negative
 * number ("start":1e74) is never converted to an integer type. */
static long long count_field(json_t *o, const char *key, long long dflt)
{
	double d = num(o, key, (double)dflt);
	if (!isfinite(d) || d < 0 || d > 9007199254740992.0)
		return dflt;
	return (long long)d;
}

/* Days since 1970-01-01 of an ISO 8601 date "YYYY-MM-DD...", or
 * REC_NO_DAY. */
static long iso_day(const char *s)
{
	if (!s)
		return REC_NO_DAY;
	int v[3] = {0, 0, 0};
	const int w[3] = {4, 2, 2};
	const char *p = s;
	for (int k = 0; k < 3; k++) {
		for (int j = 0; j < w[k]; j++, p++) {
			if (*p < '0' || *p > '9')
				return REC_NO_DAY;
			v[k] = v[k] * 10 + (*p - '0');
		}
		if (k < 2 && *p++ != '-')
			return REC_NO_DAY;
	}
	long y = v[0], m = v[1], d = v[2];
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return REC_NO_DAY;
	/* days from civil (Howard Hinnant's algorithm) */
	y -= m <= 2;
	long era = y / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* A JSON array of strings into the arena (other items skipped). */
static const char **str_list(struct record_set *set, json_t *arr, uint32_t *n)
{
	*n = 0;
	if (!json_is_array(arr) || !json_array_size(arr))
		return NULL;
	size_t cap = json_array_size(arr);
	if (cap > 64)
		cap = 64;
	const char **v = arena_alloc(set->arena, cap * sizeof *v);
	for (size_t i = 0; i < json_array_size(arr) && *n < cap; i++) {
		json_t *x = json_array_get(arr, i);
		if (json_is_string(x))
			v[(*n)++] =
			    arena_strndup(set->arena, json_string_value(x),
					  json_string_length(x));
	}
	return v;
}

/* Interns a short string that many records repeat (claim fields, kinds,
 * units) so that a million figures keep one copy of "money". */
static const char *intern(struct record_set *set, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (!json_is_string(v))
		return NULL;
	const char *s = json_string_value(v);
	size_t n = json_string_length(v);
	if (n > 200)
		return arena_strndup(set->arena, s, n);
	if (set->nintern * 2 >= set->intern_cap) {
		size_t cap = set->intern_cap ? set->intern_cap * 2 : 1024;
		const char **t = xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < set->intern_cap; i++) {
			const char *x = set->interned[i];
			if (!x)
				continue;
			size_t h = (size_t)hash64(x, strlen(x)) & (cap - 1);
			while (t[h])
				h = (h + 1) & (cap - 1);
			t[h] = x;
		}
		free(set->interned);
		set->interned = t;
		set->intern_cap = cap;
	}
	size_t h = (size_t)hash64(s, n) & (set->intern_cap - 1);
	while (set->interned[h]) {
		if (!strncmp(set->interned[h], s, n) && !set->interned[h][n])
			return set->interned[h];
		h = (h + 1) & (set->intern_cap - 1);
	}
	const char *c = arena_strndup(set->arena, s, n);
	set->interned[h] = c;
	set->nintern++;
	return c;
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

/* Adds one record; NULL, or why the line is not a record. */
static const char *add(struct record_set *set, json_t *o)
{
	const char *type = json_string_value(json_object_get(o, "type"));
	if (!type)
		return "no \"type\" field";
	json_t *ver = json_object_get(o, "v");
	if (ver && !(json_is_integer(ver) && json_integer_value(ver) == 1))
		return "unknown record version";
	if (!strcmp(type, "figure") &&
	    !json_is_number(json_object_get(o, "value")))
		return "figure without a numeric value";
	if (!strcmp(type, "article")) {
		json_t *sig = json_object_get(o, "signature");
		json_t *sv =
		    json_is_object(sig) ? json_object_get(sig, "v") : NULL;
		if (sig && !json_is_null(sig) &&
		    !(json_is_integer(sv) && json_integer_value(sv) == 1))
			return "unknown signature version";
		if (!json_is_string(json_object_get(o, "id")))
			return "article without an id";
	}
	if (!strcmp(type, "article")) {
		const char *id = str(set, o, "id");
		set->skipping = id && !first_sighting(set, id);
		if (set->skipping) {
			set->lines_skipped++;
			return NULL;
		}
	}
	if (set->skipping && strcmp(type, "conflict")) {
		set->lines_skipped++;
		return NULL;
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
		a->day = iso_day(a->published);
		a->names = a->speakers = a->places = a->terms = a->numbers =
		    NULL;
		a->nnames = a->nspeakers = a->nplaces = a->nterms =
		    a->nnumbers = 0;
		a->has_minhash = false;
		json_t *sig = json_object_get(o, "signature");
		if (json_is_object(sig)) {
			a->names = str_list(set, json_object_get(sig, "names"),
					    &a->nnames);
			a->places = str_list(
			    set, json_object_get(sig, "places"), &a->nplaces);
			a->speakers =
			    str_list(set, json_object_get(sig, "speakers"),
				     &a->nspeakers);
			a->terms = str_list(set, json_object_get(sig, "terms"),
					    &a->nterms);
			a->numbers = str_list(
			    set, json_object_get(sig, "numbers"), &a->nnumbers);
			json_t *mh = json_object_get(sig, "minhash");
			a->has_minhash =
			    json_is_string(mh) &&
			    signature_parse_hex(json_string_value(mh),
						json_string_length(mh),
						a->minhash) == 0;
		}
	} else if (!strcmp(type, "figure")) {
		set->figures = grow(set->figures, set->nfigures,
				    &set->cap_figures, sizeof *set->figures);
		struct rec_figure *f = &set->figures[set->nfigures++];
		/* records of one article come together: its id and a
		 * sentence its figures share are kept once */
		const char *art =
		    json_string_value(json_object_get(o, "article"));
		const struct rec_article *last =
		    set->narticles ? &set->articles[set->narticles - 1] : NULL;
		f->article = art && last && last->id && !strcmp(last->id, art)
				 ? last->id
				 : str(set, o, "article");
		const char *sent =
		    json_string_value(json_object_get(o, "sentence"));
		const struct rec_figure *prev =
		    set->nfigures > 1 ? &set->figures[set->nfigures - 2] : NULL;
		bool same_sent = sent && prev && prev->sentence &&
				 prev->article == f->article &&
				 !strcmp(prev->sentence, sent);
		f->kind = intern(set, o, "kind");
		f->text = intern(set, o, "text");
		f->unit = intern(set, o, "unit");
		f->hedge = intern(set, o, "hedge");
		f->per = intern(set, o, "per");
		f->key = intern(set, o, "key");
		f->subject = intern(set, o, "subject");
		f->sentence =
		    same_sent ? prev->sentence : str(set, o, "sentence");
		f->speaker = intern(set, o, "speaker");
		f->value = num(o, "value", 0);
		f->start = count_field(o, "start", -1);
		memset(&f->claim, 0, sizeof f->claim);
		json_t *c = json_object_get(o, "claim");
		if (json_is_object(c)) {
			f->claim.thing = intern(set, c, "thing");
			f->claim.action = intern(set, c, "action");
			f->claim.purpose = intern(set, c, "purpose");
			f->claim.holder = intern(set, c, "holder");
			f->claim.towards = intern(set, c, "towards");
			f->claim.when = intern(set, c, "when");
			f->claim.span = intern(set, c, "span");
			f->claim.role = intern(set, c, "role");
			f->claim.lead =
			    json_is_true(json_object_get(c, "lead"));
		}
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
		a->mentions = count_field(o, "mentions", 0);
	} else {
		set->lines_skipped++;
	}
	return NULL;
}

/* One line: blank lines are nothing, a bad line is reported. */
static void read_line(struct record_set *set, const char *line, size_t n,
		      const char *where, long lineno, size_t max_line,
		      FILE *diag, struct err *e)
{
	size_t i = 0;
	while (i < n && is_ascii_space((unsigned char)line[i]))
		i++;
	if (i == n)
		return;
	const char *why = NULL;
	char buf[200];
	json_t *o = NULL;
	if (n > max_line) {
		snprintf(buf, sizeof buf, "longer than %zu bytes", max_line);
		why = buf;
	} else {
		json_error_t je;
		o = json_loadb(line, n, 0, &je);
		if (!o) {
			snprintf(buf, sizeof buf, "not JSON: %s", je.text);
			why = buf;
		} else if (!json_is_object(o)) {
			why = "not a JSON object";
		} else {
			why = add(set, o);
		}
	}
	json_decref(o);
	if (!why)
		return;
	set->lines_bad++;
	if (diag)
		fprintf(diag, "%s:%ld: %s\n", where, lineno, why);
	if (e->code == ERR_NONE)
		err_set(e, ERR_PARSE, where, "line %ld: %s", lineno, why);
}

int records_read(struct record_set *set, FILE *fp, const char *where,
		 size_t max_line, FILE *diag, struct err *e)
{
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	ssize_t n;
	size_t bad = set->lines_bad;
	while ((n = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		read_line(set, line, (size_t)n, where, lineno, max_line, diag,
			  e);
	}
	int rc = set->lines_bad != bad ? -1 : 0;
	if (ferror(fp)) {
		if (e->code == ERR_NONE)
			err_set(e, ERR_IO, where, "read error");
		rc = -1;
	}
	free(line);
	return rc;
}

int records_read_buffer(struct record_set *set, const char *buf, size_t len,
			const char *where, size_t max_line, FILE *diag,
			struct err *e)
{
	size_t bad = set->lines_bad;
	long lineno = 0;
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - buf) : len;
		lineno++;
		read_line(set, buf + i, end - i, where, lineno, max_line, diag,
			  e);
		i = end + 1;
	}
	return set->lines_bad != bad ? -1 : 0;
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
