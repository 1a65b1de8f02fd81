/* outputs.h - every output file of a run, from all its articles' records */
#ifndef CLAIMEX_OUTPUTS_H
#define CLAIMEX_OUTPUTS_H

#include <stddef.h>

struct err;

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
};

/*
 * Writes every output file of DIR from the whole set, each under a
 * temporary name renamed into place (outfile.h): today claims.jsonl (the
 * records as they are); conflicts, CSV and HTML come here too, since
 * they need all records at once. Returns 0 with *st filled, or -1 with
 * *e set (ERR_IO); files already renamed stay.
 */
int outputs_write(const char *dir, const struct outputs_set *set,
		  struct outputs_stats *st, struct err *e);

#endif
