/*
 * Marking a quote for comparison: c marks the quote under the cursor,
 * c on a second quote opens the two side by side, c on the marked one
 * unmarks it.  The mark is shared by every view (struct ui_mark).
 */
#ifndef QUOTH_MARK_H
#define QUOTH_MARK_H

#include <stdbool.h>
#include <stdint.h>

#include "actions.h"
#include "ui.h"

void	mark_quote(struct ui *, enum view_kind, int64_t);
bool	mark_covers(const struct ui *, int64_t, uint32_t);

#endif
