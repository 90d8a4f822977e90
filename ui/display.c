/*
 * The terminal boundary: curses on a terminal (or on /dev/null when
 * headless), a copy of the screen by colour role, and input.
 *
 * Content is drawn one grapheme cluster at a time at the column quoth
 * computed for it (utf8proc widths), so a terminal that disagrees about
 * one character's width cannot shift the rest of the line.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "buf.h"
#include "display.h"
#include "script.h"
#include "utf8.h"
#include "xmalloc.h"

#define DISPLAY_ESC_MS		25	/* Esc then a key within this: meta */
#define DISPLAY_IDLE_MS	2000	/* a quiet terminal reports <Idle> this often */
#define DISPLAY_HEADLESS_COLS	80
#define DISPLAY_HEADLESS_LINES	24

/* A run of bytes of a row in one role. */
struct display_seg {
	enum theme_role	role;
	size_t		len;
};

struct display_row {
	struct buf		 text;
	struct display_seg	*segs;
	size_t			 nsegs, cap;
};

static struct {
	bool			 headless, scripted, mouse;
	SCREEN			*screen;	/* NULL: no curses at all */
	FILE			*null_out, *null_in;
	int			 lines, cols;
	struct display_row	*rows;
	int			 y, x;		/* where the next put draws */
	struct buf		 tmp;
} d;

static volatile sig_atomic_t display_stop;

static void
display_on_signal(int sig)
{
	display_stop = sig;
}

static void
display_free_rows(void)
{
	int	i;

	for (i = 0; d.rows != NULL && i < d.lines; i++) {
		buf_free(&d.rows[i].text);
		free(d.rows[i].segs);
	}
	free(d.rows);
	d.rows = NULL;
}

static void
display_set_size(int lines, int cols)
{
	display_free_rows();
	d.lines = lines > 0 ? lines : 1;
	d.cols = cols > 0 ? cols : 1;
	d.rows = xcalloc((size_t)d.lines, sizeof *d.rows);
	d.y = d.x = 0;
}

static int
display_env_int(const char *name, int def)
{
	const char	*v = getenv(name);
	int		 n = v != NULL ? atoi(v) : 0;

	return n > 0 && n < 10000 ? n : def;
}

/* Headless: curses on /dev/null if a terminal type loads, else none. */
static void
display_init_headless(void)
{
	d.headless = true;
	display_set_size(display_env_int("LINES", DISPLAY_HEADLESS_LINES),
	    display_env_int("COLUMNS", DISPLAY_HEADLESS_COLS));
	d.null_out = fopen("/dev/null", "w");
	d.null_in = fopen("/dev/null", "r");
	if (d.null_out == NULL || d.null_in == NULL)
		return;
	d.screen = newterm("xterm-256color", d.null_out, d.null_in);
	if (d.screen == NULL)
		return;
	set_term(d.screen);
	resizeterm(d.lines, d.cols);
}

static bool
display_wants_headless(void)
{
	const char	*nd = getenv("QUOTH_NO_DISPLAY");

	return nd != NULL && *nd != '\0' && strcmp(nd, "0") != 0;
}

/* Can the reader run here: headless, or on a terminal? */
int
display_usable(struct error *err)
{
	if (!display_wants_headless() &&
	    (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)))
		return error_set(err, "the reader needs a terminal (or "
		    "QUOTH_NO_DISPLAY=1 with QUOTH_SCRIPT=FILE)");
	return 0;
}

static int
display_init_tty(struct error *err)
{
	const char	*term = getenv("TERM");

	if (display_usable(err) == -1)
		return -1;
	/*
	 * An exported LINES or COLUMNS would pin curses to that size through
	 * every resize; the terminal knows its size better.
	 */
	unsetenv("LINES");
	unsetenv("COLUMNS");
	d.screen = newterm(NULL, stdout, stdin);
	if (d.screen == NULL)
		return error_set(err, "cannot use the terminal type '%s' "
		    "(is TERM right?)", term != NULL ? term : "");
	set_term(d.screen);
	display_set_size(LINES, COLS);
	return 0;
}

static void
display_signals(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = display_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* Start the display; headless when asked to or QUOTH_NO_DISPLAY=1. */
int
display_init(bool want_color, struct error *err)
{
	const char	*script_path = getenv("QUOTH_SCRIPT");

	memset(&d, 0, sizeof d);
	if (script_path != NULL && *script_path != '\0') {
		if (script_open(script_path, err) == -1)
			return -1;
		d.scripted = true;
	}
	set_escdelay(DISPLAY_ESC_MS);
	if (display_wants_headless())
		display_init_headless();
	else if (display_init_tty(err) == -1) {
		script_close();
		return -1;
	}
	if (d.screen != NULL) {
		cbreak();
		noecho();
		nonl();
		keypad(stdscr, TRUE);
		curs_set(0);
		theme_start(want_color);
	}
	display_signals();
	return 0;
}

void
display_end(void)
{
	if (d.screen != NULL) {
		endwin();
		delscreen(d.screen);
	}
	if (d.null_out != NULL)
		fclose(d.null_out);
	if (d.null_in != NULL)
		fclose(d.null_in);
	script_close();
	display_free_rows();
	buf_free(&d.tmp);
	memset(&d, 0, sizeof d);
}

bool
display_headless(void)
{
	return d.headless;
}

bool
display_scripted(void)
{
	return d.scripted;
}

int
display_lines(void)
{
	return d.lines;
}

int
display_cols(void)
{
	return d.cols;
}

/* Start drawing row y from its first column; the row is cleared. */
void
display_line(int y)
{
	struct display_row	*r;

	d.y = y;
	d.x = 0;
	if (y < 0 || y >= d.lines)
		return;
	r = &d.rows[y];
	buf_truncate(&r->text, 0);
	r->nsegs = 0;
	if (d.screen != NULL) {
		wattr_set(stdscr, 0, 0, NULL);
		wmove(stdscr, y, 0);
		wclrtoeol(stdscr);
	}
}

int
display_col(void)
{
	return d.x;
}

static void
display_record(enum theme_role role, const char *s, size_t n)
{
	struct display_row	*r = &d.rows[d.y];

	buf_add(&r->text, s, n);
	if (r->nsegs > 0 && r->segs[r->nsegs - 1].role == role) {
		r->segs[r->nsegs - 1].len += n;
		return;
	}
	if (r->nsegs == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->segs = xreallocarray(r->segs, r->cap, sizeof *r->segs);
	}
	r->segs[r->nsegs++] = (struct display_seg){ role, n };
}

/* One grapheme cluster (already safe) at column x of the current row. */
static void
display_draw_cluster(const char *s, size_t n, int x)
{
	wchar_t		wc[16];
	uint32_t	cp;
	size_t		i = 0, k = 0;

	while (i < n && k < sizeof wc / sizeof wc[0] - 1) {
		i += utf8_decode(s + i, n - i, &cp);
		wc[k++] = (wchar_t)cp;
	}
	wc[k] = L'\0';
	mvwaddnwstr(stdscr, d.y, x, wc, (int)k);
}

/*
 * Draw text in a role at the current place, clipped to the row; every
 * byte passes through the sanitizer first.  Returns the columns used.
 */
int
display_put(enum theme_role role, const char *s, size_t n)
{
	unsigned long	 attrs;
	short		 pair;
	const char	*t;
	size_t		 i = 0, k;
	int		 w, start = d.x;

	if (d.y < 0 || d.y >= d.lines || n == 0)
		return 0;
	buf_truncate(&d.tmp, 0);
	utf8_sanitize(&d.tmp, s, n, false);
	t = buf_str(&d.tmp);
	if (d.screen != NULL) {
		theme_curses(role, &attrs, &pair);
		wattr_set(stdscr, (attr_t)attrs, pair, NULL);
	}
	while (i < d.tmp.len) {
		k = utf8_grapheme(t + i, d.tmp.len - i, &w);
		if (d.x + w > d.cols)
			break;
		if (d.screen != NULL)
			display_draw_cluster(t + i, k, d.x);
		display_record(role, t + i, k);
		d.x += w;
		i += k;
	}
	return d.x - start;
}

/* Text with a role a byte: each run of one role, cut between characters. */
int
display_put_roles(const char *s, size_t n, const unsigned char *roles)
{
	size_t		i = 0, run;
	uint32_t	cp;
	int		w = 0;

	while (i < n) {
		for (run = i; run < n && roles[run] == roles[i];)
			run += utf8_decode(s + run, n - run, &cp);
		w += display_put((enum theme_role)roles[i], s + i, run - i);
		i = run;
	}
	return w;
}

int
display_puts(enum theme_role role, const char *s)
{
	return s != NULL ? display_put(role, s, strlen(s)) : 0;
}

int
display_printf(enum theme_role role, const char *fmt, ...)
{
	struct buf	b = BUF_INIT;
	va_list		ap;
	int		w;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	w = display_put(role, buf_str(&b), b.len);
	buf_free(&b);
	return w;
}

/* s in a column of w cells: cut to fit, padded with spaces. */
void
display_put_col(enum theme_role role, const char *s, int w)
{
	int	end = d.x + w;

	if (s != NULL)
		display_put(role, s, utf8_fit(s, strlen(s), w, NULL));
	display_fill(role, end);
}

/* Spaces in a role up to column x (the end of the row if x < 0). */
void
display_fill(enum theme_role role, int x)
{
	static const char	spaces[] = "                                ";
	int			n;

	if (x < 0 || x > d.cols)
		x = d.cols;
	while (d.x < x) {
		n = x - d.x < (int)sizeof spaces - 1 ? x - d.x :
		    (int)sizeof spaces - 1;
		if (display_put(role, spaces, (size_t)n) == 0)
			break;
	}
}

/* Show what was drawn; the cursor at (y, x), or hidden if y < 0. */
void
display_update(int y, int x)
{
	if (d.screen == NULL)
		return;
	if (y >= 0) {
		curs_set(1);
		wmove(stdscr, y, x);
	} else
		curs_set(0);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Ctrl-L: the terminal may hold garbage; repaint all of it. */
void
display_redraw(void)
{
	if (d.screen != NULL)
		clearok(curscr, TRUE);
}

void
display_set_mouse(bool on)
{
	d.mouse = on;
	if (d.screen == NULL || d.headless)
		return;
	mouseinterval(0);
	mousemask(on ? (BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) :
	    0, NULL);
}

/* curses' function keys, as quoth names them. */
static keycode
display_map_key(int k)
{
	static const struct {
		int	curses;
		keycode	key;
	} map[] = {
		{ KEY_ENTER, KEYC_ENTER }, { KEY_BACKSPACE, KEYC_BACKSPACE },
		{ KEY_UP, KEYC_UP }, { KEY_DOWN, KEYC_DOWN },
		{ KEY_LEFT, KEYC_LEFT }, { KEY_RIGHT, KEYC_RIGHT },
		{ KEY_PPAGE, KEYC_PGUP }, { KEY_NPAGE, KEYC_PGDN },
		{ KEY_HOME, KEYC_HOME }, { KEY_END, KEYC_END },
		{ KEY_IC, KEYC_INSERT }, { KEY_DC, KEYC_DELETE },
		{ KEY_BTAB, KEYC_BTAB }, { KEY_RESIZE, KEYC_RESIZE },
	};
	size_t	i;

	if (k >= KEY_F(1) && k <= KEY_F(12))
		return KEYC_F1 + (k - KEY_F(1));
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (map[i].curses == k)
			return map[i].key;
	return KEYC_NONE;
}

/* Characters with a name of their own: Enter, Backspace. */
static keycode
display_map_char(wint_t c)
{
	if (c == '\r' || c == '\n')
		return KEYC_ENTER;
	if (c == 0x7f || c == 0x08)
		return KEYC_BACKSPACE;
	return (keycode)c;
}

static int
display_mouse(struct input *in)
{
	MEVENT	ev;

	if (getmouse(&ev) != OK)
		return -1;
	in->y = ev.y;
	in->x = ev.x;
	if (ev.bstate & BUTTON4_PRESSED)
		in->key = KEYC_WHEEL_UP;
	else if (ev.bstate & BUTTON5_PRESSED)
		in->key = KEYC_WHEEL_DOWN;
	else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		in->key = KEYC_CLICK;
	else
		return -1;
	return 0;
}

/* One key from the terminal; -1 for nothing useful (read again). */
static int
display_tty_key(struct input *in)
{
	wint_t	c;
	int	rc;

	/*
	 * Wake now and then with no key, so that the reader sees what
	 * another quoth (an import, a fetch) has written in the meantime.
	 */
	wtimeout(stdscr, DISPLAY_IDLE_MS);
	if ((rc = wget_wch(stdscr, &c)) == ERR) {
		in->key = KEYC_IDLE;
		return 0;
	}
	if (rc == KEY_CODE_YES) {
		if (c == KEY_MOUSE)
			return display_mouse(in);
		in->key = display_map_key((int)c);
		if (c == KEY_RESIZE)
			display_set_size(LINES, COLS);
		return in->key == KEYC_NONE ? -1 : 0;
	}
	in->key = display_map_char(c);
	if (c != KEYC_ESC)
		return 0;
	/* Esc then another key at once is how terminals send Alt-key. */
	wtimeout(stdscr, DISPLAY_ESC_MS);
	if ((rc = wget_wch(stdscr, &c)) == OK && c != KEYC_ESC)
		in->key = display_map_char(c) | KEYC_META;
	else if (rc == KEY_CODE_YES && display_map_key((int)c) != KEYC_NONE)
		in->key = display_map_key((int)c) | KEYC_META;
	return 0;
}

static int
display_script_key(struct input *in)
{
	int	rc = script_read(in);

	if (in->type == INPUT_KEY && in->key == KEYC_RESIZE) {
		display_set_size(in->y, in->x);
		if (d.screen != NULL)
			resizeterm(d.lines, d.cols);
	}
	return rc;
}

/*
 * Is more input already waiting?  Work that a following key would undo
 * (filtering as one types) can then wait.  A script never waits, so
 * that it runs the same way every time.
 */
bool
display_pending(void)
{
	wint_t	c;
	int	rc;

	if (d.scripted || d.screen == NULL)
		return false;
	wtimeout(stdscr, 0);
	if ((rc = wget_wch(stdscr, &c)) == ERR)
		return false;
	if (rc == KEY_CODE_YES)
		ungetch((int)c);
	else
		unget_wch((wchar_t)c);
	return true;
}

/*
 * Was Ctrl-C pressed during long work?  It stops that work, not the
 * reader; a signal to end (SIGTERM, SIGHUP) is kept, and ends both.
 */
bool
display_interrupted(void)
{
	if (display_stop == 0)
		return false;
	if (display_stop == SIGINT)
		display_stop = 0;
	return true;
}

/* The next input; -1 when a script could not be read (INPUT_END too). */
int
display_read(struct input *in)
{
	memset(in, 0, sizeof *in);
	for (;;) {
		if (display_stop) {
			in->type = INPUT_END;
			return 0;
		}
		if (d.scripted)
			return display_script_key(in);
		if (d.screen == NULL) {
			in->type = INPUT_END;
			return 0;
		}
		in->type = INPUT_KEY;
		if (display_tty_key(in) == 0)
			return 0;
	}
}

/* {role:text}, with the braces and backslashes of the text escaped. */
static void
display_dump_seg(struct buf *out, const struct display_seg *s, const char *t,
    bool attrs)
{
	size_t	i;

	if (!attrs || s->role == ROLE_DEFAULT) {
		buf_add(out, t, s->len);
		return;
	}
	buf_printf(out, "{%s:", theme_role_name(s->role));
	for (i = 0; i < s->len; i++) {
		if (strchr("{}\\", t[i]) != NULL)
			buf_addc(out, '\\');
		buf_addc(out, t[i]);
	}
	buf_addc(out, '}');
}

/* A row as text; trailing blanks outside any role are not written. */
static void
display_dump_row(FILE *fp, const struct display_row *r, bool attrs)
{
	struct buf	out = BUF_INIT;
	size_t		i, off = 0;

	for (i = 0; i < r->nsegs; i++) {
		display_dump_seg(&out, &r->segs[i], r->text.s + off, attrs);
		off += r->segs[i].len;
	}
	while (out.len > 0 && out.s[out.len - 1] == ' ')
		out.len--;
	fwrite(out.s != NULL ? out.s : "", 1, out.len, fp);
	fputc('\n', fp);
	buf_free(&out);
}

/* :save-display [--attrs] FILE: the screen as text, a line a row. */
int
display_save(const char *path, bool attrs, struct error *err)
{
	FILE	*fp;
	int	 y;

	if ((fp = fopen(path, "w")) == NULL)
		return error_set(err, "%s: %s", path, strerror(errno));
	for (y = 0; y < d.lines; y++)
		display_dump_row(fp, &d.rows[y], attrs);
	if (fclose(fp) != 0)
		return error_set(err, "%s: %s", path, strerror(errno));
	return 0;
}
