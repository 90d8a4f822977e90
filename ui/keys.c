/*
 * Key names, the per-view key maps and the KEYS section of the manual,
 * all from the action table in actions.h.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "keys.h"
#include "utf8.h"
#include "xmalloc.h"

struct action_def {
	const char	*name;
	const char	*key, *key2;
	unsigned	 views;
	const char	*help;
};

static const struct action_def keys_actions[ACTION_COUNT] = {
	[ACTION_NONE] = { "none", NULL, NULL, 0, "Do nothing (unbinds a key)" },
#define X(id, name, key, key2, views, help) \
	[ACTION_##id] = { name, key, key2, views, help },
	ACTIONS(X)
#undef X
};

static const struct {
	const char	*name, *title;
} keys_views[VIEW_KIND_COUNT + 1] = {
#define X(id, name, title) { name, title },
	VIEW_KINDS(X)
#undef X
	{ "all", "Everywhere" }
};

static const char *const keys_named[] = {
#define X(id, name) name,
	KEYS_NAMED(X)
#undef X
};

struct binding {
	keycode		key;
	enum action	action;
};

/* Bindings in the order made, so help lists keys as the user set them. */
static struct keymap {
	struct binding	*v;
	size_t		 n, cap;
} keys_maps[VIEW_KIND_COUNT];

static int
keys_named_parse(const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < sizeof keys_named / sizeof keys_named[0]; i++)
		if (strlen(keys_named[i]) == n &&
		    strncasecmp(keys_named[i], s, n) == 0)
			return KEYC_BASE + (int)i;
	if (n == 5 && strncasecmp(s, "Space", 5) == 0)
		return ' ';
	if (n == 3 && strncasecmp(s, "Tab", 3) == 0)
		return KEYC_TAB;
	if (n == 3 && strncasecmp(s, "Esc", 3) == 0)
		return KEYC_ESC;
	if (n == 2 && strncasecmp(s, "lt", 2) == 0)
		return '<';
	return KEYC_NONE;
}

/* One character, as itself: exactly one code point, not a control. */
static int
keys_char_parse(const char *s, size_t n)
{
	uint32_t	cp;

	if (n == 0 || utf8_decode(s, n, &cp) != n || utf8_is_unsafe(cp) ||
	    cp == UTF8_REPLACEMENT)
		return KEYC_NONE;
	return (int)cp;
}

/* The inside of <...>: M- prefix, C-x, a named key, or one character. */
static int
keys_inner_parse(const char *s, size_t n)
{
	int	k;

	if (n > 2 && (s[0] == 'M' || s[0] == 'm') && s[1] == '-') {
		k = keys_inner_parse(s + 2, n - 2);
		return k == KEYC_NONE || (k & KEYC_META) ? KEYC_NONE :
		    k | KEYC_META;
	}
	if (n == 3 && (s[0] == 'C' || s[0] == 'c') && s[1] == '-') {
		if ((s[2] >= 'a' && s[2] <= 'z') || (s[2] >= 'A' && s[2] <= 'Z'))
			return KEYC_CTRL(s[2]) == '\r' ? KEYC_ENTER :
			    KEYC_CTRL(s[2]);
		return KEYC_NONE;
	}
	if ((k = keys_named_parse(s, n)) != KEYC_NONE)
		return k;
	return keys_char_parse(s, n);
}

/* "j", "<Enter>", "<C-l>", "<M-/>", "<lt>": 0, or -1 if not a key. */
int
keys_parse(const char *s, keycode *out)
{
	size_t	n = strlen(s);
	int	k;

	if (n > 2 && s[0] == '<' && s[n - 1] == '>')
		k = keys_inner_parse(s + 1, n - 2);
	else
		k = keys_char_parse(s, n);
	if (k == KEYC_NONE)
		return -1;
	*out = k;
	return 0;
}

static void
keys_inner_name(keycode k, char *out, size_t size, bool *bracket)
{
	char	enc[5];

	*bracket = true;
	if (k >= KEYC_BASE && k < KEYC_LAST_NAMED)
		snprintf(out, size, "%s", keys_named[k - KEYC_BASE]);
	else if (k == ' ')
		snprintf(out, size, "Space");
	else if (k == KEYC_TAB)
		snprintf(out, size, "Tab");
	else if (k == KEYC_ESC)
		snprintf(out, size, "Esc");
	else if (k == '<')
		snprintf(out, size, "lt");
	else if (k > 0 && k < 0x20)
		snprintf(out, size, "C-%c", 'a' + k - 1);
	else if (k > 0 && k < KEYC_BASE && !utf8_is_unsafe((uint32_t)k)) {
		enc[utf8_encode((uint32_t)k, enc)] = '\0';
		snprintf(out, size, "%s", enc);
		*bracket = false;
	} else
		snprintf(out, size, "0x%x", (unsigned)k);
}

/* The name keys_parse() reads back. */
void
keys_name(keycode k, char *out, size_t size)
{
	char	inner[32];
	bool	bracket;

	keys_inner_name(k & ~KEYC_META, inner, sizeof inner, &bracket);
	if (k & KEYC_META)
		snprintf(out, size, "<M-%s>", inner);
	else if (bracket)
		snprintf(out, size, "<%s>", inner);
	else
		snprintf(out, size, "%s", inner);
}

static struct binding *
keys_find(enum view_kind v, keycode k)
{
	size_t	i;

	for (i = 0; i < keys_maps[v].n; i++)
		if (keys_maps[v].v[i].key == k)
			return &keys_maps[v].v[i];
	return NULL;
}

/* Bind k to a in view v; ACTION_NONE removes the binding. */
int
keys_bind(enum view_kind v, keycode k, enum action a)
{
	struct keymap	*m = &keys_maps[v];
	struct binding	*b = keys_find(v, k);

	if (a != ACTION_NONE && !(keys_actions[a].views & (1u << v)))
		return -1;
	if (b != NULL && a == ACTION_NONE) {
		memmove(b, b + 1, (size_t)(m->v + m->n - (b + 1)) * sizeof *b);
		m->n--;
	} else if (b != NULL)
		b->action = a;
	else if (a != ACTION_NONE) {
		if (m->n == m->cap) {
			m->cap = m->cap ? m->cap * 2 : 64;
			m->v = xreallocarray(m->v, m->cap, sizeof *m->v);
		}
		m->v[m->n++] = (struct binding){ k, a };
	}
	return 0;
}

static void
keys_bind_default(enum action a, const char *name)
{
	keycode	k;
	int	v;

	if (name == NULL || keys_parse(name, &k) == -1)
		return;
	for (v = 0; v < VIEW_KIND_COUNT; v++)
		if (keys_actions[a].views & (1u << v))
			keys_bind((enum view_kind)v, k, a);
}

/* Every map back to the defaults of the action table. */
void
keys_init(void)
{
	int	a;

	keys_free();
	for (a = 1; a < ACTION_COUNT; a++) {
		keys_bind_default((enum action)a, keys_actions[a].key);
		keys_bind_default((enum action)a, keys_actions[a].key2);
	}
}

void
keys_free(void)
{
	int	v;

	for (v = 0; v < VIEW_KIND_COUNT; v++) {
		free(keys_maps[v].v);
		memset(&keys_maps[v], 0, sizeof keys_maps[v]);
	}
}

enum action
keys_lookup(enum view_kind v, keycode k)
{
	struct binding	*b = keys_find(v, k);

	return b != NULL ? b->action : ACTION_NONE;
}

/* The keys bound to a in v, at most max of them; returns how many. */
size_t
keys_bound(enum view_kind v, enum action a, keycode *out, size_t max)
{
	size_t	i, n = 0;

	for (i = 0; i < keys_maps[v].n && n < max; i++)
		if (keys_maps[v].v[i].action == a)
			out[n++] = keys_maps[v].v[i].key;
	return n;
}

int
keys_action_parse(const char *name)
{
	int	a;

	for (a = 0; a < ACTION_COUNT; a++)
		if (strcmp(name, keys_actions[a].name) == 0)
			return a;
	return -1;
}

const char *
keys_action_name(enum action a)
{
	return keys_actions[a].name;
}

const char *
keys_action_help(enum action a)
{
	return keys_actions[a].help;
}

unsigned
keys_action_views(enum action a)
{
	return keys_actions[a].views;
}

/*
 * Is a listed in a section of the help (KEYS_EVERYWHERE or a view)?
 * Actions of every view are listed once, under "Everywhere".
 */
int
keys_in_section(enum action a, int section)
{
	unsigned	views = keys_actions[a].views;

	if (a == ACTION_NONE || views == V_NONE)
		return 0;
	if (section == KEYS_EVERYWHERE)
		return views == V_ALL;
	return views != V_ALL && (views & (1u << section));
}

/* A view's name, or "all" (also "generic") for every view. */
int
keys_view_parse(const char *name)
{
	int	v;

	if (strcmp(name, "generic") == 0)
		return KEYS_EVERYWHERE;
	for (v = 0; v <= VIEW_KIND_COUNT; v++)
		if (strcmp(name, keys_views[v].name) == 0)
			return v;
	return -1;
}

const char *
keys_view_name(int v)
{
	return keys_views[v].name;
}

const char *
keys_view_title(int v)
{
	return keys_views[v].title;
}

/* A key as an mdoc argument: \& keeps it from being read as a delimiter. */
static void
keys_mdoc_key(FILE *fp, const char *name)
{
	char	k[32];
	keycode	code;

	if (keys_parse(name, &code) == -1)
		return;
	keys_name(code, k, sizeof k);
	if (strcmp(k, "\"") == 0)
		fputs("\\(dq", fp);
	else if (strcmp(k, "\\") == 0)
		fputs("\\e", fp);
	else
		fprintf(fp, "\\&%s", k);
}

static void
keys_mdoc_item(FILE *fp, const struct action_def *d)
{
	fputs(".It Ic ", fp);
	keys_mdoc_key(fp, d->key);
	if (d->key2 != NULL) {
		fputs(" , Ic ", fp);
		keys_mdoc_key(fp, d->key2);
	}
	fprintf(fp, " Pq Cm %s\n%s.\n", d->name, d->help);
}

static void
keys_mdoc_section(FILE *fp, int section)
{
	int	a, n = 0;

	for (a = 1; a < ACTION_COUNT; a++) {
		if (!keys_in_section((enum action)a, section))
			continue;
		if (n++ == 0)
			fprintf(fp, ".Ss %s\n.Bl -tag -width Ds\n",
			    keys_view_title(section));
		keys_mdoc_item(fp, &keys_actions[a]);
	}
	if (n > 0)
		fputs(".El\n", fp);
}

/* The default keys as the KEYS section of quoth(1) holds them. */
void
keys_dump_mdoc(FILE *fp)
{
	int	s;

	keys_mdoc_section(fp, KEYS_EVERYWHERE);
	for (s = 0; s < VIEW_KIND_COUNT; s++)
		keys_mdoc_section(fp, s);
}
