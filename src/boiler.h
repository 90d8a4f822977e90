/*
 * Boilerplate: the site chrome around an article (mastheads, navigation,
 * "Latest ..." lists, staff boxes), recognised by its shape rather than
 * by its words, so that it works on sites nobody has seen.
 */
#ifndef QUOTH_BOILER_H
#define QUOTH_BOILER_H

#include <stdbool.h>
#include <stddef.h>

struct boiler_line {
	const char	*s;
	size_t		 n;
};

bool	boiler_ends_sentence(const char *, size_t);
bool	boiler_is_chrome_line(const char *, size_t);
void	boiler_trim_lines(const struct boiler_line *, size_t, size_t *,
	    size_t *);

#endif
