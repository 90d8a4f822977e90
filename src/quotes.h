/*
 * The quotation-mark scanner: pairs opening and closing marks (curly,
 * straight, guillemets, '' and ``) paragraph by paragraph, follows
 * quotations that run over several paragraphs (re-opened at each one),
 * and marks every token inside a top-level quotation.  Marks nested in a
 * quotation belong to it; single marks open quotations only in articles
 * that use no double marks at all (the British style).
 */
#ifndef QUOTH_QUOTES_H
#define QUOTH_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "tokens.h"

#define QUOTE_UNCLOSED	0x01	/* runs to the end of its paragraph */
#define QUOTE_CONTINUES	0x02	/* re-opened at the start of the next one */
#define QUOTE_SINGLE	0x04	/* between single marks */

struct quote {
	uint32_t	open;		/* token of the opening mark */
	uint32_t	close;		/* token of the closing mark, or one past
					   the paragraph's last token */
	uint32_t	first;		/* content tokens [first, last) */
	uint32_t	last;
	struct span	text;		/* content bytes, trailing comma dropped */
	int32_t		prev;		/* the quotation this one continues, or -1 */
	uint32_t	nwords;
	uint16_t	flags;
};

struct quotes {
	struct quote	*v;
	size_t		 n;
	size_t		 cap;
};

void	quotes_scan(struct tokens *, struct quotes *);
void	quotes_free(struct quotes *);

#endif
