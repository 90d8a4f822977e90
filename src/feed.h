/*
 * What the feed importers share: an item as the formats give it (every
 * field as text, NULL when absent), turned into an article the same way
 * for RSS, RDF, Atom (import_feed.c) and JSON Feed (import_jsonfeed.c).
 */
#ifndef QUOTH_FEED_H
#define QUOTH_FEED_H

#include "import.h"

struct feed_item {
	const char	*title;
	const char	*link;
	const char	*id;		/* guid, Atom id, rdf:about */
	const char	*date;		/* in any format date.c reads */
	const char	*author;
	const char	*html;		/* full content or summary, as HTML */
	const char	*text;		/* or as plain text */
	const char	*outlet;	/* the feed's title */
	const char	*feed_id;	/* the feed's id or link, for origins */
};

struct feed_stats {
	unsigned	items, skipped;
	char		first_skip[160];	/* why the first was skipped */
};

int	feed_emit(const struct feed_item *, const char *,
	    const struct import_sink *, struct feed_stats *, struct error *);
void	feed_skip(const struct import_sink *, struct feed_stats *,
	    const char *);
int	feed_done(const struct feed_stats *, struct error *);
int	import_jsonfeed(const char *, size_t, const char *,
	    const struct import_sink *, struct error *);
char	*import_jsonfeed_title(const char *, size_t);

#endif
