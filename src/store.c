/* store.c - the SQLite store of fetched articles and their records */
#define _POSIX_C_SOURCE 200809L
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "util.h"

static const char SCHEMA[] =
    "CREATE TABLE articles ("
    " id INTEGER PRIMARY KEY,"
    " url TEXT NOT NULL UNIQUE,"
    " final_url TEXT, etag TEXT, last_modified TEXT,"
    " fetched_at TEXT NOT NULL, content_hash TEXT,"
    " feed_url TEXT, feed_date TEXT,"
    " article_id TEXT, title TEXT, outlet TEXT, published TEXT,"
    " lang TEXT);"
    "CREATE INDEX articles_published ON articles(published);"
    "CREATE TABLE records ("
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, type TEXT, json TEXT NOT NULL,"
    " PRIMARY KEY (article, seq)) WITHOUT ROWID;"
    "CREATE TABLE feeds ("
    " url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,"
    " fetched_at TEXT NOT NULL, body BLOB);";

enum stmt_id {
	S_GET_ARTICLE,
	S_PUT_ARTICLE,
	S_DEL_RECORDS,
	S_PUT_RECORD,
	S_TOUCH,
	S_GET_FEED,
	S_PUT_FEED,
	S_EACH,
	S_COUNT,
	S_BEGIN,
	S_COMMIT,
	S_ROLLBACK,
	S_N
};

static const char *const SQL[S_N] = {
    [S_GET_ARTICLE] = "SELECT etag, last_modified, content_hash, feed_date"
		      " FROM articles WHERE url = ?1",
    [S_PUT_ARTICLE] =
	"INSERT INTO articles (url, final_url, etag, last_modified,"
	" fetched_at, content_hash, feed_url, feed_date, article_id, title,"
	" outlet, published, lang)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
	" ON CONFLICT (url) DO UPDATE SET final_url = ?2, etag = ?3,"
	" last_modified = ?4, fetched_at = ?5, content_hash = ?6,"
	" feed_url = coalesce(?7, feed_url), feed_date = ?8,"
	" article_id = ?9, title = ?10, outlet = ?11, published = ?12,"
	" lang = ?13 RETURNING id",
    [S_DEL_RECORDS] = "DELETE FROM records WHERE article = ?1",
    [S_PUT_RECORD] = "INSERT INTO records (article, seq, type, json)"
		     " VALUES (?1, ?2, ?3, ?4)",
    [S_TOUCH] = "UPDATE articles SET fetched_at = ?2,"
		" etag = coalesce(?3, etag),"
		" last_modified = coalesce(?4, last_modified) WHERE url = ?1",
    [S_GET_FEED] = "SELECT etag, last_modified, body FROM feeds"
		   " WHERE url = ?1",
    [S_PUT_FEED] = "INSERT OR REPLACE INTO feeds (url, etag, last_modified,"
		   " fetched_at, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    [S_EACH] = "SELECT a.id, a.url, a.published, r.json FROM articles a"
	       " JOIN records r ON r.article = a.id"
	       " WHERE ?1 IS NULL OR a.published IS NULL"
	       " OR substr(a.published, 1, 10) >= ?1"
	       " ORDER BY a.published IS NULL, a.published, a.url, r.seq",
    [S_COUNT] = "SELECT count(*) FROM articles",
    [S_BEGIN] = "BEGIN IMMEDIATE",
    [S_COMMIT] = "COMMIT",
    [S_ROLLBACK] = "ROLLBACK",
};

struct store {
	sqlite3 *db;
	sqlite3_stmt *st[S_N];
	int lock_fd;
	char path[1024];
};

static int db_fail(struct store *s, struct err *e)
{
	err_set(e, ERR_DB, s->path, "%s", sqlite3_errmsg(s->db));
	return -1;
}

/* Takes the run lock on PATH.lock and writes our pid into it. */
static int take_lock(struct store *s, bool wait, struct err *e)
{
	char lp[1100];
	snprintf(lp, sizeof lp, "%s.lock", s->path);
	s->lock_fd = open(lp, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (s->lock_fd < 0) {
		err_set(e, ERR_IO, lp, "cannot open the lock file: %s",
			strerror(errno));
		return -1;
	}
	while (flock(s->lock_fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			err_set(e, ERR_IO, lp, "cannot lock: %s",
				strerror(errno));
			return -1;
		}
		if (wait) {
			while (flock(s->lock_fd, LOCK_EX) != 0)
				if (errno != EINTR) {
					err_set(e, ERR_IO, lp,
						"cannot lock: %s",
						strerror(errno));
					return -1;
				}
			break;
		}
		char pid[32] = "";
		ssize_t n = pread(s->lock_fd, pid, sizeof pid - 1, 0);
		pid[n > 0 ? n : 0] = '\0';
		pid[strcspn(pid, "\n")] = '\0';
		err_set(e, ERR_LOCKED, s->path,
			"another claimex run holds the store (pid %s); use "
			"--wait to wait",
			pid[0] ? pid : "unknown");
		return -1;
	}
	char pid[32];
	int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(s->lock_fd, 0) != 0 ||
	    pwrite(s->lock_fd, pid, (size_t)n, 0) != n) {
		/* The pid is a courtesy for the message above, not the lock. */
	}
	return 0;
}

static int exec(struct store *s, const char *sql, struct err *e)
{
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		err_set(e, ERR_DB, s->path, "%s",
			msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int schema(struct store *s, struct err *e)
{
	sqlite3_stmt *q;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL))
		return db_fail(s, e);
	int v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
	sqlite3_finalize(q);
	if (v < 0)
		return db_fail(s, e);
	if (v == STORE_SCHEMA_VERSION)
		return 0;
	if (v > STORE_SCHEMA_VERSION) {
		err_set(e, ERR_DB, s->path,
			"store schema version %d is newer than this claimex "
			"(%d)",
			v, STORE_SCHEMA_VERSION);
		return -1;
	}
	char sql[sizeof SCHEMA + 128];
	snprintf(sql, sizeof sql,
		 "BEGIN IMMEDIATE; %s PRAGMA user_version = %d;"
		 " COMMIT;",
		 SCHEMA, STORE_SCHEMA_VERSION);
	if (exec(s, sql, e) != 0) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

int store_open(const char *path, bool wait, struct store **out, struct err *e)
{
	*out = NULL;
	struct store *s = xcalloc(1, sizeof *s);
	s->lock_fd = -1;
	snprintf(s->path, sizeof s->path, "%s", path);
	if (take_lock(s, wait, e) != 0) {
		store_close(s);
		return -1;
	}
	if (sqlite3_open_v2(path, &s->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
			    NULL) != SQLITE_OK) {
		if (!s->db)
			die_oom();
		db_fail(s, e);
		store_close(s);
		return -1;
	}
	sqlite3_extended_result_codes(s->db, 1);
	/* Readers such as the sqlite3 shell may hold a lock briefly. */
	sqlite3_busy_timeout(s->db, 10000);
	/* WAL + synchronous=NORMAL: a commit survives the process dying
	 * (kill -9); only a power cut can lose the last commits, and the
	 * file is never corrupted. */
	if (exec(s,
		 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
		 " PRAGMA foreign_keys = ON;",
		 e) != 0 ||
	    schema(s, e) != 0) {
		store_close(s);
		return -1;
	}
	for (int i = 0; i < S_N; i++)
		if (sqlite3_prepare_v3(s->db, SQL[i], -1,
				       SQLITE_PREPARE_PERSISTENT, &s->st[i],
				       NULL) != SQLITE_OK) {
			db_fail(s, e);
			store_close(s);
			return -1;
		}
	*out = s;
	return 0;
}

void store_close(struct store *s)
{
	if (!s)
		return;
	for (int i = 0; i < S_N; i++)
		sqlite3_finalize(s->st[i]);
	if (s->db)
		sqlite3_close(s->db);
	if (s->lock_fd >= 0)
		close(s->lock_fd); /* releases the flock */
	free(s);
}

static void now_iso(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void bind_text(sqlite3_stmt *q, int i, const char *s)
{
	if (s)
		sqlite3_bind_text(q, i, s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(q, i);
}

static void col_copy(sqlite3_stmt *q, int i, char *out, size_t n)
{
	const unsigned char *v = sqlite3_column_text(q, i);
	snprintf(out, n, "%s", v ? (const char *)v : "");
}

/* Resets a statement for its next use. */
static void done(sqlite3_stmt *q)
{
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
}

int store_article_get(struct store *s, const char *url, struct store_seen *out,
		      struct err *e)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *q = s->st[S_GET_ARTICLE];
	bind_text(q, 1, url);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		out->found = true;
		col_copy(q, 0, out->etag, sizeof out->etag);
		col_copy(q, 1, out->last_modified, sizeof out->last_modified);
		col_copy(q, 2, out->content_hash, sizeof out->content_hash);
		col_copy(q, 3, out->feed_date, sizeof out->feed_date);
	}
	done(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(s, e);
	return 0;
}

/* The type of a record line, which emitters write first:
 * {"type":"figure",... Returns its length (0 when not found). */
static size_t record_type(const char *line, size_t n, const char **type)
{
	static const char lead[] = "{\"type\":\"";
	size_t k = sizeof lead - 1;
	if (n <= k || memcmp(line, lead, k))
		return 0;
	const char *end = memchr(line + k, '"', n - k);
	if (!end)
		return 0;
	*type = line + k;
	return (size_t)(end - *type);
}

static int step_done(struct store *s, sqlite3_stmt *q, struct err *e)
{
	int rc = sqlite3_step(q);
	done(q);
	return rc == SQLITE_DONE ? 0 : db_fail(s, e);
}

static int put_records(struct store *s, sqlite3_int64 id,
		       const struct store_article *a, struct err *e)
{
	sqlite3_stmt *q = s->st[S_DEL_RECORDS];
	sqlite3_bind_int64(q, 1, id);
	if (step_done(s, q, e) != 0)
		return -1;
	q = s->st[S_PUT_RECORD];
	size_t i = 0, seq = 0;
	while (i < a->jsonl_len) {
		const char *line = a->jsonl + i;
		const char *nl = memchr(line, '\n', a->jsonl_len - i);
		size_t n = nl ? (size_t)(nl - line) : a->jsonl_len - i;
		i += n + (nl ? 1 : 0);
		if (n == 0)
			continue;
		const char *type = NULL;
		size_t tn = record_type(line, n, &type);
		sqlite3_bind_int64(q, 1, id);
		sqlite3_bind_int64(q, 2, (sqlite3_int64)seq++);
		if (tn)
			sqlite3_bind_text(q, 3, type, (int)tn, SQLITE_STATIC);
		else
			sqlite3_bind_null(q, 3);
		sqlite3_bind_text(q, 4, line, (int)n, SQLITE_STATIC);
		if (step_done(s, q, e) != 0)
			return -1;
	}
	return 0;
}

int store_article_put(struct store *s, const struct store_article *a,
		      struct err *e)
{
	if (a->jsonl_len > (size_t)1 << 30) {
		err_set(e, ERR_TOO_BIG, a->url, "records too large to store");
		return -1;
	}
	if (step_done(s, s->st[S_BEGIN], e) != 0)
		return -1;
	char now[32];
	now_iso(now);
	sqlite3_stmt *q = s->st[S_PUT_ARTICLE];
	const char *v[] = {a->url,	     a->final_url, a->etag,
			   a->last_modified, now,	   a->content_hash,
			   a->feed_url,	     a->feed_date, a->article_id,
			   a->title,	     a->outlet,	   a->published,
			   a->lang};
	for (int i = 0; i < 13; i++)
		bind_text(q, i + 1, v[i]);
	int rc = sqlite3_step(q);
	sqlite3_int64 id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
	if (rc == SQLITE_ROW)
		rc = sqlite3_step(q); /* finish the RETURNING statement */
	if (rc != SQLITE_DONE) {
		db_fail(s, e);
		done(q);
		step_done(s, s->st[S_ROLLBACK], &(struct err){0});
		return -1;
	}
	done(q);
	if (put_records(s, id, a, e) != 0 ||
	    step_done(s, s->st[S_COMMIT], e) != 0) {
		step_done(s, s->st[S_ROLLBACK], &(struct err){0});
		return -1;
	}
	return 0;
}

int store_article_touch(struct store *s, const char *url, const char *etag,
			const char *last_modified, struct err *e)
{
	char now[32];
	now_iso(now);
	sqlite3_stmt *q = s->st[S_TOUCH];
	bind_text(q, 1, url);
	bind_text(q, 2, now);
	bind_text(q, 3, etag);
	bind_text(q, 4, last_modified);
	return step_done(s, q, e);
}

int store_feed_get(struct store *s, const char *url, struct store_feed *out,
		   struct err *e)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *q = s->st[S_GET_FEED];
	bind_text(q, 1, url);
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		out->found = true;
		col_copy(q, 0, out->etag, sizeof out->etag);
		col_copy(q, 1, out->last_modified, sizeof out->last_modified);
		const void *b = sqlite3_column_blob(q, 2);
		int n = sqlite3_column_bytes(q, 2);
		out->body = xmalloc((size_t)n + 1);
		if (n > 0)
			memcpy(out->body, b, (size_t)n);
		out->body[n] = '\0';
		out->len = (size_t)n;
	}
	done(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_fail(s, e);
	return 0;
}

void store_feed_release(struct store_feed *f)
{
	free(f->body);
	memset(f, 0, sizeof *f);
}

int store_feed_put(struct store *s, const char *url, const char *etag,
		   const char *last_modified, const char *body, size_t len,
		   struct err *e)
{
	if (len > (size_t)1 << 30) {
		err_set(e, ERR_TOO_BIG, url, "feed too large to store");
		return -1;
	}
	char now[32];
	now_iso(now);
	sqlite3_stmt *q = s->st[S_PUT_FEED];
	bind_text(q, 1, url);
	bind_text(q, 2, etag);
	bind_text(q, 3, last_modified);
	bind_text(q, 4, now);
	sqlite3_bind_blob(q, 5, body, (int)len, SQLITE_STATIC);
	return step_done(s, q, e);
}

int store_each(struct store *s, const char *since, store_row_fn fn, void *ctx,
	       struct err *e)
{
	sqlite3_stmt *q = s->st[S_EACH];
	bind_text(q, 1, since);
	struct buf lines;
	buf_init(&lines, 0);
	char *url = NULL, *published = NULL;
	sqlite3_int64 cur = -1;
	int ret = 0, rc;
	/* Rows come grouped by article: hand each group over when the next
	 * one starts. */
	for (;;) {
		rc = sqlite3_step(q);
		sqlite3_int64 id =
		    rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
		if (cur != -1 && id != cur) {
			struct store_row row = {url, published, lines.data,
						lines.len};
			ret = fn(&row, ctx);
			buf_clear(&lines);
			free(url);
			free(published);
			url = published = NULL;
			if (ret != 0)
				break;
		}
		if (rc != SQLITE_ROW)
			break;
		if (id != cur) {
			const unsigned char *u = sqlite3_column_text(q, 1);
			const unsigned char *p = sqlite3_column_text(q, 2);
			url = xstrdup(u ? (const char *)u : "");
			published = p ? xstrdup((const char *)p) : NULL;
			cur = id;
		}
		const void *j = sqlite3_column_text(q, 3);
		buf_append(&lines, j, (size_t)sqlite3_column_bytes(q, 3));
		buf_append(&lines, "\n", 1);
	}
	free(url);
	free(published);
	buf_release(&lines);
	if (ret == 0 && rc != SQLITE_DONE && rc != SQLITE_ROW) {
		db_fail(s, e);
		ret = -1;
	}
	done(q);
	return ret;
}

long store_count(struct store *s)
{
	sqlite3_stmt *q = s->st[S_COUNT];
	long n = sqlite3_step(q) == SQLITE_ROW
		     ? (long)sqlite3_column_int64(q, 0)
		     : -1;
	done(q);
	return n;
}
