/*
 * For the importer tests: a sink that keeps every article it is given,
 * and the warnings, and a reader of fixture files.
 */
#ifndef QUOTH_TEST_COLLECT_H
#define QUOTH_TEST_COLLECT_H

#include "import.h"

#define COLLECT_MAX	64

struct collect {
	struct import_sink	 sink;
	struct article		 v[COLLECT_MAX];
	size_t			 n;
	struct buf		 warnings;	/* one a line */
	struct error		 err;
};

void	 collect_init(struct collect *);
void	 collect_free(struct collect *);
int	 collect_teardown(void **);
int	 collect_parse(struct collect *, const char *, size_t, enum import_format);
int	 collect_str(struct collect *, const char *, enum import_format);
char	*collect_fixture(const char *, size_t *);
const char *collect_body(const struct collect *, size_t);

#endif
