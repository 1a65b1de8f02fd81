/* test_store.c - the SQLite store: articles, records, feeds, order, lock */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "harness.h"
#include "store.h"
#include "util.h"

struct put_case {
	const char *url, *published, *jsonl;
};

static const struct put_case puts_[] = {
    {"http://n.example/c", "2024-01-03",
     "{\"type\":\"article\",\"id\":\"c\"}\n{\"type\":\"figure\",\"v\":1}\n"},
    {"http://n.example/a", "2024-01-01T10:00:00Z",
     "{\"type\":\"article\",\"id\":\"a\"}\n"},
    {"http://n.example/undated", NULL, "{\"type\":\"article\",\"id\":\"u\"}\n"},
    {"http://n.example/b", "2023-12-31", "{\"type\":\"article\",\"id\":\"b\"}"},
};

struct collected {
	char urls[8][64];
	size_t n;
	char all[4096];
};

static int collect(const struct store_row *row, void *ctx)
{
	struct collected *c = ctx;
	if (c->n < 8)
		snprintf(c->urls[c->n++], 64, "%s", row->url);
	strncat(c->all, row->jsonl, sizeof c->all - strlen(c->all) - 1);
	return 0;
}

static char dir[64];

static void path_in(char *out, size_t n, const char *name)
{
	snprintf(out, n, "%s/%s", dir, name);
}

static void test_roundtrip(void)
{
	char db[128];
	path_in(db, sizeof db, "s.db");
	struct store *st;
	struct err e;
	err_clear(&e);
	CHECK_INT(store_open(db, false, &st, &e), 0);
	CHECK_INT(store_count(st), 0);
	for (size_t i = 0; i < sizeof puts_ / sizeof puts_[0]; i++) {
		struct store_article a = {
		    .url = puts_[i].url,
		    .etag = "\"e1\"",
		    .last_modified = "Tue, 14 Nov 2023 22:13:20 GMT",
		    .content_hash = "0123456789abcdef",
		    .feed_url = "http://n.example/feed",
		    .feed_date = "2024-01-01",
		    .published = puts_[i].published,
		    .jsonl = puts_[i].jsonl,
		    .jsonl_len = strlen(puts_[i].jsonl),
		};
		CHECK_INT(store_article_put(st, &a, &e), 0);
	}
	CHECK_INT(store_count(st), 4);

	struct store_seen s;
	CHECK_INT(store_article_get(st, "http://n.example/a", &s, &e), 0);
	CHECK(s.found);
	CHECK_STR(s.etag, "\"e1\"");
	CHECK_STR(s.content_hash, "0123456789abcdef");
	CHECK_STR(s.feed_date, "2024-01-01");
	CHECK_INT(store_article_get(st, "http://n.example/none", &s, &e), 0);
	CHECK(!s.found);
	CHECK_STR(s.etag, "");

	/* Touch keeps the old ETag when none is given. */
	CHECK_INT(store_article_touch(st, "http://n.example/a", NULL,
				      "Wed, 15 Nov 2023 00:00:00 GMT", &e),
		  0);
	store_article_get(st, "http://n.example/a", &s, &e);
	CHECK_STR(s.etag, "\"e1\"");
	CHECK_STR(s.last_modified, "Wed, 15 Nov 2023 00:00:00 GMT");

	/* Replacing an article replaces all its records. */
	struct store_article c2 = {.url = "http://n.example/c",
				   .published = "2024-01-03",
				   .jsonl =
				       "{\"type\":\"article\",\"id\":\"c2\"}\n",
				   .jsonl_len = 29};
	CHECK_INT(store_article_put(st, &c2, &e), 0);
	CHECK_INT(store_count(st), 4);

	struct collected col;
	memset(&col, 0, sizeof col);
	CHECK_INT(store_each(st, NULL, collect, &col, &e), 0);
	CHECK_INT(col.n, 4);
	CHECK_STR(col.urls[0], "http://n.example/b");
	CHECK_STR(col.urls[1], "http://n.example/a");
	CHECK_STR(col.urls[2], "http://n.example/c");
	CHECK_STR(col.urls[3], "http://n.example/undated");
	CHECK_STR(col.all, "{\"type\":\"article\",\"id\":\"b\"}\n"
			   "{\"type\":\"article\",\"id\":\"a\"}\n"
			   "{\"type\":\"article\",\"id\":\"c2\"}\n"
			   "{\"type\":\"article\",\"id\":\"u\"}\n");

	/* --since: the day itself counts, undated articles stay. */
	memset(&col, 0, sizeof col);
	CHECK_INT(store_each(st, "2024-01-01", collect, &col, &e), 0);
	CHECK_INT(col.n, 3);
	CHECK_STR(col.urls[0], "http://n.example/a");
	CHECK_STR(col.urls[2], "http://n.example/undated");
	memset(&col, 0, sizeof col);
	CHECK_INT(store_each(st, "2030-01-01", collect, &col, &e), 0);
	CHECK_INT(col.n, 1);

	/* Feeds, with bytes that are not text. */
	struct store_feed f;
	CHECK_INT(store_feed_get(st, "http://n.example/feed", &f, &e), 0);
	CHECK(!f.found);
	store_feed_release(&f);
	CHECK_INT(store_feed_put(st, "http://n.example/feed", "\"f\"", NULL,
				 "<rss>\0x</rss>", 13, &e),
		  0);
	CHECK_INT(store_feed_get(st, "http://n.example/feed", &f, &e), 0);
	CHECK(f.found);
	CHECK_STR(f.etag, "\"f\"");
	CHECK_STR(f.last_modified, "");
	CHECK_INT(f.len, 13);
	CHECK(f.body && !memcmp(f.body, "<rss>\0x</rss>", 13));
	store_feed_release(&f);

	/* A second opener is refused with the holder's pid. */
	struct store *st2 = NULL;
	err_clear(&e);
	CHECK_INT(store_open(db, false, &st2, &e), -1);
	CHECK_INT(e.code, ERR_LOCKED);
	char want[64];
	snprintf(want, sizeof want, "(pid %ld)", (long)getpid());
	CHECK(strstr(e.msg, want) != NULL);
	CHECK(strstr(e.msg, "use --wait") != NULL);
	CHECK(st2 == NULL);
	store_close(st);

	/* Reopened: the data is there and the lock is free again. */
	err_clear(&e);
	CHECK_INT(store_open(db, false, &st, &e), 0);
	CHECK_INT(store_count(st), 4);
	store_close(st);
	store_close(NULL);
}

static void test_bad_files(void)
{
	char p[128];
	struct store *st;
	struct err e;
	path_in(p, sizeof p, "junk.db");
	FILE *f = fopen(p, "w");
	fputs("this is not an SQLite database, just some text", f);
	for (int i = 0; i < 200; i++)
		fputs(" padding padding padding", f);
	fclose(f);
	err_clear(&e);
	CHECK_INT(store_open(p, false, &st, &e), -1);
	CHECK_INT(e.code, ERR_DB);
	CHECK(strstr(e.msg, "not a database") != NULL);

	/* A store from a newer claimex is refused, not rewritten. */
	path_in(p, sizeof p, "new.db");
	sqlite3 *db;
	sqlite3_open(p, &db);
	sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
	sqlite3_close(db);
	err_clear(&e);
	CHECK_INT(store_open(p, false, &st, &e), -1);
	CHECK(strstr(e.msg, "schema version 99") != NULL);

	path_in(p, sizeof p, "no/such/dir/x.db");
	err_clear(&e);
	CHECK_INT(store_open(p, false, &st, &e), -1);
	CHECK_INT(e.code, ERR_IO);
}

int main(void)
{
	snprintf(dir, sizeof dir, "/tmp/claimex-store-XXXXXX");
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 1;
	}
	test_roundtrip();
	test_bad_files();
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	return harness_done("store");
}
