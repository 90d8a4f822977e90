/*
 * The terminal boundary.  Everything drawn goes through display_put(),
 * which makes content safe (utf8_sanitize), clips it by display width
 * and keeps a copy of the screen with the colour role of every cell, so
 * that :save-display can write what is shown, and tests can read it.
 *
 * Input comes from the terminal, or from the file named by QUOTH_SCRIPT
 * (keys such as j <Enter> <C-l>, and :command lines).  QUOTH_NO_DISPLAY=1
 * draws to /dev/null at COLUMNS x LINES (default 80x24).
 */
#ifndef QUOTH_DISPLAY_H
#define QUOTH_DISPLAY_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "keys.h"
#include "theme.h"

enum input_type {
	INPUT_KEY,
	INPUT_COMMAND,		/* a :command line of a script */
	INPUT_END		/* the script ended, or a signal to stop */
};

struct input {
	enum input_type	 type;
	keycode		 key;
	int		 y, x;		/* <Click>, <WheelUp>, <WheelDown> */
	char		*command;	/* INPUT_COMMAND; valid until the next read */
};

int	 display_usable(struct error *);
int	 display_init(bool, struct error *);
void	 display_end(void);
bool	 display_headless(void);
bool	 display_scripted(void);
int	 display_lines(void);
int	 display_cols(void);
void	 display_line(int);
int	 display_col(void);
int	 display_put(enum theme_role, const char *, size_t);
int	 display_put_roles(const char *, size_t, const unsigned char *);
int	 display_puts(enum theme_role, const char *);
int	 display_printf(enum theme_role, const char *, ...)
	     __attribute__((format(printf, 2, 3)));
void	 display_fill(enum theme_role, int);
void	 display_put_col(enum theme_role, const char *, int);
void	 display_update(int, int);
void	 display_redraw(void);
void	 display_set_mouse(bool);
int	 display_read(struct input *);
bool	 display_pending(void);
bool	 display_interrupted(void);
int	 display_save(const char *, bool, struct error *);

#endif
