/* reader.c - one source (file, stdin, URL) to one article */
#include "reader.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "charset.h"
#include "err.h"
#include "fetch.h"
#include "htmltext.h"
#include "input.h"
#include "plain.h"
#include "util.h"

enum doc_format { FORMAT_UNKNOWN, FORMAT_HTML, FORMAT_TEXT };

static enum doc_format format_from_content_type(const char *ct)
{
	if (!ct)
		return FORMAT_UNKNOWN;
	if (!strncmp(ct, "text/html", 9) ||
	    !strncmp(ct, "application/xhtml", 17))
		return FORMAT_HTML;
	if (!strncmp(ct, "text/plain", 10))
		return FORMAT_TEXT;
	return FORMAT_UNKNOWN;
}

static enum doc_format format_from_name(const char *name)
{
	char base[4096];
	size_t n = strlen(name);
	if (n >= sizeof base)
		return FORMAT_UNKNOWN;
	memcpy(base, name, n + 1);
	if (ascii_iendswith(base, ".gz"))
		base[n - 3] = '\0';
	if (ascii_iendswith(base, ".html") || ascii_iendswith(base, ".htm") ||
	    ascii_iendswith(base, ".xhtml") || ascii_iendswith(base, ".shtml"))
		return FORMAT_HTML;
	if (ascii_iendswith(base, ".txt") || ascii_iendswith(base, ".text") ||
	    ascii_iendswith(base, ".md"))
		return FORMAT_TEXT;
	return FORMAT_UNKNOWN;
}

/* HTML when the first tag-like thing in the first kilobyte is a tag a page
 * starts with. */
static enum doc_format format_from_bytes(const char *s, size_t len)
{
	size_t lim = len < 1024 ? len : 1024;
	static const char *const tags[] = {
	    "<!doctype html", "<html", "<head", "<body", "<meta", "<title",
	    "<article",	      "<div",  "<p>",	"<!--",	 "<?xml", NULL};
	for (size_t i = 0; i < lim; i++) {
		if (s[i] != '<')
			continue;
		for (size_t k = 0; tags[k]; k++) {
			size_t m = strlen(tags[k]);
			if (i + m <= len && ascii_ieq(s + i, m, tags[k]))
				return FORMAT_HTML;
		}
	}
	return FORMAT_TEXT;
}

static size_t count_code_points(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * Decoded bytes to an article: the part of reading shared by files and
 * downloads. fmt may be FORMAT_UNKNOWN (then the bytes decide). Takes
 * nothing over: bytes stay the caller's.
 */
static int parse_bytes(const char *name, const char *data, size_t len,
		       enum doc_format fmt, const char *declared,
		       const char *final_url, struct arena *arena,
		       struct article *out, struct err *e)
{
	if (fmt == FORMAT_UNKNOWN)
		fmt = format_from_bytes(data, len);

	struct charset_result dec;
	if (charset_to_utf8(data, len,
			    declared && declared[0] ? declared : NULL,
			    fmt == FORMAT_HTML, name, arena, &dec, e) != 0)
		return -1;

	struct page_meta meta;
	bool truncated = false;
	if (fmt == FORMAT_HTML) {
		struct htmltext_result hr;
		if (htmltext_extract(dec.text, dec.len, final_url, arena, &hr,
				     e) != 0) {
			if (!e->where[0])
				snprintf(e->where, sizeof e->where, "%s", name);
			return -1;
		}
		out->text = hr.text;
		out->len = hr.len;
		meta = hr.meta;
		truncated = hr.truncated;
		out->format = "html";
	} else {
		struct plain_result pr;
		plain_extract(dec.text, dec.len, arena, &pr);
		out->text = pr.text;
		out->len = pr.len;
		meta = pr.meta;
		out->format = "text";
	}
	if (out->len == 0) {
		if (truncated)
			err_set(
			    e, ERR_PARSE, name,
			    "HTML nested deeper than 256 levels; no article "
			    "text above that depth");
		else
			err_set(e, ERR_EMPTY, name, "no article text found");
		return -1;
	}
	out->source = arena_strdup(arena, name);
	out->title = meta.title;
	out->outlet = meta.outlet;
	out->published = meta.published;
	out->byline = meta.byline;
	out->url = meta.url ? meta.url : final_url;
	/* as the page says; the pipeline's language stage decides */
	out->lang = meta.lang;
	out->charset = dec.charset;
	out->chars = count_code_points(out->text, out->len);
	out->id = arena_printf(arena, "%016llx", hash64(out->text, out->len));
	return 0;
}

int reader_from_bytes(const char *source, const char *data, size_t len,
		      const char *content_type, const char *final_url,
		      struct arena *arena, struct article *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	if (len == 0) {
		err_set(e, ERR_EMPTY, source, "empty response body");
		return -1;
	}
	char declared[64] = "";
	charset_from_content_type(content_type, declared, sizeof declared);
	return parse_bytes(
	    source, data, len, format_from_content_type(content_type), declared,
	    final_url ? arena_strdup(arena, final_url) : NULL, arena, out, e);
}

int reader_read(const struct source *src, const struct reader_opts *opts,
		struct arena *arena, struct article *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	if (src->kind == SOURCE_URL) {
		struct fetch_result fr;
		if (!opts->fetcher) {
			err_set(e, ERR_FETCH, src->name,
				"URLs are not enabled");
			return -1;
		}
		if (fetch_url(opts->fetcher, src->name, &fr, e) != 0)
			return -1;
		int rc = reader_from_bytes(src->name, fr.body.data, fr.body.len,
					   fr.content_type, fr.final_url, arena,
					   out, e);
		fetch_result_release(&fr);
		return rc;
	}
	struct buf bytes;
	buf_init(&bytes, opts->max_bytes);
	if (input_read(src, opts->max_bytes, &bytes, e) != 0) {
		buf_release(&bytes);
		return -1;
	}
	int rc =
	    parse_bytes(src->name, bytes.data, bytes.len,
			format_from_name(src->name), NULL, NULL, arena, out, e);
	buf_release(&bytes);
	return rc;
}
