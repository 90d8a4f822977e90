/*
 * UTF-8: decoding, validation, transcoding of legacy text, display width
 * by grapheme cluster, and making text safe to show on a terminal.
 */
#ifndef QUOTH_UTF8_H
#define QUOTH_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define UTF8_REPLACEMENT 0xfffd

size_t	 utf8_decode(const char *, size_t, uint32_t *);
size_t	 utf8_encode(uint32_t, char *);
bool	 utf8_valid(const char *, size_t, size_t *);
void	 utf8_from_cp1252(struct buf *, const char *, size_t);
int	 utf8_from_utf16(struct buf *, const char *, size_t, bool);

bool	 utf8_is_letter(uint32_t);
bool	 utf8_is_unsafe(uint32_t);
uint32_t utf8_placeholder(uint32_t);
void	 utf8_sanitize(struct buf *, const char *, size_t, bool);

size_t	 utf8_grapheme(const char *, size_t, int *);
int	 utf8_width(const char *, size_t);
size_t	 utf8_fit(const char *, size_t, int, int *);

#endif
