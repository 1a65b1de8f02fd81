/* outfile.h - output files written to a temporary name, renamed when done */
#ifndef CLAIMEX_OUTFILE_H
#define CLAIMEX_OUTFILE_H

#include <stdio.h>

struct err;

struct outfile {
	FILE *fp;	 /* write here */
	char path[4096]; /* the final name */
	char tmp[4096];	 /* the temporary name in the same folder */
};

/*
 * Creates DIR (and its parents) when missing and opens DIR/NAME.tmp.PID
 * for writing and reading back (mode "w+"). Returns 0, or -1 with *e set (ERR_IO naming the path).
 */
int outfile_open(struct outfile *of, const char *dir, const char *name,
		 struct err *e);

/*
 * Flushes, fsyncs and closes the file, then renames it over DIR/NAME, so
 * that readers see either the old file or the whole new one. Returns 0,
 * or -1 with *e set; the temporary file is removed on failure.
 */
int outfile_commit(struct outfile *of, struct err *e);

/* Closes and removes the temporary file (after an error). */
void outfile_abort(struct outfile *of);

#endif
