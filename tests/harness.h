/* harness.h - a tiny table-driven test harness: CHECK and a summary line */
#ifndef CLAIMEX_HARNESS_H
#define CLAIMEX_HARNESS_H

#include <stdio.h>
#include <string.h>

/*
 * Each test file defines its cases in tables and calls CHECK* for every
 * assertion. main() ends with `return harness_done("name");`, which prints
 * "name: N passed, N failed" and returns non-zero when anything failed.
 * The counters are per test binary (one translation unit each), so the
 * statics below are not shared mutable state across modules.
 */
static int harness_passed, harness_failed;

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (cond) {                                                    \
			harness_passed++;                                      \
		} else {                                                       \
			harness_failed++;                                      \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, \
				__LINE__, #cond);                              \
		}                                                              \
	} while (0)

#define CHECK_STR(got, want)                                                   \
	do {                                                                   \
		const char *g_ = (got), *w_ = (want);                          \
		if ((!g_ && !w_) || (g_ && w_ && strcmp(g_, w_) == 0)) {       \
			harness_passed++;                                      \
		} else {                                                       \
			harness_failed++;                                      \
			fprintf(stderr,                                        \
				"%s:%d: %s: got \"%s\", want \"%s\"\n",        \
				__FILE__, __LINE__, #got, g_ ? g_ : "(null)",  \
				w_ ? w_ : "(null)");                           \
		}                                                              \
	} while (0)

#define CHECK_INT(got, want)                                                   \
	do {                                                                   \
		long long g_ = (long long)(got), w_ = (long long)(want);       \
		if (g_ == w_) {                                                \
			harness_passed++;                                      \
		} else {                                                       \
			harness_failed++;                                      \
			fprintf(stderr, "%s:%d: %s: got %lld, want %lld\n",    \
				__FILE__, __LINE__, #got, g_, w_);             \
		}                                                              \
	} while (0)

static inline int harness_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, harness_passed,
	       harness_failed);
	return harness_failed ? 1 : 0;
}

#endif
