/* fetch.c - HTTP(S) download with size, time and redirect caps (libcurl) */
#include "fetch.h"

#include <curl/curl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "util.h"

struct fetcher {
	CURL *curl;
	struct fetch_opts opts;
	char errbuf[CURL_ERROR_SIZE];
};

struct sink {
	struct buf *body;
	bool over_cap;
};

static size_t on_body(char *data, size_t size, size_t nmemb, void *user)
{
	struct sink *s = user;
	size_t n = size * nmemb;
	if (!buf_append(s->body, data, n)) {
		s->over_cap = true;
		return 0; /* makes curl stop with CURLE_WRITE_ERROR */
	}
	return n;
}

struct fetcher *fetcher_new(const struct fetch_opts *opts)
{
	struct fetcher *f = xcalloc(1, sizeof *f);
	f->opts = *opts;
	f->curl = curl_easy_init();
	if (!f->curl)
		die_oom();
	return f;
}

void fetcher_free(struct fetcher *f)
{
	if (!f)
		return;
	curl_easy_cleanup(f->curl);
	free(f);
}

void fetch_result_release(struct fetch_result *r)
{
	buf_release(&r->body);
	free(r->content_type);
	free(r->final_url);
	r->content_type = r->final_url = NULL;
	r->status = 0;
}

static void setup(struct fetcher *f, const char *url, struct sink *sink)
{
	CURL *c = f->curl;
	curl_easy_reset(c);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, f->errbuf);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, f->opts.max_redirects);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
			 f->opts.connect_timeout_ms);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, f->opts.timeout_ms);
	curl_easy_setopt(c, CURLOPT_USERAGENT, f->opts.user_agent);
	/* "" offers every encoding this libcurl can decode. */
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	if (f->opts.max_bytes)
		curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
				 (curl_off_t)f->opts.max_bytes);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, sink);
}

int fetch_url(struct fetcher *f, const char *url, struct fetch_result *out,
	      struct err *e)
{
	memset(out, 0, sizeof *out);
	buf_init(&out->body, f->opts.max_bytes);
	struct sink sink = {&out->body, false};
	f->errbuf[0] = '\0';
	setup(f, url, &sink);
	CURLcode rc = curl_easy_perform(f->curl);

	long status = 0;
	curl_easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &status);
	out->status = status;
	if (rc != CURLE_OK) {
		if (sink.over_cap || rc == CURLE_FILESIZE_EXCEEDED)
			err_set(e, ERR_TOO_BIG, url,
				"larger than the %zu-byte cap (--max-bytes)",
				f->opts.max_bytes);
		else
			err_set(e, ERR_FETCH, url, "%s",
				f->errbuf[0] ? f->errbuf
					     : curl_easy_strerror(rc));
		fetch_result_release(out);
		return -1;
	}
	if (status < 200 || status > 299) {
		err_set(e, ERR_HTTP, url, "HTTP %ld", status);
		fetch_result_release(out);
		return -1;
	}
	char *ct = NULL, *eff = NULL;
	curl_easy_getinfo(f->curl, CURLINFO_CONTENT_TYPE, &ct);
	curl_easy_getinfo(f->curl, CURLINFO_EFFECTIVE_URL, &eff);
	out->content_type = ct ? xstrdup(ct) : NULL;
	out->final_url = xstrdup(eff ? eff : url);
	if (out->body.len == 0) {
		err_set(e, ERR_EMPTY, url, "empty response body");
		fetch_result_release(out);
		return -1;
	}
	return 0;
}
