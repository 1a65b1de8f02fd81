/* workers.c - articles processed on N threads, results in input order */
#define _POSIX_C_SOURCE 200809L
#include "workers.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "err.h"
#include "util.h"

enum slot_state { SLOT_FREE, SLOT_QUEUED, SLOT_DONE };

/* One job in flight: its own arena, so a finished article's strings stay
 * valid until the submitting thread has delivered it. */
struct slot {
	struct workers_job job;
	struct arena *arena;
	struct pipeline_result pr;
	struct err e;
	int rc;
	enum slot_state state;
};

struct workers {
	struct pipeline *base;
	size_t n;
	struct reader_opts ro;
	workers_done_fn done;
	void *ctx;
	pthread_t *threads;
	struct pipeline **pipes; /* one clone per thread */
	struct slot *slots;	 /* a ring: job k in slots[k % nslots] */
	size_t nslots;
	/* submitted >= taken >= ... and submitted >= emitted; job k is
	 * queued for a thread when taken <= k < submitted */
	size_t submitted, taken, emitted;
	pthread_mutex_t mu;
	pthread_cond_t work;	 /* a job was queued, or closing */
	pthread_cond_t finished; /* a job is done */
	bool closing;
	bool stopped; /* a done call returned non-zero */
};

static void run_job(struct pipeline *p, const struct reader_opts *ro,
		    struct slot *s)
{
	err_clear(&s->e);
	arena_reset(s->arena);
	const struct workers_job *j = &s->job;
	if (j->src)
		s->rc = pipeline_from_source(p, j->src, ro, s->arena, &s->pr,
					     &s->e);
	else
		s->rc = pipeline_from_bytes(p, j->name, j->bytes, j->len,
					    j->content_type, j->final_url,
					    j->date, s->arena, &s->pr, &s->e);
}

static void job_release(struct workers_job *j)
{
	free(j->name);
	free(j->bytes);
	free(j->content_type);
	free(j->final_url);
	free(j->date);
	memset(j, 0, sizeof *j);
}

struct thread_arg {
	struct workers *w;
	size_t i;
};

static void *thread_main(void *arg)
{
	struct thread_arg *ta = arg;
	struct workers *w = ta->w;
	struct pipeline *p = w->pipes[ta->i];
	free(ta);
	pthread_mutex_lock(&w->mu);
	for (;;) {
		while (w->taken == w->submitted && !w->closing)
			pthread_cond_wait(&w->work, &w->mu);
		if (w->taken == w->submitted)
			break;
		struct slot *s = &w->slots[w->taken++ % w->nslots];
		pthread_mutex_unlock(&w->mu);
		run_job(p, &w->ro, s);
		pthread_mutex_lock(&w->mu);
		s->state = SLOT_DONE;
		pthread_cond_broadcast(&w->finished);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

struct workers *workers_new(struct pipeline *p, size_t n,
			    const struct reader_opts *ro, workers_done_fn done,
			    void *ctx)
{
	struct workers *w = xcalloc(1, sizeof *w);
	w->base = p;
	w->n = n ? n : 1;
	w->ro = *ro;
	w->done = done;
	w->ctx = ctx;
	/* Four jobs a thread: enough that a thread rarely waits for the
	 * slowest article ahead of it to be delivered. */
	w->nslots = w->n == 1 ? 1 : 4 * w->n;
	w->slots = xcalloc(w->nslots, sizeof *w->slots);
	for (size_t i = 0; i < w->nslots; i++)
		w->slots[i].arena = arena_new();
	if (w->n == 1)
		return w;
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->work, NULL);
	pthread_cond_init(&w->finished, NULL);
	w->pipes = xcalloc(w->n, sizeof *w->pipes);
	w->threads = xcalloc(w->n, sizeof *w->threads);
	for (size_t i = 0; i < w->n; i++) {
		w->pipes[i] = p ? pipeline_clone(p) : NULL;
		struct thread_arg *ta = xmalloc(sizeof *ta);
		*ta = (struct thread_arg){w, i};
		if (pthread_create(&w->threads[i], NULL, thread_main, ta) != 0)
			die_oom();
	}
	return w;
}

/* Hands the oldest job to the done call; the caller holds no lock and
 * the slot is SLOT_DONE, so no thread touches it. */
static void deliver(struct workers *w, struct slot *s)
{
	if (!w->stopped &&
	    w->done(w->ctx, &s->job, s->rc == 0 ? &s->pr : NULL, &s->e) != 0)
		w->stopped = true;
	job_release(&s->job);
	arena_reset(s->arena);
}

/* Delivers finished jobs in order: all of them when `all`, else those
 * already done (and the oldest, waiting for it, when every slot is
 * taken). Called with the lock held (threaded pools only). */
static void deliver_ready(struct workers *w, bool all)
{
	while (w->emitted < w->submitted) {
		struct slot *s = &w->slots[w->emitted % w->nslots];
		bool full = w->submitted - w->emitted == w->nslots;
		if (s->state != SLOT_DONE && !all && !full)
			break;
		while (s->state != SLOT_DONE)
			pthread_cond_wait(&w->finished, &w->mu);
		pthread_mutex_unlock(&w->mu);
		deliver(w, s);
		pthread_mutex_lock(&w->mu);
		s->state = SLOT_FREE;
		w->emitted++;
	}
}

int workers_submit(struct workers *w, const struct workers_job *job)
{
	if (w->n == 1) {
		struct slot *s = &w->slots[0];
		s->job = *job;
		if (w->stopped) {
			job_release(&s->job);
			return -1;
		}
		run_job(w->base, &w->ro, s);
		deliver(w, s);
		return w->stopped ? -1 : 0;
	}
	pthread_mutex_lock(&w->mu);
	deliver_ready(w, false);
	struct slot *s = &w->slots[w->submitted % w->nslots];
	s->job = *job;
	if (w->stopped) {
		pthread_mutex_unlock(&w->mu);
		job_release(&s->job);
		return -1;
	}
	s->state = SLOT_QUEUED;
	w->submitted++;
	pthread_cond_signal(&w->work);
	pthread_mutex_unlock(&w->mu);
	return 0;
}

int workers_drain(struct workers *w)
{
	if (w->n > 1) {
		pthread_mutex_lock(&w->mu);
		deliver_ready(w, true);
		pthread_mutex_unlock(&w->mu);
	}
	return w->stopped ? -1 : 0;
}

void workers_free(struct workers *w)
{
	if (!w)
		return;
	if (w->n > 1) {
		workers_drain(w);
		pthread_mutex_lock(&w->mu);
		w->closing = true;
		pthread_cond_broadcast(&w->work);
		pthread_mutex_unlock(&w->mu);
		for (size_t i = 0; i < w->n; i++) {
			pthread_join(w->threads[i], NULL);
			pipeline_free(w->pipes[i]);
		}
		free(w->threads);
		free(w->pipes);
		pthread_cond_destroy(&w->work);
		pthread_cond_destroy(&w->finished);
		pthread_mutex_destroy(&w->mu);
	}
	for (size_t i = 0; i < w->nslots; i++)
		arena_free(w->slots[i].arena);
	free(w->slots);
	free(w);
}

size_t workers_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 256 ? 256 : (size_t)n;
}
