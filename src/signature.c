/* signature.c - what the reduce step needs of an article to group it */
#include "signature.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "amount.h"
#include "arena.h"
#include "article.h"
#include "figures.h"
#include "lexicon.h"
#include "quotes.h"
#include "util.h"

/* One distinct word of the text and how often it is written. */
struct word_count {
	const char *w;
	size_t len, count, first;
};

static uint64_t mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

static int cmp_count(const void *a, const void *b)
{
	const struct word_count *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

static int cmp_actor(const void *a, const void *b)
{
	const struct actor *x = *(const struct actor *const *)a;
	const struct actor *y = *(const struct actor *const *)b;
	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* Month and day names: every article of a week shares them. */
static bool calendar_word(const char *w, size_t n)
{
	static const char *const cal[] = {
	    "January",	"February", "March",	 "April",   "June",
	    "July",	"August",   "September", "October", "November",
	    "December", "Sept",	    "Monday",	 "Tuesday", "Wednesday",
	    "Thursday", "Friday",   "Saturday",	 "Sunday",  NULL};
	for (size_t i = 0; cal[i]; i++)
		if (ascii_ieq(w, n, cal[i]))
			return true;
	return false;
}

static bool word_char(unsigned char c)
{
	return is_ascii_alpha(c) || is_ascii_digit(c) || c >= 0x80;
}

/* Counts a word in an open-address table of cap (a power of two). */
static void count_word(struct word_count *tab, size_t cap, size_t *n,
		       const char *w, size_t len, size_t first)
{
	if (*n * 2 >= cap)
		return; /* full enough: later words are not counted */
	size_t h = (size_t)hash64(w, len) & (cap - 1);
	while (tab[h].w) {
		if (tab[h].len == len && !memcmp(tab[h].w, w, len)) {
			tab[h].count++;
			return;
		}
		h = (h + 1) & (cap - 1);
	}
	tab[h] = (struct word_count){w, len, 1, first};
	(*n)++;
}

/* Is w one of the words of a name or place of the signature? */
static bool in_names(const struct signature *sg, const char *w, size_t n)
{
	for (int pass = 0; pass < 3; pass++) {
		const char **v = pass == 2 ? sg->speakers
				 : pass	   ? sg->places
					   : sg->names;
		size_t nv = pass == 2 ? sg->nspeakers
			    : pass    ? sg->nplaces
				      : sg->nnames;
		for (size_t i = 0; i < nv; i++)
			for (const char *p = v[i]; *p;) {
				const char *e = strchr(p, ' ');
				size_t l = e ? (size_t)(e - p) : strlen(p);
				if (l == n && !strncmp(p, w, n))
					return true;
				p += l + (e != NULL);
			}
	}
	return false;
}

/* Does the article quote name, or cite it as a figure's source? */
static bool speaks(const char *name, const struct figure_list *figs,
		   const struct quote_list *quotes)
{
	for (size_t i = 0; quotes && i < quotes->n; i++)
		if (quotes->items[i].speaker &&
		    !strcmp(quotes->items[i].speaker, name))
			return true;
	for (size_t i = 0; figs && i < figs->n; i++)
		if (figs->items[i].speaker &&
		    !strcmp(figs->items[i].speaker, name))
			return true;
	return false;
}

void signature_build(const struct article *a, const struct actor_list *actors,
		     const struct figure_list *figs,
		     const struct quote_list *quotes,
		     const struct lexicon *common, struct arena *arena,
		     struct signature *out)
{
	memset(out, 0, sizeof *out);
	/* names: actors by mentions */
	if (actors && actors->n) {
		const struct actor **v =
		    arena_alloc(arena, actors->n * sizeof *v);
		for (size_t i = 0; i < actors->n; i++)
			v[i] = &actors->items[i];
		qsort(v, actors->n, sizeof *v, cmp_actor);
		size_t k = actors->n < SIGNATURE_MAX_ITEMS
			       ? actors->n
			       : SIGNATURE_MAX_ITEMS;
		out->names =
		    arena_alloc(arena, (k ? k : 1) * sizeof *out->names);
		out->places =
		    arena_alloc(arena, (k ? k : 1) * sizeof *out->places);
		out->speakers =
		    arena_alloc(arena, (k ? k : 1) * sizeof *out->speakers);
		for (size_t i = 0; i < actors->n; i++) {
			if (v[i]->outlet)
				continue;
			if (v[i]->kind == ACTOR_PLACE) {
				if (out->nplaces < k)
					out->places[out->nplaces++] =
					    v[i]->name;
			} else if (speaks(v[i]->name, figs, quotes)) {
				if (out->nspeakers < k)
					out->speakers[out->nspeakers++] =
					    v[i]->name;
			} else if (out->nnames < k) {
				out->names[out->nnames++] = v[i]->name;
			}
		}
	}
	/* numbers: distinct figures */
	if (figs && figs->n) {
		out->numbers = arena_alloc(arena, SIGNATURE_MAX_ITEMS *
						      sizeof *out->numbers);
		for (size_t i = 0;
		     i < figs->n && out->nnumbers < SIGNATURE_MAX_ITEMS; i++) {
			const struct figure *f = &figs->items[i];
			long long iv;
			bool whole = amount_to_int(f->value, &iv);
			if (!strcmp(f->kind, "multiplier") ||
			    (!strcmp(f->kind, "percent") && whole))
				continue;
			const char *s =
			    amount_to_int(f->value, &iv)
				? arena_printf(arena, "%s:%lld", f->unit, iv)
				: arena_printf(arena, "%s:%.6g", f->unit,
					       amount_to_double(f->value));
			bool dup = false;
			for (size_t k = 0; k < out->nnumbers && !dup; k++)
				dup = !strcmp(out->numbers[k], s);
			if (!dup)
				out->numbers[out->nnumbers++] = s;
		}
	}
	/* terms and minhash, one pass over the words */
	size_t cap = 1024;
	while (cap < 8192 && cap < a->len / 2)
		cap *= 2;
	struct word_count *tab = arena_alloc(arena, cap * sizeof *tab);
	memset(tab, 0, cap * sizeof *tab);
	size_t ntab = 0;
	for (size_t k = 0; k < SIGNATURE_HASHES; k++)
		out->minhash[k] = UINT32_MAX;
	uint64_t win[4] = {0, 0, 0, 0};
	size_t nwords = 0;
	const unsigned char *s = (const unsigned char *)a->text;
	size_t i = 0;
	bool sent_start = true;
	while (i < a->len) {
		if (!word_char(s[i])) {
			if (s[i] == '.' || s[i] == '!' || s[i] == '?' ||
			    s[i] == '\n' || s[i] == '"')
				sent_start = true;
			i++;
			continue;
		}
		size_t st = i;
		while (i < a->len &&
		       (word_char(s[i]) || s[i] == '-' || s[i] == '\''))
			i++;
		size_t len = i - st;
		/* the shingle: the word lower-cased */
		uint64_t h = 1469598103934665603ULL;
		for (size_t k = st; k < i; k++) {
			h ^= (uint64_t)ascii_lower(s[k]);
			h *= 1099511628211ULL;
		}
		win[nwords % 4] = h;
		nwords++;
		if (nwords >= 4) {
			uint64_t sh = 0;
			for (size_t k = 0; k < 4; k++)
				sh = mix64(sh ^ win[(nwords - 4 + k) % 4]);
			for (size_t k = 0; k < SIGNATURE_HASHES; k++) {
				uint32_t v =
				    (uint32_t)(mix64(
						   sh +
						   k * 0x9E3779B97F4A7C15ULL) >>
					       32);
				if (v < out->minhash[k])
					out->minhash[k] = v;
			}
		}
		bool cap_word = s[st] >= 'A' && s[st] <= 'Z';
		bool digit = is_ascii_digit(s[st]);
		if (!digit && len >= 4 && len < 40 &&
		    ((cap_word && !sent_start) || (!cap_word && len >= 6)) &&
		    !calendar_word(a->text + st, len) &&
		    !(common &&
		      lexicon_find(common, a->text + st, len, LEX_ICASE, NULL)))
			count_word(tab, cap, &ntab, a->text + st, len, st);
		sent_start = false;
	}
	out->has_minhash = nwords >= 4;
	struct word_count *v = arena_alloc(arena, (ntab + 1) * sizeof *v);
	size_t nv = 0;
	for (size_t k = 0; k < cap; k++)
		if (tab[k].w)
			v[nv++] = tab[k];
	qsort(v, nv, sizeof *v, cmp_count);
	out->terms =
	    arena_alloc(arena, SIGNATURE_MAX_ITEMS * sizeof *out->terms);
	for (size_t j = 0; j < nv && out->nterms < SIGNATURE_MAX_ITEMS; j++) {
		/* a word of a name is already counted with the name */
		if (in_names(out, v[j].w, v[j].len))
			continue;
		char *w = arena_strndup(arena, v[j].w, v[j].len);
		for (char *p = w; *p; p++)
			*p = (char)ascii_lower((unsigned char)*p);
		/* "Defence" and "defence" are one term */
		bool dup = false;
		for (size_t k = 0; k < out->nterms && !dup; k++)
			dup = !strcmp(out->terms[k], w);
		if (!dup)
			out->terms[out->nterms++] = w;
	}
}

void signature_hex(const struct signature *s, char *out)
{
	for (size_t k = 0; k < SIGNATURE_HASHES; k++)
		snprintf(out + k * 8, 9, "%08x", (unsigned)s->minhash[k]);
	out[SIGNATURE_HASHES * 8] = 0;
}

int signature_parse_hex(const char *s, size_t n, uint32_t out[SIGNATURE_HASHES])
{
	if (n != SIGNATURE_HASHES * 8)
		return -1;
	for (size_t k = 0; k < SIGNATURE_HASHES; k++) {
		uint32_t v = 0;
		for (size_t j = 0; j < 8; j++) {
			char c = s[k * 8 + j];
			int d = c >= '0' && c <= '9'   ? c - '0'
				: c >= 'a' && c <= 'f' ? c - 'a' + 10
						       : -1;
			if (d < 0)
				return -1;
			v = v << 4 | (uint32_t)d;
		}
		out[k] = v;
	}
	return 0;
}
