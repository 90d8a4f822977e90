/*
 * libFuzzer: the configuration language.  Each line of the input is run
 * against a table of commands that accept anything, so that every path
 * of the word splitting and the dispatch is reached; `source` is refused
 * so the fuzzer cannot read files.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "xmalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
fuzz_run(void *ctx, int argc, char **argv, struct error *err)
{
	int	i;

	for (i = 0; i < argc; i++)
		if (argv[i] == NULL)
			__builtin_trap();
	return argc > 3 ? error_set(err, "too many words") : 0;
}

static const struct conf_command fuzz_commands[] = {
	{ "set", NULL, 1, 2, CONF_FILE | CONF_PROMPT, "set NAME [VALUE]",
	    fuzz_run },
	{ "bind", NULL, 3, 3, CONF_FILE, "bind VIEW KEY ACTION", fuzz_run },
	{ "color", "colour", 2, -1, CONF_FILE, "color ROLE FG [BG] [ATTRS]",
	    fuzz_run },
};

static void
fuzz_report(void *ctx, const char *msg)
{
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct conf	 c;
	struct error	 err;
	char		*text = xstrndup((const char *)data, size), *line, *next;

	memset(&c, 0, sizeof c);
	c.cmds = fuzz_commands;
	c.ncmds = sizeof fuzz_commands / sizeof fuzz_commands[0];
	c.where = CONF_FILE;
	c.report = fuzz_report;
	c.file = "fuzz";
	c.depth = CONF_MAX_DEPTH;	/* so that `source` is refused */
	for (line = text; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		conf_run_line(&c, line, &err);
	}
	free(text);
	return 0;
}
