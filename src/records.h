/* records.h - JSON Lines records read back for the reduce step and reports */
#ifndef CLAIMEX_RECORDS_H
#define CLAIMEX_RECORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "claims.h"
#include "signature.h"

struct arena;
struct err;

/*
 * The parts of each record the reduce step and the report need, and no
 * more: article text is never loaded, so memory grows with the number of
 * figures, quotes and actors. Strings live in the set's arena; a NULL
 * string is a JSON null or a missing field.
 *
 * These structs are the reduce step's whole input (stories.h, dedup.h,
 * conflicts.h read nothing else): per article its metadata and
 * signature, per figure its value, unit, hedge, claim and the
 * provenance a report shows (text, sentence, speaker). records_read
 * fills them from JSON Lines; a pipeline that streams its outputs can
 * fill them directly from struct article, struct signature and struct
 * figure instead (the fields map one to one, see emit_jsonl.c) and skip
 * the JSON round trip. Short strings that repeat (kinds, units, hedges,
 * claim fields, keys) are interned, an article's id and a sentence its
 * figures share are stored once: about 200 bytes per figure plus its
 * sentence.
 */
struct rec_article {
	const char *id, *source, *url, *title, *outlet, *published;
	long day; /* days since 1970-01-01 of published, or REC_NO_DAY */
	/* Its signature (signature.h); empty lists when the record has
	 * none (records of an older extract). */
	const char **names, **speakers, **places, **terms, **numbers;
	uint32_t nnames, nspeakers, nplaces, nterms, nnumbers;
	bool has_minhash;
	uint32_t minhash[SIGNATURE_HASHES];
};

#define REC_NO_DAY (-1000000L)

struct rec_figure {
	const char *article; /* article id */
	const char *kind, *text, *unit, *hedge, *per, *key, *subject;
	const char *sentence, *speaker;
	double value;
	long long start;    /* -1 when missing */
	struct claim claim; /* every field NULL when the record has none */
};

struct rec_quote {
	const char *article, *text, *speaker, *cue;
};

struct rec_actor {
	const char *article, *name, *kind, *role;
	long long mentions;
};

struct record_set {
	struct arena *arena;
	struct rec_article *articles;
	size_t narticles, cap_articles;
	struct rec_figure *figures;
	size_t nfigures, cap_figures;
	struct rec_quote *quotes;
	size_t nquotes, cap_quotes;
	struct rec_actor *actors;
	size_t nactors, cap_actors;
	size_t lines_skipped; /* conflict records and unknown types */
	size_t lines_bad;     /* lines that are not records: reported */
	size_t *by_id;	      /* article indices sorted by id, built lazily */
	size_t nby_id;	      /* entries in by_id */
	size_t indexed_articles; /* narticles when by_id was built */
	/* Article ids seen, to read an article given twice once. */
	const char **seen;
	size_t nseen_cap, nseen;
	bool skipping; /* inside the records of a repeated article */
	/* Interned short strings (kinds, units, claim fields). */
	const char **interned;
	size_t intern_cap, nintern;
};

/* Starts an empty set. Release with records_release(). */
void records_init(struct record_set *set);
void records_release(struct record_set *set);

/*
 * Reads JSON Lines from fp (named `where` in errors) into set. Records of
 * type article, figure, quote and actor are kept; an article whose id was
 * already read (the same text from two paths, or a feed and a URL) is
 * kept once, with the records that follow it skipped up to the next
 * article record; conflict, story and other record types are counted
 * and skipped (so `conflicts` can read a file that already holds
 * conflicts). Blank lines are ignored.
 *
 * A bad line (longer than max_line bytes, not a JSON object, a record
 * of an unknown version ("v" other than 1), a figure without a numeric
 * value) is written to diag (when not NULL) as "WHERE:LINE: reason",
 * counted in set->lines_bad and skipped; reading goes on. Returns 0, or
 * -1 when a line was bad or reading failed, with *e naming the first
 * problem. O(bytes read).
 */
int records_read(struct record_set *set, FILE *fp, const char *where,
		 size_t max_line, FILE *diag, struct err *e);

/* The same for a buffer of len bytes (need not end in a newline): the
 * entry point of the records fuzz target. */
int records_read_buffer(struct record_set *set, const char *buf, size_t len,
			const char *where, size_t max_line, FILE *diag,
			struct err *e);

/* The article with this id, or NULL (the first one read when an id
 * repeats). O(log n): a sorted index is built on first use and rebuilt
 * when articles were added since. */
const struct rec_article *records_article(struct record_set *set,
					  const char *id);

#endif
