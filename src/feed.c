/* feed.c - feeds and sitemaps to their article links */
#include "feed.h"

#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <stdint.h>
#include <zlib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "dates.h"
#include "err.h"
#include "util.h"

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_SITEMAP "http://www.sitemaps.org/schemas/sitemap/0.9"
#define NS_NEWS "http://www.google.com/schemas/sitemap-news/0.9"

/* How far feed_sniff looks for the root element: a DOCTYPE with a long
 * internal subset in front of it is not a feed worth reading. */
#define SNIFF_MAX 65536

static bool starts(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && !memcmp(s, lit, k);
}

/* Skips past the first occurrence of lit; returns the new offset or n. */
static size_t skip_past(const char *s, size_t i, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	for (; i + k <= n; i++)
		if (!memcmp(s + i, lit, k))
			return i + k;
	return n;
}

static bool name_end(char c)
{
	return c == '>' || c == '/' || is_ascii_space((unsigned char)c);
}

/* A JSON object that names the JSON Feed version near its start. */
static bool json_feed_sniff(const char *s, size_t n, size_t i)
{
	while (i < n && is_ascii_space((unsigned char)s[i]))
		i++;
	if (i >= n || s[i] != '{')
		return false;
	static const char mark[] = "jsonfeed.org/version";
	for (size_t k = i; k + sizeof mark - 1 <= n; k++)
		if (!memcmp(s + k, mark, sizeof mark - 1))
			return true;
	return false;
}

bool feed_sniff(const char *s, size_t len)
{
	size_t n = len < SNIFF_MAX ? len : SNIFF_MAX, i = 0;
	if (starts(s, n, "\xEF\xBB\xBF"))
		i = 3;
	if (json_feed_sniff(s, n, i))
		return true;
	while (i < n) {
		if (is_ascii_space((unsigned char)s[i])) {
			i++;
		} else if (starts(s + i, n - i, "<?")) {
			i = skip_past(s, i, n, "?>");
		} else if (starts(s + i, n - i, "<!--")) {
			i = skip_past(s, i + 4, n, "-->");
		} else if (starts(s + i, n - i, "<!")) {
			/* DOCTYPE, with an internal subset in [ ] or not */
			size_t j = i;
			while (j < n && s[j] != '[' && s[j] != '>')
				j++;
			i = j < n && s[j] == '[' ? skip_past(s, j, n, "]") : j;
			i = skip_past(s, i, n, ">");
		} else if (s[i] == '<') {
			size_t j = i + 1, k = j;
			while (k < n && !name_end(s[k]))
				k++;
			if (k >= n)
				return false;
			const char *nm = s + j;
			size_t nl = k - j;
			const char *colon = memchr(nm, ':', nl);
			if (colon) { /* a prefix: look at the local name */
				nl -= (size_t)(colon + 1 - nm);
				nm = colon + 1;
			}
			return (nl == 3 && !memcmp(nm, "rss", 3)) ||
			       (nl == 4 && !memcmp(nm, "feed", 4)) ||
			       (nl == 3 && !memcmp(nm, "RDF", 3)) ||
			       (nl == 6 && !memcmp(nm, "urlset", 6)) ||
			       (nl == 12 && !memcmp(nm, "sitemapindex", 12));
		} else {
			return false;
		}
	}
	return false;
}

static bool is_el(const xmlNode *n, const char *name, const char *ns)
{
	if (n->type != XML_ELEMENT_NODE || !xmlStrEqual(n->name, BAD_CAST name))
		return false;
	if (!ns)
		return true;
	return n->ns && xmlStrEqual(n->ns->href, BAD_CAST ns);
}

/* No namespace, or the one given (RSS 2.0 elements have none, but some
 * feeds put a default namespace on <rss>). */
static bool is_plain_el(const xmlNode *n, const char *name)
{
	return is_el(n, name, NULL) && (!n->ns || !n->ns->prefix);
}

/*
 * The text of an element: its text and CDATA children only, trimmed.
 * Entity references are skipped on purpose: expanding them is what a
 * billion-laughs payload wants. malloc'd, or NULL when empty.
 */
static char *text_of(const xmlNode *el)
{
	struct buf b;
	buf_init(&b, 64 * 1024);
	for (const xmlNode *c = el->children; c; c = c->next)
		if ((c->type == XML_TEXT_NODE ||
		     c->type == XML_CDATA_SECTION_NODE) &&
		    c->content)
			buf_puts(&b, (const char *)c->content);
	if (!b.data)
		return NULL;
	size_t s = 0, e = b.len;
	while (s < e && is_ascii_space((unsigned char)b.data[s]))
		s++;
	while (e > s && is_ascii_space((unsigned char)b.data[e - 1]))
		e--;
	char *r = e > s ? xstrndup(b.data + s, e - s) : NULL;
	buf_release(&b);
	return r;
}

static char *attr_of(const xmlNode *el, const char *name, const char *ns)
{
	xmlChar *v = ns ? xmlGetNsProp(el, BAD_CAST name, BAD_CAST ns)
			: xmlGetNoNsProp(el, BAD_CAST name);
	if (!v)
		return NULL;
	char *r = xstrdup((const char *)v);
	xmlFree(v);
	return r;
}

/* An absolute http(s) link resolved against base, malloc'd, or NULL. */
static char *resolve(char *link, const char *base)
{
	if (!link)
		return NULL;
	char *abs = link;
	if (base) {
		xmlChar *u = xmlBuildURI(BAD_CAST link, BAD_CAST base);
		if (u) {
			abs = xstrdup((const char *)u);
			xmlFree(u);
			free(link);
		}
	}
	if (strncmp(abs, "http://", 7) && strncmp(abs, "https://", 8)) {
		free(abs);
		return NULL;
	}
	return abs;
}

static char *normal_date(char *d)
{
	if (!d)
		return NULL;
	char iso[DATES_ISO_MAX];
	if (dates_parse(d, strlen(d), iso)) {
		free(d);
		return xstrdup(iso);
	}
	return d;
}

/* Open addressing over link hashes: drops repeated links in O(n). */
struct seen {
	unsigned long long *slots;
	size_t cap;
};

static bool seen_add(struct seen *s, const char *link)
{
	unsigned long long h = hash64(link, strlen(link)) | 1;
	size_t i = (size_t)h & (s->cap - 1);
	while (s->slots[i]) {
		if (s->slots[i] == h)
			return false;
		i = (i + 1) & (s->cap - 1);
	}
	s->slots[i] = h;
	return true;
}

static void add_item(struct feed *f, struct seen *s, char *link, char *date)
{
	if (!link || f->n >= FEED_MAX_ITEMS || !seen_add(s, link)) {
		if (link && f->n >= FEED_MAX_ITEMS)
			f->truncated = true;
		free(link);
		free(date);
		return;
	}
	if ((f->n & (f->n - 1)) == 0) /* 0, 1, 2, 4, 8...: grow */
		f->items = xrealloc(f->items,
				    (f->n ? f->n * 2 : 1) * sizeof *f->items);
	f->items[f->n].link = link;
	f->items[f->n].date = normal_date(date);
	f->n++;
}

static void rss_item(struct feed *f, struct seen *s, const xmlNode *it,
		     const char *base)
{
	char *link = NULL, *guid = NULL, *date = NULL;
	for (const xmlNode *c = it->children; c; c = c->next) {
		if (!link && is_plain_el(c, "link")) {
			link = text_of(c);
		} else if (!guid && is_plain_el(c, "guid")) {
			char *pl = attr_of(c, "isPermaLink", NULL);
			if (!pl || strcmp(pl, "false"))
				guid = text_of(c);
			free(pl);
		} else if (!date && (is_plain_el(c, "pubDate") ||
				     is_el(c, "date", NS_DC))) {
			date = text_of(c);
		}
	}
	if (!link) {
		link = guid;
		guid = NULL;
	}
	free(guid);
	add_item(f, s, resolve(link, base), date);
}

static void rdf_item(struct feed *f, struct seen *s, const xmlNode *it,
		     const char *base)
{
	char *link = NULL, *date = NULL;
	for (const xmlNode *c = it->children; c; c = c->next) {
		if (!link && is_el(c, "link", NS_RSS1))
			link = text_of(c);
		else if (!date && is_el(c, "date", NS_DC))
			date = text_of(c);
	}
	if (!link)
		link = attr_of(it, "about", NS_RDF);
	add_item(f, s, resolve(link, base), date);
}

static void atom_entry(struct feed *f, struct seen *s, const xmlNode *it,
		       const char *base)
{
	char *link = NULL, *updated = NULL, *published = NULL;
	for (const xmlNode *c = it->children; c; c = c->next) {
		if (!link && is_el(c, "link", NS_ATOM)) {
			char *rel = attr_of(c, "rel", NULL);
			if (!rel || !strcmp(rel, "alternate"))
				link = attr_of(c, "href", NULL);
			free(rel);
		} else if (!updated && is_el(c, "updated", NS_ATOM)) {
			updated = text_of(c);
		} else if (!published && is_el(c, "published", NS_ATOM)) {
			published = text_of(c);
		}
	}
	/* updated says when the entry changed: the better change hint. */
	if (updated) {
		free(published);
		published = updated;
	}
	add_item(f, s, resolve(link, base), published);
}

/* A sitemap element: in the sitemaps.org namespace, or in none (many
 * generators leave it out). */
static bool is_sm_el(const xmlNode *n, const char *name)
{
	return is_el(n, name, NS_SITEMAP) || (is_el(n, name, NULL) && !n->ns);
}

/* <url> of a <urlset>, or <sitemap> of a <sitemapindex>. */
static void sitemap_entry(struct feed *f, struct seen *s, const xmlNode *it,
			  const char *base)
{
	char *loc = NULL, *lastmod = NULL, *news_date = NULL;
	for (const xmlNode *c = it->children; c; c = c->next) {
		if (!loc && is_sm_el(c, "loc")) {
			loc = text_of(c);
		} else if (!lastmod && is_sm_el(c, "lastmod")) {
			lastmod = text_of(c);
		} else if (is_el(c, "news", NS_NEWS)) {
			for (const xmlNode *d = c->children; d; d = d->next)
				if (!news_date &&
				    is_el(d, "publication_date", NS_NEWS))
					news_date = text_of(d);
		}
	}
	/* a news sitemap's publication date is the article's own */
	if (news_date) {
		free(lastmod);
		lastmod = news_date;
	}
	add_item(f, s, resolve(loc, base), lastmod);
}

static char *json_str_dup(const json_t *o, const char *key)
{
	const char *v = json_string_value(json_object_get(o, key));
	return v && *v ? xstrdup(v) : NULL;
}

/* JSON Feed (jsonfeed.org 1.0 and 1.1): 0 when it is not one. */
static int json_feed(const char *bytes, size_t len, const char *base_url,
		     struct feed *out, struct seen *s, struct err *e)
{
	json_error_t je;
	json_t *root = json_loadb(bytes, len, JSON_REJECT_DUPLICATES, &je);
	if (!root) {
		err_set(e, ERR_PARSE, base_url,
			"JSON Feed is not valid JSON (line %d: %s)", je.line,
			je.text);
		return -1;
	}
	const char *v = json_string_value(json_object_get(root, "version"));
	const json_t *items = json_object_get(root, "items");
	if (!json_is_object(root) || !v || !strstr(v, "jsonfeed.org/version")) {
		json_decref(root);
		return 0;
	}
	out->kind = FEED_JSON;
	size_t i;
	const json_t *it;
	json_array_foreach(items, i, it)
	{
		char *link = json_str_dup(it, "url");
		if (!link) { /* an id is only a link when it is a URL */
			link = json_str_dup(it, "id");
			if (link && strncmp(link, "http://", 7) &&
			    strncmp(link, "https://", 8)) {
				free(link);
				link = NULL;
			}
		}
		char *date = json_str_dup(it, "date_modified");
		if (!date)
			date = json_str_dup(it, "date_published");
		add_item(out, s, resolve(link, base_url), date);
	}
	json_decref(root);
	return 1;
}

static bool looks_json(const char *bytes, size_t len)
{
	size_t i = starts(bytes, len, "\xEF\xBB\xBF") ? 3 : 0;
	while (i < len && is_ascii_space((unsigned char)bytes[i]))
		i++;
	return i < len && bytes[i] == '{';
}

/* Sized for FEED_MAX_ITEMS links at most half full. */
static struct seen seen_new(void)
{
	struct seen s = {NULL, 1024};
	while (s.cap < 2 * FEED_MAX_ITEMS)
		s.cap *= 2;
	s.slots = xcalloc(s.cap, sizeof *s.slots);
	return s;
}

/*
 * A copy of bytes with the DOCTYPE declaration (and its internal subset,
 * where entities are declared) blanked out, offsets kept; NULL when there
 * is none. One pass: quoted strings are skipped, so a ']' or '>' inside
 * an entity's value does not end the declaration early.
 */
static char *without_doctype(const char *bytes, size_t len)
{
	static const char key[] = "<!DOCTYPE";
	size_t kl = sizeof key - 1, s = 0;
	for (; s + kl <= len; s++) {
		if (!memcmp(bytes + s, key, kl))
			break;
		/* Only in the prolog: a start tag ends the search. */
		if (bytes[s] == '<' && s + 1 < len &&
		    is_ascii_alpha((unsigned char)bytes[s + 1]))
			return NULL;
	}
	if (s + kl > len)
		return NULL;
	size_t i = s + kl;
	char quote = 0;
	bool subset = false;
	for (; i < len; i++) {
		char c = bytes[i];
		if (quote) {
			if (c == quote)
				quote = 0;
		} else if (c == '"' || c == '\'') {
			quote = c;
		} else if (c == '[') {
			subset = true;
		} else if (c == ']') {
			subset = false;
		} else if (c == '>' && !subset) {
			break;
		}
	}
	size_t end = i < len ? i + 1 : len;
	char *copy = xmalloc(len);
	memcpy(copy, bytes, len);
	memset(copy + s, ' ', end - s);
	return copy;
}

/* Parses with our options; *entity_loop: libxml2 stopped on an entity
 * reference loop or expansion bomb (it stops parsing there). */
static xmlDoc *read_xml(const char *bytes, size_t len, const char *base_url,
			bool *entity_loop)
{
	/* No XML_PARSE_NOENT (entities stay references), no DTDLOAD or
	 * DTDATTR (nothing fetched or defaulted), NONET as a second lock. */
	int opts = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
		   XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
	xmlParserCtxtPtr ctx = xmlNewParserCtxt();
	if (!ctx)
		die_oom();
	xmlDoc *doc =
	    xmlCtxtReadMemory(ctx, bytes, (int)len, base_url, NULL, opts);
	*entity_loop = ctx->errNo == XML_ERR_ENTITY_LOOP;
	xmlFreeParserCtxt(ctx);
	return doc;
}

int feed_parse(const char *bytes, size_t len, const char *base_url,
	       struct feed *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	if (looks_json(bytes, len)) {
		size_t i = starts(bytes, len, "\xEF\xBB\xBF") ? 3 : 0;
		struct seen s = seen_new();
		int rc = json_feed(bytes + i, len - i, base_url, out, &s, e);
		free(s.slots);
		if (rc <= 0)
			feed_free(out);
		return rc;
	}
	if (len > (size_t)INT32_MAX) {
		err_set(e, ERR_TOO_BIG, base_url, "feed too large to parse");
		return -1;
	}
	bool loop = false;
	xmlDoc *doc = read_xml(bytes, len, base_url, &loop);
	if (loop) {
		/* libxml2 refused the entities (billion laughs) and stopped
		 * there, dropping every later item. Read the feed again
		 * without its DOCTYPE: the references are then undeclared
		 * (skipped in recover mode) and the items all stay. */
		char *copy = without_doctype(bytes, len);
		if (copy) {
			bool again = false;
			xmlDoc *d2 = read_xml(copy, len, base_url, &again);
			free(copy);
			if (d2) {
				xmlFreeDoc(doc);
				doc = d2;
			}
		}
		out->entities_refused = true;
	}
	if (!doc) {
		err_set(e, ERR_PARSE, base_url, "feed is not well-formed XML");
		return -1;
	}
	const xmlNode *root = xmlDocGetRootElement(doc);
	if (!root) {
		xmlFreeDoc(doc);
		err_set(e, ERR_PARSE, base_url, "feed has no root element");
		return -1;
	}
	if (is_el(root, "rss", NULL))
		out->kind = FEED_RSS2;
	else if (is_el(root, "RDF", NS_RDF))
		out->kind = FEED_RDF;
	else if (is_el(root, "feed", NS_ATOM))
		out->kind = FEED_ATOM;
	else if (is_sm_el(root, "urlset"))
		out->kind = FEED_SITEMAP;
	else if (is_sm_el(root, "sitemapindex"))
		out->kind = FEED_SITEMAP_INDEX;
	if (out->kind == FEED_NONE) {
		xmlFreeDoc(doc);
		return 0;
	}
	struct seen s = seen_new();

	for (const xmlNode *c = root->children; c; c = c->next) {
		if (out->kind == FEED_RSS2 && is_plain_el(c, "channel")) {
			for (const xmlNode *it = c->children; it; it = it->next)
				if (is_plain_el(it, "item"))
					rss_item(out, &s, it, base_url);
		} else if (out->kind == FEED_RSS2 && is_plain_el(c, "item")) {
			rss_item(out, &s, c, base_url); /* RSS 0.9x */
		} else if (out->kind == FEED_RDF && is_el(c, "item", NULL)) {
			rdf_item(out, &s, c, base_url);
		} else if (out->kind == FEED_ATOM &&
			   is_el(c, "entry", NS_ATOM)) {
			atom_entry(out, &s, c, base_url);
		} else if (out->kind == FEED_SITEMAP && is_sm_el(c, "url")) {
			sitemap_entry(out, &s, c, base_url);
		} else if (out->kind == FEED_SITEMAP_INDEX &&
			   is_sm_el(c, "sitemap")) {
			if (out->n >= SITEMAP_MAX_CHILDREN) {
				out->truncated = true;
				break;
			}
			sitemap_entry(out, &s, c, base_url);
		}
	}
	free(s.slots);
	xmlFreeDoc(doc);
	return 1;
}

/* Fills b up to cap bytes from g; returns the bytes read, or -1. */
static long gz_fill(gzFile g, char *b, size_t n, size_t cap)
{
	while (n < cap) {
		size_t want = cap - n > (1u << 30) ? (1u << 30) : cap - n;
		int got = gzread(g, b + n, (unsigned)want);
		if (got < 0)
			return -1;
		if (got == 0)
			break;
		n += (size_t)got;
	}
	return (long)n;
}

int feed_file_read(const char *path, size_t max_bytes, char **body, size_t *len)
{
	*body = NULL;
	*len = 0;
	/* only a regular file: opening a FIFO would block */
	struct stat sb;
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return 0;
	gzFile g = gzopen(path, "rb"); /* reads plain files as they are */
	if (!g)
		return 0;
	size_t cap = SNIFF_MAX;
	char *b = xmalloc(cap + 1);
	long n = gz_fill(g, b, 0, cap);
	bool ok = n > 0 && feed_sniff(b, (size_t)n);
	/* a feed: the rest, doubling, up to max_bytes (+1 to notice) */
	while (ok && (size_t)n == cap && cap <= max_bytes) {
		cap *= 2;
		b = xrealloc(b, cap + 1);
		n = gz_fill(g, b, (size_t)n, cap);
		ok = n >= 0;
	}
	ok = ok && (size_t)n <= max_bytes;
	gzclose(g);
	if (!ok) {
		free(b);
		return 0;
	}
	*body = b;
	*len = (size_t)n;
	return 1;
}

void feed_free(struct feed *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->items[i].link);
		free(f->items[i].date);
	}
	free(f->items);
	memset(f, 0, sizeof *f);
}

const char *feed_kind_name(enum feed_kind k)
{
	switch (k) {
	case FEED_RSS2:
		return "rss";
	case FEED_RDF:
		return "rdf";
	case FEED_ATOM:
		return "atom";
	case FEED_JSON:
		return "json";
	case FEED_SITEMAP:
		return "sitemap";
	case FEED_SITEMAP_INDEX:
		return "sitemapindex";
	case FEED_NONE:
		break;
	}
	return "none";
}
