/* test_robots.c - robots.txt groups, longest match, wildcards, delays */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "robots.h"

static const char GOOGLE_STYLE[] = "# comment line\n"
				   "User-agent: *\n"
				   "Disallow: /\n"
				   "\n"
				   "User-agent: ClaimEx/1.0\n"
				   "user-agent: otherbot\n"
				   "Disallow: /private/\n"
				   "Allow: /private/ok\n"
				   "Disallow: /*.pdf$\n"
				   "Disallow: /search*q=\n"
				   "Allow: /page$\n"
				   "Disallow: /page\n"
				   "Crawl-delay: 2.5\n"
				   "Sitemap: http://example.org/sitemap.xml\n";

static const char STAR_ONLY[] = "User-agent: *\r\n"
				"Disallow: /tmp/ # trailing comment\r\n"
				"Disallow:\r\n"
				"Allow: /tmp/public\r\n"
				"Crawl-delay: 9999\r\n";

/* Two groups for the same agent are merged (RFC 9309 2.2.1). */
static const char SPLIT_GROUPS[] = "User-agent: claimex\n"
				   "Disallow: /a\n"
				   "User-agent: somebot\n"
				   "Disallow: /b\n"
				   "User-agent: claimex\n"
				   "Disallow: /c\n";

struct allow_case {
	const char *txt;
	const char *path;
	bool allowed;
};

static const struct allow_case cases[] = {
    {GOOGLE_STYLE, "/", true},
    {GOOGLE_STYLE, "/news/today", true},
    {GOOGLE_STYLE, "/private/", false},
    {GOOGLE_STYLE, "/private/x.html", false},
    {GOOGLE_STYLE, "/private/ok", true},
    {GOOGLE_STYLE, "/private/ok/deeper", true},
    {GOOGLE_STYLE, "/docs/a.pdf", false},
    {GOOGLE_STYLE, "/docs/a.pdf?x=1", true}, /* $ anchors the end */
    {GOOGLE_STYLE, "/search?q=x", false},
    {GOOGLE_STYLE, "/search/sub?lang=en&q=x", false},
    {GOOGLE_STYLE, "/search", true},
    {GOOGLE_STYLE, "/page", true}, /* Allow /page$ (6) > /page (5) */
    {GOOGLE_STYLE, "/pages", false},
    {GOOGLE_STYLE, "/robots.txt", true},
    {STAR_ONLY, "/tmp/x", false},
    {STAR_ONLY, "/tmp/public/x", true},
    {STAR_ONLY, "/tmpfile", true},
    {STAR_ONLY, "", true},
    {SPLIT_GROUPS, "/a1", false},
    {SPLIT_GROUPS, "/b1", true},
    {SPLIT_GROUPS, "/c1", false},
    {"", "/anything", true},
    {"User-agent: *\nAllow: /x\nDisallow: /x\n", "/x", true}, /* tie */
    {"User-agent: *\nDisallow: /*a*a*a*a*a*a*a*a*a*a*b\n",
     "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", true},
    {"User-agent: *\nDisallow: /*/edit$\n", "/x/y/edit", false},
    {"User-agent: *\nDisallow: /*/edit$\n", "/x/y/edit/", true},
    {"User-agent: *\nDisallow: *\n", "/z", false},
    {"garbage without colons\n\x01\x02\nUser-agent: *\nDisallow: /q\n", "/q",
     false},
};

static void test_allowed(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct allow_case *c = &cases[i];
		struct robots *r =
		    robots_parse(c->txt, strlen(c->txt), "claimex");
		bool got = robots_allowed(r, c->path);
		if (got != c->allowed)
			fprintf(stderr, "case %zu: %s\n", i, c->path);
		CHECK_INT(got, c->allowed);
		robots_free(r);
	}
}

static void test_delay_and_fixed(void)
{
	struct robots *r =
	    robots_parse(GOOGLE_STYLE, strlen(GOOGLE_STYLE), "claimex");
	CHECK_INT(robots_crawl_delay_ms(r), 2500);
	robots_free(r);
	r = robots_parse(STAR_ONLY, strlen(STAR_ONLY), "claimex");
	CHECK_INT(robots_crawl_delay_ms(r), 60000); /* capped */
	robots_free(r);
	r = robots_allow_all();
	CHECK(robots_allowed(r, "/x"));
	CHECK_INT(robots_crawl_delay_ms(r), 0);
	robots_free(r);
	r = robots_disallow_all();
	CHECK(!robots_allowed(r, "/x"));
	CHECK(robots_allowed(r, "/robots.txt"));
	robots_free(r);
	robots_free(NULL);
}

struct path_case {
	const char *url, *path;
};

static const struct path_case paths[] = {
    {"http://h/a/b?c=d#frag", "/a/b?c=d"},
    {"https://h:8080", "/"},
    {"http://h?x=1", "/?x=1"},
    {"http://127.0.0.1:1234/private/x.txt", "/private/x.txt"},
};

static void test_url_path(void)
{
	char out[256];
	for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
		CHECK_INT(robots_url_path(paths[i].url, out, sizeof out), 0);
		CHECK_STR(out, paths[i].path);
	}
	CHECK_INT(robots_url_path("no-scheme", out, sizeof out), -1);
	CHECK_INT(robots_url_path("http://h/long/path", out, 4), -1);
}

/* A 600 KiB robots.txt of rules is read up to the cap, quickly. */
static void test_big(void)
{
	size_t n = 600 * 1024;
	char *big = malloc(n);
	const char head[] = "User-agent: *\n";
	memcpy(big, head, sizeof head - 1);
	for (size_t i = sizeof head - 1; i < n; i++)
		big[i] = (i % 20 == 19) ? '\n' : "Disallow: /zzzzzzzz"[i % 20];
	struct robots *r = robots_parse(big, n, "claimex");
	CHECK(robots_allowed(r, "/a"));
	CHECK(!robots_allowed(r, "/zzzzzzzz"));
	robots_free(r);
	free(big);

	/* "Disallow: /" first, then comments, and an "Allow: /news/x" line
	 * cut at ROBOTS_MAX_BYTES right after "Allow: /": the cut line
	 * would allow everything, so it is dropped; nothing is allowed. */
	n = ROBOTS_MAX_BYTES + 1024;
	big = malloc(n);
	const char deny[] = "User-agent: *\nDisallow: /\n";
	memcpy(big, deny, sizeof deny - 1);
	for (size_t i = sizeof deny - 1; i < n; i++)
		big[i] = (i % 64 == 63) ? '\n' : '#';
	const char allow[] = "\nAllow: /news/x\n";
	size_t at = ROBOTS_MAX_BYTES - (sizeof "\nAllow: /" - 1);
	memcpy(big + at, allow, sizeof allow - 1);
	r = robots_parse(big, n, "claimex");
	CHECK(!robots_allowed(r, "/"));
	CHECK(!robots_allowed(r, "/a"));
	CHECK(!robots_allowed(r, "/news/x"));
	robots_free(r);
	/* Cut where the line ends: the line counts. */
	at = ROBOTS_MAX_BYTES - (sizeof allow - 1);
	memcpy(big + at, allow, sizeof allow - 1);
	r = robots_parse(big, n, "claimex");
	CHECK(robots_allowed(r, "/news/x"));
	CHECK(!robots_allowed(r, "/a"));
	robots_free(r);
	free(big);
}

int main(void)
{
	test_allowed();
	test_delay_and_fixed();
	test_url_path();
	test_big();
	return harness_done("robots");
}
