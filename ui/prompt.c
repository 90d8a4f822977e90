/*
 * The prompt.  It reads keys itself (from the terminal or a script)
 * until Enter or Esc; the screen behind it is redrawn after every key,
 * so a filter can change the list while the user types.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "prompt.h"
#include "utf8.h"
#include "view.h"
#include "xmalloc.h"

enum prompt_result { PROMPT_GOING, PROMPT_DONE, PROMPT_CANCEL };

static struct {
	bool		 active;
	const char	*prefix;
	struct buf	 text;
	size_t		 cur;		/* byte offset of the cursor */
} prompt;

/* The start of the code point before byte i. */
static size_t
prompt_back(size_t i)
{
	while (i > 0 && (prompt.text.s[--i] & 0xc0) == 0x80)
		;
	return i;
}

static size_t
prompt_forward(size_t i)
{
	uint32_t	cp;

	if (i >= prompt.text.len)
		return i;
	return i + utf8_decode(prompt.text.s + i, prompt.text.len - i, &cp);
}

static void
prompt_delete(size_t from, size_t to)
{
	memmove(prompt.text.s + from, prompt.text.s + to, prompt.text.len - to);
	buf_truncate(&prompt.text, prompt.text.len - (to - from));
	prompt.cur = from;
}

static void
prompt_insert(keycode k)
{
	char	enc[4];
	size_t	n = utf8_encode((uint32_t)k, enc), tail = prompt.text.len -
		    prompt.cur;

	buf_add(&prompt.text, enc, n);
	memmove(prompt.text.s + prompt.cur + n, prompt.text.s + prompt.cur,
	    tail);
	memcpy(prompt.text.s + prompt.cur, enc, n);
	prompt.cur += n;
}

static void
prompt_backspace(void)
{
	if (prompt.cur > 0)
		prompt_delete(prompt_back(prompt.cur), prompt.cur);
}

static void
prompt_delete_char(void)
{
	prompt_delete(prompt.cur, prompt_forward(prompt.cur));
}

static void
prompt_kill_word(void)
{
	size_t	i = prompt.cur;

	while (i > 0 && prompt.text.s[i - 1] == ' ')
		i--;
	while (i > 0 && prompt.text.s[i - 1] != ' ')
		i--;
	prompt_delete(i, prompt.cur);
}

static void prompt_kill_line(void) { prompt_delete(0, prompt.cur); }
static void prompt_left(void) { prompt.cur = prompt_back(prompt.cur); }
static void prompt_right(void) { prompt.cur = prompt_forward(prompt.cur); }
static void prompt_home(void) { prompt.cur = 0; }
static void prompt_end(void) { prompt.cur = prompt.text.len; }

static const struct {
	keycode	  key;
	void	(*fn)(void);
} prompt_edits[] = {
	{ KEYC_BACKSPACE, prompt_backspace },
	{ KEYC_DELETE, prompt_delete_char }, { KEYC_CTRL('d'), prompt_delete_char },
	{ KEYC_CTRL('w'), prompt_kill_word }, { KEYC_CTRL('u'), prompt_kill_line },
	{ KEYC_LEFT, prompt_left }, { KEYC_CTRL('b'), prompt_left },
	{ KEYC_RIGHT, prompt_right }, { KEYC_CTRL('f'), prompt_right },
	{ KEYC_HOME, prompt_home }, { KEYC_CTRL('a'), prompt_home },
	{ KEYC_END, prompt_end }, { KEYC_CTRL('e'), prompt_end },
};

/* One key: an edit, Enter, or Esc (Backspace on nothing cancels too). */
static enum prompt_result
prompt_key(keycode k)
{
	size_t	i;

	if (k == KEYC_ENTER)
		return PROMPT_DONE;
	if (k == KEYC_ESC || k == KEYC_CTRL('g') || k == KEYC_CTRL('c') ||
	    (k == KEYC_BACKSPACE && prompt.text.len == 0))
		return PROMPT_CANCEL;
	for (i = 0; i < sizeof prompt_edits / sizeof prompt_edits[0]; i++)
		if (prompt_edits[i].key == k) {
			prompt_edits[i].fn();
			return PROMPT_GOING;
		}
	if (k >= 0x20 && k < KEYC_BASE && !utf8_is_unsafe((uint32_t)k))
		prompt_insert(k);
	return PROMPT_GOING;
}

static enum prompt_result
prompt_input(struct ui *ui, const struct input *in)
{
	if (in->type == INPUT_END) {
		ui->quit = true;
		return PROMPT_CANCEL;
	}
	if (in->type == INPUT_COMMAND) {
		ui_command(ui, in->command);
		return ui->quit ? PROMPT_CANCEL : PROMPT_GOING;
	}
	if (in->key == KEYC_RESIZE) {
		view_layout(ui);
		return PROMPT_GOING;
	}
	return prompt_key(in->key);
}

/*
 * Read a line after prefix, starting from initial (or nothing).  Returns
 * 0 with *out (the caller frees it), or -1 if the user cancelled.
 * changed, if given, sees every edit.
 */
int
prompt_read(struct ui *ui, const char *prefix, const char *initial,
    prompt_change_fn changed, void *ctx, char **out)
{
	enum prompt_result	r = PROMPT_GOING;
	struct input		in;
	size_t			len;

	memset(&prompt, 0, sizeof prompt);
	prompt.active = true;
	prompt.prefix = prefix;
	buf_adds(&prompt.text, initial != NULL ? initial : "");
	prompt.cur = len = prompt.text.len;
	while (r == PROMPT_GOING) {
		ui_draw(ui);
		if (display_read(&in) == -1)
			ui->status = 1;
		r = prompt_input(ui, &in);
		if (changed != NULL && prompt.text.len != len &&
		    (r == PROMPT_DONE ||
		    (r == PROMPT_GOING && !display_pending()))) {
			changed(ctx, buf_str(&prompt.text));
			len = prompt.text.len;
		}
	}
	prompt.active = false;
	*out = buf_detach(&prompt.text);
	if (r == PROMPT_DONE)
		return 0;
	free(*out);
	*out = NULL;
	return -1;
}

/*
 * Draw the prompt on the current row if one is open; *x receives the
 * cursor's column.  The text scrolls so that the cursor stays in view.
 */
bool
prompt_draw(int *x)
{
	const char	*t = buf_str(&prompt.text);
	size_t		 start = 0;
	int		 room;

	if (!prompt.active)
		return false;
	display_puts(ROLE_STATUS, prompt.prefix);
	room = display_cols() - display_col() - 1;
	while (start < prompt.cur && utf8_width(t + start, prompt.cur - start) >
	    room)
		start = prompt_forward(start);
	display_put(ROLE_STATUS, t + start, prompt.cur - start);
	*x = display_col();
	display_put(ROLE_STATUS, t + prompt.cur, prompt.text.len - prompt.cur);
	return true;
}
