/* warc.h - a WARC or WARC.gz archive to its HTML pages, a record at a time */
#ifndef CLAIMEX_WARC_H
#define CLAIMEX_WARC_H

#include <stddef.h>
#include <stdint.h>

struct err;

/*
 * Reads WARC 1.0/1.1 archives as Common Crawl's CC-NEWS publishes them:
 * `response` records whose block is an HTTP response (status line,
 * headers, blank line, payload). The file is streamed with zlib (plain,
 * or gzip of any number of members, one per record or one for all),
 * a record at a time: memory is one record's payload, never the archive.
 *
 * Every other record (warcinfo, request, metadata, ...), responses whose
 * HTTP status is not 2xx, and responses whose Content-Type is not HTML
 * (text/html, application/xhtml+xml; a response without one is handed
 * out and left to the reader's sniffing) or whose payload is still
 * Content-Encoded are skipped and counted in warc_stats.
 *
 * Cost: linear in the archive's bytes; a record over max_record is
 * skipped by reading through it in fixed-size pieces.
 */
struct warc_reader;

/* One HTML response. Every pointer is malloc'd and the caller's: release
 * with warc_record_release (or take the pointers and free them). */
struct warc_record {
	char *uri;	    /* WARC-Target-URI */
	char *date;	    /* WARC-Date (ISO 8601), or NULL */
	char *content_type; /* the HTTP Content-Type, or NULL */
	char *body;	    /* the HTTP payload, NUL-terminated */
	size_t len;	    /* bytes in body */
	uint64_t offset;    /* of the record in the uncompressed stream */
};

struct warc_stats {
	size_t records;	     /* WARC records read, good or bad */
	size_t html;	     /* HTML responses handed out */
	size_t not_response; /* warcinfo, request, metadata, ... */
	size_t not_ok;	     /* responses with an HTTP status not 2xx */
	size_t not_html;     /* responses that are not HTML, or encoded */
	size_t bad;	     /* errors reported by warc_next */
};

/*
 * Opens the archive at path. max_record caps a record's block (payload
 * and HTTP headers), like --max-bytes for a file. Returns the reader
 * (close with warc_close), or NULL with *e naming the file.
 */
struct warc_reader *warc_open(const char *path, size_t max_record,
			      struct err *e);

/*
 * The same over an open descriptor (which the reader then owns and
 * closes), reported as `name`: for tests and the fuzz target.
 */
struct warc_reader *warc_open_fd(int fd, const char *name, size_t max_record,
				 struct err *e);

/*
 * The next HTML response. Returns 1 with *rec filled; 0 at the end of
 * the archive; -1 for a bad record, with *e naming the file and the
 * record's offset in the uncompressed stream and the reason (no WARC
 * version line, a missing or bad Content-Length, a block over
 * max_record, a block that does not end where its Content-Length says,
 * a truncated record or gzip stream, an unreadable file). After -1 call
 * again: the reader has moved on to the next record it can find, or
 * returns 0 when the stream cannot go on (truncation, read errors).
 */
int warc_next(struct warc_reader *r, struct warc_record *rec, struct err *e);

/* Frees rec's strings and clears it. */
void warc_record_release(struct warc_record *rec);

/* The counts so far. */
const struct warc_stats *warc_stats(const struct warc_reader *r);

/* The share of the file read so far, 0..1, or -1 when its size is not
 * known (a pipe): for progress lines. */
double warc_progress(const struct warc_reader *r);

/* Closes the file and frees the reader. NULL is a no-op. */
void warc_close(struct warc_reader *r);

#endif
