/*
 * Colour roles: what a piece of the screen is (a quote, a denial, the
 * selection), never which colour it has.  Each role has a colour style
 * and a monochrome one (bold, underline, reverse ...) for NO_COLOR and
 * terminals without colours; `color ROLE FG BG ATTRS` changes them.
 */
#ifndef QUOTH_THEME_H
#define QUOTH_THEME_H

#include <stdbool.h>

#include "attrib.h"
#include "error.h"

#define THEME_BOLD	0x01
#define THEME_UNDERLINE	0x02
#define THEME_REVERSE	0x04
#define THEME_DIM	0x08
#define THEME_ITALIC	0x10
#define THEME_BLINK	0x20
#define THEME_STANDOUT	0x40

#define THEME_ATTRS(X)						\
	X(THEME_BOLD, "bold") X(THEME_UNDERLINE, "underline")	\
	X(THEME_REVERSE, "reverse") X(THEME_DIM, "dim")		\
	X(THEME_ITALIC, "italic") X(THEME_BLINK, "blink")	\
	X(THEME_STANDOUT, "standout")

/* The eight basic colours, by name; colorN names the others. */
#define THEME_COLORS(X)						\
	X("black") X("red") X("green") X("yellow") X("blue")	\
	X("magenta") X("cyan") X("white")

#define C_DEF	(-1)
#define C_BLACK	0
#define C_RED	1
#define C_GREEN	2
#define C_YELLOW 3
#define C_BLUE	4
#define C_MAGENTA 5
#define C_CYAN	6
#define C_WHITE	7

/* id, name, fg, bg, attributes in colour, attributes in monochrome, what */
#define THEME_ROLES(X)							\
	X(DEFAULT, "default", C_DEF, C_DEF, 0, 0,			\
	    "text with no other role")					\
	X(TITLE, "title", C_WHITE, C_BLUE, THEME_BOLD, THEME_REVERSE,	\
	    "the title bar of a view")					\
	X(STATUS, "status", C_DEF, C_DEF, 0, 0,				\
	    "the message and prompt line")				\
	X(ERROR, "error", C_RED, C_DEF, THEME_BOLD, THEME_BOLD,		\
	    "error messages")						\
	X(SELECTION, "selection", C_BLACK, C_CYAN, 0, THEME_REVERSE,	\
	    "the selected line, or the current quote")			\
	X(HEADER, "header", C_DEF, C_DEF, THEME_BOLD, THEME_BOLD,	\
	    "an article's title in the reader")				\
	X(META, "meta", C_CYAN, C_DEF, 0, THEME_DIM,			\
	    "outlet, date and byline; counts in lists")			\
	X(UNREAD, "unread", C_DEF, C_DEF, THEME_BOLD, THEME_BOLD,	\
	    "an unread article in the library")				\
	X(QUOTE, "quote", C_YELLOW, C_DEF, 0, THEME_UNDERLINE,		\
	    "the words of a quote (a claim)")				\
	X(SPEAKER, "speaker", C_CYAN, C_DEF, THEME_BOLD, THEME_BOLD,	\
	    "who is quoted, as the text names them")			\
	X(CUE, "cue", C_MAGENTA, C_DEF, 0, THEME_ITALIC,		\
	    "the verb that introduces a quote: said, told, denied")	\
	X(RELAY, "relay", C_GREEN, C_DEF, 0, THEME_BOLD | THEME_ITALIC,	\
	    "an outlet or document that relays a quote")		\
	X(DENIAL, "denial", C_RED, C_DEF, THEME_BOLD,			\
	    THEME_BOLD | THEME_UNDERLINE, "a quote that denies")	\
	X(CORRECTION, "correction", C_MAGENTA, C_DEF, THEME_BOLD,	\
	    THEME_UNDERLINE | THEME_ITALIC,				\
	    "a quote that corrects or walks back")			\
	X(REFUSAL, "refusal", C_BLUE, C_DEF, THEME_BOLD,		\
	    THEME_UNDERLINE | THEME_DIM, "a refusal to comment")	\
	X(MATCH, "match", C_BLACK, C_YELLOW, 0, THEME_REVERSE,		\
	    "a search match, or the place of a source being walked")	\
	X(KEY, "key", C_GREEN, C_DEF, THEME_BOLD, THEME_BOLD,		\
	    "a key on the help screen")					\
	X(SECTION, "section", C_DEF, C_DEF, THEME_BOLD | THEME_UNDERLINE, \
	    THEME_BOLD | THEME_UNDERLINE, "a heading on the help screen") \
	X(MARKED, "marked", C_BLACK, C_MAGENTA, 0,			\
	    THEME_REVERSE | THEME_UNDERLINE,				\
	    "a quote marked for comparison (c)")			\
	X(SHARED, "shared", C_BLACK, C_GREEN, 0, THEME_REVERSE,		\
	    "a term both compared claims use")				\
	X(NEGATION, "negation", C_WHITE, C_RED, THEME_BOLD,		\
	    THEME_REVERSE | THEME_BOLD | THEME_UNDERLINE,		\
	    "the negation that sets two compared claims against each other")

enum theme_role {
#define X(id, name, fg, bg, attrs, mono, what) ROLE_##id,
	THEME_ROLES(X)
#undef X
	ROLE_COUNT
};

int		 theme_role_parse(const char *);
const char	*theme_role_name(enum theme_role);
const char	*theme_role_what(enum theme_role);
int		 theme_color_parse(const char *, short *);
int		 theme_attrs_parse(const char *, unsigned *);
int		 theme_set(enum theme_role, short, short, unsigned, bool);
void		 theme_reset(void);
void		 theme_start(bool);
bool		 theme_colored(void);
void		 theme_curses(enum theme_role, unsigned long *, short *);
enum theme_role	 theme_stance(enum stance);
enum theme_role	 theme_relation(int);

#endif
