/* figures.c - money, troop counts, percentages and multipliers in text */
#include "figures.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "lexicon.h"
#include "rules.h"
#include "segment.h"
#include "util.h"

/* How far before a figure a hedge or per rule looks (bytes). */
#define LOOKBACK 200

enum { NCUR_LEX = 4 };

struct figures {
	const struct rules *rules;
	const struct rule **find; /* money, troops, percent, multiplier,
				     exclude */
	size_t nfind;
	const struct rule **hedge;
	size_t nhedge;
	const struct rule **per;
	size_t nper;
	const struct rule **dollar;
	size_t ndollar;
	const struct lexicon *cur[NCUR_LEX];
	const struct lexicon *numbers, *magnitudes, *mag_letters, *fractions,
	    *multipliers;
	struct segment_lexicons seg;
	/* Number words that make a sentence worth trying word rules on:
	 * lower-case, three letters or more, in an open-addressing set. */
	char **trig;
	size_t trig_slots;
	size_t trig_min, trig_max;
};

/* ---- setup --------------------------------------------------------- */

static unsigned long long word_hash(const char *s, size_t n)
{
	return hash64(s, n);
}

static bool trig_has(const struct figures *fx, const char *w, size_t n)
{
	if (!fx->trig_slots)
		return false;
	size_t mask = fx->trig_slots - 1;
	for (size_t i = word_hash(w, n) & mask;; i = (i + 1) & mask) {
		const char *e = fx->trig[i];
		if (!e)
			return false;
		if (strlen(e) == n && !memcmp(e, w, n))
			return true;
	}
}

static void trig_add_lexicon(struct figures *fx, const struct lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lexicon_size(lx); i++) {
		const char *e = lexicon_entry(lx, i, NULL);
		size_t n = strlen(e);
		bool word = n >= 3 && n < 32;
		for (size_t k = 0; k < n && word; k++)
			word = is_ascii_alpha((unsigned char)e[k]);
		if (!word)
			continue;
		char low[32];
		for (size_t k = 0; k < n; k++)
			low[k] = (char)ascii_lower((unsigned char)e[k]);
		if (trig_has(fx, low, n))
			continue;
		size_t mask = fx->trig_slots - 1;
		size_t j = word_hash(low, n) & mask;
		while (fx->trig[j])
			j = (j + 1) & mask;
		fx->trig[j] = xstrndup(low, n);
		if (!fx->trig_min || n < fx->trig_min)
			fx->trig_min = n;
		if (n > fx->trig_max)
			fx->trig_max = n;
	}
}

static void push_rule(const struct rule ***v, size_t *n,
		      const struct rule *r)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = r;
}

struct figures *figures_new(const struct rules *r)
{
	struct figures *fx = xcalloc(1, sizeof *fx);
	fx->rules = r;
	for (size_t i = 0; i < rules_count(r); i++) {
		const struct rule *ru = rules_at(r, i);
		const char *k = rules_attrs(ru)->kind;
		if (!strcmp(k, "hedge"))
			push_rule(&fx->hedge, &fx->nhedge, ru);
		else if (!strcmp(k, "per"))
			push_rule(&fx->per, &fx->nper, ru);
		else if (!strcmp(k, "dollar"))
			push_rule(&fx->dollar, &fx->ndollar, ru);
		else
			push_rule(&fx->find, &fx->nfind, ru);
	}
	static const char *const cur_names[NCUR_LEX] = {
	    "currency_symbols", "currency_codes", "currency_names",
	    "currency_names_scaled"};
	for (int i = 0; i < NCUR_LEX; i++)
		fx->cur[i] = rules_lexicon(r, cur_names[i]);
	fx->numbers = rules_lexicon(r, "numbers");
	fx->magnitudes = rules_lexicon(r, "magnitudes");
	fx->mag_letters = rules_lexicon(r, "magnitude_letters");
	fx->fractions = rules_lexicon(r, "fractions");
	fx->multipliers = rules_lexicon(r, "multipliers");
	fx->seg.abbrev = rules_lexicon(r, "abbreviations");
	fx->seg.starters = rules_lexicon(r, "sentence_starters");
	size_t total = 0;
	const struct lexicon *tl[] = {fx->numbers, fx->magnitudes,
				      fx->fractions, fx->multipliers};
	for (size_t i = 0; i < sizeof tl / sizeof tl[0]; i++)
		total += tl[i] ? lexicon_size(tl[i]) : 0;
	fx->trig_slots = 16;
	while (fx->trig_slots < total * 2 + 1)
		fx->trig_slots *= 2;
	fx->trig = xcalloc(fx->trig_slots, sizeof *fx->trig);
	for (size_t i = 0; i < sizeof tl / sizeof tl[0]; i++)
		trig_add_lexicon(fx, tl[i]);
	return fx;
}

void figures_free(struct figures *fx)
{
	if (!fx)
		return;
	for (size_t i = 0; i < fx->trig_slots; i++)
		free(fx->trig[i]);
	free(fx->trig);
	free(fx->find);
	free(fx->hedge);
	free(fx->per);
	free(fx->dollar);
	free(fx);
}

/* ---- one text ------------------------------------------------------ */

/* A stretch of text a rule is run over: consecutive sentences of one
 * paragraph that have what the rule needs. */
struct window {
	size_t s, e;
};

struct windows {
	struct window *w;
	size_t n;
};

/* A match that wants to become one or two figures (a range gives two),
 * or an exclusion (no figures). */
struct cand {
	int prio;
	size_t ms, me, order;
	int nfig;
	size_t sent;
	struct figure fig[2];
	size_t span_s[2], span_e[2];
	int nspan;
};

struct ctx {
	const struct figures *fx;
	struct matcher *m;
	struct arena *arena;
	const char *t;
	size_t len;
	const struct segments *seg;
	bool in_title;
	const char *dollar; /* what a bare "$" means here */
	struct cand *c;
	size_t nc, capc;
	const char **warn;
	size_t nwarn;
};

static void warn_limit(struct ctx *c, const struct rule *r)
{
	const struct rule_attrs *a = rules_attrs(r);
	c->warn = xrealloc(c->warn, (c->nwarn + 1) * sizeof *c->warn);
	c->warn[c->nwarn++] = arena_printf(
	    c->arena,
	    "rule '%s' (%s:%d) hit its %s; its other matches in the %s "
	    "were skipped",
	    a->name, a->file, a->line, rules_matcher_why(c->m),
	    c->in_title ? "title" : "text");
}

/* Flags of a sentence: RULES_NEEDS_DIGIT and RULES_NEEDS_WORD. */
static unsigned sentence_flags(const struct figures *fx, const char *t,
			       size_t s, size_t e)
{
	unsigned f = 0;
	size_t i = s;
	while (i < e && f != (RULES_NEEDS_DIGIT | RULES_NEEDS_WORD)) {
		unsigned char ch = (unsigned char)t[i];
		if (is_ascii_digit(ch)) {
			f |= RULES_NEEDS_DIGIT;
			i++;
		} else if (is_ascii_alpha(ch)) {
			size_t w = i;
			while (w < e && is_ascii_alpha((unsigned char)t[w]))
				w++;
			size_t n = w - i;
			if (!(f & RULES_NEEDS_WORD) && n >= fx->trig_min &&
			    n <= fx->trig_max) {
				char low[32];
				for (size_t k = 0; k < n; k++)
					low[k] = (char)ascii_lower(
					    (unsigned char)t[i + k]);
				if (trig_has(fx, low, n))
					f |= RULES_NEEDS_WORD;
			}
			i = w;
		} else {
			i++;
		}
	}
	return f;
}

/* Windows for each value of `needs` (0..3); 0 means whole paragraphs. */
static void build_windows(struct ctx *c, struct windows win[4])
{
	const struct segments *sg = c->seg;
	unsigned *flags = arena_alloc(c->arena, (sg->nsent + 1) * sizeof *flags);
	for (size_t i = 0; i < sg->nsent; i++)
		flags[i] = sentence_flags(c->fx, c->t, sg->sents[i].start,
					  sg->sents[i].end);
	for (unsigned mask = 0; mask < 4; mask++) {
		win[mask].w = arena_alloc(c->arena, (sg->nsent + 1) *
							 sizeof *win[mask].w);
		win[mask].n = 0;
		for (size_t p = 0; p < sg->npara; p++) {
			const struct seg_paragraph *pa = &sg->paras[p];
			bool open = false;
			for (size_t k = pa->first; k < pa->first + pa->count;
			     k++) {
				bool want = mask == 0 || (flags[k] & mask);
				struct window *w = &win[mask].w[win[mask].n];
				if (want && !open) {
					w->s = sg->sents[k].start;
					open = true;
				}
				if (want)
					w->e = sg->sents[k].end;
				if (!want && open) {
					win[mask].n++;
					open = false;
				}
			}
			if (open)
				win[mask].n++;
		}
	}
}

static bool group(const struct ctx *c, const struct rule *r, const char *name,
		  size_t *s, size_t *e)
{
	return rules_group(c->m, r, name, s, e) && *e > *s;
}

/* The group `name` + suffix, else `name` + the other suffix ("mag2" falls
 * back to "mag" and the other way round). */
static bool group2(const struct ctx *c, const struct rule *r,
		   const char *name, int which, size_t *s, size_t *e)
{
	char own[32], other[32];
	snprintf(own, sizeof own, "%s%s", name, which == 2 ? "2" : "");
	snprintf(other, sizeof other, "%s%s", name, which == 2 ? "" : "2");
	return group(c, r, own, s, e) || group(c, r, other, s, e);
}

static bool lex_amount(const struct lexicon *lx, const char *s, size_t n,
		       struct amount *out)
{
	const char *v;
	return lx && lexicon_find(lx, s, n, LEX_ICASE, &v) &&
	       amount_parse_digits(v, strlen(v), out) == 0;
}

/*
 * What a `cur` group names: "$", "US$", "usd", "australian dollars",
 * "pence". A lexicon value is "ISO" or "ISO FACTOR" (pence: "GBP 0.01");
 * "$" as the ISO part means the text's dollar.
 */
static bool currency(const struct ctx *c, const char *s, size_t n,
		     const char **iso, struct amount *factor)
{
	const char *v = NULL;
	for (int pass = 0; pass < 2 && !v; pass++)
		for (int i = 0; i < NCUR_LEX && !v; i++)
			if (c->fx->cur[i] &&
			    !lexicon_find(c->fx->cur[i], s, n,
					  pass ? LEX_ICASE : LEX_EXACT, &v))
				v = NULL;
	if (!v || !*v)
		return false;
	size_t il = strcspn(v, " ");
	*factor = amount_int(1);
	if (v[il] && amount_parse_digits(v + il + 1, strlen(v + il + 1),
					 factor) != 0)
		return false;
	if (il == 1 && v[0] == '$')
		*iso = c->dollar;
	else
		*iso = arena_strndup(c->arena, v, il);
	return true;
}

/* Number of bytes of the character at t[i] (t is valid UTF-8). */
static size_t char_len(const char *t, size_t i, size_t len)
{
	size_t k = i + 1;
	while (k < len && ((unsigned char)t[k] & 0xC0) == 0x80)
		k++;
	return k - i;
}

/*
 * Builds figure `which` (1, or 2 for the far end of a range) of a match
 * of rule r from its named groups (docs/patterns.md lists them).
 * Returns false when the groups do not make a figure (an unknown
 * currency, a number that does not parse).
 */
static bool build_figure(struct ctx *c, const struct rule *r, int which,
			 size_t ms, size_t me, struct figure *f)
{
	const struct rule_attrs *a = rules_attrs(r);
	const struct figures *fx = c->fx;
	const char *t = c->t;
	size_t s, e;
	struct amount v = amount_int(0), x;
	bool have = false;
	if (group(c, r, which == 2 ? "num2" : "num", &s, &e)) {
		if (amount_parse(t + s, e - s, fx->numbers, fx->magnitudes,
				 &v) != 0)
			return false;
		have = true;
	} else if (group(c, r, "mult", &s, &e) && which == 1) {
		if (!lex_amount(fx->multipliers, t + s, e - s, &v))
			return false;
		have = true;
	} else if (a->value) {
		amount_parse_digits(a->value, strlen(a->value), &v);
		have = true;
	}
	if (group2(c, r, "frac", which, &s, &e)) {
		if (!lex_amount(fx->fractions, t + s, e - s, &x))
			return false;
		v = have ? amount_add(v, x) : x;
		have = true;
	}
	if (group2(c, r, "mag", which, &s, &e)) {
		if (!lex_amount(fx->magnitudes, t + s, e - s, &x) &&
		    !lex_amount(fx->mag_letters, t + s, e - s, &x))
			return false;
		v = amount_mul(have ? v : amount_int(1), x);
		have = true;
	}
	if (!have)
		return false;
	if (which == 1 && group(c, r, "neg", &s, &e))
		v = amount_neg(v);
	const char *unit = a->unit;
	if (!strcmp(a->kind, "money")) {
		struct amount factor;
		if (group2(c, r, "cur", which, &s, &e)) {
			if (!currency(c, t + s, e - s, &unit, &factor))
				return false;
			v = amount_mul(v, factor);
		}
		if (!unit)
			return false;
		if (which == 1 && group(c, r, "cents", &s, &e)) {
			if (amount_parse(t + s, e - s, fx->numbers, NULL, &x))
				return false;
			struct amount cent = {1, -2, true, 0};
			v = amount_add(v, amount_mul(x, cent));
		}
	} else if (!unit) {
		unit = !strcmp(a->kind, "troops")    ? "troops"
		       : !strcmp(a->kind, "percent") ? "percent"
						     : "x";
	}
	if (!group(c, r, which == 2 ? "text2" : "text", &s, &e)) {
		if (which == 2 && !group(c, r, "num2", &s, &e))
			return false;
		if (which == 1) {
			s = ms;
			e = me;
		}
	}
	f->kind = a->kind;
	f->value = v;
	f->unit = unit;
	f->start = s;
	f->end = e;
	f->in_title = c->in_title;
	f->rule = a->name;
	return true;
}

static void push_cand(struct ctx *c, const struct cand *k)
{
	if (c->nc == c->capc) {
		c->capc = c->capc ? c->capc * 2 : 64;
		c->c = xrealloc(c->c, c->capc * sizeof *c->c);
	}
	c->c[c->nc] = *k;
	c->c[c->nc].order = c->nc;
	c->nc++;
}

/* Turns one match into a candidate. Returns RULES_LIMIT when the rule's
 * condition hit a limit. */
static int candidate(struct ctx *c, const struct rule *r, size_t ms,
		     size_t me)
{
	const struct rule_attrs *a = rules_attrs(r);
	size_t si = segment_find(c->seg, ms);
	if (si == SIZE_MAX)
		return RULES_NOMATCH;
	const struct seg_sentence *se = &c->seg->sents[si];
	int rc = rules_cond(c->m, r, c->t, se->end, se->start);
	if (rc != RULES_MATCH)
		return rc;
	struct cand k;
	memset(&k, 0, sizeof k);
	k.prio = a->priority;
	k.ms = ms;
	k.me = me;
	k.sent = si;
	size_t s, e;
	if (!strcmp(a->kind, "exclude")) {
		if (!group(c, r, "text", &s, &e)) {
			s = ms;
			e = me;
		}
		k.nspan = 1;
		k.span_s[0] = s;
		k.span_e[0] = e;
		push_cand(c, &k);
		return RULES_MATCH;
	}
	if (!build_figure(c, r, 1, ms, me, &k.fig[0]))
		return RULES_NOMATCH;
	k.nfig = 1;
	if (rules_has_group(r, "num2") && group(c, r, "num2", &s, &e)) {
		if (!build_figure(c, r, 2, ms, me, &k.fig[1]))
			return RULES_NOMATCH;
		k.nfig = 2;
	}
	for (int i = 0; i < k.nfig; i++) {
		k.span_s[i] = k.fig[i].start;
		k.span_e[i] = k.fig[i].end;
	}
	k.nspan = k.nfig;
	push_cand(c, &k);
	return RULES_MATCH;
}

static void run_rule(struct ctx *c, const struct rule *r,
		     const struct windows *win)
{
	for (size_t i = 0; i < win->n; i++) {
		size_t from = win->w[i].s, end = win->w[i].e;
		while (from < end) {
			size_t ms, me;
			int rc = rules_exec(c->m, r, c->t, end, from, &ms, &me);
			if (rc == RULES_MATCH)
				rc = candidate(c, r, ms, me) == RULES_LIMIT
					 ? RULES_LIMIT
					 : RULES_MATCH;
			if (rc == RULES_LIMIT) {
				warn_limit(c, r);
				return;
			}
			if (rc == RULES_NOMATCH)
				break;
			from = me > ms ? me : ms + char_len(c->t, ms, end);
		}
	}
}

static int cand_cmp(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;
	if (a->prio != b->prio)
		return a->prio > b->prio ? -1 : 1;
	size_t la = a->me - a->ms, lb = b->me - b->ms;
	if (la != lb)
		return la > lb ? -1 : 1;
	if (a->ms != b->ms)
		return a->ms < b->ms ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

static bool only_spaces(const char *t, size_t s, size_t e)
{
	while (s < e) {
		size_t sp = lexicon_space_len(t + s, e - s);
		if (!sp)
			return false;
		s += sp;
	}
	return true;
}

/* Lower-case (ASCII) with white space folded: "More  than" -> "more
 * than". */
static const char *lower_folded(struct arena *ar, const char *s, size_t n)
{
	char *o = arena_alloc(ar, n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		size_t sp = lexicon_space_len(s + i, n - i);
		if (sp) {
			if (k && o[k - 1] != ' ')
				o[k++] = ' ';
			i += sp;
			continue;
		}
		o[k++] = (char)ascii_lower((unsigned char)s[i++]);
	}
	while (k && o[k - 1] == ' ')
		k--;
	o[k] = '\0';
	return o;
}

/* The start of the look-back window for a figure at `pos`: the sentence
 * start, or LOOKBACK bytes before pos on a character boundary. */
static size_t lookback_from(const struct ctx *c, size_t sent_start, size_t pos)
{
	size_t from = sent_start;
	if (pos > from + LOOKBACK) {
		from = pos - LOOKBACK;
		while (from < pos && ((unsigned char)c->t[from] & 0xC0) == 0x80)
			from++;
	}
	return from;
}

/*
 * Runs qualifier rules (hedge or per) around a figure. A `before` rule
 * must end where the figure starts (spaces between are fine), an `after`
 * rule must start where it ends. The group `name` (else the whole match)
 * is the qualifier. Returns the best rule (highest priority, then the
 * longest) and its span, or NULL.
 */
static const struct rule *qualify(struct ctx *c, const struct rule *const *rs,
				  size_t n, const char *name,
				  const struct figure *f, size_t sent,
				  size_t *qs, size_t *qe)
{
	const struct seg_sentence *se = &c->seg->sents[sent];
	const struct rule *best = NULL;
	for (size_t i = 0; i < n; i++) {
		const struct rule *r = rs[i];
		const struct rule_attrs *a = rules_attrs(r);
		if (best && rules_attrs(best)->priority > a->priority)
			continue;
		size_t from, end;
		if (a->at == RULES_BEFORE) {
			from = lookback_from(c, se->start, f->start);
			end = f->start;
		} else {
			from = f->end;
			end = se->end;
		}
		while (from <= end) {
			size_t ms, me, s, e;
			int rc = rules_exec(c->m, r, c->t, end, from, &ms, &me);
			if (rc == RULES_LIMIT)
				warn_limit(c, r);
			if (rc != RULES_MATCH)
				break;
			if (!group(c, r, name, &s, &e)) {
				s = ms;
				e = me;
			}
			bool adjacent = a->at == RULES_BEFORE
					    ? only_spaces(c->t, e, f->start)
					    : only_spaces(c->t, f->end, s);
			if (adjacent) {
				bool better =
				    !best ||
				    a->priority > rules_attrs(best)->priority ||
				    e - s > *qe - *qs;
				if (better) {
					best = r;
					*qs = s;
					*qe = e;
				}
				break;
			}
			if (a->at == RULES_AFTER)
				break;
			from = me > ms ? me : ms + char_len(c->t, ms, end);
		}
	}
	return best;
}

static void finish_figure(struct ctx *c, struct figure *f, size_t sent)
{
	const struct seg_sentence *se = &c->seg->sents[sent];
	f->text = arena_strndup(c->arena, c->t + f->start, f->end - f->start);
	f->sentence =
	    arena_strndup(c->arena, c->t + se->start, se->end - se->start);
	size_t s, e;
	if (qualify(c, c->fx->hedge, c->fx->nhedge, "hedge", f, sent, &s, &e))
		f->hedge = lower_folded(c->arena, c->t + s, e - s);
	if (!strcmp(f->kind, "money") || !strcmp(f->kind, "percent")) {
		const struct rule *r =
		    qualify(c, c->fx->per, c->fx->nper, "per", f, sent, &s, &e);
		if (r)
			f->per = rules_attrs(r)->per ? rules_attrs(r)->per
						      : "year";
	}
}

/* What a bare "$" means in this text: the first `dollar` rule that
 * matches names it in its `cur` group; else USD. */
static const char *text_dollar(struct ctx *c)
{
	for (size_t i = 0; i < c->fx->ndollar; i++) {
		const struct rule *r = c->fx->dollar[i];
		size_t ms, me, s, e;
		int rc = rules_exec(c->m, r, c->t, c->len, 0, &ms, &me);
		if (rc == RULES_LIMIT)
			warn_limit(c, r);
		if (rc != RULES_MATCH || !group(c, r, "cur", &s, &e))
			continue;
		const char *iso;
		struct amount factor;
		if (currency(c, c->t + s, e - s, &iso, &factor) &&
		    strcmp(iso, "USD"))
			return iso;
	}
	return "USD";
}

/* Finds the figures of one text (the body or the title) and appends them
 * to out (a heap vector). */
static void extract_text(struct ctx *c, struct figure **out, size_t *nout,
			 size_t *capout)
{
	struct windows win[4];
	build_windows(c, win);
	for (size_t i = 0; i < c->fx->nfind; i++) {
		const struct rule *r = c->fx->find[i];
		run_rule(c, r, &win[rules_attrs(r)->needs & 3]);
	}
	if (c->nc)
		qsort(c->c, c->nc, sizeof *c->c, cand_cmp);
	unsigned char *owned = arena_alloc(c->arena, c->len + 1);
	for (size_t i = 0; i < c->nc; i++) {
		struct cand *k = &c->c[i];
		bool free_span = true;
		for (int s = 0; s < k->nspan && free_span; s++)
			for (size_t b = k->span_s[s]; b < k->span_e[s]; b++)
				if (owned[b]) {
					free_span = false;
					break;
				}
		if (!free_span)
			continue;
		for (int s = 0; s < k->nspan; s++)
			memset(owned + k->span_s[s], 1,
			       k->span_e[s] - k->span_s[s]);
		for (int f = 0; f < k->nfig; f++) {
			size_t sent = segment_find(c->seg, k->fig[f].start);
			finish_figure(c, &k->fig[f], sent == SIZE_MAX ? k->sent
								      : sent);
		}
		/* The two ends of a range share their period: "from $2
		 * billion to $8 billion each year". */
		if (k->nfig == 2 && !k->fig[0].per)
			k->fig[0].per = k->fig[1].per;
		if (k->nfig == 2 && !k->fig[1].per)
			k->fig[1].per = k->fig[0].per;
		for (int f = 0; f < k->nfig; f++) {
			if (*nout == *capout) {
				*capout = *capout ? *capout * 2 : 32;
				*out = xrealloc(*out, *capout * sizeof **out);
			}
			(*out)[(*nout)++] = k->fig[f];
		}
	}
}

static int fig_cmp(const void *x, const void *y)
{
	const struct figure *a = x, *b = y;
	if (a->in_title != b->in_title)
		return a->in_title ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

void figures_extract(const struct figures *fx, struct matcher *m,
		     const struct article *a, const struct segments *body,
		     struct arena *arena, struct figure_list *out)
{
	struct ctx c;
	memset(&c, 0, sizeof c);
	c.fx = fx;
	c.m = m;
	c.arena = arena;
	c.t = a->text;
	c.len = a->len;
	c.seg = body;
	c.dollar = "USD";
	c.dollar = text_dollar(&c);
	const char *dollar = c.dollar;

	struct figure *figs = NULL;
	size_t n = 0, cap = 0;
	extract_text(&c, &figs, &n, &cap);

	if (a->title && *a->title) {
		struct segments ts;
		size_t tl = strlen(a->title);
		segment_text(a->title, tl, &fx->seg, arena, &ts);
		c.t = a->title;
		c.len = tl;
		c.seg = &ts;
		c.in_title = true;
		c.nc = 0;
		c.dollar = dollar;
		extract_text(&c, &figs, &n, &cap);
	}
	free(c.c);
	if (n)
		qsort(figs, n, sizeof *figs, fig_cmp);
	out->items = arena_alloc(arena, (n ? n : 1) * sizeof *out->items);
	if (n)
		memcpy(out->items, figs, n * sizeof *figs);
	out->n = n;
	free(figs);
	out->warnings = arena_alloc(arena, (c.nwarn ? c.nwarn : 1) *
					       sizeof *out->warnings);
	if (c.nwarn)
		memcpy(out->warnings, c.warn, c.nwarn * sizeof *c.warn);
	out->nwarnings = c.nwarn;
	free(c.warn);
}
