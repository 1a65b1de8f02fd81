/* log.c - the one place that prints diagnostics */
#include "log.h"

#include <stdarg.h>

#include "err.h"

/* Erases a progress line before a message goes on its own line. */
static void clear_progress(const struct log *log)
{
	if (log->progress)
		fputs("\r\033[K", log->out);
}

void log_err(const struct log *log, const struct err *e)
{
	clear_progress(log);
	if (e->where[0] && e->line)
		fprintf(log->out, "claimex: %s:%d:%d: %s\n", e->where, e->line,
			e->col, e->msg);
	else if (e->where[0])
		fprintf(log->out, "claimex: %s: %s\n", e->where, e->msg);
	else
		fprintf(log->out, "claimex: error: %s\n", e->msg);
	fflush(log->out);
}

void log_located(const struct log *log, const char *where, int line, int col,
		 const char *msg, const char *text)
{
	if (line <= 0) {
		fprintf(log->out, "%s: error: %s\n", where, msg);
		fflush(log->out);
		return;
	}
	fprintf(log->out, "%s:%d:%d: error: %s\n", where, line, col, msg);
	if (text) {
		fprintf(log->out, "%s\n", text);
		int c = 1;
		for (const char *p = text; *p && c < col; p++) {
			if (((unsigned char)*p & 0xC0) == 0x80)
				continue; /* not a new character */
			fputc(*p == '\t' ? '\t' : ' ', log->out);
			c++;
		}
		fputs("^\n", log->out);
	}
	fflush(log->out);
}

static void vlog(const struct log *log, const char *tag, const char *fmt,
		 va_list ap)
{
	clear_progress(log);
	fprintf(log->out, "claimex: %s", tag);
	vfprintf(log->out, fmt, ap);
	fputc('\n', log->out);
	fflush(log->out);
}

void log_error(const struct log *log, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vlog(log, "error: ", fmt, ap);
	va_end(ap);
}

void log_warn(const struct log *log, const char *fmt, ...)
{
	if (log->level < LOG_NORMAL)
		return;
	va_list ap;
	va_start(ap, fmt);
	vlog(log, "warning: ", fmt, ap);
	va_end(ap);
}

void log_info(const struct log *log, const char *fmt, ...)
{
	if (log->level < LOG_VERBOSE)
		return;
	va_list ap;
	va_start(ap, fmt);
	vlog(log, "", fmt, ap);
	va_end(ap);
}

void log_progress(const struct log *log, const char *fmt, ...)
{
	if (!log->progress)
		return;
	va_list ap;
	va_start(ap, fmt);
	fputs("\rclaimex: ", log->out);
	vfprintf(log->out, fmt, ap);
	fputs("\033[K", log->out);
	fflush(log->out);
	va_end(ap);
}

void log_progress_end(const struct log *log)
{
	if (!log->progress)
		return;
	fputc('\n', log->out);
	fflush(log->out);
}
