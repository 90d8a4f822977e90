/*
 * A bounded FIFO of work items, worked on threads of their own and taken
 * back in the order they were pushed; a taker that would wait works the
 * items no thread has started.  The import uses it to run the
 * attribution engine on every core while one thread writes the index.
 */
#ifndef QUOTH_PIPELINE_H
#define QUOTH_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>

struct pipeline;

typedef void (*pipeline_work)(void *);

struct pipeline	*pipeline_new(pipeline_work, size_t, size_t);
bool		 pipeline_full(const struct pipeline *);
void		 pipeline_push(struct pipeline *, void *);
void		*pipeline_take(struct pipeline *, bool);
void		 pipeline_free(struct pipeline *);

#endif
