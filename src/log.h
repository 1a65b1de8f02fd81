/* log.h - the one place that prints diagnostics */
#ifndef CLAIMEX_LOG_H
#define CLAIMEX_LOG_H

#include <stdio.h>

struct err;

/* Verbosity: -q gives LOG_QUIET (errors only), default LOG_NORMAL
 * (errors and warnings), -v LOG_VERBOSE (plus progress per input). */
enum log_level { LOG_QUIET = 0, LOG_NORMAL = 1, LOG_VERBOSE = 2 };

struct log {
	enum log_level level;
	FILE *out;    /* stderr in the tool, a memstream in tests */
	int progress; /* draw a progress line (out is a terminal, not -q) */
};

/* "claimex: WHERE: MSG" for an error; always printed. */
void log_err(const struct log *log, const struct err *e);

/* "claimex: error: ..." without an input to name. */
void log_error(const struct log *log, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * An error that points into a file, the way compilers print them:
 *   WHERE:LINE:COL: error: MSG
 *   the source line
 *       ^
 * Without a line (line 0) only "WHERE: error: MSG". The caret line copies
 * the tabs of the source line so that the caret stands under column COL
 * (counted in characters). Always printed.
 */
void log_located(const struct log *log, const char *where, int line, int col,
		 const char *msg, const char *text);

/* "claimex: warning: ..." unless quiet. */
void log_warn(const struct log *log, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* "claimex: ..." only with -v. */
void log_info(const struct log *log, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Redraws the one progress line ("\r...", cleared to the end) when
 * log->progress is set; other messages first clear it. */
void log_progress(const struct log *log, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Ends the progress line with a newline, if one is drawn. */
void log_progress_end(const struct log *log);

#endif
