/* fuzz_lexicon.c - libFuzzer entry: any bytes as a lexicon file
 * (lexicon.h), then lookups of its own words in it. */
#include <stddef.h>
#include <stdint.h>

#include <string.h>

#include "lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lexicon_error errs[8];
	size_t nerrs = 0;
	struct lexicon *lx =
	    lexicon_load("fuzz", (const char *)data, size, errs, 8, &nerrs);
	if (!lx)
		return 0;
	const char *value;
	for (size_t i = 0; i < size && i < 64; i++) {
		lexicon_longest_at(lx, (const char *)data, size, i, LEX_ICASE,
				   &value);
		lexicon_longest_at(lx, (const char *)data, size, i, LEX_EXACT,
				   &value);
	}
	for (size_t i = 0; i < lexicon_size(lx) && i < 16; i++) {
		const char *w = lexicon_entry(lx, i, &value);
		lexicon_find(lx, w, strlen(w), LEX_EXACT, &value);
	}
	lexicon_free(lx);
	return 0;
}
