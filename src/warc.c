/* warc.c - a WARC or WARC.gz archive to its HTML pages, a record at a time */
#define _POSIX_C_SOURCE 200809L
#include "warc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "err.h"
#include "util.h"

/* A WARC or HTTP header line longer than this is not a header. */
#define LINE_MAX_BYTES 65536
/* Nor a header block larger than this. */
#define HEAD_MAX_BYTES (1u << 20)
/* Bytes read at a time when skipping a block (into the line buffer). */
#define SKIP_CHUNK LINE_MAX_BYTES

struct warc_reader {
	gzFile gz;
	char *name;
	size_t max_record;
	off_t size;  /* of the file, or -1 */
	char *line;  /* LINE_MAX_BYTES */
	bool resync; /* after a bad record: looking for a version line */
	bool done;   /* the stream cannot go on */
	struct warc_stats st;
};

/* The fields of a WARC header block that matter here. */
struct head {
	char type[32];
	char *uri, *date;
	long long length; /* -1 when missing or bad */
};

static struct warc_reader *reader_new(gzFile gz, int fd, const char *name,
				      size_t max_record)
{
	struct warc_reader *r = xcalloc(1, sizeof *r);
	r->gz = gz;
	r->name = xstrdup(name);
	r->max_record = max_record;
	struct stat st;
	r->size = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? st.st_size : -1;
	r->line = xmalloc(LINE_MAX_BYTES);
	/* Large reads: most of the time goes to inflate, not to calls. */
	gzbuffer(gz, 256 * 1024);
	return r;
}

struct warc_reader *warc_open_fd(int fd, const char *name, size_t max_record,
				 struct err *e)
{
	gzFile gz = gzdopen(fd, "rb");
	if (!gz) {
		err_set(e, ERR_IO, name, "cannot read: %s", strerror(errno));
		close(fd);
		return NULL;
	}
	return reader_new(gz, fd, name, max_record);
}

struct warc_reader *warc_open(const char *path, size_t max_record,
			      struct err *e)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		err_set(e, ERR_IO, path, "%s", strerror(errno));
		return NULL;
	}
	return warc_open_fd(fd, path, max_record, e);
}

void warc_close(struct warc_reader *r)
{
	if (!r)
		return;
	gzclose(r->gz);
	free(r->line);
	free(r->name);
	free(r);
}

const struct warc_stats *warc_stats(const struct warc_reader *r)
{
	return &r->st;
}

double warc_progress(const struct warc_reader *r)
{
	if (r->size <= 0)
		return -1;
	z_off_t at = gzoffset(r->gz);
	if (at < 0)
		return -1;
	double f = (double)at / (double)r->size;
	return f > 1 ? 1 : f;
}

void warc_record_release(struct warc_record *rec)
{
	free(rec->uri);
	free(rec->date);
	free(rec->content_type);
	free(rec->body);
	memset(rec, 0, sizeof *rec);
}

__attribute__((format(printf, 4, 5))) static int
bad(struct warc_reader *r, uint64_t off, struct err *e, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	err_set(e, ERR_PARSE, r->name, "record at offset %llu: %s",
		(unsigned long long)off, msg);
	r->st.bad++;
	return -1;
}

/* After the stream stopped short: a read error, a truncated gzip member,
 * or the plain end of the file. Sets *why for the first two. */
static const char *stream_trouble(struct warc_reader *r)
{
	int zerr = Z_OK;
	const char *m = gzerror(r->gz, &zerr);
	if (zerr == Z_ERRNO)
		return strerror(errno);
	if (zerr != Z_OK)
		return m && *m ? m : "corrupt gzip stream";
	return NULL;
}

/* Reads one line into r->line. Returns its length (with the "\n"), 0 at
 * the end of the stream, -1 when it is longer than LINE_MAX_BYTES. */
static long read_line(struct warc_reader *r)
{
	if (!gzgets(r->gz, r->line, LINE_MAX_BYTES))
		return 0;
	size_t n = strlen(r->line);
	if (n == LINE_MAX_BYTES - 1 && r->line[n - 1] != '\n')
		return -1;
	return (long)n;
}

/* Reads exactly n bytes into dst, or skips them when dst is NULL.
 * Returns the bytes read (fewer at the end of the stream). */
static size_t read_block(struct warc_reader *r, char *dst, uint64_t n)
{
	char *sink = r->line; /* a skip needs no line any more */
	uint64_t got = 0;
	while (got < n) {
		uint64_t want = n - got;
		char *to = dst ? dst + got : NULL;
		if (!dst && want > SKIP_CHUNK)
			want = SKIP_CHUNK;
		if (want > (1u << 30))
			want = 1u << 30;
		int k = gzread(r->gz, to ? to : sink, (unsigned)want);
		if (k <= 0)
			break;
		got += (uint64_t)k;
	}
	return (size_t)got;
}

/* Strips the line end and returns the value after "Name:" when the line
 * is that header (name compared without case), else NULL. */
static char *header_value(char *line, const char *name)
{
	size_t n = strlen(name);
	if (strncasecmp(line, name, n) || line[n] != ':')
		return NULL;
	char *v = line + n + 1;
	while (*v == ' ' || *v == '\t')
		v++;
	size_t l = strlen(v);
	while (l && (v[l - 1] == '\n' || v[l - 1] == '\r' || v[l - 1] == ' ' ||
		     v[l - 1] == '\t'))
		v[--l] = '\0';
	return v;
}

static long long parse_length(const char *v)
{
	if (!is_ascii_digit((unsigned char)*v))
		return -1;
	long long n = 0;
	for (; is_ascii_digit((unsigned char)*v); v++) {
		if (n > (1LL << 50))
			return -1;
		n = n * 10 + (*v - '0');
	}
	return *v ? -1 : n;
}

/* Reads the WARC header lines after the version line. Returns 0, or -1
 * with the reason in *why. */
static int read_head(struct warc_reader *r, struct head *h, const char **why)
{
	memset(h, 0, sizeof *h);
	h->length = -1;
	size_t total = 0;
	for (;;) {
		long n = read_line(r);
		if (n == 0) {
			*why = "the archive ends inside the record's header";
			return -1;
		}
		if (n < 0) {
			*why = "a header line longer than 64 KB";
			return -1;
		}
		total += (size_t)n;
		if (total > HEAD_MAX_BYTES) {
			*why = "a header block larger than 1 MB";
			return -1;
		}
		char *l = r->line, *v;
		if (!strcmp(l, "\r\n") || !strcmp(l, "\n"))
			return 0;
		if ((v = header_value(l, "WARC-Type"))) {
			snprintf(h->type, sizeof h->type, "%s", v);
		} else if ((v = header_value(l, "WARC-Target-URI"))) {
			/* Some writers bracket it: <http://...> */
			size_t vl = strlen(v);
			if (vl >= 2 && v[0] == '<' && v[vl - 1] == '>') {
				v[vl - 1] = '\0';
				v++;
			}
			free(h->uri);
			h->uri = xstrdup(v);
		} else if ((v = header_value(l, "WARC-Date"))) {
			free(h->date);
			h->date = xstrdup(v);
		} else if ((v = header_value(l, "Content-Length"))) {
			h->length = parse_length(v);
		}
	}
}

static void head_release(struct head *h)
{
	free(h->uri);
	free(h->date);
}

/* The HTTP response at the start of a block: its status, Content-Type
 * and Content-Encoding, and where the payload starts. Returns false when
 * the block is not an HTTP response. */
struct http {
	int status;
	char *ctype; /* malloc'd, or NULL */
	bool encoded;
	size_t body; /* offset of the payload in the block */
};

static bool parse_http(const char *b, size_t len, struct http *hp)
{
	memset(hp, 0, sizeof *hp);
	if (len < 12 || memcmp(b, "HTTP/", 5))
		return false;
	const char *sp = memchr(b, ' ', len < 16 ? len : 16);
	if (!sp || (size_t)(sp - b) + 4 > len)
		return false;
	for (int i = 1; i <= 3; i++) {
		if (!is_ascii_digit((unsigned char)sp[i]))
			return false;
		hp->status = hp->status * 10 + (sp[i] - '0');
	}
	size_t i = 0;
	/* header lines until an empty one */
	for (;;) {
		const char *nl = memchr(b + i, '\n', len - i);
		if (!nl)
			return false;
		size_t s = i, e = (size_t)(nl - b);
		i = e + 1;
		if (e > s && b[e - 1] == '\r')
			e--;
		if (e == s)
			break;
		char line[1024];
		size_t n = e - s < sizeof line - 1 ? e - s : sizeof line - 1;
		memcpy(line, b + s, n);
		line[n] = '\0';
		char *v;
		if ((v = header_value(line, "Content-Type")) && !hp->ctype)
			hp->ctype = xstrdup(v);
		else if ((v = header_value(line, "Content-Encoding")) && *v &&
			 strcasecmp(v, "identity"))
			hp->encoded = true;
	}
	hp->body = i;
	return true;
}

static bool is_html_type(const char *t)
{
	if (!t)
		return true; /* unstated: the reader sniffs the bytes */
	return strncasecmp(t, "text/html", 9) == 0 ||
	       strncasecmp(t, "application/xhtml", 17) == 0;
}

int warc_next(struct warc_reader *r, struct warc_record *rec, struct err *e)
{
	memset(rec, 0, sizeof *rec);
	for (;;) {
		if (r->done)
			return 0;
		uint64_t off = (uint64_t)gztell(r->gz);
		long n = read_line(r);
		if (n == 0) {
			r->done = true;
			const char *why = stream_trouble(r);
			if (why)
				return bad(r, off, e, "%s (truncated?)", why);
			return 0;
		}
		if (n < 0 || strncmp(r->line, "WARC/1.", 7)) {
			bool blank = n > 0 && (!strcmp(r->line, "\r\n") ||
					       !strcmp(r->line, "\n"));
			if (blank || r->resync)
				continue;
			r->resync = true;
			return bad(r, off, e,
				   "no WARC/1.x version line where a record "
				   "should start");
		}
		r->resync = false;
		r->st.records++;
		struct head h;
		const char *why = NULL;
		if (read_head(r, &h, &why) != 0) {
			head_release(&h);
			const char *t = stream_trouble(r);
			if (t)
				r->done = true;
			r->resync = true;
			return bad(r, off, e, "%s", t ? t : why);
		}
		if (h.length < 0) {
			head_release(&h);
			r->resync = true;
			return bad(r, off, e, "no valid Content-Length");
		}
		uint64_t len = (uint64_t)h.length;
		bool response = !strcasecmp(h.type, "response");
		char *block = NULL;
		if (len > r->max_record) {
			head_release(&h);
			if (read_block(r, NULL, len) < len) {
				r->done = true;
				return bad(r, off, e,
					   "a %llu-byte block, over the "
					   "%zu-byte limit, and the archive "
					   "ends inside it",
					   (unsigned long long)len,
					   r->max_record);
			}
			r->resync = true;
			return bad(r, off, e,
				   "a %llu-byte block, over the %zu-byte "
				   "limit (--max-bytes): skipped",
				   (unsigned long long)len, r->max_record);
		}
		if (response)
			block = xmalloc((size_t)len + 1);
		size_t got = read_block(r, block, len);
		if (got < len) {
			head_release(&h);
			free(block);
			r->done = true;
			const char *t = stream_trouble(r);
			return bad(r, off, e,
				   "the archive ends after %zu of the %llu "
				   "bytes its Content-Length gives%s%s",
				   got, (unsigned long long)len, t ? ": " : "",
				   t ? t : "");
		}
		char end[4];
		size_t k = read_block(r, end, 4);
		if (k < 4 || memcmp(end, "\r\n\r\n", 4)) {
			head_release(&h);
			free(block);
			if (k < 4 && stream_trouble(r))
				r->done = true;
			r->resync = true;
			return bad(r, off, e,
				   "the block does not end where its "
				   "Content-Length (%llu) says",
				   (unsigned long long)len);
		}
		if (!response) {
			head_release(&h);
			r->st.not_response++;
			continue;
		}
		block[len] = '\0';
		struct http hp;
		if (!parse_http(block, (size_t)len, &hp) || hp.status < 200 ||
		    hp.status > 299) {
			if (hp.status && (hp.status < 200 || hp.status > 299))
				r->st.not_ok++;
			else
				r->st.not_html++;
			free(hp.ctype);
			free(block);
			head_release(&h);
			continue;
		}
		if (hp.encoded || !is_html_type(hp.ctype)) {
			r->st.not_html++;
			free(hp.ctype);
			free(block);
			head_release(&h);
			continue;
		}
		if (!h.uri || !*h.uri) {
			free(hp.ctype);
			free(block);
			head_release(&h);
			return bad(r, off, e,
				   "a response record without "
				   "WARC-Target-URI");
		}
		rec->uri = h.uri;
		rec->date = h.date;
		rec->content_type = hp.ctype;
		rec->len = (size_t)len - hp.body;
		memmove(block, block + hp.body, rec->len);
		block[rec->len] = '\0';
		rec->body = block;
		rec->offset = off;
		r->st.html++;
		return 1;
	}
}
