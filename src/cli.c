/* cli.c - the command line: one option table, one read-only config */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lang.h"
#include "util.h"

enum opt_id {
	OPT_HELP,
	OPT_VERSION,
	OPT_QUIET,
	OPT_VERBOSE,
	OPT_OUTPUT,
	OPT_MAX_BYTES,
	OPT_TIMEOUT,
	OPT_CONNECT_TIMEOUT,
	OPT_MAX_REDIRECTS,
	OPT_JOBS,
	OPT_PER_HOST,
	OPT_DELAY,
	OPT_RETRIES,
	OPT_URLS,
	OPT_DB,
	OPT_SINCE,
	OPT_WAIT,
	OPT_NO_CSV_BOM,
	OPT_PATTERNS,
	OPT_WORK_BUDGET,
	OPT_DOWNLOADS,
	OPT_FILES_FROM,
	OPT_LANG,
};

struct opt {
	enum opt_id id;
	char short_name; /* 0 when none */
	const char *long_name;
	const char *arg; /* NULL for a flag */
	const char *help;
};

/* The one option table: parsing and --help both read it. */
static const struct opt options[] = {
    {OPT_OUTPUT, 'o', "output", "DIR",
     "run, report: write the outputs into DIR (default: out)"},
    {OPT_PATTERNS, 0, "patterns", "DIR",
     "read the rule sets from DIR (default: ./patterns\n"
     "when it exists, else the installed\n" CLAIMEX_DATADIR "/patterns)"},
    {OPT_LANG, 0, "lang", "LIST",
     "run the rule sets on articles in these languages,\n"
     "comma-separated subtags or 'all' (default: en);\n"
     "others get their article record with its lang only"},
    {OPT_MAX_BYTES, 0, "max-bytes", "N",
     "skip a file or download larger than N bytes; suffixes k, M, G\n"
     "(default: 20M)"},
    {OPT_TIMEOUT, 0, "timeout", "SECS",
     "give up a URL after SECS seconds, retries\n"
     "included (default: 30)"},
    {OPT_CONNECT_TIMEOUT, 0, "connect-timeout", "SECS",
     "give up connecting after SECS seconds (default: 10)"},
    {OPT_MAX_REDIRECTS, 0, "max-redirects", "N",
     "follow at most N redirects (default: 5)"},
    {OPT_URLS, 0, "urls", "FILE",
     "also read the URLs listed in FILE, one a line\n"
     "(blank lines and # comments skipped)"},
    {OPT_FILES_FROM, 0, "files-from", "FILE",
     "also read the INPUTs listed in FILE (- for stdin),\n"
     "one a line, taken as written; for conflicts and\n"
     "report, the record files to read"},
    {OPT_JOBS, 'j', "jobs", "N",
     "process articles on N threads (default: the\n"
     "number of cores); the output is the same for any N"},
    {OPT_DOWNLOADS, 0, "downloads", "N",
     "download at most N URLs at once (default: 8)"},
    {OPT_PER_HOST, 0, "per-host", "N",
     "at most N downloads at once per host (default: 2)"},
    {OPT_DELAY, 0, "delay", "SECS",
     "wait SECS between requests to a host (default: 1);\n"
     "a larger robots.txt Crawl-delay wins"},
    {OPT_RETRIES, 0, "retries", "N",
     "retry a 5xx or a timeout N times (default: 2)"},
    {OPT_WORK_BUDGET, 0, "work-budget", "SECS",
     "give up an article after SECS seconds of CPU\n"
     "time (default: 30; 0: no limit)"},
    {OPT_DB, 0, "db", "PATH",
     "run: keep every fetched article and its records\n"
     "in the SQLite store PATH; download only what\n"
     "changed; rebuild the outputs from the whole store"},
    {OPT_SINCE, 0, "since", "DATE",
     "with --db: only articles published on or after\n"
     "DATE (YYYY-MM-DD) go into the outputs; undated\n"
     "ones are kept"},
    {OPT_WAIT, 0, "wait", NULL,
     "with --db: wait for another run to finish\n"
     "instead of exiting with status 5"},
    {OPT_NO_CSV_BOM, 0, "no-csv-bom", NULL,
     "run, report: write claims.csv without the UTF-8\n"
     "byte-order mark (by default it has one, so that\n"
     "Excel reads it as UTF-8)"},
    {OPT_QUIET, 'q', "quiet", NULL, "print errors only"},
    {OPT_VERBOSE, 'v', "verbose", NULL, "also print progress per input"},
    {OPT_HELP, 'h', "help", NULL, "print this help and exit"},
    {OPT_VERSION, 'V', "version", NULL, "print the version and exit"},
};

static const struct {
	const char *name;
	enum cli_command cmd;
	const char *summary;
} commands[] = {
    {"extract", CMD_EXTRACT,
     "write the records of every INPUT as JSON Lines to stdout"},
    {"text", CMD_TEXT, "print the article body text found in every INPUT"},
    {"run", CMD_RUN,
     "run the whole pipeline over INPUTs (default: corpus/) into -o DIR"},
    {"conflicts", CMD_CONFLICTS,
     "read records (FILEs or stdin) and write conflict records"},
    {"report", CMD_REPORT,
     "read records (FILEs or stdin) and write the reports into -o DIR"},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

void cli_usage(FILE *out)
{
	fputs("usage: claimex COMMAND [OPTIONS] [INPUT...]\n"
	      "\n"
	      "Extracts money figures, troop counts, percentages and\n"
	      "multipliers, actors and quotes from news articles, and lines\n"
	      "up the same quantity across sources.\n"
	      "\n"
	      "Commands:\n",
	      out);
	for (size_t i = 0; i < COUNT(commands); i++)
		fprintf(out, "  %-10s %s\n", commands[i].name,
			commands[i].summary);
	fputs("\nINPUT is a file, a folder (walked recursively; hidden files\n"
	      "and files that are not .txt/.text/.md/.html/.htm/.xhtml/\n"
	      ".shtml, optionally .gz, or .warc/.warc.gz, are skipped), - for\n"
	      "stdin, an http(s) URL, or a WARC or WARC.gz archive (its HTML\n"
	      "responses are the articles).\n"
	      "\nOptions:\n",
	      out);
	for (size_t i = 0; i < COUNT(options); i++) {
		const struct opt *o = &options[i];
		char left[64];
		if (o->short_name)
			snprintf(left, sizeof left, "-%c, --%s%s%s",
				 o->short_name, o->long_name, o->arg ? " " : "",
				 o->arg ? o->arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s",
				 o->long_name, o->arg ? " " : "",
				 o->arg ? o->arg : "");
		fprintf(out, "  %-26s ", left);
		for (const char *h = o->help; *h; h++) {
			fputc(*h, out);
			if (*h == '\n')
				fprintf(out, "  %-26s ", "");
		}
		fputc('\n', out);
	}
	fputs("\nExit status:\n"
	      "  0  every input was processed\n"
	      "  1  some inputs failed (each is named on stderr); the others\n"
	      "     were processed and their records written\n"
	      "  2  usage error\n"
	      "  3  the rule set (the patterns folder) is missing or broken;\n"
	      "     every error is printed and nothing is written\n"
	      "  4  the output could not be written\n"
	      "  5  another claimex run holds the --db store (see --wait)\n",
	      out);
}

const char *cli_patterns_dir(const struct config *cfg)
{
	struct stat st;
	if (cfg->patterns)
		return cfg->patterns;
	if (stat("patterns", &st) == 0 && S_ISDIR(st.st_mode))
		return "patterns";
	if (cfg->exe_patterns[0] && stat(cfg->exe_patterns, &st) == 0 &&
	    S_ISDIR(st.st_mode))
		return cfg->exe_patterns;
	return CLAIMEX_DATADIR "/patterns";
}

int cli_parse_bytes(const char *s, size_t *out)
{
	if (!s || !*s || *s == '-')
		return -1;
	errno = 0;
	char *end;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -1;
	unsigned long long mul = 1;
	if (!strcmp(end, "") || !strcmp(end, "B"))
		mul = 1;
	else if (!strcmp(end, "k") || !strcmp(end, "K") || !strcmp(end, "kB"))
		mul = 1000ULL;
	else if (!strcmp(end, "M") || !strcmp(end, "MB"))
		mul = 1000ULL * 1000;
	else if (!strcmp(end, "G") || !strcmp(end, "GB"))
		mul = 1000ULL * 1000 * 1000;
	else if (!strcmp(end, "KiB"))
		mul = 1024ULL;
	else if (!strcmp(end, "MiB"))
		mul = 1024ULL * 1024;
	else if (!strcmp(end, "GiB"))
		mul = 1024ULL * 1024 * 1024;
	else
		return -1;
	if (v > SIZE_MAX / mul)
		return -1;
	*out = (size_t)(v * mul);
	return 0;
}

/* Whole seconds or decimals ("2.5") to milliseconds. */
static int parse_seconds(const char *s, long *ms)
{
	errno = 0;
	char *end;
	double v = strtod(s, &end);
	if (errno || end == s || *end || v <= 0 || v > 86400)
		return -1;
	*ms = (long)(v * 1000.0 + 0.5);
	return 0;
}

static int parse_count(const char *s, long *out)
{
	errno = 0;
	char *end;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 0 || v > 1000)
		return -1;
	*out = v;
	return 0;
}

/* Seconds that may be zero ("--delay 0"). */
static int parse_seconds0(const char *s, long *ms)
{
	if (!strcmp(s, "0"))
		return *ms = 0, 0;
	return parse_seconds(s, ms);
}

int cli_valid_date(const char *s)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !is_ascii_digit((unsigned char)s[i]))
			return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
		(s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m == 2 && d == 29 && !leap)
		return 0;
	return m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

static const struct opt *find_long(const char *name, size_t len)
{
	for (size_t i = 0; i < COUNT(options); i++)
		if (strlen(options[i].long_name) == len &&
		    !strncmp(options[i].long_name, name, len))
			return &options[i];
	return NULL;
}

static const struct opt *find_short(char c)
{
	for (size_t i = 0; i < COUNT(options); i++)
		if (options[i].short_name == c)
			return &options[i];
	return NULL;
}

__attribute__((format(printf, 2, 3))) static enum cli_action
misuse(FILE *errout, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("claimex: ", errout);
	vfprintf(errout, fmt, ap);
	va_end(ap);
	fputs("\nTry 'claimex --help' for more information.\n", errout);
	return CLI_MISUSE;
}

/* Applies one option; returns CLI_RUN to go on. */
static enum cli_action apply(const struct opt *o, const char *val,
			     struct config *cfg, FILE *out, FILE *errout)
{
	switch (o->id) {
	case OPT_HELP:
		cli_usage(out);
		return CLI_EXIT_OK;
	case OPT_VERSION:
		fprintf(out, "claimex %s\n", CLAIMEX_VERSION);
		return CLI_EXIT_OK;
	case OPT_QUIET:
		cfg->verbosity = 0;
		break;
	case OPT_VERBOSE:
		cfg->verbosity = 2;
		break;
	case OPT_OUTPUT:
		if (!*val)
			return misuse(errout, "empty output folder");
		cfg->outdir = val;
		break;
	case OPT_PATTERNS:
		if (!*val)
			return misuse(errout, "empty patterns folder");
		cfg->patterns = val;
		break;
	case OPT_MAX_BYTES:
		if (cli_parse_bytes(val, &cfg->max_bytes) || !cfg->max_bytes)
			return misuse(errout, "bad --max-bytes value '%s'",
				      val);
		break;
	case OPT_WORK_BUDGET:
		if (parse_seconds0(val, &cfg->work_budget_ms))
			return misuse(errout, "bad --work-budget value '%s'",
				      val);
		break;
	case OPT_TIMEOUT:
		if (parse_seconds(val, &cfg->timeout_ms))
			return misuse(errout, "bad --timeout value '%s'", val);
		break;
	case OPT_CONNECT_TIMEOUT:
		if (parse_seconds(val, &cfg->connect_timeout_ms))
			return misuse(errout,
				      "bad --connect-timeout value '%s'", val);
		break;
	case OPT_MAX_REDIRECTS:
		if (parse_count(val, &cfg->max_redirects))
			return misuse(errout, "bad --max-redirects value '%s'",
				      val);
		break;
	case OPT_JOBS:
		if (parse_count(val, &cfg->jobs) || cfg->jobs < 1 ||
		    cfg->jobs > 256)
			return misuse(errout, "bad --jobs value '%s' (1-256)",
				      val);
		break;
	case OPT_DOWNLOADS:
		if (parse_count(val, &cfg->downloads) || cfg->downloads < 1 ||
		    cfg->downloads > 256)
			return misuse(
			    errout, "bad --downloads value '%s' (1-256)", val);
		break;
	case OPT_FILES_FROM:
		if (!*val)
			return misuse(errout, "empty --files-from file name");
		cfg->files_from = val;
		break;
	case OPT_PER_HOST:
		if (parse_count(val, &cfg->per_host) || cfg->per_host < 1 ||
		    cfg->per_host > 64)
			return misuse(errout,
				      "bad --per-host value '%s' (1-64)", val);
		break;
	case OPT_DELAY:
		if (parse_seconds0(val, &cfg->delay_ms))
			return misuse(errout, "bad --delay value '%s'", val);
		break;
	case OPT_RETRIES:
		if (parse_count(val, &cfg->retries) || cfg->retries > 10)
			return misuse(errout, "bad --retries value '%s' (0-10)",
				      val);
		break;
	case OPT_URLS:
		if (!*val)
			return misuse(errout, "empty --urls file name");
		cfg->urls_file = val;
		break;
	case OPT_DB:
		if (!*val)
			return misuse(errout, "empty --db path");
		cfg->db_path = val;
		break;
	case OPT_SINCE:
		if (!cli_valid_date(val))
			return misuse(errout,
				      "bad --since date '%s' (want YYYY-MM-DD)",
				      val);
		cfg->since = val;
		break;
	case OPT_WAIT:
		cfg->wait = 1;
		break;
	case OPT_NO_CSV_BOM:
		cfg->no_csv_bom = 1;
		break;
	case OPT_LANG:
		if (lang_list_valid(val))
			return misuse(errout,
				      "bad --lang list '%s' (want e.g. en,de "
				      "or all)",
				      val);
		cfg->langs = val;
		break;
	}
	return CLI_RUN;
}

enum cli_action cli_parse(int argc, char **argv, struct config *cfg, FILE *out,
			  FILE *errout)
{
	memset(cfg, 0, sizeof *cfg);
	char exe[sizeof cfg->exe_patterns];
	ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (el > 0) {
		exe[el] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash && (size_t)(slash - exe) + sizeof "/patterns" <=
				 sizeof cfg->exe_patterns) {
			memcpy(slash, "/patterns", sizeof "/patterns");
			memcpy(cfg->exe_patterns, exe, strlen(exe) + 1);
		}
	}
	cfg->outdir = "out";
	cfg->langs = "en";
	cfg->max_bytes = 20u * 1000 * 1000;
	cfg->timeout_ms = 30000;
	cfg->work_budget_ms = 30000;
	cfg->connect_timeout_ms = 10000;
	cfg->max_redirects = 5;
	cfg->verbosity = 1;
	cfg->jobs = 0; /* the number of cores, found by main */
	cfg->downloads = 8;
	cfg->per_host = 2;
	cfg->delay_ms = 1000;
	cfg->retries = 2;
	/* Inputs are compacted in place at the front of argv + 1. */
	cfg->inputs = argv + 1;
	bool only_args = false;

	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		if (only_args || a[0] != '-' || !strcmp(a, "-")) {
			if (cfg->command == CMD_NONE) {
				for (size_t k = 0; k < COUNT(commands); k++)
					if (!strcmp(a, commands[k].name))
						cfg->command = commands[k].cmd;
				if (cfg->command == CMD_NONE)
					return misuse(
					    errout, "unknown command '%s'", a);
				continue;
			}
			cfg->inputs[cfg->ninputs++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_args = true;
			continue;
		}
		const struct opt *o;
		const char *val = NULL;
		if (a[1] == '-') {
			const char *name = a + 2;
			const char *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			o = find_long(name, len);
			if (!o)
				return misuse(errout, "unknown option '%s'", a);
			if (eq && !o->arg)
				return misuse(errout,
					      "option '%s' takes no value", a);
			if (eq)
				val = eq + 1;
		} else {
			o = find_short(a[1]);
			if (!o)
				return misuse(errout, "unknown option '%s'", a);
			if (a[2] && o->arg)
				val = a + 2;
			else if (a[2]) {
				/* Bundled flags: -qv */
				for (const char *f = a + 1; *f; f++) {
					const struct opt *fo = find_short(*f);
					if (!fo || fo->arg)
						return misuse(
						    errout,
						    "unknown option '%s'", a);
					enum cli_action r =
					    apply(fo, NULL, cfg, out, errout);
					if (r != CLI_RUN)
						return r;
				}
				continue;
			}
		}
		if (o->arg && !val) {
			if (i + 1 >= argc)
				return misuse(errout,
					      "option '%s' needs a value", a);
			val = argv[++i];
		}
		enum cli_action r = apply(o, val, cfg, out, errout);
		if (r != CLI_RUN)
			return r;
	}
	if (cfg->command == CMD_NONE)
		return misuse(errout, "no command given");
	if (cfg->ninputs == 0 && !cfg->urls_file && !cfg->files_from &&
	    cfg->command != CMD_RUN && cfg->command != CMD_CONFLICTS &&
	    cfg->command != CMD_REPORT)
		return misuse(errout, "no INPUT given");
	if (cfg->db_path && cfg->command != CMD_RUN)
		return misuse(errout, "--db works with the run command only");
	if ((cfg->since || cfg->wait) && !cfg->db_path)
		return misuse(errout, "%s needs --db",
			      cfg->since ? "--since" : "--wait");
	return CLI_RUN;
}
