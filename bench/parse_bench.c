/* parse_bench.c - the baseline for `make bench`: read every file named on
 * the command line and parse it with libxml2's HTML parser, nothing more.
 * claimex's extractor is measured against this bare parse. */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>

static char *slurp(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	*len = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)*len + 1);
	if (buf && fread(buf, 1, (size_t)*len, f) != (size_t)*len) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

int main(int argc, char **argv)
{
	long total = 0;
	int pages = 0;
	for (int i = 1; i < argc; i++) {
		long len = 0;
		char *buf = slurp(argv[i], &len);
		if (!buf)
			continue;
		htmlDocPtr doc =
		    htmlReadMemory(buf, (int)len, NULL, "UTF-8",
				   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
				       HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
		if (doc)
			pages++;
		xmlFreeDoc(doc);
		free(buf);
		total += len;
	}
	xmlCleanupParser();
	printf("%d pages, %ld bytes\n", pages, total);
	return 0;
}
