/*
 * Keys and key maps.  A key is a code point, or one of the named keys
 * below; <M-x> sets the meta bit.  Each view has its own map, filled
 * from the defaults of the action table and changed by `bind`.  Nothing
 * here knows the terminal: display.c turns curses' codes into these.
 */
#ifndef QUOTH_KEYS_H
#define QUOTH_KEYS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "actions.h"

typedef int32_t keycode;

#define KEYC_NONE	(-1)
#define KEYC_BASE	0x110000	/* past every code point */
#define KEYC_META	0x1000000	/* flag: Alt held, or Esc before the key */

/* id, name inside <> */
#define KEYS_NAMED(X)						\
	X(ENTER, "Enter") X(BACKSPACE, "Backspace")		\
	X(UP, "Up") X(DOWN, "Down") X(LEFT, "Left") X(RIGHT, "Right") \
	X(PGUP, "PgUp") X(PGDN, "PgDn") X(HOME, "Home") X(END, "End") \
	X(INSERT, "Ins") X(DELETE, "Del") X(BTAB, "S-Tab")	\
	X(F1, "F1") X(F2, "F2") X(F3, "F3") X(F4, "F4") X(F5, "F5") \
	X(F6, "F6") X(F7, "F7") X(F8, "F8") X(F9, "F9") X(F10, "F10") \
	X(F11, "F11") X(F12, "F12")				\
	X(RESIZE, "Resize") X(CLICK, "Click")			\
	X(WHEEL_UP, "WheelUp") X(WHEEL_DOWN, "WheelDown")	\
	X(IDLE, "Idle")

enum {
	KEYC_FIRST_NAMED = KEYC_BASE - 1,
#define X(id, name) KEYC_##id,
	KEYS_NAMED(X)
#undef X
	KEYC_LAST_NAMED
};

#define KEYC_TAB	'\t'
#define KEYC_ESC	0x1b
#define KEYC_CTRL(c)	((c) & 0x1f)

/* A place in the key maps' sections: everywhere, or one view. */
#define KEYS_EVERYWHERE	VIEW_KIND_COUNT

int		 keys_parse(const char *, keycode *);
void		 keys_name(keycode, char *, size_t);

void		 keys_init(void);
void		 keys_free(void);
int		 keys_bind(enum view_kind, keycode, enum action);
enum action	 keys_lookup(enum view_kind, keycode);
size_t		 keys_bound(enum view_kind, enum action, keycode *, size_t);

int		 keys_action_parse(const char *);
const char	*keys_action_name(enum action);
const char	*keys_action_help(enum action);
unsigned	 keys_action_views(enum action);
int		 keys_in_section(enum action, int);
int		 keys_view_parse(const char *);
const char	*keys_view_name(int);
const char	*keys_view_title(int);

void		 keys_dump_mdoc(FILE *);

#endif
