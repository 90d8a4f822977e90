/*
 * The article model: metadata and a body of paragraphs.  The body is
 * stored and displayed as paragraphs joined by one blank line ("\n\n"),
 * so paragraph offsets are derived, never stored; every offset quoth
 * reports (quotes, mentions) is a byte offset into this body.
 */
#ifndef QUOTH_ARTICLE_H
#define QUOTH_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct span {
	uint32_t	start;
	uint32_t	end;
};

struct article {
	char		*title;
	char		*byline;
	char		*outlet;
	char		*url;
	char		*date;		/* ISO 8601 (YYYY-MM-DD[THH:MM:SSZ]) */
	char		*file;		/* as named at import: path, "-", URL */
	char		*origin;	/* identity of the source, for updates */
	struct buf	 body;
	uint64_t	 hash;		/* article_hash(), once article_seal() */
	struct buf	 words;		/* its words the index lacks ... */
	bool		 split;		/* ... once index_split() has run */
	bool		 sealed;	/* title and body final, hash known */
};

void		article_init(struct article *);
void		article_free(struct article *);
void		article_set(char **, const char *, size_t);
void		article_add_paragraph(struct article *, const char *, size_t);
size_t		article_paragraphs(const char *, size_t, struct span **);
uint64_t	article_hash(const struct article *);
void		article_seal(struct article *);
struct span	article_sentence(const char *, size_t, struct span);

#endif
