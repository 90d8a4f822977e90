/* libFuzzer target: date parsing. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	out[DATE_ISO_MAX], *s;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (date_parse(s, out) == 0 && strlen(out) >= DATE_ISO_MAX)
		abort();
	free(s);
	return 0;
}
