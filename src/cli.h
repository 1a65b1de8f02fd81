/* cli.h - the command line: one option table, one read-only config */
#ifndef CLAIMEX_CLI_H
#define CLAIMEX_CLI_H

#include <stddef.h>
#include <stdio.h>

#define CLAIMEX_VERSION "0.1.0"

/* Where `make install` puts share/claimex (the Makefile sets it from
 * PREFIX); the default patterns folder is its patterns/ when there is no
 * ./patterns. */
#ifndef CLAIMEX_DATADIR
#define CLAIMEX_DATADIR "/usr/local/share/claimex"
#endif

/* Exit statuses, documented in README.md and claimex(1). */
enum exit_status {
	EXIT_ALL_OK = 0,      /* every input read and processed */
	EXIT_SOME_FAILED = 1, /* some inputs failed, each named on stderr */
	EXIT_USAGE = 2,	      /* bad command line */
	EXIT_PATTERNS = 3,    /* the rule set in patterns/ is broken */
	EXIT_OUTPUT = 4,      /* cannot write the output */
	EXIT_LOCKED = 5,      /* another run holds the --db store */
};

enum cli_command {
	CMD_NONE,
	CMD_EXTRACT,   /* records of every input as JSON Lines on stdout */
	CMD_TEXT,      /* the article body text of every input on stdout */
	CMD_RUN,       /* the whole pipeline into an output folder */
	CMD_CONFLICTS, /* the reduce step over records read back */
	CMD_REPORT,    /* conflicts, CSV and HTML from records read back */
};

struct config {
	enum cli_command command;
	char **inputs; /* points into argv */
	size_t ninputs;
	const char *outdir;   /* run: default "out" */
	const char *patterns; /* --patterns DIR, or NULL for the default */
	size_t max_bytes;     /* default 20 MB */
	long timeout_ms;      /* per URL, retries included, default 30 s */
	long work_budget_ms;  /* CPU time per article, default 30 s; 0: none */
	long connect_timeout_ms;
	long max_redirects;
	int verbosity;		/* 0 quiet, 1 normal, 2 verbose */
	long jobs;		/* -j: worker threads; 0: the number of cores */
	long downloads;		/* transfers at once, default 8 */
	long per_host;		/* transfers at once per host, default 2 */
	long delay_ms;		/* between requests to one host, default 1 s */
	long retries;		/* after a 5xx or a timeout, default 2 */
	const char *urls_file;	/* --urls: one URL a line, or NULL */
	const char *files_from; /* --files-from: one INPUT a line, "-" stdin */
	const char *db_path;	/* --db: the SQLite store, or NULL */
	const char *since;	/* --since YYYY-MM-DD, or NULL */
	int wait;		/* --wait: wait for the store's lock */
	int no_csv_bom;		/* --no-csv-bom: claims.csv without a BOM */
	/* "patterns" next to the claimex binary (a checkout's ./claimex
	 * run from another folder), or "" when /proc does not say */
	char exe_patterns[4096];
	const char *langs; /* --lang: processed languages, default "en" */
};

/* What cli_parse asks main to do. */
enum cli_action {
	CLI_RUN,     /* cfg is filled: run cfg->command */
	CLI_EXIT_OK, /* --help or --version was printed to `out` */
	CLI_MISUSE,  /* a message and the usage hint went to `errout` */
};

/*
 * Parses argv into cfg (which keeps pointers into argv). Options may come
 * before or after the command and the inputs; "--" ends options. Help and
 * version go to `out`, misuse messages to `errout`.
 */
enum cli_action cli_parse(int argc, char **argv, struct config *cfg, FILE *out,
			  FILE *errout);

/* True when s is a calendar date written YYYY-MM-DD. */
int cli_valid_date(const char *s);
/*
 * The patterns folder to load: --patterns DIR when given, else
 * "patterns" when the current directory has one, else the patterns
 * folder next to the binary when there is one (a checkout's ./claimex
 * run from any folder, e.g. by xargs or a cluster worker), else
 * CLAIMEX_DATADIR "/patterns" (an installed claimex).
 */
const char *cli_patterns_dir(const struct config *cfg);

/* Prints the full --help text. */
void cli_usage(FILE *out);

/*
 * Parses a byte count with an optional k/K, m/M or g/G suffix (powers of
 * 1000 for k/M/G as written on the command line: "20M" is 20,000,000;
 * "KiB", "MiB", "GiB" are powers of 1024). Returns 0 or -1.
 */
int cli_parse_bytes(const char *s, size_t *out);

#endif
