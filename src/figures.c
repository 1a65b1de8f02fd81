/* figures.c - money, troop counts, percentages and multipliers in text */
#include "figures.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "cues.h"
#include "lexicon.h"
#include "rules.h"
#include "segment.h"
#include "util.h"

enum { NCUR_LEX = 6 };

/* The named groups a figure rule may have (docs/patterns.md). A candidate
 * keeps their spans, so that only the winners of an overlap are turned
 * into figures. */
enum group {
	G_TEXT,
	G_TEXT2,
	G_NUM,
	G_NUM2,
	G_MAG,
	G_MAG2,
	G_FRAC,
	G_FRAC2,
	G_CUR,
	G_CUR2,
	G_CENTS,
	G_NEG,
	G_MULT,
	NGROUPS
};

static const char *const group_names[NGROUPS] = {
    "text",  "text2", "num",  "num2",  "mag", "mag2", "frac",
    "frac2", "cur",   "cur2", "cents", "neg", "mult"};

struct figures {
	const struct rules *rules;
	const struct rule **find; /* money, troops, percent, multiplier */
	size_t nfind;
	const struct rule **excl;
	size_t nexcl;
	const struct rule **hedge;
	size_t nhedge;
	const struct rule **per;
	size_t nper;
	const struct rule **dollar;
	size_t ndollar;
	int (*gid)[NGROUPS]; /* group handles of each rule, by rules_index */
	const struct lexicon *cur[NCUR_LEX];
	const struct lexicon *numbers, *magnitudes, *mag_letters, *fractions,
	    *multipliers;
	struct segment_lexicons seg;
	struct cues *cues;
};

/* ---- setup --------------------------------------------------------- */

static void push_rule(const struct rule ***v, size_t *n, const struct rule *r)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = r;
}

struct figures *figures_new(const struct rules *r)
{
	struct figures *fx = xcalloc(1, sizeof *fx);
	fx->rules = r;
	fx->gid = xcalloc(rules_count(r) + 1, sizeof *fx->gid);
	for (size_t i = 0; i < rules_count(r); i++) {
		const struct rule *ru = rules_at(r, i);
		for (int g = 0; g < NGROUPS; g++)
			fx->gid[i][g] = rules_group_id(ru, group_names[g]);
		const char *k = rules_attrs(ru)->kind;
		if (!strcmp(k, "hedge"))
			push_rule(&fx->hedge, &fx->nhedge, ru);
		else if (!strcmp(k, "per"))
			push_rule(&fx->per, &fx->nper, ru);
		else if (!strcmp(k, "dollar"))
			push_rule(&fx->dollar, &fx->ndollar, ru);
		else if (!strcmp(k, "exclude"))
			push_rule(&fx->excl, &fx->nexcl, ru);
		else
			push_rule(&fx->find, &fx->nfind, ru);
	}
	static const char *const cur_names[NCUR_LEX] = {
	    "currency_signs", "dollar_prefixes", "currency_abbrevs",
	    "currency_codes", "currency_names",	 "currency_names_scaled"};
	for (int i = 0; i < NCUR_LEX; i++)
		fx->cur[i] = rules_lexicon(r, cur_names[i]);
	fx->numbers = rules_lexicon(r, "numbers");
	fx->magnitudes = rules_lexicon(r, "magnitudes");
	fx->mag_letters = rules_lexicon(r, "magnitude_letters");
	fx->fractions = rules_lexicon(r, "fractions");
	fx->multipliers = rules_lexicon(r, "multipliers");
	fx->seg.abbrev = rules_lexicon(r, "abbreviations");
	fx->seg.starters = rules_lexicon(r, "sentence_starters");
	fx->cues = cues_new(r);
	return fx;
}

void figures_free(struct figures *fx)
{
	if (!fx)
		return;
	cues_free(fx->cues);
	free(fx->gid);
	free(fx->find);
	free(fx->excl);
	free(fx->hedge);
	free(fx->per);
	free(fx->dollar);
	free(fx);
}

/* ---- one text ------------------------------------------------------ */

/* A stretch of text a rule is run over. */
struct window {
	size_t s, e;
};

/* A match that wants to become one or two figures (a range gives two),
 * or an exclusion (no figures), with the spans of its groups (gs ==
 * SIZE_MAX: the group did not take part). */
struct cand {
	const struct rule *rule;
	int prio;
	size_t ms, me, order;
	int nfig;
	size_t sent;
	size_t gs[NGROUPS], ge[NGROUPS];
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
	struct text_cues cues;	/* of the text being read */
	const char **sent_text; /* copies of sentences with figures */
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

static bool group(const struct ctx *c, const struct rule *r, const char *name,
		  size_t *s, size_t *e)
{
	return rules_group(c->m, r, name, s, e) && *e > *s;
}

/* Group g of a candidate, when it took part and is not empty. */
static bool cgroup(const struct cand *k, enum group g, size_t *s, size_t *e)
{
	if (k->gs[g] == SIZE_MAX || k->ge[g] <= k->gs[g])
		return false;
	*s = k->gs[g];
	*e = k->ge[g];
	return true;
}

/* For end `which` of a range: the group with its own suffix ("mag2" for
 * the far end), else the other one (both ends share a magnitude or a
 * currency written once). */
static bool cgroup2(const struct cand *k, enum group one, enum group two,
		    int which, size_t *s, size_t *e)
{
	return which == 2 ? cgroup(k, two, s, e) || cgroup(k, one, s, e)
			  : cgroup(k, one, s, e) || cgroup(k, two, s, e);
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
	if (v[il] &&
	    amount_parse_digits(v + il + 1, strlen(v + il + 1), factor) != 0)
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
 * Builds figure `which` (1, or 2 for the far end of a range) of a
 * candidate from its groups (docs/patterns.md lists them). Returns false
 * when they do not make a figure (a number that does not parse, a
 * currency no lexicon knows).
 */
static bool build_figure(struct ctx *c, const struct cand *k, int which,
			 struct figure *f)
{
	const struct rule_attrs *a = rules_attrs(k->rule);
	const struct figures *fx = c->fx;
	const char *t = c->t;
	size_t s, e;
	struct amount v = amount_int(0), x;
	bool have = false;
	if (cgroup(k, which == 2 ? G_NUM2 : G_NUM, &s, &e)) {
		if (amount_parse(t + s, e - s, fx->numbers, fx->magnitudes,
				 &v) != 0)
			return false;
		have = true;
	} else if (which == 1 && cgroup(k, G_MULT, &s, &e)) {
		if (!lex_amount(fx->multipliers, t + s, e - s, &v))
			return false;
		have = true;
	} else if (a->value) {
		amount_parse_digits(a->value, strlen(a->value), &v);
		have = true;
	}
	if (cgroup2(k, G_FRAC, G_FRAC2, which, &s, &e)) {
		if (!lex_amount(fx->fractions, t + s, e - s, &x))
			return false;
		v = have ? amount_add(v, x) : x;
		have = true;
	}
	if (cgroup2(k, G_MAG, G_MAG2, which, &s, &e)) {
		if (!lex_amount(fx->magnitudes, t + s, e - s, &x) &&
		    !lex_amount(fx->mag_letters, t + s, e - s, &x))
			return false;
		v = amount_mul(have ? v : amount_int(1), x);
		have = true;
	}
	if (!have)
		return false;
	if (which == 1 && cgroup(k, G_NEG, &s, &e))
		v = amount_neg(v);
	const char *unit = a->unit;
	if (!strcmp(a->kind, "money")) {
		struct amount factor;
		if (cgroup2(k, G_CUR, G_CUR2, which, &s, &e)) {
			if (!currency(c, t + s, e - s, &unit, &factor))
				return false;
			v = amount_mul(v, factor);
		}
		if (!unit)
			return false;
		if (which == 1 && cgroup(k, G_CENTS, &s, &e)) {
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
	f->kind = a->kind;
	f->value = v;
	f->unit = unit;
	f->start = k->span_s[which - 1];
	f->end = k->span_e[which - 1];
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

/* Moves a byte offset back to a character boundary (not below lo). */
static size_t char_start(const char *t, size_t i, size_t lo)
{
	while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80)
		i--;
	return i;
}

#define COND_REACH 1000

/* Turns one match into a candidate: its groups' spans and the spans it
 * claims (the text of each figure, or the whole exclusion). Returns
 * RULES_LIMIT when the rule's condition hit a limit. */
static int candidate(struct ctx *c, const struct rule *r, size_t ms, size_t me)
{
	const struct rule_attrs *a = rules_attrs(r);
	size_t si = segment_find(c->seg, ms);
	if (si == SIZE_MAX)
		return RULES_NOMATCH;
	if (a->cond) {
		/* The condition is tested on the sentence, at most
		 * COND_REACH bytes each side of the match. */
		const struct seg_sentence *se = &c->seg->sents[si];
		size_t from = ms > se->start + COND_REACH
				  ? char_start(c->t, ms - COND_REACH, se->start)
				  : se->start;
		size_t to = me + COND_REACH < se->end
				? char_start(c->t, me + COND_REACH, me)
				: se->end;
		int rc = rules_cond(c->m, r, c->t, to, from);
		if (rc != RULES_MATCH)
			return rc;
	}
	struct cand k;
	memset(&k, 0, sizeof k);
	k.rule = r;
	k.prio = a->priority;
	k.ms = ms;
	k.me = me;
	k.sent = si;
	const int *gid = c->fx->gid[rules_index(r)];
	for (int g = 0; g < NGROUPS; g++)
		if (gid[g] < 0 ||
		    !rules_group_span(c->m, r, gid[g], &k.gs[g], &k.ge[g]))
			k.gs[g] = k.ge[g] = SIZE_MAX;
	size_t s, e;
	if (!cgroup(&k, G_TEXT, &s, &e)) {
		s = ms;
		e = me;
	}
	k.nspan = 1;
	k.span_s[0] = s;
	k.span_e[0] = e;
	k.nfig = strcmp(a->kind, "exclude") ? 1 : 0;
	if (k.nfig && cgroup(&k, G_NUM2, &s, &e)) {
		/* The far end of a range: text2, else its number. */
		cgroup(&k, G_TEXT2, &s, &e);
		k.nfig = k.nspan = 2;
		k.span_s[1] = s;
		k.span_e[1] = e;
	}
	push_cand(c, &k);
	return RULES_MATCH;
}

/* Runs rule r over text[ws..we). Returns false when it hit a limit (the
 * warning is recorded). */
static bool run_window(struct ctx *c, const struct rule *r, size_t ws,
		       size_t we)
{
	size_t from = ws;
	while (from < we) {
		size_t ms, me;
		int rc = rules_exec(c->m, r, c->t, we, from, &ms, &me);
		if (rc == RULES_MATCH)
			rc = candidate(c, r, ms, me) == RULES_LIMIT
				 ? RULES_LIMIT
				 : RULES_MATCH;
		if (rc == RULES_LIMIT) {
			warn_limit(c, r);
			return false;
		}
		if (rc == RULES_NOMATCH)
			break;
		from = me > ms ? me : ms + char_len(c->t, ms, we);
	}
	return true;
}

/*
 * Runs a rule with reach=N only near the cue tokens of its last needs
 * condition (its key: the currency, the percent sign, the troop noun):
 * on text[key - N, key + N] within the sentence, overlapping stretches
 * merged.
 */
static void run_near_keys(struct ctx *c, const struct rule *r, size_t sent)
{
	const struct rule_attrs *a = rules_attrs(r);
	const struct seg_sentence *se = &c->seg->sents[sent];
	uint64_t key = a->needs[a->nneeds - 1];
	size_t ws = 0, we = 0;
	bool open = false;
	for (size_t k = c->cues.tok_first[sent];
	     k < c->cues.tok_first[sent + 1]; k++) {
		const struct cue_tok *tk = &c->cues.toks[k];
		if (!(tk->mask & key))
			continue;
		size_t s =
		    tk->s > se->start + a->reach_before
			? char_start(c->t, tk->s - a->reach_before, se->start)
			: se->start;
		size_t e = tk->e + a->reach_after < se->end
			       ? char_start(c->t, tk->e + a->reach_after, tk->e)
			       : se->end;
		if (open && s <= we) {
			we = e > we ? e : we;
			continue;
		}
		if (open && !run_window(c, r, ws, we))
			return;
		ws = s;
		we = e;
		open = true;
	}
	if (open)
		run_window(c, r, ws, we);
}

/* Runs rule r over each run of consecutive sentences of a paragraph that
 * have what the rule needs (or, with reach=, near its keys there). */
static void run_rule(struct ctx *c, const struct rule *r)
{
	const struct rule_attrs *a = rules_attrs(r);
	const struct segments *sg = c->seg;
	size_t warned = c->nwarn;
	if (a->para_scope && a->nneeds) {
		/* each sentence with the last need (the key), the others met
		 * in it or earlier in its paragraph; near the keys only when
		 * the rule has a reach */
		uint64_t key = a->needs[a->nneeds - 1];
		for (size_t p = 0; p < sg->npara && c->nwarn == warned; p++) {
			const struct seg_paragraph *pa = &sg->paras[p];
			uint64_t seen = 0;
			for (size_t k = pa->first;
			     k < pa->first + pa->count && c->nwarn == warned;
			     k++) {
				uint64_t m = c->cues.sent[k];
				seen |= m;
				if (!(key & m) || !cues_met(a, seen))
					continue;
				if (a->reach_set)
					run_near_keys(c, r, k);
				else if (!run_window(c, r, sg->sents[k].start,
						     sg->sents[k].end))
					return;
			}
		}
		return;
	}
	if (a->reach_set && a->nneeds) {
		for (size_t k = 0; k < sg->nsent && c->nwarn == warned; k++)
			if (cues_met(a, c->cues.sent[k]))
				run_near_keys(c, r, k);
		return;
	}
	for (size_t p = 0; p < sg->npara; p++) {
		const struct seg_paragraph *pa = &sg->paras[p];
		size_t k = pa->first, end = pa->first + pa->count;
		while (k < end) {
			while (k < end && !cues_met(a, c->cues.sent[k]))
				k++;
			if (k == end)
				break;
			size_t first = k;
			while (k < end && cues_met(a, c->cues.sent[k]))
				k++;
			if (!run_window(c, r, sg->sents[first].start,
					sg->sents[k - 1].end))
				return;
		}
	}
}

static int win_cmp(const void *x, const void *y)
{
	const struct window *a = x, *b = y;
	return a->s < b->s ? -1 : a->s > b->s;
}

/*
 * Exclusions only matter where they could overlap a figure: each one runs
 * on the surroundings of the candidates' spans (its reach, 64 bytes unless
 * it says, on each side, within the sentence), and only in sentences with
 * what it needs.
 */
static void run_exclusion(struct ctx *c, const struct rule *r, struct window *w)
{
	const struct rule_attrs *a = rules_attrs(r);
	size_t nw = 0;
	for (size_t i = 0; i < c->nc; i++) {
		const struct cand *k = &c->c[i];
		if (!cues_met(a, c->cues.sent[k->sent]))
			continue;
		const struct seg_sentence *se = &c->seg->sents[k->sent];
		for (int f = 0; f < k->nfig; f++) {
			size_t fs = k->span_s[f], fe = k->span_e[f];
			size_t s = fs > se->start + a->reach_before
				       ? char_start(c->t, fs - a->reach_before,
						    se->start)
				       : se->start;
			size_t e =
			    fe + a->reach_after < se->end
				? char_start(c->t, fe + a->reach_after, fe)
				: se->end;
			w[nw++] = (struct window){s, e > fe ? e : fe};
		}
	}
	if (nw)
		qsort(w, nw, sizeof *w, win_cmp);
	size_t m = 0;
	for (size_t i = 0; i < nw; i++) {
		if (m && w[i].s <= w[m - 1].e) {
			if (w[i].e > w[m - 1].e)
				w[m - 1].e = w[i].e;
		} else {
			w[m++] = w[i];
		}
	}
	for (size_t i = 0; i < m; i++)
		if (!run_window(c, r, w[i].s, w[i].e))
			break;
}

static void run_exclusions(struct ctx *c, const struct rule *const *rs,
			   size_t n)
{
	if (!c->nc || !n)
		return;
	/* Exclusion candidates add no windows (they have no figures), so
	 * two windows per figure candidate found before are enough. */
	struct window *w = xmalloc(2 * c->nc * sizeof *w);
	for (size_t r = 0; r < n; r++)
		run_exclusion(c, rs[r], w);
	free(w);
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
 * start, or `reach` bytes before pos on a character boundary. */
static size_t lookback_from(const struct ctx *c, size_t sent_start, size_t pos,
			    size_t reach)
{
	size_t from = sent_start;
	if (pos > from + reach) {
		from = pos - reach;
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
		if (!cues_met(a, c->cues.sent[sent]))
			continue;
		size_t from, end;
		if (a->at == RULES_BEFORE) {
			from = lookback_from(c, se->start, f->start,
					     a->reach_before);
			end = f->start;
		} else {
			from = f->end;
			end = f->end + a->reach_after < se->end
				  ? char_start(c->t, f->end + a->reach_after,
					       f->end)
				  : se->end;
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

/* A "sentence" longer than this (a page without punctuation) is cut to
 * the bytes around the figure, so that each record stays small. */
#define SENTENCE_MAX 1000

/* The sentence of a figure: copied once per sentence and shared by its
 * figures; for an overlong one, the SENTENCE_MAX bytes around the
 * figure. */
static const char *sentence_text(struct ctx *c, size_t sent,
				 const struct figure *f)
{
	const struct seg_sentence *se = &c->seg->sents[sent];
	if (se->end - se->start <= SENTENCE_MAX) {
		if (!c->sent_text[sent])
			c->sent_text[sent] = arena_strndup(
			    c->arena, c->t + se->start, se->end - se->start);
		return c->sent_text[sent];
	}
	size_t half = (SENTENCE_MAX - (f->end - f->start)) / 2;
	if (f->end - f->start >= SENTENCE_MAX)
		half = 0;
	size_t s = f->start > se->start + half
		       ? char_start(c->t, f->start - half, se->start)
		       : se->start;
	size_t e = f->end + half < se->end
		       ? char_start(c->t, f->end + half, f->end)
		       : se->end;
	return arena_strndup(c->arena, c->t + s, e - s);
}

static void finish_figure(struct ctx *c, struct figure *f, size_t sent)
{
	f->text = arena_strndup(c->arena, c->t + f->start, f->end - f->start);
	f->sentence = sentence_text(c, sent, f);
	size_t s, e;
	if (qualify(c, c->fx->hedge, c->fx->nhedge, "hedge", f, sent, &s, &e))
		f->hedge = lower_folded(c->arena, c->t + s, e - s);
	if (!strcmp(f->kind, "money") || !strcmp(f->kind, "percent")) {
		const struct rule *r =
		    qualify(c, c->fx->per, c->fx->nper, "per", f, sent, &s, &e);
		if (r)
			f->per =
			    rules_attrs(r)->per ? rules_attrs(r)->per : "year";
	}
}

static void compute_cues(struct ctx *c)
{
	const struct segments *sg = c->seg;
	cues_scan(c->fx->cues, c->t, sg, c->arena, &c->cues);
	c->sent_text =
	    arena_alloc(c->arena, (sg->nsent + 1) * sizeof *c->sent_text);
}

/* What a bare "$" means in this text: the first `dollar` rule that
 * matches (in a sentence with what it needs) names it in its `cur`
 * group; else USD. */
static const char *text_dollar(struct ctx *c)
{
	for (size_t i = 0; i < c->fx->ndollar; i++) {
		const struct rule *r = c->fx->dollar[i];
		const struct rule_attrs *a = rules_attrs(r);
		for (size_t k = 0; k < c->seg->nsent; k++) {
			if (!cues_met(a, c->cues.sent[k]))
				continue;
			const struct seg_sentence *se = &c->seg->sents[k];
			size_t ms, me, s, e;
			int rc = rules_exec(c->m, r, c->t, se->end, se->start,
					    &ms, &me);
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
	}
	return "USD";
}

/* Finds the figures of one text (the body or the title) and appends them
 * to out (a heap vector). */
static void extract_text(struct ctx *c, struct figure **out, size_t *nout,
			 size_t *capout)
{
	for (size_t i = 0; i < c->fx->nfind; i++)
		run_rule(c, c->fx->find[i]);
	run_exclusions(c, c->fx->excl, c->fx->nexcl);
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
		/* A candidate that does not make a figure claims nothing:
		 * the next one may take its place. */
		struct figure fig[2];
		memset(fig, 0, sizeof fig);
		bool ok = true;
		for (int f = 0; f < k->nfig && ok; f++)
			ok = build_figure(c, k, f + 1, &fig[f]);
		if (!ok)
			continue;
		for (int s = 0; s < k->nspan; s++)
			memset(owned + k->span_s[s], 1,
			       k->span_e[s] - k->span_s[s]);
		for (int f = 0; f < k->nfig; f++) {
			size_t sent = segment_find(c->seg, fig[f].start);
			finish_figure(c, &fig[f],
				      sent == SIZE_MAX ? k->sent : sent);
		}
		/* The two ends of a range share their period: "from $2
		 * billion to $8 billion each year". */
		if (k->nfig == 2 && !fig[0].per)
			fig[0].per = fig[1].per;
		if (k->nfig == 2 && !fig[1].per)
			fig[1].per = fig[0].per;
		for (int f = 0; f < k->nfig; f++) {
			if (*nout == *capout) {
				*capout = *capout ? *capout * 2 : 32;
				*out = xrealloc(*out, *capout * sizeof **out);
			}
			(*out)[(*nout)++] = fig[f];
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
	compute_cues(&c);
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
		compute_cues(&c);
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
	out->warnings =
	    arena_alloc(arena, (c.nwarn ? c.nwarn : 1) * sizeof *out->warnings);
	if (c.nwarn)
		memcpy(out->warnings, c.warn, c.nwarn * sizeof *c.warn);
	out->nwarnings = c.nwarn;
	free(c.warn);
}
