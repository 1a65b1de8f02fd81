/* feed.h - feeds and sitemaps (RSS 2.0, RSS 1.0, Atom, JSON Feed, XML
 * sitemaps, sitemap indexes, news sitemaps) to their article links */
#ifndef CLAIMEX_FEED_H
#define CLAIMEX_FEED_H

#include <stdbool.h>
#include <stddef.h>

struct err;

enum feed_kind {
	FEED_NONE,
	FEED_RSS2,
	FEED_RDF,
	FEED_ATOM,
	FEED_JSON,	    /* JSON Feed 1.0/1.1 */
	FEED_SITEMAP,	    /* <urlset>: items are articles */
	FEED_SITEMAP_INDEX, /* <sitemapindex>: items are sitemaps */
};

/* A sitemap index lists sitemaps (up to 50,000 by the protocol); a run
 * follows at most this many of one index, and an index inside an index
 * at most SITEMAP_MAX_DEPTH levels down (the crawl enforces it). */
#define SITEMAP_MAX_CHILDREN 100
#define SITEMAP_MAX_DEPTH 2

/* Feeds list tens of items; this bounds what a hostile one can make a
 * run download. Items past it are dropped and `truncated` is set. */
#define FEED_MAX_ITEMS 10000

struct feed_item {
	char *link; /* absolute: resolved against the feed's URL */
	char *date; /* pubDate / dc:date / updated / published, JSON Feed
		       date_modified / date_published, sitemap
		       news:publication_date / lastmod, as ISO 8601
		       when it parses, else as written; NULL when none */
};

struct feed {
	enum feed_kind kind;
	struct feed_item *items; /* in document order, duplicates removed */
	size_t n;
	bool truncated;
	/* libxml2 refused the document's entities (an entity reference loop
	 * or expansion bomb, "billion laughs"): it was read again without
	 * its DOCTYPE, entity references dropped. The caller should warn. */
	bool entities_refused;
};

/*
 * Cheap test on the first bytes: true when the document's root element
 * looks like <rss>, <rdf:RDF>, <feed>, <urlset> or <sitemapindex> (after
 * a BOM, the XML declaration, comments and a DOCTYPE), or the document is
 * a JSON object naming jsonfeed.org/version in its first 64 KB, so pages
 * need not go through the XML parser.
 */
bool feed_sniff(const char *bytes, size_t len);

/*
 * Parses bytes with libxml2's XML parser (recover mode, no network, no
 * DTD loading, entities not substituted, so a billion-laughs payload stays
 * small; when libxml2 still refuses the entities and stops, the document
 * is read again without its DOCTYPE and entities_refused is set) and recognises the feed by its root element and namespace:
 * <rss> (RSS 0.9x/2.0), <rdf:RDF> with an RSS 1.0 channel, <feed> in the
 * Atom namespace. Item links: RSS <link> (else a permalink <guid>), RDF
 * <link> or rdf:about, Atom <link rel="alternate"> (or no rel) href;
 * relative links are resolved against base_url (may be NULL) and the
 * xml:base of Atom entries is not honoured. Sitemaps (sitemaps.org 0.9):
 * <urlset> <url><loc>, dated by Google News' news:publication_date, else
 * <lastmod>; <sitemapindex> <sitemap><loc> (at most SITEMAP_MAX_CHILDREN,
 * `truncated` beyond). A JSON object with a jsonfeed.org version is a
 * JSON Feed (jansson): items' url (else an http(s) id).
 *
 * Returns 1 with *out filled (free with feed_free), 0 when the document
 * is not a feed (*out empty, kind FEED_NONE), or -1 with *e set
 * (ERR_PARSE) when it claims to be a feed but no tree could be built.
 * libxml2 memory never leaves this module.
 */
int feed_parse(const char *bytes, size_t len, const char *base_url,
	       struct feed *out, struct err *e);

/*
 * A file given as an input that is a feed or a sitemap (feed_sniff on its
 * first 64 KB; gzip-compressed or not): returns 1 with its bytes in
 * *body (malloc'd, free it) and *len, at most max_bytes of them; 0 when it
 * is something else or cannot be read (the reader then reports it as an
 * article would be). Cost: one read of 64 KB for a non-feed.
 */
int feed_file_read(const char *path, size_t max_bytes, char **body,
		   size_t *len);

/* Frees the items; f may be parsed into again. */
void feed_free(struct feed *f);

/* "rss", "rdf", "atom", "json", "sitemap", "sitemapindex" or "none". */
const char *feed_kind_name(enum feed_kind k);

#endif
