/* test_keys.c - the same quantity gets the same key, others do not */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "harness.h"
#include "keys.h"
#include "lexicon.h"

static struct lexicon *load(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		exit(2);
	}
	static char buf[1 << 20];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	struct lexicon_error errs[4];
	size_t nerrs = 0;
	struct lexicon *lx = lexicon_load(path, buf, n, errs, 4, &nerrs);
	if (nerrs)
		fprintf(stderr, "%s:%d: %s\n", path, errs[0].line, errs[0].msg);
	return lx;
}

struct key_case {
	const char *text;   /* one sentence (or more, the first is used) */
	const char *amount; /* the figure's text, found with strstr */
	const char *kind;
	const char *key;    /* expected, NULL: no key */
};

static const struct key_case cases[] = {
	/* The US demand on South Korea, phrased five ways: one key. */
	{"Talks broke down over President Trump's demand that South Korea "
	 "pay roughly $5 billion toward the cost of U.S. troops.",
	 "$5 billion", "money", "money/demand/south-korea"},
	{"Trump previously demanded $4.7 billion yearly from Seoul, a figure "
	 "rejected as untenable.",
	 "$4.7 billion", "money", "money/demand/south-korea"},
	{"Seoul's announcement coincided with growing resentment at the $5 "
	 "billion (£3.9bn) annual fee that Washington is demanding to keep "
	 "28,500 US troops in South Korea.",
	 "$5 billion", "money", "money/demand/south-korea"},
	{"The United States broke off talks after demanding that South Korea "
	 "raise its annual contribution to $5 billion, an official said.",
	 "$5 billion", "money", "money/demand/south-korea"},
	/* What is paid now is another quantity. */
	{"South Korea currently contributes $1.47 billion annually under a "
	 "2021 deal.",
	 "$1.47 billion", "money", "money/pay/south-korea"},
	{"The Post reported that South Korea had agreed to pay about $890 "
	 "million toward the cost of stationing U.S. troops in the country.",
	 "$890 million", "money", "money/pay/south-korea"},
	/* from the current level to the demanded one */
	{"Trump is demanding that Japan increase its spending toward the U.S. "
	 "military presence from $2 billion to $8 billion each year.",
	 "$2 billion", "money", "money/pay/japan"},
	{"Trump is demanding that Japan increase its spending toward the U.S. "
	 "military presence from $2 billion to $8 billion each year.",
	 "$8 billion", "money", "money/demand/japan"},
	/* Troops: two countries in one sentence, one per clause. */
	{"Japan hosts 50,000 US troops, while South Korea stations 28,500.",
	 "50,000", "troops", "troops/station/japan"},
	{"Japan hosts 50,000 US troops, while South Korea stations 28,500.",
	 "28,500", "troops", "troops/station/south-korea"},
	{"Nearly 50,000 American troops are stationed in Japan as part of the "
	 "US security umbrella.",
	 "50,000", "troops", "troops/station/japan"},
	{"The Pentagon is considering the withdrawal of 4,000 troops from "
	 "South Korea.",
	 "4,000", "troops", "troops/withdraw/south-korea"},
	/* Shares and changes: what they apply to is part of the key. */
	{"South Korea's payments offset 45% of non-personnel costs.", "45%",
	 "percent", "percent/share/south-korea"},
	{"South Korea paid more than 90 percent of the $10.7 billion cost of "
	 "moving the base.",
	 "90 percent", "percent", "percent/share/south-korea/of-10.7"},
	{"The rise drove Japan to boost defense spending by 11% this year.",
	 "11%", "percent", "percent/increase+spending/japan"},
	{"Tension has driven Japan to boost defense spending by 11% and South "
	 "Korea by 3.6% this year.",
	 "11%", "percent", "percent/increase+spending/japan"},
	{"Tension has driven Japan to boost defense spending by 11% and South "
	 "Korea by 3.6% this year.",
	 "3.6%", "percent", "percent/increase+spending/south-korea"},
	{"Seoul will contribute $1.47 billion, an 8.3% increase on last year.",
	 "8.3%", "percent", "percent/increase+pay/south-korea"},
	/* Years attached to the amount separate budgets. */
	{"Germany's 2024 budget sets aside $50 billion for defence.",
	 "$50 billion", "money", "money/budget/germany/2024"},
	{"Japan's $68.5 billion trade surplus with the US in 2024 adds "
	 "leverage.",
	 "$68.5 billion", "money", "money/surplus/japan/2024"},
	/* An outlet's name is not a place. */
	{"The Washington Post said Canada would pay $2 billion.",
	 "$2 billion", "money", "money/pay/canada"},
	/* No predicate: nothing to line up. */
	{"If Trump loses South Korea to China over $4 billion, it will not "
	 "look like greatness.",
	 "$4 billion", "money", NULL},
};

int main(void)
{
	struct lexicon *places = load("patterns/places.lex");
	struct lexicon *preds = load("patterns/predicates.lex");
	struct lexicon *outlets = load("patterns/outlets.lex");
	struct keys *k = keys_new(places, preds, outlets);
	struct arena *a = arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct key_case *c = &cases[i];
		const char *at = strstr(c->text, c->amount);
		CHECK(at != NULL);
		if (!at)
			continue;
		size_t len = strlen(c->text);
		struct keys_article *ka = keys_article_new(k, c->text, len, a);
		struct keys_figure f = {(size_t)(at - c->text),
					(size_t)(at - c->text) + strlen(c->amount),
					0, len, c->kind, NULL};
		struct keys_result r;
		keys_assign(k, ka, &f, a, &r);
		CHECK_STR(r.key, c->key);
		CHECK(!r.key || r.subject != NULL);
	}
	arena_free(a);
	keys_free(k);
	lexicon_free(places);
	lexicon_free(preds);
	lexicon_free(outlets);
	return harness_done("keys");
}
