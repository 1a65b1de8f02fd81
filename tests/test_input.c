/* test_input.c - folder walks, article names, capped reads, gzip */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "buf.h"
#include "err.h"
#include "harness.h"
#include "input.h"

static char root[256];

static void put(const char *rel, const char *data, size_t n)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", root, rel);
	FILE *f = fopen(path, "wb");
	if (!f) {
		perror(path);
		exit(2);
	}
	fwrite(data, 1, n, f);
	fclose(f);
}

static void mk(const char *rel)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", root, rel);
	mkdir(path, 0755);
}

static void test_names(void)
{
	static const struct {
		const char *name;
		bool want;
	} rows[] = {
	    {"a.txt", true},	  {"A.HTML", true},    {"b.htm", true},
	    {"c.html.gz", true},  {"d.md", true},      {"e.xhtml", true},
	    {"notes.pdf", false}, {"img.png", false},  {"x.gz", false},
	    {".txt", false},	  {"Makefile", false}, {"a.txt~", false},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		CHECK_INT(input_is_article_name(rows[i].name), rows[i].want);
}

static void test_walk(void)
{
	mk("b");
	mk("b/deep");
	mk(".hidden");
	put("z.txt", "z", 1);
	put("a.html", "a", 1);
	put("b/deep/c.txt", "c", 1);
	put("b/image.png", "png", 3);
	put(".hidden/x.txt", "x", 1);
	put(".dot.txt", "x", 1);
	char link[512], target[512];
	snprintf(link, sizeof link, "%s/b/loop", root);
	snprintf(target, sizeof target, "%s", root);
	CHECK_INT(symlink(target, link), 0);

	char missing[512];
	snprintf(missing, sizeof missing, "%s/nope.txt", root);
	char *args[] = {root, "-", "https://example.org/a", missing};
	struct source_list l;
	input_expand(args, 4, &l);
	CHECK_INT(l.n, 6);
	if (l.n == 6) {
		char want[512];
		snprintf(want, sizeof want, "%s/a.html", root);
		CHECK_STR(l.items[0].name, want);
		snprintf(want, sizeof want, "%s/b/deep/c.txt", root);
		CHECK_STR(l.items[1].name, want);
		snprintf(want, sizeof want, "%s/z.txt", root);
		CHECK_STR(l.items[2].name, want);
		CHECK_INT(l.items[3].kind, SOURCE_STDIN);
		CHECK_INT(l.items[4].kind, SOURCE_URL);
		CHECK_STR(l.items[5].name, missing);
		CHECK(l.items[5].error != NULL);
		CHECK(l.items[5].named);
	}
	input_list_free(&l);
}

static void test_read(void)
{
	put("small.txt", "hello", 5);
	put("empty.txt", "", 0);
	char big[3000];
	memset(big, 'x', sizeof big);
	put("big.txt", big, sizeof big);

	/* gzip of the same 3000 bytes: fine uncapped, too big capped. */
	char gzpath[512];
	snprintf(gzpath, sizeof gzpath, "%s/big.txt.gz", root);
	gzFile gz = gzopen(gzpath, "wb");
	gzwrite(gz, big, sizeof big);
	gzclose(gz);
	put("bad.txt.gz", "\x1f\x8b\x08\x00garbage", 12);
	/* A FIFO with no writer: refused at once, not waited on. */
	char fifo[512];
	snprintf(fifo, sizeof fifo, "%s/fifo.html", root);
	if (mkfifo(fifo, 0644) != 0)
		perror(fifo);

	static const struct {
		const char *rel;
		size_t cap;
		int rc;
		enum err_code code;
		size_t len;
		const char *msg; /* the error message, when not NULL */
	} rows[] = {
	    {"small.txt", 100, 0, ERR_NONE, 5, NULL},
	    {"small.txt", 5, 0, ERR_NONE, 5, NULL},
	    {"small.txt", 4, -1, ERR_TOO_BIG, 0, NULL},
	    {"empty.txt", 100, -1, ERR_EMPTY, 0, NULL},
	    {"big.txt", 0, 0, ERR_NONE, 3000, NULL},
	    {"big.txt.gz", 0, 0, ERR_NONE, 3000, NULL},
	    {"big.txt.gz", 1000, -1, ERR_TOO_BIG, 0, NULL},
	    {"bad.txt.gz", 0, -1, ERR_PARSE, 0, NULL},
	    {"nope.txt", 0, -1, ERR_IO, 0, NULL},
	    {"b", 0, -1, ERR_IO, 0, "is a folder"},
	    {"fifo.html", 0, -1, ERR_IO, 0,
	     "is a FIFO (named pipe), not a regular file"},
	    {"/dev/null", 0, -1, ERR_IO, 0,
	     "is a character device, not a regular file"},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char path[512];
		if (rows[i].rel[0] == '/')
			snprintf(path, sizeof path, "%s", rows[i].rel);
		else
			snprintf(path, sizeof path, "%s/%s", root, rows[i].rel);
		struct source s = {SOURCE_FILE, path, NULL, true};
		struct buf b;
		struct err e;
		err_clear(&e);
		buf_init(&b, rows[i].cap);
		int rc = input_read(&s, rows[i].cap, &b, &e);
		CHECK_INT(rc, rows[i].rc);
		if (rc == 0)
			CHECK_INT(b.len, rows[i].len);
		else {
			CHECK_INT(e.code, rows[i].code);
			CHECK_STR(e.where, path);
			if (rows[i].msg)
				CHECK_STR(e.msg, rows[i].msg);
		}
		buf_release(&b);
	}
}

int main(void)
{
	snprintf(root, sizeof root, "/tmp/claimex-test-input-%ld",
		 (long)getpid());
	mkdir(root, 0755);
	test_names();
	test_walk();
	test_read();
	char cmd[512];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", root);
	return harness_done("input");
}
