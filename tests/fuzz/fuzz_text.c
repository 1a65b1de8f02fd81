/* fuzz_text.c - libFuzzer entry: the extraction stages on text (figures,
 * keys, actors, quotes): any bytes as a UTF-8 plain-text article through
 * the pipeline with the project's patterns. Run from the top of the
 * checkout, or set CLAIMEX_PATTERNS. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "arena.h"
#include "err.h"
#include "pipeline.h"
#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
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
	struct arena *a = arena_new();
	struct err e;
	err_clear(&e);
	struct pipeline_result r;
	pipeline_from_bytes(p, "fuzz.txt", (const char *)data, size,
			    "text/plain; charset=utf-8", NULL, NULL, a, &r, &e);
	arena_free(a);
	return 0;
}
