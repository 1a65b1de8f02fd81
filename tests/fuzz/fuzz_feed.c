/* fuzz_feed.c - libFuzzer entry: any bytes as a feed or sitemap (RSS, Atom,
 * JSON Feed, sitemaps; feed.h). Build and run with `make fuzz` (clang). */
#include <stddef.h>
#include <stdint.h>

#include "err.h"
#include "feed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct err e;
	err_clear(&e);
	feed_sniff((const char *)data, size);
	struct feed f;
	/* *out is valid (maybe empty) whatever the result. */
	feed_parse((const char *)data, size, "https://x.example/feed/rss", &f,
		   &e);
	feed_free(&f);
	return 0;
}
