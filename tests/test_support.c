/* test_support.c - arena, buf, util: the support code everything uses */
#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "harness.h"
#include "util.h"

static void test_arena(void)
{
	struct arena *a = arena_new();
	char *s = arena_strdup(a, "hello");
	CHECK_STR(s, "hello");
	CHECK_STR(arena_strndup(a, "abcdef", 3), "abc");
	CHECK_STR(arena_printf(a, "%d-%s", 42, "x"), "42-x");
	CHECK(arena_strdup(a, NULL) == NULL);
	/* Larger than the first block: a new block, still usable. */
	char *big = arena_alloc(a, 1u << 20);
	memset(big, 'x', 1u << 20);
	CHECK(((unsigned long)big % 16) == 0);
	unsigned char *z = arena_alloc(a, 64);
	int zero = 1;
	for (int i = 0; i < 64; i++)
		zero &= z[i] == 0;
	CHECK(zero);
	CHECK(arena_used(a) >= (1u << 20));
	arena_reset(a);
	CHECK_INT(arena_used(a), 0);
	CHECK_STR(arena_strdup(a, "again"), "again");
	arena_free(a);
	arena_free(NULL);
}

static void test_buf(void)
{
	struct buf b;
	buf_init(&b, 10);
	CHECK(buf_puts(&b, "12345"));
	CHECK(buf_append(&b, "67890", 5));
	CHECK(!buf_append(&b, "x", 1)); /* over the cap: refused whole */
	CHECK_INT(b.len, 10);
	CHECK_STR(b.data, "1234567890");
	buf_clear(&b);
	CHECK_INT(b.len, 0);
	CHECK_STR(b.data, "");
	buf_release(&b);
	buf_init(&b, 0);
	int ok = 1;
	for (int i = 0; i < 10000; i++)
		ok &= buf_append(&b, "ab", 2);
	CHECK(ok);
	CHECK_INT(b.len, 20000);
	buf_release(&b);
}

static void test_count_below(void)
{
	struct span {
		int tag;
		size_t start;
	} v[] = {{1, 10}, {2, 20}, {3, 20}, {4, 35}};
	static const struct {
		size_t key;
		bool inclusive;
		size_t want;
	} rows[] = {
	    {0, false, 0},  {10, false, 0}, {10, true, 1}, {15, false, 1},
	    {20, false, 1}, {20, true, 3},  {35, true, 4}, {99, false, 4},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		CHECK_INT(util_count_below(v, 4, sizeof v[0],
					   offsetof(struct span, start),
					   rows[i].key, rows[i].inclusive),
			  rows[i].want);
	CHECK_INT(util_count_below(NULL, 0, sizeof v[0], 0, 5, true), 0);
}

static void test_util(void)
{
	CHECK(ascii_ieq("HeLLo", 5, "hello"));
	CHECK(!ascii_ieq("hell", 4, "hello"));
	CHECK(ascii_iendswith("page.HTML", ".html"));
	CHECK(!ascii_iendswith("ml", ".html"));
	/* FNV-1a test vectors. */
	CHECK(hash64("", 0) == 0xcbf29ce484222325ULL);
	CHECK(hash64("a", 1) == 0xaf63dc4c8601ec8cULL);
}

int main(void)
{
	test_arena();
	test_buf();
	test_util();
	test_count_below();
	return harness_done("support");
}
