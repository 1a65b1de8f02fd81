/* test_emit.c - escaping for CSV, HTML and JSON numbers */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "emit_csv.h"
#include "emit_html.h"
#include "emit_jsonl.h"
#include "harness.h"

static void test_csv(void)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
	    {"plain", "plain"},
	    {"a,b", "\"a,b\""},
	    {"say \"hi\"", "\"say \"\"hi\"\"\""},
	    {"line\nbreak", "\"line\nbreak\""},
	    {"=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""},
	    {"+cmd", "\"'+cmd\""},
	    {"@SUM(A1)", "\"'@SUM(A1)\""},
	    {"-2+3", "\"'-2+3\""},
	    {"\tx", "\"'\tx\""},
	    {"-5", "-5"},
	    {"+1.5", "+1.5"},
	    {"-", "\"'-\""},
	    {"", ""},
	    {NULL, ""},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct buf b;
		buf_init(&b, 0);
		emit_csv_field(&b, rows[i].in);
		CHECK_STR(b.data ? b.data : "", rows[i].want);
		buf_release(&b);
	}
}

static void test_html(void)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
	    {"plain", "plain"},
	    {"<script>alert(1)</script>",
	     "&lt;script&gt;alert(1)&lt;/script&gt;"},
	    {"a & b", "a &amp; b"},
	    {"\" onmouseover='x'", "&quot; onmouseover=&#39;x&#39;"},
	    {"\xe2\x80\x9cquoted\xe2\x80\x9d",
	     "\xe2\x80\x9cquoted\xe2\x80\x9d"},
	    {"", ""},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct buf b;
		buf_init(&b, 0);
		emit_html_escape(&b, rows[i].in);
		CHECK_STR(b.data ? b.data : "", rows[i].want);
		buf_release(&b);
	}
}

static void test_numbers(void)
{
	static const struct {
		double in;
		const char *want;
	} rows[] = {
	    {5e9, "5000000000"}, {4.7e9, "4700000000"},
	    {8.3, "8.3"},	 {0.5, "0.5"},
	    {-3, "-3"},		 {1e300, "1e300"},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		json_t *j = emit_jsonl_number(rows[i].in);
		char *s = json_dumps(j, JSON_ENCODE_ANY | EMIT_JSONL_FLAGS);
		CHECK_STR(s, rows[i].want);
		free(s);
		json_decref(j);
	}
}

int main(void)
{
	test_csv();
	test_html();
	test_numbers();
	return harness_done("emit");
}
