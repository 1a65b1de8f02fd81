/* store.h - the SQLite store of fetched articles and their records */
#ifndef CLAIMEX_STORE_H
#define CLAIMEX_STORE_H

#include <stdbool.h>
#include <stddef.h>

struct err;

/*
 * One SQLite file in WAL mode (schema version in PRAGMA user_version,
 * see STORE_SCHEMA_VERSION) with three tables:
 *   articles(id, url UNIQUE, final_url, etag, last_modified, fetched_at,
 *            content_hash, feed_url, feed_date, article_id, title,
 *            outlet, published, lang)
 *   records(article -> articles.id, seq, type, json): an article's
 *            records as their JSON Lines text, one row a line, in order,
 *            so the store needs no knowledge of record shapes
 *   feeds(url UNIQUE, etag, last_modified, fetched_at, body): the last
 *            feed document, re-read when the server answers 304
 * An article row and all its records are written in one transaction, so
 * a run killed at any point leaves whole articles only.
 *
 * Whole-run exclusion: store_open takes an flock(2) on PATH.lock (kept,
 * holding the owner's pid). SQLite's own locks last one transaction and
 * let readers in, which is right for `sqlite3 PATH` but cannot keep two
 * cron runs from fetching the same articles; flock is released by the
 * kernel when the process dies, even by kill -9, so no stale lock is
 * ever left behind.
 */
#define STORE_SCHEMA_VERSION 1

struct store;

/*
 * Opens (creating when missing) the store at path. When another process
 * holds the lock: with `wait`, blocks until it is released; else returns
 * -1 with ERR_LOCKED ("another claimex run holds the store (pid N); use
 * --wait to wait"). Other failures: ERR_IO (lock file), ERR_DB with
 * sqlite3_errmsg (not a database, schema from a newer claimex, ...).
 * Returns 0 with *out set; close with store_close.
 */
int store_open(const char *path, bool wait, struct store **out, struct err *e);

/* Closes the database and releases the lock. NULL is a no-op. */
void store_close(struct store *st);

/* What the store knows of one URL. Strings are "" when unknown. */
struct store_seen {
	bool found;
	char etag[512];
	char last_modified[128];
	char content_hash[40];
	char feed_date[64];
};

/* Looks up an article by the URL it was requested as. Returns 0 (found
 * or not), or -1 with ERR_DB. */
int store_article_get(struct store *st, const char *url, struct store_seen *out,
		      struct err *e);

/* One article to store. NULL strings are stored as NULL. */
struct store_article {
	const char *url;       /* as requested (the key) or the path */
	const char *final_url; /* after redirects */
	const char *etag, *last_modified;
	const char *content_hash;	  /* of the bytes as downloaded */
	const char *feed_url, *feed_date; /* where it was listed, or NULL */
	const char *article_id, *title, *outlet, *published, *lang;
	const char *jsonl; /* its records, one JSON object a line */
	size_t jsonl_len;
};

/* Inserts or replaces the article and all its records in one
 * transaction. Returns 0, or -1 with ERR_DB (nothing changed). */
int store_article_put(struct store *st, const struct store_article *a,
		      struct err *e);

/* Notes that url was checked and found unchanged: refreshes fetched_at,
 * and etag/last_modified when given (non-NULL). Returns 0 or -1. */
int store_article_touch(struct store *st, const char *url, const char *etag,
			const char *last_modified, struct err *e);

struct store_feed {
	bool found;
	char etag[512];
	char last_modified[128];
	char *body; /* malloc'd; free with store_feed_release */
	size_t len;
};

/* The last stored copy of a feed. Returns 0 (found or not) or -1. */
int store_feed_get(struct store *st, const char *url, struct store_feed *out,
		   struct err *e);
void store_feed_release(struct store_feed *f);

/* Stores the feed document as fetched now. Returns 0 or -1. */
int store_feed_put(struct store *st, const char *url, const char *etag,
		   const char *last_modified, const char *body, size_t len,
		   struct err *e);

/* One stored article as store_each hands it over. */
struct store_row {
	const char *url;
	const char *published; /* or NULL */
	const char *jsonl;     /* all its records, each line ending in \n */
	size_t len;
};

/*
 * Calls fn for every stored article in a deterministic order: by
 * published date (undated last), then URL. With `since` (YYYY-MM-DD, or
 * NULL), articles published before that day are left out; undated ones
 * are kept, because a page that gives no date is not known to be old.
 * Stops at the first non-zero return of fn and returns it; returns -1
 * with ERR_DB when the database fails, else 0.
 */
typedef int (*store_row_fn)(const struct store_row *row, void *ctx);
int store_each(struct store *st, const char *since, store_row_fn fn, void *ctx,
	       struct err *e);

/* Number of stored articles (for logs and tests), or -1. */
long store_count(struct store *st);

#endif
