/*
 * What the engine found in one article, packed as one record: its
 * sources with their mentions, its quotes with their relays, and the
 * pairs of claims within it.  The index stores one such record an
 * article (a row for each quote and source made imports several times
 * slower).  Text is not copied: quotes, mentions and cues are spans of
 * the body; names, roles, rules and reasons are kept.
 */
#ifndef QUOTH_SAID_H
#define QUOTH_SAID_H

#include <stddef.h>

#include "attrib.h"
#include "buf.h"
#include "claims.h"

#define SAID_VERSION	1
#define SAID_MAX	0xffff	/* quotes or sources one record keeps */

struct said {
	struct attrib_result	 r;
	struct claim_pair	*pairs;
	size_t			 npairs;
	char			*rules;		/* the rule names r points into */
};

void	said_pack(struct buf *, const struct attrib_result *,
	    const struct claim_pair *, size_t);
int	said_unpack(const void *, size_t, size_t, struct said *);
void	said_free(struct said *);
void	said_words(const struct attrib_result *, struct buf *, struct buf *);

#endif
