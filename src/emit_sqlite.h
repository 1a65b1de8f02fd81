/* emit_sqlite.h - every record as an SQLite database for exploring */
#ifndef CLAIMEX_EMIT_SQLITE_H
#define CLAIMEX_EMIT_SQLITE_H

#include <stdio.h>

struct conflict_list;
struct record_set;

/* PRAGMA user_version of the database written. */
#define EMIT_SQLITE_SCHEMA 1

/*
 * Writes claims.db: an SQLite database (the bytes of the file) with one
 * table per record type, for Datasette or any SQL client:
 *   articles(id PRIMARY KEY, source, url, title, outlet, published,
 *            story REFERENCES stories, copy_of REFERENCES articles)
 *   stories(id PRIMARY KEY, title, articles, sources, actors, first,
 *           last)
 *   figures(id, article REFERENCES articles, kind, text, value, unit,
 *           hedge, per, key, subject, speaker, sentence, start, and the
 *           claim: thing, action, purpose, holder, towards, "when", span,
 *           role)
 *   actors(id, article, name, kind, role, mentions)
 *   quotes(id, article, text, speaker, cue)
 *   conflicts(id, key, story REFERENCES stories, kind, unit, subject,
 *             status, the claim fields, same_quantity, disagree (the
 *             reasons), confidence, articles, sources)
 *   conflict_values(id, conflict REFERENCES conflicts, value, unit, lo,
 *                   hi (the interval it allows), mentions)
 *   conflict_mentions(value REFERENCES conflict_values, figure
 *                     REFERENCES figures)
 * with indexes on every reference, figures.key, actors.name,
 * quotes.speaker and conflicts.key, and FTS5 full-text indexes
 * figures_fts (the sentence of each figure) and quotes_fts (text and
 * speaker), external-content tables keyed by the rowids of figures and
 * quotes. Rows follow record order; ids count from 1; the rows of each
 * table are the records of its type in claims.jsonl.
 *
 * The database is built in one transaction in a scratch file in $TMPDIR
 * (else /tmp; removed after) and copied to out, so that the caller's
 * temporary-file-and-rename covers it like the other outputs. Memory:
 * SQLite's page cache, not the database; disk: the database twice for a
 * moment. Returns 0, or -1 when SQLite, the scratch file or writing
 * failed.
 */
int emit_sqlite(FILE *out, struct record_set *set,
		const struct conflict_list *cl);

#endif
