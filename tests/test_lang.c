/* test_lang.c - the language stage: declared tags, English by its words,
 * other languages by libexttextcat's models; the --lang list */
#include <string.h>

#include "harness.h"
#include "lang.h"

#define EN_TEXT                                                                \
	"The government said on Monday that it would spend more on the "       \
	"army next year, and the opposition said that the plan was not "       \
	"enough. It has asked for a vote in the parliament before the "        \
	"end of the year, which is when the budget will be decided."

struct decide_case {
	const char *name;
	const char *declared;
	const char *text;
	const char *want;
};

static const struct decide_case decide_cases[] = {
    {"English text, nothing declared", NULL, EN_TEXT, "en"},
    {"English text keeps its declared region", "en-GB", EN_TEXT, "en-GB"},
    {"declared other language wins over the text", "fr", EN_TEXT, "fr"},
    {"German text", NULL,
     "Die Bundesregierung will im kommenden Jahr deutlich mehr Geld fuer "
     "die Bundeswehr ausgeben. Nach Angaben des Ministeriums sollen die "
     "Ausgaben um rund fuenf Milliarden Euro steigen, sagte der Minister "
     "am Mittwoch in Berlin. Kritiker halten die Plaene fuer unzureichend.",
     "de"},
    {"Portuguese text under a template's lang=en", "en-US",
     "O governo federal anunciou nesta quarta-feira um corte de quinze "
     "bilhões de reais no orçamento deste ano. Segundo o ministro da "
     "Fazenda, a medida é necessária para cumprir a meta fiscal e manter "
     "a credibilidade das contas públicas.",
     "pt"},
    {"Russian text", NULL,
     "Правительство России планирует в следующем году увеличить расходы "
     "на оборону почти на тридцать процентов. Об этом сообщил министр "
     "финансов на заседании в Москве в среду.",
     "ru"},
    {"Japanese text", NULL,
     "政府は来年度の予算案で、防衛費を前年度より約1兆円増やす方針を固めた。"
     "財務省の関係者が水曜日に明らかにした。総額は過去最大となる見通しで、"
     "与党内からも財源の確保を求める声が上がっている。",
     "ja"},
    {"too short to tell: unknown", NULL, "Budget vote.", NULL},
    {"too short, declared kept", "en", "Budget vote.", "en"},
    {"empty text", NULL, "", NULL},
};

struct list_case {
	const char *list;
	const char *tag;
	bool want;
};

static const struct list_case list_cases[] = {
    {"en", "en", true},	   {"en", "en-GB", true},    {"en", "EN-us", true},
    {"en", "de", false},   {"en,de", "de-AT", true}, {"de,en", "en", true},
    {"en", "eng", false},  {"all", "ja", true},	     {"en", NULL, true},
    {"pt", "pt-BR", true}, {"pt", "p", false},	     {"e", "en", false},
};

struct valid_case {
	const char *list;
	int want;
};

static const struct valid_case valid_cases[] = {
    {"en", 0},	{"en,de,ja", 0}, {"all", 0},   {"EN", 0},
    {"fil", 0}, {"", -1},	 {"en,", -1},  {",en", -1},
    {"e", -1},	{"en-GB", -1},	 {"engl", -1}, {"en de", -1},
};

int main(void)
{
	struct lang *l = lang_new();
	CHECK(l != NULL); /* libexttextcat-data is installed by make deps */
	for (size_t i = 0; i < sizeof decide_cases / sizeof *decide_cases;
	     i++) {
		const struct decide_case *c = &decide_cases[i];
		const char *got =
		    lang_decide(l, c->declared, c->text, strlen(c->text));
		if (!((!got && !c->want) ||
		      (got && c->want && !strcmp(got, c->want))))
			fprintf(stderr, "case: %s\n", c->name);
		CHECK_STR(got, c->want);
	}
	/* Without the models: English still found, the rest unknown. */
	CHECK_STR(lang_decide(NULL, NULL, EN_TEXT, strlen(EN_TEXT)), "en");
	CHECK_STR(lang_decide(NULL, NULL, decide_cases[3].text,
			      strlen(decide_cases[3].text)),
		  NULL);
	for (size_t i = 0; i < sizeof list_cases / sizeof *list_cases; i++)
		CHECK_INT(lang_in_list(list_cases[i].list, list_cases[i].tag),
			  list_cases[i].want);
	for (size_t i = 0; i < sizeof valid_cases / sizeof *valid_cases; i++)
		CHECK_INT(lang_list_valid(valid_cases[i].list),
			  valid_cases[i].want);
	lang_free(l);
	return harness_done("lang");
}
