/* Greedy wrapping by display width. */
#include "config.h"

#include "utf8.h"
#include "wrap.h"

static void
wrap_emit(const char *s, size_t start, size_t end, wrap_emit_fn emit,
    void *ctx)
{
	while (end > start && s[end - 1] == ' ')
		end--;
	emit(ctx, start, end);
}

/*
 * How far the line from start reaches in width columns: *end is where
 * it stops, *brk the last space before that (0 if none).
 */
static void
wrap_measure(const char *s, size_t n, size_t start, int width, size_t *end,
    size_t *brk)
{
	size_t	i = start, k;
	int	w = 0, gw;

	*brk = 0;
	while (i < n) {
		k = utf8_grapheme(s + i, n - i, &gw);
		if (s[i] == ' ')
			*brk = i;
		if (w + gw > width)
			break;
		w += gw;
		i += k;
	}
	/* A cluster wider than the line goes on a line of its own. */
	if (i == start && i < n)
		i += utf8_grapheme(s + i, n - i, &gw);
	*end = i;
}

/* Lines of s (no newlines in it) at most width columns wide. */
void
wrap_text(const char *s, size_t n, int width, wrap_emit_fn emit, void *ctx)
{
	size_t	pos = 0, end, brk;

	if (width < 1)
		width = 1;
	while (pos < n) {
		while (pos < n && s[pos] == ' ')
			pos++;
		if (pos == n)
			break;
		wrap_measure(s, n, pos, width, &end, &brk);
		if (end < n && brk > pos) {
			wrap_emit(s, pos, brk, emit, ctx);
			pos = brk + 1;
		} else {
			wrap_emit(s, pos, end, emit, ctx);
			pos = end;
		}
	}
}
