/*
 * Errors travel up as a message a person can act on: the function that
 * fails fills a struct error and returns -1; the caller adds context
 * ("path: ...") and decides what to do.
 */
#ifndef QUOTH_ERROR_H
#define QUOTH_ERROR_H

#include <stdarg.h>

struct error {
	char	msg[1024];
};

int	error_set(struct error *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
int	error_vset(struct error *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));
int	error_prefix(struct error *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
