/* test_charset.c - charset detection and decoding to UTF-8 */
#include <stdbool.h>
#include <string.h>

#include "arena.h"
#include "charset.h"
#include "err.h"
#include "harness.h"

struct decode_case {
	const char *name;
	const char *in;
	size_t len; /* 0: strlen(in) */
	const char *declared;
	bool html;
	int rc;
	const char *want;    /* UTF-8 result when rc == 0 */
	const char *charset; /* charset used */
	enum err_code code;  /* when rc == -1 */
};

static const struct decode_case cases[] = {
    {"plain ascii", "Hello, world", 0, NULL, false, 0, "Hello, world", "UTF-8",
     ERR_NONE},
    {"utf-8 curly quotes", "\xe2\x80\x9cHi\xe2\x80\x9d", 0, NULL, false, 0,
     "\xe2\x80\x9cHi\xe2\x80\x9d", "UTF-8", ERR_NONE},
    {"utf-8 BOM dropped", "\xef\xbb\xbf$5", 0, NULL, false, 0, "$5", "UTF-8",
     ERR_NONE},
    {"undeclared cp1252", "\x93Hi\x94 \x80 5", 0, NULL, false, 0,
     "\xe2\x80\x9cHi\xe2\x80\x9d \xe2\x82\xac 5", "windows-1252", ERR_NONE},
    {"latin-1 declared is cp1252", "caf\xe9 \x92", 0, "iso-8859-1", false, 0,
     "caf\xc3\xa9 \xe2\x80\x99", "windows-1252", ERR_NONE},
    {"meta charset in html", "<meta charset=\"windows-1252\"><p>\x80 5", 0,
     NULL, true, 0, "<meta charset=\"windows-1252\"><p>\xe2\x82\xac 5",
     "windows-1252", ERR_NONE},
    {"http-equiv charset",
     "<meta http-equiv=\"Content-Type\" content=\"text/html; "
     "charset=ISO-8859-1\"><p>\xa3"
     "3",
     0, NULL, true, 0,
     "<meta http-equiv=\"Content-Type\" content=\"text/html; "
     "charset=ISO-8859-1\"><p>\xc2\xa3"
     "3",
     "windows-1252", ERR_NONE},
    {"header beats meta", "<meta charset=\"windows-1252\"><p>\xc2\xa3", 0,
     "utf-8", true, 0, "<meta charset=\"windows-1252\"><p>\xc2\xa3", "UTF-8",
     ERR_NONE},
    {"declared utf-8, stray byte as cp1252",
     "a\x96"
     "b \xc2\xa3",
     0, "utf-8", false, 0,
     "a\xe2\x80\x93"
     "b \xc2\xa3",
     "UTF-8", ERR_NONE},
    {"iconv: koi8-r", "\xf0\xd2\xc9", 0, "koi8-r", false, 0,
     "\xd0\x9f\xd1\x80\xd0\xb8", "koi8-r", ERR_NONE},
    {"utf-16le BOM",
     "\xff\xfe$\x00"
     "5\x00",
     6, NULL, false, 0, "$5", "utf-16le", ERR_NONE},
    {"unknown charset name reads as utf-8", "ok \xc3\xa9", 0, "x-nonsense",
     false, 0, "ok \xc3\xa9", "UTF-8", ERR_NONE},
    {"controls dropped",
     "a\x01"
     "b\x7f"
     "c\td, and then a long run of text",
     0, NULL, false, 0, "abc\td, and then a long run of text", "UTF-8",
     ERR_NONE},
    {"DEL inside a clean 8-byte word", "abcdefg\x7fhijklmnopqrstuvwxyz", 0,
     NULL, false, 0, "abcdefghijklmnopqrstuvwxyz", "UTF-8", ERR_NONE},
    {"long mixed text keeps every valid byte",
     "0123456789 \xe2\x82\xac \xc3\xa9t\xc3\xa9 abcdefghijklmnop\n", 0, NULL,
     false, 0, "0123456789 \xe2\x82\xac \xc3\xa9t\xc3\xa9 abcdefghijklmnop\n",
     "UTF-8", ERR_NONE},
    {"binary",
     "\x7f"
     "ELF\x02\x01\x01\x00\x00\x00\x00",
     11, NULL, false, -1, NULL, NULL, ERR_BINARY},
    {"undefined cp1252 bytes", "abc \x81\x8d\x90 def", 0, NULL, false, -1, NULL,
     NULL, ERR_ENCODING},
};

static void test_decode(void)
{
	struct arena *a = arena_new();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct decode_case *c = &cases[i];
		struct charset_result r;
		struct err e;
		err_clear(&e);
		size_t len = c->len ? c->len : strlen(c->in);
		int rc = charset_to_utf8(c->in, len, c->declared, c->html,
					 c->name, a, &r, &e);
		CHECK_INT(rc, c->rc);
		if (rc != c->rc)
			fprintf(stderr, "  case: %s\n", c->name);
		if (rc == 0) {
			CHECK_STR(r.text, c->want);
			CHECK_STR(r.charset, c->charset);
			CHECK(charset_valid_utf8(r.text, r.len));
		} else {
			CHECK_INT(e.code, c->code);
			CHECK_STR(e.where, c->name);
		}
	}
	arena_free(a);
}

static void test_content_type(void)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
	    {"text/html; charset=UTF-8", "utf-8"},
	    {"text/html;charset=\"ISO-8859-1\"", "iso-8859-1"},
	    {"text/html; Charset = windows-1252 ; foo=bar", "windows-1252"},
	    {"text/html", NULL},
	    {"text/html; charset=", NULL},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char out[64];
		bool ok =
		    charset_from_content_type(rows[i].in, out, sizeof out);
		CHECK_STR(ok ? out : NULL, rows[i].want);
	}
}

static void test_valid_utf8(void)
{
	CHECK(charset_valid_utf8("abc", 3));
	CHECK(charset_valid_utf8("\xe2\x82\xac", 3));
	CHECK(!charset_valid_utf8("\xc0\xaf", 2));	   /* overlong */
	CHECK(!charset_valid_utf8("\xed\xa0\x80", 3));	   /* surrogate */
	CHECK(!charset_valid_utf8("\xe2\x82", 2));	   /* truncated */
	CHECK(!charset_valid_utf8("\xf4\x90\x80\x80", 4)); /* > U+10FFFF */
}

int main(void)
{
	test_decode();
	test_content_type();
	test_valid_utf8();
	return harness_done("charset");
}
