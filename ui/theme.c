/*
 * Colour roles and their styles.  Each role gets its own colour pair
 * (role + 1), so changing a role's colours is one init_pair.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claims.h"
#include "theme.h"

struct theme_style {
	short		fg, bg;
	unsigned	attrs;		/* with colours */
	unsigned	mono;		/* without */
};

static const struct theme_style theme_defaults[ROLE_COUNT] = {
#define X(id, name, fg, bg, attrs, mono, what) { fg, bg, attrs, mono },
	THEME_ROLES(X)
#undef X
};

static const char *const theme_names[ROLE_COUNT] = {
#define X(id, name, fg, bg, attrs, mono, what) name,
	THEME_ROLES(X)
#undef X
};

static const char *const theme_whats[ROLE_COUNT] = {
#define X(id, name, fg, bg, attrs, mono, what) what,
	THEME_ROLES(X)
#undef X
};

static const char *const theme_color_names[] = {
#define X(name) name,
	THEME_COLORS(X)
#undef X
};

static const struct {
	unsigned	 flag;
	const char	*name;
} theme_attr_names[] = {
#define X(flag, name) { flag, name },
	THEME_ATTRS(X)
#undef X
};

static struct theme_style	theme_styles[ROLE_COUNT];
static bool			theme_loaded, theme_color, theme_running;

static void
theme_load_defaults(void)
{
	if (!theme_loaded)
		memcpy(theme_styles, theme_defaults, sizeof theme_styles);
	theme_loaded = true;
}

void
theme_reset(void)
{
	theme_loaded = false;
	theme_load_defaults();
}

int
theme_role_parse(const char *name)
{
	int	r;

	for (r = 0; r < ROLE_COUNT; r++)
		if (strcmp(name, theme_names[r]) == 0)
			return r;
	return -1;
}

const char *
theme_role_name(enum theme_role r)
{
	return theme_names[r];
}

const char *
theme_role_what(enum theme_role r)
{
	return theme_whats[r];
}

/* "default", a colour name, "brightNAME" or "colorN" (0-255). */
int
theme_color_parse(const char *s, short *out)
{
	const char	*name = s;
	char		*end;
	long		 n;
	size_t		 i;
	int		 bright = 0;

	if (strcasecmp(s, "default") == 0) {
		*out = C_DEF;
		return 0;
	}
	if (strncasecmp(s, "color", 5) == 0 && s[5] != '\0') {
		errno = 0;
		n = strtol(s + 5, &end, 10);
		if (errno != 0 || *end != '\0' || n < 0 || n > 255)
			return -1;
		*out = (short)n;
		return 0;
	}
	if (strncasecmp(s, "bright", 6) == 0) {
		name = s + 6;
		bright = 8;
	}
	for (i = 0; i < sizeof theme_color_names / sizeof *theme_color_names; i++)
		if (strcasecmp(name, theme_color_names[i]) == 0) {
			*out = (short)(i + (size_t)bright);
			return 0;
		}
	return -1;
}

/* "bold", "bold,underline", "bold|reverse", or "normal" for none. */
int
theme_attrs_parse(const char *s, unsigned *out)
{
	const char	*p = s;
	size_t		 n, i;

	*out = 0;
	while (*p != '\0') {
		n = strcspn(p, ",|+");
		for (i = 0; i < sizeof theme_attr_names / sizeof *theme_attr_names;
		    i++)
			if (strlen(theme_attr_names[i].name) == n &&
			    strncasecmp(p, theme_attr_names[i].name, n) == 0)
				break;
		if (i < sizeof theme_attr_names / sizeof *theme_attr_names)
			*out |= theme_attr_names[i].flag;
		else if (!((n == 6 && strncasecmp(p, "normal", 6) == 0) ||
		    (n == 4 && strncasecmp(p, "none", 4) == 0)))
			return -1;
		p += n;
		if (*p != '\0')
			p++;
	}
	return 0;
}

static void
theme_init_pair(enum theme_role r)
{
	short	fg = theme_styles[r].fg, bg = theme_styles[r].bg;

	if (fg >= COLORS)
		fg = (short)(fg % 8);
	if (bg >= COLORS)
		bg = (short)(bg % 8);
	init_pair((short)(r + 1), fg, bg);
}

/*
 * Set a role's colours and attributes; with_attrs false keeps the
 * monochrome style it had.  Applied at once if the screen is up.
 */
int
theme_set(enum theme_role r, short fg, short bg, unsigned attrs,
    bool with_attrs)
{
	theme_load_defaults();
	theme_styles[r].fg = fg;
	theme_styles[r].bg = bg;
	theme_styles[r].attrs = attrs;
	if (with_attrs)
		theme_styles[r].mono = attrs;
	if (theme_running && theme_color)
		theme_init_pair(r);
	return 0;
}

/*
 * Start colours on the terminal, unless the user asked for none
 * (NO_COLOR, `set color off`) or the terminal has none.
 */
void
theme_start(bool want_color)
{
	const char	*nc = getenv("NO_COLOR");
	int		 r;

	theme_load_defaults();
	theme_running = true;
	theme_color = want_color && (nc == NULL || *nc == '\0') && has_colors();
	if (!theme_color)
		return;
	start_color();
	use_default_colors();
	for (r = 0; r < ROLE_COUNT; r++)
		theme_init_pair((enum theme_role)r);
}

bool
theme_colored(void)
{
	return theme_color;
}

static attr_t
theme_curses_attrs(unsigned a)
{
	static const struct {
		unsigned	flag;
		attr_t		attr;
	} map[] = {
		{ THEME_BOLD, A_BOLD }, { THEME_UNDERLINE, A_UNDERLINE },
		{ THEME_REVERSE, A_REVERSE }, { THEME_DIM, A_DIM },
		{ THEME_ITALIC, A_ITALIC }, { THEME_BLINK, A_BLINK },
		{ THEME_STANDOUT, A_STANDOUT },
	};
	attr_t	out = 0;
	size_t	i;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (a & map[i].flag)
			out |= map[i].attr;
	return out;
}

/* What display.c hands to wattr_set() for a role. */
void
theme_curses(enum theme_role r, unsigned long *attrs, short *pair)
{
	theme_load_defaults();
	if (theme_color) {
		*attrs = theme_curses_attrs(theme_styles[r].attrs);
		*pair = (short)(r + 1);
	} else {
		*attrs = theme_curses_attrs(theme_styles[r].mono);
		*pair = 0;
	}
}

/* Each stance is shown in the role of the same name. */
enum theme_role
theme_stance(enum stance s)
{
	static const enum theme_role roles[STANCE_COUNT] = {
		[STANCE_CLAIM] = ROLE_QUOTE,
		[STANCE_DENIAL] = ROLE_DENIAL,
		[STANCE_CORRECTION] = ROLE_CORRECTION,
		[STANCE_REFUSAL] = ROLE_REFUSAL,
	};

	return s < STANCE_COUNT ? roles[s] : ROLE_QUOTE;
}

/* A pair of claims in the role of what it holds: a denial, a quote. */
enum theme_role
theme_relation(int relation)
{
	static const enum theme_role roles[CLAIM_RELATION_COUNT] = {
		[CLAIM_CONTRADICTS] = ROLE_DENIAL,
		[CLAIM_SUPPORTS] = ROLE_QUOTE,
		[CLAIM_SAME_QUOTE] = ROLE_META,
	};

	return relation >= 0 && relation < CLAIM_RELATION_COUNT ?
	    roles[relation] : ROLE_META;
}
