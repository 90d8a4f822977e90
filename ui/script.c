/*
 * Scripted input.  Keys of a line are handed out one at a time; a key
 * that does not parse ends the script with a message on stderr, so a
 * typo in a test fails loudly instead of testing something else.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script.h"
#include "utf8.h"
#include "xmalloc.h"

static struct {
	FILE		*fp;
	const char	*path;
	char		*line;
	size_t		 cap;
	unsigned	 lineno;
	const char	*p;		/* next key in line, or NULL */
} script;

int
script_open(const char *path, struct error *err)
{
	if ((script.fp = fopen(path, "r")) == NULL)
		return error_set(err, "QUOTH_SCRIPT: %s: %s", path,
		    strerror(errno));
	script.path = path;
	return 0;
}

void
script_close(void)
{
	if (script.fp != NULL)
		fclose(script.fp);
	free(script.line);
	memset(&script, 0, sizeof script);
}

/* "A<sep>B" with A and B numbers, and nothing after. */
static int
script_pair(const char *s, char sep, int *a, int *b)
{
	char	*end;
	long	 x, y;

	x = strtol(s, &end, 10);
	if (end == s || *end != sep)
		return -1;
	s = end + 1;
	y = strtol(s, &end, 10);
	if (end == s || *end != '\0' || x < 0 || y < 0 || x > 9999 || y > 9999)
		return -1;
	*a = (int)x;
	*b = (int)y;
	return 0;
}

/* <Resize WxH>, <Click Y X> and the wheel: the event and where. */
static int
script_event(const char *tok, size_t n, struct input *in)
{
	static const struct {
		const char	*name;
		keycode		 key;
		char		 sep;
	} events[] = {
		{ "Resize ", KEYC_RESIZE, 'x' },
		{ "Click ", KEYC_CLICK, ' ' },
		{ "WheelUp ", KEYC_WHEEL_UP, ' ' },
		{ "WheelDown ", KEYC_WHEEL_DOWN, ' ' },
	};
	char	buf[64];
	size_t	i, len;
	int	a, b;

	if (n >= sizeof buf)
		return -1;
	memcpy(buf, tok, n);
	buf[n] = '\0';
	for (i = 0; i < sizeof events / sizeof events[0]; i++) {
		len = strlen(events[i].name);
		if (strncmp(buf, events[i].name, len) != 0 ||
		    script_pair(buf + len, events[i].sep, &a, &b) == -1)
			continue;
		in->key = events[i].key;
		/* A resize carries the new size: columns in x, lines in y. */
		in->x = events[i].key == KEYC_RESIZE ? a : b;
		in->y = events[i].key == KEYC_RESIZE ? b : a;
		return 0;
	}
	return -1;
}

/* The key at script.p: a <token> when one closes, else one character. */
static int
script_key(struct input *in)
{
	const char	*p = script.p, *close;
	char		 tok[64];
	uint32_t	 cp;
	size_t		 n;

	if (*p == '<' && (close = strchr(p + 1, '>')) != NULL &&
	    (size_t)(close - p) < sizeof tok - 1) {
		n = (size_t)(close - p) + 1;
		memcpy(tok, p, n);
		tok[n] = '\0';
		script.p = close + 1;
		if (keys_parse(tok, &in->key) == 0 ||
		    script_event(tok + 1, n - 2, in) == 0)
			return 0;
		fprintf(stderr, "%s:%u: unknown key %s\n", script.path,
		    script.lineno, tok);
		return -1;
	}
	n = utf8_decode(p, strlen(p), &cp);
	script.p = p + n;
	in->key = (keycode)cp;
	return 0;
}

static int
script_next_line(void)
{
	ssize_t	n;

	for (;;) {
		if ((n = getline(&script.line, &script.cap, script.fp)) == -1)
			return -1;
		script.lineno++;
		while (n > 0 && (script.line[n - 1] == '\n' ||
		    script.line[n - 1] == '\r'))
			script.line[--n] = '\0';
		if (n > 0 && script.line[0] != '#')
			return 0;
	}
}

int
script_read(struct input *in)
{
	memset(in, 0, sizeof *in);
	while (script.p == NULL || *script.p == '\0') {
		script.p = NULL;
		if (script_next_line() == -1) {
			in->type = INPUT_END;
			return 0;
		}
		if (script.line[0] == ':') {
			in->type = INPUT_COMMAND;
			in->command = script.line + 1;
			return 0;
		}
		script.p = script.line;
	}
	in->type = INPUT_KEY;
	if (script_key(in) == -1) {
		in->type = INPUT_END;
		return -1;
	}
	return 0;
}
