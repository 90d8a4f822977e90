/*
 * Merging on a thread of its own, for the reader: a round of merging
 * (index_merge_some) ends in a commit and at times a checkpoint, 25 ms
 * or so at a million articles and one in a few hundred 0.2 to 0.7 s,
 * and a key pressed during a round in the reader's own thread waited for
 * it.  Here the rounds run on a connection of their own, which WAL lets
 * write beside the reader's queries; the reader says when to go and
 * when to pause, and is never kept waiting.
 *
 * The thread stops by itself when nothing is left to merge, when the
 * index is busy or read-only, and when another connection writes (an
 * import, the reader marking an article read, another reader merging):
 * its own commits leave its data_version as it was, anyone else's do
 * not.  Its connection is opened for a spell of merging and closed after,
 * so that the cache it fills is not kept while the reader idles.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

#include "index_private.h"
#include "xmalloc.h"

struct index_merger {
	pthread_t		 thread;
	pthread_mutex_t		 lock;
	pthread_cond_t		 wake;
	char			*path;
	int			 pages, every_ms;
	bool			 go, pause, end;
	enum index_merger_state	 state;	/* set by the thread, but for go */
	int64_t			 rounds;	/* that merged anything */
	struct index		*ix;	/* the thread's, while it merges */
};

/* Whether the thread is to stop what it does (m->lock held). */
static bool
index_merger_told(const struct index_merger *m)
{
	return m->pause || m->end;
}

/* Whether the thread was told to stop. */
static bool
index_merger_stopped(struct index_merger *m)
{
	bool	told;

	pthread_mutex_lock(&m->lock);
	told = index_merger_told(m);
	pthread_mutex_unlock(&m->lock);
	return told;
}

/* Wait every_ms, or less if told to stop; whether told. */
static bool
index_merger_rest(struct index_merger *m)
{
	struct timespec	until;
	bool		told;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_nsec += (long)(m->every_ms % 1000) * 1000000L;
	until.tv_sec += m->every_ms / 1000 + until.tv_nsec / 1000000000L;
	until.tv_nsec %= 1000000000L;
	pthread_mutex_lock(&m->lock);
	while (!index_merger_told(m) &&
	    pthread_cond_timedwait(&m->wake, &m->lock, &until) != ETIMEDOUT)
		;
	told = index_merger_told(m);
	pthread_mutex_unlock(&m->lock);
	return told;
}

/* Rounds until told to stop, or nothing is left, or someone else writes. */
static enum index_merger_state
index_merger_rounds(struct index_merger *m)
{
	struct index	*ix = m->ix;	/* changed by this thread only */
	struct error	 err;
	int64_t		 version = index_data_version(ix);
	int		 rc;

	for (;;) {
		if (index_merger_stopped(m))	/* while its connection opened */
			return INDEX_MERGER_WAITING;
		rc = index_merge_some(ix, m->pages, &err);
		if (rc == -1)
			return INDEX_MERGER_BLOCKED;
		if (rc == 0)
			return INDEX_MERGER_DONE;
		pthread_mutex_lock(&m->lock);
		m->rounds++;
		pthread_mutex_unlock(&m->lock);
		if (index_merger_rest(m) || index_data_version(ix) != version)
			return INDEX_MERGER_WAITING;
	}
}

/* A spell of merging, on a connection opened for it. */
static enum index_merger_state
index_merger_spell(struct index_merger *m)
{
	struct index		*ix;
	struct error		err;
	enum index_merger_state	s;

	if (index_open(&ix, m->path, INDEX_EXISTING, &err) == -1)
		return INDEX_MERGER_BLOCKED;
	pthread_mutex_lock(&m->lock);
	m->ix = ix;
	pthread_mutex_unlock(&m->lock);
	s = index_merger_rounds(m);
	pthread_mutex_lock(&m->lock);	/* index_merger_end interrupts it */
	index_close(m->ix);
	m->ix = NULL;
	pthread_mutex_unlock(&m->lock);
	return s;
}

static void *
index_merger_main(void *arg)
{
	struct index_merger	*m = arg;
	enum index_merger_state	 s;

	pthread_mutex_lock(&m->lock);
	for (;;) {
		while (!m->go && !m->end)
			pthread_cond_wait(&m->wake, &m->lock);
		if (m->end)
			break;
		m->go = m->pause = false;
		m->state = INDEX_MERGER_MERGING;
		pthread_mutex_unlock(&m->lock);
		s = index_merger_spell(m);
		pthread_mutex_lock(&m->lock);
		m->state = s;
	}
	pthread_mutex_unlock(&m->lock);
	return NULL;
}

/*
 * A merger for the index ix is open on: rounds of pages, every_ms apart,
 * once told to go.
 */
int
index_merger_start(struct index_merger **out, struct index *ix, int pages,
    int every_ms, struct error *err)
{
	struct index_merger	*m = xcalloc(1, sizeof *m);

	m->path = xstrdup(ix->path);
	m->pages = pages;
	m->every_ms = every_ms;
	m->state = INDEX_MERGER_WAITING;
	pthread_mutex_init(&m->lock, NULL);
	pthread_cond_init(&m->wake, NULL);
	if (pthread_create(&m->thread, NULL, index_merger_main, m) != 0) {
		pthread_cond_destroy(&m->wake);
		pthread_mutex_destroy(&m->lock);
		free(m->path);
		free(m);
		return error_set(err, "cannot start merging: out of threads");
	}
	*out = m;
	return 0;
}

/* Merge until told to pause, or the thread stops by itself. */
void
index_merger_go(struct index_merger *m)
{
	pthread_mutex_lock(&m->lock);
	m->go = true;
	m->pause = false;
	m->state = INDEX_MERGER_MERGING;
	pthread_cond_signal(&m->wake);
	pthread_mutex_unlock(&m->lock);
}

/*
 * Stop after the round under way; the caller does not wait for it.  The
 * state says MERGING until the thread has stopped (at once if it had not
 * yet begun).
 */
void
index_merger_pause(struct index_merger *m)
{
	pthread_mutex_lock(&m->lock);
	if (m->go)		/* not taken up: no spell begun */
		m->state = INDEX_MERGER_WAITING;
	m->go = false;
	m->pause = true;
	pthread_cond_signal(&m->wake);
	pthread_mutex_unlock(&m->lock);
}

/* How many rounds merged anything so far. */
int64_t
index_merger_rounds_done(struct index_merger *m)
{
	int64_t	n;

	pthread_mutex_lock(&m->lock);
	n = m->rounds;
	pthread_mutex_unlock(&m->lock);
	return n;
}

enum index_merger_state
index_merger_state(struct index_merger *m)
{
	enum index_merger_state	s;

	pthread_mutex_lock(&m->lock);
	s = m->state;
	pthread_mutex_unlock(&m->lock);
	return s;
}

/* Stop the thread, cutting a round short (it is rolled back), and free. */
void
index_merger_end(struct index_merger *m)
{
	if (m == NULL)
		return;
	pthread_mutex_lock(&m->lock);
	m->end = true;
	if (m->ix != NULL)
		sqlite3_interrupt(m->ix->db);
	pthread_cond_signal(&m->wake);
	pthread_mutex_unlock(&m->lock);
	pthread_join(m->thread, NULL);
	pthread_cond_destroy(&m->wake);
	pthread_mutex_destroy(&m->lock);
	free(m->path);
	free(m);
}
