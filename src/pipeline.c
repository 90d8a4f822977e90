/*
 * Worker threads and a ring of slots.  Three counters, each only ever
 * growing, say where everything is: items pushed, items claimed by a
 * worker and items taken back; taken <= claimed <= pushed <= taken + size.
 * Workers finish out of order; a flag a slot says its item is worked, and
 * items are taken back in the order they were pushed.
 */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "pipeline.h"
#include "xmalloc.h"

#define PIPELINE_MAX_THREADS	8
/*
 * A taker that has to wait waits for this many items: woken once for
 * them, not once each (a wake-up costs the worker a system call).
 */
#define PIPELINE_WAKE_BATCH	16

struct pipeline {
	pipeline_work	 work;
	void		**slot;
	bool		 *worked;	/* a slot's item is ready to take */
	size_t		  size;
	uint64_t	  pushed, claimed, taken;
	bool		  quit;
	bool		  waiting;	/* the taker, for items up to wait_for */
	uint64_t	  wait_for;
	bool		  tried;	/* the threads were asked for */
	size_t		  nthreads, want;
	pthread_t	  thread[PIPELINE_MAX_THREADS];
	pthread_mutex_t	  mu;
	pthread_cond_t	  more;		/* an item to work on, or quit */
	pthread_cond_t	  done;		/* an item worked */
};

/* What the taker waits for is worked: the oldest item and wait_for. */
static bool
pipeline_ready(const struct pipeline *p)
{
	return p->worked[p->taken % p->size] &&
	    p->worked[p->wait_for % p->size];
}

static void *
pipeline_worker(void *arg)
{
	struct pipeline	*p = arg;
	size_t		 k;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->claimed == p->pushed && !p->quit)
			pthread_cond_wait(&p->more, &p->mu);
		if (p->claimed == p->pushed)
			break;
		k = p->claimed++ % p->size;
		pthread_mutex_unlock(&p->mu);
		p->work(p->slot[k]);	/* the item is this worker's alone now */
		pthread_mutex_lock(&p->mu);
		p->worked[k] = true;
		if (p->waiting && pipeline_ready(p))
			pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/*
 * A worker for every core but the caller's, who takes the items back:
 * when taking back is the slower half (writing the index), a worker
 * more only takes time from it.
 */
static size_t
pipeline_cores(void)
{
	long	n = sysconf(_SC_NPROCESSORS_ONLN) - 1;

	if (n < 1)
		return 1;
	return n > PIPELINE_MAX_THREADS ? PIPELINE_MAX_THREADS : (size_t)n;
}

/* threads 0: a worker for every core but one. */
struct pipeline *
pipeline_new(pipeline_work work, size_t size, size_t threads)
{
	struct pipeline	*p = xcalloc(1, sizeof *p);

	p->work = work;
	p->size = size > 0 ? size : 1;
	p->slot = xcalloc(p->size, sizeof *p->slot);
	p->worked = xcalloc(p->size, sizeof *p->worked);
	p->want = threads > 0 ? threads : pipeline_cores();
	if (p->want > PIPELINE_MAX_THREADS)
		p->want = PIPELINE_MAX_THREADS;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->more, NULL);
	pthread_cond_init(&p->done, NULL);
	return p;
}

/* Full: the caller must take an item back before pushing another. */
bool
pipeline_full(const struct pipeline *p)
{
	return p->pushed - p->taken >= p->size;
}

/* The workers start with the first item; as many as can be had. */
static void
pipeline_start(struct pipeline *p)
{
	p->tried = true;
	while (p->nthreads < p->want && pthread_create(&p->thread[p->nthreads],
	    NULL, pipeline_worker, p) == 0)
		p->nthreads++;
}

/*
 * Hand an item to the workers.  If no thread can be had, the item is
 * worked here and now: slower, not wrong.
 */
void
pipeline_push(struct pipeline *p, void *item)
{
	size_t	k = p->pushed % p->size;

	if (!p->tried)
		pipeline_start(p);
	pthread_mutex_lock(&p->mu);
	p->slot[k] = item;
	p->pushed++;
	if (p->nthreads == 0) {
		p->claimed++;
		pthread_mutex_unlock(&p->mu);
		p->work(item);
		pthread_mutex_lock(&p->mu);
		p->worked[k] = true;
	}
	pthread_cond_signal(&p->more);
	pthread_mutex_unlock(&p->mu);
}

/*
 * The taker, with nothing to take yet, works the next item no worker has
 * claimed, if there is one (called locked): a core that would wait works
 * instead.  On two cores the index writer waited for the engine almost a
 * second of an import's ten: the engine falls behind on long articles.
 */
static bool
pipeline_help(struct pipeline *p)
{
	size_t	j;

	if (p->claimed == p->pushed)
		return false;
	j = p->claimed++ % p->size;
	pthread_mutex_unlock(&p->mu);
	p->work(p->slot[j]);
	pthread_mutex_lock(&p->mu);
	p->worked[j] = true;
	return true;
}

/*
 * The oldest item, once worked; NULL when it is not worked yet, or, with
 * wait, only when nothing is left in the pipeline at all.  Waiting, the
 * taker works items itself while there are any no worker has claimed.
 */
void *
pipeline_take(struct pipeline *p, bool wait)
{
	void		*item = NULL;
	size_t		 k = p->taken % p->size;
	uint64_t	 n;

	pthread_mutex_lock(&p->mu);
	while (wait && p->taken < p->pushed && !p->worked[k] &&
	    pipeline_help(p))
		;
	if (wait && p->taken < p->pushed && !p->worked[k]) {
		n = p->pushed - p->taken;
		p->wait_for = p->taken + (n < PIPELINE_WAKE_BATCH ? n :
		    PIPELINE_WAKE_BATCH) - 1;
		p->waiting = true;
		while (!pipeline_ready(p))
			pthread_cond_wait(&p->done, &p->mu);
		p->waiting = false;
	}
	if (p->taken < p->pushed && p->worked[k]) {
		item = p->slot[k];
		p->worked[k] = false;
		p->taken++;
	}
	pthread_mutex_unlock(&p->mu);
	return item;
}

/* Every item must have been taken back. */
void
pipeline_free(struct pipeline *p)
{
	size_t	i;

	if (p == NULL)
		return;
	pthread_mutex_lock(&p->mu);
	p->quit = true;
	pthread_cond_broadcast(&p->more);
	pthread_mutex_unlock(&p->mu);
	for (i = 0; i < p->nthreads; i++)
		pthread_join(p->thread[i], NULL);
	pthread_cond_destroy(&p->more);
	pthread_cond_destroy(&p->done);
	pthread_mutex_destroy(&p->mu);
	free(p->worked);
	free(p->slot);
	free(p);
}
