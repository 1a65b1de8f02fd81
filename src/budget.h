/* budget.h - a per-article work budget: CPU time, checked cheaply */
#ifndef CLAIMEX_BUDGET_H
#define CLAIMEX_BUDGET_H

#include <stdbool.h>

/*
 * The last line of defence against an input that costs more than linear
 * time: every stage should be linear, but if one is not (or a library
 * is slow on some input), the article is given up once it has used
 * `limit` seconds of CPU time, and the run goes on.
 *
 * The time is the calling thread's CPU time (CLOCK_THREAD_CPUTIME_ID),
 * so waiting for a download or for other threads does not count and
 * worker threads each measure their own article. A budget is plain
 * per-article state on the caller's stack: no globals, no signals, no
 * allocation. Cost: budget_over reads the clock (a few hundred ns);
 * budget_tick reads it once every BUDGET_TICKS calls, for inner loops.
 */
struct budget {
	double limit;	   /* seconds; 0: no limit */
	double start;	   /* thread CPU seconds at budget_start */
	double used;	   /* at the last clock read */
	unsigned ticks;	   /* budget_tick calls since the last read */
	bool over;	   /* sticky once the limit was passed */
	const char *stage; /* where it was passed (static string) */
};

#define BUDGET_TICKS 1024u

/* Starts counting; limit_s <= 0 means no limit (budget_over never true). */
void budget_start(struct budget *b, double limit_s);

/* True (and stays true) once more than the limit was used; stage names
 * what was running, for the message. b may be NULL (no limit). */
bool budget_over(struct budget *b, const char *stage);

/* budget_over, but the clock is read only every BUDGET_TICKS calls. */
bool budget_tick(struct budget *b, const char *stage);

/* Seconds of CPU time used so far (reads the clock). */
double budget_used(struct budget *b);

#endif
