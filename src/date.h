/*
 * Dates as feeds, pages and JSON lines write them (RFC 822/1123/2822 with
 * named or numeric zones, ISO 8601 and RFC 3339, asctime, "March 5, 2017"
 * and the like), turned into ISO 8601: "YYYY-MM-DD" when only the day is
 * known, else "YYYY-MM-DDTHH:MM:SSZ" in UTC.
 */
#ifndef QUOTH_DATE_H
#define QUOTH_DATE_H

#include <stddef.h>

#define DATE_ISO_MAX	21	/* "YYYY-MM-DDTHH:MM:SSZ" and its NUL */

int	date_parse(const char *, char out[DATE_ISO_MAX]);

#endif
