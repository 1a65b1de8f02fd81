/* feed.h - RSS 2.0, RSS 1.0 (RDF) and Atom feeds to their article links */
#ifndef CLAIMEX_FEED_H
#define CLAIMEX_FEED_H

#include <stdbool.h>
#include <stddef.h>

struct err;

enum feed_kind { FEED_NONE, FEED_RSS2, FEED_RDF, FEED_ATOM };

/* Feeds list tens of items; this bounds what a hostile one can make a
 * run download. Items past it are dropped and `truncated` is set. */
#define FEED_MAX_ITEMS 10000

struct feed_item {
	char *link; /* absolute: resolved against the feed's URL */
	char *date; /* pubDate / dc:date / updated / published as ISO 8601
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
 * looks like <rss>, <rdf:RDF> or <feed> (after a BOM, the XML declaration,
 * comments and a DOCTYPE), so pages need not go through the XML parser.
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
 * xml:base of Atom entries is not honoured.
 *
 * Returns 1 with *out filled (free with feed_free), 0 when the document
 * is not a feed (*out empty, kind FEED_NONE), or -1 with *e set
 * (ERR_PARSE) when it claims to be a feed but no tree could be built.
 * libxml2 memory never leaves this module.
 */
int feed_parse(const char *bytes, size_t len, const char *base_url,
	       struct feed *out, struct err *e);

/* Frees the items; f may be parsed into again. */
void feed_free(struct feed *f);

/* "rss", "rdf", "atom" or "none". */
const char *feed_kind_name(enum feed_kind k);

#endif
