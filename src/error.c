/* Error messages: set and prefixed with context on the way up. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

/* Always returns -1 so that "return error_set(err, ...)" reads naturally. */
int
error_set(struct error *err, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	error_vset(err, fmt, ap);
	va_end(ap);
	return -1;
}

int
error_vset(struct error *err, const char *fmt, va_list ap)
{
	if (err != NULL)
		vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	return -1;
}

int
error_prefix(struct error *err, const char *fmt, ...)
{
	char	prefix[512];
	size_t	n, old, room;
	va_list	ap;

	if (err == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof prefix, fmt, ap);
	va_end(ap);
	n = strlen(prefix);
	old = strlen(err->msg);
	room = sizeof err->msg - 1 - n - 2;	/* prefix ": " message NUL */
	if (old > room)
		old = room;			/* the message's tail is lost */
	memmove(err->msg + n + 2, err->msg, old);
	memcpy(err->msg, prefix, n);
	memcpy(err->msg + n, ": ", 2);
	err->msg[n + 2 + old] = '\0';
	return -1;
}
