/* test_segment.c - paragraphs and sentences, abbreviations, offsets */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "harness.h"
#include "lexicon.h"
#include "segment.h"

/* The splitter's lexicons, as shipped in patterns/. */
static struct lexicon *load_lex(const char *name)
{
	char path[256];
	snprintf(path, sizeof path, "patterns/%s.lex", name);
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "cannot open %s (run from the repository)\n",
			path);
		return NULL;
	}
	static char buf[1 << 16];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	size_t nerrs = 0;
	return lexicon_load(name, buf, n, NULL, 0, &nerrs);
}

struct seg_case {
	const char *name;
	const char *text;
	/* Expected sentences, "|" between paragraphs. */
	const char *want[8];
};

static const struct seg_case cases[] = {
    {"three enders", "One. Two! Three?", {"One.", "Two!", "Three?"}},
    {"abbreviations keep going",
     "The U.S. military has 28,500 troops. Gen. Smith said so.",
     {"The U.S. military has 28,500 troops.", "Gen. Smith said so."}},
    {"months and numbers",
     "He came on Jan. 5 with No. 10 in hand. Then he left.",
     {"He came on Jan. 5 with No. 10 in hand.", "Then he left."}},
    {"a final abbreviation before a starter ends the sentence",
     "Troops stay in the U.S. The talks resume.",
     {"Troops stay in the U.S.", "The talks resume."}},
    {"a final abbreviation before a name does not",
     "Officials of U.S. Forces Korea said so.",
     {"Officials of U.S. Forces Korea said so."}},
    {"dotted initials not in the list",
     "Talks at the U.N. Security Council ended.",
     {"Talks at the U.N. Security Council ended."}},
    {"initials", "J. R. Smith spoke. Then he left.",
     {"J. R. Smith spoke.", "Then he left."}},
    {"decimals and U.S.-led",
     "It rose 8.3% to $4.7 billion in a U.S.-led deal. Next.",
     {"It rose 8.3% to $4.7 billion in a U.S.-led deal.", "Next."}},
    {"closing quotes stay",
     "He said \"we will go.\" Then he left.",
     {"He said \"we will go.\"", "Then he left."}},
    {"curly quotes",
     "\xe2\x80\x9cWe are ready,\xe2\x80\x9d he said. \xe2\x80\x9cGo.\xe2\x80\x9d",
     {"\xe2\x80\x9cWe are ready,\xe2\x80\x9d he said.",
      "\xe2\x80\x9cGo.\xe2\x80\x9d"}},
    {"lower case after a period", "Prices, e.g. the rent, rose. Yes.",
     {"Prices, e.g. the rent, rose.", "Yes."}},
    {"ellipsis", "fraying...Seoul said. Wait\xe2\x80\xa6 Then go.",
     {"fraying...Seoul said.", "Wait\xe2\x80\xa6", "Then go."}},
    {"paragraphs", "A one. A two.\n\nB one.\n\n\n  C.  ",
     {"A one.", "A two.", "|", "B one.", "|", "C."}},
    {"a line break ends a sentence",
     "Headline without a period\nBody starts here.",
     {"Headline without a period", "Body starts here."}},
    {"no-break space after the period",
     "It ended.\xc2\xa0Then it began.", {"It ended.", "Then it began."}},
    {"empty", "", {NULL}},
    {"only spaces", "  \n\n \n", {NULL}},
};

static void test_cases(struct lexicon *abbr, struct lexicon *start)
{
	struct segment_lexicons lex = {abbr, start};
	struct arena *a = arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct seg_case *c = &cases[i];
		struct segments s;
		segment_text(c->text, strlen(c->text), &lex, a, &s);
		size_t k = 0, para = 0, nsent = 0;
		for (; k < 8 && c->want[k]; k++) {
			if (!strcmp(c->want[k], "|")) {
				para++;
				continue;
			}
			if (nsent >= s.nsent) {
				fprintf(stderr, "%s: missing \"%s\"\n", c->name,
					c->want[k]);
				CHECK(0);
				break;
			}
			const struct seg_sentence *se = &s.sents[nsent++];
			char *got = arena_strndup(a, c->text + se->start,
						  se->end - se->start);
			if (strcmp(got, c->want[k]))
				fprintf(stderr, "case: %s\n", c->name);
			CHECK_STR(got, c->want[k]);
			CHECK_INT(se->para, para);
		}
		if (s.nsent != nsent)
			fprintf(stderr, "case: %s\n", c->name);
		CHECK_INT(s.nsent, nsent);
		CHECK_INT(s.npara, nsent ? para + 1 : 0);
		/* Paragraphs list their sentences in order. */
		for (size_t p = 0; p < s.npara; p++) {
			const struct seg_paragraph *pa = &s.paras[p];
			CHECK(pa->count > 0);
			CHECK_INT(pa->start, s.sents[pa->first].start);
			CHECK_INT(pa->end, s.sents[pa->first + pa->count - 1].end);
		}
	}
	arena_free(a);
}

static void test_find(struct lexicon *abbr, struct lexicon *start)
{
	struct segment_lexicons lex = {abbr, start};
	const char *t = "  First one. Second one.\n\nThird.";
	struct arena *a = arena_new();
	struct segments s;
	segment_text(t, strlen(t), &lex, a, &s);
	CHECK_INT(s.nsent, 3);
	CHECK_INT(s.sents[0].start, 2);
	CHECK_INT(segment_find(&s, 0), (size_t)-1); /* before the first */
	CHECK_INT(segment_find(&s, 2), 0);
	CHECK_INT(segment_find(&s, 11), 0);
	CHECK_INT(segment_find(&s, 12), 0); /* the space after it */
	CHECK_INT(segment_find(&s, 13), 1);
	CHECK_INT(segment_find(&s, strlen(t) - 1), 2);
	CHECK_INT(segment_find(&s, 1000), 2);
	arena_free(a);
}

static void test_no_lexicons(void)
{
	/* Without lexicons: initials and dotted initials still hold, other
	 * abbreviations end sentences. */
	struct segment_lexicons none = {NULL, NULL};
	const char *t = "The U.S. military left. Mr. Smith stayed.";
	struct arena *a = arena_new();
	struct segments s;
	segment_text(t, strlen(t), &none, a, &s);
	CHECK_INT(s.nsent, 3);
	segment_text(t, strlen(t), NULL, a, &s);
	CHECK_INT(s.nsent, 3);
	const char *t2 = "It was in the U.S. Then it moved.";
	segment_text(t2, strlen(t2), NULL, a, &s);
	CHECK_INT(s.nsent, 1);
	arena_free(a);
}

int main(void)
{
	struct lexicon *abbr = load_lex("abbreviations");
	struct lexicon *start = load_lex("sentence_starters");
	CHECK(abbr && start);
	if (abbr && start) {
		test_cases(abbr, start);
		test_find(abbr, start);
	}
	test_no_lexicons();
	lexicon_free(abbr);
	lexicon_free(start);
	return harness_done("segment");
}
