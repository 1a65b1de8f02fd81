/* err.h - the error a stage reports to its caller */
#ifndef CLAIMEX_ERR_H
#define CLAIMEX_ERR_H

/*
 * A stage that fails fills a struct err and returns non-zero; only main
 * and the logger print it. `where` names the input (path or URL) or the
 * pattern file; `msg` carries the reason with the library's own detail
 * (strerror, curl's error buffer, PCRE2's message, ...).
 */
enum err_code {
	ERR_NONE = 0,
	ERR_IO,	      /* cannot open/read/write */
	ERR_TOO_BIG,  /* over --max-bytes */
	ERR_EMPTY,    /* nothing to read, or no article text found */
	ERR_BINARY,   /* not text */
	ERR_ENCODING, /* not decodable */
	ERR_PARSE,    /* malformed document */
	ERR_FETCH,    /* transport failure: DNS, connect, timeout, TLS */
	ERR_HTTP,     /* HTTP status other than 2xx */
	ERR_PATTERN,  /* broken rule set */
	ERR_USAGE,    /* bad option or argument */
	ERR_DB,	      /* the SQLite store failed (sqlite3_errmsg) */
	ERR_LOCKED,   /* another run holds the store */
	ERR_ROBOTS,   /* disallowed by robots.txt (a skip, not a failure) */
	ERR_BUDGET,   /* an article used up its --work-budget */
};

struct err {
	enum err_code code;
	int line, col; /* 1-based when known, else 0 */
	char where[1024];
	char msg[1024];
};

/* Clears e (code ERR_NONE, empty strings). */
void err_clear(struct err *e);

/* Sets code, where (may be NULL) and a printf-style message. */
void err_set(struct err *e, enum err_code code, const char *where,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* A short name for a code: "io", "too-big", ... (for logs and tests). */
const char *err_code_name(enum err_code code);

#endif
