/*
 * Views: each screen fills a struct view_ops in its own file; view.c
 * keeps them in a stack, lays them out (the library can stay above the
 * reader, as mutt's index above its pager), draws them and does what
 * every view does alike: moving, paging, searching, the mouse.
 */
#ifndef QUOTH_VIEW_H
#define QUOTH_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "actions.h"
#include "buf.h"
#include "display.h"
#include "ui.h"

struct view;

/* What a key does in a view: 1 if done, 0 to let view.c do it. */
struct view_action {
	enum action	  action;
	int		(*fn)(struct view *);
};

#define VIEW_ACTIONS(table) (table), (sizeof (table) / sizeof (table)[0])

struct view_ops {
	enum view_kind	 kind;
	bool		 cursor;	/* lists select a line; pagers do not */
	/* draw line lineno at the current row; selected: the cursor is on it */
	void		(*draw)(struct view *, int64_t, bool);
	/* the title bar: left and right parts */
	void		(*title)(struct view *, struct buf *, struct buf *);
	/* the actions this view has its own way of doing */
	const struct view_action *actions;
	size_t		 nactions;
	/* does line lineno contain the search text? */
	bool		(*match)(struct view *, int64_t, const char *);
	/* the window's width changed (wrap again), or content did */
	void		(*layout)(struct view *);
	/* the article the view is about (for ", s), or 0 */
	int64_t		(*article)(struct view *);
	/* a click on line lineno at column x; NULL: select the line */
	void		(*click)(struct view *, int64_t, int);
	void		(*close)(struct view *);
};

struct view {
	const struct view_ops	*ops;
	struct ui		*ui;
	void			*data;
	int64_t			 nlines;
	int64_t			 offset;	/* first line shown */
	int64_t			 lineno;	/* the cursor, in lists */
	int64_t			 found;		/* the last line a search found */
	int			 y, height;	/* rows of its lines on screen */
	int			 width;
	bool			 shown;
};

struct view	*view_new(struct ui *, const struct view_ops *, void *);
void		 view_push(struct ui *, struct view *);
void		 view_pop(struct ui *);
void		 view_close_all(struct ui *);
struct view	*view_top(struct ui *);
struct view	*view_find(struct ui *, enum view_kind);
void		 view_layout(struct ui *);
void		 view_draw(struct ui *);
int		 view_action(struct view *, enum action);
void		 view_goto(struct view *, int64_t);
void		 view_show_line(struct view *, int64_t, int);
void		 view_mouse(struct ui *, const struct input *);
int		 view_search(struct view *, const char *, bool, bool);
bool		 view_text_match(const char *, size_t, const char *);
bool		 view_too_small(void);
void		 view_open_quotes(struct ui *, int64_t, const char *);
void		 view_open_sources(struct ui *, int64_t);

/* The library: the articles of the index (view_library.c). */
struct view	*library_new(struct ui *);
int		 library_step(struct view *, int, int64_t *);
int64_t		 library_selected(struct view *);
void		 library_reload(struct view *);
void		 library_set_read(struct view *, int64_t, bool);
void		 library_follow(struct view *, int64_t);
int		 library_filter(struct view *, const char *, bool);

/* The reader: one article with who said what (view_reader.c). */
struct walk_target {
	int64_t		article;
	uint32_t	start, end;
};

struct walk {
	char			*what;		/* "Sergei Ryabkov", for messages */
	struct walk_target	*v;
	size_t			 n;
	size_t			 cur;
};

struct view	*reader_new(struct ui *, int64_t);
int		 reader_load(struct view *, int64_t);
int64_t		 reader_article(struct view *);
void		 reader_show_quote(struct view *, uint32_t, uint32_t);
char		*reader_meta(const struct article_row *);
void		 reader_walk(struct view *, struct walk *);
void		 walk_free(struct walk *);

/* Quotes of an article, of a speaker, or relayed by an outlet. */
struct quotes_query {
	int64_t		 article;	/* this article's quotes, or 0 */
	const char	*name;		/* else who said or relayed them */
};

struct view	*quotes_new(struct ui *, const struct quotes_query *);

/* The sources an article names (view_sources.c). */
struct view	*sources_new(struct ui *, int64_t);

/* Suggested pairs of claims (view_pairs.c). */
struct pairs_quote {
	int64_t		 id, article;
};

struct pairs_query {
	const char		*topic;		/* pairs on this topic, or NULL */
	int64_t			 article;	/* this article's pairs, or 0 */
	const char		*name;		/* else those of name's quotes: */
	const struct pairs_quote *quotes;
	size_t			 nquotes;
	int64_t			 select;	/* start on a pair of this quote */
};

struct view	*pairs_new(struct ui *, const struct pairs_query *);

/* Two claims side by side (view_compare.c). */
#define COMPARE_RELATE	(-2)	/* relation: work it out from the quotes */
#define COMPARE_NONE	(-1)	/* they do not pair */

struct compare_pair {
	int64_t		 a, b;		/* quotes: left (or top), right */
	int		 relation;	/* enum claim_relation, or the above */
	double		 score;
	const char	*why;
};

struct view	*compare_new(struct ui *, const struct compare_pair *);

/* Keys, commands, settings and colour roles (view_help.c). */
struct view	*help_new(struct ui *, enum view_kind);

#endif
