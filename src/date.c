/*
 * Date parsing for every importer.  ISO 8601 is read by its fixed shape;
 * everything else is read as a sequence of tokens (words, numbers, times,
 * zones) whose kind says what they are, so that "Tue, 10 Jun 2003
 * 04:00:00 GMT", "Sun Jan  4 16:29:06 PST 2004" and "June 10, 2003" need no
 * format string each.  A date that does not hold together is refused, not
 * guessed: a wrong date is worse than none.
 */
#include "config.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "date.h"

struct date_parts {
	int	year, mon, day;
	int	hour, min, sec;
	int	off;		/* minutes east of UTC */
	bool	has_time, has_zone, pm, am;
};

static const char *const date_months[] = {
	"jan", "feb", "mar", "apr", "may", "jun",
	"jul", "aug", "sep", "oct", "nov", "dec",
};

static const char *const date_weekdays[] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun",
};

/* Named zones of RFC 822 and the usual North American and European ones. */
static const struct {
	const char	*name;
	int		 off;	/* minutes east of UTC */
} date_zones[] = {
	{ "z", 0 }, { "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "wet", 0 },
	{ "bst", 60 }, { "cet", 60 }, { "met", 60 }, { "cest", 120 },
	{ "eet", 120 }, { "eest", 180 }, { "msk", 180 }, { "ist", 330 },
	{ "jst", 540 }, { "aest", 600 }, { "aedt", 660 },
	{ "edt", -240 }, { "est", -300 }, { "cdt", -300 }, { "cst", -360 },
	{ "mdt", -360 }, { "mst", -420 }, { "pdt", -420 }, { "pst", -480 },
	{ "akst", -540 }, { "akdt", -480 }, { "hst", -600 },
};

static int
date_digits(const char *s, int n, int *v)
{
	int	i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

static int
date_run(const char *s)
{
	int	n = 0;

	while (isdigit((unsigned char)s[n]))
		n++;
	return n;
}

/* "Z", "+hh", "+hhmm", "+hh:mm"; returns the bytes read, 0 if none. */
static int
date_offset(const char *s, int *off)
{
	int	h, m = 0, sign, n;

	if (*s == 'Z' || *s == 'z') {
		*off = 0;
		return 1;
	}
	if (*s != '+' && *s != '-')
		return 0;
	sign = *s == '-' ? -1 : 1;
	n = date_run(s + 1);
	if (n == 4 && date_digits(s + 1, 2, &h) == 0 &&
	    date_digits(s + 3, 2, &m) == 0)
		n = 5;
	else if (n == 2 && date_digits(s + 1, 2, &h) == 0) {
		n = 3;
		if (s[3] == ':' && date_run(s + 4) == 2 &&
		    date_digits(s + 4, 2, &m) == 0)
			n = 6;
	} else
		return 0;
	if (h > 14 || m > 59)
		return 0;
	*off = sign * (h * 60 + m);
	return n;
}

/* "hh:mm[:ss[.frac]]"; returns the bytes read, 0 if not a time. */
static int
date_time(const char *s, struct date_parts *p)
{
	const char	*q = s;

	if (date_run(q) < 1 || date_run(q) > 2 ||
	    date_digits(q, date_run(q), &p->hour) == -1)
		return 0;
	q += date_run(q);
	if (*q != ':' || date_run(q + 1) != 2)
		return 0;
	date_digits(q + 1, 2, &p->min);
	q += 3;
	p->sec = 0;
	if (*q == ':' && date_run(q + 1) == 2) {
		date_digits(q + 1, 2, &p->sec);
		q += 3;
		if (*q == '.' || *q == ',')
			q += 1 + date_run(q + 1);
	}
	p->has_time = true;
	return (int)(q - s);
}

static bool
date_zone_word(const char *w, size_t n, int *off)
{
	size_t	i;

	for (i = 0; i < sizeof date_zones / sizeof date_zones[0]; i++)
		if (strlen(date_zones[i].name) == n &&
		    strncasecmp(w, date_zones[i].name, n) == 0) {
			*off = date_zones[i].off;
			return true;
		}
	return false;
}

static int
date_alpha(const char *s)
{
	int	n = 0;

	while (isalpha((unsigned char)s[n]))
		n++;
	return n;
}

static bool
date_rest_blank(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return *s == '\0';
}

/* YYYY[-MM[-DD]][(T| )hh:mm[:ss[.f]][zone]] and the compact YYYYMMDD. */
static bool
date_iso(const char *s, struct date_parts *p)
{
	int	n, dash;

	if (date_run(s) == 8 && (s[8] == '\0' || s[8] == 'T')) {
		date_digits(s, 4, &p->year);
		date_digits(s + 4, 2, &p->mon);
		date_digits(s + 6, 2, &p->day);
		s += 8;
	} else {
		if (date_run(s) != 4 || s[4] != '-')
			return false;
		date_digits(s, 4, &p->year);
		if (date_run(s + 5) != 2)
			return false;
		date_digits(s + 5, 2, &p->mon);
		s += 7;
		p->day = 1;
		if (*s == '-') {
			if (date_run(s + 1) != 2)
				return false;
			date_digits(s + 1, 2, &p->day);
			s += 3;
		}
	}
	if ((*s == 'T' || *s == 't' || *s == ' ') && isdigit((unsigned char)s[1])) {
		if ((n = date_time(s + 1, p)) == 0)
			return false;
		s += 1 + n;
		dash = *s == ' ' ? 1 : 0;
		if ((n = date_offset(s + dash, &p->off)) > 0) {
			p->has_zone = true;
			s += dash + n;
		} else if (dash && (n = date_alpha(s + 1)) > 0 &&
		    date_zone_word(s + 1, (size_t)n, &p->off)) {
			p->has_zone = true;
			s += 1 + n;
		}
	}
	return date_rest_blank(s);
}

static int
date_lookup(const char *w, size_t n, const char *const *tab, size_t ntab)
{
	size_t	i;

	if (n < 3)
		return -1;
	for (i = 0; i < ntab; i++)
		if (strncasecmp(w, tab[i], 3) == 0)
			return (int)i;
	return -1;
}

/* A word: a month, a weekday, a zone, AM or PM; anything else is not a date. */
static bool
date_word(const char *w, size_t n, struct date_parts *p)
{
	int	m;

	if (n == 2 && strncasecmp(w, "am", 2) == 0)
		return p->am = true;
	if (n == 2 && strncasecmp(w, "pm", 2) == 0)
		return p->pm = true;
	if (date_zone_word(w, n, &p->off))
		return p->has_zone = true;
	if ((m = date_lookup(w, n, date_months, 12)) >= 0 && n <= 9) {
		if (p->mon != 0)
			return false;
		p->mon = m + 1;
		return true;
	}
	if (n <= 9 && date_lookup(w, n, date_weekdays, 7) >= 0)
		return true;
	return (n == 2 && strncasecmp(w, "th", 2) == 0) ||	/* "4th" */
	    (n == 2 && (strncasecmp(w, "st", 2) == 0 ||
	    strncasecmp(w, "nd", 2) == 0 || strncasecmp(w, "rd", 2) == 0));
}

/* A number on its own: a year (4 digits), else a day, else a short year. */
static bool
date_number(const char *s, int n, struct date_parts *p)
{
	int	v;

	if (n > 4)
		return false;
	date_digits(s, n, &v);
	if (n == 4 && p->year == 0)
		p->year = v;
	else if (n <= 2 && p->day == 0)
		p->day = v;
	else if (n == 2 && p->year == 0)
		p->year = v < 70 ? 2000 + v : 1900 + v;
	else
		return false;
	return true;
}

/* M/D/Y (the American order), or Y/M/D when the year comes first. */
static int
date_slashed(const char *s, struct date_parts *p)
{
	int	a, b, c, na, nb, nc;

	na = date_run(s);
	if (s[na] != '/' || (nb = date_run(s + na + 1)) == 0 ||
	    s[na + 1 + nb] != '/' || (nc = date_run(s + na + nb + 2)) == 0 ||
	    na > 4 || nb > 2 || nc > 4)
		return 0;
	date_digits(s, na, &a);
	date_digits(s + na + 1, nb, &b);
	date_digits(s + na + nb + 2, nc, &c);
	if (na == 4) {
		p->year = a, p->mon = b, p->day = c;
	} else {
		p->mon = a, p->day = b;
		p->year = nc == 4 ? c : (c < 70 ? 2000 + c : 1900 + c);
	}
	return na + nb + nc + 2;
}

static int
date_token(const char *s, struct date_parts *p)
{
	int	n;

	if (isalpha((unsigned char)*s)) {
		n = date_alpha(s);
		return date_word(s, (size_t)n, p) ? n : -1;
	}
	if ((*s == '+' || *s == '-') && p->has_time &&
	    (n = date_offset(s, &p->off)) > 0) {
		p->has_zone = true;
		return n;
	}
	if (!isdigit((unsigned char)*s))
		return -1;
	if ((n = date_slashed(s, p)) > 0)
		return n;
	if (!p->has_time && (n = date_time(s, p)) > 0)
		return n;
	n = date_run(s);
	return date_number(s, n, p) ? n : -1;
}

static bool
date_tokens(const char *s, struct date_parts *p)
{
	int	n;

	while (*s != '\0') {
		if (isspace((unsigned char)*s) || *s == ',' || *s == '.' ||
		    (*s == '-' && !p->has_time) || *s == '(' || *s == ')') {
			s++;
			continue;
		}
		if ((n = date_token(s, p)) <= 0)
			return false;
		s += n;
	}
	return true;
}

static int
date_month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static bool
date_valid(struct date_parts *p)
{
	if (p->pm && p->hour < 12)
		p->hour += 12;
	if (p->am && p->hour == 12)
		p->hour = 0;
	if (p->sec == 60)
		p->sec = 59;		/* a leap second */
	return p->year >= 1000 && p->year <= 9998 && p->mon >= 1 &&
	    p->mon <= 12 && p->day >= 1 &&
	    p->day <= date_month_days(p->year, p->mon) && p->hour <= 23 &&
	    p->min <= 59 && p->sec <= 59;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static long long
date_days(int y, int m, int d)
{
	long long	era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
date_format(const struct date_parts *p, char out[DATE_ISO_MAX])
{
	struct tm	tm;
	time_t		t;

	t = (time_t)(date_days(p->year, p->mon, p->day) * 86400LL +
	    p->hour * 3600 + p->min * 60 + p->sec -
	    (p->has_time ? p->off * 60LL : 0));
	gmtime_r(&t, &tm);
	strftime(out, DATE_ISO_MAX, p->has_time ? "%Y-%m-%dT%H:%M:%SZ" :
	    "%Y-%m-%d", &tm);
}

/*
 * Parse s into out; -1 when s is not a date we can read for certain.  A
 * time without a zone is taken as UTC, as RFC 3339 readers do.
 */
int
date_parse(const char *s, char out[DATE_ISO_MAX])
{
	struct date_parts	p;

	out[0] = '\0';
	if (s == NULL || strlen(s) > 64)
		return -1;
	while (isspace((unsigned char)*s))
		s++;
	memset(&p, 0, sizeof p);
	if (!date_iso(s, &p)) {
		memset(&p, 0, sizeof p);
		if (!date_tokens(s, &p))
			return -1;
	}
	if (!date_valid(&p))
		return -1;
	date_format(&p, out);
	return 0;
}
