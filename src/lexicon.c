/* lexicon.c - word lists from the patterns folder (.lex files): lookup and longest match */
#include "lexicon.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct entry {
	char *key;   /* as written, white space folded to single spaces */
	char *value; /* "" when none */
	size_t len;
	int line;
};

/* Two open-addressing tables of entry indexes + 1 (0 = empty): one keyed
 * on the exact key, one on the ASCII-lower-cased key. */
struct lexicon {
	char *name;
	struct entry *items;
	size_t n, cap;
	size_t *exact, *folded;
	size_t nslots; /* power of two */
	size_t max_len;
};

size_t lexicon_space_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (n == 0)
		return 0;
	if (is_ascii_space(u[0]))
		return 1;
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2; /* U+00A0 no-break space */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF))
		return 3; /* U+2000..U+200A, U+202F */
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F)
		return 3; /* U+205F */
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3; /* U+3000 */
	return 0;
}

static unsigned long long key_hash(const char *s, size_t n, bool fold)
{
	unsigned long long h = 14695981039346656037ULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (fold)
			c = (unsigned char)ascii_lower(c);
		h ^= c;
		h *= 1099511628211ULL;
	}
	return h;
}

static bool key_eq(const char *a, size_t an, const char *b, size_t bn,
		   bool fold)
{
	if (an != bn)
		return false;
	if (!fold)
		return memcmp(a, b, an) == 0;
	for (size_t i = 0; i < an; i++)
		if (ascii_lower((unsigned char)a[i]) !=
		    ascii_lower((unsigned char)b[i]))
			return false;
	return true;
}

/* Index of the entry with this (already folded-space) key, or SIZE_MAX. */
static size_t table_find(const struct lexicon *lx, const char *s, size_t n,
			 bool fold)
{
	if (!lx->nslots)
		return SIZE_MAX;
	const size_t *tab = fold ? lx->folded : lx->exact;
	size_t mask = lx->nslots - 1;
	for (size_t i = key_hash(s, n, fold) & mask;; i = (i + 1) & mask) {
		size_t v = tab[i];
		if (!v)
			return SIZE_MAX;
		const struct entry *e = &lx->items[v - 1];
		if (key_eq(e->key, e->len, s, n, fold))
			return v - 1;
	}
}

static void table_put(size_t *tab, size_t slots, const struct entry *e,
		      size_t k, bool fold)
{
	size_t i = key_hash(e->key, e->len, fold) & (slots - 1);
	while (tab[i])
		i = (i + 1) & (slots - 1);
	tab[i] = k + 1;
}

/* Adds entry k (already in items) to both tables, growing them to keep
 * the load under one half. The folded table keeps the first entry of a
 * spelling: "USD" and "usd" may both exist, and exact lookups are tried
 * first. */
static void table_add(struct lexicon *lx, size_t k)
{
	if ((k + 1) * 2 > lx->nslots) {
		size_t slots = lx->nslots ? lx->nslots * 2 : 64;
		free(lx->exact);
		free(lx->folded);
		lx->exact = xcalloc(slots, sizeof *lx->exact);
		lx->folded = xcalloc(slots, sizeof *lx->folded);
		lx->nslots = slots;
		for (size_t j = 0; j < k; j++) {
			table_put(lx->exact, slots, &lx->items[j], j, false);
			if (table_find(lx, lx->items[j].key, lx->items[j].len,
				       true) == SIZE_MAX)
				table_put(lx->folded, slots, &lx->items[j], j,
					  true);
		}
	}
	const struct entry *e = &lx->items[k];
	table_put(lx->exact, lx->nslots, e, k, false);
	if (table_find(lx, e->key, e->len, true) == SIZE_MAX)
		table_put(lx->folded, lx->nslots, e, k, true);
}

/* Copies s[0..n) with every run of white space folded to one space and
 * the ends trimmed. */
static char *fold_spaces(const char *s, size_t n, size_t *outlen)
{
	char *out = xmalloc(n + 1);
	size_t o = 0;
	bool pending = false;
	for (size_t i = 0; i < n;) {
		size_t sp = lexicon_space_len(s + i, n - i);
		if (sp) {
			pending = o > 0;
			i += sp;
			continue;
		}
		if (pending)
			out[o++] = ' ';
		pending = false;
		out[o++] = s[i++];
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

static void add_error(struct lexicon_error *errs, size_t maxerrs,
		      size_t *nerrs, int line, int col, const char *msg)
{
	if (*nerrs < maxerrs) {
		struct lexicon_error *e = &errs[*nerrs];
		e->line = line;
		e->col = col;
		snprintf(e->msg, sizeof e->msg, "%s", msg);
	}
	(*nerrs)++;
}

struct lexicon *lexicon_load(const char *name, const char *text, size_t len,
			     struct lexicon_error *errs, size_t maxerrs,
			     size_t *nerrs)
{
	struct lexicon *lx = xcalloc(1, sizeof *lx);
	lx->name = xstrdup(name);
	/* Duplicates are found through the exact table, built as we go. */
	int lineno = 0;
	for (size_t pos = 0; pos < len;) {
		const char *line = text + pos;
		const char *nl = memchr(line, '\n', len - pos);
		size_t ll = nl ? (size_t)(nl - line) : len - pos;
		pos += ll + (nl ? 1 : 0);
		lineno++;
		if (ll && line[ll - 1] == '\r')
			ll--;
		size_t lead = 0;
		while (lead < ll && (line[lead] == ' ' || line[lead] == '\t'))
			lead++;
		if (lead == ll || line[lead] == '#')
			continue;
		const char *tab = memchr(line + lead, '\t', ll - lead);
		size_t klen = tab ? (size_t)(tab - line) - lead : ll - lead;
		size_t kl;
		char *key = fold_spaces(line + lead, klen, &kl);
		if (kl == 0) {
			add_error(errs, maxerrs, nerrs, lineno, (int)lead + 1,
				  "empty entry");
			free(key);
			continue;
		}
		size_t vl = 0;
		char *value = tab ? fold_spaces(tab + 1,
						(size_t)(line + ll - tab - 1),
						&vl)
				  : xstrdup("");
		size_t dup = table_find(lx, key, kl, false);
		if (dup != SIZE_MAX) {
			char what[240];
			snprintf(what, sizeof what,
				 "duplicate entry '%.180s' (first at line %d)",
				 key, lx->items[dup].line);
			add_error(errs, maxerrs, nerrs, lineno, (int)lead + 1,
				  what);
			free(key);
			free(value);
			continue;
		}
		if (lx->n == lx->cap) {
			lx->cap = lx->cap ? lx->cap * 2 : 64;
			lx->items = xrealloc(lx->items,
					     lx->cap * sizeof *lx->items);
		}
		lx->items[lx->n] = (struct entry){key, value, kl, lineno};
		table_add(lx, lx->n++);
		if (kl > lx->max_len)
			lx->max_len = kl;
	}
	return lx;
}

void lexicon_free(struct lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->n; i++) {
		free(lx->items[i].key);
		free(lx->items[i].value);
	}
	free(lx->items);
	free(lx->exact);
	free(lx->folded);
	free(lx->name);
	free(lx);
}

const char *lexicon_name(const struct lexicon *lx)
{
	return lx->name;
}

size_t lexicon_size(const struct lexicon *lx)
{
	return lx->n;
}

const char *lexicon_entry(const struct lexicon *lx, size_t i,
			  const char **value)
{
	if (i >= lx->n)
		return NULL;
	if (value)
		*value = lx->items[i].value;
	return lx->items[i].key;
}

size_t lexicon_max_len(const struct lexicon *lx)
{
	return lx->max_len;
}

/* Looks up a key whose spaces are already folded. */
static bool find_folded(const struct lexicon *lx, const char *s, size_t n,
			enum lex_case cs, const char **value)
{
	size_t k = table_find(lx, s, n, false);
	if (k == SIZE_MAX && cs == LEX_ICASE)
		k = table_find(lx, s, n, true);
	if (k == SIZE_MAX)
		return false;
	if (value)
		*value = lx->items[k].value;
	return true;
}

bool lexicon_find(const struct lexicon *lx, const char *s, size_t n,
		  enum lex_case cs, const char **value)
{
	/* Most lookups are single words: avoid the copy when there is no
	 * space to fold. */
	bool plain = true;
	for (size_t i = 0; i < n && plain; i++)
		if ((unsigned char)s[i] <= ' ' || (unsigned char)s[i] >= 0xC2)
			plain = lexicon_space_len(s + i, n - i) == 0;
	if (plain)
		return find_folded(lx, s, n, cs, value);
	size_t fl;
	char *f = fold_spaces(s, n, &fl);
	bool ok = find_folded(lx, f, fl, cs, value);
	free(f);
	return ok;
}

static bool is_alnum(unsigned char c)
{
	return is_ascii_alpha(c) || is_ascii_digit(c);
}

size_t lexicon_longest_at(const struct lexicon *lx, const char *text,
			  size_t len, size_t pos, enum lex_case cs,
			  const char **value)
{
	char buf[256];
	size_t max = lx->max_len < sizeof buf ? lx->max_len : sizeof buf - 1;
	size_t b = 0, best = 0;
	size_t i = pos;
	while (i < len && b < max) {
		size_t sp = lexicon_space_len(text + i, len - i);
		if (sp) {
			if (b == 0 || buf[b - 1] == ' ')
				break; /* entries never start with a space */
			buf[b++] = ' ';
			while ((sp = lexicon_space_len(text + i, len - i)))
				i += sp;
			continue;
		}
		buf[b++] = text[i++];
		unsigned char last = (unsigned char)buf[b - 1];
		bool boundary = i >= len || !is_alnum(last) ||
				!is_alnum((unsigned char)text[i]);
		if (boundary && find_folded(lx, buf, b, cs, value))
			best = i - pos;
	}
	/* *value was last set by the longest hit: failed lookups leave it. */
	return best;
}
