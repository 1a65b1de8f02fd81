/* actors.c - the people, organizations and places an article names */
#include "actors.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "rules.h"
#include "segment.h"
#include "util.h"

#define NONE SIZE_MAX

/* Longest role text kept (bytes): an appositive longer than this is a
 * clause, not a job title. */
#define MAX_ROLE 160
#define MAX_ALIASES 12
/* Runs of capitals longer than this are not split into names (a name has
 * a few words; the split recurses once a name). */
#define MAX_NAME_SPLIT 12

/* Which lexicons have an entry that starts with a given word: one or
 * two hash lookups per word of an article then tell which longest-match
 * scans can hit at all, so that most words cost no lexicon scan. */
enum {
	W_PLACE = 1 << 0, /* keyed by the word as written */
	W_OUTLET = 1 << 1,
	W_ORG = 1 << 2,
	W_TITLE = 1 << 3,
	W_FIRST = 1 << 4,
	W_NONNAME = 1 << 5,
	W_SUFFIX = 1 << 6,
	W_ROLE = 1 << 7, /* keyed by the lower-case word */
	W_VERB = 1 << 8,
	W_TITLE_I = 1 << 9,
	W_SUFFIX_I = 1 << 10,
	W_EXACT = (1 << 7) - 1,
	W_CLOSED0 = 11, /* first bit of the closed word classes below */
	/* an entry of outlets, orgs, places, titles that starts with the
	 * word has more words: only then a longest-match scan */
	W_MULTI0 = 20,
};

struct widx {
	char **keys;
	size_t *lens;
	unsigned *bits;
	unsigned char *mw; /* 4 a slot: most words of an entry of outlets,
			      orgs, places, titles starting with a pair */
	size_t nslots, n;
};

struct actors {
	const struct lexicon *places, *outlets, *orgs, *suffixes, *titles,
	    *firstnames, *roles, *verbs, *nonnames, *starters;
	struct widx idx;
};

static size_t widx_slot(const struct widx *x, const char *w, size_t n)
{
	size_t mask = x->nslots - 1;
	size_t h = hash64(w, n) & mask;
	while (x->keys[h] && (x->lens[h] != n || memcmp(x->keys[h], w, n)))
		h = (h + 1) & mask;
	return h;
}

static void widx_put(struct widx *x, const char *w, size_t n, unsigned bit)
{
	if (!n)
		return;
	if ((x->n + 1) * 2 > x->nslots) {
		struct widx old = *x;
		x->nslots = old.nslots ? old.nslots * 2 : 1024;
		x->keys = xcalloc(x->nslots, sizeof *x->keys);
		x->lens = xcalloc(x->nslots, sizeof *x->lens);
		x->bits = xcalloc(x->nslots, sizeof *x->bits);
		x->mw = xcalloc(x->nslots * 4, 1);
		for (size_t i = 0; i < old.nslots; i++)
			if (old.keys[i]) {
				size_t h =
				    widx_slot(x, old.keys[i], old.lens[i]);
				x->keys[h] = old.keys[i];
				x->lens[h] = old.lens[i];
				x->bits[h] = old.bits[i];
				memcpy(x->mw + h * 4, old.mw + i * 4, 4);
			}
		free(old.keys);
		free(old.lens);
		free(old.bits);
		free(old.mw);
	}
	size_t h = widx_slot(x, w, n);
	if (!x->keys[h]) {
		x->keys[h] = xstrndup(w, n);
		x->lens[h] = n;
		x->n++;
	}
	x->bits[h] |= bit;
}

static unsigned widx_get(const struct widx *x, const char *w, size_t n)
{
	if (!x->nslots || !n)
		return 0;
	size_t h = widx_slot(x, w, n);
	return x->keys[h] ? x->bits[h] : 0;
}

/* Indexes the first word of every entry (also without a final period:
 * "Mr." is written "Mr" before the period in a word list). Lower-case
 * lexicons are indexed lower-case; role nouns with their plurals. */
static void widx_add(struct widx *x, const struct lexicon *lx, unsigned bit,
		     bool lower, unsigned multi)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lexicon_size(lx); i++) {
		const char *e = lexicon_entry(lx, i, NULL);
		size_t n = strcspn(e, " ");
		char w[64];
		if (n >= sizeof w - 4)
			continue;
		for (size_t k = 0; k < n; k++)
			w[k] = lower ? (char)ascii_lower((unsigned char)e[k])
				     : e[k];
		widx_put(x, w, n, bit | (e[n] ? multi : 0));
		if (e[n] && multi) {
			/* the first two words, and how many words follow */
			size_t m = n + 1 + strcspn(e + n + 1, " ");
			size_t words = 1;
			for (const char *q = e; *q; q++)
				words += *q == ' ';
			unsigned li = 0;
			while (!((multi >> (W_MULTI0 + li)) & 1u))
				li++;
			if (m < 128) {
				widx_put(x, e, m, 0);
				unsigned char *mw =
				    x->mw + widx_slot(x, e, m) * 4;
				if (mw[li] < words)
					mw[li] = (unsigned char)(words > 255
								     ? 255
								     : words);
			}
		}
		if (n > 1 && w[n - 1] == '.')
			widx_put(x, w, n - 1, bit);
		if (bit == W_ROLE) {
			memcpy(w + n, "s", 1);
			widx_put(x, w, n + 1, bit);
			memcpy(w + n, "es", 2);
			widx_put(x, w, n + 2, bit);
			if (n > 3 && !memcmp(w + n - 3, "man", 3)) {
				w[n - 2] = 'e';
				widx_put(x, w, n, bit);
			}
		}
	}
}

static void closed_index(struct widx *x);

struct actors *actors_new(const struct rules *r)
{
	struct actors *ax = xcalloc(1, sizeof *ax);
	ax->places = rules_lexicon(r, "places");
	ax->outlets = rules_lexicon(r, "outlets");
	ax->orgs = rules_lexicon(r, "orgs");
	ax->suffixes = rules_lexicon(r, "orgsuffixes");
	ax->titles = rules_lexicon(r, "titles");
	ax->firstnames = rules_lexicon(r, "firstnames");
	ax->roles = rules_lexicon(r, "roles");
	ax->verbs = rules_lexicon(r, "speechverbs");
	ax->nonnames = rules_lexicon(r, "nonnames");
	ax->starters = rules_lexicon(r, "sentence_starters");
	struct widx *x = &ax->idx;
	widx_add(x, ax->outlets, W_OUTLET, false, 1u << W_MULTI0);
	widx_add(x, ax->orgs, W_ORG, false, 1u << (W_MULTI0 + 1));
	widx_add(x, ax->places, W_PLACE, false, 1u << (W_MULTI0 + 2));
	widx_add(x, ax->titles, W_TITLE, false, 1u << (W_MULTI0 + 3));
	widx_add(x, ax->firstnames, W_FIRST, false, 0);
	widx_add(x, ax->nonnames, W_NONNAME, false, 0);
	widx_add(x, ax->starters, W_NONNAME, false, 0);
	widx_add(x, ax->suffixes, W_SUFFIX, false, 0);
	widx_add(x, ax->roles, W_ROLE, true, 0);
	widx_add(x, ax->verbs, W_VERB, true, 0);
	widx_add(x, ax->titles, W_TITLE_I, true, 0);
	widx_add(x, ax->suffixes, W_SUFFIX_I, true, 0);
	closed_index(x);
	return ax;
}

void actors_free(struct actors *ax)
{
	if (!ax)
		return;
	for (size_t i = 0; i < ax->idx.nslots; i++)
		free(ax->idx.keys[i]);
	free(ax->idx.keys);
	free(ax->idx.lens);
	free(ax->idx.bits);
	free(ax->idx.mw);
	free(ax);
}

const char *actors_kind_name(enum actor_kind kind)
{
	switch (kind) {
	case ACTOR_PERSON:
		return "person";
	case ACTOR_ORG:
		return "org";
	case ACTOR_PLACE:
		return "place";
	}
	return "person";
}

size_t actors_mention_from(const struct actor_list *l, size_t off)
{
	return util_count_below(l->mentions, l->nmentions, sizeof *l->mentions,
				offsetof(struct actor_mention, start), off,
				false);
}

/* ---- words ---------------------------------------------------------- */

enum {
	T_CAP = 1,     /* starts with an upper-case letter */
	T_LOWER = 2,   /* starts with a lower-case letter */
	T_ALLCAPS = 4, /* two or more letters, every one upper case */
	T_POSS = 8,    /* followed by 's or ' */
	T_SENT0 = 16,  /* first word of its sentence */
	T_HEAD = 32,   /* in a headline-like paragraph */
	T_SKIP = 64,   /* page furniture: dateline credit, author bio */
	T_DIGIT = 128,
};

struct tok {
	size_t s, e; /* the word */
	size_t pe;   /* end including a possessive */
	size_t sent; /* sentence index, NONE outside every sentence */
	unsigned f;
	unsigned w; /* W_* bits: lexicons with an entry starting here */
};

static size_t ch_len(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];
	size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	return i + n <= len ? n : 1;
}

/* A letter or digit: ASCII ones, and every character outside the blocks
 * of punctuation and symbols (U+0080..U+00BF, U+2000..U+2FFF,
 * U+3000..U+303F), which is what news names are written in. */
static bool is_wordch(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];
	if (c < 0x80)
		return is_ascii_alpha(c) || is_ascii_digit(c);
	if (c < 0xC3 || c == 0xE2)
		return false;
	if (c == 0xE3 && i + 1 < len && (unsigned char)t[i + 1] == 0x80)
		return false;
	return true;
}

/* Upper-case letters: ASCII, Latin-1, Latin Extended-A (which
 * alternates upper and lower case), Greek and Cyrillic capitals. */
static bool is_upper_at(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (i + 1 >= len)
		return false;
	unsigned char d = (unsigned char)t[i + 1];
	if (c == 0xC3)
		return d >= 0x80 && d <= 0x9E && d != 0x97;
	if (c == 0xC4 || c == 0xC5)
		return (d & 1) == 0;
	if (c == 0xCE)
		return d >= 0x91 && d <= 0xA9;
	if (c == 0xD0)
		return d >= 0x80 && d <= 0xAF;
	return false;
}

/* An apostrophe (' or U+2019) at t[i]: its length, else 0. */
static size_t apos_len(const char *t, size_t i, size_t len)
{
	if (t[i] == '\'')
		return 1;
	if (i + 2 < len && (unsigned char)t[i] == 0xE2 &&
	    (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0x99)
		return 3;
	return 0;
}

/* ---- name index --------------------------------------------------------- */

/* Entities (or pending names) by one word or word sequence of their name,
 * so that pass 2 asks "who is called this" in one lookup instead of
 * comparing every pair of names: the passes below cost O(words in names),
 * not O(entities^2). Keys point into the arena or the text. */
enum {
	NK_SUFFIX = 1, /* a proper word-suffix of the name: "Trump",
			  "Eriksson Ek" */
	NK_FIRST,      /* the first word of a name of two or more words */
	NK_PEND,       /* a one-word pending name, as written */
	NK_ACRONYM,    /* an acronym given in brackets: "(NATO)" */
};

struct nkey {
	const char *s;
	size_t n, val, next; /* next: index + 1 in the bucket, or 0 */
	unsigned tag;
};

struct nidx {
	struct nkey *e;
	size_t ne, cap;
	size_t *head; /* index + 1 of each bucket's first key, or 0 */
	size_t nhead; /* a power of two */
};

static size_t nidx_bucket(const struct nidx *x, unsigned tag, const char *s,
			  size_t n)
{
	return (size_t)((hash64(s, n) ^ ((unsigned long long)tag << 59)) &
			(x->nhead - 1));
}

static void nidx_add(struct nidx *x, unsigned tag, const char *s, size_t n,
		     size_t val)
{
	if (x->ne == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 64;
		x->e = xrealloc(x->e, x->cap * sizeof *x->e);
	}
	if ((x->ne + 1) * 2 > x->nhead) {
		/* keep the buckets at least twice the keys */
		x->nhead = x->nhead ? x->nhead * 2 : 128;
		free(x->head);
		x->head = xcalloc(x->nhead, sizeof *x->head);
		for (size_t i = 0; i < x->ne; i++) {
			size_t b =
			    nidx_bucket(x, x->e[i].tag, x->e[i].s, x->e[i].n);
			x->e[i].next = x->head[b];
			x->head[b] = i + 1;
		}
	}
	size_t b = nidx_bucket(x, tag, s, n);
	x->e[x->ne] = (struct nkey){s, n, val, x->head[b], tag};
	x->head[b] = ++x->ne;
}

/* From bucket chain position i (index + 1, 0 at the end), the position
 * of the first key equal to (tag, s[0..n)), or 0. Start with
 * nidx_first; go on with nidx_scan(x, x->e[pos - 1].next, ...). */
static size_t nidx_scan(const struct nidx *x, size_t i, unsigned tag,
			const char *s, size_t n)
{
	for (; i; i = x->e[i - 1].next) {
		const struct nkey *e = &x->e[i - 1];
		if (e->tag == tag && e->n == n && !memcmp(e->s, s, n))
			return i;
	}
	return 0;
}

static size_t nidx_first(const struct nidx *x, unsigned tag, const char *s,
			 size_t n)
{
	return x->nhead
		   ? nidx_scan(x, x->head[nidx_bucket(x, tag, s, n)], tag, s, n)
		   : 0;
}

#define NIDX_FOR(x, pos, tag, s, n)                                            \
	for (size_t pos = nidx_first((x), (tag), (s), (n)); pos;               \
	     pos = nidx_scan((x), (x)->e[pos - 1].next, (tag), (s), (n)))

static void nidx_release(struct nidx *x)
{
	free(x->e);
	free(x->head);
}

#define NIDX_SUFFIXES 6

/* Indexes a name's first word (NK_FIRST) and every proper suffix that
 * starts at a word (NK_SUFFIX) under val. */
static void nidx_name(struct nidx *x, const char *name, size_t val)
{
	const char *sp = strchr(name, ' ');
	if (!sp)
		return;
	nidx_add(x, NK_FIRST, name, (size_t)(sp - name), val);
	/* the last NIDX_SUFFIXES word-suffixes: a short form is a word or
	 * two, and a long run of capitals must not cost its square */
	size_t len = strlen(name);
	int k = 0;
	for (size_t i = len; i-- > 1 && k < NIDX_SUFFIXES;)
		if (name[i - 1] == ' ') {
			nidx_add(x, NK_SUFFIX, name + i, len - i, val);
			k++;
		}
}

/* ---- per-article state ---------------------------------------------- */

enum { PT_NONE, PT_COUNTRY, PT_OTHER };

enum {
	E_OUTLET = 1,  /* a news organisation */
	E_UNNAMED = 2, /* a description: "Japanese official" */
	E_DROP = 4,    /* a place only named as the scene */
};

struct ent {
	enum actor_kind kind;
	const char *name;  /* arena */
	const char *role;  /* arena, or NULL */
	const char *head;  /* an unnamed actor's role noun, lower-case */
	const char *extra; /* an alias that is not a mention, or NULL */
	enum actor_gender gender;
	unsigned f;
	int ptype;
	size_t into; /* NONE, or the entity it was merged into */
	size_t acr;  /* token of an acronym given in brackets, or NONE */
};

enum {
	M_LOC = 16, /* a place named as the scene: "in Bangkok" */
};

struct men {
	size_t s, e; /* the name */
	size_t as;   /* start of the form with its title ("President X") */
	size_t ent;
	size_t appos_end;
	unsigned f; /* ACTOR_M_* and M_LOC */
};

enum lexkind { LK_NONE, LK_OUTLET, LK_ORG, LK_PLACE, LK_TITLE };

struct lexhit {
	enum lexkind k;
	size_t end;	 /* byte offset where the entry ends */
	const char *val; /* its value */
};

/* A capitalized name that had no evidence of its own: resolved against
 * the actors found in the whole article (pass 2). */
struct pend {
	size_t t0, t1; /* tokens */
};

struct ctx {
	const struct actors *ax;
	const char *t;
	size_t len;
	const struct segments *seg;
	struct arena *arena;
	struct tok *tok;
	size_t ntok;
	struct ent *ent;
	size_t nent;
	size_t *slots; /* hash of entities by kind and name: index + 1 */
	size_t nslots;
	struct men *men;
	size_t nmen, capmen;
	struct pend *pend;
	size_t npend, cappend;
	struct lexhit *lh; /* lex_at of each token, once computed */
	unsigned char *lhok;
	struct mpos *ms; /* snapshot_mentions */
	size_t nms;
	struct mpos *rs; /* mentions resolve_pending added, in text order */
	size_t nrs;
	struct nidx names; /* pass 2: entities by words of their names */
};

/* ---- small word tests ----------------------------------------------- */

static bool tok_is(const struct ctx *c, size_t ti, const char *w)
{
	const struct tok *k = &c->tok[ti];
	return ascii_ieq(c->t + k->s, k->e - k->s, w);
}

/* Closed classes of English: they are grammar, not knowledge, so they
 * live here rather than in patterns/. */
static const char *const determiners[] = {"the",  "a",	  "an",	   "his",
					  "her",  "its",  "their", "our",
					  "this", "that", NULL};
static const char *const clause_openers[] = {
    "that",    "and",	  "but",   "while",    "as",	 "when",
    "because", "since",	  "if",	   "although", "though", "whereas",
    "after",   "before",  "so",	   "then",     "also",	 "meanwhile",
    "however", "or",	  "nor",   "yet",      "once",	 "until",
    "unless",  "whether", "where", "who",      "said",	 NULL};
static const char *const adverbs[] = {
    "also",	 "further", "later",	  "earlier",	  "previously",
    "has",	 "have",    "had",	  "then",	  "reportedly",
    "recently",	 "once",    "again",	  "repeatedly",	  "publicly",
    "privately", "openly",  "separately", "subsequently", "similarly",
    "initially", "first",   "often",	  "never",	  "not",
    "would",	 "will",    "could",	  "might",	  "may",
    "is",	 "was",	    "were",	  "are",	  "been",
    "had",	 "did",	    "does",	  "subsequently", NULL};
static const char *const locatives[] = {
    "in",     "at",	"across", "throughout", "inside",
    "within", "around", "near",	  "outside",	NULL};
static const char *const compass[] = {"the",
				      "north",
				      "south",
				      "east",
				      "west",
				      "northern",
				      "southern",
				      "eastern",
				      "western",
				      "central",
				      "north-east",
				      "north-west",
				      "south-east",
				      "south-west",
				      "northeast",
				      "northwest",
				      "southeast",
				      "southwest",
				      "northeastern",
				      "northwestern",
				      "southeastern",
				      "southwestern",
				      "rural",
				      "coastal",
				      NULL};
static const char *const name_particles[] = {
    "von", "van", "der", "den", "de",  "del", "della", "di",
    "da",  "dos", "das", "du",	"la",  "le",  "bin",   "bint",
    "ibn", "al",  "el",	 "ter", "ten", NULL};
static const char *const stop_role[] = {
    "with", "by",    "of",	"for",	   "to",   "from",  "at",     "in",
    "on",   "about", "against", "between", "and",  "or",    "said",   "says",
    "told", "than",  "as",	"under",   "over", "after", "before", NULL};
static const char *const verbish[] = {
    "is",	"was",	   "has",	"had",	"said",	 "says",   "will",
    "would",	"could",   "can",	"may",	"might", "should", "must",
    "does",	"did",	   "often",	"also", "wants", "told",   "insists",
    "demanded", "demands", "announced", NULL};

/* Words whose letters spell an unnamed source's qualifier, dropped from
 * its name ("an anonymous US diplomatic source" is "US diplomatic
 * source"). */
static const char *const anon_words[] = {"anonymous", "unnamed", "unidentified",
					 NULL};

#define N_CLOSED 9
static const char *const *const closed_sets[N_CLOSED] = {
    determiners,    clause_openers, adverbs, locatives, compass,
    name_particles, stop_role,	    verbish, anon_words};

/* Indexes the closed classes (lower-case) so that tok_in is a bit test. */
static void closed_index(struct widx *x)
{
	for (unsigned i = 0; i < N_CLOSED; i++)
		for (size_t k = 0; closed_sets[i][k]; k++)
			widx_put(x, closed_sets[i][k],
				 strlen(closed_sets[i][k]),
				 1u << (W_CLOSED0 + i));
}

static bool tok_in(const struct ctx *c, size_t ti, const char *const *set)
{
	/* the sets below are in the word index: one bit test */
	for (unsigned i = 0; i < N_CLOSED; i++)
		if (closed_sets[i] == set)
			return (c->tok[ti].w >> (W_CLOSED0 + i)) & 1u;
	for (size_t i = 0; set[i]; i++)
		if (tok_is(c, ti, set[i]))
			return true;
	return false;
}

/* A word that is only spaces away from the next (same line). */
static bool only_spaces(const char *t, size_t s, size_t e)
{
	if (s >= e)
		return false;
	while (s < e) {
		if (t[s] == '\n')
			return false;
		size_t sp = lexicon_space_len(t + s, e - s);
		if (!sp)
			return false;
		s += sp;
	}
	return true;
}

/* Tokens ti and ti+1 are separated by spaces only (no punctuation, no
 * possessive) within one sentence. */
static bool clean_gap(const struct ctx *c, size_t ti)
{
	if (ti + 1 >= c->ntok)
		return false;
	const struct tok *a = &c->tok[ti], *b = &c->tok[ti + 1];
	return a->sent == b->sent && a->pe == a->e &&
	       only_spaces(c->t, a->e, b->s);
}

static bool lex_has(const struct lexicon *lx, const struct ctx *c, size_t ti,
		    enum lex_case cs, const char **val)
{
	const struct tok *k = &c->tok[ti];
	return lx && lexicon_find(lx, c->t + k->s, k->e - k->s, cs, val);
}

/* A role noun (roles.lex, or a one-word title), singular or plural.
 * Returns its class ("person", "doc", "media") or NULL; *g its gender,
 * *plural whether the word was plural. */
static const char *role_word(const struct ctx *c, size_t ti,
			     enum actor_gender *g, bool *plural)
{
	const struct tok *k = &c->tok[ti];
	const char *w = c->t + k->s;
	size_t n = k->e - k->s;
	const char *val = NULL;
	bool pl = false, hit = false;
	if (!c->ax->roles || n < 2 || n > 40 || !(k->w & (W_ROLE | W_TITLE_I)))
		return NULL;
	hit = lexicon_find(c->ax->roles, w, n, LEX_ICASE, &val);
	if (!hit && n > 3 && (w[n - 1] == 's' || w[n - 1] == 'S')) {
		pl = true;
		hit = lexicon_find(c->ax->roles, w, n - 1, LEX_ICASE, &val);
		if (!hit && n > 4 && w[n - 2] == 'e')
			hit = lexicon_find(c->ax->roles, w, n - 2, LEX_ICASE,
					   &val);
	}
	if (!hit && n > 3 && ascii_ieq(w + n - 3, 3, "men") &&
	    n < 40) { /* spokesmen -> spokesman */
		char b[48];
		memcpy(b, w, n);
		b[n - 2] = 'a';
		pl = true;
		hit = lexicon_find(c->ax->roles, b, n, LEX_ICASE, &val);
	}
	if (!hit) {
		/* One-word offices ("President", "Minister") */
		const char *tv = NULL;
		if (c->ax->titles &&
		    lexicon_find(c->ax->titles, w, n, LEX_ICASE, &tv) &&
		    strstr(tv, "office")) {
			if (g)
				*g = tv[0] == 'm'   ? ACTOR_MALE
				     : tv[0] == 'f' ? ACTOR_FEMALE
						    : ACTOR_GENDER_UNKNOWN;
			if (plural)
				*plural = false;
			return "person";
		}
		return NULL;
	}
	if (g)
		*g = val[0] == 'm'   ? ACTOR_MALE
		     : val[0] == 'f' ? ACTOR_FEMALE
				     : ACTOR_GENDER_UNKNOWN;
	if (plural)
		*plural = pl;
	const char *cls = strchr(val, ' ');
	return cls ? cls + 1 : "person";
}

static bool person_role_word(const struct ctx *c, size_t ti)
{
	bool pl = false;
	const char *cls = role_word(c, ti, NULL, &pl);
	return cls && !strcmp(cls, "person") && !pl;
}

/* A speech verb at token ti (a lower-case word). *flags gets "+weak"
 * and "+obj" as bits 1 and 2; *end the verb's end. */
static bool speech_verb(const struct ctx *c, size_t ti, unsigned *flags,
			size_t *end)
{
	if (!c->ax->verbs || ti >= c->ntok || !(c->tok[ti].f & T_LOWER) ||
	    !(c->tok[ti].w & W_VERB))
		return false;
	const char *val = NULL;
	size_t n = lexicon_longest_at(c->ax->verbs, c->t, c->len, c->tok[ti].s,
				      LEX_ICASE, &val);
	if (!n)
		return false;
	/* A base form ("state", "post", "report") is a noun more often than
	 * not ("state media", "Twitter post"); as a verb it follows a
	 * plural subject or an auxiliary. */
	size_t ll = strcspn(val, "+");
	while (ll && val[ll - 1] == ' ')
		ll--;
	if (n == ll && !memcmp(val, c->t + c->tok[ti].s, n) &&
	    strcmp(val, "say") != 0) {
		static const char *const subj[] = {
		    "they",  "we",   "i",   "you",   "will",   "would",
		    "could", "can",  "may", "might", "should", "must",
		    "do",    "does", "did", NULL};
		const struct tok *p = ti > 0 ? &c->tok[ti - 1] : NULL;
		bool plural = p && p->e - p->s > 3 && !(p->f & T_POSS) &&
			      c->t[p->e - 1] == 's' && c->t[p->e - 2] != 's';
		if (!p || !(tok_in(c, ti - 1, subj) || plural))
			return false;
	}
	if (flags)
		*flags = (strstr(val, "+weak") ? 1u : 0u) |
			 (strstr(val, "+obj") ? 2u : 0u);
	if (end)
		*end = c->tok[ti].s + n;
	return true;
}

/* The token after ti, skipping up to three adverbs and auxiliaries, when
 * it is a speech verb (tokens in one sentence). */
static size_t verb_after(const struct ctx *c, size_t ti, bool comma_ok)
{
	size_t k = ti + 1;
	if (k >= c->ntok || c->tok[k].sent != c->tok[ti].sent)
		return NONE;
	if (!only_spaces(c->t, c->tok[ti].pe, c->tok[k].s)) {
		/* "Kim Hong-Kyun, stated": a comma and spaces */
		size_t g = c->tok[ti].pe;
		if (!comma_ok || c->t[g] != ',' ||
		    !only_spaces(c->t, g + 1, c->tok[k].s))
			return NONE;
	}
	for (int skip = 0; skip < 4 && k < c->ntok; skip++, k++) {
		if (speech_verb(c, k, NULL, NULL))
			return k;
		const struct tok *w = &c->tok[k];
		bool adv = tok_in(c, k, adverbs) ||
			   ((w->f & T_LOWER) && w->e - w->s > 3 &&
			    ascii_ieq(c->t + w->e - 2, 2, "ly"));
		if (!adv || !clean_gap(c, k))
			return NONE;
	}
	return NONE;
}

/* ---- entities and mentions ------------------------------------------ */

static const char *fold_text(struct arena *ar, const char *s, size_t n,
			     bool name);

/* Copies s[0..n) with every run of white space folded to one space. */
static const char *fold_copy(struct arena *ar, const char *s, size_t n)
{
	return fold_text(ar, s, n, false);
}

/* The same for a person's name, whose curly apostrophe becomes straight
 * ("O’Neill" and "O'Neill" are one name). */
static const char *fold_name(struct arena *ar, const char *s, size_t n)
{
	return fold_text(ar, s, n, true);
}

static const char *fold_text(struct arena *ar, const char *s, size_t n,
			     bool name)
{
	char *o = arena_alloc(ar, n + 1);
	size_t k = 0;
	bool sp = false;
	for (size_t i = 0; i < n;) {
		size_t l = lexicon_space_len(s + i, n - i);
		if (l) {
			sp = k > 0;
			i += l;
			continue;
		}
		if (sp)
			o[k++] = ' ';
		sp = false;
		/* one apostrophe in names: "O’Neill" is "O'Neill" */
		if (name && i + 3 <= n && (unsigned char)s[i] == 0xE2 &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99 && k > 0 && i + 3 < n &&
		    is_ascii_alpha((unsigned char)s[i + 3])) {
			o[k++] = '\'';
			i += 3;
			continue;
		}
		o[k++] = s[i++];
	}
	o[k] = '\0';
	return o;
}

static unsigned long long ent_hash(enum actor_kind k, const char *name)
{
	return hash64(name, strlen(name)) ^ (unsigned long long)k;
}

static void ent_rehash(struct ctx *c)
{
	size_t slots = c->nslots ? c->nslots * 2 : 64;
	free(c->slots);
	c->slots = xcalloc(slots, sizeof *c->slots);
	c->nslots = slots;
	for (size_t i = 0; i < c->nent; i++) {
		size_t h =
		    ent_hash(c->ent[i].kind, c->ent[i].name) & (slots - 1);
		while (c->slots[h])
			h = (h + 1) & (slots - 1);
		c->slots[h] = i + 1;
	}
}

/* The entity of this kind and (already folded) name, added when new. */
static size_t ent_get(struct ctx *c, enum actor_kind k, const char *name)
{
	if (c->nslots) {
		size_t mask = c->nslots - 1;
		for (size_t h = ent_hash(k, name) & mask; c->slots[h];
		     h = (h + 1) & mask) {
			const struct ent *e = &c->ent[c->slots[h] - 1];
			if (e->kind == k && !strcmp(e->name, name))
				return c->slots[h] - 1;
		}
	}
	if ((c->nent + 1) * 2 > c->nslots) {
		/* ent_rehash doubles the slots; entities stay under half */
		size_t cap = c->nslots ? c->nslots : 64;
		c->ent = xrealloc(c->ent, cap * sizeof *c->ent);
		ent_rehash(c);
	}
	size_t i = c->nent++;
	c->ent[i] =
	    (struct ent){.kind = k, .name = name, .into = NONE, .acr = NONE};
	size_t mask = c->nslots - 1;
	size_t h = ent_hash(k, name) & mask;
	while (c->slots[h])
		h = (h + 1) & mask;
	c->slots[h] = i + 1;
	return i;
}

static size_t ent_root(const struct ctx *c, size_t i)
{
	while (c->ent[i].into != NONE)
		i = c->ent[i].into;
	return i;
}

static size_t men_add(struct ctx *c, size_t ent, size_t s, size_t e, size_t as,
		      unsigned f)
{
	if (c->nmen == c->capmen) {
		c->capmen = c->capmen ? c->capmen * 2 : 64;
		c->men = xrealloc(c->men, c->capmen * sizeof *c->men);
	}
	c->men[c->nmen] = (struct men){s, e, as, ent, 0, f};
	return c->nmen++;
}

static void pend_add(struct ctx *c, size_t t0, size_t t1)
{
	if (c->npend == c->cappend) {
		c->cappend = c->cappend ? c->cappend * 2 : 32;
		c->pend = xrealloc(c->pend, c->cappend * sizeof *c->pend);
	}
	c->pend[c->npend++] = (struct pend){t0, t1};
}

static void set_role(struct ctx *c, size_t ent, size_t s, size_t e)
{
	while (e > s && (c->t[e - 1] == ' ' || c->t[e - 1] == ','))
		e--;
	if (c->ent[ent].role || e <= s || e - s > MAX_ROLE)
		return;
	c->ent[ent].role = fold_copy(c->arena, c->t + s, e - s);
}

/* ---- lexicon hits at a word ----------------------------------------- */

/* The entry that is the word at ti alone (with its period: "Gen.";
 * or its part before a hyphen: "US-based"), when no entry starting
 * there has more words. Returns its length in bytes, else 0. */
static size_t one_word_entry(const struct ctx *c, const struct lexicon *lx,
			     size_t ti, const char **v)
{
	const struct tok *k = &c->tok[ti];
	const char *w = c->t + k->s;
	size_t n = k->e - k->s;
	if (k->e < c->len && c->t[k->e] == '.' &&
	    lexicon_find(lx, w, n + 1, LEX_EXACT, v))
		return n + 1;
	if (lexicon_find(lx, w, n, LEX_EXACT, v))
		return n;
	const char *d = memchr(w, '-', n);
	if (d && d > w && lexicon_find(lx, w, (size_t)(d - w), LEX_EXACT, v))
		return (size_t)(d - w);
	return 0;
}

/* For a word that starts multi-word entries of lexicon li (0 outlets, 1
 * orgs, 2 places, 3 titles): the most words of an entry that starts
 * with it and the next word, or 0 when none does. */
static unsigned pair_words(const struct ctx *c, size_t ti, unsigned li)
{
	if (ti + 1 >= c->ntok || c->tok[ti + 1].sent != c->tok[ti].sent)
		return 0;
	char buf[128];
	size_t b = 0;
	for (size_t i = c->tok[ti].s; i < c->tok[ti + 1].e && b < sizeof buf;) {
		size_t sp = lexicon_space_len(c->t + i, c->tok[ti + 1].e - i);
		if (sp) {
			if (b && buf[b - 1] != ' ')
				buf[b++] = ' ';
			i += sp;
			continue;
		}
		buf[b++] = c->t[i++];
	}
	if (b >= sizeof buf)
		return 0;
	const struct widx *x = &c->ax->idx;
	size_t h = widx_slot(x, buf, b);
	return x->keys[h] ? x->mw[h * 4 + li] : 0;
}

static struct lexhit lex_at(const struct ctx *c, size_t ti)
{
	if (c->lhok[ti])
		return c->lh[ti];
	struct lexhit best = {LK_NONE, 0, NULL};
	const struct lexicon *lx[4] = {c->ax->outlets, c->ax->orgs,
				       c->ax->places, c->ax->titles};
	const enum lexkind kinds[4] = {LK_OUTLET, LK_ORG, LK_PLACE, LK_TITLE};
	const unsigned bits[4] = {W_OUTLET, W_ORG, W_PLACE, W_TITLE};
	size_t pos = c->tok[ti].s, bestn = 0;
	for (int i = 0; i < 4; i++) {
		const char *v = NULL;
		if (!lx[i] || !(c->tok[ti].w & bits[i]))
			continue;
		size_t n = 0;
		unsigned mw = (c->tok[ti].w >> (W_MULTI0 + i)) & 1u
				  ? pair_words(c, ti, i)
				  : 0;
		if (mw) {
			/* scan no further than the longest entry that starts
			 * with these two words */
			size_t u = ti + mw - 1, lim;
			while (u >= c->ntok ||
			       c->tok[u].sent != c->tok[ti].sent)
				u--;
			lim = c->tok[u].e;
			if (lim < c->len && c->t[lim] == '.')
				lim++;
			n = lexicon_longest_at(lx[i], c->t, lim, pos, LEX_EXACT,
					       &v);
		}
		if (!n)
			n = one_word_entry(c, lx[i], ti, &v);
		if (n > bestn) {
			bestn = n;
			best = (struct lexhit){kinds[i], pos + n, v};
		}
	}
	c->lh[ti] = best;
	c->lhok[ti] = 1;
	return best;
}

/* The last token that starts before byte offset `end`. */
static size_t tok_before(const struct ctx *c, size_t ti, size_t end)
{
	while (ti + 1 < c->ntok && c->tok[ti + 1].s < end)
		ti++;
	return ti;
}

/* The first token at or after byte offset off. */
static size_t tok_at(const struct ctx *c, size_t off)
{
	return util_count_below(c->tok, c->ntok, sizeof *c->tok,
				offsetof(struct tok, s), off, false);
}

static bool is_cap(const struct ctx *c, size_t ti)
{
	const struct tok *k = &c->tok[ti];
	if (k->f & T_CAP)
		return true;
	/* "al-Assad", "el-Sisi" */
	return (k->f & T_LOWER) && k->e - k->s > 3 &&
	       (!memcmp(c->t + k->s, "al-", 3) ||
		!memcmp(c->t + k->s, "el-", 3));
}

/* The word ends with a period that belongs to it: an initial ("J.") or
 * an abbreviated title ("Mr.", "Gen.", "Jr."). */
static bool keeps_period(const struct ctx *c, size_t ti)
{
	const struct tok *k = &c->tok[ti];
	if (k->e >= c->len || c->t[k->e] != '.' || k->pe != k->e)
		return false;
	if (k->e - k->s == 1 && (k->f & T_CAP))
		return true;
	if (tok_is(c, ti, "Jr") || tok_is(c, ti, "Sr") || tok_is(c, ti, "St"))
		return true;
	return c->ax->titles && lexicon_find(c->ax->titles, c->t + k->s,
					     k->e + 1 - k->s, LEX_EXACT, NULL);
}

/* Tokens ti and ti+1 belong to one capitalized run. */
static bool joins(const struct ctx *c, size_t ti)
{
	if (ti + 1 >= c->ntok)
		return false;
	const struct tok *a = &c->tok[ti], *b = &c->tok[ti + 1];
	if ((a->f & T_POSS) || a->sent != b->sent)
		return false;
	size_t g = a->e;
	if (g < c->len && c->t[g] == '.' && keeps_period(c, ti))
		g++;
	return only_spaces(c->t, g, b->s);
}

/* ---- furniture -------------------------------------------------------- */

/* Paragraphs that are headings ("Trump's Trade Demands Threaten Asian
 * Security Partnerships"), an author's bio at the end, and a dateline
 * credit at the start: their capitalized words are not evidence. */
static void mark_furniture(struct ctx *c)
{
	const struct segments *sg = c->seg;
	size_t ti = 0;
	for (size_t p = 0; p < sg->npara; p++) {
		const struct seg_paragraph *pa = &sg->paras[p];
		size_t t0 = ti;
		while (t0 < c->ntok && c->tok[t0].s < pa->start)
			t0++;
		size_t t1 = t0;
		while (t1 < c->ntok && c->tok[t1].s < pa->end)
			t1++;
		ti = t1;
		size_t words = 0, caps = 0;
		for (size_t k = t0; k < t1; k++) {
			if (c->tok[k].e - c->tok[k].s < 4)
				continue;
			words++;
			if (c->tok[k].f & T_CAP)
				caps++;
		}
		unsigned char last = (unsigned char)c->t[pa->end - 1];
		bool closed = last == '.' || last == '!' || last == '?' ||
			      last == '"' || last == ':' ||
			      (pa->end >= 3 && last == 0x9D);
		unsigned mark = 0;
		if (!closed && words >= 3 && caps * 4 >= words * 3)
			mark = T_HEAD;
		/* "Jane Doe is a Web Contributor at ...": the bio that
		 * closes a page. */
		if (p + 1 == sg->npara && t1 - t0 > 4 &&
		    (c->tok[t0].f & T_CAP) && (c->tok[t0 + 1].f & T_CAP)) {
			size_t k = t0 + 2;
			if (k < t1 && (c->tok[k].f & T_CAP))
				k++;
			if (k + 1 < t1 && tok_is(c, k, "is")) {
				static const char *const bio[] = {
				    "contributor",   "writer",	 "reporter",
				    "correspondent", "editor",	 "journalist",
				    "columnist",     "author",	 "freelance",
				    "freelancer",    "producer", NULL};
				for (size_t q = k; q < t1 && q < k + 12; q++)
					if (tok_in(c, q, bio))
						mark = T_SKIP;
			}
		}
		for (size_t k = t0; k < t1; k++)
			c->tok[k].f |= mark;
	}
	/* "(MENAFN- The Rio Times) ...", "Washington (TDI): ...",
	 * "SEOUL (Reuters) - ...": the credit names the publisher. */
	if (sg->npara == 0)
		return;
	size_t ps = sg->paras[0].start, pe = sg->paras[0].end;
	size_t lim = ps + 100 < pe ? ps + 100 : pe;
	size_t open = NONE, close = NONE;
	for (size_t i = ps; i < lim; i++) {
		if (c->t[i] == '.' && open == NONE && i > ps + 40)
			break;
		if (c->t[i] == '(' && open == NONE)
			open = i;
		else if (c->t[i] == ')' && open != NONE) {
			close = i;
			break;
		}
	}
	if (close == NONE)
		return;
	size_t after = close + 1;
	while (after < pe && c->t[after] == ' ')
		after++;
	bool credit = open == ps;
	if (!credit && after < pe) {
		unsigned char ch = (unsigned char)c->t[after];
		credit = ch == '-' || ch == ':' ||
			 (ch == 0xE2 && after + 2 < pe &&
			  (unsigned char)c->t[after + 1] == 0x80 &&
			  ((unsigned char)c->t[after + 2] == 0x93 ||
			   (unsigned char)c->t[after + 2] == 0x94));
	}
	if (!credit)
		return;
	for (size_t k = 0; k < c->ntok && c->tok[k].s < close; k++)
		c->tok[k].f |= T_SKIP;
}

/* ---- tokenizer -------------------------------------------------------- */

/* The W_* bits of a word: its exact form, its lower-case form, and for
 * "US-based" the part before the hyphen. */
static unsigned word_bits(const struct actors *ax, const char *w, size_t n)
{
	const struct widx *x = &ax->idx;
	const unsigned exact = W_EXACT | (15u << W_MULTI0);
	unsigned b = widx_get(x, w, n);
	char low[64];
	if (n < sizeof low) {
		bool up = false;
		for (size_t i = 0; i < n; i++) {
			low[i] = (char)ascii_lower((unsigned char)w[i]);
			up = up || low[i] != w[i];
		}
		if (up)
			b = (b & exact) |
			    (widx_get(x, low, n) & ~(unsigned)exact);
	}
	const char *dash = memchr(w, '-', n);
	if (dash && dash > w)
		b |= widx_get(x, w, (size_t)(dash - w)) & W_EXACT;
	/* "US-based": the part is one word, not the start of "US Army" */
	return b;
}

static void tok_push(struct ctx *c, size_t *cap, struct tok k)
{
	if (c->ntok == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		c->tok = xrealloc(c->tok, *cap * sizeof *c->tok);
	}
	c->tok[c->ntok++] = k;
}

static void tokenize(struct ctx *c)
{
	const char *t = c->t;
	size_t len = c->len, cap = 0, i = 0;
	while (i < len) {
		if (!is_wordch(t, i, len)) {
			i += ch_len(t, i, len);
			continue;
		}
		size_t s = i;
		/* Dotted abbreviations keep their periods: "U.S.", "D.C." */
		if (i + 3 < len && is_ascii_alpha((unsigned char)t[i]) &&
		    t[i + 1] == '.' &&
		    is_ascii_alpha((unsigned char)t[i + 2]) &&
		    t[i + 3] == '.') {
			while (i + 1 < len &&
			       is_ascii_alpha((unsigned char)t[i]) &&
			       t[i + 1] == '.')
				i += 2;
		}
		size_t pe = 0;
		for (;;) {
			while (i < len && is_wordch(t, i, len))
				i += ch_len(t, i, len);
			if (i >= len)
				break;
			if (t[i] == '-' && i + 1 < len &&
			    is_wordch(t, i + 1, len)) {
				i++;
				continue;
			}
			/* "AT&T", "S&P": an ampersand between capitals */
			if (t[i] == '&' && i > s && i + 1 < len &&
			    t[i - 1] >= 'A' && t[i - 1] <= 'Z' &&
			    t[i + 1] >= 'A' && t[i + 1] <= 'Z') {
				i++;
				continue;
			}
			size_t al = apos_len(t, i, len);
			if (al && i + al < len && is_wordch(t, i + al, len)) {
				size_t k = i + al;
				if ((t[k] == 's' || t[k] == 'S') &&
				    (k + 1 >= len ||
				     !is_wordch(t, k + 1, len))) {
					pe = k + 1;
					break;
				}
				i = k;
				continue;
			}
			if (al && i > s &&
			    (t[i - 1] == 's' || t[i - 1] == 'S') &&
			    (i + al >= len || !is_wordch(t, i + al, len)))
				pe = i + al; /* "the Koreans'" */
			break;
		}
		struct tok k = {s, i, pe ? pe : i, NONE, 0, 0};
		if (pe)
			k.f |= T_POSS;
		unsigned char c0 = (unsigned char)t[s];
		if (is_upper_at(t, s, len))
			k.f |= T_CAP;
		else if (is_ascii_digit(c0))
			k.f |= T_DIGIT;
		else
			k.f |= T_LOWER;
		size_t letters = 0;
		bool upper = true;
		for (size_t q = s; q < i; q++) {
			unsigned char ch = (unsigned char)t[q];
			if (is_ascii_alpha(ch)) {
				letters++;
				upper = upper && ch <= 'Z';
			} else if (ch >= 0x80) {
				upper = false;
			}
		}
		if (letters >= 2 && upper)
			k.f |= T_ALLCAPS;
		k.w = word_bits(c->ax, t + s, i - s);
		tok_push(c, &cap, k);
		i = k.pe;
	}
	/* Sentences, in the same order as the words. */
	size_t si = 0;
	const struct segments *sg = c->seg;
	for (size_t k = 0; k < c->ntok; k++) {
		while (si < sg->nsent && sg->sents[si].end <= c->tok[k].s)
			si++;
		if (si < sg->nsent && sg->sents[si].start <= c->tok[k].s) {
			c->tok[k].sent = si;
			if (k == 0 || c->tok[k - 1].sent != si)
				c->tok[k].f |= T_SENT0;
		}
	}
}

/* ---- pass 1: capitalized runs ------------------------------------------ */

/* A given name (firstnames.lex); *v gets its gender letter. */
static bool is_first(const struct ctx *c, size_t ti, const char **v)
{
	return (c->tok[ti].w & W_FIRST) &&
	       lex_has(c->ax->firstnames, c, ti, LEX_EXACT, v);
}

static bool nonname(const struct ctx *c, size_t ti)
{
	return (c->tok[ti].w & W_NONNAME) &&
	       (lex_has(c->ax->starters, c, ti, LEX_EXACT, NULL) ||
		lex_has(c->ax->nonnames, c, ti, LEX_EXACT, NULL));
}

static bool suffix_word(const struct ctx *c, size_t ti)
{
	return (c->tok[ti].w & W_SUFFIX) &&
	       lex_has(c->ax->suffixes, c, ti, LEX_EXACT, NULL);
}

/* "ministry" in "South Korea's defence ministry" */
static bool suffix_word_icase(const struct ctx *c, size_t ti)
{
	return (c->tok[ti].w & W_SUFFIX_I) &&
	       lex_has(c->ax->suffixes, c, ti, LEX_ICASE, NULL);
}

/* The role's last word is w (n bytes): "Pentagon spokesperson". */
static bool role_ends_with(const char *role, const char *w, size_t n)
{
	size_t l = strlen(role);
	if (!n || l < n || (l > n && role[l - n - 1] != ' '))
		return false;
	for (size_t i = 0; i < n; i++)
		if (ascii_lower((unsigned char)role[l - n + i]) !=
		    ascii_lower((unsigned char)w[i]))
			return false;
	return true;
}

/* After the keyword of an organization at token m, "of/for [the]
 * Capitalized Words" belongs to its name ("Ministry of National
 * Defense", "Center for Strategic and International Studies"); bodies
 * named by where they are also take "in Place" ("US Forces in Korea").
 * Returns the last token of the name. */
static size_t org_tail(const struct ctx *c, size_t m)
{
	static const char *const located[] = {
	    "Forces",	 "Force",   "Command",	  "Embassy",
	    "Consulate", "Mission", "Delegation", NULL};
	size_t k = m + 1;
	if (k >= c->ntok || !clean_gap(c, m))
		return m;
	bool of = tok_is(c, k, "of") || tok_is(c, k, "for");
	bool in = tok_is(c, k, "in") && tok_in(c, m, located);
	if (!(c->tok[k].f & T_LOWER) || (!of && !in))
		return m;
	if (!clean_gap(c, k))
		return m;
	k++;
	if (tok_is(c, k, "the") && clean_gap(c, k))
		k++;
	if (k >= c->ntok || !is_cap(c, k))
		return m;
	size_t last = k;
	while (last + 1 < c->ntok && clean_gap(c, last)) {
		size_t n = last + 1;
		if (is_cap(c, n)) {
			last = n;
			continue;
		}
		/* "Strategic and International Studies" */
		if ((tok_is(c, n, "and") || tok_is(c, n, "of")) &&
		    n + 1 < c->ntok && clean_gap(c, n) && is_cap(c, n + 1)) {
			last = n + 1;
			continue;
		}
		break;
	}
	if (in && last - k > 1)
		return m;
	return last;
}

static size_t add_org(struct ctx *c, size_t s, size_t e, const char *name,
		      bool outlet, unsigned f)
{
	size_t ent = ent_get(c, ACTOR_ORG, name);
	if (outlet)
		c->ent[ent].f |= E_OUTLET;
	size_t mi = men_add(c, ent, s, e, s, f);
	/* "Asia Society Policy Institute (ASPI)" */
	size_t g = e;
	while (g < c->len && c->t[g] == ' ')
		g++;
	if (g + 2 < c->len && c->t[g] == '(') {
		size_t q = g + 1, a = q;
		while (q < c->len && q - a < 12 &&
		       ((c->t[q] >= 'A' && c->t[q] <= 'Z') || c->t[q] == '&' ||
			(c->t[q] >= 'a' && c->t[q] <= 'z' && q > a)))
			q++;
		if (q < c->len && c->t[q] == ')' && q - a >= 2) {
			size_t k = tok_at(c, a);
			if (k < c->ntok && c->tok[k].s == a)
				c->ent[ent].acr = k;
		}
	}
	return mi;
}

static void add_place(struct ctx *c, size_t ti, struct lexhit h, bool adj)
{
	/* value: "CANONICAL TYPE" (the tab folded to a space) */
	const char *sp = strrchr(h.val, ' ');
	size_t n = sp ? (size_t)(sp - h.val) : strlen(h.val);
	const char *type = sp ? sp + 1 : "country";
	const char *name = arena_strndup(c->arena, h.val, n);
	size_t ent = ent_get(c, ACTOR_PLACE, name);
	bool country = !strcmp(type, "country") || !strcmp(type, "capital") ||
		       !strcmp(type, "demonym");
	if (c->ent[ent].ptype == PT_NONE)
		c->ent[ent].ptype = country ? PT_COUNTRY : PT_OTHER;
	unsigned f = adj ? ACTOR_M_ADJECTIVE : 0;
	size_t u = tok_before(c, ti, h.end);
	if (c->tok[u].f & T_POSS && c->tok[u].e == h.end)
		f |= ACTOR_M_POSSESSIVE;
	men_add(c, ent, c->tok[ti].s, h.end, c->tok[ti].s, f);
}

/* Is the demonym "South Korean" used before a noun ("South Korean
 * lawmakers") rather than as one ("the South Koreans")? */
static bool demonym_adjective(const struct ctx *c, size_t u, size_t end,
			      const char *val)
{
	if (!strstr(val, " demonym") && !strstr(val, " region"))
		return false;
	if (c->tok[u].e != end) /* "U.S.-led" */
		return true;
	return clean_gap(c, u) && !(c->tok[u + 1].f & T_DIGIT) &&
	       !tok_in(c, u + 1, clause_openers) &&
	       !speech_verb(c, u + 1, NULL, NULL);
}

/* Role text before a name: "North Korean leader Kim Jong Un", "Foreign
 * Ministry adviser Kim Kye Gwan". Returns the start of the role (NONE
 * when the word before is no role noun); the role ends at tok[n0-1]. */
static size_t role_before(const struct ctx *c, size_t n0)
{
	if (n0 == 0 || !clean_gap(c, n0 - 1))
		return NONE;
	size_t r = n0 - 1;
	if (!(c->tok[r].f & T_LOWER) || !person_role_word(c, r))
		return NONE;
	size_t s = r;
	for (int k = 0; k < 5 && s > 0 && clean_gap(c, s - 1); k++) {
		size_t p = s - 1;
		if (tok_in(c, p, determiners) || tok_in(c, p, stop_role) ||
		    speech_verb(c, p, NULL, NULL) || (c->tok[p].f & T_DIGIT))
			break;
		s = p;
	}
	return s;
}

/* An appositive after a name: ", the top U.S. negotiator," or " the US
 * special representative to North Korea also said". Returns true and
 * the role's span and where the appositive ends. */
static bool appos_after(const struct ctx *c, size_t last, size_t *rs,
			size_t *re, size_t *end)
{
	const struct tok *k = &c->tok[last];
	size_t g = k->pe, a = last + 1;
	if (a >= c->ntok || c->tok[a].sent != k->sent)
		return false;
	bool comma = g < c->len && c->t[g] == ',' &&
		     only_spaces(c->t, g + 1, c->tok[a].s);
	if (!comma &&
	    !(only_spaces(c->t, g, c->tok[a].s) && tok_is(c, a, "the")))
		return false;
	static const char *const bad_first[] = {
	    "has",  "had",   "have", "is",	"was",	"were", "are",
	    "will", "would", "who",  "which",	"and",	"or",	"but",
	    "said", "says",  "he",   "she",	"it",	"they", "we",
	    "i",    "also",  "then", "however", "as",	"in",	"on",
	    "at",   "for",   "from", "to",	"with", "by",	NULL};
	if (tok_in(c, a, bad_first) || speech_verb(c, a, NULL, NULL) ||
	    (c->tok[a].f & T_DIGIT))
		return false;
	size_t s = a;
	if (tok_in(c, a, determiners))
		s = a + 1;
	if (s >= c->ntok)
		return false;
	bool role = false;
	size_t q = s;
	for (; q < c->ntok && q < s + 24; q++) {
		const struct tok *w = &c->tok[q];
		if (w->sent != k->sent)
			break;
		if (q > s && (tok_is(c, q, "who") || tok_is(c, q, "which") ||
			      tok_is(c, q, "whose") || tok_in(c, q, adverbs) ||
			      speech_verb(c, q, NULL, NULL)))
			break;
		if (q < s + 6 && person_role_word(c, q))
			role = true;
		/* The appositive ends at punctuation. */
		size_t nx = q + 1 < c->ntok ? c->tok[q + 1].s : c->len;
		bool punct = !only_spaces(c->t, w->pe, nx) && w->pe < nx;
		if (punct) {
			char ch = c->t[w->pe];
			/* "(ASPI)" inside the appositive is fine */
			if (ch == '(' || (ch == ')' && w->pe + 1 < nx &&
					  c->t[w->pe + 1] == ' '))
				continue;
			q++;
			break;
		}
	}
	if (!role)
		return false;
	size_t last_in = q - 1;
	*rs = c->tok[s].s;
	*re = c->tok[last_in].pe;
	if (*re < c->len && c->t[*re] == ')')
		(*re)++;
	/* *end: the comma after the appositive, or the word that ends it
	 * ("who", "also said") */
	*end = *re;
	if (q < c->ntok && c->tok[q].sent == k->sent &&
	    only_spaces(c->t, c->tok[last_in].pe, c->tok[q].s))
		*end = c->tok[q].s;
	return true;
}

/* A role before a name and a comma: "The top U.S. negotiator, James
 * DeHart,", "his Chinese counterpart, Wei Fenghe,". */
static bool appos_before(const struct ctx *c, size_t n0, size_t *rs, size_t *re,
			 bool *titled)
{
	if (n0 == 0)
		return false;
	size_t p = n0 - 1;
	const struct tok *k = &c->tok[p];
	if (k->sent != c->tok[n0].sent || k->pe >= c->tok[n0].s ||
	    c->t[k->pe] != ',' || !only_spaces(c->t, k->pe + 1, c->tok[n0].s))
		return false;
	/* back to the clause start: punctuation or the sentence start */
	size_t s = p;
	while (s > 0 && p - s < 10 && clean_gap(c, s - 1))
		s--;
	if (p - s >= 10)
		return false;
	size_t d = NONE;
	for (size_t q = s; q <= p; q++)
		if (tok_in(c, q, determiners) && d == NONE)
			d = q;
	size_t np = d == NONE ? s : d + 1;
	if (d == NONE && (c->tok[s].f & T_LOWER))
		return false;
	if (np > p)
		return false;
	/* the head: the last word, or the word before "of ..." */
	size_t head = p;
	for (size_t q = np; q <= p; q++)
		if (tok_is(c, q, "of") || tok_is(c, q, "for") ||
		    tok_is(c, q, "at")) {
			head = q > np ? q - 1 : q;
			break;
		}
	if (!person_role_word(c, head))
		return false;
	*rs = c->tok[np].s;
	*re = c->tok[p].pe;
	*titled = (c->tok[head].f & T_CAP) != 0;
	return true;
}

/* Token t0 opens a clause or names a source: the sentence start,
 * punctuation, "that", "and", "according to", "said" before it. */
static bool opens_clause(const struct ctx *c, size_t t0)
{
	if (t0 == 0 || c->tok[t0 - 1].sent != c->tok[t0].sent)
		return true;
	size_t p = t0 - 1;
	const struct tok *w = &c->tok[p];
	if (!only_spaces(c->t, w->pe, c->tok[t0].s))
		return !(w->f & T_POSS) || w->pe < c->tok[t0].s;
	if (tok_in(c, p, clause_openers))
		return true;
	if (tok_is(c, p, "to") && p > 0 && tok_is(c, p - 1, "according"))
		return true;
	unsigned vf = 0;
	return speech_verb(c, p, &vf, NULL) && !(vf & 2);
}

/* A lower-case word that can sit in a noun phrase before a name ("Wild
 * defenseman Ryan Suter"): not a preposition, conjunction, adverb or
 * verb form (-ed, -ing, -ly), not a speech verb. */
static bool noun_like(const struct ctx *c, size_t ti)
{
	const struct tok *w = &c->tok[ti];
	size_t n = w->e - w->s;
	const char *e = c->t + w->e;
	if (!(w->f & T_LOWER) || n < 3 || tok_in(c, ti, stop_role) ||
	    tok_in(c, ti, clause_openers) || tok_in(c, ti, adverbs) ||
	    speech_verb(c, ti, NULL, NULL))
		return false;
	return !(ascii_ieq(e - 2, 2, "ed") ||
		 (n > 4 && ascii_ieq(e - 3, 3, "ing")) ||
		 ascii_ieq(e - 2, 2, "ly") || e[-1] == 's');
}

/* Where the noun phrase around a mention starts: back over its title,
 * role words, places and determiners ("with North Korean leader Kim Jong
 * Un" starts at "North"). Returns the token index. */
static size_t phrase_start(const struct ctx *c, size_t t0)
{
	size_t s = t0;
	for (int k = 0; k < 5 && s > 0 && clean_gap(c, s - 1); k++) {
		size_t p = s - 1;
		const struct tok *w = &c->tok[p];
		if (w->f & T_POSS)
			break;
		if (tok_is(c, p, "that"))
			break;
		if (!(w->f & T_CAP) && !tok_in(c, p, determiners) &&
		    !role_word(c, p, NULL, NULL) && !noun_like(c, p))
			break;
		s = p;
	}
	return s;
}

/* A name next to a speech verb: "X said", "X, ..., said", "said X".
 * "Trump's Twitter post" and "in Truth Social posts" are not: the name
 * must open its clause. */
static bool speech_adjacent(const struct ctx *c, size_t n0, size_t n1)
{
	/* "X, said" only for a full name: "Boeing Defense, Space, and
	 * Security, said" ends a list, not a name */
	if (verb_after(c, n1 - 1, n1 - n0 >= 2) != NONE &&
	    opens_clause(c, phrase_start(c, n0)))
		return true;
	unsigned vf = 0;
	return n0 > 0 && clean_gap(c, n0 - 1) &&
	       speech_verb(c, n0 - 1, &vf, NULL) && !(vf & 2);
}

struct title_info {
	size_t s, e; /* the title's span, s = NONE when none */
	size_t rs;   /* where the role starts ("US Defense Secretary") */
	size_t t0;   /* its first token */
	bool office; /* "Defense Secretary" is a role, "Sen." or "Ms" not */
	enum actor_gender g;
};

static enum actor_gender name_gender(const struct ctx *c, size_t n0)
{
	const char *v = NULL;
	if (is_first(c, n0, &v)) {
		if (v[0] == 'm')
			return ACTOR_MALE;
		if (v[0] == 'f')
			return ACTOR_FEMALE;
	}
	return ACTOR_GENDER_UNKNOWN;
}

/* A name of tokens [n0, n1) found in a capitalized run (titles before
 * it in `ti`): a person when something says so, else left for pass 2. */
static void handle_name(struct ctx *c, size_t n0, size_t n1,
			const struct title_info *ti)
{
	size_t n = n1 - n0;
	bool allcaps = true;
	for (size_t k = n0; k < n1; k++)
		allcaps = allcaps && (c->tok[k].f & T_ALLCAPS);
	if (c->tok[n0].f & T_HEAD) {
		for (size_t k = n0; k < n1; k++)
			pend_add(c, k, k + 1);
		return;
	}
	/* "Chris Christie Calls Hillary Clinton" (a headline's run of
	 * capitals): a given name inside a long run starts another name */
	if (n >= 4 && n <= MAX_NAME_SPLIT)
		for (size_t k = n0 + 2; k + 2 <= n1; k++)
			if (is_first(c, k, NULL) && !is_first(c, k - 1, NULL)) {
				handle_name(c, n0, k, ti);
				struct title_info none = {
				    NONE, 0,	 NONE,
				    0,	  false, ACTOR_GENDER_UNKNOWN};
				handle_name(c, k, n1, &none);
				return;
			}
	/* "Minister for Defence Aoife Donnellan", "Secretary of State John
	 * Kerry": after "for" or "of", the word before a given name and a
	 * family name ends the office, not the name */
	if (n >= 3 && !is_first(c, n0, NULL) && is_first(c, n0 + 1, NULL) &&
	    !(c->tok[n0].f & T_ALLCAPS) &&
	    ((n0 > 0 && clean_gap(c, n0 - 1) &&
	      (tok_is(c, n0 - 1, "for") || tok_is(c, n0 - 1, "of"))) ||
	     /* "Rival Hillary Clinton", "Activist Angela Davis" */
	     person_role_word(c, n0))) {
		pend_add(c, n0, n0 + 1);
		struct title_info none = {NONE, 0,     NONE,
					  0,	false, ACTOR_GENDER_UNKNOWN};
		handle_name(c, n0 + 1, n1, ti->s != NONE ? ti : &none);
		return;
	}
	enum actor_gender g = ti->s != NONE ? ti->g : ACTOR_GENDER_UNKNOWN;
	size_t rs = NONE, re = NONE, aend = 0, brs = 0, bre = 0;
	bool titled = false;
	bool evidence = ti->s != NONE;
	size_t rb = ti->s == NONE ? role_before(c, n0) : NONE;
	if (rb != NONE) {
		evidence = true;
		rs = c->tok[rb].s;
		re = c->tok[n0 - 1].e;
		enum actor_gender rg = ACTOR_GENDER_UNKNOWN;
		role_word(c, n0 - 1, &rg, NULL);
		if (g == ACTOR_GENDER_UNKNOWN)
			g = rg;
	} else if (ti->s != NONE && ti->office) {
		rs = ti->rs;
		re = ti->e;
	}
	bool first = n >= 2 && is_first(c, n0, NULL);
	evidence = evidence || first;
	size_t ars, are;
	bool after = appos_after(c, n1 - 1, &ars, &are, &aend);
	bool before = !after && appos_before(c, ti->s != NONE ? ti->t0 : n0,
					     &brs, &bre, &titled);
	evidence = evidence || after || before;
	/* "Smith said", "said Danny Russel": but not "Officials said" or
	 * "Police said" */
	/* "Users complained": a plural at the start of a sentence */
	const struct tok *t0 = &c->tok[n0];
	bool plural_start = n == 1 && (t0->f & T_SENT0) && t0->e - t0->s > 3 &&
			    c->t[t0->e - 1] == 's' && c->t[t0->e - 2] != 's';
	if (!evidence && speech_adjacent(c, n0, n1))
		evidence = n >= 2 || !(role_word(c, n0, NULL, NULL) ||
				       suffix_word(c, n0) || nonname(c, n0) ||
				       plural_start);
	if (!evidence || allcaps) {
		pend_add(c, n0, n1);
		return;
	}
	if (g == ACTOR_GENDER_UNKNOWN)
		g = name_gender(c, n0);
	size_t s = c->tok[n0].s, e = c->tok[n1 - 1].e;
	const char *name = fold_name(c->arena, c->t + s, e - s);
	size_t ent = ent_get(c, ACTOR_PERSON, name);
	struct ent *en = &c->ent[ent];
	if (en->gender == ACTOR_GENDER_UNKNOWN)
		en->gender = g;
	unsigned f = (c->tok[n1 - 1].f & T_POSS) ? ACTOR_M_POSSESSIVE : 0;
	size_t mi = men_add(c, ent, s, e, ti->s != NONE ? ti->s : s, f);
	if (after) {
		c->men[mi].appos_end = aend;
		set_role(c, ent, ars, are);
	} else if (before) {
		set_role(c, ent, brs, bre);
		if (titled && !c->ent[ent].extra) {
			size_t d = brs;
			/* keep "The" of "The President of the United States" */
			if (d >= 4 && !memcmp(c->t + d - 4, "The ", 4))
				d -= 4;
			c->ent[ent].extra =
			    fold_copy(c->arena, c->t + d, bre - d);
		}
	}
	if (rs != NONE)
		set_role(c, ent, rs, re);
}

/*
 * "Chris Christie Calls Hillary Clinton", "Hillary Clinton Praised":
 * in a title-case heading an inflected speech verb ("-s", "-ed") after
 * a name of two words or more ends the name; it never makes one up.
 */
static bool cap_speech_verb(const struct ctx *c, size_t ti)
{
	const struct tok *k = &c->tok[ti];
	size_t n = k->e - k->s;
	if (!c->ax->verbs || !(k->f & T_CAP) || (k->f & T_ALLCAPS) ||
	    !(k->w & W_VERB) || n < 4 ||
	    !(c->t[k->e - 1] == 's' ||
	      (c->t[k->e - 2] == 'e' && c->t[k->e - 1] == 'd')))
		return false;
	const char *val = NULL;
	return lexicon_longest_at(c->ax->verbs, c->t, c->len, k->s, LEX_ICASE,
				  &val) == n;
}

/* Offices that are forms of address ("Mr. President", "Mr. Speaker"),
 * never a family name. */
static const char *const address[] = {
    "president",  "speaker",  "chairman",   "chairwoman",
    "secretary",  "mayor",    "governor",   "senator",
    "ambassador", "minister", "chancellor", "commissioner",
    "director",	  "general",  "justice",    "chief",
    NULL};

/* Splits a capitalized run [k, j) into outlets, organizations, places,
 * titles and names, left to right with the lexicons' longest match. */
static size_t split_run(struct ctx *c, size_t k, size_t j)
{
	struct title_info ti = {NONE, 0, NONE, 0, false, ACTOR_GENDER_UNKNOWN};
	size_t role_s = NONE; /* a place or org right before a title */
	bool head = (c->tok[k].f & T_HEAD) != 0;
	size_t t = k;
	while (t < j) {
		struct lexhit h = lex_at(c, t);
		bool name_first = t + 1 < j && is_first(c, t, NULL) &&
				  lex_at(c, t + 1).k == LK_NONE &&
				  !nonname(c, t + 1);
		/* "said Chad Bown": a one-word place before one unknown
		 * capitalised word that speaks is a given name */
		if (!name_first && h.k == LK_PLACE && t + 2 == j &&
		    tok_before(c, t, h.end) == t &&
		    lex_at(c, t + 1).k == LK_NONE && !nonname(c, t + 1) &&
		    speech_adjacent(c, t, j))
			name_first = true;
		/* "Mr. King", "Ms. Bishop": an office right after an
		 * honorific, ending the run, is a family name; "Dean, a
		 * former chairman": an office alone is the family name of
		 * someone the article names, if anyone's (pending) */
		if (h.k == LK_TITLE && strstr(h.val, "office") && !head &&
		    t + 1 == j && tok_before(c, t, h.end) == t &&
		    !tok_in(c, t, address)) {
			struct lexhit hp = {0};
			if (t > k)
				hp = lex_at(c, t - 1);
			if (t > k && hp.k == LK_TITLE &&
			    strstr(hp.val, "honorific")) {
				h.k = LK_NONE;
			} else if (t == k) {
				pend_add(c, t, t + 1);
				t++;
				continue;
			}
		}
		/* a party label is a title only before a given name or
		 * another title: not in "Democratic National Convention" */
		if (h.k == LK_TITLE && strstr(h.val, "party") &&
		    !(t + 1 < j && (is_first(c, t + 1, NULL) ||
				    lex_at(c, t + 1).k == LK_TITLE)))
			h.k = LK_NONE;
		if (h.k != LK_NONE && !(name_first && h.k == LK_PLACE &&
					tok_before(c, t, h.end) == t)) {
			size_t u = tok_before(c, t, h.end);
			if (h.k == LK_TITLE) {
				if (head) {
					t = u + 1;
					continue;
				}
				if (ti.s == NONE) {
					ti.s = c->tok[t].s;
					ti.rs = role_s != NONE ? role_s : ti.s;
					ti.t0 = t;
				}
				ti.e = h.end;
				ti.office =
				    ti.office || strstr(h.val, "office");
				ti.g = h.val[0] == 'm'	 ? ACTOR_MALE
				       : h.val[0] == 'f' ? ACTOR_FEMALE
							 : ti.g;
			} else if (h.k == LK_PLACE) {
				add_place(
				    c, t, h,
				    demonym_adjective(c, u, h.end, h.val));
				if (ti.s == NONE)
					role_s = c->tok[t].s;
			} else {
				const char *name = arena_strdup(
				    c->arena, h.val[0] ? h.val : "");
				if (!h.val[0])
					name = fold_copy(c->arena,
							 c->t + c->tok[t].s,
							 h.end - c->tok[t].s);
				unsigned f = (c->tok[u].f & T_POSS) &&
						     c->tok[u].e == h.end
						 ? ACTOR_M_POSSESSIVE
						 : 0;
				add_org(c, c->tok[t].s, h.end, name,
					h.k == LK_OUTLET, f);
				if (ti.s == NONE)
					role_s = c->tok[t].s;
			}
			t = u + 1;
			continue;
		}
		if (nonname(c, t) && !name_first) {
			t++;
			continue;
		}
		size_t n0 = t;
		t++;
		while (t < j && !(c->tok[t - 1].f & T_POSS) && !nonname(c, t)) {
			if (t - n0 >= 2 && cap_speech_verb(c, t))
				break;
			struct lexhit h2 = lex_at(c, t);
			/* "Michael Jordan": a one-word place inside a name
			 * that began with a given name */
			/* "Charlie King", "John Bishop": an office after a
			 * given name is a family name */
			if (h2.k == LK_TITLE && tok_before(c, t, h2.end) == t &&
			    is_first(c, t - 1, NULL) && t - 1 == n0) {
				t++;
				continue;
			}
			if (h2.k != LK_NONE &&
			    !(h2.k == LK_PLACE &&
			      tok_before(c, t, h2.end) == t &&
			      (is_first(c, n0, NULL) ||
			       is_first(c, t - 1, NULL))))
				break;
			t++;
		}
		handle_name(c, n0, t, &ti);
		ti.s = NONE;
		ti.office = false;
		role_s = NONE;
	}
	return t;
}

/* One capitalized run starting at token i; returns the token after it. */
static size_t do_run(struct ctx *c, size_t i)
{
	size_t j = i + 1;
	while (j < c->ntok && joins(c, j - 1)) {
		if (is_cap(c, j)) {
			j++;
			continue;
		}
		/* "Ursula von der Leyen" */
		size_t q = j;
		while (q < c->ntok && tok_in(c, q, name_particles) &&
		       joins(c, q))
			q++;
		if (q > j && q < c->ntok && is_cap(c, q) && joins(c, q - 1)) {
			j = q + 1;
			continue;
		}
		break;
	}
	/* a lexicon entry may run past the capitals ("Secretary of State") */
	size_t k = i;
	while (k < j) {
		struct lexhit h = lex_at(c, k);
		if (h.k != LK_NONE)
			break;
		if (!nonname(c, k))
			break;
		k++;
	}
	if (k == j)
		return j;
	bool head = (c->tok[k].f & T_HEAD) != 0;
	/* a whole run that is one outlet or organization */
	struct lexhit h = lex_at(c, k);
	if ((h.k == LK_OUTLET || h.k == LK_ORG) && h.end >= c->tok[j - 1].e) {
		size_t u = tok_before(c, k, h.end);
		const char *name = h.val[0]
				       ? arena_strdup(c->arena, h.val)
				       : fold_copy(c->arena, c->t + c->tok[k].s,
						   h.end - c->tok[k].s);
		unsigned f = (c->tok[u].f & T_POSS) && c->tok[u].e == h.end
				 ? ACTOR_M_POSSESSIVE
				 : 0;
		add_org(c, c->tok[k].s, h.end, name, h.k == LK_OUTLET, f);
		return u + 1 > j ? u + 1 : j;
	}
	/* "Troy University", "South Korean Ministry of National Defense",
	 * "The Post" (one keyword after "the") */
	size_t m = j - 1;
	/* "the US-based Heritage Center": the compound describes the
	 * organization and is no part of its name */
	while (k < m &&
	       memchr(c->t + c->tok[k].s, '-', c->tok[k].e - c->tok[k].s) &&
	       suffix_word(c, m)) {
		const char *dash =
		    memchr(c->t + c->tok[k].s, '-', c->tok[k].e - c->tok[k].s);
		if (!(dash[1] >= 'a' && dash[1] <= 'z'))
			break;
		struct lexhit ph = lex_at(c, k);
		if (ph.k == LK_PLACE)
			add_place(c, k, ph, true);
		k++;
	}
	bool one_after_the =
	    m == k &&
	    ((k > i && tok_is(c, k - 1, "The")) ||
	     (k > 0 && tok_is(c, k - 1, "the") && clean_gap(c, k - 1)));
	if (!head && suffix_word(c, m) && (m > k || one_after_the) &&
	    !(c->tok[k].f & T_DIGIT)) {
		size_t last = (c->tok[m].f & T_POSS) ? m : org_tail(c, m);
		size_t s = c->tok[k].s, e = c->tok[last].e;
		const char *name = fold_copy(c->arena, c->t + s, e - s);
		unsigned f = (c->tok[last].f & T_POSS) ? ACTOR_M_POSSESSIVE : 0;
		size_t mi = add_org(c, s, e, name, false, f);
		/* "The Post": the alias keeps its article */
		if (k > i && tok_is(c, k - 1, "The"))
			c->men[mi].as = c->tok[k - 1].s;
		return last + 1;
	}
	size_t end = split_run(c, k, j);
	return end > j ? end : j;
}

/* Mentions in text order (a snapshot: pass 1 adds them nearly but not
 * exactly in order), for "the one named last before" questions. */
struct mpos {
	size_t s, mi;
};

static int mpos_cmp(const void *x, const void *y)
{
	const struct mpos *a = x, *b = y;
	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	return a->mi < b->mi ? -1 : a->mi > b->mi;
}

static void snapshot_mentions(struct ctx *c)
{
	free(c->ms);
	c->ms = xmalloc((c->nmen + 1) * sizeof *c->ms);
	for (size_t i = 0; i < c->nmen; i++)
		c->ms[i] = (struct mpos){c->men[i].s, i};
	if (c->nmen)
		qsort(c->ms, c->nmen, sizeof *c->ms, mpos_cmp);
	c->nms = c->nmen;
}

/* Index in the snapshot of the first mention starting at or after off. */
static size_t snapshot_from(const struct ctx *c, size_t off)
{
	return util_count_below(c->ms, c->nms, sizeof *c->ms,
				offsetof(struct mpos, s), off, false);
}

/* How many mentions a "named last before" question looks back over:
 * with it, each question costs O(BACK_MENTIONS), not O(mentions). */
#define BACK_MENTIONS 256

/* ---- pass 1b: unnamed speakers and speaking bodies ---------------------- */

/* "said a spokesman", "said one senior aide": a speech verb (one that
 * does not take the person spoken to) right before the description of
 * head noun h. Returns the verb's token or NONE. */
static size_t verb_before_det(const struct ctx *c, size_t h)
{
	for (size_t p = h; p > 0 && h - p < 6; p--) {
		if (!clean_gap(c, p - 1))
			return NONE;
		if (tok_is(c, p - 1, "a") || tok_is(c, p - 1, "an") ||
		    tok_is(c, p - 1, "one")) {
			unsigned vf = 0;
			size_t d = p - 1;
			if (d > 0 && clean_gap(c, d - 1) &&
			    speech_verb(c, d - 1, &vf, NULL) && !(vf & 2))
				return d - 1;
			return NONE;
		}
	}
	return NONE;
}

/* Whether mention mi answers a named_before question (see there). */
static bool before_fits(const struct ctx *c, size_t mi, size_t end,
			const struct tok *head)
{
	const struct men *m = &c->men[mi];
	const struct ent *en = &c->ent[m->ent];
	if (!head)
		return m->e == end && en->kind != ACTOR_PERSON;
	if (en->head)
		return ascii_ieq(c->t + head->s, head->e - head->s, en->head);
	/* "the spokesperson" after "Jonathan Hoffman, a Pentagon
	 * spokesperson" */
	return en->kind == ACTOR_PERSON && en->role &&
	       role_ends_with(en->role, c->t + head->s, head->e - head->s);
}

/*
 * The mention named last before `pos` that is either (head NULL) a
 * body's name ending exactly at `end`, or (head set) the description
 * with that role noun ("the source" after "a source"): the newest of
 * those find_unnamed added, else the nearest one of the snapshot.
 * Returns its index or NONE. Cost O(BACK_MENTIONS + log mentions).
 */
static size_t named_before(const struct ctx *c, size_t pos, size_t end,
			   const struct tok *head)
{
	for (size_t mi = c->nmen, k = 0; mi-- > c->nms && k < BACK_MENTIONS;
	     k++)
		if (c->men[mi].s < pos && before_fits(c, mi, end, head))
			return mi;
	size_t best = NONE;
	size_t i = snapshot_from(c, pos);
	for (size_t k = 0; i-- > 0 && k < BACK_MENTIONS; k++) {
		size_t mi = c->ms[i].mi;
		if (!head && c->ms[i].s + MAX_ROLE < end)
			break;
		if (before_fits(c, mi, end, head) &&
		    (best == NONE || mi > best))
			best = mi;
		if (head && best != NONE)
			break;
	}
	return best;
}

/* "a Japanese official calling ...", "an anonymous US diplomatic source
 * as saying", "The Finance Minister of South Korea also stated", "The
 * source said" (after "a ... source"), and "South Korea's defence
 * ministry said": descriptions that speak become actors. */
static void find_unnamed(struct ctx *c)
{
	snapshot_mentions(c);
	for (size_t h = 1; h < c->ntok; h++) {
		const struct tok *w = &c->tok[h];
		if (w->f & (T_SKIP | T_HEAD | T_POSS))
			continue;
		enum actor_gender g = ACTOR_GENDER_UNKNOWN;
		bool plural = false;
		const char *cls = role_word(c, h, &g, &plural);
		bool body = !cls && (w->f & T_LOWER) && suffix_word_icase(c, h);
		if ((!cls || strcmp(cls, "person") || plural) && !body)
			continue;
		/* the end of the description: "of South Korea", "for the
		 * ministry" */
		size_t e = h;
		if (h + 2 < c->ntok && clean_gap(c, h) &&
		    (tok_is(c, h + 1, "of") || tok_is(c, h + 1, "at") ||
		     tok_is(c, h + 1, "for") || tok_is(c, h + 1, "from") ||
		     tok_is(c, h + 1, "in") || tok_is(c, h + 1, "on"))) {
			size_t q = h + 2;
			if (tok_is(c, q, "the") && clean_gap(c, q - 1))
				q++;
			size_t last = NONE;
			while (q < c->ntok && q < h + 8 &&
			       clean_gap(c, q - 1) &&
			       (is_cap(c, q) || (c->tok[q].f & T_LOWER)) &&
			       !speech_verb(c, q, NULL, NULL) &&
			       !tok_in(c, q, adverbs)) {
				last = q;
				if (c->tok[q].f & T_POSS)
					break;
				q++;
			}
			if (last != NONE)
				e = last;
		}
		size_t v = NONE;
		if (verb_after(c, e, false) != NONE)
			v = verb_after(c, e, false);
		else if (e + 2 < c->ntok && clean_gap(c, e) &&
			 tok_is(c, e + 1, "as") && tok_is(c, e + 2, "saying"))
			v = e + 2;
		else if (!body)
			v = verb_before_det(c, h);
		if (v == NONE)
			continue;
		if (body) {
			/* "South Korea's defence ministry said" */
			size_t p = h;
			int lower = 0;
			while (p > 0 && lower < 3 && clean_gap(c, p - 1) &&
			       (c->tok[p - 1].f & T_LOWER)) {
				p--;
				lower++;
			}
			if (p == 0 || !(c->tok[p - 1].f & T_POSS))
				continue;
			size_t owner = named_before(c, c->tok[p - 1].e,
						    c->tok[p - 1].e, NULL);
			if (owner == NONE)
				continue;
			size_t s = c->men[owner].s;
			const char *name =
			    fold_copy(c->arena, c->t + s, w->e - s);
			add_org(c, s, w->e, name, false, 0);
			continue;
		}
		/* back to the determiner */
		size_t d = NONE;
		for (size_t p = h; p > 0 && h - p < 6; p--) {
			if (!clean_gap(c, p - 1))
				break;
			if (tok_in(c, p - 1, determiners) ||
			    tok_is(c, p - 1, "one")) {
				d = p - 1;
				break;
			}
			if (c->tok[p - 1].f & (T_POSS | T_DIGIT))
				break;
		}
		if (d == NONE || tok_is(c, d, "his") || tok_is(c, d, "her") ||
		    tok_is(c, d, "their") || tok_is(c, d, "its") ||
		    tok_is(c, d, "our"))
			continue;
		bool definite = tok_is(c, d, "the") || tok_is(c, d, "this") ||
				tok_is(c, d, "that");
		/* "one senior aide said": the count is no part of the name */
		/* "The source said": the description named before */
		if (definite && d + 1 == h && e == h) {
			size_t hit = named_before(c, w->s, NONE, w);
			if (hit != NONE)
				hit = c->men[hit].ent;
			if (hit != NONE)
				men_add(c, hit, c->tok[d].s, w->e, c->tok[d].s,
					ACTOR_M_NOMINAL | ACTOR_M_AGENT);
			continue;
		}
		/* its name: the words after the determiner, without
		 * "anonymous" */
		char buf[MAX_ROLE + 1];
		size_t bl = 0;
		for (size_t q = d + 1; q <= e && bl < MAX_ROLE; q++) {
			if (tok_in(c, q, anon_words))
				continue;
			const struct tok *x = &c->tok[q];
			size_t n = x->e - x->s;
			if (bl + n + 1 > MAX_ROLE)
				break;
			if (bl)
				buf[bl++] = ' ';
			memcpy(buf + bl, c->t + x->s, n);
			bl += n;
		}
		if (!bl)
			continue;
		buf[bl] = '\0';
		const char *name = arena_strdup(c->arena, buf);
		size_t ent = ent_get(c, ACTOR_PERSON, name);
		struct ent *en = &c->ent[ent];
		en->f |= E_UNNAMED;
		en->head = arena_strndup(c->arena, c->t + w->s, w->e - w->s);
		if (en->gender == ACTOR_GENDER_UNKNOWN)
			en->gender = g;
		men_add(c, ent, c->tok[d].s, c->tok[e].e, c->tok[d].s,
			ACTOR_M_NOMINAL | ACTOR_M_AGENT);
	}
}

/* ---- pass 2: short forms ------------------------------------------------ */

static size_t words_in(const char *name)
{
	size_t n = 1;
	for (; *name; name++)
		n += *name == ' ';
	return n;
}

/* The entity of this kind named exactly s[0..n), or NONE. */
static size_t ent_find(const struct ctx *c, enum actor_kind k, const char *s,
		       size_t n)
{
	if (!c->nslots)
		return NONE;
	size_t mask = c->nslots - 1;
	for (size_t h = (hash64(s, n) ^ (unsigned long long)k) & mask;
	     c->slots[h]; h = (h + 1) & mask) {
		const struct ent *e = &c->ent[c->slots[h] - 1];
		if (e->kind == k && strlen(e->name) == n &&
		    !memcmp(e->name, s, n))
			return c->slots[h] - 1;
	}
	return NONE;
}

static bool named_person(const struct ent *e)
{
	return e->into == NONE && e->kind == ACTOR_PERSON &&
	       !(e->f & E_UNNAMED);
}

/* People a surname can stand for: more are not told apart anyway. */
#define MAX_CAND 16

/* The person whose full name ends (or, for names written family name
 * first, starts) with the word at s..s+n: the one named last before
 * `before` (within BACK_MENTIONS mentions), else the first one named.
 * Candidates come from the name index: O(candidates + BACK_MENTIONS). */
static size_t person_for(const struct ctx *c, const char *w, size_t n,
			 size_t before, bool first_too)
{
	size_t cand[MAX_CAND], ncand = 0;
	if (memchr(w, 0xE2, n)) {
		w = fold_name(c->arena, w, n);
		n = strlen(w);
	}
	size_t i = ent_find(c, ACTOR_PERSON, w, n);
	if (i != NONE && named_person(&c->ent[i]))
		cand[ncand++] = i;
	NIDX_FOR(&c->names, pos, NK_SUFFIX, w, n)
	{
		size_t j = c->names.e[pos - 1].val;
		if (ncand < MAX_CAND && named_person(&c->ent[j]))
			cand[ncand++] = j;
	}
	/* family name first: "Kim" for "Kim Jong Un" */
	if (first_too)
		NIDX_FOR(&c->names, pos, NK_FIRST, w, n)
		{
			size_t j = c->names.e[pos - 1].val;
			if (ncand < MAX_CAND && named_person(&c->ent[j]) &&
			    words_in(c->ent[j].name) >= 3)
				cand[ncand++] = j;
		}
	if (ncand < 2)
		return ncand ? cand[0] : NONE;
	/* Two people share the word: the one it stood for last before
	 * (a surname keeps its referent: "Clinton" after "Hillary Clinton"
	 * stays hers past a passing "Bill Clinton's"), else the one named
	 * last before it. */
	size_t best_s = 0, best_e = NONE;
	const struct mpos *lists[2] = {c->rs, c->ms};
	size_t sizes[2] = {c->nrs, c->nms};
	for (int l = 0; l < 2 && best_e == NONE; l++) {
		size_t k =
		    util_count_below(lists[l], sizes[l], sizeof **lists,
				     offsetof(struct mpos, s), before, false);
		for (size_t step = 0; k > 0 && step < BACK_MENTIONS; step++) {
			k--;
			if (best_e != NONE && lists[l][k].s <= best_s)
				break;
			size_t en = ent_root(c, c->men[lists[l][k].mi].ent);
			size_t x = 0;
			while (x < ncand && cand[x] != en)
				x++;
			if (x < ncand) {
				best_s = lists[l][k].s;
				best_e = en;
				break;
			}
		}
	}
	if (best_e != NONE)
		return best_e;
	/* else the one named first */
	size_t best = cand[0];
	for (size_t x = 1; x < ncand; x++)
		if (cand[x] < best)
			best = cand[x];
	return best;
}

static bool verbish_after(const struct ctx *c, size_t ti)
{
	return clean_gap(c, ti) && tok_in(c, ti + 1, verbish);
}

/* Capitalized names without evidence of their own: the same name again,
 * a surname ("DeHart"), an acronym given in brackets, or a one-word
 * name used like a person's again and again ("Trump is considering"). */
static void resolve_pending(struct ctx *c)
{
	/* the name index: every entity but places by the words of its
	 * name, and by its acronym */
	snapshot_mentions(c);
	c->rs = xmalloc((c->npend + 1) * sizeof *c->rs);
	for (size_t i = 0; i < c->nent; i++) {
		if (c->ent[i].kind != ACTOR_PLACE)
			nidx_name(&c->names, c->ent[i].name, i);
		size_t a = c->ent[i].acr;
		if (a != NONE)
			nidx_add(&c->names, NK_ACRONYM, c->t + c->tok[a].s,
				 c->tok[a].e - c->tok[a].s, i);
	}
	/* "Jordan said" after "Jim Jordan", "Monaco" after "Lisa O.
	 * Monaco": a one-word place that is the surname of someone the
	 * article names is that person */
	for (size_t mi = 0; mi < c->nms; mi++) {
		struct men *m = &c->men[mi];
		if (c->ent[m->ent].kind != ACTOR_PLACE || m->as != m->s ||
		    memchr(c->t + m->s, ' ', m->e - m->s))
			continue;
		size_t n = m->e - m->s;
		if ((m->f & ACTOR_M_POSSESSIVE) && n > 2)
			n -= c->t[m->e - 1] == 's' ? 2 : 0;
		size_t who = person_for(c, c->t + m->s, n, m->s, false);
		if (who != NONE && strchr(c->ent[who].name, ' '))
			m->ent = who;
	}
	for (size_t pi = 0; pi < c->npend; pi++) {
		struct pend *p = &c->pend[pi];
		size_t s = c->tok[p->t0].s, e = c->tok[p->t1 - 1].e;
		const struct tok *k = &c->tok[p->t0];
		unsigned f =
		    (c->tok[p->t1 - 1].f & T_POSS) ? ACTOR_M_POSSESSIVE : 0;
		size_t hit = NONE;
		if (p->t1 - p->t0 > 1) {
			const char *name = fold_name(c->arena, c->t + s, e - s);
			hit = ent_find(c, ACTOR_PERSON, name, strlen(name));
		} else if (k->f & T_ALLCAPS) {
			NIDX_FOR(&c->names, pos, NK_ACRONYM, c->t + s, e - s)
			{
				size_t i = c->names.e[pos - 1].val;
				if (hit == NONE || i < hit)
					hit = i;
			}
		} else {
			hit = person_for(c, c->t + s, e - s, s, false);
			if (hit == NONE)
				hit = person_for(c, c->t + s, e - s, s, true);
		}
		if (hit != NONE) {
			size_t mi = men_add(c, hit, s, e, s, f);
			p->t1 = p->t0; /* done */
			/* pending names come in text order */
			c->rs[c->nrs++] = (struct mpos){s, mi};
		}
	}
	/* One-word names seen at least twice inside sentences, once before
	 * a verb ("that Trump is considering"): a person. The pending
	 * names are grouped by word, and each group is judged once. */
	struct nidx words = {0};
	for (size_t pi = 0; pi < c->npend; pi++) {
		const struct pend *p = &c->pend[pi];
		if (p->t1 == p->t0 + 1)
			nidx_add(&words, NK_PEND, c->t + c->tok[p->t0].s,
				 c->tok[p->t0].e - c->tok[p->t0].s, pi);
	}
	unsigned char *judged = xcalloc(c->npend + 1, 1);
	for (size_t pi = 0; pi < c->npend; pi++) {
		struct pend *p = &c->pend[pi];
		if (p->t1 != p->t0 + 1 || judged[pi])
			continue;
		const struct tok *k = &c->tok[p->t0];
		if (k->f & (T_SENT0 | T_HEAD | T_ALLCAPS))
			continue;
		size_t n = k->e - k->s, count = 0;
		bool verb = false;
		/* "the Wild", "the Sabres": a team or a body, not a person */
		bool the = false;
		NIDX_FOR(&words, pos, NK_PEND, c->t + k->s, n)
		{
			size_t q = words.e[pos - 1].val;
			const struct pend *o = &c->pend[q];
			const struct tok *x = &c->tok[o->t0];
			judged[q] = 1;
			if (o->t1 != o->t0 + 1)
				continue;
			if (!(x->f & (T_SENT0 | T_HEAD)))
				count++;
			verb = verb || verbish_after(c, o->t0);
			if (o->t0 > 0 && tok_is(c, o->t0 - 1, "the"))
				the = true;
		}
		if (count < 2 || !verb || the ||
		    role_word(c, p->t0, NULL, NULL) || suffix_word(c, p->t0) ||
		    nonname(c, p->t0))
			continue;
		const char *name = fold_name(c->arena, c->t + k->s, n);
		size_t ent = ent_get(c, ACTOR_PERSON, name);
		NIDX_FOR(&words, pos, NK_PEND, c->t + k->s, n)
		{
			struct pend *o = &c->pend[words.e[pos - 1].val];
			const struct tok *x = &c->tok[o->t0];
			if (o->t1 != o->t0 + 1)
				continue;
			men_add(c, ent, x->s, x->e, x->s,
				(x->f & T_POSS) ? ACTOR_M_POSSESSIVE : 0);
			o->t1 = o->t0;
		}
	}
	free(judged);
	nidx_release(&words);
}

/* "the Trump administration": a person's government is an organization
 * of its own. */
static void find_administrations(struct ctx *c)
{
	size_t n = c->nmen;
	for (size_t mi = 0; mi < n; mi++) {
		struct men *m = &c->men[mi];
		if (c->ent[ent_root(c, m->ent)].kind != ACTOR_PERSON ||
		    (m->f & ACTOR_M_NOMINAL))
			continue;
		size_t ti = tok_at(c, m->e);
		ti = ti > 0 ? ti - 1 : 0;
		if (ti >= c->ntok || c->tok[ti].e != m->e ||
		    !clean_gap(c, ti) || !tok_is(c, ti + 1, "administration"))
			continue;
		/* the surname: the last word of the mention */
		size_t s = m->e;
		while (s > m->s && c->t[s - 1] != ' ')
			s--;
		size_t e = c->tok[ti + 1].e;
		const char *name = fold_copy(c->arena, c->t + s, e - s);
		unsigned f =
		    (c->tok[ti + 1].f & T_POSS) ? ACTOR_M_POSSESSIVE : 0;
		men_add(c, ent_get(c, ACTOR_ORG, name), s, e, s, f);
	}
}

/* Short forms of the same entity: "Trump" (a person found through a
 * title) into "Donald Trump", "Mr Jeong" into "Jeong Kyeong-doo",
 * "The Post" into "The Washington Post". */
static void merge_short_forms(struct ctx *c)
{
	/* Each name asks the index (built in resolve_pending; entities made
	 * since have one word and no keys) for the names it ends or starts;
	 * the first entity that fits wins, as in a scan in entity order. */
	for (size_t i = 0; i < c->nent; i++) {
		struct ent *a = &c->ent[i];
		if (a->into != NONE || (a->f & E_UNNAMED) ||
		    a->kind == ACTOR_PLACE)
			continue;
		size_t n = strlen(a->name), best = NONE;
		if (strchr(a->name, ' ')) {
			/* "Eriksson Ek" after "Joel Eriksson Ek"; but not
			 * "Hillary Clinton" into a headline run "Chris
			 * Christie Calls Hillary Clinton": a name that opens
			 * with a given name is a person of its own */
			if (a->kind != ACTOR_PERSON)
				continue;
			if (c->ax->firstnames &&
			    lexicon_find(
				c->ax->firstnames, a->name,
				(size_t)(strchr(a->name, ' ') - a->name),
				LEX_EXACT, NULL))
				continue;
			NIDX_FOR(&c->names, pos, NK_SUFFIX, a->name, n)
			{
				size_t j = c->names.e[pos - 1].val;
				if (j != i && named_person(&c->ent[j]) &&
				    (best == NONE || j < best))
					best = j;
			}
			if (best != NONE)
				a->into = best;
			continue;
		}
		bool org = false;
		NIDX_FOR(&c->names, pos, NK_FIRST, a->name, n)
		{
			size_t j = c->names.e[pos - 1].val;
			const struct ent *b = &c->ent[j];
			if (b->into != NONE || a->kind != ACTOR_PERSON ||
			    (best != NONE && j > best))
				continue;
			/* "Acme said" after "Acme Corp": the company */
			if (b->kind == ACTOR_ORG) {
				best = j;
				org = true;
			} else if (j != i && b->kind == ACTOR_PERSON &&
				   !(b->f & E_UNNAMED)) {
				best = j;
				org = false;
			}
		}
		NIDX_FOR(&c->names, pos, NK_SUFFIX, a->name, n)
		{
			size_t j = c->names.e[pos - 1].val;
			const struct ent *b = &c->ent[j];
			if (j != i && b->kind == a->kind && b->into == NONE &&
			    !(b->f & E_UNNAMED) && (best == NONE || j < best)) {
				best = j;
				org = false;
			}
		}
		if (best == NONE)
			continue;
		a->into = best;
		if (org)
			continue;
		struct ent *b = &c->ent[best];
		if (b->gender == ACTOR_GENDER_UNKNOWN)
			b->gender = a->gender;
		if (!b->role)
			b->role = a->role;
		b->f |= a->f & E_OUTLET;
	}
}

/* ---- pass 3: context flags ------------------------------------------------
 */

static void set_flags(struct ctx *c)
{
	for (size_t mi = 0; mi < c->nmen; mi++) {
		struct men *m = &c->men[mi];
		size_t t0 = tok_at(c, m->as);
		if (t0 >= c->ntok)
			continue;
		size_t ps = phrase_start(c, t0);
		size_t sent = c->tok[t0].sent;
		bool agent = opens_clause(c, ps), loc = false;
		/* "loyalists to Joe Biden and Bernie Sanders": "and" after
		 * a name joins two people, not two clauses */
		if (agent && ps > 1 && c->tok[ps - 1].sent == sent &&
		    c->ent[ent_root(c, m->ent)].kind == ACTOR_PERSON &&
		    (tok_is(c, ps - 1, "and") || tok_is(c, ps - 1, "or") ||
		     tok_is(c, ps - 1, "nor")) &&
		    clean_gap(c, ps - 2) && clean_gap(c, ps - 1) &&
		    (c->tok[ps - 2].f & T_CAP) &&
		    !(c->tok[ps - 2].f & T_SENT0) && !nonname(c, ps - 2))
			agent = false;
		/* "sent Podesta, Mook and Abedin a message": a name between
		 * a name and its comma and the next one of a list */
		size_t nx = tok_at(c, m->e);
		if (agent && ps > 0 && c->tok[ps - 1].sent == sent &&
		    nx + 1 < c->ntok && c->tok[nx].sent == sent &&
		    c->ent[ent_root(c, m->ent)].kind == ACTOR_PERSON &&
		    (c->tok[ps - 1].f & T_CAP) && !nonname(c, ps - 1) &&
		    c->t[c->tok[ps - 1].pe] == ',' &&
		    only_spaces(c->t, c->tok[ps - 1].pe + 1, c->tok[ps].s) &&
		    only_spaces(c->t, m->e, c->tok[nx].s) &&
		    (tok_is(c, nx, "and") || tok_is(c, nx, "or")) &&
		    clean_gap(c, nx) && (c->tok[nx + 1].f & T_CAP))
			agent = false;
		if (ps > 0 && c->tok[ps - 1].sent == sent) {
			/* "in Bangkok", "in north-east Asia", "in Europe and
			 * Pakistan" */
			size_t q = ps;
			while (q > 0 && clean_gap(c, q - 1) &&
			       tok_in(c, q - 1, compass))
				q--;
			if (q > 0 && clean_gap(c, q - 1) &&
			    tok_in(c, q - 1, locatives))
				loc = true;
		}
		size_t last = tok_at(c, m->e);
		last = last > 0 ? last - 1 : 0;
		if (!agent && last < c->ntok &&
		    verb_after(c, last, false) != NONE)
			agent = true;
		if (m->f & ACTOR_M_POSSESSIVE)
			agent = false;
		/* Names found again ("Stafford, a member of the Apollo 10
		 * crew, responded") have appositives too. */
		const struct ent *en = &c->ent[ent_root(c, m->ent)];
		if (!m->appos_end && en->kind != ACTOR_PLACE &&
		    !(m->f & ACTOR_M_NOMINAL) && last < c->ntok &&
		    c->tok[last].e == m->e) {
			size_t rs, re, aend;
			if (appos_after(c, last, &rs, &re, &aend)) {
				m->appos_end = aend;
				set_role(c, ent_root(c, m->ent), rs, re);
			}
		}
		if (agent)
			m->f |= ACTOR_M_AGENT;
		if (loc)
			m->f |= M_LOC;
		/* the next place of a list shares the scene: "in Europe and
		 * Pakistan" */
		if (!loc && mi > 0 && ps > 0 &&
		    c->ent[c->men[mi - 1].ent].kind == ACTOR_PLACE &&
		    (c->men[mi - 1].f & M_LOC) &&
		    (tok_is(c, ps - 1, "and") || tok_is(c, ps - 1, "or")) &&
		    c->men[mi - 1].e + 12 >= m->as)
			m->f |= M_LOC;
	}
}

/* Places named only as the scene ("in Bangkok") or as an adjective
 * ("Asian bases") are not actors. */
static void drop_scenery(struct ctx *c)
{
	for (size_t i = 0; i < c->nent; i++)
		if (c->ent[i].kind == ACTOR_PLACE)
			c->ent[i].f |= E_DROP;
	for (size_t mi = 0; mi < c->nmen; mi++) {
		const struct men *m = &c->men[mi];
		size_t r = ent_root(c, m->ent);
		if (c->ent[r].kind == ACTOR_PLACE &&
		    !(m->f & (M_LOC | ACTOR_M_ADJECTIVE)))
			c->ent[r].f &= ~(unsigned)E_DROP;
	}
}

/* ---- output -----------------------------------------------------------------
 */

static int men_cmp(const void *x, const void *y)
{
	const struct men *a = x, *b = y;
	if (a->s != b->s)
		return a->s < b->s ? -1 : 1;
	if (a->e != b->e)
		return a->e > b->e ? -1 : 1;
	return 0;
}

static void add_alias(struct arena *ar, struct actor *a, const char *s,
		      size_t n, size_t *cap)
{
	const char *al = fold_copy(ar, s, n);
	if (!*al || !strcmp(al, a->name) || a->naliases >= MAX_ALIASES)
		return;
	for (size_t i = 0; i < a->naliases; i++)
		if (!strcmp(a->aliases[i], al))
			return;
	if (a->naliases == *cap) {
		size_t nc = *cap ? *cap * 2 : 4;
		const char **v = arena_alloc(ar, nc * sizeof *v);
		if (a->naliases)
			memcpy(v, a->aliases, a->naliases * sizeof *v);
		a->aliases = v;
		*cap = nc;
	}
	a->aliases[a->naliases++] = al;
}

static void build_output(struct ctx *c, struct actor_list *out)
{
	if (c->nmen)
		qsort(c->men, c->nmen, sizeof *c->men, men_cmp);
	size_t *map = xmalloc((c->nent + 1) * sizeof *map);
	for (size_t i = 0; i < c->nent; i++)
		map[i] = NONE;
	size_t n = 0;
	/* actors in order of first mention */
	struct actor *items =
	    arena_alloc(c->arena, (c->nent + 1) * sizeof *items);
	size_t *caps = xcalloc(c->nent + 1, sizeof *caps);
	for (size_t mi = 0; mi < c->nmen; mi++) {
		size_t r = ent_root(c, c->men[mi].ent);
		if (c->ent[r].f & E_DROP || map[r] != NONE)
			continue;
		const struct ent *e = &c->ent[r];
		map[r] = n;
		items[n] = (struct actor){.name = e->name,
					  .kind = e->kind,
					  .role = e->role,
					  .gender = e->gender,
					  .outlet = (e->f & E_OUTLET) != 0,
					  .unnamed = (e->f & E_UNNAMED) != 0,
					  .first = c->men[mi].s};
		n++;
	}
	struct actor_mention *ms =
	    arena_alloc(c->arena, (c->nmen + 1) * sizeof *ms);
	size_t nm = 0;
	for (size_t mi = 0; mi < c->nmen; mi++) {
		const struct men *m = &c->men[mi];
		size_t r = ent_root(c, m->ent);
		if (map[r] == NONE)
			continue;
		struct actor *a = &items[map[r]];
		a->mentions++;
		if (m->as < m->s)
			add_alias(c->arena, a, c->t + m->as, m->e - m->as,
				  &caps[map[r]]);
		add_alias(c->arena, a, c->t + m->s, m->e - m->s, &caps[map[r]]);
		ms[nm++] = (struct actor_mention){m->s, m->e, map[r],
						  m->appos_end, m->f & 15u};
	}
	for (size_t i = 0; i < c->nent; i++) {
		size_t r = ent_root(c, i);
		if (map[r] == NONE)
			continue;
		const struct ent *e = &c->ent[i];
		if (i != r)
			add_alias(c->arena, &items[map[r]], e->name,
				  strlen(e->name), &caps[map[r]]);
		if (e->extra)
			add_alias(c->arena, &items[map[r]], e->extra,
				  strlen(e->extra), &caps[map[r]]);
		/* "The Washington Post" is also "Washington Post" (as in
		 * "the Washington Post said") */
		if (i == r && e->kind == ACTOR_ORG &&
		    !strncmp(e->name, "The ", 4) && e->name[4])
			add_alias(c->arena, &items[map[r]], e->name + 4,
				  strlen(e->name + 4), &caps[map[r]]);
		if (e->acr != NONE) {
			const struct tok *k = &c->tok[e->acr];
			add_alias(c->arena, &items[map[r]], c->t + k->s,
				  k->e - k->s, &caps[map[r]]);
		}
	}
	free(caps);
	free(map);
	out->items = items;
	out->n = n;
	out->mentions = ms;
	out->nmentions = nm;
}

void actors_extract(const struct actors *ax, const char *text, size_t len,
		    const struct segments *seg, struct arena *arena,
		    struct actor_list *out)
{
	struct ctx c = {
	    .ax = ax, .t = text, .len = len, .seg = seg, .arena = arena};
	tokenize(&c);
	c.lh = xmalloc((c.ntok + 1) * sizeof *c.lh);
	c.lhok = xcalloc(c.ntok + 1, 1);
	mark_furniture(&c);
	for (size_t i = 0; i < c.ntok;) {
		if ((c.tok[i].f & T_SKIP) || !is_cap(&c, i)) {
			i++;
			continue;
		}
		i = do_run(&c, i);
	}
	find_unnamed(&c);
	resolve_pending(&c);
	merge_short_forms(&c);
	find_administrations(&c);
	set_flags(&c);
	drop_scenery(&c);
	build_output(&c, out);
	free(c.tok);
	free(c.ent);
	free(c.slots);
	free(c.men);
	free(c.pend);
	free(c.lh);
	free(c.lhok);
	free(c.ms);
	free(c.rs);
	nidx_release(&c.names);
}
