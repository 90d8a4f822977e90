/* A growable byte buffer, always NUL-terminated. */
#ifndef QUOTH_BUF_H
#define QUOTH_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

void	 buf_reserve(struct buf *, size_t);
void	 buf_add(struct buf *, const void *, size_t);
void	 buf_adds(struct buf *, const char *);
void	 buf_addc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	     __attribute__((format(printf, 2, 3)));
void	 buf_vprintf(struct buf *, const char *, va_list)
	     __attribute__((format(printf, 2, 0)));
void	 buf_truncate(struct buf *, size_t);
char	*buf_detach(struct buf *);
const char *buf_str(const struct buf *);
void	 buf_free(struct buf *);

#endif
