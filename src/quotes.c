/* quotes.c - quoted words and who the article says said them */
#include "quotes.h"

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "arena.h"
#include "lexicon.h"
#include "rules.h"
#include "segment.h"
#include "util.h"

#define NONE SIZE_MAX

/* How many paragraphs back a pronoun looks for what it stands for, and
 * at most how many bytes (a paragraph can be as long as the text). */
#define PRONOUN_PARAS 3
#define PRONOUN_BYTES 4000
/* How many mentions or quotes a "named last before" search looks back
 * over: every search is then O(BACK_ITEMS) whatever the text. */
#define BACK_ITEMS 256
/* Words between a quote and its cue after it ("...,” the newspaper
 * said"): more than this is another clause. */
#define AFTER_WORDS 24
/* Words of a description before a verb ("a recent Digital Journal
 * article notes"). */
#define NP_WORDS 7

struct quotes {
	const struct lexicon *verbs, *roles, *suffixes;
	/* the first words of the speech verbs, lower-case: a word that is
	 * none of them costs one lookup, not a longest-match scan */
	char **first;
	size_t nfirst; /* slots, a power of two */
};

static size_t first_slot(char *const *tab, size_t slots, const char *w,
			 size_t n)
{
	size_t h = hash64(w, n) & (slots - 1);
	while (tab[h] && (strlen(tab[h]) != n || memcmp(tab[h], w, n)))
		h = (h + 1) & (slots - 1);
	return h;
}

struct quotes *quotes_new(const struct rules *r)
{
	struct quotes *qx = xcalloc(1, sizeof *qx);
	qx->verbs = rules_lexicon(r, "speechverbs");
	qx->roles = rules_lexicon(r, "roles");
	qx->suffixes = rules_lexicon(r, "orgsuffixes");
	size_t n = qx->verbs ? lexicon_size(qx->verbs) : 0;
	qx->nfirst = 64;
	while (qx->nfirst < n * 2 + 2)
		qx->nfirst *= 2;
	qx->first = xcalloc(qx->nfirst, sizeof *qx->first);
	for (size_t i = 0; i < n; i++) {
		const char *e = lexicon_entry(qx->verbs, i, NULL);
		size_t m = strcspn(e, " ");
		char *w = xstrndup(e, m);
		for (char *p = w; *p; p++)
			*p = (char)ascii_lower((unsigned char)*p);
		size_t h = first_slot(qx->first, qx->nfirst, w, m);
		if (qx->first[h])
			free(w);
		else
			qx->first[h] = w;
	}
	return qx;
}

void quotes_free(struct quotes *qx)
{
	if (!qx)
		return;
	for (size_t i = 0; i < qx->nfirst; i++)
		free(qx->first[i]);
	free(qx->first);
	free(qx);
}

/* Whether the word w (n bytes) starts a speech verb entry. */
static bool verb_first(const struct quotes *qx, const char *w, size_t n)
{
	char low[32];
	if (n >= sizeof low)
		return false;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ascii_lower((unsigned char)w[i]);
	return qx->first[first_slot(qx->first, qx->nfirst, low, n)] != NULL;
}

/* ---- quotation marks ------------------------------------------------ */

enum mark { MK_NONE, MK_OPEN, MK_CLOSE, MK_BOTH, MK_SOPEN, MK_SCLOSE };

/* Entities a plain-text article may carry literally (an HTML page has
 * them decoded by the reader already). */
static const struct {
	const char *s;
	enum mark k;
} entities[] = {
    {"&ldquo;", MK_OPEN},   {"&rdquo;", MK_CLOSE},  {"&bdquo;", MK_OPEN},
    {"&laquo;", MK_OPEN},   {"&raquo;", MK_CLOSE},  {"&quot;", MK_BOTH},
    {"&lsquo;", MK_SOPEN},  {"&rsquo;", MK_SCLOSE}, {"&#8220;", MK_OPEN},
    {"&#8221;", MK_CLOSE},  {"&#8222;", MK_OPEN},   {"&#34;", MK_BOTH},
    {"&#x201C;", MK_OPEN},  {"&#x201c;", MK_OPEN},  {"&#x201D;", MK_CLOSE},
    {"&#x201d;", MK_CLOSE}, {"&#8216;", MK_SOPEN},  {"&#8217;", MK_SCLOSE},
};

/* The quotation mark at t[i] (before `end`): its kind and length. */
static size_t mark_at(const char *t, size_t i, size_t end, enum mark *k)
{
	unsigned char c = (unsigned char)t[i];
	*k = MK_NONE;
	if (c == '"') {
		*k = MK_BOTH;
		return 1;
	}
	/* two apostrophes (''like this'', one newspaper archive's marks)
	 * and TeX-style ``like this'' */
	if (c == '\'' && i + 2 <= end && t[i + 1] == '\'') {
		*k = MK_BOTH;
		return 2;
	}
	if (c == '`' && i + 2 <= end && t[i + 1] == '`') {
		*k = MK_OPEN;
		return 2;
	}
	if (c == 0xE2 && i + 3 <= end && (unsigned char)t[i + 1] == 0x80) {
		switch ((unsigned char)t[i + 2]) {
		case 0x9C: /* “ */
		case 0x9E: /* „ */
		case 0x9F: /* ‟ */
			*k = MK_OPEN;
			return 3;
		case 0x9D: /* ” */
			*k = MK_CLOSE;
			return 3;
		case 0x98: /* ‘ */
			*k = MK_SOPEN;
			return 3;
		case 0x99: /* ’ */
			*k = MK_SCLOSE;
			return 3;
		default:
			return 0;
		}
	}
	if (c == 0xC2 && i + 2 <= end) {
		if ((unsigned char)t[i + 1] == 0xAB) {
			*k = MK_OPEN; /* « */
			return 2;
		}
		if ((unsigned char)t[i + 1] == 0xBB) {
			*k = MK_CLOSE; /* » */
			return 2;
		}
		return 0;
	}
	if (c == '&') {
		for (size_t e = 0; e < sizeof entities / sizeof *entities;
		     e++) {
			size_t n = strlen(entities[e].s);
			if (i + n <= end && !memcmp(t + i, entities[e].s, n)) {
				*k = entities[e].k;
				return n;
			}
		}
	}
	return 0;
}

/* White space (ASCII, no-break, thin) ending at t[i-1]: its length. */
static size_t space_before_len(const char *t, size_t lo, size_t i)
{
	if (i <= lo)
		return 0;
	if (is_ascii_space((unsigned char)t[i - 1]))
		return 1;
	for (size_t n = 2; n <= 3 && i >= lo + n; n++)
		if (lexicon_space_len(t + i - n, n) == n)
			return n;
	return 0;
}

/* A mark at t[i] that follows a space, the paragraph start or an
 * opening bracket or dash: an opening position. */
static bool opens_after(const char *t, size_t ps, size_t i)
{
	if (i == ps || space_before_len(t, ps, i))
		return true;
	char c = t[i - 1];
	if (c == '(' || c == '[' || c == '{' || c == '-' || c == '/')
		return true;
	/* an em or en dash */
	return i >= ps + 3 && (unsigned char)t[i - 3] == 0xE2 &&
	       (unsigned char)t[i - 2] == 0x80 &&
	       ((unsigned char)t[i - 1] == 0x93 ||
		(unsigned char)t[i - 1] == 0x94);
}

/* Nothing but space, punctuation or the paragraph end after t[i]. */
static bool space_after(const char *t, size_t i, size_t pe)
{
	if (i >= pe)
		return true;
	unsigned char c = (unsigned char)t[i];
	if (lexicon_space_len(t + i, pe - i))
		return true;
	return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
	       c == '?' || c == ')' || c == ']' || c == '-' ||
	       (c == 0xE2 && i + 2 < pe && (unsigned char)t[i + 1] == 0x80 &&
		((unsigned char)t[i + 2] == 0x93 ||
		 (unsigned char)t[i + 2] == 0x94 ||
		 (unsigned char)t[i + 2] == 0xA6));
}

static bool letter_at(const char *t, size_t i, size_t pe)
{
	if (i >= pe)
		return false;
	unsigned char c = (unsigned char)t[i];
	return is_ascii_alpha(c) || is_ascii_digit(c) ||
	       (c >= 0xC3 && c != 0xE2);
}

/* ---- per-article state ---------------------------------------------- */

struct seg2 {
	size_t s, e;
};

struct qctx {
	bool *explicit; /* each quote's speaker came from a cue of its own */
	const struct quotes *qx;
	const char *t;
	size_t len;
	const struct segments *seg;
	const struct actor_list *al;
	struct arena *arena;
	struct quote *q;
	size_t nq, capq;
	size_t *qpara;	   /* paragraph of each quote's opening mark */
	struct seg2 *segs; /* the open quote's parts, one per paragraph */
	size_t nsegs, capsegs;
};

/* Words in quotation marks, not an embed's id ("788100107220709376")
 * or a link ("pic.twitter.com/x"): some letter, and no address. */
static bool speech_like(const char *t, size_t s, size_t e)
{
	bool letter = false;
	for (size_t i = s; i < e; i++) {
		unsigned char ch = (unsigned char)t[i];
		letter = letter || is_ascii_alpha(ch) || ch >= 0xC3;
		if (ch == ' ')
			continue;
		if ((i + 3 <= e && !memcmp(t + i, "://", 3)) ||
		    (i + 4 <= e && !memcmp(t + i, "www.", 4) &&
		     (i == s || t[i - 1] == ' ')) ||
		    (i + 5 <= e && !memcmp(t + i, ".com/", 5)))
			return false;
	}
	return letter;
}

/* Adds the quote whose parts are in c->segs, marks at mark_s..mark_e. */
static void emit_quote(struct qctx *c, size_t mark_s, size_t mark_e,
		       size_t para)
{
	size_t total = 0, first = NONE, last = 0;
	for (size_t i = 0; i < c->nsegs; i++) {
		struct seg2 *g = &c->segs[i];
		while (g->s < g->e &&
		       lexicon_space_len(c->t + g->s, g->e - g->s))
			g->s += lexicon_space_len(c->t + g->s, g->e - g->s);
		while (g->e > g->s &&
		       is_ascii_space((unsigned char)c->t[g->e - 1]))
			g->e--;
		if (g->e > g->s) {
			total += g->e - g->s + 2;
			if (first == NONE)
				first = g->s;
			last = g->e;
		}
	}
	if (first == NONE) {
		c->nsegs = 0;
		return;
	}
	if (!speech_like(c->t, first, last)) {
		c->nsegs = 0;
		return;
	}
	char *text = arena_alloc(c->arena, total + 1);
	size_t n = 0;
	for (size_t i = 0; i < c->nsegs; i++) {
		const struct seg2 *g = &c->segs[i];
		if (g->e <= g->s)
			continue;
		if (n) {
			text[n++] = '\n';
			text[n++] = '\n';
		}
		memcpy(text + n, c->t + g->s, g->e - g->s);
		n += g->e - g->s;
	}
	text[n] = '\0';
	c->nsegs = 0;
	if (c->nq == c->capq) {
		c->capq = c->capq ? c->capq * 2 : 16;
		c->q = xrealloc(c->q, c->capq * sizeof *c->q);
		c->qpara = xrealloc(c->qpara, c->capq * sizeof *c->qpara);
	}
	c->qpara[c->nq] = para;
	c->q[c->nq++] = (struct quote){.start = first,
				       .end = last,
				       .mark_start = mark_s,
				       .mark_end = mark_e,
				       .text = text,
				       .actor = NONE};
}

static void push_seg(struct qctx *c, size_t s, size_t e)
{
	if (c->nsegs == c->capsegs) {
		c->capsegs = c->capsegs ? c->capsegs * 2 : 4;
		c->segs = xrealloc(c->segs, c->capsegs * sizeof *c->segs);
	}
	c->segs[c->nsegs++] = (struct seg2){s, e};
}

enum { OUT, IN_D, IN_S };

/* Finds the spans, paragraph by paragraph (see quotes.h). */
static void find_spans(struct qctx *c)
{
	const struct segments *sg = c->seg;
	const char *t = c->t;
	int state = OUT;
	size_t mark_s = 0, qs = 0, qpara = 0;
	for (size_t p = 0; p < sg->npara; p++) {
		size_t ps = sg->paras[p].start, pe = sg->paras[p].end, i = ps;
		if (state == IN_D) {
			/* the opening mark that continues the quote */
			enum mark k;
			i += mark_at(t, i, pe, &k);
			qs = i;
		}
		while (i < pe) {
			/* only '"', '&' and the lead bytes of curly marks and
			 * guillemets can start a mark */
			unsigned char b = (unsigned char)t[i];
			if (b != '"' && b != '&' && b != 0xE2 && b != 0xC2 &&
			    b != '\'' && b != '`') {
				i++;
				continue;
			}
			enum mark k;
			size_t ml = mark_at(t, i, pe, &k);
			if (!ml) {
				i++;
				continue;
			}
			bool sb = opens_after(t, ps, i);
			bool sa = space_after(t, i + ml, pe);
			if (state == OUT) {
				/* a curly opening mark opens even glued to the
				 * word before: them“fundamentally distinct.” */
				if (k == MK_OPEN || (k == MK_BOTH && !sa) ||
				    (k == MK_CLOSE && sb && !sa)) {
					state = IN_D;
					mark_s = i;
					qs = i + ml;
					qpara = p;
				} else if (k == MK_SOPEN && sb && !sa) {
					state = IN_S;
					mark_s = i;
					qs = i + ml;
					qpara = p;
				}
			} else if (state == IN_D) {
				if (k == MK_CLOSE ||
				    (k == MK_BOTH && (!sb || sa)) ||
				    (k == MK_OPEN && !sb && sa)) {
					push_seg(c, qs, i);
					emit_quote(c, mark_s, i + ml, qpara);
					state = OUT;
				} else if (k == MK_OPEN || k == MK_BOTH) {
					/* a new quote opens: the last one never
					 * closed, so it ends here */
					push_seg(c, qs, i);
					emit_quote(c, mark_s, i, qpara);
					mark_s = i;
					qs = i + ml;
					qpara = p;
				}
			} else if (k == MK_SCLOSE && !sb &&
				   !letter_at(t, i + ml, pe)) {
				push_seg(c, qs, i);
				emit_quote(c, mark_s, i + ml, qpara);
				state = OUT;
			}
			i += ml;
		}
		if (state == IN_D) {
			push_seg(c, qs, pe);
			bool more = false;
			if (p + 1 < sg->npara) {
				enum mark k;
				size_t ns = sg->paras[p + 1].start;
				more =
				    mark_at(t, ns, sg->paras[p + 1].end, &k) &&
				    (k == MK_OPEN || k == MK_BOTH);
			}
			if (!more) {
				emit_quote(c, mark_s, pe, qpara);
				state = OUT;
			}
		} else if (state == IN_S) {
			/* an apostrophe, not a quote */
			c->nsegs = 0;
			state = OUT;
		}
	}
}

/* ---- words around a quote ------------------------------------------- */

static bool wordch(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];
	if (c < 0x80)
		return is_ascii_alpha(c) || is_ascii_digit(c);
	if (c >= 0xC3 && c != 0xE2)
		return true;
	/* a continuation byte of a letter: find its lead byte */
	if (c < 0xC0) {
		size_t k = i;
		while (k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80 &&
		       i - k < 3)
			k--;
		unsigned char l = (unsigned char)t[k];
		return l >= 0xC3 && l != 0xE2;
	}
	(void)len;
	return false;
}

/* Inner characters of a word: an apostrophe or hyphen between letters,
 * or the periods of "U.S.". */
static bool inner_at(const char *t, size_t i, size_t lo, size_t hi)
{
	if (i <= lo || i + 1 >= hi)
		return false;
	char c = t[i];
	if (c == '-' || c == '\'' || c == '.')
		return wordch(t, i - 1, hi) && wordch(t, i + 1, hi);
	if (i + 3 < hi && (unsigned char)c == 0xE2 &&
	    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x99)
		return wordch(t, i - 1, hi) && wordch(t, i + 3, hi);
	return false;
}

struct word {
	size_t s, e;
};

/* The word that ends at `pos` after skipping spaces back, not reaching
 * before lo. False when punctuation or lo comes first. */
static bool word_before(const struct qctx *c, size_t lo, size_t pos,
			struct word *w)
{
	size_t p = pos, sp;
	while ((sp = space_before_len(c->t, lo, p)))
		p -= sp;
	if (p <= lo)
		return false;
	size_t e = p;
	if (c->t[p - 1] == '.' && p >= lo + 2 && wordch(c->t, p - 2, c->len) &&
	    p >= lo + 3 && c->t[p - 3] == '.')
		p--; /* "U.S." */
	if (!wordch(c->t, p - 1, c->len))
		return false;
	while (p > lo) {
		if (wordch(c->t, p - 1, c->len))
			p--;
		else if (p >= lo + 2 && inner_at(c->t, p - 1, lo, c->len))
			p--;
		else if (p >= lo + 4 && inner_at(c->t, p - 3, lo, c->len))
			p -= 3;
		else
			break;
	}
	w->s = p;
	w->e = e;
	return true;
}

/* The word starting at or after `pos` (spaces skipped), before hi. */
static bool word_after(const struct qctx *c, size_t pos, size_t hi,
		       struct word *w)
{
	size_t p = pos, sp;
	while (p < hi && (sp = lexicon_space_len(c->t + p, hi - p)))
		p += sp;
	if (p >= hi || !wordch(c->t, p, hi))
		return false;
	size_t e = p;
	while (e < hi) {
		if (wordch(c->t, e, hi))
			e++;
		else if (inner_at(c->t, e, p, hi))
			e += (unsigned char)c->t[e] == 0xE2 ? 3 : 1;
		else
			break;
	}
	w->s = p;
	w->e = e;
	return true;
}

static bool word_is(const struct qctx *c, struct word w, const char *s)
{
	return ascii_ieq(c->t + w.s, w.e - w.s, s);
}

static bool word_in(const struct qctx *c, struct word w, const char *const *set)
{
	for (size_t i = 0; set[i]; i++)
		if (word_is(c, w, set[i]))
			return true;
	return false;
}

static const char *const weekdays[] = {
    "monday",	"tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",  "yesterday", "today",    "tonight",
    "earlier",	"later",   NULL};
static const char *const determiners[] = {"the",  "a",	  "an",	   "his",
					  "her",  "its",  "their", "our",
					  "this", "that", "your",  NULL};
static const char *const definite[] = {"the", "this", "that", NULL};
static const char *const adverbs[] = {
    "also",	  "further",	"later",	"earlier",
    "previously", "has",	"have",		"had",
    "then",	  "reportedly", "recently",	"once",
    "again",	  "repeatedly", "publicly",	"privately",
    "openly",	  "separately", "subsequently", "initially",
    "first",	  "often",	"is",		"was",
    "were",	  "are",	"been",		"would",
    "will",	  "did",	"does",		"not",
    "never",	  NULL};

static bool adverb(const struct qctx *c, struct word w)
{
	size_t n = w.e - w.s;
	return word_in(c, w, adverbs) ||
	       (n > 4 && c->t[w.s] >= 'a' && c->t[w.s] <= 'z' &&
		ascii_ieq(c->t + w.e - 2, 2, "ly"));
}

/* A role noun: its class ("person", "doc", "media") or NULL. */
static const char *role_class(const struct qctx *c, struct word w, bool *plural)
{
	const char *v = NULL;
	size_t n = w.e - w.s;
	*plural = false;
	if (!c->qx->roles)
		return NULL;
	if (!lexicon_find(c->qx->roles, c->t + w.s, n, LEX_ICASE, &v)) {
		if (n < 4 || (c->t[w.e - 1] != 's' && c->t[w.e - 1] != 'S'))
			return NULL;
		if (!lexicon_find(c->qx->roles, c->t + w.s, n - 1, LEX_ICASE,
				  &v) &&
		    !lexicon_find(c->qx->roles, c->t + w.s, n - 2, LEX_ICASE,
				  &v))
			return NULL;
		*plural = true;
	}
	const char *sp = strchr(v, ' ');
	return sp ? sp + 1 : "person";
}

/* ---- cues ------------------------------------------------------------- */

struct cue {
	size_t s, e;	 /* the verb as written */
	bool weak, obj;	 /* speechverbs.lex flags */
	bool according;	 /* "according to" */
	bool participle; /* ", noting that": the clause's subject speaks */
};

/* A speech verb at word w used as a verb (not "the report", "Trump's
 * post", "agreed to comment"). */
static size_t sentence_start(const struct qctx *c, size_t off);

static bool cue_at(const struct qctx *c, struct word w, size_t lo,
		   struct cue *out)
{
	if (!c->qx->verbs)
		return false;
	unsigned char f = (unsigned char)c->t[w.s];
	bool according =
	    w.e - w.s == 9 && ascii_ieq(c->t + w.s, 9, "according");
	/* "Calling X “...,” Y said": a participle opening its sentence */
	bool opening = f >= 'A' && f <= 'Z' && w.e - w.s > 4 &&
		       ascii_ieq(c->t + w.e - 3, 3, "ing") &&
		       sentence_start(c, w.s) == w.s;
	if (!(f >= 'a' && f <= 'z') && !according && !opening)
		return false;
	if (!verb_first(c->qx, c->t + w.s, w.e - w.s))
		return false;
	const char *val = NULL;
	size_t n = lexicon_longest_at(c->qx->verbs, c->t, c->len, w.s,
				      LEX_ICASE, &val);
	if (!n)
		return false;
	struct word pw;
	bool prev = !according && word_before(c, lo, w.s, &pw);
	/* A base form ("state", "report", "note") is a noun more often
	 * than not ("North Korean state media"); as a verb it follows a
	 * plural subject or an auxiliary ("experts warn", "they say"). */
	size_t ll = strcspn(val, "+");
	while (ll && val[ll - 1] == ' ')
		ll--;
	if (!according && n == ll && !memcmp(val, c->t + w.s, n) &&
	    strcmp(val, "say") != 0) {
		static const char *const subj[] = {
		    "they",  "we",   "i",   "you",   "will",   "would",
		    "could", "can",  "may", "might", "should", "must",
		    "do",    "does", "did", NULL};
		bool plural = prev && pw.e - pw.s > 3 &&
			      (c->t[pw.e - 1] == 's') &&
			      c->t[pw.e - 2] != 's' && c->t[pw.e - 2] != '\'';
		if (!prev || !(word_in(c, pw, subj) || plural))
			return false;
	}
	if (prev) {
		size_t pl = pw.e - pw.s;
		if (word_in(c, pw, determiners) || word_is(c, pw, "to"))
			return false;
		/* "Trump's post" */
		if (pl > 2 && (c->t[pw.e - 1] == 's') &&
		    (c->t[pw.e - 2] == '\'' ||
		     (pl > 4 && (unsigned char)c->t[pw.e - 2] == 0x99)))
			return false;
	}
	*out = (struct cue){.s = w.s,
			    .e = w.s + n,
			    .weak = strstr(val, "+weak") != NULL,
			    .obj = strstr(val, "+obj") != NULL,
			    .according = according};
	size_t sp = w.s, k;
	while ((k = space_before_len(c->t, lo, sp)))
		sp -= k;
	/* after a comma, or after a quote that ends with one ("...,”
	 * noting that") */
	bool comma = sp > lo && c->t[sp - 1] == ',';
	if (!comma && sp >= 4 && (unsigned char)c->t[sp - 1] == 0x9D &&
	    c->t[sp - 4] == ',')
		comma = true;
	if (!comma && sp >= 2 && c->t[sp - 1] == '"' && c->t[sp - 2] == ',')
		comma = true;
	if (!comma && sp >= 3 && c->t[sp - 1] == '\'' && c->t[sp - 2] == '\'' &&
	    c->t[sp - 3] == ',')
		comma = true;
	out->participle =
	    n > 4 && ascii_ieq(c->t + w.e - 3, 3, "ing") && (comma || opening);
	return true;
}

/* Every cue in text[lo..hi), outside quotes. */
static size_t cues_in(const struct qctx *c, size_t lo, size_t hi, struct cue *v,
		      size_t max)
{
	size_t n = 0, p = lo;
	struct word w;
	while (n < max && p < hi) {
		while (p < hi && !wordch(c->t, p, hi))
			p++;
		if (p >= hi || !word_after(c, p, hi, &w))
			break;
		if (cue_at(c, w, lo, &v[n]))
			n++;
		p = w.e;
	}
	return n;
}

/* ---- who ---------------------------------------------------------------- */

enum found { F_NONE, F_ACTOR, F_NOBODY, F_PREVIOUS };

struct who {
	enum found f;
	size_t actor;
};

static bool in_any_quote(const struct qctx *c, size_t off)
{
	size_t lo =
	    util_count_below(c->q, c->nq, sizeof *c->q,
			     offsetof(struct quote, mark_start), off, true);
	return lo > 0 && off < c->q[lo - 1].mark_end;
}

/* The longest mention that ends at `end`. */
static size_t mention_ending(const struct qctx *c, size_t end)
{
	const struct actor_list *al = c->al;
	size_t best = NONE;
	for (size_t i = actors_mention_from(al, end); i-- > 0;) {
		const struct actor_mention *m = &al->mentions[i];
		if (m->start + 300 < end)
			break;
		if (m->end == end)
			best = i;
	}
	return best;
}

static size_t paragraph_of(const struct qctx *c, size_t off)
{
	size_t s = segment_find(c->seg, off);
	return s == NONE ? 0 : c->seg->sents[s].para;
}

/*
 * What a pronoun at `pos` stands for: the nearest earlier mention it
 * fits that opens a clause or names a source (ACTOR_M_AGENT), or the
 * speaker of an earlier quote, within PRONOUN_PARAS paragraphs; failing
 * that, the nearest mention it fits at all. Mentions inside quotes do
 * not count (their "he" is someone else's).
 */
enum pron { P_NONE, P_HE, P_SHE, P_PERSON, P_THEY };

static enum pron pronoun(const struct qctx *c, struct word w)
{
	/* "He's claiming", "She’s said" */
	if (w.e - w.s > 2 && c->t[w.e - 1] == 's' && c->t[w.e - 2] == '\'')
		w.e -= 2;
	else if (w.e - w.s > 4 && c->t[w.e - 1] == 's' &&
		 (unsigned char)c->t[w.e - 2] == 0x99 &&
		 (unsigned char)c->t[w.e - 4] == 0xE2)
		w.e -= 4;
	if (word_is(c, w, "he") || word_is(c, w, "him"))
		return P_HE;
	if (word_is(c, w, "she") || word_is(c, w, "her"))
		return P_SHE;
	if (word_is(c, w, "they") || word_is(c, w, "it"))
		return P_THEY;
	return P_NONE;
}

/* "Fowler noted ... loyalists to Joe Biden and Bernie Sanders. That's
 * why, he argued, ... “...,” he said": the same subject pronoun outside
 * quotes between a person named in passing and this one carries the
 * chain past that person ("her director" does not). Scans the bytes
 * lo..hi once. */
static bool pronoun_between(const struct qctx *c, size_t lo, size_t hi,
			    enum pron pr)
{
	struct word w;
	for (size_t at = lo; at < hi;) {
		if (!wordch(c->t, at, hi) || !word_after(c, at, hi, &w)) {
			at++;
			continue;
		}
		if (pronoun(c, w) == pr &&
		    (word_is(c, w, "he") || word_is(c, w, "she")) &&
		    !in_any_quote(c, w.s))
			return true;
		at = w.e > at ? w.e : at + 1;
	}
	return false;
}

static bool cue_at(const struct qctx *c, struct word w, size_t lo,
		   struct cue *out);
static size_t sentence_start(const struct qctx *c, size_t off);

static struct who resolve_pronoun_in(const struct qctx *c, struct word w,
				     enum pron pr, size_t qi, bool named);
static bool title_gap(const struct qctx *c, size_t p, size_t m);
/* Whether a name at m opens the sentence that starts at ss: right at
 * its start or after a title ("Rep.", "Attorney General"), not after
 * "After" or "When" that open a clause of their own. */
static bool opens_sentence(const struct qctx *c, size_t ss, size_t m)
{
	static const char *const subordinators[] = {
	    "after",	"when",	 "if",	   "as",      "though",
	    "although", "while", "since",  "because", "before",
	    "once",	"until", "unless", "despite", "with",
	    "in",	"on",	 "at",	   "for",     NULL};
	struct word w;
	if (m == ss)
		return true;
	if (!title_gap(c, ss, m) || !word_after(c, ss, m, &w))
		return false;
	return !word_in(c, w, subordinators);
}

static struct who resolve_pronoun(const struct qctx *c, struct word w,
				  enum pron pr, size_t qi)
{
	return resolve_pronoun_in(c, w, pr, qi, false);
}

/* The nearest earlier person or body pronoun pr fits; with `named`, a
 * description ("the Republican nominee") is no antecedent. */
static struct who resolve_pronoun_in(const struct qctx *c, struct word w,
				     enum pron pr, size_t qi, bool named)
{
	struct who none = {F_NOBODY, NONE};
	bool he = pr == P_HE, she = pr == P_SHE, they = pr == P_THEY;
	if (pr == P_NONE)
		return none;
	size_t para = paragraph_of(c, w.s);
	size_t from = para >= PRONOUN_PARAS ? para - PRONOUN_PARAS : 0;
	size_t lo = c->seg->npara ? c->seg->paras[from].start : 0;
	if (w.s > PRONOUN_BYTES && lo < w.s - PRONOUN_BYTES)
		lo = w.s - PRONOUN_BYTES;
	const struct actor_list *al = c->al;
	size_t best = NONE, best_pos = 0, loose = NONE;
	size_t near = NONE, near_pos = 0;
	for (size_t i = actors_mention_from(al, w.s), k = 0;
	     i-- > 0 && k < BACK_ITEMS; k++) {
		const struct actor_mention *m = &al->mentions[i];
		if (m->start < lo)
			break;
		if (in_any_quote(c, m->start))
			continue;
		const struct actor *a = &al->items[m->actor];
		if (named && a->unnamed)
			continue;
		bool fits = they ? a->kind != ACTOR_PERSON &&
				       !(m->flags & ACTOR_M_ADJECTIVE)
				 : a->kind == ACTOR_PERSON &&
				       (!he || a->gender != ACTOR_FEMALE) &&
				       (!she || a->gender != ACTOR_MALE);
		if (!fits)
			continue;
		if ((m->flags & ACTOR_M_AGENT) && best == NONE) {
			best = m->actor;
			best_pos = m->start;
		}
		if (loose == NONE && !(m->flags & ACTOR_M_POSSESSIVE))
			loose = m->actor;
		if (near == NONE) {
			near = m->actor;
			near_pos = m->start;
		}
	}
	/* "McLenney said Clinton doesn't ...; “...,” she said": the one
	 * named last opens what someone else said; that one speaks */
	if (best != NONE) {
		struct word vw;
		struct cue cu;
		size_t plo = best_pos > 48 ? best_pos - 48 : 0;
		size_t sp, p;
		bool ok = word_before(c, plo, best_pos, &vw);
		if (ok && word_is(c, vw, "that"))
			ok = word_before(c, plo, vw.s, &vw);
		if (ok && cue_at(c, vw, plo, &cu) && !cu.obj) {
			p = vw.s;
			while ((sp = space_before_len(c->t, plo, p)))
				p -= sp;
			size_t mi = mention_ending(c, p);
			if (mi != NONE) {
				const struct actor *a =
				    &al->items[al->mentions[mi].actor];
				if (a->kind == ACTOR_PERSON && !they &&
				    !(named && a->unnamed) &&
				    (!he || a->gender != ACTOR_FEMALE) &&
				    (!she || a->gender != ACTOR_MALE))
					best = al->mentions[mi].actor;
			}
		}
	}
	/* "Garten noted that the lawsuit came after Trump became a
	 * candidate. “...,” he said": a person named inside what the
	 * sentence's subject said is not the one who goes on speaking */
	if (best != NONE && !they) {
		size_t ss = sentence_start(c, best_pos);
		size_t fi = actors_mention_from(al, ss);
		struct word vw;
		struct cue cu;
		if (fi < al->nmentions && al->mentions[fi].start < best_pos &&
		    opens_sentence(c, ss, al->mentions[fi].start) &&
		    al->mentions[fi].actor != best &&
		    (al->mentions[fi].flags & ACTOR_M_AGENT) &&
		    !in_any_quote(c, al->mentions[fi].start) &&
		    word_after(c, al->mentions[fi].end, best_pos, &vw) &&
		    cue_at(c, vw, al->mentions[fi].end, &cu) && !cu.obj) {
			const struct actor *a =
			    &al->items[al->mentions[fi].actor];
			if (a->kind == ACTOR_PERSON && !(named && a->unnamed) &&
			    (!he || a->gender != ACTOR_FEMALE) &&
			    (!she || a->gender != ACTOR_MALE)) {
				best = al->mentions[fi].actor;
				best_pos = al->mentions[fi].start;
			}
		}
	}
	/* an earlier quote's speaker counts as named where the quote ends */
	for (size_t k = qi; k-- > 0 && qi - k <= BACK_ITEMS;) {
		const struct quote *q = &c->q[k];
		if (q->mark_end < lo)
			break;
		if (q->actor == NONE || q->mark_end > w.s ||
		    (c->explicit && !c->explicit[k]))
			continue;
		const struct actor *a = &al->items[q->actor];
		if (named && a->unnamed)
			continue;
		bool fits = they ? a->kind != ACTOR_PERSON
				 : a->kind == ACTOR_PERSON &&
				       (!he || a->gender != ACTOR_FEMALE) &&
				       (!she || a->gender != ACTOR_MALE);
		if (fits && (best == NONE || q->mark_end > best_pos)) {
			best = q->actor;
			best_pos = q->mark_end;
		}
		break;
	}
	/* "Ms. McCaskill's chief of staff is a woman. “...,” she said": a
	 * fitting person in this paragraph or the one before beats one
	 * named further back, even in a possessive */
	if (near != NONE && best != NONE && near != best && para > 0) {
		size_t prev = c->seg->paras[para - 1].start;
		if (near_pos >= prev && best_pos < prev &&
		    !pronoun_between(c, near_pos, w.s, pr))
			best = near;
	}
	if (best == NONE)
		best = loose;
	return best == NONE ? none : (struct who){F_ACTOR, best};
}

/* Whether name holds the n bytes at w, ignoring ASCII case. */
static bool icase_contains(const char *name, const char *w, size_t n)
{
	for (; *name; name++) {
		size_t k = 0;
		while (k < n && name[k] &&
		       ascii_lower((unsigned char)name[k]) ==
			   ascii_lower((unsigned char)w[k]))
			k++;
		if (k == n)
			return true;
	}
	return false;
}

/* The nearest earlier outlet (for "the newspaper") or organization
 * whose name holds `head` (for "the ministry"). */
static size_t nearest_body(const struct qctx *c, size_t pos, struct word head,
			   bool media)
{
	const struct actor_list *al = c->al;
	for (size_t i = actors_mention_from(al, pos), k = 0;
	     i-- > 0 && k < BACK_ITEMS; k++) {
		const struct actor *a = &al->items[al->mentions[i].actor];
		if (a->kind != ACTOR_ORG)
			continue;
		if (media ? a->outlet
			  : icase_contains(a->name, c->t + head.s,
					   head.e - head.s))
			return al->mentions[i].actor;
	}
	return NONE;
}

/* The organization (not an outlet) named last before pos. */
static size_t nearest_org(const struct qctx *c, size_t pos)
{
	const struct actor_list *al = c->al;
	for (size_t i = actors_mention_from(al, pos), k = 0;
	     i-- > 0 && k < BACK_ITEMS; k++) {
		const struct actor *a = &al->items[al->mentions[i].actor];
		if (a->kind == ACTOR_ORG && !a->outlet)
			return al->mentions[i].actor;
	}
	return NONE;
}

/* The person named last before pos (within BACK_ITEMS mentions) whose
 * role or a name form holds the role noun head ("senator" in "top
 * senator", "Senator X", or its short title "Sen."), or NONE. */
static size_t role_holder(const struct qctx *c, size_t pos, struct word head)
{
	static const struct {
		const char *noun, *abbr;
	} abbrs[] = {{"senator", "Sen."},	 {"representative", "Rep."},
		     {"congressman", "Rep."},	 {"congresswoman", "Rep."},
		     {"governor", "Gov."},	 {"general", "Gen."},
		     {"secretary", "Secretary"}, {NULL, NULL}};
	const char *abbr = NULL;
	for (size_t i = 0; abbrs[i].noun; i++)
		if (word_is(c, head, abbrs[i].noun))
			abbr = abbrs[i].abbr;
	const struct actor_list *al = c->al;
	size_t hn = head.e - head.s;
	for (size_t i = actors_mention_from(al, pos), k = 0;
	     i-- > 0 && k < BACK_ITEMS; k++) {
		const struct actor *a = &al->items[al->mentions[i].actor];
		if (a->kind != ACTOR_PERSON || a->unnamed)
			continue;
		if (a->role && icase_contains(a->role, c->t + head.s, hn))
			return al->mentions[i].actor;
		for (size_t j = 0; j < a->naliases; j++)
			if (icase_contains(a->aliases[j], c->t + head.s, hn) ||
			    (abbr &&
			     !strncmp(a->aliases[j], abbr, strlen(abbr))))
				return al->mentions[i].actor;
	}
	return NONE;
}

/*
 * A description that speaks: "the newspaper", "the statement", "a
 * Reuters article", "a recent article", "officials on both sides". The
 * words are w[0..n), the last one its head.
 */
static struct who description(const struct qctx *c, const struct word *w,
			      size_t n, size_t pos, size_t qi)
{
	struct who nobody = {F_NOBODY, NONE};
	struct word head = w[n - 1];
	bool plural = false;
	const char *cls = role_class(c, head, &plural);
	bool def = false, det = false;
	for (size_t i = 0; i < n; i++)
		if (word_in(c, w[i], determiners)) {
			det = true;
			def = word_in(c, w[i], definite);
		}
	/* a mention inside names the owner: "a Reuters article" */
	size_t inside = NONE;
	for (size_t i = actors_mention_from(c->al, w[0].s);
	     i < c->al->nmentions && c->al->mentions[i].start < head.e; i++)
		inside = c->al->mentions[i].actor;
	/* "the 56-year-old said": the person named last */
	if (def && head.e - head.s > 9 &&
	    ascii_ieq(c->t + head.e - 9, 9, "-year-old"))
		return resolve_pronoun(c, head, P_PERSON, qi);
	/* "the senator said", "the Vermont senator said": the person
	 * named last before whose role or title says so */
	if (def && !plural && cls && !strcmp(cls, "person")) {
		size_t a = role_holder(c, pos, head);
		if (a != NONE)
			return (struct who){F_ACTOR, a};
	}
	if (cls && !strcmp(cls, "doc")) {
		if (inside != NONE)
			return (struct who){F_ACTOR, inside};
		return def ? (struct who){F_PREVIOUS, NONE} : nobody;
	}
	if (cls && !strcmp(cls, "media") && !plural) {
		if (inside != NONE)
			return (struct who){F_ACTOR, inside};
		if (def) {
			size_t a = nearest_body(c, pos, head, true);
			return a != NONE ? (struct who){F_ACTOR, a} : nobody;
		}
		return nobody;
	}
	if (def && !plural && c->qx->suffixes &&
	    lexicon_find(c->qx->suffixes, c->t + head.s, head.e - head.s,
			 LEX_ICASE, NULL)) {
		size_t a = nearest_body(c, pos, head, false);
		/* "the production company said" after "Dick Clark
		 * Productions": a generic word for an organization is the one
		 * named last */
		static const char *const generic[] = {"company",
						      "firm",
						      "group",
						      "organization",
						      "organisation",
						      "agency",
						      "team",
						      "club",
						      "union",
						      "party",
						      "bank",
						      "government",
						      NULL};
		if (a == NONE && word_in(c, head, generic))
			a = nearest_org(c, pos);
		return a != NONE ? (struct who){F_ACTOR, a} : nobody;
	}
	/* "officials on both sides said": a group, not a named speaker */
	size_t hn = head.e - head.s;
	bool lower_plural = hn > 3 && c->t[head.s] >= 'a' &&
			    c->t[head.s] <= 'z' && c->t[head.e - 1] == 's' &&
			    c->t[head.e - 2] != 's';
	if (plural || det || cls || lower_plural)
		return nobody;
	return (struct who){F_NONE, NONE};
}

static struct who first_named(const struct qctx *c, size_t lo, size_t hi,
			      size_t qi);

/* The subject of a verb at `v`: back over adverbs, then an appositive's
 * comma, a mention, a pronoun or a description (none before lo). */
static struct who subject_before_rel(const struct qctx *c, size_t v, size_t lo,
				     size_t qi, bool rel);
static bool comma_before(const struct qctx *c, size_t lo, size_t pos);

static struct who subject_before(const struct qctx *c, size_t v, size_t lo,
				 size_t qi)
{
	return subject_before_rel(c, v, lo, qi, true);
}

/* The same; with rel, "X, the leader, who in 2010 said" gives X. */
static struct who subject_before_rel(const struct qctx *c, size_t v, size_t lo,
				     size_t qi, bool rel)
{
	struct who none = {F_NONE, NONE};
	size_t p = v;
	struct word w;
	for (int k = 0; k < 4 && word_before(c, lo, p, &w) && adverb(c, w); k++)
		p = w.s;
	size_t sp;
	while ((sp = space_before_len(c->t, lo, p)))
		p -= sp;
	/* "Rep. Emanuel Cleaver II (D-Mo.) said": over a short bracket */
	if (p > lo && c->t[p - 1] == ')') {
		size_t b = p - 1;
		while (b > lo && p - b < 40 && c->t[b - 1] != '(' &&
		       c->t[b - 1] != ')')
			b--;
		if (b > lo && c->t[b - 1] == '(') {
			p = b - 1;
			while ((sp = space_before_len(c->t, lo, p)))
				p -= sp;
		}
	}
	if (p <= lo)
		return none;
	size_t mi = mention_ending(c, p);
	if (mi != NONE) {
		/* "Gov. Mike Pence of Indiana told": the person, not the
		 * place he is from */
		const struct actor_mention *m = &c->al->mentions[mi];
		struct word ow;
		if (c->al->items[m->actor].kind == ACTOR_PLACE &&
		    word_before(c, lo, m->start, &ow) &&
		    (word_is(c, ow, "of") || word_is(c, ow, "from"))) {
			size_t op = ow.s;
			while ((sp = space_before_len(c->t, lo, op)))
				op -= sp;
			size_t pi = op > lo ? mention_ending(c, op) : NONE;
			if (pi != NONE &&
			    c->al->items[c->al->mentions[pi].actor].kind ==
				ACTOR_PERSON)
				return (struct who){F_ACTOR,
						    c->al->mentions[pi].actor};
		}
		return (struct who){F_ACTOR, m->actor};
	}
	/* a relative clause: "McConnell, now the Senate majority leader,
	 * who in 2010 said" */
	struct word rw;
	size_t rq = p;
	for (int k = 0; rel && k < 6 && word_before(c, lo, rq, &rw); k++) {
		if (word_is(c, rw, "who")) {
			/* only after a comma: a named person's clause */
			if (!comma_before(c, lo, rw.s))
				break;
			struct who r =
			    subject_before_rel(c, rw.s, lo, qi, false);
			if (r.f == F_ACTOR &&
			    c->al->items[r.actor].kind == ACTOR_PERSON)
				return r;
			break;
		}
		rq = rw.s;
	}
	if (c->t[p - 1] == ',') {
		/* "X, a professor at Y, told", "Jonathan Hoffman, said" */
		size_t comma = p - 1;
		/* the name whose appositive ends here, before any name that
		 * merely ends the appositive ("Troy University") */
		for (int pass = 0; pass < 2; pass++)
			for (size_t i = actors_mention_from(c->al, comma);
			     i-- > 0;) {
				const struct actor_mention *m =
				    &c->al->mentions[i];
				if (m->start + 400 < comma)
					break;
				if (pass == 0
					? m->appos_end == comma
					: m->end == comma &&
					      (m->flags & ACTOR_M_AGENT) &&
					      c->al->items[m->actor].kind !=
						  ACTOR_PLACE)
					return (struct who){F_ACTOR, m->actor};
			}
		/* "X, who serves in ..., said", "X, senior vice president at
		 * Boeing Defense, Space, and Security, said": back over a few
		 * commas to a name that opens the clause */
		size_t k = comma;
		size_t klo = comma > lo + 600 ? comma - 600 : lo;
		for (int n = 0; n < 5; n++) {
			while (k > klo && c->t[k - 1] != ',')
				k--;
			if (k <= klo)
				break;
			if (k <= lo)
				break;
			k--;
			size_t ci = mention_ending(c, k);
			if (ci != NONE) {
				const struct actor_mention *m =
				    &c->al->mentions[ci];
				if ((m->flags & ACTOR_M_AGENT) &&
				    c->al->items[m->actor].kind != ACTOR_PLACE)
					return (struct who){F_ACTOR, m->actor};
			}
		}
		return none;
	}
	if (!word_before(c, lo, p, &w))
		return none;
	if (pronoun(c, w) != P_NONE)
		return resolve_pronoun(c, w, pronoun(c, w), qi);
	/* "Trump returned to the stage and declared": the verb shares the
	 * subject of its sentence */
	if (word_is(c, w, "and") || word_is(c, w, "but")) {
		struct who s = first_named(c, lo, w.s, qi);
		if (s.f == F_ACTOR)
			return s;
	}
	if (word_is(c, w, "we") || word_is(c, w, "i"))
		return (struct who){F_NOBODY, NONE};
	struct word np[NP_WORDS];
	size_t n = 0, q = p;
	static const char *const preps[] = {"on",   "of",   "in", "at", "for",
					    "from", "with", "by", NULL};
	size_t pp = NONE; /* where a prepositional phrase starts */
	while (n < NP_WORDS && word_before(c, lo, q, &w)) {
		np[n++] = w;
		q = w.s;
		if (word_in(c, w, determiners)) {
			/* "the description on the website": go on past the
			 * preposition to the head */
			struct word w2;
			if (pp == NONE && n + 2 < NP_WORDS &&
			    word_before(c, lo, q, &w2) &&
			    word_in(c, w2, preps)) {
				np[n++] = w2;
				q = w2.s;
				pp = n - 1;
				continue;
			}
			break;
		}
		struct word w2;
		if (!word_before(c, lo, q, &w2))
			break;
	}
	if (!n)
		return none;
	/* np is backwards: reverse it; with a prepositional phrase the head
	 * comes before the preposition */
	for (size_t i = 0; i < n / 2; i++) {
		struct word tmp = np[i];
		np[i] = np[n - 1 - i];
		np[n - 1 - i] = tmp;
	}
	if (pp != NONE && n - 1 - pp > 0)
		n = n - 1 - pp;
	struct who d = description(c, np, n, v, qi);
	/* "Paganini and his team wrote": the first of the pair */
	struct word aw;
	if (d.f != F_ACTOR && word_before(c, lo, np[0].s, &aw) &&
	    word_is(c, aw, "and")) {
		size_t q2 = aw.s, sp2;
		while ((sp2 = space_before_len(c->t, lo, q2)))
			q2 -= sp2;
		size_t mi2 = mention_ending(c, q2);
		if (mi2 != NONE &&
		    c->al->items[c->al->mentions[mi2].actor].kind ==
			ACTOR_PERSON)
			return (struct who){F_ACTOR,
					    c->al->mentions[mi2].actor};
	}
	return d;
}

/* A period at t[k] that ends a short capitalised word ("Rep.", "Sen.",
 * "Gov.", "Dr."), not a sentence. */
static bool abbrev_before(const struct qctx *c, size_t lo, size_t k)
{
	size_t s = k;
	while (s > lo && is_ascii_alpha((unsigned char)c->t[s - 1]))
		s--;
	return k - s >= 1 && k - s <= 4 && c->t[s] >= 'A' && c->t[s] <= 'Z' &&
	       (s == lo || c->t[s - 1] == ' ');
}

/* The speaker named after a verb: "said Danny Russel of ...", "said
 * planetary geologist Rosaly Lopes", "said he", "said a spokesman";
 * not "said on Tuesday that". */
static struct who subject_after(const struct qctx *c, size_t ve, size_t hi,
				size_t qi)
{
	static const char *const not_subject[] = {
	    "that",  "to",     "in",	 "on",	  "at",	  "for",
	    "with",  "by",     "from",	 "about", "of",	  "as",
	    "after", "before", "during", "last",  "this", "earlier",
	    "later", "again",  "and",	 "but",	  "it",	  "is",
	    "was",   "has",    "had",	 "would", "will", NULL};
	struct who none = {F_NONE, NONE};
	struct word w;
	if (!word_after(c, ve, hi, &w) || word_in(c, w, not_subject))
		return none;
	if (pronoun(c, w) != P_NONE)
		return resolve_pronoun(c, w, pronoun(c, w), qi);
	/* "said the mayor, Theodoros Kalamaris": a role, a comma, a name */
	if (word_is(c, w, "the")) {
		struct word r;
		bool pl;
		if (word_after(c, w.e, hi, &r) && role_class(c, r, &pl) &&
		    !strcmp(role_class(c, r, &pl), "person") && !pl &&
		    r.e < hi && c->t[r.e] == ',') {
			size_t j = actors_mention_from(c->al, r.e + 1);
			if (j < c->al->nmentions &&
			    c->al->mentions[j].start <= r.e + 2 &&
			    c->al->items[c->al->mentions[j].actor].kind ==
				ACTOR_PERSON)
				return (struct who){F_ACTOR,
						    c->al->mentions[j].actor};
		}
	}
	/* the first mention within five words, before any punctuation; a
	 * person there over a place or body before it ("said Kavala Mayor
	 * Eleni Stavridou", "said Pentagon spokeswoman Anita Vance") */
	size_t i = actors_mention_from(c->al, w.s);
	for (size_t j = i, n = 0; j < c->al->nmentions && n < 3 &&
				  c->al->mentions[j].start < w.s + 80;
	     j++, n++) {
		if (c->al->items[c->al->mentions[j].actor].kind != ACTOR_PERSON)
			continue;
		/* the last person of the phrase, up to punctuation or "and" */
		bool plain = true;
		struct word x;
		for (size_t k = w.s; plain && k < c->al->mentions[j].start; k++)
			if (c->t[k] == ',' || c->t[k] == ';' ||
			    c->t[k] == ':' ||
			    (c->t[k] == '.' && !abbrev_before(c, w.s, k)) ||
			    (k > w.s && c->t[k - 1] == ' ' &&
			     word_after(c, k, c->al->mentions[j].start, &x) &&
			     (word_is(c, x, "and") || word_is(c, x, "or"))))
				plain = false;
		if (!plain)
			break;
		i = j;
	}
	if (i < c->al->nmentions) {
		const struct actor_mention *m = &c->al->mentions[i];
		size_t words = 0;
		/* five words are well under 200 bytes */
		bool clean = m->start < hi && m->start < w.s + 200;
		for (size_t k = w.s; clean && k < m->start; k++) {
			char ch = c->t[k];
			clean =
			    ch != ',' && ch != '.' && ch != ';' && ch != ':';
			/* the period of a title: "said Rep. Elijah Cummings" */
			if (ch == '.' && abbrev_before(c, w.s, k))
				clean = true;
			words += ch == ' ';
		}
		/* "said Tuesday at the Vox Media conference" names a place
		 * or time, not the speaker */
		struct word x;
		for (size_t k = w.s;
		     clean && k < m->start && word_after(c, k, m->start, &x);
		     k = x.e)
			clean = !word_in(c, x, not_subject) &&
				!word_in(c, x, weekdays);
		if (clean && words <= 5 &&
		    (m->start == w.s ||
		     c->al->items[m->actor].kind != ACTOR_PLACE))
			return (struct who){F_ACTOR, m->actor};
	}
	if (!word_in(c, w, (const char *const[]){"a", "an", "the", NULL}))
		return none;
	/* "said a spokeswoman for Trump Hotels, Jennifer Rodstrom": the
	 * person whose role the description is, named after its comma */
	for (size_t k = w.e; k < hi && k < w.e + 120; k++) {
		if (c->t[k] == '.' || c->t[k] == ';' || c->t[k] == ':')
			break;
		if (c->t[k] != ',')
			continue;
		size_t j = actors_mention_from(c->al, k + 1);
		if (j < c->al->nmentions && c->al->mentions[j].start <= k + 2) {
			const struct actor *b =
			    &c->al->items[c->al->mentions[j].actor];
			if (b->kind == ACTOR_PERSON && !b->unnamed && b->role &&
			    strlen(b->role) <= k - w.e &&
			    icase_contains(b->role, c->t + w.e + 1,
					   k - w.e - 1 < 16 ? k - w.e - 1 : 16))
				return (struct who){F_ACTOR,
						    c->al->mentions[j].actor};
		}
		break;
	}
	struct word np[NP_WORDS];
	size_t n = 0, p = ve;
	while (n < 4 && word_after(c, p, hi, &np[n])) {
		p = np[n].e;
		n++;
		if (p < hi && c->t[p] != ' ')
			break;
	}
	return description(c, np, n, ve, qi);
}

static size_t sentence_start(const struct qctx *c, size_t off)
{
	size_t s = segment_find(c->seg, off);
	return s == NONE ? 0 : c->seg->sents[s].start;
}

static size_t sentence_end(const struct qctx *c, size_t off)
{
	size_t s = segment_find(c->seg, off);
	return s == NONE ? c->len : c->seg->sents[s].end;
}

/* The first person or organization named in text[lo..hi) outside
 * quotes, or a pronoun opening it: the subject of a sentence. */
static struct who first_named(const struct qctx *c, size_t lo, size_t hi,
			      size_t qi)
{
	struct word w;
	if (word_after(c, lo, hi, &w) && pronoun(c, w) != P_NONE)
		return resolve_pronoun(c, w, pronoun(c, w), qi);
	for (size_t i = actors_mention_from(c->al, lo), k = 0;
	     i < c->al->nmentions && c->al->mentions[i].start < hi &&
	     k < BACK_ITEMS;
	     i++, k++) {
		const struct actor_mention *m = &c->al->mentions[i];
		if (in_any_quote(c, m->start))
			continue;
		/* "WASHINGTON (AP) — President Barack Obama accused": a
		 * credit in brackets is not the subject */
		if (m->start > 0 && c->t[m->start - 1] == '(' &&
		    m->end < c->len && c->t[m->end] == ')')
			continue;
		if (c->al->items[m->actor].kind != ACTOR_PLACE)
			return (struct who){F_ACTOR, m->actor};
	}
	return (struct who){F_NONE, NONE};
}

static const char *cue_text(const struct qctx *c, const struct cue *k)
{
	char *s = arena_strndup(c->arena, c->t + k->s, k->e - k->s);
	for (char *p = s; *p; p++)
		*p = (char)ascii_lower((unsigned char)*p);
	return s;
}

/* The subject of cue k in the sentence starting at lo. */
static struct who cue_subject(const struct qctx *c, const struct cue *k,
			      size_t lo, size_t qi, const struct cue *all,
			      size_t nall)
{
	if (k->according) {
		size_t i = actors_mention_from(c->al, k->e);
		if (i < c->al->nmentions &&
		    c->al->mentions[i].start <= k->e + 4)
			return (struct who){F_ACTOR, c->al->mentions[i].actor};
		return subject_after(c, k->e, c->len, qi);
	}
	if (k->participle && k->s == lo && qi < c->nq) {
		/* "Calling Mr. Burr's challenger “...,” Mrs. Clinton
		 * upbraided him": a participle that opens the sentence
		 * shares the subject of the clause after the quote */
		const struct quote *q = &c->q[qi];
		size_t se = sentence_end(c, q->mark_start);
		for (size_t i = actors_mention_from(c->al, q->mark_end);
		     i < c->al->nmentions && c->al->mentions[i].start < se;
		     i++) {
			const struct actor_mention *m = &c->al->mentions[i];
			if (c->al->items[m->actor].kind == ACTOR_PERSON &&
			    (m->flags & ACTOR_M_AGENT) &&
			    !(m->flags & ACTOR_M_POSSESSIVE))
				return (struct who){F_ACTOR, m->actor};
		}
	}
	if (k->participle) {
		/* ", noting that ...": the main clause's speaker */
		if (qi > 0 && c->q[qi - 1].mark_end > lo &&
		    c->q[qi - 1].actor != NONE)
			return (struct who){F_ACTOR, c->q[qi - 1].actor};
		for (size_t i = 0; i < nall && all[i].s < k->s; i++) {
			if (all[i].participle)
				continue;
			struct who w = subject_before(c, all[i].s, lo, qi);
			if (w.f == F_ACTOR)
				return w;
		}
		return first_named(c, lo, k->s, qi);
	}
	return subject_before(c, k->s, lo, qi);
}

/* ---- speakers ------------------------------------------------------------ */

/* A comma right before pos (spaces skipped). */
static bool comma_before(const struct qctx *c, size_t lo, size_t pos)
{
	size_t sp;
	while ((sp = space_before_len(c->t, lo, pos)))
		pos -= sp;
	return pos > lo && c->t[pos - 1] == ',';
}

/* At most three words between pos and hi, and not "that ...": the rest
 * of a sentence such as "Smith said Tuesday." */
static bool short_tail(const struct qctx *c, size_t pos, size_t hi)
{
	struct word w;
	int n = 0;
	while (word_after(c, pos, hi, &w)) {
		if (n == 0 && word_is(c, w, "that"))
			return false;
		if (++n > 3)
			return false;
		pos = w.e;
	}
	return true;
}

/* A cue right after quote qi: "...,” he said", "...,” said X", "...,”
 * The Telegraph reported", "...,” X, a professor at Y, said". */
/* Whether only a title stands between p and a name at m: nothing, or
 * up to three capitalized words ("Rep.", "Chief Justice") on one line:
 * "..., Rep. Jim Jordan (R-Ohio), a panel member, said". */
static bool title_gap(const struct qctx *c, size_t p, size_t m)
{
	if (m < p || m - p > 40)
		return false;
	int words = 0;
	for (size_t i = p; i < m;) {
		if (c->t[i] < 'A' || c->t[i] > 'Z' || ++words > 3)
			return false;
		while (i < m && c->t[i] != ' ') {
			if (c->t[i] == ',' || c->t[i] == '\n')
				return false;
			i++;
		}
		if (i >= m || c->t[i] != ' ')
			return false;
		i++;
	}
	return true;
}

static bool after_cue(struct qctx *c, size_t qi, struct cue *out,
		      struct who *who)
{
	const struct quote *q = &c->q[qi];
	size_t para = c->qpara[qi];
	size_t pe = c->seg->paras[para].end;
	for (size_t i = para;
	     i < c->seg->npara && c->seg->paras[i].start <= q->mark_end; i++)
		if (q->mark_end <= c->seg->paras[i].end)
			pe = c->seg->paras[i].end;
	size_t p = q->mark_end;
	while (p < pe && (c->t[p] == ' ' || c->t[p] == ','))
		p++;
	/* words up to the end of the sentence (the segmenter knows "Mr."
	 * and "U.S.") or the next quotation mark */
	size_t se = p < pe ? sentence_end(c, p) : pe;
	if (se > pe || se < p)
		se = pe;
	/* AFTER_WORDS words fit in a few hundred bytes */
	if (se - p > AFTER_WORDS * 40)
		se = p + AFTER_WORDS * 40;
	size_t hi = p;
	while (hi < se) {
		enum mark k;
		char ch = c->t[hi];
		if (ch == '(') {
			/* a short bracket goes with the name: "X (D-Mo.)
			 * said" */
			size_t b = hi + 1;
			while (b < se && b - hi < 40 && c->t[b] != ')' &&
			       c->t[b] != '(')
				b++;
			if (b < se && c->t[b] == ')') {
				hi = b + 1;
				continue;
			}
			break;
		}
		if (ch == ';' || ch == ':' ||
		    (mark_at(c->t, hi, se, &k) && k != MK_SOPEN &&
		     k != MK_SCLOSE))
			break;
		hi++;
	}
	/* A quote that ends with a period ended its sentence: what follows
	 * is its cue only when the sentence is just that ("...” Smith said
	 * Tuesday."), not a new statement ("...” The Post reported that"). A
	 * '!' or '?' ends the quote only ("“Stop!” she cried"). */
	size_t last = q->end;
	bool period = last > 0 && c->t[last - 1] == '.';
	/* a person named right after the quote: "..., X, a research
	 * analyst at the Council on Energy, Environment and Water think tank
	 * told CBS News" has no comma before its verb */
	size_t lead = NONE;
	size_t li = actors_mention_from(c->al, p);
	if (li < c->al->nmentions &&
	    title_gap(c, p, c->al->mentions[li].start) &&
	    c->al->items[c->al->mentions[li].actor].kind == ACTOR_PERSON)
		lead = c->al->mentions[li].actor;
	struct word w;
	size_t at = p;
	for (int k = 0; k < AFTER_WORDS; k++) {
		while (at < hi && !wordch(c->t, at, hi))
			at++; /* commas, dashes, brackets */
		if (!word_after(c, at, hi, &w))
			break;
		struct cue cu;
		at = w.e;
		if (!cue_at(c, w, p, &cu))
			continue;
		/* "said X": the verb first, or after a comma ("..." announced
		 * in October, said Derek Scissors) */
		struct who sw = {F_NONE, NONE};
		bool after_comma = k > 0 && comma_before(c, p, w.s);
		/* "... if the fund-raiser does not check, he says." */
		struct word pw;
		if (!after_comma && k > 0 && word_before(c, p, w.s, &pw) &&
		    pronoun(c, pw) != P_NONE && comma_before(c, p, pw.s))
			after_comma = true;
		if (k == 0 && !cu.obj && !cu.participle)
			sw = subject_after(c, cu.e, hi, qi);
		/* past a dozen words only an appositive closed by a comma
		 * ("..., X, the president of ..., said") */
		if (sw.f == F_NONE && k > 0 && (k < 12 || after_comma))
			sw = subject_before(c, cu.s, p, qi);
		if (sw.f == F_NONE && after_comma && !cu.obj && !cu.participle)
			sw = subject_after(c, cu.e, hi, qi);
		if (sw.f == F_NONE && k > 0 && lead != NONE)
			sw = (struct who){F_ACTOR, lead};
		if (sw.f == F_NONE)
			continue;
		if (period && k > 0 && !short_tail(c, cu.e, hi))
			return false;
		*out = cu;
		*who = sw;
		return true;
	}
	return false;
}

/* The best cue before quote qi in its sentence: the last strong one
 * whose subject is known, else the last weak one. */
static bool before_cue(struct qctx *c, size_t qi, struct cue *out,
		       struct who *who)
{
	const struct quote *q = &c->q[qi];
	size_t lo = sentence_start(c, q->mark_start);
	size_t from = lo;
	if (qi > 0 && c->q[qi - 1].mark_end > lo &&
	    c->q[qi - 1].mark_end <= q->mark_start)
		from = c->q[qi - 1].mark_end;
	struct cue v[32];
	size_t n = cues_in(c, from, q->mark_start, v, 32);
	/* A strong cue that names someone, then the nearest weak one that
	 * does ("Both nations argue ..., with a Japanese official calling
	 * them “...”"), then one that says nobody is named. */
	struct who ws[32] = {{F_NONE, 0}};
	for (size_t i = 0; i < n; i++)
		ws[i] = cue_subject(c, &v[i], lo, qi, v, n);
	for (int pass = 0; pass < 3; pass++)
		for (size_t i = n; i-- > 0;) {
			bool ok = pass == 0   ? !v[i].weak && ws[i].f == F_ACTOR
				  : pass == 1 ? ws[i].f == F_ACTOR
					      : ws[i].f != F_NONE;
			if (ok) {
				*out = v[i];
				*who = ws[i];
				return true;
			}
		}
	/* "Hoffman: “...”": a colon right after a name */
	size_t p = q->mark_start, sp;
	while ((sp = space_before_len(c->t, from, p)))
		p -= sp;
	if (p > from && c->t[p - 1] == ':') {
		size_t mi = mention_ending(c, p - 1);
		/* "Howard Kurtz, Fox News: “...”": the person of a label,
		 * not the outlet after the comma */
		if (mi != NONE && p - 1 - from <= 80 &&
		    c->al->items[c->al->mentions[mi].actor].kind !=
			ACTOR_PERSON)
			for (size_t i = actors_mention_from(c->al, from);
			     i < mi; i++)
				if (c->al->items[c->al->mentions[i].actor]
					.kind == ACTOR_PERSON) {
					mi = i;
					break;
				}
		if (mi != NONE &&
		    c->al->items[c->al->mentions[mi].actor].kind !=
			ACTOR_PLACE) {
			*out = (struct cue){0};
			*who = (struct who){F_ACTOR, c->al->mentions[mi].actor};
			return true;
		}
	}
	return false;
}

/* A quote introduced by a colon in its paragraph before it, or at the
 * end of the paragraph before when it opens its own: the cue of the
 * introducing sentence ("The New York Times reports:"), else the first
 * person named in a short label ("Maria Lopez, 31, Tucson:"). */
static bool introduced(struct qctx *c, size_t qi, struct cue *out,
		       struct who *who)
{
	const struct quote *q = &c->q[qi];
	size_t para = c->qpara[qi];
	size_t ps = c->seg->paras[para].start;
	size_t p = q->mark_start, sp;
	while ((sp = space_before_len(c->t, ps, p)))
		p -= sp;
	if (p == ps && para > 0) {
		/* the paragraph before, which must not be a quote itself */
		size_t pe = c->seg->paras[para - 1].end;
		p = pe;
		while (p > c->seg->paras[para - 1].start &&
		       is_ascii_space((unsigned char)c->t[p - 1]))
			p--;
		if (in_any_quote(c, p > 0 ? p - 1 : 0))
			return false;
	}
	if (p == 0)
		return false;
	/* "Her friend Brittany Lockwood, 20, chimed in. “I did not
	 * think ...”": a sentence of its own with a speech verb and no
	 * quote, right before the quote in its paragraph */
	char endc = c->t[p - 1];
	if ((endc == '.' || endc == '!') && p > ps) {
		size_t lo = sentence_start(c, p - 1);
		if (lo < ps || p - lo > 400 ||
		    (qi > 0 && c->q[qi - 1].mark_end > lo))
			return false;
		struct cue v[16];
		size_t n = cues_in(c, lo, p, v, 16);
		for (size_t i = n; i-- > 0;) {
			/* a weak verb only when it ends the sentence: "X
			 * chimed in." */
			if (v[i].weak && v[i].e + 1 != p)
				continue;
			struct who w = cue_subject(c, &v[i], lo, qi, v, n);
			if (w.f == F_ACTOR && w.actor != NONE) {
				*out = v[i];
				*who = w;
				return true;
			}
		}
		return false;
	}
	if (c->t[p - 1] != ':')
		return false;
	size_t colon = p - 1;
	size_t lo = sentence_start(c, colon);
	if (colon > lo + 400)
		lo = colon - 400;
	struct cue v[16];
	size_t n = cues_in(c, lo, colon, v, 16);
	for (size_t i = n; i-- > 0;) {
		/* a weak verb right before the colon: "Caddell continued:" */
		if ((v[i].weak && v[i].e != colon) || in_any_quote(c, v[i].s))
			continue;
		struct who w = cue_subject(c, &v[i], lo, qi, v, n);
		if (w.f == F_ACTOR && w.actor != NONE) {
			*out = v[i];
			*who = w;
			return true;
		}
	}
	/* a label: a name, then at most an age and a place */
	if (colon - lo > 80 || n > 0)
		return false;
	for (size_t i = actors_mention_from(c->al, lo);
	     i < c->al->nmentions && c->al->mentions[i].start < colon; i++) {
		const struct actor_mention *m = &c->al->mentions[i];
		if (c->al->items[m->actor].kind == ACTOR_PERSON) {
			*out = (struct cue){0};
			*who = (struct who){F_ACTOR, m->actor};
			return true;
		}
		if (c->al->items[m->actor].kind != ACTOR_PLACE)
			break;
	}
	return false;
}

/* The speaker of the quote before qi, when qi carries on from it. */
static size_t previous_speaker(const struct qctx *c, size_t qi)
{
	return qi > 0 ? c->q[qi - 1].actor : NONE;
}

/* The speaker of the sentence before quote qi (see attribute): when qi
 * opens a sentence that is not its paragraph's first and the sentence
 * before holds no quote and a speech verb (not a weak one) whose subject
 * is named. */
static bool prior_sentence_cue(struct qctx *c, size_t qi, struct cue *out,
			       struct who *who)
{
	const struct quote *q = &c->q[qi];
	size_t pst = c->seg->paras[c->qpara[qi]].start;
	size_t ss = sentence_start(c, q->mark_start);
	if (ss != q->mark_start || ss <= pst)
		return false;
	size_t ps = sentence_start(c, ss - 1);
	if (ps < pst || ps >= ss || (qi > 0 && c->q[qi - 1].mark_end > ps))
		return false;
	struct cue v[4];
	size_t n = cues_in(c, ps, ss, v, 4);
	for (size_t i = 0; i < n; i++) {
		if (v[i].weak || v[i].participle || v[i].according)
			continue;
		struct who w = subject_before(c, v[i].s, ps, qi);
		if (w.f != F_ACTOR && !v[i].obj && comma_before(c, ps, v[i].s))
			w = subject_after(c, v[i].e, ss, qi);
		if (w.f == F_ACTOR && w.actor != NONE &&
		    c->al->items[w.actor].kind == ACTOR_PERSON) {
			*out = v[i];
			*who = w;
			return true;
		}
	}
	return false;
}

static void attribute(struct qctx *c, size_t qi)
{
	struct quote *q = &c->q[qi];
	struct cue cu = {0};
	struct who w = {F_NONE, NONE};
	bool have = after_cue(c, qi, &cu, &w) || before_cue(c, qi, &cu, &w);
	if (have) {
		q->cue = cu.e > cu.s ? cue_text(c, &cu) : NULL;
		if (w.f == F_PREVIOUS)
			w = (struct who){F_ACTOR, previous_speaker(c, qi)};
		if (w.f == F_ACTOR && w.actor != NONE) {
			q->actor = w.actor;
			c->explicit[qi] = true;
		}
		return;
	}
	/* Introduced with a colon: "The New York Times reports:" or "Maria
	 * Lopez, 31, Tucson:" before the quote, or ending the paragraph
	 * before a quoted one */
	if (introduced(c, qi, &cu, &w)) {
		q->cue = cu.e > cu.s ? cue_text(c, &cu) : NULL;
		q->actor = w.actor;
		c->explicit[qi] = true;
		return;
	}
	/* "..., said Bart Naylor, an advocate. “It would avoid a fight.”":
	 * a quote that opens a sentence after one that reports someone's
	 * words, with no quote between, is that person's */
	if (prior_sentence_cue(c, qi, &cu, &w)) {
		q->cue = cue_text(c, &cu);
		q->actor = w.actor;
		c->explicit[qi] = true;
		return;
	}
	/* A quote with no cue of its own carries on from the previous
	 * quote of its paragraph (the last one that has a speaker: a word
	 * in quotes between them names nobody), or of the paragraph before
	 * when it opens its own. */
	if (qi > 0 && c->q[qi - 1].actor == NONE &&
	    c->qpara[qi - 1] == c->qpara[qi]) {
		for (size_t k = qi - 1, n = 0;
		     k-- > 0 && n < BACK_ITEMS && c->qpara[k] == c->qpara[qi];
		     n++)
			if (c->q[k].actor != NONE && c->explicit[k]) {
				q->actor = c->q[k].actor;
				q->cue = c->q[k].cue;
				return;
			}
	}
	/* "All this has led the Latvian journalist Dainis Ivans to fear a
	 * “...”": a quote in the middle of a sentence that names a person
	 * before it, outside quotes, is that person's, not the previous
	 * speaker's */
	size_t slo = sentence_start(c, q->mark_start);
	if (qi > 0 && c->q[qi - 1].mark_end <= slo && q->mark_start > slo) {
		struct who sw = first_named(c, slo, q->mark_start, qi);
		if (sw.f == F_ACTOR && sw.actor != c->q[qi - 1].actor &&
		    c->al->items[sw.actor].kind == ACTOR_PERSON) {
			q->actor = sw.actor;
			return;
		}
	}
	if (qi > 0) {
		const struct quote *pq = &c->q[qi - 1];
		size_t para = c->qpara[qi], ppara = c->qpara[qi - 1];
		size_t ps = c->seg->paras[para].start;
		bool opens = q->mark_start == ps;
		if (ppara == para || (opens && ppara + 1 == para) ||
		    pq->mark_end > ps) {
			if (pq->actor != NONE || ppara == para) {
				q->actor = pq->actor;
				q->cue = pq->cue;
				return;
			}
		}
	}
	/* A word in quotes with no cue at all ("Trump's demands, framed
	 * as “fairness”"): the sentence's subject. */
	size_t lo = sentence_start(c, q->mark_start);
	w = first_named(c, lo, q->mark_start, qi);
	if (w.f == F_ACTOR)
		q->actor = w.actor;
}

/*
 * "Mike Pence says ... hours after Trump tweeted. The Indiana governor
 * said ...": a definite description of a person that the article never
 * names on its own stands for the person a recent sentence is about: the
 * first named person of the nearest sentence before it (or of its own
 * sentence, before it) that names one of fitting gender, within this
 * paragraph and the PRONOUN_PARAS before it. A description first written
 * with "a" or "one" ("a spokesman") is someone else and stays as it is.
 * A description that stands for one before it ("The Republican vice
 * presidential nominee ... The Indiana governor said") follows the chain
 * (at most 4 links). Cost: at most 4 * BACK_ITEMS mentions.
 */
static bool definite_description(const struct qctx *c, size_t actor)
{
	const struct actor *a = &c->al->items[actor];
	return a->unnamed && a->kind == ACTOR_PERSON &&
	       a->first + 4 <= c->len && ascii_ieq(c->t + a->first, 4, "the ");
}

static size_t named_referent(const struct qctx *c, size_t actor, int depth)
{
	const struct actor_list *al = c->al;
	const struct actor *a = &al->items[actor];
	/* "said a spokeswoman for Trump Hotels, Jennifer Rodstrom": the
	 * name in apposition to the description */
	if (a->unnamed && a->kind == ACTOR_PERSON) {
		size_t i = actors_mention_from(al, a->first);
		if (i < al->nmentions && al->mentions[i].actor == actor) {
			size_t e = al->mentions[i].end;
			for (size_t j = i + 1; j < al->nmentions && j < i + 4;
			     j++) {
				const struct actor_mention *m =
				    &al->mentions[j];
				if (m->start < e)
					continue;
				const struct actor *b = &al->items[m->actor];
				if (m->start <= e + 3 && e < c->len &&
				    c->t[e] == ',' && b->kind == ACTOR_PERSON &&
				    !b->unnamed)
					return m->actor;
				break;
			}
		}
	}
	if (!definite_description(c, actor) || depth > 3)
		return actor;
	size_t para = paragraph_of(c, a->first);
	size_t from = para >= PRONOUN_PARAS ? para - PRONOUN_PARAS : 0;
	size_t lo = c->seg->npara ? c->seg->paras[from].start : 0;
	if (a->first > PRONOUN_BYTES && lo < a->first - PRONOUN_BYTES)
		lo = a->first - PRONOUN_BYTES;
	size_t cand = NONE, cand_sent = NONE;
	for (size_t i = actors_mention_from(al, a->first), k = 0;
	     i-- > 0 && k < BACK_ITEMS; k++) {
		const struct actor_mention *m = &al->mentions[i];
		if (m->start < lo)
			break;
		size_t sent = segment_find(c->seg, m->start);
		if (cand != NONE && sent != cand_sent)
			break;
		const struct actor *b = &al->items[m->actor];
		if (b->kind != ACTOR_PERSON || m->actor == actor ||
		    (b->unnamed && !definite_description(c, m->actor)) ||
		    in_any_quote(c, m->start) ||
		    (a->gender == ACTOR_MALE && b->gender == ACTOR_FEMALE) ||
		    (a->gender == ACTOR_FEMALE && b->gender == ACTOR_MALE))
			continue;
		cand = m->actor;
		cand_sent = sent;
	}
	/* "Mike Pence says ... The Republican vice presidential nominee
	 * was speaking ... The Indiana governor said": a chain */
	if (cand != NONE && al->items[cand].unnamed) {
		size_t r = named_referent(c, cand, depth + 1);
		return al->items[r].unnamed ? actor : r;
	}
	return cand != NONE ? cand : actor;
}

void quotes_extract(const struct quotes *qx, const char *text, size_t len,
		    const struct segments *seg, const struct actor_list *al,
		    struct arena *arena, struct quote_list *out)
{
	struct qctx c = {.qx = qx,
			 .t = text,
			 .len = len,
			 .seg = seg,
			 .al = al,
			 .arena = arena};
	find_spans(&c);
	c.explicit = xcalloc(c.nq + 1, sizeof *c.explicit);
	for (size_t i = 0; i < c.nq; i++) {
		attribute(&c, i);
		if (c.q[i].actor != NONE)
			c.q[i].actor = named_referent(&c, c.q[i].actor, 0);
		if (c.q[i].actor != NONE)
			c.q[i].speaker = al->items[c.q[i].actor].name;
	}
	out->items = arena_alloc(arena, (c.nq + 1) * sizeof *out->items);
	if (c.nq)
		memcpy(out->items, c.q, c.nq * sizeof *c.q);
	out->n = c.nq;
	out->nsent = seg->nsent;
	out->src = arena_alloc(arena, (seg->nsent + 1) * sizeof *out->src);
	out->src_done = arena_alloc(arena, seg->nsent + 1);
	free(c.q);
	free(c.qpara);
	free(c.segs);
	free(c.explicit);
}

/* The source the sentence around `start` names (see quotes_source). */
static const char *sentence_source(const struct qctx *c, size_t start)
{
	size_t lo = sentence_start(c, start), hi = sentence_end(c, start);
	size_t qi =
	    util_count_below(c->q, c->nq, sizeof *c->q,
			     offsetof(struct quote, mark_start), start, false);
	struct cue v[32];
	size_t n = cues_in(c, lo, hi, v, 32);
	/* From the end: the attribution that closes a sentence ("...,
	 * officials on both sides said") covers all of it, even when an
	 * earlier verb has a subject of its own. */
	for (size_t i = n; i-- > 0;) {
		if (in_any_quote(c, v[i].s) || v[i].weak)
			continue;
		struct who w = cue_subject(c, &v[i], lo, qi, v, n);
		if (w.f == F_ACTOR && w.actor != NONE)
			return c->al->items[w.actor].name;
		if (w.f == F_NOBODY)
			return NULL;
	}
	return NULL;
}

const char *quotes_source(const struct quotes *qx, const char *text, size_t len,
			  const struct segments *seg,
			  const struct actor_list *al,
			  const struct quote_list *ql, size_t start, size_t end)
{
	(void)end;
	/* quotes do not overlap: only the last one opening at or before
	 * start can hold it */
	size_t qn =
	    util_count_below(ql->items, ql->n, sizeof *ql->items,
			     offsetof(struct quote, mark_start), start, true);
	if (qn > 0 && start < ql->items[qn - 1].mark_end)
		return ql->items[qn - 1].speaker;
	struct qctx c = {.qx = qx,
			 .t = text,
			 .len = len,
			 .seg = seg,
			 .al = al,
			 .q = ql->items,
			 .nq = ql->n};
	/* figures share sentences: each sentence's source is found once */
	size_t si = segment_find(seg, start);
	bool cache = ql->src && si < ql->nsent && si < seg->nsent;
	if (cache && ql->src_done[si])
		return ql->src[si];
	const char *found = sentence_source(&c, start);
	if (cache) {
		ql->src[si] = found;
		ql->src_done[si] = 1;
	}
	return found;
}
