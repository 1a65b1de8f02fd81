/* figures_bench.c - `make bench`: figure extraction alone (segmenting and
 * all rule sets) over plain text, in MB/s on one core. The texts named on
 * the command line are repeated until there are at least MIN_MB
 * megabytes; each copy is one article, as in a real run. Time is the
 * process's CPU time (best of 5), so that other work on the machine does
 * not count. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actors.h"
#include "arena.h"
#include "article.h"
#include "figures.h"
#include "quotes.h"
#include "rules.h"
#include "segment.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf) {
		buf[n] = '\0';
		*len = (size_t)n;
	}
	return buf;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	/* -a: also actors, quotes and figure speakers, as `extract` runs
	 * them, to show what those stages cost on top */
	bool all = argc > 1 && !strcmp(argv[1], "-a");
	if (all) {
		argc--;
		argv++;
	}
	if (argc < 5) {
		fprintf(stderr,
			"usage: figures_bench [-a] PATTERNS MIN_MB LABEL "
			"FILE...\n");
		return 2;
	}
	const char *label = argv[3];
	struct rules_diags dg;
	struct rules *r = rules_load(argv[1], &dg);
	if (!r) {
		fprintf(stderr, "figures_bench: %zu errors in %s\n", dg.n,
			argv[1]);
		return 3;
	}
	double min_bytes = atof(argv[2]) * 1e6;
	int nfiles = argc - 4;
	char **texts = calloc((size_t)nfiles, sizeof *texts);
	size_t *lens = calloc((size_t)nfiles, sizeof *lens);
	size_t one_pass = 0;
	for (int i = 0; i < nfiles; i++) {
		texts[i] = slurp(argv[i + 4], &lens[i]);
		if (!texts[i]) {
			perror(argv[i + 4]);
			return 1;
		}
		one_pass += lens[i];
	}
	size_t copies = (size_t)(min_bytes / (double)one_pass) + 1;
	struct figures *fx = figures_new(r);
	struct actors *ax = actors_new(r);
	struct quotes *qx = quotes_new(r);
	struct matcher *m = rules_matcher_new(r);
	struct segment_lexicons sl = {rules_lexicon(r, "abbreviations"),
				      rules_lexicon(r, "sentence_starters")};
	struct arena *arena = arena_new();
	double best = 1e9;
	size_t nfig = 0;
	for (int run = 0; run < 5; run++) {
		double t0 = now();
		nfig = 0;
		for (size_t c = 0; c < copies; c++)
			for (int i = 0; i < nfiles; i++) {
				struct article a;
				memset(&a, 0, sizeof a);
				a.id = "0";
				a.text = texts[i];
				a.len = lens[i];
				arena_reset(arena);
				struct segments seg;
				segment_text(a.text, a.len, &sl, arena, &seg);
				struct figure_list out;
				figures_extract(fx, m, &a, &seg, arena, &out);
				nfig += out.n;
				if (!all)
					continue;
				struct actor_list al;
				struct quote_list ql;
				actors_extract(ax, a.text, a.len, &seg, arena,
					       &al);
				quotes_extract(qx, a.text, a.len, &seg, &al,
					       arena, &ql);
				for (size_t f = 0; f < out.n; f++)
					out.items[f].speaker = quotes_source(
					    qx, a.text, a.len, &seg, &al, &ql,
					    out.items[f].start,
					    out.items[f].end);
			}
		double t = now() - t0;
		if (t < best)
			best = t;
	}
	double mb = (double)(one_pass * copies) / 1e6;
	printf("  %-20s %7.3f s  %7.1f MB/s  (%.1f MB, %zu figures)\n", label,
	       best, mb / best, mb, nfig);
	arena_free(arena);
	actors_free(ax);
	quotes_free(qx);
	rules_matcher_free(m);
	figures_free(fx);
	rules_free(r);
	for (int i = 0; i < nfiles; i++)
		free(texts[i]);
	free(texts);
	free(lens);
	return 0;
}
