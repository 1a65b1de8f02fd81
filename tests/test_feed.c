/* test_feed.c - RSS 2.0, RDF and Atom to item links; hostile feeds */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "feed.h"
#include "harness.h"

#define BASE "http://news.example/feeds/main.xml"

struct feed_case {
	const char *name;
	const char *xml;
	int rc;
	enum feed_kind kind;
	size_t n;
	const char *link0, *date0, *link_last;
};

static const struct feed_case cases[] = {
    {"rss2",
     "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
     "<item><title>A</title><link>http://news.example/a</link>"
     "<pubDate>Tue, 19 Nov 2019 08:00:00 GMT</pubDate></item>"
     "<item><link> /b?x=1&amp;y=2 </link></item>"
     "<item><guid isPermaLink='true'>http://news.example/g</guid></item>"
     "<item><guid isPermaLink='false'>tag:1</guid></item>"
     "<item><link>http://news.example/a</link></item>"
     "<item><link>javascript:alert(1)</link></item>"
     "</channel></rss>",
     1, FEED_RSS2, 3, "http://news.example/a", "2019-11-19T08:00:00Z",
     "http://news.example/g"},
    {"rss-cdata-dc",
     "<rss xmlns:dc='http://purl.org/dc/elements/1.1/'><channel>"
     "<item><link><![CDATA[story.html]]></link>"
     "<dc:date>2024-01-03</dc:date></item></channel></rss>",
     1, FEED_RSS2, 1, "http://news.example/feeds/story.html", "2024-01-03",
     "http://news.example/feeds/story.html"},
    {"atom",
     "<feed xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
     "<entry><link rel='edit' href='/edit/1'/>"
     "<link rel='alternate' href='/2024/one'/>"
     "<published>2024-01-01T00:00:00Z</published>"
     "<updated>2024-01-02T10:00:00Z</updated></entry>"
     "<entry><link href='http://other.example/two'/></entry>"
     "</feed>",
     1, FEED_ATOM, 2, "http://news.example/2024/one", "2024-01-02T10:00:00Z",
     "http://other.example/two"},
    {"rdf",
     "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
     " xmlns='http://purl.org/rss/1.0/'"
     " xmlns:dc='http://purl.org/dc/elements/1.1/'>"
     "<channel rdf:about='http://news.example/'><title>T</title></channel>"
     "<item rdf:about='http://news.example/r1'><link>/r1</link>"
     "<dc:date>2024-01-03</dc:date></item>"
     "<item rdf:about='http://news.example/r2'></item></rdf:RDF>",
     1, FEED_RDF, 2, "http://news.example/r1", "2024-01-03",
     "http://news.example/r2"},
    {"atom-wrong-ns", "<feed><entry><link href='/x'/></entry></feed>", 0,
     FEED_NONE, 0, NULL, NULL, NULL},
    {"html", "<html><body><p>hi</p></body></html>", 0, FEED_NONE, 0, NULL, NULL,
     NULL},
    {"empty-rss", "<rss/>", 1, FEED_RSS2, 0, NULL, NULL, NULL},
    {"broken-recovered",
     "<rss><channel><item><link>http://n.example/1</link></item>"
     "<item><link>http://n.example/2</link><b></item>",
     1, FEED_RSS2, 2, "http://n.example/1", NULL, "http://n.example/2"},
    {"not-xml", "\x01\x02\x03 not xml at all", -1, FEED_NONE, 0, NULL, NULL,
     NULL},
    {"news-sitemap",
     "<?xml version='1.0'?><urlset"
     " xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"
     " xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
     "<url><loc>http://news.example/n1</loc><lastmod>2024-03-01</lastmod>"
     "<news:news><news:publication_date>2024-02-01T09:00:00Z"
     "</news:publication_date><news:title>T</news:title></news:news></url>"
     "<url><loc>/relative</loc></url>"
     "<url><loc>http://news.example/n1</loc></url>"
     "<url><loc>ftp://news.example/x</loc></url>"
     "<url><lastmod>2024-01-01</lastmod></url></urlset>",
     1, FEED_SITEMAP, 2, "http://news.example/n1", "2024-02-01T09:00:00Z",
     "http://news.example/relative"},
    {"sitemap-lastmod-no-ns",
     "<urlset><url><loc>http://n.example/a</loc>"
     "<lastmod>2024-03-01</lastmod></url></urlset>",
     1, FEED_SITEMAP, 1, "http://n.example/a", "2024-03-01",
     "http://n.example/a"},
    {"sitemap-index",
     "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
     "<sitemap><loc>http://n.example/s1.xml</loc>"
     "<lastmod>2024-01-05</lastmod></sitemap>"
     "<sitemap><loc>http://n.example/s2.xml.gz</loc></sitemap>"
     "</sitemapindex>",
     1, FEED_SITEMAP_INDEX, 2, "http://n.example/s1.xml", "2024-01-05",
     "http://n.example/s2.xml.gz"},
    {"sitemap-wrong-ns",
     "<urlset xmlns='http://example.org/other'><url><loc>http://n.example/a"
     "</loc></url></urlset>",
     0, FEED_NONE, 0, NULL, NULL, NULL},
    {"json-feed",
     "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\","
     " \"items\": [{\"id\": \"1\", \"url\": \"/j1\","
     " \"date_published\": \"2024-01-05T10:00:00Z\"},"
     " {\"id\": \"2\"}, {\"id\": \"https://n.example/j3\"},"
     " {\"url\": 5}, \"junk\"]}",
     1, FEED_JSON, 2, "http://news.example/j1", "2024-01-05T10:00:00Z",
     "https://n.example/j3"},
    {"json-not-a-feed",
     "{\"version\": \"1.0\", \"note\": \"jsonfeed.org/version\", \"items\": "
     "[]}",
     0, FEED_NONE, 0, NULL, NULL, NULL},
    {"json-other", "{\"a\": 1}", 0, FEED_NONE, 0, NULL, NULL, NULL},
    {"json-broken", "{\"version\": \"https://jsonfeed.org/version/1\", [", -1,
     FEED_NONE, 0, NULL, NULL, NULL},
};

static void test_cases(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct feed_case *c = &cases[i];
		struct feed f;
		struct err e;
		err_clear(&e);
		int rc = feed_parse(c->xml, strlen(c->xml), BASE, &f, &e);
		if (rc != c->rc)
			fprintf(stderr, "case %s: rc %d\n", c->name, rc);
		CHECK_INT(rc, c->rc);
		CHECK_INT(f.kind, c->kind);
		CHECK_INT(f.n, c->n);
		if (c->n && f.n == c->n) {
			CHECK_STR(f.items[0].link, c->link0);
			CHECK_STR(f.items[0].date, c->date0);
			CHECK_STR(f.items[f.n - 1].link, c->link_last);
		}
		feed_free(&f);
	}
}

struct sniff_case {
	const char *s;
	bool feed;
};

static const struct sniff_case sniffs[] = {
    {"<rss version='2.0'>", true},
    {"\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- c --><feed xmlns=''>", true},
    {"<!DOCTYPE rdf [ <!ENTITY a 'b'> ]><rdf:RDF xmlns:rdf='x'>", true},
    {"  <rss>", true},
    {"<html><rss>", false},
    {"<!doctype html><html>", false},
    {"Plain text about an <rss> feed", false},
    {"<feeds>", false},
    {"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>", true},
    {"<?xml version='1.0'?><sitemapindex>", true},
    {" {\"version\": \"https://jsonfeed.org/version/1.1\"}", true},
    {"{\"title\": \"not a feed\"}", false},
    {"[\"jsonfeed.org/version\"]", false},
    {"", false},
};

static void test_sniff(void)
{
	for (size_t i = 0; i < sizeof sniffs / sizeof sniffs[0]; i++)
		CHECK_INT(feed_sniff(sniffs[i].s, strlen(sniffs[i].s)),
			  sniffs[i].feed);
}

/* Entities are never expanded: the classic billion laughs stays small.
 * libxml2 refuses its entities and stops parsing there; the feed is read
 * again without its DOCTYPE, so the items before, around and after the
 * bomb all count, and entities_refused tells the caller to warn. (Time:
 * make bench-hostile, not a timed test.) */
static void test_billion_laughs(void)
{
	struct buf b;
	buf_init(&b, 0);
	buf_puts(&b, "<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY l0 'lol'>");
	for (int i = 1; i < 10; i++) {
		char line[256];
		snprintf(line, sizeof line,
			 "<!ENTITY l%d '&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;"
			 "&l%d;&l%d;&l%d;'>",
			 i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1,
			 i - 1, i - 1, i - 1);
		buf_puts(&b, line);
	}
	buf_puts(&b, "]><rss><channel><item><link>/before</link></item>"
		     "<item><title>&l9;</title>"
		     "<link>http://n.example/&l9;x</link></item>"
		     "<item><link>/after</link></item></channel></rss>");
	struct feed f;
	struct err e;
	err_clear(&e);
	int rc = feed_parse(b.data, b.len, BASE, &f, &e);
	CHECK_INT(rc, 1);
	CHECK(f.entities_refused);
	CHECK_INT(f.n, 3);
	if (f.n == 3) {
		CHECK_STR(f.items[0].link, "http://news.example/before");
		CHECK_STR(f.items[2].link, "http://news.example/after");
	}
	for (size_t i = 0; i < f.n; i++)
		CHECK(strlen(f.items[i].link) < 1000);
	feed_free(&f);
	buf_release(&b);

	/* A DOCTYPE whose entities are fine is not refused; a quoted ']>'
	 * in an entity value does not end the DOCTYPE early. */
	static const char ok[] =
	    "<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY a 'x]>y'>]>"
	    "<rss><channel><item><title>&a;</title><link>/one</link></item>"
	    "</channel></rss>";
	err_clear(&e);
	CHECK_INT(feed_parse(ok, sizeof ok - 1, BASE, &f, &e), 1);
	CHECK(!f.entities_refused);
	CHECK_INT(f.n, 1);
	feed_free(&f);
	/* A loop of entities: refused, the items stay. */
	static const char loop[] =
	    "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a '&b;'>"
	    "<!ENTITY b '&a;'>]><rss><channel><item><link>/1</link></item>"
	    "<item><title>&a;</title></item><item><link>/2</link></item>"
	    "</channel></rss>";
	err_clear(&e);
	CHECK_INT(feed_parse(loop, sizeof loop - 1, BASE, &f, &e), 1);
	CHECK(f.entities_refused);
	CHECK_INT(f.n, 2);
	feed_free(&f);
}

/* 100,000 items: linear time, capped at FEED_MAX_ITEMS. */
static void test_huge(void)
{
	struct buf b;
	buf_init(&b, 0);
	buf_puts(&b, "<rss><channel>");
	for (int i = 0; i < 100000; i++) {
		char line[96];
		snprintf(line, sizeof line, "<item><link>/a/%d</link></item>",
			 i);
		buf_puts(&b, line);
	}
	buf_puts(&b, "</channel></rss>");
	struct feed f;
	struct err e;
	err_clear(&e);
	CHECK_INT(feed_parse(b.data, b.len, BASE, &f, &e), 1);
	CHECK_INT(f.n, FEED_MAX_ITEMS);
	CHECK(f.truncated);
	CHECK_STR(f.items[0].link, "http://news.example/a/0");
	feed_free(&f);
	buf_release(&b);
}

int main(void)
{
	test_cases();
	test_sniff();
	test_billion_laughs();
	test_huge();
	CHECK_STR(feed_kind_name(FEED_ATOM), "atom");
	return harness_done("feed");
}
