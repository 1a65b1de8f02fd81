/* test_rules.c - loading a patterns folder, every error path, matching */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "lexicon.h"
#include "rules.h"

static char dirs[8][64];
static int ndirs;

static const char *new_dir(void)
{
	char *d = dirs[ndirs++];
	snprintf(d, 64, "/tmp/claimex-rules-XXXXXX");
	if (!mkdtemp(d))
		perror("mkdtemp");
	return d;
}

static void put(const char *dir, const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f) {
		perror(path);
		return;
	}
	fputs(text, f);
	fclose(f);
}

static void cleanup(void)
{
	for (int i = 0; i < ndirs; i++) {
		char cmd[128];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dirs[i]);
		if (system(cmd) != 0)
			fprintf(stderr, "cannot remove %s\n", dirs[i]);
	}
}

static const struct rule *find_rule(const struct rules *r, const char *name)
{
	for (size_t i = 0; i < rules_count(r); i++)
		if (!strcmp(rules_attrs(rules_at(r, i))->name, name))
			return rules_at(r, i);
	return NULL;
}

static void test_load_and_match(void)
{
	const char *d = new_dir();
	put(d, "cur.lex", "# signs\n$\tUSD\nUS$\tUSD\nC$\tCAD\n");
	put(d, "x.lex", "x\n");
	put(d, "a.rules",
	    "# shared\n"
	    "define NUM = \\d+ (?: \\.\\d+ )?\n"
	    "define UNITS = {{cur}} | EUR\n");
	put(d, "b.rules",
	    "default kind=money priority=60\n"
	    "\n"
	    "rule sym needs=digit+cur|x unit=USD reach=4,40\n"
	    "\t(?<cur> {{cur:i}} ) \\s? (?<num> {{NUM}} )\n"
	    "\t# a comment line inside the pattern\n"
	    "\t(?: \\s (?<mag> billion ) )?\n"
	    "rule other kind=percent priority=7 flags=i needs=any value=2.5 "
	    "per=year at=after match-limit=99 depth-limit=12 if=NUM\n"
	    "\t(?<num> {{NUM}} ) \\s? percent\n");
	struct rules_diags dg;
	struct rules *r = rules_load(d, &dg);
	CHECK(r != NULL);
	CHECK_INT(dg.n, 0);
	for (size_t i = 0; i < dg.n; i++)
		fprintf(stderr, "%s:%d:%d: %s\n", dg.items[i].file,
			dg.items[i].line, dg.items[i].col, dg.items[i].msg);
	rules_diags_release(&dg);
	if (!r)
		return;
	CHECK_INT(rules_count(r), 2);
	const struct rule *sym = find_rule(r, "sym");
	const struct rule *oth = find_rule(r, "other");
	CHECK(sym && oth);
	if (!sym || !oth)
		return;
	const struct rule_attrs *a = rules_attrs(sym);
	CHECK_STR(a->kind, "money");
	CHECK_INT(a->priority, 60);
	CHECK_INT(a->nneeds, 2);
	CHECK_INT(a->needs[0], RULES_CUE_DIGIT);
	CHECK_INT(a->needs[1], 2 | 4); /* cur is cue bit 1, x bit 2 */
	CHECK(a->reach_set);
	CHECK_INT(a->reach_before, 4);
	CHECK_INT(a->reach_after, 40);
	CHECK_INT(rules_cue_count(r), 3);
	CHECK(rules_cue(r, 0) == NULL);
	CHECK_STR(rules_cue(r, 1) ? lexicon_name(rules_cue(r, 1)) : NULL, "cur");
	CHECK_STR(rules_cue(r, 2) ? lexicon_name(rules_cue(r, 2)) : NULL, "x");
	CHECK_STR(a->unit, "USD");
	CHECK_INT(a->line, 3);
	CHECK(strstr(a->file, "/b.rules") != NULL);
	CHECK(!a->caseless);
	a = rules_attrs(oth);
	CHECK_STR(a->kind, "percent");
	CHECK_INT(a->priority, 7);
	CHECK(a->caseless);
	CHECK_INT(a->nneeds, 0); /* needs=any */
	CHECK(!a->reach_set);
	CHECK_INT(a->reach_before, 64);
	CHECK_STR(a->value, "2.5");
	CHECK_STR(a->per, "year");
	CHECK_INT(a->at, RULES_AFTER);
	CHECK_INT(a->match_limit, 99);
	CHECK_INT(a->depth_limit, 12);
	CHECK_STR(a->cond, "NUM");

	const struct lexicon *lx = rules_lexicon(r, "cur");
	CHECK(lx != NULL);
	CHECK(rules_lexicon(r, "nope") == NULL);
	const char *v = NULL;
	CHECK(lx && lexicon_find(lx, "c$", 2, LEX_ICASE, &v));
	CHECK_STR(v, "CAD");
	CHECK(rules_has_group(sym, "mag"));
	CHECK(!rules_has_group(sym, "frac"));

	struct matcher *m = rules_matcher_new(r);
	/* The longest sign wins ("US$", not "$"), a lexicon reference with
	 * :i matches without case, and \s sees a thin space (UCP). */
	const char *t = "paid us$4.7\xe2\x80\x89" "billion and $5 then";
	size_t s, e, gs, ge;
	CHECK_INT(rules_exec(m, sym, t, strlen(t), 0, &s, &e), RULES_MATCH);
	CHECK_INT(s, 5);
	CHECK_INT(e, 5 + strlen("us$4.7\xe2\x80\x89" "billion"));
	CHECK(rules_group(m, sym, "cur", &gs, &ge));
	CHECK_INT(ge - gs, 3);
	CHECK(rules_group(m, sym, "mag", &gs, &ge));
	CHECK(!rules_group(m, sym, "nope", &gs, &ge));
	CHECK_INT(rules_exec(m, sym, t, strlen(t), e, &s, &e), RULES_MATCH);
	CHECK_INT(e - s, 2);
	CHECK(!rules_group(m, sym, "mag", &gs, &ge)); /* did not take part */
	CHECK_INT(rules_exec(m, sym, t, strlen(t), e, &s, &e), RULES_NOMATCH);
	/* The subject ends where the caller says. */
	CHECK_INT(rules_exec(m, sym, t, 6, 0, &s, &e), RULES_NOMATCH);
	/* Conditions: if=NUM needs a digit somewhere in the range. */
	CHECK_INT(rules_cond(m, oth, "no digits", 9, 0), RULES_NOMATCH);
	CHECK_INT(rules_cond(m, oth, "5 percent", 9, 0), RULES_MATCH);
	CHECK_INT(rules_cond(m, sym, "whatever", 8, 0), RULES_MATCH);
	const char *p = "up 5 PERCENT";
	CHECK_INT(rules_exec(m, oth, p, strlen(p), 0, &s, &e), RULES_MATCH);
	rules_matcher_free(m);
	rules_free(r);
}

/* Each expected diagnostic: file suffix, line, col, message part. */
struct want_diag {
	const char *file;
	int line, col;
	const char *msg;
};

static const struct want_diag want[] = {
    {"/a.rules", 1, 2, "pattern line outside a rule or define"},
    {"/a.rules", 3, 13, "missing closing parenthesis"},
    {"/a.rules", 6, 6, "unmatched closing parenthesis"},
    {"/a.rules", 7, 12, "unknown attribute 'frobnicate'"},
    {"/a.rules", 7, 25, "bad value 'high' for attribute 'priority'"},
    {"/a.rules", 9, 6, "rule 'four' has no kind="},
    {"/a.rules", 11, 12, "no define or lexicon named 'nosuch'"},
    {"/a.rules", 13, 6, "unterminated '{{'"},
    {"/b.rules", 1, 1, "expected 'rule', 'define' or 'default'"},
    {"/b.rules", 2, 6, "duplicate rule name 'one' (first at"},
    {"/b.rules", 4, 8, "duplicate define name 'D' (first at"},
    {"/b.rules", 5, 6, "rule 'empty' has no pattern"},
    {"/b.rules", 6, 17, "define 'LOOP' refers to itself"},
    {"/b.rules", 7, 23, "if=NOPE: no define of that name"},
    {"/b.rules", 9, 23, "expected attribute=value, found 'junk'"},
    {"/b.rules", 11, 22, "needs=: no lexicon named 'nolex'"},
    {"/b.rules", 11, 40, "bad value 'a' for attribute 'reach'"},
    {"/x.lex", 3, 1, "duplicate entry 'one' (first at line 1)"},
};

static void test_errors(void)
{
	const char *d = new_dir();
	/* Every kind of mistake, in two files and a lexicon: all of them
	 * are reported at once, in file and line order. */
	put(d, "a.rules",
	    "\tstray\n"                       /* 1: before any rule */
	    "rule one kind=money\n"           /* 2 */
	    "\t(?<num> \\d+\n"                /* 3: missing ) at the end */
	    "rule two kind=money\n"           /* 4 */
	    "\t{{x}} \\d\n"                   /* 5: a lexicon, then */
	    "\t \\d )\n"                      /* 6: an unmatched ) */
	    "rule three frobnicate=1 priority=high kind=money\n" /* 7 */
	    "\t\\d\n"                         /* 8 */
	    "rule four\n"                     /* 9: no kind */
	    "\t\\d\n"                         /* 10 */
	    "define D = {{nosuch}}\n"         /* 11 */
	    "rule five kind=money\n"          /* 12 */
	    "\t\\d+ {{x \\d\n");              /* 13: unterminated */
	put(d, "b.rules",
	    "garbage line\n"                  /* 1 */
	    "rule one kind=money\n"           /* 2: duplicate rule */
	    "\t\\d\n"                         /* 3 */
	    "define D = x\n"                  /* 4: duplicate define */
	    "rule empty kind=money\n"         /* 5: no pattern */
	    "define LOOP = a {{LOOP}}\n"      /* 6: refers to itself */
	    "rule seven kind=money if=NOPE\n" /* 7 */
	    "\t\\d\n"                         /* 8 */
	    "rule eight kind=money junk\n"    /* 9 */
	    "\t\\d\n"                         /* 10 */
	    "rule nine kind=money needs=digit+nolex reach=a\n" /* 11 */
	    "\t\\d\n");
	put(d, "x.lex", "one\t1\ntwo\t2\none\t3\n");
	struct rules_diags dg;
	struct rules *r = rules_load(d, &dg);
	CHECK(r == NULL);
	size_t nwant = sizeof want / sizeof want[0];
	CHECK_INT(dg.n, nwant);
	for (size_t i = 0; i < dg.n && i < nwant; i++) {
		const struct rules_diag *g = &dg.items[i];
		const struct want_diag *w = &want[i];
		size_t fl = strlen(g->file), wl = strlen(w->file);
		CHECK(fl >= wl && !strcmp(g->file + fl - wl, w->file));
		CHECK_INT(g->line, w->line);
		CHECK_INT(g->col, w->col);
		if (!strstr(g->msg, w->msg))
			fprintf(stderr, "  diag %zu: \"%s\", want \"%s\"\n", i,
				g->msg, w->msg);
		CHECK(strstr(g->msg, w->msg) != NULL);
	}
	/* The source line comes along for the caret. */
	CHECK_STR(dg.n > 1 ? dg.items[1].text : NULL, "\t(?<num> \\d+");
	rules_diags_release(&dg);
	CHECK_INT(dg.n, 0);
}

static void test_folders(void)
{
	struct rules_diags dg;
	CHECK(rules_load("/nonexistent/claimex/patterns", &dg) == NULL);
	CHECK_INT(dg.n, 1);
	CHECK_INT(dg.n ? dg.items[0].line : -1, 0);
	CHECK(dg.n && strstr(dg.items[0].msg, "cannot open the patterns folder"));
	rules_diags_release(&dg);

	const char *d = new_dir();
	put(d, "only.lex", "x\n");
	CHECK(rules_load(d, &dg) == NULL);
	CHECK_INT(dg.n, 1);
	CHECK(dg.n && strstr(dg.items[0].msg, "no *.rules files"));
	rules_diags_release(&dg);
}

static void test_limits(void)
{
	const char *d = new_dir();
	put(d, "p.rules",
	    "rule catastrophic kind=money needs=any match-limit=5000\n"
	    "\t(?<num> (?: a | aa )+ ) \\$\n");
	struct rules_diags dg;
	struct rules *r = rules_load(d, &dg);
	CHECK(r != NULL);
	if (!r)
		return;
	struct matcher *m = rules_matcher_new(r);
	char subj[4100];
	memset(subj, 'a', 4000);
	memcpy(subj + 4000, " and $5", 8);
	size_t s, e;
	CHECK_INT(rules_exec(m, rules_at(r, 0), subj, strlen(subj), 0, &s, &e),
		  RULES_LIMIT);
	CHECK_STR(rules_matcher_why(m), "match limit");
	/* The matcher is still usable afterwards. */
	CHECK_INT(rules_exec(m, rules_at(r, 0), "aa$", 3, 0, &s, &e),
		  RULES_MATCH);
	rules_matcher_free(m);
	rules_free(r);
}

int main(void)
{
	test_load_and_match();
	test_errors();
	test_folders();
	test_limits();
	cleanup();
	return harness_done("rules");
}
