#include "config.h"
#include "import.h"
int
import_feed(const char *s, size_t n, const char *file,
    const struct import_sink *sink, struct error *err)
{
	return error_set(err, "feeds: not yet");
}
