/* segment.c - article text to paragraphs and sentences (byte offsets) */
#include "segment.h"

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "util.h"

struct vec {
	struct seg_sentence *sents;
	size_t nsent, capsent;
	struct seg_paragraph *paras;
	size_t npara, cappara;
};

/* Closing quotes and brackets that stay with the sentence they close. */
static size_t closer_len(const char *t, size_t i, size_t end)
{
	unsigned char c = (unsigned char)t[i];
	if (c == '"' || c == '\'' || c == ')' || c == ']')
		return 1;
	if (i + 2 < end && c == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x9D ||
	     (unsigned char)t[i + 2] == 0x99))
		return 3; /* ” ’ */
	if (i + 1 < end && c == 0xC2 && (unsigned char)t[i + 1] == 0xBB)
		return 2; /* » */
	return 0;
}

/* Sentence-ending punctuation at t[i]: '.', '!', '?' or '…'. */
static size_t ender_len(const char *t, size_t i, size_t end)
{
	char c = t[i];
	if (c == '.' || c == '!' || c == '?')
		return 1;
	if (i + 2 < end && (unsigned char)c == 0xE2 &&
	    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0xA6)
		return 3;
	return 0;
}

static void push_sentence(struct vec *v, const char *t, size_t s, size_t e,
			  size_t para)
{
	while (s < e) {
		size_t sp = lexicon_space_len(t + s, e - s);
		if (!sp)
			break;
		s += sp;
	}
	/* Trailing white space: ASCII is enough to trim, and a multi-byte
	 * space at the very end is harmless. */
	while (e > s && is_ascii_space((unsigned char)t[e - 1]))
		e--;
	if (e <= s)
		return;
	if (v->nsent == v->capsent) {
		v->capsent = v->capsent ? v->capsent * 2 : 64;
		v->sents = xrealloc(v->sents, v->capsent * sizeof *v->sents);
	}
	v->sents[v->nsent++] = (struct seg_sentence){s, e, para};
}

/* Is the word that ends with the '.' at t[dot] an abbreviation or an
 * initial that keeps the sentence going? `next` is where the following
 * word starts. */
static bool keeps_going(const char *t, size_t start, size_t dot, size_t next,
			size_t end, const struct segment_lexicons *lex)
{
	/* The word: back to a space (ASCII is enough: abbreviations follow
	 * ordinary spaces). */
	size_t b = dot;
	while (b > start && !is_ascii_space((unsigned char)t[b - 1]))
		b--;
	while (b < dot) {
		size_t o = 0;
		unsigned char c = (unsigned char)t[b];
		if (c == '"' || c == '\'' || c == '(' || c == '[')
			o = 1;
		else if (b + 3 <= dot && c == 0xE2 &&
			 (unsigned char)t[b + 1] == 0x80 &&
			 ((unsigned char)t[b + 2] == 0x9C ||
			  (unsigned char)t[b + 2] == 0x98))
			o = 3;
		if (!o)
			break;
		b += o;
	}
	size_t n = dot + 1 - b; /* the word with its period */
	if (n == 2 && t[b] >= 'A' && t[b] <= 'Z')
		return true; /* an initial: "J. Smith" */
	bool final = false, known = false;
	const char *val = NULL;
	if (lex && lex->abbrev &&
	    lexicon_find(lex->abbrev, t + b, n, LEX_ICASE, &val)) {
		known = true;
		final = !strcmp(val, "final");
	} else if (n >= 4) {
		/* Dotted initials not in the list ("U.N.", "D.C."): letters
		 * and periods alternate. */
		bool dotted = true;
		for (size_t k = 0; k < n && dotted; k++)
			dotted = (k % 2)
				     ? t[b + k] == '.'
				     : is_ascii_alpha((unsigned char)t[b + k]);
		known = final = dotted;
	}
	if (!known)
		return false;
	if (!final)
		return true;
	/* A final abbreviation ends the sentence when a typical sentence
	 * starter follows: "in the U.S. The talks ..." */
	size_t w = next;
	while (w < end && is_ascii_alpha((unsigned char)t[w]))
		w++;
	if (w == next || !lex || !lex->starters)
		return true;
	return !lexicon_find(lex->starters, t + next, w - next, LEX_EXACT,
			     NULL);
}

/* Bytes that may end a sentence: '\n', '.', '!', '?' and the first byte
 * of '…' (most bytes are none of them and are skipped in a tight loop). */
static const bool maybe_end[256] = {
    ['\n'] = true, ['.'] = true, ['!'] = true, ['?'] = true, [0xE2] = true,
};

static void split_paragraph(struct vec *v, const char *t, size_t ps, size_t pe,
			    size_t para, const struct segment_lexicons *lex)
{
	size_t s = ps, i = ps;
	while (i < pe) {
		while (i < pe && !maybe_end[(unsigned char)t[i]])
			i++;
		if (i >= pe)
			break;
		if (t[i] == '\n') {
			push_sentence(v, t, s, i, para);
			s = ++i;
			continue;
		}
		size_t el = ender_len(t, i, pe);
		if (!el) {
			i++;
			continue;
		}
		size_t j = i, nend = 0;
		bool single_dot = t[i] == '.';
		while (j < pe && (el = ender_len(t, j, pe))) {
			j += el;
			nend++;
		}
		single_dot = single_dot && nend == 1;
		size_t cl;
		while (j < pe && (cl = closer_len(t, j, pe)))
			j += cl;
		if (j >= pe)
			break;
		size_t sp = lexicon_space_len(t + j, pe - j);
		if (!sp) {
			i = j;
			continue;
		}
		size_t k = j;
		while (k < pe && (sp = lexicon_space_len(t + k, pe - k))) {
			if (t[k] == '\n')
				break;
			k += sp;
		}
		bool end = true;
		if (k < pe && t[k] >= 'a' && t[k] <= 'z')
			end = false; /* "e.g. the", "approx. five" */
		else if (single_dot && keeps_going(t, ps, i, k, pe, lex))
			end = false;
		if (end) {
			push_sentence(v, t, s, j, para);
			s = k;
		}
		i = k > j ? k : j;
	}
	push_sentence(v, t, s, pe, para);
}

void segment_text(const char *text, size_t len,
		  const struct segment_lexicons *lex, struct arena *arena,
		  struct segments *out)
{
	struct vec v = {0};
	size_t i = 0;
	while (i < len) {
		/* A paragraph runs to a line break followed by a blank line. */
		size_t ps = i, pe = len, next = len;
		for (size_t k = i; k < len; k++) {
			const char *nl = memchr(text + k, '\n', len - k);
			if (!nl)
				break;
			k = (size_t)(nl - text);
			size_t m = k + 1;
			while (m < len && (text[m] == ' ' || text[m] == '\t' ||
					   text[m] == '\r'))
				m++;
			if (m < len && text[m] == '\n') {
				pe = k;
				next = m + 1;
				break;
			}
		}
		size_t first = v.nsent;
		split_paragraph(&v, text, ps, pe, v.npara, lex);
		if (v.nsent > first) {
			if (v.npara == v.cappara) {
				v.cappara = v.cappara ? v.cappara * 2 : 16;
				v.paras = xrealloc(v.paras,
						   v.cappara * sizeof *v.paras);
			}
			v.paras[v.npara++] = (struct seg_paragraph){
			    v.sents[first].start, v.sents[v.nsent - 1].end,
			    first, v.nsent - first};
		}
		i = next;
	}
	struct seg_sentence *s = arena_alloc(arena, v.nsent * sizeof *s);
	struct seg_paragraph *p = arena_alloc(arena, v.npara * sizeof *p);
	if (v.nsent)
		memcpy(s, v.sents, v.nsent * sizeof *s);
	if (v.npara)
		memcpy(p, v.paras, v.npara * sizeof *p);
	out->sents = s;
	out->nsent = v.nsent;
	out->paras = p;
	out->npara = v.npara;
	free(v.sents);
	free(v.paras);
}

size_t segment_find(const struct segments *s, size_t off)
{
	/* The last sentence whose start is <= off. */
	size_t lo =
	    util_count_below(s->sents, s->nsent, sizeof *s->sents,
			     offsetof(struct seg_sentence, start), off, true);
	return lo == 0 ? SIZE_MAX : lo - 1;
}
