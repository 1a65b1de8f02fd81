/* test_cues.c - cue tokens of lexicon entries, sentence masks, tokens */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "cues.h"
#include "harness.h"
#include "rules.h"
#include "segment.h"

static char dir[64];

static void put(const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/claimex-cues-XXXXXX");
	if (!mkdtemp(dir))
		return 1;
	/* Cue tokens: "$" for both signs, "australian" for the phrase (its
	 * longest word), "five" for the number word. */
	put("cur.lex", "$\tUSD\nUS$\tUSD\naustralian dollars\tAUD\n€\tEUR\n");
	put("num.lex", "five\t5\n");
	put("r.rules", "rule a kind=money needs=digit|num+cur\n\t\\d\n");
	struct rules_diags dg;
	struct rules *r = rules_load(dir, &dg);
	CHECK(r != NULL);
	if (!r)
		return harness_done("cues");
	struct cues *cx = cues_new(r);
	const char *t = "It paid US$5. Five Australian  dollars! Nothing "
			"here. A \xe2\x80\x9cquote\xe2\x80\x9d for \xe2\x82\xac"
			"9.";
	struct arena *a = arena_new();
	struct segments seg;
	segment_text(t, strlen(t), NULL, a, &seg);
	CHECK_INT(seg.nsent, 4);
	struct text_cues tc;
	cues_scan(cx, t, &seg, a, &tc);
	/* Bits: 0 digit, then lexicons in the order needs= names them. */
	uint64_t digit = RULES_CUE_DIGIT, num = 2, cur = 4;
	CHECK_INT(tc.sent[0], digit | cur);
	CHECK_INT(tc.sent[1], num | cur);
	CHECK_INT(tc.sent[2], 0);
	CHECK_INT(tc.sent[3], digit | cur);
	/* Sentence 0: "$" then "5"; sentence 1: "Five", "Australian". */
	CHECK_INT(tc.tok_first[1] - tc.tok_first[0], 2);
	const struct cue_tok *k = &tc.toks[tc.tok_first[0]];
	CHECK_INT(k[0].s, 10);
	CHECK_INT(k[0].e, 11);
	CHECK_INT(k[0].mask, cur);
	CHECK_INT(k[1].mask, digit);
	k = &tc.toks[tc.tok_first[1]];
	CHECK_INT(tc.tok_first[2] - tc.tok_first[1], 2);
	CHECK_INT(k[0].mask, num);
	CHECK_INT(k[1].e - k[1].s, strlen("Australian"));
	CHECK_INT(tc.tok_first[3], tc.tok_first[2]); /* nothing there */
	CHECK_INT(tc.tok_first[4], tc.ntoks);
	/* needs=digit|num+cur */
	const struct rule_attrs *ra = rules_attrs(rules_at(r, 0));
	CHECK(cues_met(ra, tc.sent[0]));
	CHECK(cues_met(ra, tc.sent[1]));
	CHECK(!cues_met(ra, tc.sent[2]));
	CHECK(!cues_met(ra, digit));
	arena_free(a);
	cues_free(cx);
	rules_free(r);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	return harness_done("cues");
}
