/* cli.c - the command line: one option table, one read-only config */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum opt_id {
	OPT_HELP, OPT_VERSION, OPT_QUIET, OPT_VERBOSE, OPT_OUTPUT,
	OPT_MAX_BYTES, OPT_TIMEOUT, OPT_CONNECT_TIMEOUT, OPT_MAX_REDIRECTS,
};

struct opt {
	enum opt_id id;
	char short_name;      /* 0 when none */
	const char *long_name;
	const char *arg;      /* NULL for a flag */
	const char *help;
};

/* The one option table: parsing and --help both read it. */
static const struct opt options[] = {
	{OPT_OUTPUT, 'o', "output", "DIR",
	 "run, report: write the outputs into DIR (default: out)"},
	{OPT_MAX_BYTES, 0, "max-bytes", "N",
	 "skip a file or download larger than N bytes; suffixes k, M, G\n"
	 "(default: 20M)"},
	{OPT_TIMEOUT, 0, "timeout", "SECS",
	 "give up a download after SECS seconds (default: 30)"},
	{OPT_CONNECT_TIMEOUT, 0, "connect-timeout", "SECS",
	 "give up connecting after SECS seconds (default: 10)"},
	{OPT_MAX_REDIRECTS, 0, "max-redirects", "N",
	 "follow at most N redirects (default: 5)"},
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
	{"text", CMD_TEXT,
	 "print the article body text found in every INPUT"},
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
	      "and files that are not .txt/.md/.html/.htm/.xhtml/.shtml,\n"
	      "optionally .gz, are skipped), - for stdin, or an http(s) URL.\n"
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
			snprintf(left, sizeof left, "    --%s%s%s", o->long_name,
				 o->arg ? " " : "", o->arg ? o->arg : "");
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
	      "  3  the rule set in patterns/ is broken (nothing written)\n"
	      "  4  the output could not be written\n",
	      out);
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
	case OPT_MAX_BYTES:
		if (cli_parse_bytes(val, &cfg->max_bytes) || !cfg->max_bytes)
			return misuse(errout, "bad --max-bytes value '%s'", val);
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
	}
	return CLI_RUN;
}

enum cli_action cli_parse(int argc, char **argv, struct config *cfg,
			  FILE *out, FILE *errout)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->outdir = "out";
	cfg->max_bytes = 20u * 1000 * 1000;
	cfg->timeout_ms = 30000;
	cfg->connect_timeout_ms = 10000;
	cfg->max_redirects = 5;
	cfg->verbosity = 1;
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
					return misuse(errout,
						      "unknown command '%s'", a);
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
	if (cfg->ninputs == 0 && cfg->command != CMD_RUN &&
	    cfg->command != CMD_CONFLICTS && cfg->command != CMD_REPORT)
		return misuse(errout, "no INPUT given");
	return CLI_RUN;
}
