/* Finding the sample articles. */
#include "config.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "samples.h"
#include "xmalloc.h"

static bool
samples_is_dir(const char *path)
{
	struct stat	sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Is this program the one in the build tree, not an installed copy? */
static bool
samples_uninstalled(void)
{
	char	self[PATH_MAX];
	ssize_t	n;
	size_t	len = strlen(QUOTH_BUILDDIR);

	if ((n = readlink("/proc/self/exe", self, sizeof self - 1)) <= 0)
		return false;
	self[n] = '\0';
	return strncmp(self, QUOTH_BUILDDIR, len) == 0 && self[len] == '/';
}

/*
 * The samples directory (the caller frees it), or NULL if there is
 * none: the source tree's when running uninstalled, else the installed
 * one, else the source tree's if it is still there.
 */
char *
samples_dir(void)
{
	static const char	src[] = QUOTH_SRCDIR "/data/samples";
	static const char	installed[] = QUOTH_PKGDATADIR "/samples";

	if (samples_uninstalled() && samples_is_dir(src))
		return xstrdup(src);
	if (samples_is_dir(installed))
		return xstrdup(installed);
	if (samples_is_dir(src))
		return xstrdup(src);
	return NULL;
}
