/*
 * Subscriptions: feeds kept in the index and fetched again on demand.
 * feeds_refresh() is what both 'quoth fetch' and the reader's fetch key
 * call; it reports each feed through a callback so that each can show
 * progress its own way.
 */
#ifndef QUOTH_FEEDS_H
#define QUOTH_FEEDS_H

#include <stdbool.h>
#include <stddef.h>

#include "index.h"
#include "ingest.h"

struct feeds_progress {
	size_t		 done;		/* feeds finished so far */
	size_t		 total;
	const char	*url;		/* the feed this report is about */
	const char	*title;		/* its title, when known */
	bool		 finished;	/* false: starting it; true: done */
	bool		 not_modified;	/* the server had nothing new */
	const char	*error;		/* why it failed, or NULL */
	unsigned	 added, updated; /* by this fetch */
};

typedef void (*feeds_progress_cb)(void *, const struct feeds_progress *);

struct feeds_opts {
	long			 timeout;	/* seconds a feed; 0: default */
	feeds_progress_cb	 progress;	/* may be NULL */
	/* may be NULL; true stops the fetch and skips the feeds left */
	bool			(*stop)(void *);
	void			*ctx;		/* for both */
};

struct feeds_totals {
	unsigned	feeds, failed, not_modified;
	unsigned	added, updated;
};

int	feeds_subscribe(struct index *, const char *, const struct feeds_opts *,
	    struct feeds_totals *, struct error *);
int	feeds_refresh(struct index *, const struct feeds_opts *,
	    struct feeds_totals *, struct error *);

#endif
