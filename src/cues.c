/* cues.c - which cues (digits, words of cue lexicons) each sentence has */
#include "cues.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "rules.h"
#include "segment.h"
#include "util.h"

/* One cue token in the open-addressing table (key NULL: empty slot). */
struct cue_entry {
	char *key;
	size_t len;
	unsigned long long hash;
	uint64_t mask;
};

struct cues {
	struct cue_entry *tab;
	size_t slots;	      /* a power of two */
	size_t word_max;      /* longest cue word (< 32) */
	bool ascii_sign[128]; /* ASCII characters that are cue signs */
	/* A quick "maybe" for a word before the table is probed: one bit per
	 * (first letter, last letter, length) of the cue words, so that
	 * "the", "said" or "government" usually cost one bit test. */
	uint64_t shape[26 * 26 * 32 / 64];
};

/* The mask of cue token w[0..n) with hash h (hash64 of it), or 0. */
static uint64_t cue_find(const struct cues *cx, const char *w, size_t n,
			 unsigned long long h)
{
	size_t mask = cx->slots - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		const struct cue_entry *ce = &cx->tab[i];
		if (!ce->key)
			return 0;
		if (ce->hash == h && ce->len == n && !memcmp(ce->key, w, n))
			return ce->mask;
	}
}

static void cue_add(struct cues *cx, const char *w, size_t n, uint64_t bit)
{
	unsigned long long h = hash64(w, n);
	size_t mask = cx->slots - 1;
	size_t i = h & mask;
	while (cx->tab[i].key &&
	       !(cx->tab[i].len == n && !memcmp(cx->tab[i].key, w, n)))
		i = (i + 1) & mask;
	struct cue_entry *ce = &cx->tab[i];
	if (!ce->key)
		*ce = (struct cue_entry){xstrndup(w, n), n, h, 0};
	ce->mask |= bit;
}

/* Length of the UTF-8 character that starts with byte c (1 for a stray
 * continuation byte). */
static size_t utf8_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The cue token of a lexicon entry (cues.h) into out; returns its length,
 * 0 for none. */
static size_t cue_token(const char *e, char *out, size_t size)
{
	for (const char *p = e; *p; p += utf8_len((unsigned char)*p)) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x80 ||
		    (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != ' ' &&
		     c != '.' && c != '-' && c != '\'')) {
			size_t n = utf8_len(c);
			if (n >= size)
				return 0;
			memcpy(out, p, n);
			return n;
		}
	}
	const char *best = NULL;
	size_t n = 0;
	for (const char *p = e; *p;) {
		if (is_ascii_alpha((unsigned char)*p)) {
			const char *w = p;
			while (is_ascii_alpha((unsigned char)*p))
				p++;
			if ((size_t)(p - w) > n) {
				best = w;
				n = (size_t)(p - w);
			}
		} else {
			p++;
		}
	}
	if (!best || n >= size)
		return 0;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)ascii_lower((unsigned char)best[i]);
	return n;
}

/* The shape bit of a lower-case word of 1..31 letters. */
static size_t word_shape(const char *w, size_t n)
{
	return ((size_t)(w[0] - 'a') * 26 + (size_t)(w[n - 1] - 'a')) * 32 + n;
}

static void add_lexicon(struct cues *cx, const struct lexicon *lx, uint64_t bit)
{
	for (size_t i = 0; i < lexicon_size(lx); i++) {
		char tok[64];
		size_t n =
		    cue_token(lexicon_entry(lx, i, NULL), tok, sizeof tok);
		if (!n)
			continue;
		unsigned char c = (unsigned char)tok[0];
		if (is_ascii_alpha(c) && n >= 32)
			continue; /* longer than any word the scan looks up */
		cue_add(cx, tok, n, bit);
		if (!is_ascii_alpha(c)) {
			if (c < 0x80)
				cx->ascii_sign[c] = true;
			continue;
		}
		if (n > cx->word_max)
			cx->word_max = n;
		size_t k = word_shape(tok, n);
		cx->shape[k / 64] |= (uint64_t)1 << (k % 64);
	}
}

struct cues *cues_new(const struct rules *r)
{
	struct cues *cx = xcalloc(1, sizeof *cx);
	size_t total = 0;
	for (size_t i = 1; i < rules_cue_count(r); i++)
		total += lexicon_size(rules_cue(r, i));
	cx->slots = 64;
	while (cx->slots < total * 2 + 1)
		cx->slots *= 2;
	cx->tab = xcalloc(cx->slots, sizeof *cx->tab);
	for (size_t i = 1; i < rules_cue_count(r); i++)
		add_lexicon(cx, rules_cue(r, i), (uint64_t)1 << i);
	return cx;
}

void cues_free(struct cues *cx)
{
	if (!cx)
		return;
	for (size_t i = 0; i < cx->slots; i++)
		free(cx->tab[i].key);
	free(cx->tab);
	free(cx);
}

struct tokvec {
	struct cue_tok *v;
	size_t n, cap;
};

static void push_tok(struct tokvec *tv, size_t s, size_t e, uint64_t mask)
{
	if (tv->n == tv->cap) {
		tv->cap = tv->cap ? tv->cap * 2 : 256;
		tv->v = xrealloc(tv->v, tv->cap * sizeof *tv->v);
	}
	tv->v[tv->n++] = (struct cue_tok){s, e, mask};
}

/* The cue mask of t[s..e), recording its tokens. Most bytes are letters
 * of words that are no cue: a word's shape (first letter, last letter,
 * length) is tested before it is lower-cased, hashed and looked up. */
static uint64_t scan(const struct cues *cx, const unsigned char *t, size_t s,
		     size_t e, struct tokvec *tv)
{
	uint64_t f = 0;
	size_t i = s;
	while (i < e) {
		unsigned char ch = t[i];
		uint64_t m = 0;
		size_t next;
		if ((unsigned)((ch | 0x20) - 'a') < 26u) {
			next = i + 1;
			while (next < e &&
			       (unsigned)((t[next] | 0x20) - 'a') < 26u)
				next++;
			size_t n = next - i;
			if (n <= cx->word_max) {
				size_t k =
				    ((size_t)((ch | 0x20) - 'a') * 26 +
				     (size_t)((t[next - 1] | 0x20) - 'a')) *
					32 +
				    n;
				if (cx->shape[k / 64] >> (k % 64) & 1) {
					char low[32];
					for (size_t q = 0; q < n; q++)
						low[q] =
						    (char)(t[i + q] | 0x20);
					m = cue_find(cx, low, n,
						     hash64(low, n));
				}
			}
		} else if ((unsigned)(ch - '0') < 10u) {
			next = i + 1;
			while (next < e && (unsigned)(t[next] - '0') < 10u)
				next++;
			m = RULES_CUE_DIGIT;
		} else if (ch < 0x80) {
			next = i + 1;
			if (cx->ascii_sign[ch])
				m = cue_find(cx, (const char *)t + i, 1,
					     hash64(t + i, 1));
		} else {
			size_t n = utf8_len(ch);
			if (i + n > e)
				n = e - i;
			next = i + n;
			/* Curly quotes and dashes are the usual non-ASCII
			 * characters: U+2010..U+201F are never cues. */
			bool punct = n == 3 && ch == 0xE2 && t[i + 1] == 0x80 &&
				     t[i + 2] >= 0x90 && t[i + 2] <= 0x9F;
			if (!punct)
				m = cue_find(cx, (const char *)t + i, n,
					     hash64(t + i, n));
		}
		if (m) {
			f |= m;
			push_tok(tv, i, next, m);
		}
		i = next;
	}
	return f;
}

void cues_scan(const struct cues *cx, const char *text,
	       const struct segments *seg, struct arena *arena,
	       struct text_cues *out)
{
	size_t ns = seg->nsent;
	out->sent = arena_alloc(arena, (ns + 1) * sizeof *out->sent);
	out->tok_first = arena_alloc(arena, (ns + 1) * sizeof *out->tok_first);
	struct tokvec tv = {0};
	for (size_t i = 0; i < ns; i++) {
		out->tok_first[i] = tv.n;
		out->sent[i] =
		    scan(cx, (const unsigned char *)text, seg->sents[i].start,
			 seg->sents[i].end, &tv);
	}
	out->tok_first[ns] = tv.n;
	out->toks = arena_alloc(arena, (tv.n + 1) * sizeof *out->toks);
	if (tv.n)
		memcpy(out->toks, tv.v, tv.n * sizeof *tv.v);
	out->ntoks = tv.n;
	free(tv.v);
}

bool cues_met(const struct rule_attrs *a, uint64_t mask)
{
	for (unsigned k = 0; k < a->nneeds; k++)
		if (!(a->needs[k] & mask))
			return false;
	return true;
}
