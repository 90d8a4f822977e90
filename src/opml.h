/*
 * OPML, the outline format feed readers exchange their subscriptions in:
 * read (every outline with an xmlUrl, however deep in folders) and
 * written (quoth feeds import and export).
 */
#ifndef QUOTH_OPML_H
#define QUOTH_OPML_H

#include <stddef.h>
#include <stdio.h>

#include "error.h"

#define OPML_MAX_BYTES	((size_t)16 << 20)	/* a list, not a library */

struct opml_feed {
	const char	*url;		/* xmlUrl, as written */
	const char	*title;		/* title or text; NULL when neither */
};

/* Called for each feed in document order; nonzero stops the walk. */
typedef int (*opml_feed_cb)(void *, const struct opml_feed *);

int	opml_read(const char *, size_t, opml_feed_cb, void *, struct error *);
void	opml_begin(FILE *, const char *);
void	opml_put(FILE *, const struct opml_feed *);
void	opml_end(FILE *);

#endif
