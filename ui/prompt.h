/*
 * The prompt on the last line: `:` commands, `/` searches and the
 * library's filter, edited with the keys of a shell's line editor.
 */
#ifndef QUOTH_PROMPT_H
#define QUOTH_PROMPT_H

#include <stdbool.h>

#include "ui.h"

/* Called after each edit with the text so far (filter as you type). */
typedef void	(*prompt_change_fn)(void *, const char *);

int	prompt_read(struct ui *, const char *, const char *, prompt_change_fn,
	    void *, char **);
bool	prompt_draw(int *);

#endif
