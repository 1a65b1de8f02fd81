/* fuzz_warc.c - libFuzzer entry: any bytes as a WARC or WARC.gz archive
 * through warc_next until the end (bad records, truncated gzip members,
 * lying Content-Lengths). Build and run with `make fuzz` (clang);
 * crashes, leaks, hangs and sanitizer reports are findings. */
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#include "err.h"
#include "warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *f = tmpfile();
	if (!f)
		return 0;
	if (fwrite(data, 1, size, f) != size || fflush(f) != 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return 0;
	}
	struct err e;
	err_clear(&e);
	/* A small cap, so that big Content-Lengths take the skip path. */
	struct warc_reader *r = warc_open_fd(dup(fileno(f)), "fuzz", 4096, &e);
	fclose(f);
	if (!r)
		return 0;
	struct warc_record rec;
	int k;
	/* Every call reads at least one line or ends the stream, so this
	 * ends; the bound only guards against a reader bug spinning. */
	for (size_t i = 0; i < 100000 && (k = warc_next(r, &rec, &e)) != 0; i++)
		if (k > 0)
			warc_record_release(&rec);
	warc_close(r);
	return 0;
}
