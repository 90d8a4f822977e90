/*
 * Replays fuzz inputs without libFuzzer: every file named on the command
 * line (or found in a folder named there) goes once through the target's
 * entry point.  make check runs the seed corpora and every input that
 * once crashed a target through it, under whatever sanitizers the build
 * has, so a fixed crash stays fixed.
 */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
replay_file(const char *path)
{
	FILE	*fp = fopen(path, "rb");
	char	*data;
	long	 n;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0) {
		fprintf(stderr, "replay: %s: cannot read\n", path);
		if (fp != NULL)
			fclose(fp);
		return 1;
	}
	rewind(fp);
	if ((data = malloc((size_t)n + 1)) == NULL ||
	    fread(data, 1, (size_t)n, fp) != (size_t)n) {
		fprintf(stderr, "replay: %s: cannot read\n", path);
		free(data);
		fclose(fp);
		return 1;
	}
	fclose(fp);
	LLVMFuzzerTestOneInput((const uint8_t *)data, (size_t)n);
	free(data);
	return 0;
}

static int
replay_path(const char *path, int *count)
{
	struct dirent	**names;
	struct stat	  sb;
	char		  child[4096];
	int		  n, i, rc = 0;

	if (stat(path, &sb) == -1)
		return 0;		/* an absent folder has nothing to replay */
	if (!S_ISDIR(sb.st_mode)) {
		(*count)++;
		return replay_file(path);
	}
	if ((n = scandir(path, &names, NULL, alphasort)) == -1)
		return 1;
	for (i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			snprintf(child, sizeof child, "%s/%s", path, names[i]->d_name);
			rc |= replay_path(child, count);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int
main(int argc, char **argv)
{
	int	i, rc = 0, count = 0;

	for (i = 1; i < argc; i++)
		rc |= replay_path(argv[i], &count);
	printf("%d inputs replayed\n", count);
	return rc;
}
