/* fuzz_reader.c - libFuzzer entry: any bytes through the reader's stages
 * (charset decoding, HTML or plain-text extraction, date parsing). Build
 * and run with `make fuzz` (clang); crashes, leaks, hangs and sanitizer
 * reports are findings. */
#include <stdint.h>
#include <stddef.h>

#include "arena.h"
#include "charset.h"
#include "dates.h"
#include "err.h"
#include "htmltext.h"
#include "plain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena *a = arena_new();
	struct err e;
	err_clear(&e);
	struct charset_result dec;
	/* The first byte picks HTML or text, so both paths are explored. */
	int html = size > 0 && (data[0] & 1);
	if (charset_to_utf8((const char *)data, size, NULL, html, "fuzz", a,
			    &dec, &e) == 0) {
		if (html) {
			struct htmltext_result r;
			htmltext_extract(dec.text, dec.len,
					 "https://x.example/a", a, &r, &e);
		} else {
			struct plain_result r;
			plain_extract(dec.text, dec.len, a, &r);
		}
		char iso[DATES_ISO_MAX];
		dates_parse(dec.text, dec.len, iso);
		dates_find_dateline(dec.text, dec.len, iso);
	}
	arena_free(a);
	return 0;
}
