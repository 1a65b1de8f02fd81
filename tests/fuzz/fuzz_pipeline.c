/* fuzz_pipeline.c - libFuzzer entry: the whole extraction pipeline
 * (pipeline.h) with the project's patterns: any bytes as a page or a
 * text (the first byte picks the content type), through the reader,
 * segmentation, figures, keys, actors, quotes and the JSON Lines
 * emitter. Run from the top of the checkout, or set CLAIMEX_PATTERNS. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "err.h"
#include "pipeline.h"
#include "rules.h"

static struct pipeline *fuzz_pipeline_get(void)
{
	static struct pipeline *p;
	if (!p) {
		const char *dir = getenv("CLAIMEX_PATTERNS");
		struct rules_diags d;
		p = pipeline_new(dir ? dir : "patterns", &d);
		rules_diags_release(&d);
		if (!p) {
			fprintf(stderr, "fuzz: cannot load the patterns\n");
			abort();
		}
	}
	return p;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const types[] = {"text/html; charset=utf-8",
					    "text/plain", NULL,
					    "application/xhtml+xml"};
	struct pipeline *p = fuzz_pipeline_get();
	const char *type = types[size ? data[0] & 3 : 0];
	struct arena *a = arena_new();
	struct err e;
	err_clear(&e);
	struct pipeline_result r;
	pipeline_from_bytes(p, "fuzz", (const char *)data, size, type,
			    "https://x.example/2024/05/story.html",
			    size > 1 && (data[1] & 1) ? "2024-05-01T10:00:00Z"
						      : NULL,
			    a, &r, &e);
	arena_free(a);
	return 0;
}
