/* input.h - command-line inputs to a list of sources, and reading them */
#ifndef CLAIMEX_INPUT_H
#define CLAIMEX_INPUT_H

#include <stdbool.h>
#include <stddef.h>

struct buf;
struct err;

enum source_kind {
	SOURCE_FILE,
	SOURCE_STDIN,
	SOURCE_URL,
	SOURCE_WARC, /* a WARC or WARC.gz archive: many articles (warc.h) */
};

struct source {
	enum source_kind kind;
	char *name;  /* path as given or joined by the walk, URL, or "-" */
	char *error; /* set when the walk already failed on this path */
	bool named;  /* given on the command line, not found by a walk */
};

struct source_list {
	struct source *items;
	size_t n, cap;
};

/*
 * Expands command-line INPUTs in order: "-" is stdin, an http:// or
 * https:// argument a URL, a folder is walked recursively (entries sorted
 * bytewise, hidden entries and files that are not articles skipped,
 * symbolic links to folders not followed, so a loop cannot trap the walk),
 * anything else is a file. A file named *.warc or *.warc.gz, or a named
 * file without an article's extension whose bytes (after gzip) start with
 * "WARC/1.", is a SOURCE_WARC; a walk also takes *.warc and *.warc.gz. A path that cannot be opened still becomes a
 * source whose `error` says why, so the run reports it with the others.
 * Free with input_list_free().
 */
void input_expand(char *const *args, size_t nargs, struct source_list *out);

/*
 * Appends the URLs listed in the file at path (--urls): one a line,
 * surrounding blanks trimmed, empty lines and lines starting with "#"
 * skipped. A file that cannot be read becomes one source whose `error`
 * says why, like a missing INPUT.
 */
void input_add_url_file(struct source_list *list, const char *path);

/*
 * --files-from: appends the INPUTs listed in the file at path ("-" for
 * stdin), one a line, each expanded as if given on the command line
 * (folders walked, URLs, archives). A line is a name as it is: only its
 * line end is removed, empty lines are skipped; relative names are
 * relative to the current folder. Returns 0, or -1 with *e set when the
 * list itself cannot be read (the names read before stay in the list).
 */
int input_add_file_list(struct source_list *list, const char *path,
			struct err *e);

/* True for *.warc and *.warc.gz (any case). */
bool input_is_warc_name(const char *name);

/* Frees every source and the list's storage. */
void input_list_free(struct source_list *list);

/*
 * True when a file name found by a walk is an article: .txt, .text, .md,
 * .html, .htm, .xhtml, .shtml, each optionally followed by .gz.
 */
bool input_is_article_name(const char *name);

/*
 * What a file of this st_mode is, for an error message: "is a FIFO (named
 * pipe)", "is a socket", "is a character device"... (static string).
 */
const char *input_file_type(unsigned mode);

/*
 * Reads a file or stdin into out (which must be empty), at most max_bytes
 * (0: no cap) after decompression: a gzip file (by its magic bytes) is
 * decompressed on the fly. Only a regular file is read: a folder, FIFO,
 * socket or device named by src is refused at once, never waited on
 * (stdin is read whatever it is). Returns 0, or -1 with *e set: ERR_IO
 * with the system's reason or the file's type, ERR_TOO_BIG, ERR_EMPTY for zero bytes, ERR_PARSE for a
 * corrupt gzip stream.
 */
int input_read(const struct source *src, size_t max_bytes, struct buf *out,
	       struct err *e);

#endif
