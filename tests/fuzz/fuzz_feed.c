/* fuzz_feed.c - libFuzzer entry: any bytes through the feed and sitemap
 * reader (sniffing, RSS, RDF, Atom, JSON Feed, sitemaps, sitemap
 * indexes). Build and run with `make fuzz-feed` (clang). */
#include <stdint.h>
#include <stddef.h>

#include "err.h"
#include "feed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct err e;
	err_clear(&e);
	struct feed f;
	(void)feed_sniff((const char *)data, size);
	if (feed_parse((const char *)data, size, "https://x.example/feed", &f,
		       &e) >= 0)
		feed_free(&f);
	return 0;
}
