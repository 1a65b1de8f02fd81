/* test_cli.c - the option table, misuse, byte counts */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "harness.h"

struct parse_case {
	const char *args; /* space separated, after "claimex" */
	enum cli_action action;
	enum cli_command command;
	size_t ninputs;
	const char *first_input;
	const char *outdir;
	size_t max_bytes;
	int verbosity;
	const char *out_has; /* substring of stdout, or NULL */
	const char *err_has; /* substring of stderr, or NULL */
};

static const struct parse_case cases[] = {
    {"extract a.txt b.html", CLI_RUN, CMD_EXTRACT, 2, "a.txt", "out", 20000000,
     1, NULL, NULL},
    {"-q extract --max-bytes 1M dir", CLI_RUN, CMD_EXTRACT, 1, "dir", "out",
     1000000, 0, NULL, NULL},
    {"run -o /tmp/x", CLI_RUN, CMD_RUN, 0, NULL, "/tmp/x", 20000000, 1, NULL,
     NULL},
    {"run --output=res in -v", CLI_RUN, CMD_RUN, 1, "in", "res", 20000000, 2,
     NULL, NULL},
    {"text -- -v", CLI_RUN, CMD_TEXT, 1, "-v", "out", 20000000, 1, NULL, NULL},
    {"extract -", CLI_RUN, CMD_EXTRACT, 1, "-", "out", 20000000, 1, NULL, NULL},
    {"--help", CLI_EXIT_OK, CMD_NONE, 0, NULL, NULL, 0, 0, "usage: claimex",
     NULL},
    {"extract --version", CLI_EXIT_OK, CMD_EXTRACT, 0, NULL, NULL, 0, 0,
     "claimex " CLAIMEX_VERSION, NULL},
    {"", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL, "no command given"},
    {"frobnicate", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "unknown command 'frobnicate'"},
    {"extract", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "no INPUT given"},
    {"extract --bogus x", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "unknown option '--bogus'"},
    {"extract --max-bytes", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "needs a value"},
    {"extract --max-bytes 12Q x", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0,
     NULL, "bad --max-bytes value '12Q'"},
    {"extract --timeout 0 x", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "bad --timeout"},
    {"extract -q=1 x", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "unknown option"},
    {"run --db s.db -j 4 --delay 0 --since 2024-02-29 --wait u", CLI_RUN,
     CMD_RUN, 1, "u", "out", 20000000, 1, NULL, NULL},
    {"extract --urls list.txt", CLI_RUN, CMD_EXTRACT, 0, NULL, "out", 20000000,
     1, NULL, NULL},
    {"extract --db s.db x", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "--db works with the run command only"},
    {"run --db s.db --since 2023-02-29", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0,
     0, NULL, "bad --since date '2023-02-29'"},
    {"run --since 2024-01-01", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "--since needs --db"},
    {"run --wait", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "--wait needs --db"},
    {"run -j 0", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "bad --jobs value '0'"},
    {"extract --files-from list.txt", CLI_RUN, CMD_EXTRACT, 0, NULL, "out",
     20000000, 1, NULL, NULL},
    {"extract -j 3 --downloads 16 x", CLI_RUN, CMD_EXTRACT, 1, "x", "out",
     20000000, 1, NULL, NULL},
    {"run --downloads 0", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "bad --downloads value '0'"},
    {"run --files-from=", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "empty --files-from"},
    {"run --per-host 100", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "bad --per-host"},
    {"run --retries 11", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "bad --retries"},
    {"run --delay -1", CLI_MISUSE, CMD_NONE, 0, NULL, NULL, 0, 0, NULL,
     "bad --delay"},
    {"--help", CLI_EXIT_OK, CMD_NONE, 0, NULL, NULL, 0, 0,
     "5  another claimex run holds the --db store", NULL},
};

static void test_parse(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct parse_case *c = &cases[i];
		char buf[512];
		char *argv[32];
		int argc = 0;
		snprintf(buf, sizeof buf, "%s", c->args);
		argv[argc++] = "claimex";
		for (char *t = buf; *t;) {
			while (*t == ' ')
				*t++ = '\0';
			if (!*t)
				break;
			argv[argc++] = t;
			while (*t && *t != ' ')
				t++;
		}
		argv[argc] = NULL;
		char *obuf = NULL, *ebuf = NULL;
		size_t olen = 0, elen = 0;
		FILE *out = open_memstream(&obuf, &olen);
		FILE *err = open_memstream(&ebuf, &elen);
		struct config cfg;
		enum cli_action act = cli_parse(argc, argv, &cfg, out, err);
		fclose(out);
		fclose(err);
		CHECK_INT(act, c->action);
		if (act == CLI_RUN) {
			CHECK_INT(cfg.command, c->command);
			CHECK_INT(cfg.ninputs, c->ninputs);
			if (c->first_input)
				CHECK_STR(cfg.inputs[0], c->first_input);
			CHECK_STR(cfg.outdir, c->outdir);
			CHECK_INT(cfg.max_bytes, c->max_bytes);
			CHECK_INT(cfg.verbosity, c->verbosity);
		}
		if (c->out_has)
			CHECK(strstr(obuf, c->out_has) != NULL);
		if (c->err_has) {
			CHECK(strstr(ebuf, c->err_has) != NULL);
			CHECK(strstr(ebuf, "Try 'claimex --help'") != NULL);
		}
		if (act != CLI_MISUSE)
			CHECK_INT(elen, 0);
		free(obuf);
		free(ebuf);
	}
}

static void test_bytes(void)
{
	static const struct {
		const char *in;
		int rc;
		size_t want;
	} rows[] = {
	    {"100", 0, 100},	  {"20M", 0, 20000000},
	    {"1k", 0, 1000},	  {"2KiB", 0, 2048},
	    {"1MiB", 0, 1048576}, {"1G", 0, 1000000000},
	    {"", -1, 0},	  {"-5", -1, 0},
	    {"5X", -1, 0},	  {"99999999999999999999", -1, 0},
	};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		size_t v = 0;
		CHECK_INT(cli_parse_bytes(rows[i].in, &v), rows[i].rc);
		if (rows[i].rc == 0)
			CHECK_INT(v, rows[i].want);
	}
}

int main(void)
{
	test_parse();
	test_bytes();
	return harness_done("cli");
}
