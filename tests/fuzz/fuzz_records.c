/* fuzz_records.c - libFuzzer entry: the reduce step. Any bytes as a
 * records file (records.h), then conflicts (conflicts.h), claims.csv and
 * report.html (written to /dev/null). */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "conflicts.h"
#include "emit_csv.h"
#include "emit_html.h"
#include "err.h"
#include "records.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	FILE *in = fmemopen((void *)data, size, "r");
	if (!in)
		return 0;
	struct record_set set;
	records_init(&set);
	struct err e;
	err_clear(&e);
	records_read(&set, in, "fuzz.jsonl", 1 << 20, &e);
	fclose(in);
	struct conflict_list cl;
	conflicts_compute(&set, &cl);
	FILE *out = fopen("/dev/null", "w");
	if (out) {
		emit_csv_figures(out, &set);
		emit_html_report(out, &set, &cl);
		fclose(out);
	}
	conflicts_free(&cl);
	records_release(&set);
	return 0;
}
