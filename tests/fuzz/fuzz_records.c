/* fuzz_records.c - libFuzzer entry: the reduce step. Any bytes as a
 * records file (records_read_buffer), then stories, copies and conflicts
 * (conflicts.h), the story and conflict records, claims.csv and
 * report.html (written to /dev/null). */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "conflicts.h"
#include "emit_csv.h"
#include "emit_html.h"
#include "emit_jsonl.h"
#include "err.h"
#include "records.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	struct record_set set;
	records_init(&set);
	struct err e;
	err_clear(&e);
	records_read_buffer(&set, (const char *)data, size, "fuzz.jsonl",
			    1 << 20, NULL, &e);
	struct conflict_list cl;
	conflicts_compute(&set, &cl);
	FILE *out = fopen("/dev/null", "w");
	if (out) {
		for (size_t i = 0; i < cl.stories.n; i++)
			emit_jsonl_story(out, &set, &cl.stories, i);
		for (size_t i = 0; i < cl.n; i++)
			emit_jsonl_conflict(out, &set, &cl, &cl.items[i]);
		emit_csv_figures(out, &set, &cl, true);
		emit_html_report(out, &set, &cl);
		fclose(out);
	}
	conflicts_free(&cl);
	records_release(&set);
	return 0;
}
