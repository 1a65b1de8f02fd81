/* rules.h - the rule sets of a patterns folder: load, compile, match */
#ifndef CLAIMEX_RULES_H
#define CLAIMEX_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * A patterns folder holds rule files (`*.rules`: named PCRE2 patterns
 * with attributes, plus `define`d fragments) and lexicons (`*.lex`, see
 * lexicon.h). docs/patterns.md describes the format. rules_load() reads
 * every file, expands `{{name}}` references (a define, or a lexicon as an
 * alternation of its entries), and compiles each rule once with
 * PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED | PCRE2_DUPNAMES, then JIT.
 *
 * The loaded set is immutable and may be shared between threads; the
 * per-thread state of matching (match data, match context, JIT stack)
 * lives in a struct matcher.
 */
struct rules;
struct rule;
struct matcher;
struct lexicon;

/* Rule kinds known to the loader; `kind=` must name one of them. */
#define RULES_KINDS                                                            \
	"money", "troops", "percent", "multiplier", "exclude", "hedge", "per", \
	    "dollar"

/*
 * What a sentence must contain for a rule to be tried on it: `needs=`
 * is a conjunction ('+') of disjunctions ('|') of cues. A cue is "digit"
 * (an ASCII digit) or the name of a lexicon (a word or sign of it). Each
 * cue gets a bit: bit 0 is digit, the others are numbered in the order
 * they first appear (rules_cue). needs[k] is the mask of the k-th
 * disjunction; a rule with nneeds == 0 is tried everywhere.
 */
#define RULES_MAX_NEEDS 4
#define RULES_MAX_CUES 64
#define RULES_CUE_DIGIT 1u

/* Where a hedge or per rule looks, relative to the figure. */
enum rules_at { RULES_BEFORE, RULES_AFTER };

/* The attributes of one rule, after file defaults were applied. */
struct rule_attrs {
	const char *name; /* unique in the folder */
	const char *file; /* path of the file it came from */
	int line;	  /* line of its `rule` header */
	const char *kind; /* one of RULES_KINDS */
	int priority;	  /* higher wins an overlap; default 50 */
	bool caseless;	  /* flags=i */
	uint64_t needs[RULES_MAX_NEEDS]; /* cue masks, all must be met */
	unsigned nneeds;
	/* reach=N or reach=BEFORE,AFTER (bytes). Figure rules: tried only
	 * from `before` bytes before to `after` bytes after each cue of
	 * their last needs condition (their key). Exclusions: around each
	 * figure found. Hedge and per rules: how far they look. Default 64
	 * each way; reach=0 (or none given) runs figure rules on whole
	 * sentences. */
	unsigned reach_before, reach_after;
	bool reach_set; /* reach= was given and is not 0 */
	/* scope=paragraph: the needs before the last may be met by an
	 * earlier sentence of the same paragraph ("About 1,800 soldiers
	 * were deployed. Around 300 will stay on."); the last need (the
	 * key, e.g. the digit) is met in the sentence itself. Default: the
	 * sentence. */
	bool para_scope;
	const char *unit;  /* unit=, or NULL */
	const char *value; /* value= (a decimal number), or NULL */
	const char *per;   /* per=, or NULL */
	enum rules_at at;  /* at=before|after; default before */
	const char *cond;  /* if=DEFINE, or NULL */
	uint32_t match_limit, depth_limit;
};

/* One problem found while loading: printed by main as
 * "FILE:LINE:COL: error: MSG", then `text` and a caret under COL. */
struct rules_diag {
	char file[1024]; /* the file or folder */
	int line, col;	 /* 1-based; 0 when about the whole file */
	char msg[512];	 /* with PCRE2's own message for a bad regex */
	char text[512];	 /* the source line, "" when line is 0 */
};

struct rules_diags {
	struct rules_diag *items;
	size_t n;
};

/*
 * Loads and compiles the patterns folder `dir`. Returns the rule set
 * (free with rules_free), or NULL when anything is wrong: a missing or
 * unreadable folder or file, no `*.rules` file, a syntax error, an
 * unknown attribute or bad value, a duplicate rule or define name, a
 * reference to an unknown define or lexicon, a regex PCRE2 refuses. Then
 * *diags holds every problem of every file, in file and line order
 * (release with rules_diags_release). *diags is empty on success.
 */
struct rules *rules_load(const char *dir, struct rules_diags *diags);

/* Frees the rule set and its lexicons. NULL is a no-op. */
void rules_free(struct rules *r);

/* Frees the diagnostics and empties the list. */
void rules_diags_release(struct rules_diags *d);

/* Number of rules, and rule i (0 <= i < count) in file and line order. */
size_t rules_count(const struct rules *r);
const struct rule *rules_at(const struct rules *r, size_t i);

/* The attributes of a rule; they live as long as the rule set. */
const struct rule_attrs *rules_attrs(const struct rule *rule);

/* The lexicon loaded from NAME.lex, or NULL when there is none. */
const struct lexicon *rules_lexicon(const struct rules *r, const char *name);

/* Number of cue bits in use (at least 1: digit), and the lexicon of cue
 * bit i (NULL for bit 0, the digit). */
size_t rules_cue_count(const struct rules *r);
const struct lexicon *rules_cue(const struct rules *r, size_t bit);

/* True when the rule's pattern has a group of that name. */
bool rules_has_group(const struct rule *rule, const char *name);

/* The position of a rule in the set (0 <= index < rules_count). */
size_t rules_index(const struct rule *rule);

/* A handle for the groups called `name` in a rule, for lookups in a loop
 * (rules_group_span): -1 when the rule has no such group. */
int rules_group_id(const struct rule *rule, const char *name);

/*
 * Creates the match state for one thread: match data for every rule, a
 * match context and a JIT stack. Free with rules_matcher_free.
 */
struct matcher *rules_matcher_new(const struct rules *r);
void rules_matcher_free(struct matcher *m);

enum rules_result {
	RULES_LIMIT = -1, /* a match or depth limit was hit: see below */
	RULES_NOMATCH = 0,
	RULES_MATCH = 1,
};

/*
 * Finds the first match of rule in subj[0..len) that starts at or after
 * `from` (a byte offset at a character boundary; lookbehinds may see the
 * bytes before it). subj must be valid UTF-8 (it is not checked again).
 * On RULES_MATCH, *start and *end are the match. On RULES_LIMIT the rule
 * gave up (its match-limit or depth-limit, or the JIT stack) and
 * rules_matcher_why(m) says which; the caller warns and moves on.
 */
int rules_exec(struct matcher *m, const struct rule *rule, const char *subj,
	       size_t len, size_t from, size_t *start, size_t *end);

/*
 * After rules_exec returned RULES_MATCH for `rule`: the span of the named
 * group (the first group of that name that took part). Returns false when
 * the rule has no such group or it did not take part.
 */
bool rules_group(const struct matcher *m, const struct rule *rule,
		 const char *name, size_t *start, size_t *end);

/* rules_group with a handle from rules_group_id (-1 gives false). */
bool rules_group_span(const struct matcher *m, const struct rule *rule, int id,
		      size_t *start, size_t *end);

/*
 * For a rule with `if=DEFINE`: RULES_MATCH when the define matches
 * somewhere in subj[from..len), else RULES_NOMATCH (or RULES_LIMIT).
 * A rule without a condition always gives RULES_MATCH.
 */
int rules_cond(struct matcher *m, const struct rule *rule, const char *subj,
	       size_t len, size_t from);

/* Why the last RULES_LIMIT happened: "match limit", "depth limit", ... */
const char *rules_matcher_why(const struct matcher *m);

#endif
