/*
 * The reader's screens and everything a key can do in them, declared
 * once.  The key maps, the help screen and the KEYS section of quoth(1)
 * are all generated from these tables (keys.c, view_help.c).
 */
#ifndef QUOTH_ACTIONS_H
#define QUOTH_ACTIONS_H

/* id, name (for bind), title (for help and man) */
#define VIEW_KINDS(X)					\
	X(LIBRARY, "library", "Library")		\
	X(READER, "reader", "Reader")			\
	X(QUOTES, "quotes", "Quotes")			\
	X(SOURCES, "sources", "Sources")		\
	X(PAIRS, "pairs", "Pairs")			\
	X(COMPARE, "compare", "Compare")		\
	X(HELP, "help", "Help")

enum view_kind {
#define X(id, name, title) VIEW_##id,
	VIEW_KINDS(X)
#undef X
	VIEW_KIND_COUNT
};

#define V(id)		(1u << VIEW_##id)
#define V_ALL		((1u << VIEW_KIND_COUNT) - 1)
#define V_LISTS		(V(LIBRARY) | V(QUOTES) | V(SOURCES) | V(PAIRS))
#define V_NONE		0u	/* reserved: named, not yet bound anywhere */

/*
 * id, name, default key, second default key (or NULL), views, help.
 * Actions valid in every view come first; the man page and the help
 * screen list them under "Everywhere", the rest under each view.
 */
#define ACTIONS(X)							\
	X(MOVE_DOWN, "move-down", "j", "<Down>", V_ALL,			\
	    "Move down one line")					\
	X(MOVE_UP, "move-up", "k", "<Up>", V_ALL,			\
	    "Move up one line")						\
	X(PAGE_DOWN, "page-down", "<Space>", "<PgDn>", V_ALL,		\
	    "Move down one page")					\
	X(PAGE_UP, "page-up", "b", "<PgUp>", V_ALL,			\
	    "Move up one page")						\
	X(HALF_DOWN, "half-page-down", "<C-d>", NULL, V_ALL,		\
	    "Move down half a page")					\
	X(HALF_UP, "half-page-up", "<C-u>", NULL, V_ALL,		\
	    "Move up half a page")					\
	X(FIRST, "first-line", "g", "<Home>", V_ALL,			\
	    "Go to the first line")					\
	X(LAST, "last-line", "G", "<End>", V_ALL,			\
	    "Go to the last line")					\
	X(SEARCH, "search", "/", NULL, V_ALL,				\
	    "Search forward in this view")				\
	X(SEARCH_BACK, "search-back", "<M-/>", NULL, V_ALL,		\
	    "Search backward in this view")				\
	X(FIND_NEXT, "find-next", "n", NULL, V_ALL,			\
	    "Next search match, or next place of the source being walked") \
	X(FIND_PREV, "find-prev", "N", NULL, V_ALL,			\
	    "Previous search match, or previous place")			\
	X(PROMPT, "prompt", ":", NULL, V_ALL,				\
	    "Enter a command (:open, :search, :set, :quit ...)")	\
	X(HELP, "help", "?", "<F1>", V_ALL,				\
	    "Show the keys and commands")				\
	X(BACK, "back", "q", NULL, V_ALL,				\
	    "Close this view (in the library: quit)")			\
	X(QUIT, "quit", "Q", NULL, V_ALL,				\
	    "Quit quoth")						\
	X(REDRAW, "redraw", "<C-l>", NULL, V_ALL,			\
	    "Redraw the screen")					\
	X(OPEN_ARTICLE, "open-article", "<Enter>", "<Right>", V(LIBRARY), \
	    "Open the selected article in the reader")			\
	X(SORT_NEXT, "sort-next", "o", NULL, V(LIBRARY),		\
	    "Sort by the next key: date, added, title, outlet, quotes, denials") \
	X(SORT_REVERSE, "sort-reverse", "O", NULL, V(LIBRARY),		\
	    "Reverse the sort order")					\
	X(FILTER, "filter", "f", NULL, V(LIBRARY),			\
	    "Filter the articles as you type (full-text search)")	\
	X(UNREAD_ONLY, "toggle-unread-only", "u", NULL, V(LIBRARY),	\
	    "Show only unread articles, or all of them")		\
	X(TOGGLE_READ, "toggle-read", "r", NULL, V(LIBRARY) | V(READER),	\
	    "Mark the article read or unread")				\
	X(IMPORT_SAMPLES, "import-samples", "i", NULL, V(LIBRARY),	\
	    "Import the sample articles that come with quoth")		\
	X(TOGGLE_SPLIT, "toggle-split", "v", NULL, V(LIBRARY) | V(READER), \
	    "Show the library above the reader, or the reader alone")	\
	X(NEXT_ARTICLE, "next-article", "J", NULL, V(READER),		\
	    "Read the next article of the library")			\
	X(PREV_ARTICLE, "prev-article", "K", NULL, V(READER),		\
	    "Read the previous article of the library")			\
	X(NEXT_QUOTE, "next-quote", "]", NULL, V(READER),		\
	    "Go to the next quote")					\
	X(PREV_QUOTE, "prev-quote", "[", NULL, V(READER),		\
	    "Go to the previous quote")					\
	X(NEXT_DENIAL, "next-denial", "}", NULL, V(READER),		\
	    "Go to the next denial")					\
	X(PREV_DENIAL, "prev-denial", "{", NULL, V(READER),		\
	    "Go to the previous denial")				\
	X(ARTICLE_QUOTES, "article-quotes", "\"", NULL,			\
	    V(LIBRARY) | V(READER),					\
	    "List the quotes of the article")				\
	X(ARTICLE_SOURCES, "article-sources", "s", NULL,		\
	    V(LIBRARY) | V(READER),					\
	    "List the people, outlets and documents the article names")	\
	X(SPEAKER_QUOTES, "speaker-quotes", "S", NULL,			\
	    V(READER) | V(QUOTES) | V(SOURCES),				\
	    "List what this speaker said, or this outlet relayed, across the index") \
	X(JUMP_QUOTE, "jump-to-quote", "<Enter>", "<Right>", V(QUOTES),	\
	    "Show the selected quote in its article")			\
	X(WALK_SOURCE, "walk-source", "<Enter>", "<Right>", V(SOURCES),	\
	    "Walk the places the article names this source (n, N)")	\
	X(COMPARE_MARK, "compare-mark", "c", NULL, V(READER) | V(QUOTES), \
	    "Mark the quote to compare; c on a second quote compares the two") \
	X(COMPARE_SUGGEST, "compare-suggest", "C", NULL,		\
	    V(LIBRARY) | V(READER) | V(QUOTES),				\
	    "List suggested pairs of claims: the article's, or a speaker's " \
	    "across the index")						\
	X(OPEN_PAIR, "open-pair", "<Enter>", "<Right>", V(PAIRS),	\
	    "Compare the selected pair side by side")			\
	X(SWITCH_SIDE, "switch-side", "<Tab>", "<S-Tab>", V(COMPARE),	\
	    "Move the focus to the other side")				\
	X(NEXT_COUNTERPART, "next-counterpart", "J", NULL, V(COMPARE),	\
	    "Show the next candidate counterpart on the focused side")	\
	X(PREV_COUNTERPART, "prev-counterpart", "K", NULL, V(COMPARE),	\
	    "Show the previous candidate counterpart on the focused side") \
	X(SWAP_SIDES, "swap-sides", "x", NULL, V(COMPARE),		\
	    "Swap the two sides")					\
	X(OPEN_SIDE, "open-side", "<Enter>", "<Right>", V(COMPARE),	\
	    "Read the focused quote in its article (q comes back)")	\
	X(FETCH_FEEDS, "fetch-feeds", "R", NULL, V(LIBRARY),		\
	    "Fetch the subscribed feeds and show the new articles")

enum action {
	ACTION_NONE = 0,
#define X(id, name, key, key2, views, help) ACTION_##id,
	ACTIONS(X)
#undef X
	ACTION_COUNT
};

#endif
