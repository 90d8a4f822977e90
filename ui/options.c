/* The reader's settings: parsing and printing their values. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "index.h"
#include "options.h"

struct option_def {
	const char		*name;
	enum option_type	 type;
	int			 def, lo, hi;
	const char		*help;
};

static const struct option_def options_table[OPTION_COUNT] = {
#define X(id, name, type, def, lo, hi, help) { name, type, def, lo, hi, help },
	OPTIONS(X)
#undef X
};

static const char *const options_type_names[] = {
#define X(id, what) what,
	OPTION_TYPES(X)
#undef X
};

void
options_defaults(int *v)
{
	int	i;

	for (i = 0; i < OPTION_COUNT; i++)
		v[i] = options_table[i].def;
}

int
options_parse(const char *name)
{
	int	i;

	for (i = 0; i < OPTION_COUNT; i++)
		if (strcmp(name, options_table[i].name) == 0)
			return i;
	return -1;
}

const char *
options_name(enum ui_option o)
{
	return options_table[o].name;
}

const char *
options_help(enum ui_option o)
{
	return options_table[o].help;
}

const char *
options_type_help(enum ui_option o)
{
	return options_type_names[options_table[o].type];
}

static int
options_bool(const struct option_def *d, const char *s, int *out,
    struct error *err)
{
	static const char *const yes[] = { "on", "yes", "true", "1" };
	static const char *const no[] = { "off", "no", "false", "0" };
	size_t	i;

	for (i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		if (strcasecmp(s, yes[i]) == 0 || strcasecmp(s, no[i]) == 0) {
			*out = strcasecmp(s, yes[i]) == 0;
			return 0;
		}
	}
	return error_set(err, "%s is on or off, not '%s'", d->name, s);
}

static int
options_int(const struct option_def *d, const char *s, int *out,
    struct error *err)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0')
		return error_set(err, "%s takes a number, not '%s'", d->name, s);
	if (n < d->lo || n > d->hi)
		return error_set(err, "%s must be between %d and %d", d->name,
		    d->lo, d->hi);
	*out = (int)n;
	return 0;
}

static int
options_sort(const struct option_def *d, const char *s, int *out,
    struct error *err)
{
	if ((*out = index_sort_parse(s)) < 0)
		return error_set(err, "%s is one of %s, not '%s'", d->name,
		    options_type_names[OPT_SORT], s);
	return 0;
}

static void
options_format_bool(int v, struct buf *b)
{
	buf_adds(b, v ? "on" : "off");
}

static void
options_format_int(int v, struct buf *b)
{
	buf_printf(b, "%d", v);
}

static void
options_format_sort(int v, struct buf *b)
{
	buf_adds(b, index_sort_name((enum index_sort)v));
}

static const struct {
	int	(*parse)(const struct option_def *, const char *, int *,
		    struct error *);
	void	(*format)(int, struct buf *);
} options_types[] = {
	[OPT_BOOL] = { options_bool, options_format_bool },
	[OPT_INT] = { options_int, options_format_int },
	[OPT_SORT] = { options_sort, options_format_sort },
};

/* Set option o from its written value, or say what it takes. */
int
options_set(int *v, enum ui_option o, const char *value, struct error *err)
{
	const struct option_def	*d = &options_table[o];
	int			 n = 0;

	if (options_types[d->type].parse(d, value, &n, err) == -1)
		return -1;
	v[o] = n;
	return 0;
}

void
options_format(const int *v, enum ui_option o, struct buf *b)
{
	options_types[options_table[o].type].format(v[o], b);
}
