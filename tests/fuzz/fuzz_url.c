/* fuzz_url.c - libFuzzer entry: URLs. The input is a base URL, a newline
 * and a link; the base goes through robots_url_path and fetch_host_key,
 * the link is resolved against it as a feed item and as an HTML link. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "err.h"
#include "feed.h"
#include "fetch.h"
#include "htmltext.h"
#include "robots.h"

/* Replaces bytes that would end an XML attribute or element. */
static void sanitize(char *s)
{
	for (; *s; s++)
		if (*s == '"' || *s == '<' || *s == '&' || *s == '\0')
			*s = '_';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	char *nl = memchr(s, '\n', size);
	char *link = nl ? nl + 1 : s;
	if (nl)
		*nl = '\0';
	char out[2048];
	robots_url_path(s, out, sizeof out);
	fetch_host_key(s, out, sizeof out);
	robots_url_path(link, out, sizeof out);

	sanitize(link);
	size_t cap = strlen(link) * 2 + 512;
	char *doc = malloc(cap);
	int n = snprintf(doc, cap,
			 "<rss version=\"2.0\"><channel><item><link>%s</link>"
			 "</item><item><guid>%s</guid></item></channel></rss>",
			 link, link);
	struct err e;
	err_clear(&e);
	struct feed f;
	if (n > 0) {
		feed_parse(doc, (size_t)n, s, &f, &e);
		feed_free(&f);
	}
	n = snprintf(doc, cap,
		     "<html><head><link rel=\"canonical\" href=\"%s\"></head>"
		     "<body><article><p>Text of the story, long enough to be "
		     "kept as a paragraph of the body. <a href=\"%s\">x</a>"
		     "</p></article></body></html>",
		     link, link);
	struct arena *a = arena_new();
	struct htmltext_result r;
	err_clear(&e);
	if (n > 0)
		htmltext_extract(doc, (size_t)n, s, a, &r, &e);
	arena_free(a);
	free(doc);
	free(s);
	return 0;
}
