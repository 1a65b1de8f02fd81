/* test_budget.c - the per-article work budget (budget.h) */
#include <stdio.h>

#include "budget.h"
#include "harness.h"

/* Uses CPU time until the budget has seen more than `s` seconds. */
static void burn(struct budget *b, double s)
{
	volatile unsigned long x = 0;
	while (budget_used(b) <= s)
		for (int i = 0; i < 100000; i++)
			x += (unsigned long)i;
}

static void test_limits(void)
{
	static const struct {
		double limit, burn; /* seconds */
		int over;	    /* budget_over after the burn */
	} rows[] = {
	    {0, 0.01, 0},     /* 0: no limit */
	    {-1, 0.01, 0},    /* negative: no limit */
	    {0.005, 0.01, 1}, /* used up */
	    {1000, 0.001, 0}, /* plenty left */
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct budget b;
		budget_start(&b, rows[i].limit);
		burn(&b, rows[i].burn);
		CHECK_INT(budget_over(&b, "testing"), rows[i].over);
		if (rows[i].over) {
			CHECK_STR(b.stage, "testing");
			/* Sticky, and the first stage named stays. */
			CHECK(budget_over(&b, "later"));
			CHECK(budget_tick(&b, "later"));
			CHECK_STR(b.stage, "testing");
		} else {
			CHECK(b.stage == NULL);
		}
	}
	CHECK(!budget_over(NULL, "x"));
	CHECK(!budget_tick(NULL, "x"));
}

/* budget_tick reads the clock once every BUDGET_TICKS calls only. */
static void test_ticks(void)
{
	struct budget b;
	budget_start(&b, 0.005);
	burn(&b, 0.01);
	unsigned n = 1;
	while (!budget_tick(&b, "loop") && n < 10 * BUDGET_TICKS)
		n++;
	CHECK_INT(n, BUDGET_TICKS);
	CHECK_STR(b.stage, "loop");
}

int main(void)
{
	test_limits();
	test_ticks();
	return harness_done("budget");
}
