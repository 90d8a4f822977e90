/* libFuzzer target: the html importer. */
#include "config.h"

#include "import_target.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(data, size, IMPORT_HTML);
}
