/* emit_sqlite.c - every record as an SQLite database for exploring */
#include "emit_sqlite.h"

#include <sqlite3.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conflicts.h"
#include "records.h"
#include "stories.h"

static const char schema[] =
    "PRAGMA page_size = 4096;"
    "CREATE TABLE stories ("
    " id TEXT PRIMARY KEY, title TEXT, articles INTEGER, sources INTEGER,"
    " actors TEXT, first TEXT, last TEXT);"
    "CREATE TABLE articles ("
    " id TEXT PRIMARY KEY, source TEXT, url TEXT, title TEXT,"
    " outlet TEXT, published TEXT,"
    " story TEXT REFERENCES stories(id),"
    " copy_of TEXT REFERENCES articles(id));"
    "CREATE TABLE figures ("
    " id INTEGER PRIMARY KEY,"
    " article TEXT NOT NULL REFERENCES articles(id),"
    " kind TEXT, text TEXT, value REAL, unit TEXT, hedge TEXT, per TEXT,"
    " key TEXT, subject TEXT, speaker TEXT, sentence TEXT,"
    " start INTEGER, thing TEXT, action TEXT, purpose TEXT, holder TEXT,"
    " towards TEXT, \"when\" TEXT, span TEXT, role TEXT);"
    "CREATE TABLE actors ("
    " id INTEGER PRIMARY KEY,"
    " article TEXT NOT NULL REFERENCES articles(id),"
    " name TEXT, kind TEXT, role TEXT, mentions INTEGER);"
    "CREATE TABLE quotes ("
    " id INTEGER PRIMARY KEY,"
    " article TEXT NOT NULL REFERENCES articles(id),"
    " text TEXT, speaker TEXT, cue TEXT);"
    "CREATE TABLE conflicts ("
    " id INTEGER PRIMARY KEY, key TEXT,"
    " story TEXT REFERENCES stories(id), kind TEXT, unit TEXT,"
    " subject TEXT, status TEXT, thing TEXT, action TEXT, purpose TEXT,"
    " holder TEXT, towards TEXT, \"when\" TEXT, span TEXT, role TEXT,"
    " same_quantity TEXT, disagree TEXT, confidence REAL,"
    " articles INTEGER, sources INTEGER);"
    "CREATE TABLE conflict_values ("
    " id INTEGER PRIMARY KEY,"
    " conflict INTEGER NOT NULL REFERENCES conflicts(id),"
    " value REAL, unit TEXT, lo REAL, hi REAL, mentions INTEGER);"
    "CREATE TABLE conflict_mentions ("
    " value INTEGER NOT NULL REFERENCES conflict_values(id),"
    " figure INTEGER NOT NULL REFERENCES figures(id),"
    " PRIMARY KEY (value, figure)) WITHOUT ROWID;"
    "CREATE INDEX articles_story ON articles(story);"
    "CREATE INDEX articles_copy_of ON articles(copy_of);"
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

/* YYYY-MM-DD of days since 1970-01-01 (H. Hinnant's civil_from_days),
 * or NULL for REC_NO_DAY. */
static const char *day_iso(long z, char out[64])
{
	if (z == REC_NO_DAY)
		return NULL;
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp < 10 ? mp + 3 : mp - 9;
	long y = yoe + era * 400 + (m <= 2);
	snprintf(out, 64, "%04ld-%02ld-%02ld", y, m, d);
	return out;
}

static int put_stories(sqlite3 *db, const struct record_set *set,
		       const struct story_list *sl)
{
	sqlite3_stmt *st;
	if (prep(db,
		 "INSERT OR IGNORE INTO stories(id, title, articles, sources,"
		 " actors, first, last) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
		 &st))
		return -1;
	int rc = 0;
	for (size_t i = 0; i < sl->n && rc == 0; i++) {
		const struct story *s = &sl->items[i];
		char actors[1024] = "", d1[64], d2[64];
		size_t used = 0;
		for (size_t k = 0; k < s->nactors && used < sizeof actors;
		     k++) {
			int w = snprintf(actors + used, sizeof actors - used,
					 "%s%s", k ? "; " : "", s->actors[k]);
			if (w < 0)
				break;
			used += (size_t)w;
		}
		bind_s(st, 1, s->id);
		bind_s(st, 2,
		       s->title_article < set->narticles
			   ? set->articles[s->title_article].title
			   : NULL);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)s->narticles);
		sqlite3_bind_int64(st, 4, (sqlite3_int64)s->sources);
		bind_s(st, 5, s->nactors ? actors : NULL);
		bind_s(st, 6, day_iso(s->day_first, d1));
		bind_s(st, 7, day_iso(s->day_last, d2));
		rc = step(st);
	}
	sqlite3_finalize(st);
	return rc;
}

static int put_articles(sqlite3 *db, const struct record_set *set,
			const struct story_list *sl)
{
	sqlite3_stmt *st;
	if (prep(db,
		 "INSERT OR IGNORE INTO articles(id, source, url, title,"
		 " outlet, published, story, copy_of)"
		 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
		 &st))
		return -1;
	/* stories_build fills of_article and copy_of for every article,
	 * or leaves them NULL when there are none */
	bool grouped = sl->of_article && sl->copy_of;
	int rc = 0;
	for (size_t i = 0; i < set->narticles && rc == 0; i++) {
		const struct rec_article *a = &set->articles[i];
		bind_s(st, 1, a->id);
		bind_s(st, 2, a->source);
		bind_s(st, 3, a->url);
		bind_s(st, 4, a->title);
		bind_s(st, 5, a->outlet);
		bind_s(st, 6, a->published);
		if (grouped && sl->of_article[i] < sl->n)
			bind_s(st, 7, sl->items[sl->of_article[i]].id);
		if (grouped && sl->copy_of[i] != i &&
		    sl->copy_of[i] < set->narticles)
			bind_s(st, 8, set->articles[sl->copy_of[i]].id);
		rc = step(st);
	}
	sqlite3_finalize(st);
	return rc;
}

/* Binds the 8 claim fields from parameter `first` on. */
static void bind_claim(sqlite3_stmt *st, int first, const struct claim *c)
{
	const char *f[8] = {c->thing,	c->action, c->purpose, c->holder,
			    c->towards, c->when,   c->span,    c->role};
	for (int i = 0; i < 8; i++)
		bind_s(st, first + i, f[i]);
}

static int put_figures(sqlite3 *db, const struct record_set *set)
{
	sqlite3_stmt *st;
	if (prep(db,
		 "INSERT INTO figures(id, article, kind, text, value, unit,"
		 " hedge, per, key, subject, speaker, sentence, start, thing,"
		 " action, purpose, holder, towards, \"when\", span, role)"
		 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
		 " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
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
		bind_claim(st, 14, &f->claim);
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
		 "INSERT INTO conflicts(id, key, story, kind, unit, subject,"
		 " status, thing, action, purpose, holder, towards, \"when\","
		 " span, role, same_quantity, disagree, confidence, articles,"
		 " sources) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
		 " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
		 &c))
		return -1;
	if (prep(
		db,
		"INSERT INTO conflict_values(id, conflict, value, unit, lo, hi,"
		" mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
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
		bind_s(c, 3,
		       k->story < cl->stories.n ? cl->stories.items[k->story].id
						: NULL);
		bind_s(c, 4, k->kind);
		bind_s(c, 5, k->unit);
		bind_s(c, 6, k->subject);
		bind_s(c, 7, conflicts_status_name(k->status));
		bind_claim(c, 8, &k->claim);
		bind_s(c, 16, k->matched);
		bind_s(c, 17, k->reason);
		sqlite3_bind_double(c, 18, k->confidence);
		sqlite3_bind_int64(c, 19, (sqlite3_int64)k->narticles);
		sqlite3_bind_int64(c, 20, (sqlite3_int64)k->nsources);
		rc = step(c);
		for (size_t j = 0; j < k->nvalues && rc == 0; j++) {
			const struct conflict_value *cv = &k->values[j];
			vid++;
			sqlite3_bind_int64(v, 1, vid);
			sqlite3_bind_int64(v, 2, (sqlite3_int64)i + 1);
			sqlite3_bind_double(v, 3, cv->value);
			bind_s(v, 4, cv->unit);
			sqlite3_bind_double(v, 5, cv->lo);
			sqlite3_bind_double(v, 6, cv->hi);
			sqlite3_bind_int64(v, 7, (sqlite3_int64)cv->nmentions);
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
	int rc = put_stories(db, set, &cl->stories);
	if (rc == 0)
		rc = put_articles(db, set, &cl->stories);
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

/* Copies the file at path to out. */
static int copy_file(const char *path, FILE *out)
{
	FILE *in = fopen(path, "rb");
	if (!in)
		return -1;
	char chunk[1 << 16];
	size_t n;
	int rc = 0;
	while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
		if (fwrite(chunk, 1, n, out) != n) {
			rc = -1;
			break;
		}
	if (ferror(in))
		rc = -1;
	fclose(in);
	return rc;
}

int emit_sqlite(FILE *out, struct record_set *set,
		const struct conflict_list *cl)
{
	/* Built in a scratch file, not in memory: a database of millions
	 * of figures must not hold its pages in RAM twice. */
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int k = snprintf(path, sizeof path, "%s/claimex-db-XXXXXX",
			 dir && *dir ? dir : "/tmp");
	if (k < 0 || (size_t)k >= sizeof path)
		return -1;
	int fd = mkstemp(path);
	if (fd < 0)
		return -1;
	close(fd);
	sqlite3 *db = NULL;
	int rc = 0;
	if (sqlite3_open(path, &db) != SQLITE_OK ||
	    sqlite3_exec(db,
			 "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;",
			 NULL, NULL, NULL) != SQLITE_OK)
		rc = -1;
	if (rc == 0)
		rc = build(db, set, cl);
	if (sqlite3_close(db) != SQLITE_OK)
		rc = -1;
	if (rc == 0)
		rc = copy_file(path, out);
	unlink(path);
	return rc;
}
