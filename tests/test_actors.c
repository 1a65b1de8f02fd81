/* test_actors.c - people, organizations and places: names, kinds, aliases,
 * roles, and what must not become an actor */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "arena.h"
#include "harness.h"
#include "lexicon.h"
#include "rules.h"
#include "segment.h"

static struct rules *rules;
static struct actors *ax;
static struct segment_lexicons seglex;

struct want_actor {
	const char *name;
	const char *kind;
	const char *alias; /* one alias that must be there, or NULL */
	const char *role;  /* NULL: not checked; "-": must be null */
};

struct actor_case {
	const char *name;
	const char *text;
	struct want_actor want[8];
	const char *absent[6]; /* names (or aliases) that must not appear */
};

static const struct actor_case cases[] = {
    {"title, full name, surname coreference",
     "President Donald Trump met officials. Trump said the talks failed.",
     {{"Donald Trump", "person", "Trump", "President"}},
     {"President Donald Trump"}},
    {"a title-case heading: a speech verb ends the name",
     "Chris Christie Calls Hillary Clinton A Disgrace\n\nChris Christie "
     "spoke on Monday. Hillary Clinton Praised Open Markets, and Bernie "
     "Sanders Says No.",
     {{"Chris Christie", "person", NULL, NULL},
      {"Hillary Clinton", "person", NULL, NULL},
      {"Bernie Sanders", "person", NULL, NULL}},
     {"Chris Christie Calls", "Hillary Clinton Praised",
      "Bernie Sanders Says"}},
    {"an office after an honorific: a family name, not a form of address",
     "Charlie King spoke. Mr. King left. “Thank you, Mr. President,” he "
     "said.",
     {{"Charlie King", "person", "Mr. King", NULL}},
     {"President"}},
    {"an office alone is the family name of a person named before",
     "Howard Dean called for an apology. Dean, a former party chairman, "
     "then appeared on television.",
     {{"Howard Dean", "person", "Dean", NULL}},
     {"Dean"}},
    {"appositive role after the name",
     "James DeHart, the top U.S. negotiator, said the talks would resume. "
     "DeHart left Seoul on Tuesday.",
     {{"James DeHart", "person", "DeHart", "top U.S. negotiator"},
      {"South Korea", "place", "Seoul", NULL},
      {"United States", "place", NULL, NULL}},
     {"Tuesday", "DeHart"}},
    {"appositive role before the name",
     "A Pentagon spokesperson, Jonathan Hoffman, said no plans existed.",
     {{"Jonathan Hoffman", "person", NULL, "Pentagon spokesperson"},
      {"U.S. Department of Defense", "org", "Pentagon", NULL}},
     {NULL}},
    {"role noun before the name, family name first",
     "Trump hinted at a meeting with North Korean leader Kim Jong Un. "
     "Kim did not reply.",
     {{"Kim Jong Un", "person", "Kim", "North Korean leader"}},
     {"Kim"}},
    {"honorific short form and East Asian names",
     "Jeong Kyeong-doo, the South Korean minister of defence, met his "
     "Chinese counterpart, Wei Fenghe. A visit by Mr Jeong is planned.",
     {{"Jeong Kyeong-doo", "person", "Mr Jeong",
       "South Korean minister of defence"},
      {"Wei Fenghe", "person", NULL, "Chinese counterpart"}},
     {"Mr Jeong", "Jeong"}},
    {"organizations by keyword, with of-tail and acronym",
     "Danny Russel of the Asia Society Policy Institute (ASPI) spoke at "
     "the U.S. Department of Defense. ASPI later clarified. Daniel "
     "Pinkston teaches at Troy University.",
     {{"Asia Society Policy Institute", "org", "ASPI", "-"},
      {"U.S. Department of Defense", "org", NULL, NULL},
      {"Troy University", "org", NULL, NULL},
      {"Danny Russel", "person", NULL, NULL}},
     {"Asia", "ASPI"}},
    {"outlets and their short form",
     "The Washington Post reported the demand. The Post said the "
     "figure was high. Reuters confirmed it.",
     {{"The Washington Post", "org", "The Post", NULL},
      {"Reuters", "org", NULL, NULL}},
     {"Post"}},
    {"places: capitals and demonyms give the country",
     "Seoul refused. South Korean lawmakers were angry, and Tokyo "
     "watched as Japanese officials met the Americans.",
     {{"South Korea", "place", "South Korean", NULL},
      {"Japan", "place", "Tokyo", NULL},
      {"United States", "place", "Americans", NULL}},
     {NULL}},
    {"scenery is not an actor",
     "The ministers met in Bangkok on Sunday, and later in north-east "
     "Asia. China agreed.",
     {{"China", "place", NULL, NULL}},
     {"Thailand", "Asia", "Bangkok", "Sunday"}},
    {"unnamed speakers and their definite mentions",
     "The newspaper quotes an anonymous US diplomatic source as saying "
     "that the troops would stay. The source said more. A Japanese "
     "official calling them distinct was not named.",
     {{"US diplomatic source", "person", "The source", NULL},
      {"Japanese official", "person", "A Japanese official", NULL}},
     {"anonymous US diplomatic source"}},
    {"a speaking body owned by a place",
     "The ministers agreed, South Korea’s defence ministry said.",
     {{"South Korea’s defence ministry", "org", NULL, NULL}},
     {NULL}},
    {"an administration of a person",
     "President Trump spoke. Trump administration officials walked "
     "away.",
     {{"Trump", "person", NULL, NULL},
      {"Trump administration", "org", NULL, NULL}},
     {NULL}},
    {"furniture: dateline credit and author bio",
     "(MENAFN- The Rio Times) President Donald Trump spoke.\n\n"
     "Jane Doe is a Web Contributor at The Diplomatic Insight Magazine. "
     "She covers Europe and Pakistan.",
     {{"Donald Trump", "person", NULL, NULL}},
     {"The Rio Times", "MENAFN", "Jane Doe", "Pakistan",
      "Diplomatic Insight Magazine"}},
    {"not people: days, months, sentence starters, plurals, media",
     "Meanwhile, on Tuesday in January, Analysts warned. Users "
     "complained. Trump’s Twitter post drew replies in Truth Social "
     "posts.",
     {{NULL, NULL, NULL, NULL}},
     {"Meanwhile", "Tuesday", "Analysts", "Users", "Twitter", "Truth Social"}},
    {"a one-word name used like a person's",
     "The source said that Trump is considering a withdrawal. Officials "
     "said Trump is demanding more. Trump often uses threats.",
     {{"Trump", "person", NULL, NULL}},
     {NULL}},
    {"a surname keeps the person it stood for past a passing namesake",
     "Hillary Clinton spoke in Ohio. Clinton said the plan would work. "
     "Trump revived Bill Clinton's record. Clinton answered on Tuesday.",
     {{"Hillary Clinton", "person", "Clinton", NULL},
      {"Bill Clinton", "person", NULL, NULL}},
     {"Clinton"}},
    {"a party label is no part of the name; a role noun before a name",
     "Republican Donald Trump spoke. Conservative radio host Rush "
     "Limbaugh agreed.",
     {{"Donald Trump", "person", "Republican Donald Trump", NULL},
      {"Rush Limbaugh", "person", NULL, NULL}},
     {"Republican Donald Trump"}},
    {"a surname that is also a place, after the full name",
     "Rep. Jim Jordan spoke first. Jordan said the hearing would go on.",
     {{"Jim Jordan", "person", "Jordan", NULL}},
     {"Jordan"}},
    {"a run of capitals with a given name inside holds two names",
     "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Comments.\n\n"
     "Gov. Chris Christie spoke on Monday. Hillary Clinton answered, and "
     "Clinton left.",
     {{"Hillary Clinton", "person", "Clinton", NULL},
      {"Chris Christie", "person", NULL, NULL}},
     {"Chris Christie Calls Hillary Clinton"}},
    {"an ambiguous rank or prefix before a given name is a title",
     "Major Andriy Lysenko spoke. Assistant Attorney General Gregory Tate "
     "agreed. Minister for Defence Aoife Donnellan said so.",
     {{"Andriy Lysenko", "person", "Major Andriy Lysenko", NULL},
      {"Gregory Tate", "person", NULL, NULL},
      {"Aoife Donnellan", "person", NULL, NULL}},
     {"Major Andriy Lysenko", "Assistant", "Defence Aoife Donnellan"}},
    {"a company and its short name",
     "Shares of Acme Corp fell. Acme said in a filing that it would "
     "cut jobs.",
     {{"Acme Corp", "org", "Acme", NULL}},
     {"Acme"}},
};

static const struct actor *find(const struct actor_list *l, const char *n)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->items[i].name, n))
			return &l->items[i];
	return NULL;
}

static bool named(const struct actor_list *l, const char *n)
{
	for (size_t i = 0; i < l->n; i++) {
		if (!strcmp(l->items[i].name, n))
			return true;
	}
	return false;
}

static bool has_alias(const struct actor *a, const char *al)
{
	for (size_t i = 0; i < a->naliases; i++)
		if (!strcmp(a->aliases[i], al))
			return true;
	return false;
}

static void extract(const char *text, struct arena *ar, struct actor_list *l)
{
	struct segments seg;
	size_t len = strlen(text);
	segment_text(text, len, &seglex, ar, &seg);
	actors_extract(ax, text, len, &seg, ar, l);
}

static void test_cases(void)
{
	struct arena *ar = arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct actor_case *k = &cases[i];
		struct actor_list l;
		arena_reset(ar);
		extract(k->text, ar, &l);
		for (size_t w = 0; w < 8 && k->want[w].name; w++) {
			const struct want_actor *wa = &k->want[w];
			const struct actor *a = find(&l, wa->name);
			if (!a) {
				fprintf(stderr, "%s: no actor '%s'\n", k->name,
					wa->name);
				CHECK(a != NULL);
				continue;
			}
			CHECK_STR(actors_kind_name(a->kind), wa->kind);
			if (wa->alias && !has_alias(a, wa->alias)) {
				fprintf(stderr, "%s: '%s' lacks alias '%s'\n",
					k->name, wa->name, wa->alias);
				CHECK(has_alias(a, wa->alias));
			}
			if (wa->role && !strcmp(wa->role, "-"))
				CHECK_STR(a->role, NULL);
			else if (wa->role)
				CHECK_STR(a->role, wa->role);
		}
		for (size_t w = 0; w < 6 && k->absent[w]; w++) {
			if (named(&l, k->absent[w]))
				fprintf(stderr, "%s: unexpected actor '%s'\n",
					k->name, k->absent[w]);
			CHECK(!named(&l, k->absent[w]));
		}
	}
	arena_free(ar);
}

/* Many people in one text (the pass-2 index, not all pairs of names):
 * each surname still finds its own full name. */
static void test_many_names(void)
{
	enum { N = 300 };
	static const char *const syl[] = {"ba", "ko", "ri", "mu", "te",
					  "la", "do", "ne", "vi", "su"};
	char *t = malloc(N * 64 + 1);
	char sur[N][16];
	size_t n = 0;
	for (int i = 0; i < N; i++) {
		int a = i % 10, b = (i / 10) % 10, c = (i / 100) % 10;
		snprintf(sur[i], sizeof sur[i], "%c%s%s%sn", 'A' + (i % 20),
			 syl[a], syl[b], syl[c]);
		n += (size_t)snprintf(t + n, 64, "Paul %s met us. %s said so. ",
				      sur[i], sur[i]);
	}
	struct arena *ar = arena_new();
	struct actor_list l;
	extract(t, ar, &l);
	size_t people = 0;
	for (size_t i = 0; i < l.n; i++)
		people += l.items[i].kind == ACTOR_PERSON;
	CHECK_INT(people, N);
	char full[32];
	snprintf(full, sizeof full, "Paul %s", sur[N - 1]);
	const struct actor *a = find(&l, full);
	CHECK(a != NULL);
	if (a) {
		CHECK(has_alias(a, sur[N - 1]));
		CHECK_INT(a->mentions, 2);
	}
	arena_free(ar);
	free(t);
}

/* One run of thousands of capitalised words with given names inside (no
 * stack overflow, no split of the whole run into pieces). */
static void test_long_run(void)
{
	enum { N = 20000 };
	char *t = malloc(N * 8 + 2);
	size_t n = 0;
	for (int i = 0; i < N; i++)
		n += (size_t)snprintf(t + n, 8, "%s ", i % 2 ? "Kavo" : "John");
	t[n - 1] = '.';
	t[n] = '\0';
	struct arena *ar = arena_new();
	struct actor_list l;
	extract(t, ar, &l);
	CHECK(l.n <= 2);
	arena_free(ar);
	free(t);
}

/* Mentions are sorted, point at the text and carry their flags. */
static void test_mentions(void)
{
	struct arena *ar = arena_new();
	struct actor_list l;
	const char *t = "James DeHart, the top U.S. negotiator, said so. "
			"DeHart's team left. He said Trump's demand stood.";
	extract(t, ar, &l);
	CHECK(l.nmentions >= 3);
	for (size_t i = 1; i < l.nmentions; i++)
		CHECK(l.mentions[i - 1].start <= l.mentions[i].start);
	const struct actor_mention *m = &l.mentions[0];
	CHECK_INT(m->start, 0);
	CHECK_INT(m->end, 12);
	CHECK(m->flags & ACTOR_M_AGENT);
	/* the appositive ends at the comma before "said" */
	CHECK_INT(m->appos_end, 37);
	size_t k = actors_mention_from(&l, 48);
	CHECK(k < l.nmentions);
	CHECK(l.mentions[k].flags & ACTOR_M_POSSESSIVE);
	CHECK(!(l.mentions[k].flags & ACTOR_M_AGENT));
	CHECK_INT(l.items[l.mentions[k].actor].gender, ACTOR_MALE);
	/* an empty text has no actors */
	extract("", ar, &l);
	CHECK_INT(l.n, 0);
	CHECK_INT(l.nmentions, 0);
	arena_free(ar);
}

int main(void)
{
	struct rules_diags dg;
	rules = rules_load("patterns", &dg);
	rules_diags_release(&dg);
	CHECK(rules != NULL);
	if (!rules)
		return harness_done("actors");
	ax = actors_new(rules);
	seglex.abbrev = rules_lexicon(rules, "abbreviations");
	seglex.starters = rules_lexicon(rules, "sentence_starters");
	test_cases();
	test_mentions();
	test_many_names();
	test_long_run();
	actors_free(ax);
	rules_free(rules);
	return harness_done("actors");
}
