/* claims.c - what a figure counts: its structured claim (extract side) */
#include "claims.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "rules.h"
#include "util.h"

struct claims {
	const struct lexicon *actions, *words, *stop, *cues, *places, *hedges;
};

struct claims *claims_new(const struct rules *r)
{
	const struct lexicon *stop = rules_lexicon(r, "claim_stop");
	if (!stop)
		return NULL;
	struct claims *c = xcalloc(1, sizeof *c);
	c->stop = stop;
	c->actions = rules_lexicon(r, "claim_actions");
	c->words = rules_lexicon(r, "claim_words");
	c->cues = rules_lexicon(r, "claim_cues");
	c->places = rules_lexicon(r, "places");
	c->hedges = rules_lexicon(r, "hedges");
	return c;
}

void claims_free(struct claims *c)
{
	free(c);
}

/* A word, a number or one punctuation sign of the sentence. */
enum tok_type { TOK_WORD, TOK_NUM, TOK_PUNCT };

struct tok {
	size_t start, end;
	enum tok_type type;
	char ch; /* the ASCII sign of a TOK_PUNCT, '~' for others */
};

/* The most tokens of a sentence a claim looks at: a sentence longer
 * than this is read in a window around the figure. */
#define MAX_TOKS 160
/* How far (in bytes) around the figure that window reaches. */
#define WINDOW 700

static bool word_byte(const unsigned char *s, size_t i, size_t n)
{
	unsigned char c = s[i];
	if (c < 0x80)
		return is_ascii_alpha(c) || is_ascii_digit(c) || c == '-' ||
		       c == '\'' || c == '&';
	/* U+2000..U+20CF (punctuation, currency signs) and U+00A0..U+00BF
	 * (no-break space, pound, yen, ...) are not letters. */
	if (c == 0xE2 && i + 1 < n && (s[i + 1] == 0x80 || s[i + 1] == 0x82))
		return i > 0 && s[i + 1] == 0x80 && i + 2 < n &&
		       s[i + 2] == 0x99; /* ’ inside a word */
	if (c == 0xC2 && i + 1 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF)
		return false;
	return true;
}

static size_t utf8_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Splits s[lo..hi) into tokens; a '.' or ',' between digits and a '.'
 * inside an abbreviation ("U.S.") stay in the token. */
static size_t tokenize(const char *text, size_t lo, size_t hi, struct tok *t,
		       size_t max)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = 0, i = lo;
	while (i < hi && n < max) {
		if (is_ascii_space(s[i])) {
			i++;
			continue;
		}
		if (s[i] == 0xC2 && i + 1 < hi && s[i + 1] == 0xA0) {
			i += 2;
			continue;
		}
		/* a dash standing alone ("OSLO, March 3 - Norway", "--") is
		 * punctuation, not a word */
		if (s[i] == '-' && (i + 1 >= hi || !is_ascii_alpha(s[i + 1])) &&
		    (i == lo ||
		     !(is_ascii_alpha(s[i - 1]) || is_ascii_digit(s[i - 1])))) {
			t[n].start = i;
			t[n].end = i + 1;
			t[n].type = TOK_PUNCT;
			t[n].ch = '-';
			n++;
			i++;
			continue;
		}
		if (word_byte(s, i, hi)) {
			size_t st = i;
			while (i < hi) {
				if (word_byte(s, i, hi) && s[i] != 0xE2) {
					i += s[i] < 0x80 ? 1 : utf8_len(s[i]);
					continue;
				}
				if (s[i] == 0xE2 && word_byte(s, i, hi)) {
					i += 3;
					continue;
				}
				if ((s[i] == '.' || s[i] == ',') &&
				    i + 1 < hi && i > st &&
				    is_ascii_digit(s[i - 1]) &&
				    is_ascii_digit(s[i + 1])) {
					i++;
					continue;
				}
				if (s[i] == '.' && i + 1 < hi && i > st &&
				    is_ascii_alpha(s[i + 1]) && i + 2 <= hi &&
				    (i + 2 == hi || s[i + 2] == '.')) {
					i++;
					continue;
				}
				if (s[i] == '.' && i > st && i - st <= 3 &&
				    i + 1 < hi && s[i + 1] == ' ' &&
				    memchr(text + st, '.', i - st)) {
					i++; /* the last '.' of "U.S." */
					continue;
				}
				break;
			}
			while (i > st + 1 &&
			       (s[i - 1] == '-' || s[i - 1] == '\''))
				i--;
			t[n].start = st;
			t[n].end = i;
			t[n].type = is_ascii_digit(s[st]) ? TOK_NUM : TOK_WORD;
			t[n].ch = 0;
			n++;
			continue;
		}
		size_t l = utf8_len(s[i]);
		if (i + l > hi)
			l = hi - i;
		t[n].start = i;
		t[n].end = i + l;
		t[n].type = TOK_PUNCT;
		t[n].ch = l == 1 ? (char)s[i] : '~';
		if (l == 3 && s[i] == 0xE2 && s[i + 1] == 0x80 &&
		    (s[i + 2] == 0x93 || s[i + 2] == 0x94))
			t[n].ch = '-'; /* en and em dashes */
		n++;
		i += l;
	}
	return n;
}

/* The reading context of one figure. */
struct ctx {
	const struct claims *c;
	const char *s;
	struct tok *t;
	size_t n;
	size_t a0, a1; /* the amount's tokens */
	size_t cl, cr; /* its clause */
	size_t pl, pr; /* its phrase (the clause cut at commas and dashes) */
	const char *kind;
};

static bool tok_is(const struct ctx *x, size_t i, const char *w)
{
	return i < x->n && x->t[i].type != TOK_PUNCT &&
	       ascii_ieq(x->s + x->t[i].start, x->t[i].end - x->t[i].start, w);
}

static bool tok_punct(const struct ctx *x, size_t i, char ch)
{
	return i < x->n && x->t[i].type == TOK_PUNCT && x->t[i].ch == ch;
}

static bool is_cap(const struct ctx *x, size_t i)
{
	unsigned char c = (unsigned char)x->s[x->t[i].start];
	return c >= 'A' && c <= 'Z';
}

/* An acronym such as GDP or NATO reads as a word of a noun phrase. */
static bool is_acronym(const struct ctx *x, size_t i)
{
	size_t l = x->t[i].end - x->t[i].start;
	if (l < 2 || l > 5)
		return false;
	for (size_t k = x->t[i].start; k < x->t[i].end; k++)
		if (x->s[k] < 'A' || x->s[k] > 'Z')
			return false;
	return true;
}

/* The lexicon entry starting at token i and the token just past it, or
 * NULL. */
static const char *lex_at(const struct ctx *x, const struct lexicon *lx,
			  size_t i, size_t limit, enum lex_case cs,
			  size_t *past)
{
	if (!lx || i >= x->n || x->t[i].type == TOK_PUNCT)
		return NULL;
	const char *v = NULL;
	size_t end = x->t[limit - 1].end;
	size_t len = lexicon_longest_at(lx, x->s, end, x->t[i].start, cs, &v);
	if (!len)
		return NULL;
	size_t stop = x->t[i].start + len, k = i;
	while (k < limit && x->t[k].end <= stop)
		k++;
	if (k == i || x->t[k - 1].end != stop)
		return NULL; /* the entry ends inside a token */
	if (past)
		*past = k;
	return v;
}

/* The canonical form of the lower-case word buf[0..l): claim_words.lex,
 * where military personnel ("force", "personnel") count as troops only
 * in a troop count ("labor force" is no troop). NULL when not listed. */
static const char *listed(const struct ctx *x, const char *buf, size_t l)
{
	const char *v;
	if (!x->c->words || !lexicon_find(x->c->words, buf, l, LEX_ICASE, &v) ||
	    !*v)
		return NULL;
	if (!strcmp(v, "troop") && (!x->kind || strcmp(x->kind, "troops")))
		return NULL;
	return v;
}

/* The word of token i, lower case, plural folded, then its canonical
 * form from claim_words.lex; in buf. */
static const char *canon(const struct ctx *x, size_t i, char *buf, size_t cap)
{
	size_t l = x->t[i].end - x->t[i].start;
	if (l >= cap)
		l = cap - 1;
	for (size_t k = 0; k < l; k++)
		buf[k] =
		    (char)ascii_lower((unsigned char)x->s[x->t[i].start + k]);
	buf[l] = 0;
	const char *v = listed(x, buf, l);
	if (v)
		return v;
	if (l > 4 && !strcmp(buf + l - 3, "ies")) {
		buf[l - 3] = 'y';
		buf[l - 2] = 0;
		l -= 2;
	} else if (l > 4 && (!strcmp(buf + l - 3, "xes") ||
			     !strcmp(buf + l - 4, "ches") ||
			     !strcmp(buf + l - 4, "shes") ||
			     !strcmp(buf + l - 4, "sses"))) {
		l -= 2; /* taxes, churches, losses */
		buf[l] = 0;
	} else if (l > 3 && buf[l - 1] == 's' && buf[l - 2] != 's' &&
		   buf[l - 2] != 'u' && buf[l - 2] != 'i') {
		buf[--l] = 0;
	}
	v = listed(x, buf, l);
	return v ? v : buf;
}

/* "end", "skip" or NULL for token i. */
static const char *stop_of(const struct ctx *x, size_t i)
{
	const char *v;
	size_t l = x->t[i].end - x->t[i].start;
	if (lexicon_find(x->c->stop, x->s + x->t[i].start, l, LEX_ICASE, &v))
		return *v ? v : "end";
	return NULL;
}

/* Can token i be a word of the noun phrase that names a thing? */
static bool np_word(const struct ctx *x, size_t i, bool *skip)
{
	bool after_amount = i == x->a1;
	*skip = false;
	if (x->t[i].type != TOK_WORD)
		return false;
	const char *sv = stop_of(x, i);
	if (sv && !strcmp(sv, "end"))
		return false;
	/* a capitalised word is a name, unless it starts the sentence */
	if (is_cap(x, i) && !is_acronym(x, i) && x->t[i].start != 0)
		return false;
	size_t l = x->t[i].end - x->t[i].start;
	const char *w = x->s + x->t[i].start;
	/* a possessive names an owner, not the thing */
	if (l > 2 && (w[l - 1] == 's') &&
	    (w[l - 2] == '\'' || (l > 4 && (unsigned char)w[l - 2] == 0x99)))
		return false;
	/* "€90m earmarked for": a participle right after the amount
	 * ends the phrase ("the protected forest" keeps its adjective) */
	if (after_amount && l > 4 && w[l - 2] == 'e' && w[l - 1] == 'd' &&
	    x->c->words && !lexicon_find(x->c->words, w, l, LEX_ICASE, NULL))
		return false;
	*skip = sv != NULL;
	return true;
}

/* Appends the canonical word of token i to the thing being built. */
static void add_word(const struct ctx *x, size_t i, char *out, size_t cap)
{
	char buf[64];
	const char *w = canon(x, i, buf, sizeof buf);
	size_t wl = strlen(w), ol = strlen(out);
	/* once only */
	for (const char *p = out; *p;) {
		const char *e = strchr(p, ' ');
		size_t pl = e ? (size_t)(e - p) : strlen(p);
		if (pl == wl && !memcmp(p, w, wl))
			return;
		p += pl + (e != NULL);
	}
	if (ol + wl + 2 > cap)
		return;
	if (ol)
		out[ol++] = ' ';
	memcpy(out + ol, w, wl + 1);
}

/* The noun phrase that starts at token i (forward) within the phrase. */
static size_t np_forward(const struct ctx *x, size_t i, size_t limit, char *out,
			 size_t cap)
{
	size_t k = i, got = 0;
	bool skip;
	while (k < limit && k < i + 5 && np_word(x, k, &skip)) {
		if (!skip) {
			add_word(x, k, out, cap);
			got++;
		}
		k++;
	}
	return got;
}

/* The noun phrase that ends at token i (backward) within the clause. */
static size_t np_backward(const struct ctx *x, size_t i, size_t floor,
			  char *out, size_t cap)
{
	size_t k = i + 1, got = 0;
	bool skip;
	while (k > floor && k + 5 > i + 1 && np_word(x, k - 1, &skip))
		k--;
	for (size_t j = k; j <= i && k <= i; j++)
		if (np_word(x, j, &skip) && !skip) {
			add_word(x, j, out, cap);
			got++;
		}
	return got;
}

/* Token index just before the amount, past a hedge written before it
 * ("more than", "up to", "about"). */
static size_t before_hedge(const struct ctx *x)
{
	size_t a = x->a0;
	if (!x->c->hedges)
		return a;
	for (size_t k = a > 4 ? a - 4 : 0; k < a; k++) {
		if (k < x->cl)
			continue;
		size_t past;
		if (lex_at(x, x->c->hedges, k, a, LEX_ICASE, &past) &&
		    past == a)
			return k;
	}
	return a;
}

/* A year at token i: "2026", or "next/this/last year" read against the
 * publication year. 0 when none. *len gets the tokens it spans. */
static int year_at(const struct ctx *x, size_t i, int pub_year, size_t *len,
		   bool forward)
{
	*len = 1;
	if (x->t[i].type == TOK_NUM && x->t[i].end - x->t[i].start == 4) {
		int y = 0;
		for (size_t k = 0; k < 4; k++) {
			unsigned char d =
			    (unsigned char)x->s[x->t[i].start + k];
			if (!is_ascii_digit(d))
				return 0;
			y = y * 10 + (d - '0');
		}
		if (y >= 1900 && y <= 2100 && !tok_punct(x, i + 1, '%'))
			return y;
		return 0;
	}
	if (!pub_year || i + 1 >= x->n)
		return 0;
	int d = tok_is(x, i, "next")   ? 1
		: tok_is(x, i, "this") ? 0
		: tok_is(x, i, "last") ? -1
				       : 99;
	if (d == 99)
		return 0;
	/* "this year's €23.9bn" dates the amount after it, not before */
	bool poss = tok_is(x, i + 1, "year's") || tok_is(x, i + 1, "year’s");
	if (!tok_is(x, i + 1, "year") && !poss)
		return 0;
	if (forward && poss)
		return 0;
	*len = 2;
	return pub_year + d;
}

/* Is token i the start of another amount (a number that is not a
 * year, or a currency sign)? The time search stops there. */
static bool other_amount(const struct ctx *x, size_t i)
{
	if (x->t[i].type == TOK_NUM)
		return x->t[i].end - x->t[i].start != 4;
	return x->t[i].type == TOK_PUNCT &&
	       (x->t[i].ch == '$' || x->t[i].ch == '~');
}

static int find_when(const struct ctx *x, int pub_year)
{
	size_t len;
	/* right of the amount, then left, each up to another amount */
	size_t best_d = (size_t)-1;
	int best = 0;
	for (size_t i = x->a1; i < x->pr && i < x->a1 + 10; i++) {
		if (other_amount(x, i) && x->t[i].end - x->t[i].start != 4)
			break;
		int y = year_at(x, i, pub_year, &len, true);
		if (y) {
			if (i > 0 && tok_is(x, i - 1, "since"))
				break;
			best = y;
			best_d = i - x->a1;
			break;
		}
	}
	for (size_t i = x->a0; i > x->pl && x->a0 - i < 10;) {
		i--;
		if (other_amount(x, i))
			break;
		int y = year_at(x, i, pub_year, &len, false);
		if (!y && i > 0 &&
		    (tok_is(x, i, "year") || tok_is(x, i, "year's") ||
		     tok_is(x, i, "year’s")) &&
		    (y = year_at(x, i - 1, pub_year, &len, false)))
			i--;
		if (y) {
			if (i > 0 && tok_is(x, i - 1, "since"))
				break;
			if (x->a0 - i - 1 < best_d)
				best = y;
			break;
		}
	}
	return best;
}

/* The first cue of claim_cues.lex with FIELD in tokens [lo, hi). */
static const char *cue_in(const struct ctx *x, size_t lo, size_t hi,
			  const char *field)
{
	if (!x->c->cues)
		return NULL;
	size_t fl = strlen(field);
	for (size_t i = lo; i < hi; i++) {
		if (i >= x->a0 && i < x->a1)
			continue;
		size_t past;
		const char *v = lex_at(x, x->c->cues, i, hi, LEX_ICASE, &past);
		if (v && !strncmp(v, field, fl) && v[fl] == ':')
			return v + fl + 1;
	}
	return NULL;
}

/* The canonical place written at token i (a capitalised word), or
 * NULL. */
static const char *place_at(const struct ctx *x, size_t i, size_t limit,
			    size_t *past, char *buf, size_t cap)
{
	if (!x->c->places || i >= limit || !is_cap(x, i))
		return NULL;
	const char *v = lex_at(x, x->c->places, i, limit, LEX_EXACT, past);
	if (!v || !*v)
		return NULL;
	/* the value is "CANONICAL TYPE": the type is the last word */
	const char *tab = strrchr(v, '\t');
	if (!tab)
		tab = strrchr(v, ' ');
	size_t l = tab ? (size_t)(tab - v) : strlen(v);
	/* a demonym before a lower-case word only describes it */
	if (tab && !strncmp(tab + 1, "demonym", 7) && *past < x->n &&
	    x->t[*past].type == TOK_WORD && !is_cap(x, *past))
		return NULL;
	if (l >= cap)
		l = cap - 1;
	memcpy(buf, v, l);
	buf[l] = 0;
	return buf;
}

static const char *dup_or_null(struct arena *a, const char *s)
{
	return s && *s ? arena_strdup(a, s) : NULL;
}

bool claims_is_conversion(const char *sent, size_t prev_end, size_t start)
{
	if (prev_end > start)
		return false;
	bool bracket = false;
	for (size_t i = prev_end; i < start; i++) {
		if (sent[i] == '(' && !bracket)
			bracket = true;
		else if (!is_ascii_space((unsigned char)sent[i]))
			return false;
	}
	return bracket;
}

/* Finds the clause and phrase of the amount. */
static void bounds(struct ctx *x)
{
	x->cl = 0;
	for (size_t i = x->a0; i > 0; i--) {
		size_t k = i - 1;
		if (tok_punct(x, k, ';') || tok_punct(x, k, ':') ||
		    tok_is(x, k, "but") || tok_is(x, k, "while") ||
		    tok_is(x, k, "whereas") || tok_is(x, k, "although")) {
			x->cl = i;
			break;
		}
	}
	x->cr = x->n;
	for (size_t k = x->a1; k < x->n; k++)
		if (tok_punct(x, k, ';') || tok_punct(x, k, ':') ||
		    tok_is(x, k, "but") || tok_is(x, k, "while") ||
		    tok_is(x, k, "whereas") || tok_is(x, k, "although")) {
			x->cr = k;
			break;
		}
	x->pl = x->cl;
	for (size_t i = x->a0; i > x->cl; i--)
		if (tok_punct(x, i - 1, ',') || tok_punct(x, i - 1, '-')) {
			x->pl = i;
			break;
		}
	x->pr = x->cr;
	for (size_t k = x->a1; k < x->cr; k++) {
		if (tok_punct(x, k, '(')) { /* a bracket is read through */
			while (k < x->cr && !tok_punct(x, k, ')'))
				k++;
			continue;
		}
		if (tok_punct(x, k, ',') || tok_punct(x, k, '-')) {
			x->pr = k;
			break;
		}
	}
}

/* The act of the clause nearest the amount: before it, else after it. */
static const char *find_action(const struct ctx *x, size_t *at)
{
	if (!x->c->actions)
		return NULL;
	for (size_t i = x->a0; i > x->cl && x->a0 - i < 10;) {
		i--;
		size_t past;
		const char *v =
		    lex_at(x, x->c->actions, i, x->a0, LEX_ICASE, &past);
		if (v && *v && !is_cap(x, i)) {
			*at = past;
			return v;
		}
	}
	for (size_t i = x->a1, seen = 0; i < x->cr && seen < 8; i++, seen++) {
		size_t past;
		if (tok_punct(x, i, '(')) { /* a conversion is read through */
			while (i + 1 < x->cr && !tok_punct(x, i, ')'))
				i++;
			continue;
		}
		const char *v =
		    lex_at(x, x->c->actions, i, x->cr, LEX_ICASE, &past);
		if (v && *v && !is_cap(x, i)) {
			*at = (size_t)-1;
			return v;
		}
	}
	return NULL;
}

/* The troop noun counted: the first word after the number (across
 * capitalised modifiers and "and") whose canonical form is listed in
 * claim_words.lex. */
static void troop_thing(const struct ctx *x, char *out, size_t cap)
{
	for (size_t i = x->a1; i < x->pr && i < x->a1 + 5; i++) {
		if (x->t[i].type != TOK_WORD)
			break;
		char buf[64];
		const char *w = canon(x, i, buf, sizeof buf);
		if (w != buf) { /* listed */
			add_word(x, i, out, cap);
			return;
		}
		const char *sv = stop_of(x, i);
		if (sv && !strcmp(sv, "end") && !tok_is(x, i, "and"))
			break;
	}
	/* "a force of 1,200", "training for 3,000 soldiers" read above */
}

void claims_read(const struct claims *c, const char *sent, size_t slen,
		 size_t fstart, size_t fend, const char *kind, const char *per,
		 int pub_year, struct arena *arena, struct claim *out)
{
	memset(out, 0, sizeof *out);
	if (!c || fstart >= fend || fend > slen)
		return;
	size_t lo = fstart > WINDOW ? fstart - WINDOW : 0;
	size_t hi = fend + WINDOW < slen ? fend + WINDOW : slen;
	struct tok t[MAX_TOKS];
	/* keep the figure inside the window of tokens */
	size_t n = tokenize(sent, lo, hi, t, MAX_TOKS);
	while (n == MAX_TOKS && lo < fstart && t[MAX_TOKS / 2].start < fstart) {
		lo = t[MAX_TOKS / 4].start;
		n = tokenize(sent, lo, hi, t, MAX_TOKS);
	}
	struct ctx x = {c, sent, t, n, 0, 0, 0, 0, 0, 0, kind};
	size_t a0 = n, a1 = 0;
	for (size_t i = 0; i < n; i++)
		if (t[i].end > fstart && t[i].start < fend) {
			if (a0 == n)
				a0 = i;
			a1 = i + 1;
		}
	if (a0 == n)
		return;
	x.a0 = a0;
	x.a1 = a1;
	bounds(&x);
	bool troops = kind && !strcmp(kind, "troops");
	bool percent = kind && !strcmp(kind, "percent");

	/* span and role cues of the phrase */
	const char *span = per && !strcmp(per, "year") ? "annual" : NULL;
	if (!span)
		span = cue_in(&x, x.pl, x.pr, "span");
	const char *role = NULL;
	size_t hb = before_hedge(&x);
	size_t from0 = hb > x.pl + 6 ? hb - 6 : x.pl;
	size_t part0 = hb > x.pl + 3 ? hb - 3 : x.pl;
	if (hb > x.pl && (tok_is(&x, hb - 1, "from")))
		role = "from";
	/* a possibility anywhere shortly before; a part right before */
	const char *cue = cue_in(&x, from0, hb, "role");
	if (!role && cue && !strcmp(cue, "potential"))
		role = cue;
	cue = cue_in(&x, part0, hb, "role");
	if (!role && cue && !strcmp(cue, "part"))
		role = cue;
	/* "Of the package, €90m goes to farmers" */
	if (!role && x.pl > x.cl && tok_is(&x, x.cl, "of"))
		role = "part";
	/* "the first EUR 18 million of its ... package" */
	if (!role && tok_is(&x, x.a1, "of") &&
	    (tok_is(&x, x.a1 + 1, "its") || tok_is(&x, x.a1 + 1, "their")))
		role = "part";

	/* the thing counted */
	char thing[128] = "";
	size_t j = x.a1;
	for (;;) { /* past "a year", "annually", a bracket */
		size_t past;
		if (j < x.pr && tok_punct(&x, j, '(')) {
			while (j < x.cr && !tok_punct(&x, j, ')'))
				j++;
			j++;
			continue;
		}
		if ((tok_is(&x, j, "a") || tok_is(&x, j, "per") ||
		     tok_is(&x, j, "each")) &&
		    tok_is(&x, j + 1, "year")) {
			j += 2;
			continue;
		}
		if (tok_is(&x, j, "annually") || tok_is(&x, j, "a-year") ||
		    tok_is(&x, j, "yearly")) {
			j++;
			continue;
		}
		(void)past;
		break;
	}
	bool mult = kind && !strcmp(kind, "multiplier");
	if (mult) { /* "fivefold its contribution", "quintuples Seoul's" */
		while (j < x.pr &&
		       (tok_is(&x, j, "its") || tok_is(&x, j, "their") ||
			tok_is(&x, j, "the") || tok_is(&x, j, "his") ||
			tok_is(&x, j, "her") ||
			(x.t[j].type == TOK_WORD && is_cap(&x, j))))
			j++;
	}
	if (troops)
		troop_thing(&x, thing, sizeof thing);
	else if (percent && tok_is(&x, j, "of")) {
		size_t k = j + 1;
		while (k < x.pr &&
		       (tok_is(&x, k, "the") || tok_is(&x, k, "its") ||
			tok_is(&x, k, "their") || tok_is(&x, k, "a") ||
			(x.t[k].type == TOK_WORD && is_cap(&x, k) &&
			 !is_acronym(&x, k))))
			k++;
		np_forward(&x, k, x.pr, thing, sizeof thing);
	} else if (!np_forward(&x, j, x.pr, thing, sizeof thing) &&
		   (tok_is(&x, j, "in") || tok_is(&x, j, "on")))
		np_forward(&x, j + 1, x.pr, thing, sizeof thing);
	if (!*thing && hb > x.cl) {
		size_t p = hb - 1;
		if (tok_is(&x, p, "at") && p > x.cl &&
		    tok_is(&x, p - 1, "valued"))
			p--;
		if (tok_is(&x, p, "of") || tok_is(&x, p, "worth") ||
		    tok_is(&x, p, "at") || tok_is(&x, p, "to") ||
		    tok_is(&x, p, "by") || tok_is(&x, p, "valued") ||
		    tok_is(&x, p, "totalling") || tok_is(&x, p, "totaling")) {
			size_t q = p;
			if (q > x.cl && tok_punct(&x, q - 1, ','))
				q--;
			/* "investment doubles to", "spending rises by"; a
			 * noun of an act ("spending", "increase") stays */
			size_t past;
			bool conn = tok_is(&x, p, "to") || tok_is(&x, p, "by");
			const char *w = q > 0 ? x.s + x.t[q - 1].start : "";
			size_t wl =
			    q > 0 ? x.t[q - 1].end - x.t[q - 1].start : 0;
			static const char *const aux[] = {
			    "will",  "would", "could",	 "can",	 "may",
			    "might", "to",    "be",	 "been", "has",
			    "have",  "had",   "is",	 "are",	 "was",
			    "were",  "also",  "now",	 "set",	 "expected",
			    "now",   "still", "already", NULL};
			bool verb =
			    conn && q > x.cl + 1 && wl > 3 &&
			    strncmp(w + wl - 3, "ing", 3) &&
			    !ascii_ieq(w, wl, "increase") &&
			    lex_at(&x, c->actions, q - 1, q, LEX_ICASE, &past);
			if (verb)
				q--;
			/* "the package was worth", "will rise to": the
			 * auxiliaries between the noun and the connective */
			for (bool more = true; more && q > x.cl + 1;) {
				more = false;
				for (size_t k = 0; aux[k]; k++)
					if (tok_is(&x, q - 1, aux[k])) {
						q--;
						more = true;
						break;
					}
			}
			if (q > x.cl)
				np_backward(&x, q - 1, x.cl, thing,
					    sizeof thing);
		}
	}

	/* the act, and who acts on whom */
	size_t act_past = (size_t)-1;
	const char *action = find_action(&x, &act_past);
	const char *bar = action ? strchr(action, '|') : NULL;
	char abuf[64];
	if (bar) { /* "give|deploy": the second class for troop counts */
		const char *a = troops ? bar + 1 : action;
		size_t al = troops ? strlen(bar + 1) : (size_t)(bar - action);
		if (al >= sizeof abuf)
			al = sizeof abuf - 1;
		memcpy(abuf, a, al);
		abuf[al] = 0;
		action = abuf;
	}
	char tb[64], hbuf[64];
	const char *towards = NULL, *holder = NULL;
	if (act_past != (size_t)-1 && act_past < x.a0) {
		size_t past, k = act_past;
		if (tok_is(&x, k, "the"))
			k++;
		towards = place_at(&x, k, x.a0, &past, tb, sizeof tb);
	}
	size_t hstop =
	    act_past != (size_t)-1 && act_past <= x.a0 ? act_past : x.a0;
	for (size_t i = x.cl; i < hstop && !holder; i++) {
		size_t past;
		if (towards && i + 1 == act_past)
			break;
		holder = place_at(&x, i, hstop, &past, hbuf, sizeof hbuf);
	}
	if (holder && towards && !strcmp(holder, towards))
		holder = NULL;

	/* purpose: "to settle", "into a fund" */
	char purpose[96] = "";
	size_t k = j;
	while (k < x.pr && k < j + 5 && !tok_is(&x, k, "into") &&
	       !(tok_is(&x, k, "to") && k + 1 < x.pr &&
		 lex_at(&x, c->actions, k + 1, x.pr, LEX_ICASE, NULL)))
		k++; /* past the thing and "will go" */
	if (tok_is(&x, k, "to") && k + 1 < x.pr &&
	    x.t[k + 1].type == TOK_WORD && c->actions) {
		size_t past;
		const char *v =
		    lex_at(&x, c->actions, k + 1, x.pr, LEX_ICASE, &past);
		if (v && *v)
			snprintf(purpose, sizeof purpose, "%s", v);
	} else if (tok_is(&x, k, "into")) {
		size_t q = k + 1;
		while (q < x.pr &&
		       (tok_is(&x, q, "a") || tok_is(&x, q, "the") ||
			tok_is(&x, q, "an")))
			q++;
		np_forward(&x, q, x.pr, purpose, sizeof purpose);
	}

	int when = find_when(&x, pub_year);
	char wbuf[16];
	if (when)
		snprintf(wbuf, sizeof wbuf, "%d", when);

	out->thing = dup_or_null(arena, thing);
	out->action = dup_or_null(arena, action);
	out->purpose = dup_or_null(arena, purpose);
	out->holder = dup_or_null(arena, holder);
	out->towards = dup_or_null(arena, towards);
	out->when = when ? arena_strdup(arena, wbuf) : NULL;
	out->span = dup_or_null(arena, span);
	out->role = dup_or_null(arena, role);
}

static const char *or_dash(const char *s)
{
	return s ? s : "-";
}

const char *claims_key(const struct claim *c, const char *kind,
		       struct arena *arena)
{
	if (!c || (!c->thing && !c->action))
		return NULL;
	return arena_printf(arena, "%s/%s/%s/%s/%s/%s", kind ? kind : "-",
			    or_dash(c->thing), or_dash(c->action),
			    or_dash(c->when), or_dash(c->span),
			    or_dash(c->role));
}

const char *claims_subject(const struct claim *c, struct arena *arena)
{
	if (!c || (!c->thing && !c->action))
		return NULL;
	const char *parts[] = {c->thing,   c->action, c->purpose, c->holder,
			       c->towards, c->when,   c->span,	  c->role};
	const char *names[] = {"", "", "to ", "by ", "towards ", "in ", "", ""};
	char buf[512];
	size_t n = 0;
	buf[0] = 0;
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
		if (!parts[i])
			continue;
		int k = snprintf(buf + n, sizeof buf - n, "%s%s%s",
				 n ? "; " : "", names[i], parts[i]);
		if (k < 0 || (size_t)k >= sizeof buf - n)
			break;
		n += (size_t)k;
	}
	return arena_strdup(arena, buf);
}
