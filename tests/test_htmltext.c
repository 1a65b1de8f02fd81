/* test_htmltext.c - body text and metadata of small crafted pages */
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "err.h"
#include "harness.h"
#include "htmltext.h"

/* Three paragraphs of plain prose, reused by several pages. */
#define P1                                                                     \
	"The United States asked South Korea to pay far more for the "         \
	"troops it keeps on the peninsula, officials in Seoul said on "        \
	"Tuesday, after talks in Washington ended early."
#define P2                                                                     \
	"Negotiators for both sides met for less than two hours, and the "     \
	"Korean delegation left without agreeing to a new date, according "    \
	"to a statement from the foreign ministry."
#define P3                                                                     \
	"Analysts said the gap between the two positions was wider than "      \
	"at any time since the alliance began, and that a deal this year "     \
	"now looked unlikely."

static const char *extract(struct arena *a, const char *html, const char *base,
			   struct htmltext_result *r)
{
	struct err e;
	err_clear(&e);
	int rc = htmltext_extract(html, strlen(html), base, a, r, &e);
	CHECK_INT(rc, 0);
	return rc == 0 ? r->text : NULL;
}

/* ---- body text: {page, expected body} ---- */

static const struct {
	const char *name;
	const char *html;
	const char *want;
} body_cases[] = {
    {"article element, title and byline left out, h2 kept",
     "<html><head><title>Troop talks stall | The Daily</title></head>"
     "<body><header><a href='/'>The Daily</a><nav><a href='/w'>World</a>"
     "<a href='/b'>Business</a></nav></header>"
     "<article><h1>Troop talks stall</h1>"
     "<div class='byline'>By Jane Doe</div>"
     "<p>" P1 "</p><h2>What comes next</h2><p>" P2 "</p><p>" P3 "</p>"
     "</article><footer>&copy; The Daily. All rights reserved.</footer>"
     "</body></html>",
     P1 "\n\nWhat comes next\n\n" P2 "\n\n" P3},

    {"div soup: no semantic tags, no helpful names",
     "<html><body><div><div><a href='/'>Home</a> | <a href='/n'>News</a> |"
     " <a href='/s'>Sport</a></div><div><div>"
     "<div>" P1 "</div><div>" P2 "</div><div>" P3 "</div>"
     "</div><div><a href='/1'>Other story one</a><br><a href='/2'>Other "
     "story two</a><br><a href='/3'>Other story three</a></div></div>"
     "<div>Contact | Privacy | Terms</div></div></body></html>",
     P1 "\n\n" P2 "\n\n" P3},

    {"chrome with figures in it stays out",
     "<html><body>"
     "<nav><a href='/x'>Markets: $5 billion deal collapses</a></nav>"
     "<div id='cookie-banner'>We use cookies. The $5 billion question: "
     "accept? <button>OK</button></div>"
     "<main><article><h1>Troop talks stall</h1>"
     "<figure><img src='a.jpg'><figcaption>Soldiers at a base; the US "
     "wants $5 billion a year.</figcaption></figure>"
     "<p>" P1 "</p>"
     "<div class='share-tools'><a href='#'>Share</a> <a href='#'>Tweet</a>"
     " Shared 5 billion times</div>"
     "<p>" P2 "</p>"
     "<aside class='related'><h3>Related</h3><ul><li><a href='/r1'>US "
     "demands $5 billion from Seoul</a></li><li><a href='/r2'>Japan next "
     "in line</a></li></ul></aside>"
     "<p>" P3 "</p>"
     "<div class='newsletter-signup'>Get our $5 billion newsletter "
     "every morning.</div></article>"
     "<section id='comments'><h3>Comments</h3><div class='comment'><p>"
     "Reader: $5 billion is too much, I think, and so do my "
     "friends.</p></div></section></main>"
     "<footer><p>Ad revenue: $5 billion.</p></footer></body></html>",
     P1 "\n\n" P2 "\n\n" P3},

    {"br br makes paragraphs, whitespace collapsed",
     "<html><body><div id='content'>" P1 "<br><br>\n  " P2 "<br>\n<br>" P3
     "</div></body></html>",
     P1 "\n\n" P2 "\n\n" P3},

    {"itemprop=articleBody chosen over a longer sidebar",
     "<html><body><div class='sidebar-news'><p>" P3 "</p><p>" P3 "</p>"
     "<p>" P3 "</p></div><div itemprop='articleBody'><p>" P1 "</p><p>" P2
     "</p></div></body></html>",
     P1 "\n\n" P2},

    {"hidden parts and a related list after a heading stay out",
     "<html><body><div class='story'><p>" P1 "</p>"
     "<div style='display: none'>Hidden: $5 billion</div>"
     "<div hidden>Also hidden</div><p>" P2 "</p><p>" P3 "</p>"
     "<h3>More stories</h3><ul><li>Seoul says no to the US, and the "
     "talks end without a date</li><li>Tokyo is next, and it will pay "
     "far more than before</li></ul><p>Advertisement</p>"
     "</div></body></html>",
     P1 "\n\n" P2 "\n\n" P3},

    {"byline, date line and call to action are chrome",
     "<html><body><div class='article-content'><p>By Jane Doe</p>"
     "<p>November 21, 2019</p><p>" P1 "</p><p>" P2 "</p>"
     "<p><strong>Like this story? Share it with a friend!</strong></p>"
     "<p>Sign up for our daily newsletter to get stories like this.</p>"
     "</div></body></html>",
     P1 "\n\n" P2},

    {"body only in JSON-LD (page rendered by script)",
     "<html><head><script type='application/ld+json'>{\"@type\":"
     "\"NewsArticle\",\"articleBody\":\"" P1 "\\n\\n" P2 "\"}"
     "</script></head><body><div id='app'>Loading</div></body></html>",
     P1 "\n\n" P2},

    {"empty document", "", ""},
    {"only whitespace", "  \n\t ", ""},
    {"only a script", "<script>var x = '" P1 "';</script>", ""},
    {"only a style and a comment", "<style>p{color:red}</style><!-- " P1 " -->",
     ""},
    {"text outside any element", P1, P1},
    {"no body element", "<title>t</title><p>" P1 "</p><p>" P2 "</p>",
     P1 "\n\n" P2},
    {"frameset", "<html><frameset><frame src='a.html'></frameset></html>", ""},
    {"XHTML with a namespace",
     "<?xml version='1.0' encoding='UTF-8'?>"
     "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' "
     "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'>"
     "<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='post'>"
     "<p>" P1 "</p><p>" P2 "</p></div></body></html>",
     P1 "\n\n" P2},
    {"entities and non-breaking spaces",
     "<body><article><p>Seoul&nbsp;&amp; Tokyo &lt;agreed&gt;, "
     "officials&#8217; statement said, on Friday.</p></article></body>",
     "Seoul & Tokyo <agreed>, officials\xe2\x80\x99 statement said, on "
     "Friday."},
};

static void test_bodies(void)
{
	for (size_t i = 0; i < sizeof body_cases / sizeof *body_cases; i++) {
		struct arena *a = arena_new();
		struct htmltext_result r;
		const char *got = extract(a, body_cases[i].html, NULL, &r);
		if (got && strcmp(got, body_cases[i].want) != 0)
			fprintf(stderr, "case: %s\n", body_cases[i].name);
		CHECK_STR(got, body_cases[i].want);
		if (got)
			CHECK_INT(r.len, strlen(body_cases[i].want));
		arena_free(a);
	}
}

/* ---- metadata: {page, base URL, expected fields} ---- */

static const struct {
	const char *name;
	const char *html;
	const char *base;
	struct page_meta want;
} meta_cases[] = {
    {"JSON-LD @graph with references",
     "<html lang='en'><head><script type='application/ld+json'>"
     "{\"@context\":\"https://schema.org\",\"@graph\":["
     "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Korea "
     "Herald\"},"
     "{\"@type\":\"WebPage\",\"@id\":\"#page\",\"datePublished\":"
     "\"2001-01-01\"},"
     "{\"@type\":[\"NewsArticle\"],\"headline\":\"Seoul balks at US "
     "demand\",\"datePublished\":\"2019-11-21T10:05:00+09:00\","
     "\"author\":[{\"@type\":\"Person\",\"name\":\"Kim Min-ji\"},"
     "{\"@type\":\"Person\",\"name\":\"Lee Soo\"}],"
     "\"publisher\":{\"@id\":\"#org\"}}]}"
     "</script></head><body><article><p>" P1 "</p></article></body>"
     "</html>",
     NULL,
     {"Seoul balks at US demand", "Korea Herald", "2019-11-21T10:05:00+09:00",
      "Kim Min-ji, Lee Soo", NULL, "en"}},

    {"JSON-LD array of objects, ReportageNewsArticle",
     "<head><script type='application/ld+json'>[{\"@type\":\"WebSite\","
     "\"name\":\"x\"},{\"@type\":\"ReportageNewsArticle\",\"headline\":"
     "\"H\",\"datePublished\":\"2019-11-19\",\"author\":\"By Ann "
     "Lee\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Wire\"},"
     "\"inLanguage\":\"ko-KR\"}]</script></head><body><p>" P1 "</p></body>",
     NULL,
     {"H", "Wire", "2019-11-19", "Ann Lee", NULL, "ko-KR"}},

    {"og: tags, site suffix trimmed, relative canonical resolved",
     "<html><head><title>Talks stall | The Daily</title>"
     "<meta property='og:title' content='Talks stall | The Daily'>"
     "<meta property='og:site_name' content='The Daily'>"
     "<meta property='article:published_time' "
     "content='2019-11-21T01:02:03Z'>"
     "<meta property='og:locale' content='en_GB'>"
     "<meta name='author' content='Jane Doe'>"
     "<link rel='canonical' href='/world/talks-stall'></head>"
     "<body><article><p>" P1 "</p></article></body></html>",
     "https://daily.example/section/page?x=1",
     {"Talks stall", "The Daily", "2019-11-21T01:02:03Z", "Jane Doe",
      "https://daily.example/world/talks-stall", "en-GB"}},

    {"<title> suffix as outlet, h1 title, <time> in the article",
     "<html><head><title>Talks on troop costs stall \xe2\x80\x94 Seoul "
     "Times</title>"
     "</head><body><aside><time datetime='2001-02-03'>old</time></aside>"
     "<article><h1>Talks stall in Seoul</h1>"
     "<time datetime='2019-11-21T09:00'>Nov 21</time>"
     "<p>" P1 "</p><p>" P2 "</p></article></body></html>",
     NULL,
     {"Talks stall in Seoul", "Seoul Times", "2019-11-21T09:00:00", NULL, NULL,
      NULL}},

    {"malformed JSON-LD ignored, meta date tags, rel=author",
     "<html><head><script type='application/ld+json'>{\"@type\": "
     "\"NewsArticle\", \"headline\": </script>"
     "<meta name='parsely-pub-date' content='2019-11-20T12:00:00Z'>"
     "<meta http-equiv='content-language' content='de'>"
     "<meta property='og:url' content='https://x.example/a'>"
     "</head><body><article><p>By <a rel='author' href='/a/k'>Karl "
     "Muster</a></p><p>" P1 "</p><p>" P2 "</p></article></body></html>",
     NULL,
     {NULL, NULL, "2019-11-20T12:00:00Z", "Karl Muster", "https://x.example/a",
      "de"}},

    {"dateline in the body when nothing else says",
     "<html><body><div class='story'><p>WASHINGTON, Nov. 21, 2019 "
     "(Reuters) - " P1 "</p><p>" P2 "</p></div></body></html>",
     NULL,
     {NULL, NULL, "2019-11-21", NULL, NULL, NULL}},

    {"unknown date stays unknown",
     "<html><head><meta name='date' content='last Tuesday'></head>"
     "<body><p>In 2019, " P1 "</p></body></html>",
     NULL,
     {NULL, NULL, NULL, NULL, NULL, NULL}},
};

static void test_meta(void)
{
	for (size_t i = 0; i < sizeof meta_cases / sizeof *meta_cases; i++) {
		struct arena *a = arena_new();
		struct htmltext_result r;
		if (extract(a, meta_cases[i].html, meta_cases[i].base, &r)) {
			const struct page_meta *w = &meta_cases[i].want;
			CHECK_STR(r.meta.title, w->title);
			CHECK_STR(r.meta.outlet, w->outlet);
			CHECK_STR(r.meta.published, w->published);
			CHECK_STR(r.meta.byline, w->byline);
			CHECK_STR(r.meta.url, w->url);
			CHECK_STR(r.meta.lang, w->lang);
		}
		arena_free(a);
	}
}

/* ---- pathological input ---- */

/* Appends s to the buffer at *p. */
static void put(char **p, const char *s, size_t n)
{
	memcpy(*p, s, n);
	*p += n;
}

/* pre + n x open + mid + n x close + post, in a heap buffer. */
static char *repeat(const char *pre, const char *open, size_t n,
		    const char *mid, const char *close, const char *post,
		    size_t *len)
{
	size_t lo = strlen(open), lc = strlen(close);
	size_t cap =
	    strlen(pre) + n * (lo + lc) + strlen(mid) + strlen(post) + 1;
	char *b = malloc(cap), *p = b;
	if (!b)
		abort();
	put(&p, pre, strlen(pre));
	for (size_t i = 0; i < n; i++)
		put(&p, open, lo);
	put(&p, mid, strlen(mid));
	for (size_t i = 0; i < n; i++)
		put(&p, close, lc);
	put(&p, post, strlen(post));
	*p = '\0';
	*len = (size_t)(p - b);
	return b;
}

/* Is s well-formed UTF-8 (no stray continuation, no cut sequence)? */
static bool valid_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		int n = *p < 0x80    ? 0
			: *p >= 0xf0 ? 3
			: *p >= 0xe0 ? 2
			: *p >= 0xc0 ? 1
				     : -1;
		if (n < 0)
			return false;
		for (int i = 1; i <= n; i++)
			if ((p[i] & 0xc0) != 0x80)
				return false;
		p += n + 1;
	}
	return true;
}

static int run(const char *html, size_t len, struct arena *a,
	       struct htmltext_result *r)
{
	struct err e;
	err_clear(&e);
	return htmltext_extract(html, len, NULL, a, r, &e);
}

/*
 * Inputs that break naive extractors: each must return, quickly, with
 * no crash (these also run under AddressSanitizer's smaller stack).
 */
static void test_pathological(void)
{
	struct htmltext_result r;
	size_t len;

	/* 100,000 nested divs, text at the bottom and after. libxml2
	 * 2.9.14 stops building the tree at depth 256; the page is parsed
	 * again with its nesting flattened, so the text down there stays,
	 * paragraphs apart, and nothing recurses. (Time is measured by
	 * `make bench-hostile`, not here.) */
	char *deep = repeat("<html><body><p>" P1 "</p>", "<div>", 100000,
			    "<p>deep one</p><p>deep two</p>", "</div>",
			    "<p>" P2 "</p></body></html>", &len);
	struct arena *a = arena_new();
	CHECK_INT(run(deep, len, a, &r), 0);
	CHECK(strstr(r.text, "United States asked") != NULL);
	CHECK(strstr(r.text, "\n\ndeep one\n\ndeep two\n\n") != NULL);
	CHECK(!r.truncated);
	arena_free(a);
	free(deep);

	/* Deep nesting of every kind at once: comments, a script holding
	 * "</div>", quoted '>' in attributes, void and self-closed tags. */
	deep =
	    repeat("<html><body>", "<div class='a>b'><!-- <div> --><br><span/>",
		   5000, "<script>var s = '</div>';</script><p>" P1 "</p>",
		   "</div>", "<p>" P2 "</p></body></html>", &len);
	a = arena_new();
	CHECK_INT(run(deep, len, a, &r), 0);
	CHECK(strstr(r.text, "United States asked") != NULL);
	CHECK(strstr(r.text, "var s") == NULL);
	CHECK(!r.truncated);
	arena_free(a);
	free(deep);

	/* 250 deep (under the parser's cap): the whole tree is walked. */
	deep =
	    repeat("<html><body>", "<div>", 250, "<p>" P1 "</p><p>" P2 "</p>",
		   "</div>", "</body></html>", &len);
	a = arena_new();
	CHECK_INT(run(deep, len, a, &r), 0);
	CHECK_STR(r.text, P1 "\n\n" P2);
	arena_free(a);
	free(deep);

	/* 100,000 unclosed inline elements. */
	deep = repeat("<body><p>", "<b>x ", 100000, "", "", "</p>", &len);
	a = arena_new();
	CHECK_INT(run(deep, len, a, &r), 0);
	CHECK(r.len > 100000);
	arena_free(a);
	free(deep);

	/* A 4 MB class attribute. */
	char *big =
	    repeat("<body><div class='", "sidebar ", 500000,
		   "'><p>" P1 "</p><p>" P2 "</p></div>", "", "</body>", &len);
	a = arena_new();
	CHECK_INT(run(big, len, a, &r), 0);
	arena_free(a);
	free(big);

	/* 10 MB of text in one paragraph. */
	big = repeat("<body><p>", "word, ", 10 * 1024 * 1024 / 6, "", "",
		     "</p></body>", &len);
	a = arena_new();
	CHECK_INT(run(big, len, a, &r), 0);
	CHECK(r.len > 9 * 1024 * 1024);
	arena_free(a);
	free(big);

	/* JSON-LD nested 100,000 deep: jansson refuses it (depth limit),
	 * the page is still read. */
	char *json =
	    repeat("<head><script type='application/ld+json'>", "[", 100000, "",
		   "]", "</script></head><body><p>" P1 "</p></body>", &len);
	a = arena_new();
	CHECK_INT(run(json, len, a, &r), 0);
	CHECK_STR(r.text, P1);
	arena_free(a);
	free(json);

	/* 200,000 sibling paragraphs: linear time. */
	big = repeat("<body><div>",
		     "<p>Short, but a paragraph all the "
		     "same.</p>",
		     200000, "", "", "</div></body>", &len);
	a = arena_new();
	CHECK_INT(run(big, len, a, &r), 0);
	CHECK(r.len > 200000);
	arena_free(a);
	free(big);

	/* A 1,200-byte headline of two-byte letters: the title is cut
	 * somewhere, but never inside a character. */
	big = repeat("<body><h1>", "\xc3\xa9", 600, "</h1><p>" P1 "</p>", "",
		     "</body>", &len);
	a = arena_new();
	CHECK_INT(run(big, len, a, &r), 0);
	CHECK(r.meta.title && valid_utf8(r.meta.title));
	CHECK_STR(r.text, P1);
	arena_free(a);
	free(big);

	/* Binary junk with NULs: recover mode makes something of it. */
	static const char junk[] = "<p>\x01\x02\0\xff\xfe<<<>>>&#0;&#xD800;"
				   "</p>";
	a = arena_new();
	CHECK_INT(run(junk, sizeof junk - 1, a, &r), 0);
	CHECK(r.text != NULL);
	arena_free(a);
}

int main(void)
{
	test_bodies();
	test_meta();
	test_pathological();
	return harness_done("htmltext");
}
