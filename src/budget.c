/* budget.c - a per-article work budget: CPU time, checked cheaply */
#define _POSIX_C_SOURCE 200809L
#include "budget.h"

#include <stddef.h>
#include <time.h>

static double thread_cpu(void)
{
	struct timespec ts;
	if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
		return 0; /* no such clock: the budget never runs out */
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void budget_start(struct budget *b, double limit_s)
{
	b->limit = limit_s > 0 ? limit_s : 0;
	b->start = thread_cpu();
	b->used = 0;
	b->ticks = 0;
	b->over = false;
	b->stage = NULL;
}

double budget_used(struct budget *b)
{
	b->used = thread_cpu() - b->start;
	return b->used;
}

bool budget_over(struct budget *b, const char *stage)
{
	if (!b || b->limit == 0)
		return false;
	if (b->over)
		return true;
	b->ticks = 0;
	if (budget_used(b) > b->limit) {
		b->over = true;
		b->stage = stage;
	}
	return b->over;
}

bool budget_tick(struct budget *b, const char *stage)
{
	if (!b || b->limit == 0)
		return false;
	if (b->over)
		return true;
	if (++b->ticks < BUDGET_TICKS)
		return false;
	return budget_over(b, stage);
}
