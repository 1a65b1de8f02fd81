/* test_plain.c - plain-text articles: title, paragraphs, furniture, meta */
#include <string.h>

#include "arena.h"
#include "harness.h"
#include "plain.h"

struct plain_case {
	const char *name;
	const char *in;
	const char *title;
	const char *text;
	const char *published;
	const char *outlet;
	const char *byline;
};

static const struct plain_case cases[] = {
    {"title, blank-line paragraphs",
     "Big Headline Here\n\nFirst paragraph.\n\nSecond one.\n",
     "Big Headline Here", "First paragraph.\n\nSecond one.", NULL, NULL, NULL},
    {"no title when the first line is prose",
     "Washington (AP): The talks failed on Monday.\nA second line.\n", NULL,
     "Washington (AP): The talks failed on Monday.\n\nA second line.", NULL,
     NULL, NULL},
    {"hard-wrapped lines join",
     "Title\n\nThe negotiators said the\ntalks would resume soon.\n", "Title",
     "The negotiators said the talks would resume soon.", NULL, NULL, NULL},
    {"CRLF and trailing spaces", "Title  \r\n\r\nOne.  \r\nTwo.\r\n", "Title",
     "One.\n\nTwo.", NULL, NULL, NULL},
    {"date line, then title, credit dropped",
     "Thursday, January 30, 2020\n\nTroops to leave\n\nPhoto/Agency/Wire\n\n"
     "(November 21 2019) The newspaper said so.\n",
     "Troops to leave", "(November 21 2019) The newspaper said so.",
     "2019-11-21", NULL, NULL},
    {"labelled date and syndication outlet",
     " date 2025-04-17 403\nA Title\n(MENAFN- The Rio Times) Text here.\n",
     "A Title", "(MENAFN- The Rio Times) Text here.", "2025-04-17",
     "The Rio Times", NULL},
    {"byline line", "Headline\nBy Jane Smith\nBody text.\n", "Headline",
     "Body text.", NULL, NULL, "Jane Smith"},
    {"read-more teaser and closing labels dropped",
     "Headline\n\nBody one.\nRead More: Other story with 245% tariffs\n"
     "Body two.\n\nU.S. & Global News\n",
     "Headline", "Body one.\n\nBody two.", NULL, NULL, NULL},
    {"comments marker ends the article",
     "Headline\n\nBody.\n\nPreviously published in the Daily Planet\n\n"
     "No comments:\n\nTeaser story\n\nSomeone said things ...\n",
     "Headline", "Body.", NULL, "Daily Planet", NULL},
    {"one line is body, not title", "Prices Rose 1.20 Cents\n", NULL,
     "Prices Rose 1.20 Cents", NULL, NULL, NULL},
    {"a short last line stays when it is all there is",
     "the december contract rose 1.20 cents ", NULL,
     "the december contract rose 1.20 cents", NULL, NULL, NULL},
    {"empty", "", NULL, "", NULL, NULL, NULL},
};

static void test_cases(void)
{
	struct arena *a = arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct plain_case *c = &cases[i];
		struct plain_result r;
		plain_extract(c->in, strlen(c->in), a, &r);
		CHECK_STR(r.meta.title, c->title);
		CHECK_STR(r.text, c->text);
		CHECK_INT(r.len, strlen(c->text));
		CHECK_STR(r.meta.published, c->published);
		CHECK_STR(r.meta.outlet, c->outlet);
		CHECK_STR(r.meta.byline, c->byline);
	}
	arena_free(a);
}

static void test_english(void)
{
	const char *en = "The United States broke off talks with South Korea "
			 "on Tuesday over how to share the cost of the two "
			 "nations' military alliance, and it said that the "
			 "talks would be held in the spring.";
	const char *de =
	    "Die Vereinigten Staaten haben die Gespraeche mit "
	    "Suedkorea am Dienstag abgebrochen, weil beide Seiten "
	    "sich ueber die Kosten der Stationierung nicht einigen "
	    "konnten, hiess es aus Regierungskreisen in Seoul.";
	CHECK(plain_looks_english(en, strlen(en)));
	CHECK(!plain_looks_english(de, strlen(de)));
	CHECK(!plain_looks_english("Short.", 6));
}

int main(void)
{
	test_cases();
	test_english();
	return harness_done("plain");
}
