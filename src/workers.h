/* workers.h - articles processed on N threads, results in input order */
#ifndef CLAIMEX_WORKERS_H
#define CLAIMEX_WORKERS_H

#include <stddef.h>

#include "pipeline.h"
#include "reader.h"

struct err;
struct source;

/*
 * One article to process: a file or stdin source, or bytes already in
 * memory (an archive record).
 */
struct workers_job {
	const struct source *src; /* the caller's, kept alive until done */
	/* When src is NULL: the bytes and their metadata, malloc'd; the
	 * pool owns them from workers_submit on and frees them after the
	 * job's done call. name is the article's source (a URL). */
	char *name;
	char *bytes;
	size_t len;
	char *content_type, *final_url, *date; /* each may be NULL */
};

/*
 * Called on the submitting thread, once per job, in submission order:
 * pr is the article's result (its strings live until the call returns),
 * or NULL when the article failed, with e saying why. Returning non-zero
 * stops the pool: the jobs after it are dropped without a call.
 */
typedef int (*workers_done_fn)(void *ctx, const struct workers_job *job,
			       const struct pipeline_result *pr,
			       const struct err *e);

/*
 * A pool of n threads (n >= 1), each with its own clone of p (its own
 * matcher) and its own arenas; p may be NULL (only article records, for
 * `text`). With n == 1 no thread is started: each job runs inside
 * workers_submit. At most 4n jobs are in flight, so memory stays flat
 * whatever the number of jobs; the results are byte-identical whatever
 * n is. ro is copied. Free with workers_free.
 */
struct workers *workers_new(struct pipeline *p, size_t n,
			    const struct reader_opts *ro, workers_done_fn done,
			    void *ctx);

/*
 * Queues a job (taking ownership of its malloc'd fields). May first
 * deliver finished jobs (done calls) and wait for a free slot. Returns 0,
 * or -1 when a done call has stopped the pool (the job is freed).
 */
int workers_submit(struct workers *w, const struct workers_job *job);

/* Waits for every queued job and delivers it. Returns 0, or -1 when a
 * done call stopped the pool. */
int workers_drain(struct workers *w);

/* Drains, stops the threads and frees the pool. NULL is a no-op. */
void workers_free(struct workers *w);

/* The number of cores online, at least 1: the default of -j. */
size_t workers_cores(void);

#endif
