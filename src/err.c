/* err.c - the error a stage reports to its caller */
#include "err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void err_clear(struct err *e)
{
	memset(e, 0, sizeof *e);
}

void err_set(struct err *e, enum err_code code, const char *where,
	     const char *fmt, ...)
{
	e->code = code;
	e->line = e->col = 0;
	snprintf(e->where, sizeof e->where, "%s", where ? where : "");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
}

const char *err_code_name(enum err_code code)
{
	switch (code) {
	case ERR_NONE:
		return "none";
	case ERR_IO:
		return "io";
	case ERR_TOO_BIG:
		return "too-big";
	case ERR_EMPTY:
		return "empty";
	case ERR_BINARY:
		return "binary";
	case ERR_ENCODING:
		return "encoding";
	case ERR_PARSE:
		return "parse";
	case ERR_FETCH:
		return "fetch";
	case ERR_HTTP:
		return "http";
	case ERR_PATTERN:
		return "pattern";
	case ERR_USAGE:
		return "usage";
	case ERR_DB:
		return "db";
	case ERR_LOCKED:
		return "locked";
	case ERR_ROBOTS:
		return "robots";
	case ERR_BUDGET:
		return "budget";
	}
	return "unknown";
}
