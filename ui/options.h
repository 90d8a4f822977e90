/*
 * The reader's settings (`set NAME VALUE`), declared once: the help
 * screen and quoth.conf(5) list them from this table.
 */
#ifndef QUOTH_OPTIONS_H
#define QUOTH_OPTIONS_H

#include "buf.h"
#include "error.h"

#define OPTION_TYPES(X)	X(BOOL, "on or off") X(INT, "a number") \
	X(SORT, "date, added, title, outlet, quotes, denials or id")

enum option_type {
#define X(id, what) OPT_##id,
	OPTION_TYPES(X)
#undef X
};

/* id, name, type, default, lowest, highest (numbers), help */
#define OPTIONS(X)							\
	X(SPLIT_LINES, "split-lines", OPT_INT, 7, 0, 200,		\
	    "rows of the library shown above the reader; 0 shows the reader alone") \
	X(MOUSE, "mouse", OPT_BOOL, 1, 0, 1,				\
	    "click to select, wheel to scroll")				\
	X(COLOR, "color", OPT_BOOL, 1, 0, 1,				\
	    "colours; off uses bold, underline and reverse only")	\
	X(SORT, "sort", OPT_SORT, 0, 0, 0,				\
	    "the order of the library")					\
	X(ASCENDING, "ascending", OPT_BOOL, 0, 0, 1,			\
	    "oldest or smallest first")					\
	X(UNREAD_ONLY, "unread-only", OPT_BOOL, 0, 0, 1,		\
	    "list only articles not yet read")				\
	X(MARK_READ, "mark-read", OPT_BOOL, 1, 0, 1,			\
	    "opening an article marks it read")				\
	X(WRAP_WIDTH, "wrap-width", OPT_INT, 0, 0, 1000,		\
	    "widest line of the reader's text; 0 uses the window")	\
	X(WHEEL_LINES, "wheel-lines", OPT_INT, 3, 1, 100,		\
	    "lines a turn of the mouse wheel scrolls")			\
	X(IDLE_MERGE, "idle-merge", OPT_BOOL, 1, 0, 1,			\
	    "merge the full-text indexes while nothing is typed, for faster searches")

enum ui_option {
#define X(id, name, type, def, lo, hi, help) OPTION_##id,
	OPTIONS(X)
#undef X
	OPTION_COUNT
};

void		 options_defaults(int *);
int		 options_parse(const char *);
const char	*options_name(enum ui_option);
const char	*options_help(enum ui_option);
const char	*options_type_help(enum ui_option);
int		 options_set(int *, enum ui_option, const char *, struct error *);
void		 options_format(const int *, enum ui_option, struct buf *);

#endif
