/*
 * The reader as a whole: the state every view shares (the index, the
 * settings, the view stack, the message line) and ui_run(), which
 * main.c calls.  Nothing here needs curses.
 */
#ifndef QUOTH_UI_H
#define QUOTH_UI_H

#include <stdbool.h>
#include <stdint.h>

#include "buf.h"
#include "index.h"
#include "options.h"

#define UI_MAX_VIEWS	8
#define UI_MIN_COLS	30	/* below this, say the window is too small */
#define UI_MIN_LINES	6
#define UI_SPLIT_LINES	7	/* split-lines when v turns the split on */

struct view;

struct ui_start {
	bool		 demo;		/* the index is a temporary one */
	int64_t		 article;	/* open this article first, or 0 */
};

/* The quote c marked, to compare with the next one (mark.c). */
struct ui_mark {
	int64_t		 quote;		/* 0: none */
	int64_t		 article;
	uint32_t	 start, end;	/* in its article's body */
};

struct ui {
	struct index		*ix;
	const struct ui_start	*start;
	int			 opt[OPTION_COUNT];
	struct view		*views[UI_MAX_VIEWS];
	int			 nviews;
	bool			 quit;
	int			 status;	/* exit status */
	struct buf		 msg;
	bool			 msg_error;
	char			*search;	/* the last / or search-back */
	bool			 search_back;
	int			 split_before;	/* split-lines before v hid it */
	struct buf		 conf_errors;	/* one a line, for stderr */
	struct ui_mark		 mark;
	int64_t			 data_version;	/* of the index, when last read */
	int64_t			 stamp;		/* of its articles, then */
	int64_t			 last_id;	/* the newest article then */
	bool			 merge_pending;	/* merging may be due (ui_merge) */
	struct index_merger	*merger;	/* its thread, once started */
	bool			 merging;	/* told to go, not yet done */
	int64_t			 key_ms;	/* when the last key came */
	int64_t			 written_ms;	/* when another quoth last wrote */
};

int	 ui_usable(struct error *);
int	 ui_run(struct index *, const struct ui_start *);
void	 ui_message(struct ui *, const char *, ...)
	     __attribute__((format(printf, 2, 3)));
void	 ui_error(struct ui *, const char *, ...)
	     __attribute__((format(printf, 2, 3)));
void	 ui_draw(struct ui *);
int	 ui_command(struct ui *, const char *);
void	 ui_option_changed(struct ui *, enum ui_option);
struct view *ui_read(struct ui *, int64_t);
void	 ui_toggle_split(struct ui *);
int	 ui_import(struct ui *, const char *);
int	 ui_fetch(struct ui *);

#endif
