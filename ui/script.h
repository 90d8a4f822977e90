/*
 * Scripted input, for tests and benchmarks: the file QUOTH_SCRIPT names
 * is read a line at a time.  A line starting with ':' is a command; '#'
 * starts a comment; any other line is keys, written as in `bind`
 * (j, <Enter>, <C-l>, <lt>), plus events a terminal would send:
 * <Resize WxH>, <Click Y X>, <WheelUp Y X>, <WheelDown Y X>.
 */
#ifndef QUOTH_SCRIPT_H
#define QUOTH_SCRIPT_H

#include "display.h"

int	script_open(const char *, struct error *);
int	script_read(struct input *);
void	script_close(void);

#endif
