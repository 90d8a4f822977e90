/*
 * The import pipeline: files, folders and streams in; articles with their
 * attributions into the index.  One file is one transaction: a failure
 * leaves the index exactly as it was before that file.  (A stream of JSON
 * lines is committed in batches, each article whole.)  What happens to
 * each file and article is reported through a callback, so the command
 * line and the reader can each show it their way.
 */
#ifndef QUOTH_INGEST_H
#define QUOTH_INGEST_H

#include <stdint.h>
#include <stdio.h>

#include "import.h"
#include "index.h"

#define INGEST_EVENTS(X)						\
	X(ADDED, "added")		/* a new article */		\
	X(UPDATED, "updated")		/* its file changed */		\
	X(UNCHANGED, "unchanged")	/* imported before, same */	\
	X(DUPLICATE, "duplicate")	/* same content as another */	\
	X(SKIPPED, "skipped")		/* part of a file: a bad item */ \
	X(NOTE, "note")			/* e.g. "read as Windows-1252" */ \
	X(FILE_DONE, "done")		/* a file imported */		\
	X(FILE_FAILED, "failed")	/* a file refused, nothing kept */ \
	X(FILE_IGNORED, "ignored")	/* not an article (in a folder) */

enum ingest_what {
#define X(id, name) INGEST_##id,
	INGEST_EVENTS(X)
#undef X
};

struct ingest_event {
	enum ingest_what	 what;
	const char		*file;
	int64_t			 id;		/* the article, or what it duplicates */
	const char		*title;
	int			 quotes;
	int			 denials;
	const char		*msg;		/* NOTE, SKIPPED, FILE_FAILED */
};

struct ingest_stats {
	unsigned	files, failed, ignored;
	unsigned	added, updated, unchanged, duplicates, skipped;
	uint64_t	bytes;
};

struct ingest_opts {
	enum import_format	 format;
	long			 timeout;	/* seconds, for URLs; 0: default */
	void			(*report)(void *, const struct ingest_event *);
	void			*ctx;
};

int	 ingest_path(struct index *, const char *, const struct ingest_opts *,
	     struct ingest_stats *, struct error *);
int	 ingest_stream(struct index *, FILE *, const char *,
	     const struct ingest_opts *, struct ingest_stats *, struct error *);
int	 ingest_memory(struct index *, const char *, const char *, size_t,
	     const struct ingest_opts *, struct ingest_stats *, struct error *);
int	 ingest_reattribute(struct index *, const struct ingest_opts *,
	     struct ingest_stats *, struct error *);
const char *ingest_event_name(enum ingest_what);

#endif
