/* fuzz_rules.c - libFuzzer entry: a patterns folder (rules.h). The input
 * is a rule file, optionally followed by a line "%%" and a lexicon named
 * `words`; both are written to a private temporary folder, loaded, and
 * when they compile every rule is run over the input itself. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"

static int write_file(const char *dir, const char *name, const uint8_t *d,
		      size_t n)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	size_t w = fwrite(d, 1, n, f);
	return (fclose(f) != 0 || w != n) ? -1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char dir[64];
	if (!dir[0]) {
		snprintf(dir, sizeof dir, "/tmp/claimex-fuzz-rules.XXXXXX");
		if (!mkdtemp(dir))
			abort();
	}
	const uint8_t *sep = NULL;
	for (size_t i = 0; i + 4 <= size; i++)
		if (!memcmp(data + i, "\n%%\n", 4)) {
			sep = data + i;
			break;
		}
	size_t nrules = sep ? (size_t)(sep - data) : size;
	if (write_file(dir, "fuzz.rules", data, nrules) != 0)
		abort();
	if (write_file(dir, "words.lex", sep ? sep + 4 : data,
		       sep ? size - nrules - 4 : 0) != 0)
		abort();
	struct rules_diags diags;
	struct rules *r = rules_load(dir, &diags);
	rules_diags_release(&diags);
	if (!r)
		return 0;
	struct matcher *m = rules_matcher_new(r);
	for (size_t i = 0; i < rules_count(r); i++) {
		size_t s, e;
		rules_exec(m, rules_at(r, i), (const char *)data, size, 0, &s,
			   &e);
		rules_cond(m, rules_at(r, i), (const char *)data, size, 0);
	}
	rules_matcher_free(m);
	rules_free(r);
	return 0;
}
