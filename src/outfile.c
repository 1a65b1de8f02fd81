/* outfile.c - output files written to a temporary name, renamed when done */
#define _POSIX_C_SOURCE 200809L
#include "outfile.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"

/* mkdir -p: creates every missing folder of path. */
static int make_dirs(const char *path, struct err *e)
{
	char tmp[4096];
	size_t n = strlen(path);
	if (n == 0 || n >= sizeof tmp) {
		err_set(e, ERR_IO, path, "bad output folder name");
		return -1;
	}
	memcpy(tmp, path, n + 1);
	for (size_t i = 1; i <= n; i++) {
		if (tmp[i] != '/' && tmp[i] != '\0')
			continue;
		char c = tmp[i];
		tmp[i] = '\0';
		if (mkdir(tmp, 0777) != 0 && errno != EEXIST) {
			err_set(e, ERR_IO, tmp, "cannot create folder: %s",
				strerror(errno));
			return -1;
		}
		tmp[i] = c;
	}
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
		err_set(e, ERR_IO, path, "not a folder");
		return -1;
	}
	return 0;
}

int outfile_open(struct outfile *of, const char *dir, const char *name,
		 struct err *e)
{
	memset(of, 0, sizeof *of);
	if (make_dirs(dir, e) != 0)
		return -1;
	int n1 = snprintf(of->path, sizeof of->path, "%s/%s", dir, name);
	int n2 = snprintf(of->tmp, sizeof of->tmp, "%s/.%s.tmp.%ld", dir, name,
			  (long)getpid());
	if (n1 < 0 || n2 < 0 || (size_t)n1 >= sizeof of->path ||
	    (size_t)n2 >= sizeof of->tmp) {
		err_set(e, ERR_IO, dir, "output path too long");
		return -1;
	}
	of->fp = fopen(of->tmp, "w+");
	if (!of->fp) {
		err_set(e, ERR_IO, of->tmp, "%s", strerror(errno));
		return -1;
	}
	return 0;
}

int outfile_commit(struct outfile *of, struct err *e)
{
	int bad =
	    ferror(of->fp) || fflush(of->fp) != 0 || fsync(fileno(of->fp)) != 0;
	int saved = errno;
	if (fclose(of->fp) != 0 && !bad) {
		bad = 1;
		saved = errno;
	}
	of->fp = NULL;
	if (bad) {
		err_set(e, ERR_IO, of->path, "write failed: %s",
			strerror(saved));
		unlink(of->tmp);
		return -1;
	}
	if (rename(of->tmp, of->path) != 0) {
		err_set(e, ERR_IO, of->path, "cannot rename into place: %s",
			strerror(errno));
		unlink(of->tmp);
		return -1;
	}
	return 0;
}

void outfile_abort(struct outfile *of)
{
	if (of->fp)
		fclose(of->fp);
	of->fp = NULL;
	if (of->tmp[0])
		unlink(of->tmp);
}
