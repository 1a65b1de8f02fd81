/* keys.c - which quantity a figure measures: its key and subject */
#include "keys.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "lexicon.h"
#include "util.h"

struct keys {
	const struct lexicon *places, *predicates, *outlets;
};

/* A place named in the article. */
struct place {
	size_t start, end;
	const char *canon; /* "South Korea" */
	bool modifier;     /* "U.S. troops", "American forces": describes
			      a noun rather than naming a party */
};

struct keys_article {
	const char *text;
	size_t len;
	struct place *places;
	size_t nplaces;
	const char *dominant; /* the place named most often as a party */
};

/* A predicate word found in a clause. */
struct pred {
	size_t start, end;
	char cls[16];
};

struct keys *keys_new(const struct lexicon *places,
		      const struct lexicon *predicates,
		      const struct lexicon *outlets)
{
	struct keys *k = xcalloc(1, sizeof *k);
	k->places = places;
	k->predicates = predicates;
	k->outlets = outlets;
	return k;
}

void keys_free(struct keys *k)
{
	free(k);
}

static bool is_alnum_byte(unsigned char c)
{
	return is_ascii_alpha(c) || is_ascii_digit(c);
}

static bool word_start(const char *t, size_t pos)
{
	return pos == 0 || !is_alnum_byte((unsigned char)t[pos - 1]);
}

/*
 * Splits a lexicon value "South Korea<TAB>country" into its head ("South
 * Korea") and its last word ("country"). The lexicon may have folded the
 * TAB into a space, so the last space or TAB separates them.
 */
static void split_value(const char *value, char *head, size_t hcap,
			char *last, size_t lcap)
{
	size_t n = strlen(value);
	size_t cut = n;
	while (cut > 0 && value[cut - 1] != ' ' && value[cut - 1] != '\t')
		cut--;
	size_t hl = cut ? cut - 1 : 0;
	if (hl >= hcap)
		hl = hcap - 1;
	memcpy(head, value, hl);
	head[hl] = '\0';
	size_t ll = n - cut < lcap - 1 ? n - cut : lcap - 1;
	memcpy(last, value + cut, ll);
	last[ll] = '\0';
}

/* The next word after pos (skipping spaces), as [*ws, *we). */
static void next_word(const char *t, size_t len, size_t pos, size_t *ws,
		      size_t *we)
{
	size_t i = pos;
	while (i < len && (t[i] == ' ' || t[i] == '\t'))
		i++;
	*ws = i;
	while (i < len && is_alnum_byte((unsigned char)t[i]))
		i++;
	*we = i;
}

/*
 * A demonym ("American", "South Korean") or an abbreviation ("U.S.",
 * "UK") followed by a lower-case word describes that word: "U.S. troops",
 * "American forces", "the U.S. ally". A country named in full, a
 * possessive or a plural people-name ("South Koreans") names a party.
 */
static bool is_modifier(const char *t, size_t len, const struct place *p,
			const char *type)
{
	size_t n = p->end - p->start;
	const char *s = t + p->start;
	bool abbrev = n <= 4 || memchr(s, '.', n) != NULL;
	bool demonym = !strcmp(type, "demonym");
	if (demonym && s[n - 1] == 's')
		return false;
	if (!demonym && !abbrev)
		return false;
	if (p->end < len && t[p->end] == '\'')
		return false;
	size_t ws, we;
	next_word(t, len, p->end, &ws, &we);
	return we > ws && t[ws] >= 'a' && t[ws] <= 'z';
}

struct keys_article *keys_article_new(const struct keys *k, const char *text,
				      size_t len, struct arena *arena)
{
	struct keys_article *ka = arena_alloc(arena, sizeof *ka);
	ka->text = text;
	ka->len = len;
	size_t cap = 64, n = 0;
	struct place *pl = xmalloc(cap * sizeof *pl);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c < 'A' || c > 'Z' || !word_start(text, i))
			continue;
		/* An outlet's name is not a place: "The Washington Post". */
		size_t m = k->outlets ? lexicon_longest_at(k->outlets, text, len,
							   i, LEX_EXACT, NULL)
				      : 0;
		if (m) {
			i += m - 1;
			continue;
		}
		const char *value = NULL;
		m = lexicon_longest_at(k->places, text, len, i, LEX_EXACT,
				       &value);
		if (!m)
			continue;
		char canon[128], type[32];
		split_value(value, canon, sizeof canon, type, sizeof type);
		if (n == cap) {
			cap *= 2;
			pl = xrealloc(pl, cap * sizeof *pl);
		}
		struct place *p = &pl[n++];
		p->start = i;
		p->end = i + m;
		p->canon = arena_strdup(arena, canon);
		p->modifier = is_modifier(text, len, p, type);
		i += m - 1;
	}
	ka->places = arena_alloc(arena, (n + 1) * sizeof *pl);
	if (n)
		memcpy(ka->places, pl, n * sizeof *pl);
	ka->nplaces = n;
	free(pl);

	/* The dominant place: named most often as a party. */
	size_t best = 0;
	for (size_t i = 0; i < n; i++) {
		if (ka->places[i].modifier)
			continue;
		size_t count = 0;
		for (size_t j = 0; j < n; j++)
			count += !ka->places[j].modifier &&
				 !strcmp(ka->places[j].canon,
					 ka->places[i].canon);
		if (count > best) {
			best = count;
			ka->dominant = ka->places[i].canon;
		}
	}
	return ka;
}

static bool has_at(const char *t, size_t len, size_t pos, const char *w)
{
	size_t n = strlen(w);
	return pos + n <= len && ascii_ieq(t + pos, n, w) &&
	       (pos + n == len || !is_alnum_byte((unsigned char)t[pos + n]));
}

/*
 * The clause of the sentence around [fs, fe): the sentence cut at ';',
 * ': ', and the contrast words "but", "while", "whereas" that join two
 * statements ("Japan hosts 50,000 US troops, while South Korea stations
 * 28,500").
 */
static void clause_of(const char *t, size_t ss, size_t se, size_t fs,
		      size_t fe, size_t *cs, size_t *ce)
{
	static const char *const joins[] = {"but", "while", "whereas",
					    "although", NULL};
	*cs = ss;
	*ce = se;
	for (size_t i = ss; i < se; i++) {
		bool cut = t[i] == ';' || (t[i] == ':' && i + 1 < se &&
					   t[i + 1] == ' ');
		size_t skip = 1;
		if (!cut && word_start(t, i) && i > ss && t[i - 1] == ' ')
			for (size_t j = 0; joins[j]; j++)
				if (has_at(t, se, i, joins[j])) {
					cut = true;
					skip = strlen(joins[j]);
					break;
				}
		if (!cut)
			continue;
		if (i + skip <= fs)
			*cs = i + skip;
		else if (i >= fe && i < *ce)
			*ce = i;
	}
}

/* Does the predicate's kind list name this figure kind? */
static bool kind_ok(const char *kinds, const char *kind)
{
	size_t n = strlen(kind);
	for (const char *p = kinds; p && *p;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == n && !strncmp(p, kind, n))
			return true;
		p = comma ? comma + 1 : NULL;
	}
	return false;
}

/* Predicate words in [cs, ce) that apply to `kind` (at most max). */
static size_t find_preds(const struct keys *k, const char *t, size_t cs,
			 size_t ce, const char *kind, size_t fs, size_t fe,
			 struct pred *out, size_t max)
{
	size_t n = 0;
	for (size_t i = cs; i < ce && n < max; i++) {
		if (!is_ascii_alpha((unsigned char)t[i]) || !word_start(t, i))
			continue;
		if (i >= fs && i < fe)
			continue; /* words of the amount itself */
		const char *value = NULL;
		size_t m = lexicon_longest_at(k->predicates, t, ce, i,
					      LEX_ICASE, &value);
		if (!m)
			continue;
		char cls[16], kinds[64];
		split_value(value, cls, sizeof cls, kinds, sizeof kinds);
		if (kind_ok(kinds, kind)) {
			out[n].start = i;
			out[n].end = i + m;
			memcpy(out[n].cls, cls, sizeof cls);
			n++;
		}
		i += m - 1;
	}
	return n;
}

static size_t dist(size_t a_start, size_t a_end, size_t fs, size_t fe)
{
	if (a_end <= fs)
		return fs - a_end;
	if (a_start >= fe)
		return a_start - fe;
	return 0;
}

/*
 * The noun right after the amount names what it is: "$10.7 billion
 * cost", "the $4.7 billion demand", "$5 billion (£3.9bn) annual fee".
 * Skips a bracketed conversion and period adjectives.
 */
static const struct pred *adjacent_pred(const char *t, size_t ce,
					size_t fe, const struct pred *p,
					size_t n)
{
	size_t i = fe;
	int words = 0;
	while (i < ce && words < 1) {
		while (i < ce && t[i] == ' ')
			i++;
		if (i < ce && t[i] == '(') {
			while (i < ce && t[i] != ')')
				i++;
			i++;
			continue;
		}
		for (size_t j = 0; j < n; j++)
			if (p[j].start == i)
				return &p[j];
		if (has_at(t, ce, i, "annual") || has_at(t, ce, i, "yearly") ||
		    has_at(t, ce, i, "a-year") || has_at(t, ce, i, "total"))
			words--;
		if (i >= ce || !is_alnum_byte((unsigned char)t[i]))
			return NULL;
		while (i < ce && (is_alnum_byte((unsigned char)t[i]) ||
				  t[i] == '-'))
			i++;
		words++;
	}
	return NULL;
}

/* "from $2 billion to $8 billion": the first end is the current level. */
static bool is_from_end(const char *t, size_t cs, size_t fs)
{
	size_t i = fs;
	while (i > cs && t[i - 1] == ' ')
		i--;
	/* A hedge may sit between "from" and the amount. */
	for (int w = 0; w < 3 && i > cs; w++) {
		if (i >= cs + 4 && ascii_ieq(t + i - 4, 4, "from") &&
		    (i - 4 == cs || !is_alnum_byte((unsigned char)t[i - 5])))
			return true;
		while (i > cs && t[i - 1] != ' ')
			i--;
		while (i > cs && t[i - 1] == ' ')
			i--;
	}
	return false;
}

/* A year 1900-2099 written at t[i..i+4) as a word of its own. */
static int year_at(const char *t, size_t len, size_t i)
{
	if (i + 4 > len || (i > 0 && is_alnum_byte((unsigned char)t[i - 1])) ||
	    (i + 4 < len && is_alnum_byte((unsigned char)t[i + 4])))
		return 0;
	int y = 0;
	for (int k = 0; k < 4; k++) {
		if (!is_ascii_digit((unsigned char)t[i + k]))
			return 0;
		y = y * 10 + (t[i + k] - '0');
	}
	return y >= 1900 && y <= 2099 ? y : 0;
}

/*
 * An explicit year of the amount: "in 2024" / "for 2025" / "fiscal 2025"
 * within the clause after the amount, or a year right before the
 * predicate noun ("the 2025 budget"). Years of other things ("under a
 * 2021 deal") are not the amount's.
 */
static int explicit_year(const char *t, size_t cs, size_t ce, size_t fe,
			 const struct pred *chosen)
{
	for (size_t i = fe; i + 4 <= ce && i < fe + 60; i++) {
		static const char *const preps[] = {"in ", "for ", "fiscal ",
						    "during ", NULL};
		for (size_t j = 0; preps[j]; j++) {
			size_t n = strlen(preps[j]);
			if (word_start(t, i) && i + n + 4 <= ce &&
			    ascii_ieq(t + i, n, preps[j])) {
				int y = year_at(t, ce, i + n);
				if (y)
					return y;
			}
		}
	}
	if (chosen && chosen->start >= cs + 5) {
		int y = year_at(t, ce, chosen->start - 5);
		if (y && t[chosen->start - 1] == ' ')
			return y;
	}
	return 0;
}

/* Lower-case, spaces to dashes: "South Korea" -> "south-korea". */
static char *slug(struct arena *a, const char *s)
{
	size_t n = strlen(s);
	char *out = arena_alloc(a, n + 1);
	for (size_t i = 0; i < n; i++)
		out[i] = s[i] == ' ' ? '-' : (char)ascii_lower((unsigned char)s[i]);
	return out;
}

static const char *class_label(const char *cls, const char *kind)
{
	static const struct {
		const char *cls, *label;
	} labels[] = {
		{"demand", "amount demanded"}, {"pay", "payment"},
		{"cost", "cost"},               {"aid", "aid"},
		{"budget", "budget"},           {"surplus", "trade surplus"},
		{"deficit", "deficit"},         {"spending", "spending"},
		{"station", "troops stationed"}, {"withdraw", "troops withdrawn"},
		{"send", "troops sent"},        {"increase", "increase"},
		{"decrease", "decrease"},       {"share", "share"},
	};
	if (!strcmp(kind, "multiplier") && !strcmp(cls, "demand"))
		return "multiple demanded";
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (!strcmp(labels[i].cls, cls))
			return labels[i].label;
	return cls;
}

/* The party place in [lo, hi) nearest to the amount [fs, fe), or NULL. */
static const struct place *nearest_place(const struct keys_article *ka,
					 size_t lo, size_t hi, size_t fs,
					 size_t fe)
{
	const struct place *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < ka->nplaces; i++) {
		const struct place *p = &ka->places[i];
		if (p->modifier || p->start < lo || p->end > hi)
			continue;
		size_t d = dist(p->start, p->end, fs, fe);
		if (d < best_d) {
			best = p;
			best_d = d;
		}
	}
	return best;
}

/* The place the clause is about, for the chosen predicate. */
static const char *pick_place(const struct keys_article *ka, size_t cs,
			      size_t ce, size_t ss, size_t se, size_t fs,
			      size_t fe, const struct pred *demand)
{
	const struct place *best = NULL;
	size_t best_d = (size_t)-1;
	const char *excluded = NULL;
	if (demand) {
		/* The party asked: a place after the demand word, in the
		 * clause, then in the sentence. A place just before it is
		 * the one asking ("Washington is demanding"). */
		for (int pass = 0; pass < 2 && !best; pass++) {
			size_t lo = demand->end, hi = pass ? se : ce;
			for (size_t i = 0; i < ka->nplaces; i++) {
				const struct place *p = &ka->places[i];
				if (p->modifier || p->start < lo || p->end > hi)
					continue;
				best = p;
				break;
			}
		}
		if (best)
			return best->canon;
		for (size_t i = 0; i < ka->nplaces; i++) {
			const struct place *p = &ka->places[i];
			if (p->modifier || p->start < cs || p->end > demand->start)
				continue;
			size_t words = 0;
			for (size_t j = p->end; j < demand->start; j++)
				words += ka->text[j] == ' ';
			if (words <= 4)
				excluded = p->canon;
			else if (demand->start - p->end < best_d) {
				best = p;
				best_d = demand->start - p->end;
			}
		}
		if (best)
			return best->canon;
	} else {
		/* The subject comes first in English: the nearest place
		 * before the amount in its clause ("Japan to boost spending
		 * by 11% and South Korea by 3.6%"), then after it ("troops
		 * stationed in Japan"), then anywhere in the sentence. */
		best = nearest_place(ka, cs, fs, fs, fe);
		if (!best)
			best = nearest_place(ka, fe, ce, fs, fe);
		if (!best)
			best = nearest_place(ka, ss, se, fs, fe);
		if (best)
			return best->canon;
	}
	if (ka->dominant && (!excluded || strcmp(excluded, ka->dominant)))
		return ka->dominant;
	return NULL;
}

void keys_assign(const struct keys *k, const struct keys_article *ka,
		 const struct keys_figure *f, struct arena *arena,
		 struct keys_result *out)
{
	memset(out, 0, sizeof *out);
	const char *t = ka->text;
	size_t ss = f->sent_start, se = f->sent_end;
	if (se > ka->len || ss > f->start || f->end > se)
		return;
	size_t cs, ce;
	clause_of(t, ss, se, f->start, f->end, &cs, &ce);

	struct pred preds[32];
	size_t n = find_preds(k, t, cs, ce, f->kind, f->start, f->end, preds,
			      32);
	const struct pred *demand = NULL;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(preds[i].cls, "demand")) {
			demand = &preds[i];
			break;
		}
	/* An amount in a clause that demands is the amount demanded, even
	 * when it is called a fee or a payment ("the $5 billion annual fee
	 * that Washington is demanding"); else the noun after it says. */
	const struct pred *chosen = NULL;
	if (demand && (!strcmp(f->kind, "money") ||
		       !strcmp(f->kind, "multiplier")))
		chosen = demand;
	else
		chosen = adjacent_pred(t, ce, f->end, preds, n);
	bool is_pct = !strcmp(f->kind, "percent");
	char of_amount[40] = "";
	if (!chosen && is_pct && has_at(t, ce, f->end + 1, "of") &&
	    t[f->end] == ' ') {
		/* "40 percent of the expenses": a share. When the whole is
		 * a stated amount ("90 percent of the $10.7 billion cost"),
		 * the share is of that amount. */
		static struct pred share = {0, 0, "share"};
		chosen = &share;
		for (size_t i = f->end + 3; i < ce && i < f->end + 12; i++)
			if (strchr("$\xc2\xe2", t[i]) && i + 1 < ce) {
				size_t j = i;
				while (j < ce && t[j] != ' ')
					j++;
				size_t w = j - i < 30 ? j - i : 30;
				for (size_t q = 0, o = 0; q < w; q++)
					if (is_alnum_byte((unsigned char)t[i + q]) ||
					    t[i + q] == '.')
						of_amount[o++] = t[i + q];
				break;
			}
	}
	if (!chosen) {
		size_t best_d = (size_t)-1;
		for (size_t i = 0; i < n; i++) {
			size_t d = dist(preds[i].start, preds[i].end, f->start,
					f->end);
			if (d < best_d) {
				best_d = d;
				chosen = &preds[i];
			}
		}
	}
	if (!chosen)
		return; /* no predicate: not a quantity we can line up */

	const char *cls = chosen->cls;
	if (is_from_end(t, cs, f->start) &&
	    (!strcmp(cls, "demand") || !strcmp(cls, "increase") ||
	     !strcmp(cls, "spending")))
		cls = "pay"; /* from the current level to the new one */

	/* What a percentage change applies to: the nearest other class. */
	const char *topic = NULL;
	if (is_pct && (!strcmp(cls, "increase") || !strcmp(cls, "decrease"))) {
		struct pred all[32];
		size_t m = find_preds(k, t, cs, ce, "money", f->start, f->end,
				      all, 32);
		size_t best_d = (size_t)-1;
		for (size_t i = 0; i < m; i++) {
			size_t d = dist(all[i].start, all[i].end, f->start,
					f->end);
			if (d < best_d) {
				best_d = d;
				topic = arena_strdup(arena, all[i].cls);
			}
		}
	}
	const char *place = pick_place(ka, cs, ce, ss, se, f->start, f->end,
				       !strcmp(cls, "demand") ? demand : NULL);
	int year = explicit_year(t, cs, ce, f->end, chosen);

	out->key = arena_printf(arena, "%s/%s%s%s/%s%s%.0d%s%s", f->kind, cls,
				topic ? "+" : "", topic ? topic : "",
				place ? slug(arena, place) : "any",
				year ? "/" : "", year, of_amount[0] ? "/of-" : "",
				of_amount);
	out->subject = arena_printf(
	    arena, "%s: %s%s%s%s%s%s%s", place ? place : "(no place named)",
	    class_label(cls, f->kind), topic ? " of " : "",
	    topic ? class_label(topic, "money") : "",
	    of_amount[0] ? " of " : "", of_amount, year ? " in " : "",
	    year ? arena_printf(arena, "%d", year) : "");
	if (f->per && !strcmp(f->per, "year"))
		out->subject = arena_printf(arena, "%s (per year)", out->subject);
}
