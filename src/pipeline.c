/*
 * One worker thread and a ring of slots.  Three counters, each only ever
 * growing, say where everything is: items pushed, items worked and items
 * taken back; taken <= worked <= pushed <= taken + size.
 */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "pipeline.h"
#include "xmalloc.h"

struct pipeline {
	pipeline_work	 work;
	void		**slot;
	size_t		  size;
	uint64_t	  pushed, worked, taken;
	bool		  quit;
	bool		  started;
	pthread_t	  thread;
	pthread_mutex_t	  mu;
	pthread_cond_t	  more;		/* an item to work on, or quit */
	pthread_cond_t	  done;		/* an item worked */
};

static void *
pipeline_worker(void *arg)
{
	struct pipeline	*p = arg;
	void		*item;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->worked == p->pushed && !p->quit)
			pthread_cond_wait(&p->more, &p->mu);
		if (p->worked == p->pushed)
			break;
		item = p->slot[p->worked % p->size];
		pthread_mutex_unlock(&p->mu);
		p->work(item);		/* the item is the worker's alone now */
		pthread_mutex_lock(&p->mu);
		p->worked++;
		pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

struct pipeline *
pipeline_new(pipeline_work work, size_t size)
{
	struct pipeline	*p = xcalloc(1, sizeof *p);

	p->work = work;
	p->size = size > 0 ? size : 1;
	p->slot = xcalloc(p->size, sizeof *p->slot);
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

/*
 * Hand an item to the worker, which starts with the first one.  If no
 * thread can be had, the item is worked here and now: slower, not wrong.
 */
void
pipeline_push(struct pipeline *p, void *item)
{
	if (!p->started && pthread_create(&p->thread, NULL, pipeline_worker,
	    p) == 0)
		p->started = true;
	pthread_mutex_lock(&p->mu);
	p->slot[p->pushed++ % p->size] = item;
	if (!p->started) {
		pthread_mutex_unlock(&p->mu);
		p->work(item);
		pthread_mutex_lock(&p->mu);
		p->worked++;
	}
	pthread_cond_signal(&p->more);
	pthread_mutex_unlock(&p->mu);
}

/*
 * The oldest item, once worked; NULL when none is waiting, or, with
 * wait, only when nothing is left in the pipeline at all.
 */
void *
pipeline_take(struct pipeline *p, bool wait)
{
	void	*item = NULL;

	pthread_mutex_lock(&p->mu);
	while (wait && p->taken < p->pushed && p->taken == p->worked)
		pthread_cond_wait(&p->done, &p->mu);
	if (p->taken < p->worked)
		item = p->slot[p->taken++ % p->size];
	pthread_mutex_unlock(&p->mu);
	return item;
}

/* Every item must have been taken back. */
void
pipeline_free(struct pipeline *p)
{
	if (p == NULL)
		return;
	pthread_mutex_lock(&p->mu);
	p->quit = true;
	pthread_cond_signal(&p->more);
	pthread_mutex_unlock(&p->mu);
	if (p->started)
		pthread_join(p->thread, NULL);
	pthread_cond_destroy(&p->more);
	pthread_cond_destroy(&p->done);
	pthread_mutex_destroy(&p->mu);
	free(p->slot);
	free(p);
}
