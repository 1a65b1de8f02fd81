/* outputs.h - every output file of a run, from all its articles' records */
#ifndef CLAIMEX_OUTPUTS_H
#define CLAIMEX_OUTPUTS_H

#include <stdbool.h>
#include <stddef.h>

struct conflict_list;
struct err;
struct record_set;

/* The records of every article of a run (or of the whole --db store), in
 * the order the outputs list them. */
struct outputs_article {
	char *url;   /* the source: URL or path as given */
	char *jsonl; /* its records, each line ending in "\n" */
	size_t len;
};

struct outputs_set {
	struct outputs_article *v;
	size_t n, cap;
};

/* Appends a copy of one article's records. */
void outputs_add(struct outputs_set *set, const char *url, const char *jsonl,
		 size_t len);

/* Frees every copy; the set is empty again. */
void outputs_free(struct outputs_set *set);

struct outputs_stats {
	size_t articles, records, figures, conflicts;
	size_t bad_lines; /* record lines skipped (named on stderr) */
};

/*
 * Writes every output file of DIR from the whole set, each under a
 * temporary name renamed into place (outfile.h): claims.jsonl (the
 * records as they are, then the conflict records), and the reports of
 * outputs_write_reports. Returns 0 with *st filled, or -1 with *e set
 * (ERR_IO, or ERR_PARSE for a record line that is not JSON); files
 * already renamed stay.
 */
int outputs_write(const char *dir, const struct outputs_set *set, bool csv_bom,
		  struct outputs_stats *st, struct err *e);

/*
 * The outputs of `run` written as articles finish, so that memory holds
 * only what the reduce step needs (the record set), never an article's
 * JSON text: outputs_stream_open opens DIR/claims.jsonl under its
 * temporary name; outputs_stream_add appends one article's records to it
 * and adds them to the record set; outputs_stream_finish computes the
 * stories and conflicts, appends them, renames claims.jsonl into place
 * and writes the reports (outputs_write_reports). Memory: the record
 * set, which grows with the figures, quotes and actors, not with the
 * text.
 */
struct outputs_stream;

/* Returns the stream (free with outputs_stream_free), or NULL with *e
 * set (ERR_IO naming the path). csv_bom as for outputs_write_reports. */
struct outputs_stream *outputs_stream_open(const char *dir, bool csv_bom,
					   struct err *e);

/* One article's records (JSON Lines, each line ending in "\n"), named
 * `where` (its source) in errors; a bad line is named on stderr and
 * skipped. Returns 0, or -1 with *e set when claims.jsonl cannot be
 * written. */
int outputs_stream_add(struct outputs_stream *s, const char *where,
		       const char *jsonl, size_t len, struct err *e);

/* Returns 0 with *st filled, or -1 with *e set (claims.jsonl is then
 * left as it was). */
int outputs_stream_finish(struct outputs_stream *s, struct outputs_stats *st,
			  struct err *e);

/* Frees the stream; an unfinished one removes its temporary file. NULL
 * is a no-op. */
void outputs_stream_free(struct outputs_stream *s);

/*
 * conflicts.jsonl (story and conflict records), claims.csv (with a
 * UTF-8 byte-order mark when csv_bom), report.html, claimreview.json
 * (emit_claimreview.h) and claims.db (emit_sqlite.h) in DIR from
 * records read
 * back (records.h) and their conflicts (conflicts.h). The `report`
 * command uses it alone; outputs_write calls it. Returns 0, or -1 with
 * *e set.
 */
int outputs_write_reports(const char *dir, struct record_set *set,
			  const struct conflict_list *cl, bool csv_bom,
			  struct err *e);

#endif
