/* input.c - command-line inputs to a list of sources, and reading them */
#define _POSIX_C_SOURCE 200809L
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "buf.h"
#include "err.h"
#include "util.h"

/* Folders deeper than this are not walked: no news archive needs it, and
 * it bounds the walk's recursion. */
#define WALK_MAX_DEPTH 64

static void list_push(struct source_list *l, enum source_kind kind,
		      const char *name, const char *error, bool named)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->items = xrealloc(l->items, l->cap * sizeof *l->items);
	}
	struct source *s = &l->items[l->n++];
	s->kind = kind;
	s->name = xstrdup(name);
	s->error = error ? xstrdup(error) : NULL;
	s->named = named;
}

bool input_is_article_name(const char *name)
{
	static const char *const exts[] = {".txt", ".text",  ".md",    ".html",
					   ".htm", ".xhtml", ".shtml", NULL};
	size_t n = strlen(name);
	char base[4096];
	if (n >= sizeof base)
		return false;
	memcpy(base, name, n + 1);
	if (ascii_iendswith(base, ".gz"))
		base[n - 3] = '\0';
	for (size_t i = 0; exts[i]; i++)
		if (ascii_iendswith(base, exts[i]) &&
		    strlen(base) > strlen(exts[i]))
			return true;
	return false;
}

bool input_is_warc_name(const char *name)
{
	return ascii_iendswith(name, ".warc") ||
	       ascii_iendswith(name, ".warc.gz");
}

/* A named file is a WARC archive when its name says so, or when a name
 * that is no article's starts (after gzip) with a WARC version line. */
static bool is_warc_file(const char *path)
{
	if (input_is_warc_name(path))
		return true;
	if (input_is_article_name(path))
		return false;
	gzFile gz = gzopen(path, "rb");
	if (!gz)
		return false;
	char head[8];
	int n = gzread(gz, head, sizeof head);
	gzclose(gz);
	return n == (int)sizeof head && !memcmp(head, "WARC/1.", 7);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A regular file found by a walk: an article or an archive by its name,
 * else not ours. */
static void push_walked(struct source_list *out, const char *path,
			const char *name)
{
	if (input_is_warc_name(name))
		list_push(out, SOURCE_WARC, path, NULL, false);
	else if (input_is_article_name(name))
		list_push(out, SOURCE_FILE, path, NULL, false);
}

static void walk(const char *dir, int depth, struct source_list *out)
{
	DIR *d = opendir(dir);
	if (!d) {
		list_push(out, SOURCE_FILE, dir, strerror(errno), false);
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue; /* hidden, and "." / ".." */
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = xrealloc(names, cap * sizeof *names);
		}
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_names);

	size_t dl = strlen(dir);
	bool slash = dl && dir[dl - 1] == '/';
	for (size_t i = 0; i < n; i++) {
		size_t len = dl + 1 + strlen(names[i]) + 1;
		char *path = xmalloc(len);
		snprintf(path, len, "%s%s%s", dir, slash ? "" : "/", names[i]);
		struct stat st, lst;
		if (lstat(path, &lst) != 0) {
			list_push(out, SOURCE_FILE, path, strerror(errno),
				  false);
		} else if (S_ISDIR(lst.st_mode)) {
			if (depth < WALK_MAX_DEPTH)
				walk(path, depth + 1, out);
		} else if (S_ISLNK(lst.st_mode)) {
			/* Follow links to files; links to folders could loop. */
			if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
				push_walked(out, path, names[i]);
		} else if (S_ISREG(lst.st_mode)) {
			push_walked(out, path, names[i]);
		}
		free(path);
		free(names[i]);
	}
	free(names);
}

static bool is_url(const char *s)
{
	return !strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) ||
	       !strncmp(s, "HTTP://", 7) || !strncmp(s, "HTTPS://", 8);
}

/* One INPUT, as given on the command line or in a --files-from list. */
static void expand_one(const char *a, struct source_list *out)
{
	struct stat st;
	if (!strcmp(a, "-"))
		list_push(out, SOURCE_STDIN, "-", NULL, true);
	else if (is_url(a) || strstr(a, "://"))
		list_push(out, SOURCE_URL, a, NULL, true);
	else if (stat(a, &st) != 0)
		list_push(out, SOURCE_FILE, a, strerror(errno), true);
	else if (S_ISDIR(st.st_mode))
		walk(a, 0, out);
	else if (S_ISREG(st.st_mode) && is_warc_file(a))
		list_push(out, SOURCE_WARC, a, NULL, true);
	else
		list_push(out, SOURCE_FILE, a, NULL, true);
}

void input_expand(char *const *args, size_t nargs, struct source_list *out)
{
	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < nargs; i++)
		expand_one(args[i], out);
}

int input_add_file_list(struct source_list *list, const char *path,
			struct err *e)
{
	bool std = !strcmp(path, "-");
	FILE *f = std ? stdin : fopen(path, "r");
	if (!f) {
		err_set(e, ERR_IO, path, "%s", strerror(errno));
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) >= 0) {
		/* Names are taken as they are: only the line end goes. */
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n > 0)
			expand_one(line, list);
	}
	int rc = 0;
	if (ferror(f)) {
		err_set(e, ERR_IO, std ? "stdin" : path, "%s", strerror(errno));
		rc = -1;
	}
	free(line);
	if (!std)
		fclose(f);
	return rc;
}

void input_add_url_file(struct source_list *list, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		list_push(list, SOURCE_FILE, path, strerror(errno), true);
		return;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, f)) >= 0) {
		char *s = line, *e = line + n;
		while (s < e && is_ascii_space((unsigned char)*s))
			s++;
		while (e > s && is_ascii_space((unsigned char)e[-1]))
			e--;
		*e = '\0';
		if (*s && *s != '#')
			list_push(list, SOURCE_URL, s, NULL, true);
	}
	if (ferror(f))
		list_push(list, SOURCE_FILE, path, strerror(errno), true);
	free(line);
	fclose(f);
}

void input_list_free(struct source_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		free(list->items[i].name);
		free(list->items[i].error);
	}
	free(list->items);
	memset(list, 0, sizeof *list);
}

static int read_fd(int fd, const char *where, size_t max, struct buf *out,
		   struct err *e)
{
	char chunk[65536];
	for (;;) {
		ssize_t r = read(fd, chunk, sizeof chunk);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			err_set(e, ERR_IO, where, "%s", strerror(errno));
			return -1;
		}
		if (r == 0)
			return 0;
		if (!buf_append(out, chunk, (size_t)r)) {
			err_set(e, ERR_TOO_BIG, where,
				"larger than the %zu-byte cap (--max-bytes)",
				max);
			return -1;
		}
	}
}

/* Inflates a gzip stream held in raw into out, honouring out's cap. */
static int gunzip(const struct buf *raw, const char *where, size_t max,
		  struct buf *out, struct err *e)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	/* 16+MAX_WBITS: gzip header; concatenated members handled below. */
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
		err_set(e, ERR_PARSE, where, "cannot start gzip decoder");
		return -1;
	}
	z.next_in = (unsigned char *)raw->data;
	z.avail_in = (uInt)raw->len;
	int rc = Z_OK;
	char chunk[65536];
	while (rc != Z_STREAM_END) {
		z.next_out = (unsigned char *)chunk;
		z.avail_out = sizeof chunk;
		rc = inflate(&z, Z_NO_FLUSH);
		if (rc != Z_OK && rc != Z_STREAM_END) {
			err_set(e, ERR_PARSE, where, "corrupt gzip data: %s",
				z.msg ? z.msg : "truncated stream");
			inflateEnd(&z);
			return -1;
		}
		size_t got = sizeof chunk - z.avail_out;
		if (!buf_append(out, chunk, got)) {
			err_set(e, ERR_TOO_BIG, where,
				"larger than the %zu-byte cap (--max-bytes) "
				"once decompressed",
				max);
			inflateEnd(&z);
			return -1;
		}
		if (rc == Z_OK && z.avail_in == 0 && got == 0) {
			err_set(e, ERR_PARSE, where,
				"corrupt gzip data: truncated stream");
			inflateEnd(&z);
			return -1;
		}
		if (rc == Z_STREAM_END && z.avail_in > 0) {
			inflateReset(&z); /* another gzip member follows */
			rc = Z_OK;
		}
	}
	inflateEnd(&z);
	return 0;
}

const char *input_file_type(unsigned mode)
{
	if (S_ISDIR(mode))
		return "is a folder";
	if (S_ISFIFO(mode))
		return "is a FIFO (named pipe)";
	if (S_ISSOCK(mode))
		return "is a socket";
	if (S_ISCHR(mode))
		return "is a character device";
	if (S_ISBLK(mode))
		return "is a block device";
	return "is not a file";
}

int input_read(const struct source *src, size_t max_bytes, struct buf *out,
	       struct err *e)
{
	const char *where = src->name;
	if (src->error) {
		err_set(e, ERR_IO, where, "%s", src->error);
		return -1;
	}
	int fd = 0;
	if (src->kind == SOURCE_FILE) {
		/* Only regular files: a FIFO would block the run until a
		 * writer comes, a device may never end. O_NONBLOCK makes the
		 * open itself return at once whatever the path names now
		 * (it may have been swapped since input_expand looked), and
		 * the type is checked on the descriptor, so no race lets a
		 * FIFO through. */
		fd = open(src->name,
			  O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
		struct stat st;
		if (fd < 0) {
			/* A socket cannot be opened (ENXIO): say what it is. */
			int err = errno;
			if (stat(src->name, &st) == 0 && !S_ISREG(st.st_mode))
				err_set(e, ERR_IO, where,
					"%s, not a regular file",
					input_file_type(st.st_mode));
			else
				err_set(e, ERR_IO, where, "%s", strerror(err));
			return -1;
		}
		if (fstat(fd, &st) != 0) {
			err_set(e, ERR_IO, where, "%s", strerror(errno));
			close(fd);
			return -1;
		}
		if (!S_ISREG(st.st_mode)) {
			close(fd);
			err_set(e, ERR_IO, where, "%s%s",
				input_file_type(st.st_mode),
				S_ISDIR(st.st_mode) ? ""
						    : ", not a regular file");
			return -1;
		}
		/* Reads of a regular file never block; clear the flag
		 * anyway so the descriptor behaves as a plain open. */
		int fl = fcntl(fd, F_GETFL);
		if (fl >= 0)
			fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	}
	/* The compressed bytes get the same cap: a gzip file larger than
	 * max_bytes cannot inflate to less. */
	struct buf raw;
	buf_init(&raw, max_bytes);
	struct stat st;
	/* A regular file's size is known: one allocation, no regrowth. The
	 * cap is still enforced by read_fd (the file may grow meanwhile). */
	if (src->kind == SOURCE_FILE && fstat(fd, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_size > 0)
		buf_reserve(&raw, (size_t)st.st_size + 1);
	int rc = read_fd(fd, where, max_bytes, &raw, e);
	if (src->kind == SOURCE_FILE)
		close(fd);
	if (rc == 0 && raw.len >= 2 && (unsigned char)raw.data[0] == 0x1f &&
	    (unsigned char)raw.data[1] == 0x8b) {
		rc = gunzip(&raw, where, max_bytes, out, e);
		buf_release(&raw);
	} else if (rc == 0) {
		*out = raw; /* hand the memory over */
	} else {
		buf_release(&raw);
	}
	if (rc == 0 && out->len == 0) {
		err_set(e, ERR_EMPTY, where, "empty file");
		rc = -1;
	}
	return rc;
}
