/*
 * Wrapping text to a width in terminal columns: at spaces where a line
 * has one, else between grapheme clusters (CJK text, long URLs).
 */
#ifndef QUOTH_WRAP_H
#define QUOTH_WRAP_H

#include <stddef.h>

/* Called with each line's byte range, trailing spaces left out. */
typedef void	(*wrap_emit_fn)(void *, size_t, size_t);

void	wrap_text(const char *, size_t, int, wrap_emit_fn, void *);

#endif
