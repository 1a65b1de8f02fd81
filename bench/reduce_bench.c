/* reduce_bench.c - the reduce step alone, timed in its two parts
 *
 * usage: reduce_bench RECORDS.jsonl
 *
 * Reads the records (JSON parsing: linear in bytes), then runs stories,
 * copies and conflicts (conflicts_compute) and prints the CPU time of
 * each part, the counts, and the peak resident memory, so that `make
 * bench` shows how the reduce itself grows with the number of figures.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "conflicts.h"
#include "err.h"
#include "records.h"

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: reduce_bench RECORDS.jsonl\n");
		return 2;
	}
	FILE *fp = fopen(argv[1], "r");
	if (!fp) {
		perror(argv[1]);
		return 1;
	}
	struct record_set set;
	records_init(&set);
	struct err e;
	err_clear(&e);
	double t0 = cpu_now();
	records_read(&set, fp, argv[1], 16u << 20, stderr, &e);
	fclose(fp);
	double t1 = cpu_now();
	struct conflict_list cl;
	conflicts_compute(&set, &cl);
	double t2 = cpu_now();
	size_t disputes = 0;
	for (size_t i = 0; i < cl.n; i++)
		disputes += cl.items[i].status == STATUS_CONFLICT;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("  %8zu articles %9zu figures  read %7.2f s  reduce %6.2f s "
	       "(%.2f us/figure)  %zu stories, %zu records, %zu disputes  "
	       "peak %ld MB\n",
	       set.narticles, set.nfigures, t1 - t0, t2 - t1,
	       set.nfigures ? (t2 - t1) * 1e6 / (double)set.nfigures : 0.0,
	       cl.stories.n, cl.n, disputes, ru.ru_maxrss / 1024);
	conflicts_free(&cl);
	records_release(&set);
	return 0;
}
