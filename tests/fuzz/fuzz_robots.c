/* fuzz_robots.c - libFuzzer entry: any bytes as a robots.txt (robots.h),
 * then a few paths checked against it. Build and run with `make fuzz`. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "robots.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const paths[] = {
	    "/",	 "/a", "/news/2024/story.html", "/a?b=c*d$", "/%41%2f",
	    "/private/", "/$",
	};
	struct robots *r = robots_parse((const char *)data, size, "claimex");
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
		robots_allowed(r, paths[i]);
	/* The first line of the input as a path too. */
	char path[256];
	size_t n = 0;
	while (n < size && n + 1 < sizeof path && data[n] != '\n' &&
	       data[n] != '\0') {
		path[n] = (char)data[n];
		n++;
	}
	path[n] = '\0';
	robots_allowed(r, path);
	robots_crawl_delay_ms(r);
	robots_free(r);
	return 0;
}
