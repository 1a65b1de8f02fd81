/* emit_sqlite.c - every record as an SQLite database for exploring */
#include "emit_sqlite.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <string.h>

#include "conflicts.h"
#include "records.h"

static const char schema[] =
    "PRAGMA page_size = 4096;"
    "CREATE TABLE stories ("
    " id INTEGER PRIMARY KEY, label TEXT, articles INTEGER,"
    " first_published TEXT, last_published TEXT);"
    "CREATE TABLE articles ("
    " id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT,"
    " outlet TEXT, published TEXT,"
    " story INTEGER REFERENCES stories(id));"
    "CREATE TABLE figures ("
    " id INTEGER PRIMARY KEY,"
    " article TEXT NOT NULL REFERENCES articles(id),"
    " kind TEXT, text TEXT, value REAL, unit TEXT, hedge TEXT, per TEXT,"
    " key TEXT, subject TEXT, speaker TEXT, sentence TEXT,"
    " start INTEGER);"
    "CREATE TABLE actors ("
    " id INTEGER PRIMARY KEY,"
    " article TEXT NOT NULL REFERENCES articles(id),"
    " name TEXT, kind TEXT, role TEXT, mentions INTEGER);"
    "CREATE TABLE quotes ("
    " id INTEGER PRIMARY KEY,"
    " article TEXT NOT NULL REFERENCES articles(id),"
    " text TEXT, speaker TEXT, cue TEXT);"
    "CREATE TABLE conflicts ("
    " id INTEGER PRIMARY KEY, key TEXT, kind TEXT, unit TEXT,"
    " subject TEXT, status TEXT, articles INTEGER,"
    " story INTEGER REFERENCES stories(id));"
    "CREATE TABLE conflict_values ("
    " id INTEGER PRIMARY KEY,"
    " conflict INTEGER NOT NULL REFERENCES conflicts(id),"
    " value REAL, unit TEXT, mentions INTEGER);"
    "CREATE TABLE conflict_mentions ("
    " value INTEGER NOT NULL REFERENCES conflict_values(id),"
    " figure INTEGER NOT NULL REFERENCES figures(id),"
    " PRIMARY KEY (value, figure)) WITHOUT ROWID;"
    "CREATE INDEX articles_story ON articles(story);"
    "CREATE INDEX figures_article ON figures(article);"
    "CREATE INDEX figures_key ON figures(key);"
    "CREATE INDEX actors_article ON actors(article);"
    "CREATE INDEX actors_name ON actors(name);"
    "CREATE INDEX quotes_article ON quotes(article);"
    "CREATE INDEX quotes_speaker ON quotes(speaker);"
    "CREATE INDEX conflicts_key ON conflicts(key);"
    "CREATE INDEX conflicts_story ON conflicts(story);"
    "CREATE INDEX conflict_values_conflict ON conflict_values(conflict);"
    "CREATE INDEX conflict_mentions_figure ON conflict_mentions(figure);"
    "CREATE VIRTUAL TABLE figures_fts USING fts5("
    " sentence, content=[figures], content_rowid=[id]);"
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    " text, speaker, content=[quotes], content_rowid=[id]);";

/* Binds a string or NULL. */
static int bind_s(sqlite3_stmt *st, int i, const char *s)
{
	return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC)
		 : sqlite3_bind_null(st, i);
}

/* Runs a bound insert once and resets it. */
static int step(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int prep(sqlite3 *db, const char *sql, sqlite3_stmt **st)
{
	return sqlite3_prepare_v2(db, sql, -1, st, NULL) == SQLITE_OK ? 0 : -1;
}

static int put_articles(sqlite3 *db, const struct record_set *set)
{
	sqlite3_stmt *st;
	if (prep(db,
		 "INSERT OR IGNORE INTO articles(id, source, url, title,"
		 " outlet, published) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
		 &st))
		return -1;
	int rc = 0;
	for (size_t i = 0; i < set->narticles && rc == 0; i++) {
		const struct rec_article *a = &set->articles[i];
		bind_s(st, 1, a->id);
		bind_s(st, 2, a->source);
		bind_s(st, 3, a->url);
		bind_s(st, 4, a->title);
		bind_s(st, 5, a->outlet);
		bind_s(st, 6, a->published);
		rc = step(st);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_figures(sqlite3 *db, const struct record_set *set)
{
	sqlite3_stmt *st;
	if (prep(db,
		 "INSERT INTO figures(id, article, kind, text, value, unit,"
		 " hedge, per, key, subject, speaker, sentence, start)"
		 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
		 " ?13)",
		 &st))
		return -1;
	int rc = 0;
	for (size_t i = 0; i < set->nfigures && rc == 0; i++) {
		const struct rec_figure *f = &set->figures[i];
		sqlite3_bind_int64(st, 1, (sqlite3_int64)i + 1);
		bind_s(st, 2, f->article);
		bind_s(st, 3, f->kind);
		bind_s(st, 4, f->text);
		sqlite3_bind_double(st, 5, f->value);
		bind_s(st, 6, f->unit);
		bind_s(st, 7, f->hedge);
		bind_s(st, 8, f->per);
		bind_s(st, 9, f->key);
		bind_s(st, 10, f->subject);
		bind_s(st, 11, f->speaker);
		bind_s(st, 12, f->sentence);
		if (f->start >= 0)
			sqlite3_bind_int64(st, 13, f->start);
		rc = step(st);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_actors_quotes(sqlite3 *db, const struct record_set *set)
{
	sqlite3_stmt *a, *q;
	if (prep(db,
		 "INSERT INTO actors(id, article, name, kind, role, mentions)"
		 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
		 &a))
		return -1;
	if (prep(db,
		 "INSERT INTO quotes(id, article, text, speaker, cue)"
		 " VALUES (?1, ?2, ?3, ?4, ?5)",
		 &q)) {
		sqlite3_finalize(a);
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; i < set->nactors && rc == 0; i++) {
		const struct rec_actor *r = &set->actors[i];
		sqlite3_bind_int64(a, 1, (sqlite3_int64)i + 1);
		bind_s(a, 2, r->article);
		bind_s(a, 3, r->name);
		bind_s(a, 4, r->kind);
		bind_s(a, 5, r->role);
		sqlite3_bind_int64(a, 6, r->mentions);
		rc = step(a);
	}
	for (size_t i = 0; i < set->nquotes && rc == 0; i++) {
		const struct rec_quote *r = &set->quotes[i];
		sqlite3_bind_int64(q, 1, (sqlite3_int64)i + 1);
		bind_s(q, 2, r->article);
		bind_s(q, 3, r->text);
		bind_s(q, 4, r->speaker);
		bind_s(q, 5, r->cue);
		rc = step(q);
	}
	sqlite3_finalize(a);
	sqlite3_finalize(q);
	return rc;
}

static int put_conflicts(sqlite3 *db, const struct conflict_list *cl)
{
	sqlite3_stmt *c, *v, *m;
	if (prep(db,
		 "INSERT INTO conflicts(id, key, kind, unit, subject, status,"
		 " articles) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
		 &c))
		return -1;
	if (prep(db,
		 "INSERT INTO conflict_values(id, conflict, value, unit,"
		 " mentions) VALUES (?1, ?2, ?3, ?4, ?5)",
		 &v)) {
		sqlite3_finalize(c);
		return -1;
	}
	if (prep(db,
		 "INSERT OR IGNORE INTO conflict_mentions(value, figure)"
		 " VALUES (?1, ?2)",
		 &m)) {
		sqlite3_finalize(c);
		sqlite3_finalize(v);
		return -1;
	}
	int rc = 0;
	sqlite3_int64 vid = 0;
	for (size_t i = 0; i < cl->n && rc == 0; i++) {
		const struct conflict *k = &cl->items[i];
		sqlite3_bind_int64(c, 1, (sqlite3_int64)i + 1);
		bind_s(c, 2, k->key);
		bind_s(c, 3, k->kind);
		bind_s(c, 4, k->unit);
		bind_s(c, 5, k->subject);
		bind_s(c, 6, conflicts_status_name(k->status));
		sqlite3_bind_int64(c, 7, (sqlite3_int64)k->narticles);
		rc = step(c);
		for (size_t j = 0; j < k->nvalues && rc == 0; j++) {
			const struct conflict_value *cv = &k->values[j];
			vid++;
			sqlite3_bind_int64(v, 1, vid);
			sqlite3_bind_int64(v, 2, (sqlite3_int64)i + 1);
			sqlite3_bind_double(v, 3, cv->value);
			bind_s(v, 4, cv->unit);
			sqlite3_bind_int64(v, 5, (sqlite3_int64)cv->nmentions);
			rc = step(v);
			for (size_t x = 0; x < cv->nmentions && rc == 0; x++) {
				sqlite3_bind_int64(m, 1, vid);
				sqlite3_bind_int64(
				    m, 2, (sqlite3_int64)cv->mentions[x] + 1);
				rc = step(m);
			}
		}
	}
	sqlite3_finalize(c);
	sqlite3_finalize(v);
	sqlite3_finalize(m);
	return rc;
}

static int build(sqlite3 *db, const struct record_set *set,
		 const struct conflict_list *cl)
{
	char pragma[64];
	snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d;",
		 EMIT_SQLITE_SCHEMA);
	if (sqlite3_exec(db, schema, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, pragma, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	int rc = put_articles(db, set);
	if (rc == 0)
		rc = put_figures(db, set);
	if (rc == 0)
		rc = put_actors_quotes(db, set);
	if (rc == 0)
		rc = put_conflicts(db, cl);
	/* The full-text indexes are filled from their content tables in
	 * one pass each. */
	if (rc == 0 &&
	    sqlite3_exec(db,
			 "INSERT INTO figures_fts(figures_fts) VALUES"
			 " ('rebuild');"
			 "INSERT INTO quotes_fts(quotes_fts) VALUES"
			 " ('rebuild');",
			 NULL, NULL, NULL) != SQLITE_OK)
		rc = -1;
	if (sqlite3_exec(db, rc == 0 ? "COMMIT" : "ROLLBACK", NULL, NULL,
			 NULL) != SQLITE_OK)
		rc = -1;
	return rc;
}

int emit_sqlite(FILE *out, struct record_set *set,
		const struct conflict_list *cl)
{
	sqlite3 *db = NULL;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
		sqlite3_close(db);
		return -1;
	}
	int rc = build(db, set, cl);
	sqlite3_int64 n = 0;
	unsigned char *bytes =
	    rc == 0 ? sqlite3_serialize(db, "main", &n, 0) : NULL;
	if (!bytes || fwrite(bytes, 1, (size_t)n, out) != (size_t)n)
		rc = -1;
	sqlite3_free(bytes);
	sqlite3_close(db);
	return rc;
}
