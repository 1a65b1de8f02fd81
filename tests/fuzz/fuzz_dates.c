/* fuzz_dates.c - libFuzzer entry: any bytes as a date string and as an
 * article text searched for a dateline (dates.h). */
#include <stddef.h>
#include <stdint.h>

#include "dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char iso[DATES_ISO_MAX];
	dates_parse((const char *)data, size, iso);
	dates_find_dateline((const char *)data, size, iso);
	return 0;
}
