/*
 * Help, generated: the keys as they are bound now (from the action
 * table and any `bind`), the commands, the settings with their values
 * and the colour roles, each shown in itself.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "keys.h"
#include "view.h"
#include "wrap.h"
#include "xmalloc.h"

#define HELP_LEFT_W	20
#define HELP_MAX_KEYS	8

enum help_kind { HELP_BLANK, HELP_SECTION, HELP_ENTRY };

struct help_line {
	enum help_kind	 kind;
	enum theme_role	 role;		/* of the left column */
	char		*left, *right;
};

/* A row on screen: part of an entry's right column, wrapped. */
struct help_row {
	size_t		entry;
	size_t		start, end;
};

struct help {
	struct help_line	*v;
	size_t			 n;
	struct help_row		*rows;
	size_t			 nrows, cap;
	size_t			 wrapping;	/* the entry being wrapped */
};

static void
help_add(struct help *h, enum help_kind kind, enum theme_role role,
    char *left, char *right)
{
	h->v = xreallocarray(h->v, h->n + 1, sizeof *h->v);
	h->v[h->n++] = (struct help_line){ kind, role, left, right };
}

static void
help_section(struct help *h, const char *title)
{
	if (h->n > 0)
		help_add(h, HELP_BLANK, ROLE_DEFAULT, NULL, NULL);
	help_add(h, HELP_SECTION, ROLE_SECTION, xstrdup(title), NULL);
}

static char *
help_keys(enum view_kind view, enum action a)
{
	keycode		keys[HELP_MAX_KEYS];
	char		name[32];
	struct buf	b = BUF_INIT;
	size_t		n = keys_bound(view, a, keys, HELP_MAX_KEYS), i;

	buf_adds(&b, "");
	for (i = 0; i < n; i++) {
		keys_name(keys[i], name, sizeof name);
		buf_printf(&b, "%s%s", i ? " " : "", name);
	}
	return buf_detach(&b);
}

/* One section of keys; "Everywhere" shows the keys of the view below. */
static void
help_key_section(struct help *h, int section, enum view_kind from)
{
	enum view_kind	view = section == KEYS_EVERYWHERE ? from :
			    (enum view_kind)section;
	int		a;

	help_section(h, keys_view_title(section));
	for (a = 1; a < ACTION_COUNT; a++)
		if (keys_in_section((enum action)a, section))
			help_add(h, HELP_ENTRY, ROLE_KEY, help_keys(view,
			    (enum action)a), xasprintf("%s (%s)",
			    keys_action_help((enum action)a),
			    keys_action_name((enum action)a)));
}

static void
help_commands(struct help *h)
{
	int	i;

	help_section(h, "Commands: type : then one of these");
	for (i = 0; i < commands_count(); i++)
		help_add(h, HELP_ENTRY, ROLE_KEY,
		    xstrdup(commands_get(i)->usage), xstrdup(commands_help(i)));
}

static void
help_settings(struct help *h, const int *opt)
{
	struct buf	b = BUF_INIT;
	int		o;

	help_section(h, "Settings: :set NAME VALUE");
	for (o = 0; o < OPTION_COUNT; o++) {
		buf_printf(&b, "%s = ", options_name((enum ui_option)o));
		options_format(opt, (enum ui_option)o, &b);
		help_add(h, HELP_ENTRY, ROLE_KEY, buf_detach(&b),
		    xasprintf("%s (%s)", options_help((enum ui_option)o),
		    options_type_help((enum ui_option)o)));
	}
}

static void
help_roles(struct help *h)
{
	int	r;

	help_section(h, "Colour roles: :color ROLE FG BG [ATTRS]");
	for (r = 0; r < ROLE_COUNT; r++)
		help_add(h, HELP_ENTRY, (enum theme_role)r,
		    xstrdup(theme_role_name((enum theme_role)r)),
		    xstrdup(theme_role_what((enum theme_role)r)));
}

static void
help_add_row(void *ctx, size_t start, size_t end)
{
	struct help	*h = ctx;

	if (h->nrows == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 128;
		h->rows = xreallocarray(h->rows, h->cap, sizeof *h->rows);
	}
	h->rows[h->nrows++] = (struct help_row){ h->wrapping, start, end };
}

/* Each entry's text wrapped beside its left column. */
static void
help_layout(struct view *v)
{
	struct help	*h = v->data;
	int		 w = v->width - 3 - HELP_LEFT_W;
	size_t		 before;

	h->nrows = 0;
	for (h->wrapping = 0; h->wrapping < h->n; h->wrapping++) {
		const struct help_line	*l = &h->v[h->wrapping];

		before = h->nrows;
		if (l->kind == HELP_ENTRY)
			wrap_text(l->right, strlen(l->right), w > 10 ? w : 10,
			    help_add_row, h);
		if (h->nrows == before)
			help_add_row(h, 0, 0);
	}
	v->nlines = (int64_t)h->nrows;
}

static void
help_draw(struct view *v, int64_t lineno, bool sel)
{
	struct help		*h = v->data;
	const struct help_row	*row = &h->rows[lineno];
	const struct help_line	*l = &h->v[row->entry];
	bool			 first = lineno == 0 ||
				     h->rows[lineno - 1].entry != row->entry;

	if (l->kind == HELP_SECTION) {
		display_puts(ROLE_SECTION, l->left);
		return;
	}
	if (l->kind != HELP_ENTRY)
		return;
	display_puts(ROLE_DEFAULT, "  ");
	display_put_col(first ? l->role : ROLE_DEFAULT, first ? l->left : "",
	    HELP_LEFT_W);
	display_puts(ROLE_DEFAULT, " ");
	display_put(ROLE_DEFAULT, l->right + row->start, row->end - row->start);
}

static void
help_title(struct view *v, struct buf *left, struct buf *right)
{
	buf_adds(left, "[help] q goes back");
	buf_printf(right, "%lld%%", (long long)(v->nlines == 0 ||
	    v->offset + v->height >= v->nlines ? 100 :
	    (v->offset + v->height) * 100 / v->nlines));
}

static bool
help_match(struct view *v, int64_t lineno, const char *q)
{
	struct help		*h = v->data;
	const struct help_line	*l = &h->v[h->rows[lineno].entry];

	return (l->left != NULL && view_text_match(l->left, strlen(l->left),
	    q)) || (l->right != NULL && view_text_match(l->right,
	    strlen(l->right), q));
}

static void
help_close(struct view *v)
{
	struct help	*h = v->data;
	size_t		 i;

	for (i = 0; i < h->n; i++) {
		free(h->v[i].left);
		free(h->v[i].right);
	}
	free(h->v);
	free(h->rows);
	free(h);
}

static const struct view_ops help_ops = {
	.kind = VIEW_HELP, .draw = help_draw, .title = help_title,
	.match = help_match, .layout = help_layout, .close = help_close
};

/* Help as seen from a view: its keys first. */
struct view *
help_new(struct ui *ui, enum view_kind from)
{
	struct help	*h = xcalloc(1, sizeof *h);
	struct view	*v = view_new(ui, &help_ops, h);
	int		 s;

	if (from == VIEW_HELP)
		from = VIEW_LIBRARY;
	help_key_section(h, KEYS_EVERYWHERE, from);
	help_key_section(h, from, from);
	for (s = 0; s < VIEW_KIND_COUNT; s++)
		if (s != (int)from && s != VIEW_HELP)
			help_key_section(h, s, from);
	help_commands(h);
	help_settings(h, ui->opt);
	help_roles(h);
	return v;
}
