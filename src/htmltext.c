/* htmltext.c - an HTML page to its article body text and metadata */
#include "htmltext.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "dates.h"
#include "err.h"
#include "util.h"

/*
 * How it works. libxml2 builds the tree; then a small, fixed number of
 * passes, none recursive:
 *
 *  1. walk_tree: one pre-order walk over the whole tree (through the
 *     nodes' own parent/next pointers, so depth costs no stack). Each
 *     element gets a slot in an array, in document order, with what its
 *     tag and its class/id/role say about it, and the text directly in it
 *     (characters, link characters, commas). The same walk collects the
 *     page's metadata (meta, link, JSON-LD, <title>, <time>...).
 *  2. sum_subtrees: one backward pass over the array (children come after
 *     their parent) adds every element's totals into its parent, so each
 *     element knows its subtree's text and link text without re-walking.
 *  3. choose_roots: readability-style scoring over the array (paragraphs
 *     of prose give points to their container and its parents; link-heavy
 *     and chrome-named containers lose), overridden by what the page says
 *     about itself: itemprop="articleBody", and the JSON-LD articleBody,
 *     whose word 3-grams are matched against the text of every element.
 *  4. emit_root: one walk over the chosen subtrees writes the paragraphs,
 *     leaving out chrome (nav, captions, share bars, link lists...).
 *
 * Everything is linear in the size of the document.
 */

/* Element slots: index + 1 in xmlNode._private, 0 for "not visited". */
#define NO_SLOT ((uint32_t)-1)

/* What a tag is (flags; a tag may be several). */
enum {
	TF_SKIP = 1 << 0,     /* never visible text: script, style, svg... */
	TF_BLOCK = 1 << 1,    /* starts a new paragraph */
	TF_BOILER = 1 << 2,   /* chrome by its very tag: nav, footer... */
	TF_PARA = 1 << 3,     /* a paragraph of text: p, li, td, pre... */
	TF_H1 = 1 << 4,	      /* the page title; never part of the body */
	TF_HEAD = 1 << 5,     /* h2-h6: a subheading */
	TF_LINK = 1 << 6,     /* a */
	TF_LIST = 1 << 7,     /* ul, ol, dl, menu */
	TF_TABLE = 1 << 8,    /* table */
	TF_BR = 1 << 9,	      /* br */
	TF_BOX = 1 << 10,     /* div, section, article, main: containers */
	TF_FORM = 1 << 11,    /* form: chrome unless it wraps the page */
	TF_ARTICLE = 1 << 12, /* article */
	TF_CONTROL = 1 << 13  /* button, input, select: a widget's parts */
};

/* What class/id/role/itemprop say (flags in struct ninfo). */
enum {
	NF_CHROME = 1 << 16,   /* named as page furniture */
	NF_HIDDEN = 1 << 17,   /* hidden attribute or display:none */
	NF_BODYPROP = 1 << 18, /* itemprop="articleBody" */
	NF_INLINK = 1 << 19,   /* inside an <a> */
	NF_STRONG = 1 << 20,   /* named as the article body ("article-body") */
	NF_DROP = 1 << 21,     /* chrome by itself: left out of the text */
	NF_OUT = 1 << 22,      /* NF_DROP or inside a dropped element */
	NF_HASART = 1 << 23,   /* holds a big element named as the article */
	NF_WIDGET = 1 << 24,   /* has form controls as children */
	NF_TITLE = 1 << 25,    /* named as a title/headline/heading */
	NF_ITEMART = 1 << 26   /* microdata itemtype of an article */
};

static const struct tag_def {
	const char *name;
	unsigned flags;
} tag_defs[] = {
    /* Sorted by name for bsearch. */
    {"a", TF_LINK},
    {"address", TF_BLOCK},
    {"applet", TF_SKIP},
    {"area", TF_SKIP},
    {"article", TF_BLOCK | TF_BOX | TF_ARTICLE},
    {"aside", TF_BLOCK | TF_BOILER},
    {"audio", TF_SKIP},
    {"blockquote", TF_BLOCK | TF_PARA},
    {"body", TF_BLOCK},
    {"br", TF_BR},
    {"button", TF_SKIP | TF_CONTROL},
    {"canvas", TF_SKIP},
    {"caption", TF_BLOCK},
    {"center", TF_BLOCK | TF_BOX},
    {"datalist", TF_SKIP},
    {"dd", TF_BLOCK | TF_PARA},
    {"details", TF_BLOCK},
    {"dialog", TF_BLOCK | TF_BOILER},
    {"dir", TF_BLOCK | TF_LIST},
    {"div", TF_BLOCK | TF_BOX},
    {"dl", TF_BLOCK | TF_LIST},
    {"dt", TF_BLOCK | TF_PARA},
    {"embed", TF_SKIP},
    {"fieldset", TF_BLOCK},
    {"figcaption", TF_BLOCK | TF_BOILER},
    {"figure", TF_BLOCK | TF_BOILER},
    {"footer", TF_BLOCK | TF_BOILER},
    {"form", TF_BLOCK | TF_FORM},
    {"frame", TF_SKIP},
    {"frameset", TF_BLOCK},
    {"h1", TF_BLOCK | TF_H1},
    {"h2", TF_BLOCK | TF_HEAD},
    {"h3", TF_BLOCK | TF_HEAD},
    {"h4", TF_BLOCK | TF_HEAD},
    {"h5", TF_BLOCK | TF_HEAD},
    {"h6", TF_BLOCK | TF_HEAD},
    {"head", TF_BLOCK | TF_BOILER},
    {"header", TF_BLOCK | TF_BOILER},
    {"hgroup", TF_BLOCK},
    {"hr", TF_BLOCK},
    {"html", TF_BLOCK},
    {"iframe", TF_SKIP},
    {"input", TF_SKIP | TF_CONTROL},
    {"legend", TF_BLOCK},
    {"li", TF_BLOCK | TF_PARA},
    {"link", TF_SKIP},
    {"main", TF_BLOCK | TF_BOX},
    {"map", TF_SKIP},
    {"math", TF_SKIP},
    {"menu", TF_BLOCK | TF_LIST | TF_BOILER},
    {"meta", TF_SKIP},
    {"nav", TF_BLOCK | TF_BOILER},
    {"noframes", TF_SKIP},
    {"noscript", TF_SKIP},
    {"object", TF_SKIP},
    {"ol", TF_BLOCK | TF_LIST},
    {"optgroup", TF_SKIP},
    {"option", TF_SKIP},
    {"p", TF_BLOCK | TF_PARA},
    {"picture", TF_SKIP},
    {"pre", TF_BLOCK | TF_PARA},
    {"script", TF_SKIP},
    {"section", TF_BLOCK | TF_BOX},
    {"select", TF_SKIP | TF_CONTROL},
    {"source", TF_SKIP},
    {"style", TF_SKIP},
    {"summary", TF_BLOCK},
    {"svg", TF_SKIP},
    {"table", TF_BLOCK | TF_TABLE},
    {"tbody", TF_BLOCK},
    {"td", TF_BLOCK | TF_PARA},
    {"template", TF_SKIP},
    {"textarea", TF_SKIP | TF_CONTROL},
    {"tfoot", TF_BLOCK},
    {"th", TF_BLOCK | TF_PARA},
    {"thead", TF_BLOCK},
    {"title", TF_SKIP},
    {"tr", TF_BLOCK},
    {"track", TF_SKIP},
    {"ul", TF_BLOCK | TF_LIST},
    {"video", TF_SKIP},
};

static int tag_cmp(const void *key, const void *def)
{
	return strcmp(key, ((const struct tag_def *)def)->name);
}

static unsigned tag_flags(const xmlChar *name)
{
	if (!name)
		return 0;
	const struct tag_def *d =
	    bsearch(name, tag_defs, sizeof tag_defs / sizeof *tag_defs,
		    sizeof *tag_defs, tag_cmp);
	return d ? d->flags : 0;
}

/*
 * Words in class and id attributes. Pages name their parts; these are
 * the names common across sites (readability's lists, extended). `pos`
 * names say "this is the article", `neg` names say "page furniture".
 * B_START/B_END: the word must start/end at a non-letter, so that "ad"
 * does not match "header" nor "nav" match "canvas".
 */
enum { B_START = 1, B_END = 2 };
enum { KW_POS = 1, KW_NEG = 2, KW_TITLE = 3 };

static const struct keyword {
	const char *s;
	unsigned char kind;
	unsigned char bound;
} keywords[] = {
    /* Sorted by first letter (buckets are found at run time). */
    {"ad", KW_NEG, B_START | B_END},
    {"ads", KW_NEG, B_START | B_END},
    {"advert", KW_NEG, B_START},
    {"also-read", KW_NEG, 0},
    {"alsoread", KW_NEG, 0},
    {"article", KW_POS, 0},
    {"author", KW_NEG, 0},
    {"banner", KW_NEG, 0},
    {"blog", KW_POS, 0},
    {"body", KW_POS, 0},
    {"breadcrumb", KW_NEG, 0},
    {"byline", KW_NEG, 0},
    {"caption", KW_NEG, 0},
    {"comment", KW_NEG, 0},
    {"consent", KW_NEG, 0},
    {"content", KW_POS, 0},
    {"cookie", KW_NEG, 0},
    {"copyright", KW_NEG, 0},
    {"credit", KW_NEG, 0},
    {"dateline", KW_NEG, 0},
    {"disqus", KW_NEG, 0},
    {"donate", KW_NEG, 0},
    {"entry", KW_POS, 0},
    {"footer", KW_NEG, 0},
    {"gallery", KW_NEG, 0},
    {"gdpr", KW_NEG, 0},
    {"header", KW_NEG, 0},
    {"heading", KW_TITLE, 0},
    {"headline", KW_TITLE, 0},
    {"hentry", KW_POS, 0},
    {"hidden", KW_NEG, B_START},
    {"login", KW_NEG, 0},
    {"main", KW_POS, B_START},
    {"masthead", KW_NEG, 0},
    {"menu", KW_NEG, 0},
    {"meta", KW_NEG, B_START},
    {"modal", KW_NEG, 0},
    {"more-stories", KW_NEG, 0},
    {"nav", KW_NEG, B_START},
    {"newsletter", KW_NEG, 0},
    {"next", KW_NEG, B_START | B_END},
    {"outbrain", KW_NEG, 0},
    {"pagination", KW_NEG, 0},
    {"popular", KW_NEG, 0},
    {"popup", KW_NEG, 0},
    {"post", KW_POS, B_START},
    {"prev", KW_NEG, B_START | B_END},
    {"promo", KW_NEG, 0},
    {"prose", KW_POS, 0},
    {"read-more", KW_NEG, 0},
    {"readmore", KW_NEG, 0},
    {"recirc", KW_NEG, 0},
    {"recommend", KW_NEG, 0},
    {"related", KW_NEG, 0},
    {"rich-text", KW_POS, 0},
    {"richtext", KW_POS, 0},
    {"share", KW_NEG, 0},
    {"sharing", KW_NEG, 0},
    {"shoutbox", KW_NEG, 0},
    {"sidebar", KW_NEG, 0},
    {"signup", KW_NEG, 0},
    {"skyscraper", KW_NEG, 0},
    {"social", KW_NEG, 0},
    {"sponsor", KW_NEG, 0},
    {"story", KW_POS, B_START},
    {"subscri", KW_NEG, 0},
    {"taboola", KW_NEG, 0},
    {"tags", KW_NEG, B_START | B_END},
    {"text", KW_POS, 0},
    {"timestamp", KW_NEG, 0},
    {"title", KW_TITLE, 0},
    {"toolbar", KW_NEG, 0},
    {"trending", KW_NEG, 0},
    {"widget", KW_NEG, 0},
};

/* Per-call lookup: where each first letter's keywords start. */
struct kw_index {
	unsigned char start[27], end[27];
};

static void kw_index_init(struct kw_index *ix)
{
	memset(ix, 0, sizeof *ix);
	size_t n = sizeof keywords / sizeof *keywords;
	for (size_t i = n; i-- > 0;) {
		int c = keywords[i].s[0] - 'a';
		ix->start[c] = (unsigned char)i;
		if (!ix->end[c])
			ix->end[c] = (unsigned char)(i + 1);
	}
}

/* Per element. Sizes are byte counts of non-space text. */
struct ninfo {
	xmlNode *node;
	uint32_t parent; /* slot of the parent element, NO_SLOT at the top */
	uint32_t blk;	 /* slot of the nearest block (itself if a block) */
	unsigned flags;	 /* TF_* | NF_* */
	int weight;	 /* class, id, role: +25 article-like, -25 chrome */
	uint32_t text;	 /* subtree text */
	uint32_t link;	 /* subtree text inside links */
	uint32_t own;	 /* inline text of this block (not in inner blocks) */
	uint32_t own_link;
	uint32_t commas; /* in own text */
	uint32_t hits;	 /* JSON-LD articleBody 3-grams found in the subtree */
	uint32_t grams;	 /* 3-grams (and short-node words) in the subtree */
	uint32_t end;	 /* one past the last slot of the subtree */
	uint32_t lheads; /* linked headings in the subtree (teaser titles) */
	float score;	 /* readability content score */
};

/* A set of 64-bit hashes (open addressing, 0 = empty). */
struct hset {
	uint64_t *slot;
	size_t mask;
	size_t count;
};

/* Everything one extraction needs; lives on htmltext_extract's stack. */
struct ctx {
	struct arena *arena;
	struct kw_index kw;
	struct ninfo *ni;
	size_t nn, ncap;
	/* metadata candidates: pointers into the tree (valid until
	 * xmlFreeDoc) or into json (valid until json_decref) */
	const char *m_title_og, *m_title_tw, *m_title_tag;
	const char *m_site, *m_appname;
	const char *m_pub[8]; /* meta dates by trust, see meta_date_rank */
	const char *m_author, *m_canonical, *m_ogurl;
	const char *m_lang_html, *m_lang_og, *m_lang_http;
	uint32_t h1_slot, byline_slot, relauthor_slot;
	uint32_t time_slots[16];
	size_t ntime;
	uint32_t datepub_slot;
	const char *datepub_attr;
	/* JSON-LD */
	json_t *ld[8];
	size_t nld;
	const char *ld_headline, *ld_date, *ld_body, *ld_publisher, *ld_lang;
	char ld_author[256];
	struct hset hint;
	/* body */
	uint32_t total_text;
};

/* ---- small string helpers ---- */

/* Byte length of a Unicode space at p (NBSP, thin spaces...), else 0. */
static size_t uspace(const unsigned char *p, size_t n)
{
	if (n >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (n >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    ((p[2] >= 0x80 && p[2] <= 0x8b) || p[2] == 0xaf))
		return 3;
	if (n >= 3 && p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)
		return 3;
	return 0;
}

/*
 * Copies s[0..n) to the arena with whitespace collapsed and trimmed.
 * Returns NULL when nothing is left.
 */
static const char *clean_dup(struct arena *a, const char *s, size_t n)
{
	if (!s)
		return NULL;
	char *out = arena_alloc(a, n + 1);
	size_t o = 0;
	bool space = false;
	for (size_t i = 0; i < n && s[i];) {
		size_t u = uspace((const unsigned char *)s + i, n - i);
		if (u || is_ascii_space((unsigned char)s[i])) {
			space = true;
			i += u ? u : 1;
			continue;
		}
		if (space && o)
			out[o++] = ' ';
		space = false;
		out[o++] = s[i++];
	}
	out[o] = '\0';
	return o ? out : NULL;
}

static const char *clean_str(struct arena *a, const char *s)
{
	return s ? clean_dup(a, s, strlen(s)) : NULL;
}

/* The value of an attribute without copying (the HTML parser stores it
 * as one text child). NULL when absent. */
static const char *attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (a->name && strcmp((const char *)a->name, name) == 0) {
			const xmlNode *c = a->children;
			if (c && c->type == XML_TEXT_NODE && c->content)
				return (const char *)c->content;
			return "";
		}
	}
	return NULL;
}

static bool ieq(const char *s, const char *t)
{
	return s && ascii_ieq(s, strlen(s), t);
}

/* Case-insensitive search for an ASCII word in s. */
static bool icontains(const char *s, const char *w)
{
	if (!s)
		return false;
	size_t m = strlen(w);
	for (; *s; s++) {
		size_t k = 0;
		while (k < m && s[k] &&
		       ascii_lower((unsigned char)s[k]) ==
			   ascii_lower((unsigned char)w[k]))
			k++;
		if (k == m)
			return true;
	}
	return false;
}

/* ---- class/id names ---- */

/* How many letters of class/id text are read (long Tailwind strings are
 * cut: the telling words come first). */
#define NAME_MAX_SCAN 256

/*
 * Scores one class/id/role string: counts article words and chrome words.
 */
static void scan_names(const struct ctx *c, const char *s, int *pos, int *neg,
		       int *title)
{
	char buf[NAME_MAX_SCAN + 2];
	size_t n = 0;
	buf[n++] = ' ';
	for (; *s && n < NAME_MAX_SCAN; s++)
		buf[n++] = (char)ascii_lower((unsigned char)*s);
	buf[n] = '\0';
	for (size_t i = 1; i < n; i++) {
		int ch = buf[i] - 'a';
		if (ch < 0 || ch > 25)
			continue;
		bool at_start = !is_ascii_alpha((unsigned char)buf[i - 1]);
		for (unsigned k = c->kw.start[ch]; k < c->kw.end[ch]; k++) {
			const struct keyword *kw = &keywords[k];
			size_t m = strlen(kw->s);
			if (i + m > n || memcmp(buf + i, kw->s, m) != 0)
				continue;
			if ((kw->bound & B_START) && !at_start)
				continue;
			if ((kw->bound & B_END) &&
			    is_ascii_alpha((unsigned char)buf[i + m]))
				continue;
			if (kw->kind == KW_POS)
				(*pos)++;
			else if (kw->kind == KW_NEG)
				(*neg)++;
			else
				(*title)++;
			i += m - 1;
			break;
		}
	}
}

/* Roles that are page furniture (ARIA landmarks other than main). */
static bool chrome_role(const char *r)
{
	static const char *const roles[] = {
	    "navigation", "banner",  "contentinfo", "complementary",
	    "search",	  "dialog",  "menu",	    "menubar",
	    "alert",	  "toolbar", "tablist",	    "alertdialog",
	};
	for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
		if (ieq(r, roles[i]))
			return true;
	return false;
}

static bool is_article_type(const char *t);

/* Sets NF_* flags and the weight from the element's attributes. */
static void classify_attrs(struct ctx *c, struct ninfo *ni)
{
	const xmlNode *n = ni->node;
	int pos = 0, neg = 0, weight = 0;
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		const char *an = (const char *)a->name;
		const xmlNode *v = a->children;
		const char *val = v && v->type == XML_TEXT_NODE && v->content
				      ? (const char *)v->content
				      : "";
		if (!an)
			continue;
		if (strcmp(an, "class") == 0 || strcmp(an, "id") == 0) {
			/* As readability: +-25 per attribute, however many
			 * words say it. */
			int p = 0, q = 0, t = 0;
			scan_names(c, val, &p, &q, &t);
			if (t)
				ni->flags |= NF_TITLE;
			weight += 25 * ((p > 0) - (q > 0));
			pos += p;
			neg += q;
		} else if (strcmp(an, "role") == 0) {
			if (chrome_role(val)) {
				ni->flags |= NF_CHROME;
			} else if (ieq(val, "main") || ieq(val, "article")) {
				pos++;
				weight += 25;
			}
		} else if (strcmp(an, "itemprop") == 0) {
			if (icontains(val, "articlebody"))
				ni->flags |= NF_BODYPROP;
			else if (icontains(val, "author") ||
				 icontains(val, "datePublished") ||
				 icontains(val, "publisher"))
				neg++;
		} else if (strcmp(an, "itemtype") == 0) {
			if (is_article_type(val))
				ni->flags |= NF_ITEMART;
		} else if (strcmp(an, "hidden") == 0) {
			ni->flags |= NF_HIDDEN;
		} else if (strcmp(an, "style") == 0) {
			/* "display:none" / "display: none" */
			const char *d = strstr(val, "display");
			if (d) {
				d += 7;
				while (*d == ' ' || *d == ':')
					d++;
				if (strncmp(d, "none", 4) == 0)
					ni->flags |= NF_HIDDEN;
			}
		}
	}
	ni->weight = weight;
	if (neg > 0 && pos == 0)
		ni->flags |= NF_CHROME;
	if (pos >= 2 && neg == 0)
		ni->flags |= NF_STRONG;
}

/* ---- JSON-LD ---- */

static const char *json_str(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Types that are an article (schema.org Article and its children). */
static bool is_article_type(const char *t)
{
	static const char *const types[] = {
	    "NewsArticle",
	    "Article",
	    "BlogPosting",
	    "ReportageNewsArticle",
	    "AnalysisNewsArticle",
	    "OpinionNewsArticle",
	    "ReviewNewsArticle",
	    "BackgroundNewsArticle",
	    "LiveBlogPosting",
	    "SocialMediaPosting",
	    "TechArticle",
	    "ScholarlyArticle",
	    "Report",
	    "AskPublicNewsArticle",
	    "SatiricalArticle",
	    "DiscussionForumPosting",
	};
	if (!t)
		return false;
	/* "https://schema.org/NewsArticle" */
	const char *slash = strrchr(t, '/');
	if (slash)
		t = slash + 1;
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if (strcmp(t, types[i]) == 0)
			return true;
	return false;
}

static bool has_article_type(const json_t *o)
{
	const json_t *t = json_object_get(o, "@type");
	if (json_is_string(t))
		return is_article_type(json_string_value(t));
	if (json_is_array(t)) {
		size_t i;
		const json_t *v;
		json_array_foreach(t, i, v)
		{
			if (json_is_string(v) &&
			    is_article_type(json_string_value(v)))
				return true;
		}
	}
	return false;
}

/* A name from a string, an object with "name", or an array of those. */
static void ld_names(const json_t *v, char *out, size_t cap)
{
	const json_t *items[8];
	size_t n = 0;
	if (json_is_array(v)) {
		size_t i;
		const json_t *x;
		json_array_foreach(v, i, x)
		{
			if (n < 8)
				items[n++] = x;
		}
	} else if (v) {
		items[n++] = v;
	}
	for (size_t i = 0; i < n; i++) {
		const char *name =
		    json_is_string(items[i])   ? json_string_value(items[i])
		    : json_is_object(items[i]) ? json_str(items[i], "name")
					       : NULL;
		if (!name || !*name || strncmp(name, "http", 4) == 0)
			continue;
		size_t used = strlen(out), m = strlen(name);
		if (used + m + 3 >= cap)
			break;
		if (used) {
			memcpy(out + used, ", ", 2);
			used += 2;
		}
		memcpy(out + used, name, m + 1);
	}
}

/* The publisher's name, following an {"@id": ...} reference into the
 * graph when the publisher is only a reference. */
static const char *ld_publisher(const json_t *pub, const json_t *graph)
{
	if (json_is_array(pub))
		pub = json_array_get(pub, 0);
	if (json_is_string(pub))
		return json_string_value(pub);
	if (!json_is_object(pub))
		return NULL;
	const char *name = json_str(pub, "name");
	if (name)
		return name;
	const char *id = json_str(pub, "@id");
	if (!id || !json_is_array(graph))
		return NULL;
	size_t i;
	const json_t *x;
	json_array_foreach(graph, i, x)
	{
		const char *xid = json_str(x, "@id");
		if (xid && strcmp(xid, id) == 0 && json_str(x, "name"))
			return json_str(x, "name");
	}
	return NULL;
}

/* Takes what an article object says, first article wins per field. */
static void ld_article(struct ctx *c, const json_t *o, const json_t *graph)
{
	if (!c->ld_headline)
		c->ld_headline = json_str(o, "headline");
	if (!c->ld_date)
		c->ld_date = json_str(o, "datePublished");
	if (!c->ld_date)
		c->ld_date = json_str(o, "dateCreated");
	if (!c->ld_body)
		c->ld_body = json_str(o, "articleBody");
	if (!c->ld_publisher)
		c->ld_publisher =
		    ld_publisher(json_object_get(o, "publisher"), graph);
	if (!c->ld_lang)
		c->ld_lang = json_str(o, "inLanguage");
	if (!c->ld_author[0])
		ld_names(json_object_get(o, "author"), c->ld_author,
			 sizeof c->ld_author);
}

/*
 * Looks for article objects in one JSON-LD value: the value itself, an
 * array of objects, or an "@graph" array (one level of each is all that
 * sites use; deeper structures are ignored, which also bounds the work).
 */
static void ld_scan(struct ctx *c, const json_t *root)
{
	const json_t *lists[2] = {NULL, NULL};
	if (json_is_object(root)) {
		if (has_article_type(root))
			ld_article(c, root, json_object_get(root, "@graph"));
		lists[0] = json_object_get(root, "@graph");
	} else if (json_is_array(root)) {
		lists[0] = root;
	}
	for (int l = 0; l < 2 && lists[l]; l++) {
		if (!json_is_array(lists[l]))
			continue;
		size_t i;
		const json_t *x;
		json_array_foreach(lists[l], i, x)
		{
			if (!json_is_object(x))
				continue;
			if (has_article_type(x))
				ld_article(c, x, lists[l]);
			const json_t *g = json_object_get(x, "@graph");
			if (l == 0 && json_is_array(g))
				lists[1] = g;
		}
	}
}

/* Parses one <script type="application/ld+json">; bad JSON is ignored. */
static void ld_add(struct ctx *c, const char *s)
{
	if (c->nld >= sizeof c->ld / sizeof *c->ld)
		return;
	/* Skip "<!--", "//<![CDATA[" and the like before the JSON. */
	while (*s && *s != '{' && *s != '[')
		s++;
	if (!*s)
		return;
	json_error_t jerr;
	json_t *j = json_loads(s, JSON_DISABLE_EOF_CHECK, &jerr);
	if (!j)
		return;
	c->ld[c->nld++] = j;
	ld_scan(c, j);
}

/* ---- articleBody hint: word 3-grams ---- */

static uint64_t mix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h ? h : 1;
}

static bool is_word_byte(unsigned char ch)
{
	return is_ascii_alpha(ch) || is_ascii_digit(ch) || ch >= 0x80;
}

/*
 * Calls back for each word 3-gram of s[0..n) (words: runs of letters,
 * digits and non-ASCII bytes; ASCII case folded). Returns the number of
 * words.
 */
typedef void (*gram_fn)(void *arg, uint64_t gram);

static size_t for_grams(const char *s, size_t n, gram_fn fn, void *arg)
{
	uint64_t w[3] = {0, 0, 0};
	size_t words = 0;
	for (size_t i = 0; i < n;) {
		if (!is_word_byte((unsigned char)s[i])) {
			i++;
			continue;
		}
		uint64_t h = 1469598103934665603ULL;
		while (i < n && is_word_byte((unsigned char)s[i])) {
			h ^= (unsigned char)ascii_lower((unsigned char)s[i]);
			h *= 1099511628211ULL;
			i++;
		}
		w[0] = w[1];
		w[1] = w[2];
		w[2] = h;
		if (++words >= 3)
			fn(arg, mix64(w[0] * 31 * 31 + w[1] * 31 + w[2]));
	}
	return words;
}

static void hset_add_cb(void *arg, uint64_t g)
{
	struct hset *h = arg;
	size_t i = g & h->mask;
	while (h->slot[i] && h->slot[i] != g)
		i = (i + 1) & h->mask;
	if (!h->slot[i]) {
		h->slot[i] = g;
		h->count++;
	}
}

static bool hset_has(const struct hset *h, uint64_t g)
{
	size_t i = g & h->mask;
	while (h->slot[i]) {
		if (h->slot[i] == g)
			return true;
		i = (i + 1) & h->mask;
	}
	return false;
}

/* The articleBody bytes the hint reads: plenty to find the body. */
#define HINT_MAX (1024 * 1024)

/* strlen, but at most cap. */
static size_t strnlen_cap(const char *s, size_t cap)
{
	size_t n = 0;
	while (n < cap && s[n])
		n++;
	return n;
}

/* Builds the 3-gram set of the JSON-LD articleBody. */
static void hint_build(struct ctx *c)
{
	size_t n = strnlen_cap(c->ld_body, HINT_MAX);
	/* Never more grams than bytes / 2 (each word needs a byte and a
	 * separator); the table is kept at most half full. */
	size_t cap = 64;
	while (cap < n + 16)
		cap *= 2;
	c->hint.slot = xcalloc(cap, sizeof *c->hint.slot);
	c->hint.mask = cap - 1;
	c->hint.count = 0;
	for_grams(c->ld_body, n, hset_add_cb, &c->hint);
}

struct hint_count {
	const struct hset *h;
	uint32_t hits, grams;
};

static void hint_count_cb(void *arg, uint64_t g)
{
	struct hint_count *hc = arg;
	hc->grams++;
	if (hset_has(hc->h, g))
		hc->hits++;
}

/* ---- pass 1: the tree walk ---- */

static uint32_t slot_of(const xmlNode *n)
{
	return n && n->_private ? (uint32_t)((uintptr_t)n->_private - 1)
				: NO_SLOT;
}

/* Ranks of date meta tags: lower is more trusted. */
static int meta_date_rank(const char *k)
{
	static const struct {
		const char *key;
		int rank;
	} keys[] = {
	    {"article:published_time", 0},
	    {"og:article:published_time", 0},
	    {"article:published", 0},
	    {"datepublished", 1},
	    {"og:published_time", 1},
	    {"published_time", 1},
	    {"parsely-pub-date", 2},
	    {"sailthru.date", 2},
	    {"article.published", 2},
	    {"dc.date.issued", 3},
	    {"dcterms.date", 3},
	    {"article_date_original", 3},
	    {"cxenseparse:recs:publishtime", 3},
	    {"pubdate", 4},
	    {"publishdate", 4},
	    {"publish-date", 4},
	    {"date", 5},
	    {"dc.date", 5},
	    {"dcterms.created", 5},
	    {"citation_publication_date", 6},
	};
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		if (ieq(k, keys[i].key))
			return keys[i].rank;
	return -1;
}

/* One key of a <meta> tag (a property, name or itemprop token). */
static void meta_key(struct ctx *c, const char *key, const char *content)
{
	if (ieq(key, "og:title") && !c->m_title_og)
		c->m_title_og = content;
	else if (ieq(key, "twitter:title") && !c->m_title_tw)
		c->m_title_tw = content;
	else if (ieq(key, "og:site_name") && !c->m_site)
		c->m_site = content;
	else if (ieq(key, "application-name") && !c->m_appname)
		c->m_appname = content;
	else if (ieq(key, "og:url") && !c->m_ogurl)
		c->m_ogurl = content;
	else if (ieq(key, "og:locale") && !c->m_lang_og)
		c->m_lang_og = content;
	else if ((ieq(key, "author") || ieq(key, "dc.creator") ||
		  ieq(key, "sailthru.author") || ieq(key, "parsely-author") ||
		  ieq(key, "byl")) &&
		 !c->m_author && strncmp(content, "http", 4) != 0)
		c->m_author = content;
	else {
		int r = meta_date_rank(key);
		if (r >= 0 && r < 8 && !c->m_pub[r])
			c->m_pub[r] = content;
	}
}

static void meta_tag(struct ctx *c, const xmlNode *n)
{
	const char *content = attr(n, "content");
	const char *he = attr(n, "http-equiv");
	if (!content || !*content)
		return;
	const char *k = attr(n, "property"), *name = attr(n, "name");
	if (k)
		meta_key(c, k, content);
	if (name)
		meta_key(c, name, content);
	/* itemprop holds a list: "datePublished dateCreated" */
	const char *ip = attr(n, "itemprop");
	while (ip && *ip) {
		char tok[64];
		size_t t = 0;
		while (*ip == ' ')
			ip++;
		while (*ip && *ip != ' ') {
			if (t < sizeof tok - 1)
				tok[t++] = *ip;
			ip++;
		}
		tok[t] = '\0';
		if (t)
			meta_key(c, tok, content);
	}
	if (he && ieq(he, "content-language") && !c->m_lang_http)
		c->m_lang_http = content;
}

/* The text of the first child text node (for <title>, <script>). */
static const char *first_text(const xmlNode *n)
{
	for (const xmlNode *t = n->children; t; t = t->next)
		if ((t->type == XML_TEXT_NODE ||
		     t->type == XML_CDATA_SECTION_NODE) &&
		    t->content)
			return (const char *)t->content;
	return NULL;
}

/* Metadata that an element carries; called once per element. */
static void element_meta(struct ctx *c, const xmlNode *n, unsigned tf,
			 uint32_t slot)
{
	const char *name = (const char *)n->name;
	switch (name[0]) {
	case 'm':
		if (strcmp(name, "meta") == 0)
			meta_tag(c, n);
		break;
	case 'l':
		if (strcmp(name, "link") == 0) {
			const char *rel = attr(n, "rel");
			if (ieq(rel, "canonical") && !c->m_canonical)
				c->m_canonical = attr(n, "href");
		}
		break;
	case 't':
		if (strcmp(name, "title") == 0 && !c->m_title_tag &&
		    (!n->parent || !n->parent->name ||
		     strcmp((const char *)n->parent->name, "svg") != 0))
			c->m_title_tag = first_text(n);
		else if (strcmp(name, "time") == 0 &&
			 c->ntime <
			     sizeof c->time_slots / sizeof *c->time_slots &&
			 attr(n, "datetime"))
			c->time_slots[c->ntime++] = slot;
		break;
	case 's':
		if (strcmp(name, "script") == 0) {
			const char *type = attr(n, "type");
			if (ieq(type, "application/ld+json")) {
				const char *t = first_text(n);
				if (t)
					ld_add(c, t);
			}
		}
		break;
	case 'h':
		if (strcmp(name, "html") == 0 && !c->m_lang_html)
			c->m_lang_html = attr(n, "lang");
		break;
	default:
		break;
	}
	if ((tf & TF_H1) && c->h1_slot == NO_SLOT)
		c->h1_slot = slot;
	const char *ip = attr(n, "itemprop");
	if (ip && ieq(ip, "datePublished") && c->datepub_slot == NO_SLOT) {
		c->datepub_slot = slot;
		c->datepub_attr = attr(n, "content");
		if (!c->datepub_attr)
			c->datepub_attr = attr(n, "datetime");
	}
	const char *rel = attr(n, "rel");
	if (rel && ieq(rel, "author") && c->relauthor_slot == NO_SLOT &&
	    (tf & TF_LINK))
		c->relauthor_slot = slot;
	if (c->byline_slot == NO_SLOT && !(tf & TF_SKIP)) {
		const char *cl = attr(n, "class");
		if (cl &&
		    (icontains(cl, "byline") || icontains(cl, "author-name") ||
		     icontains(cl, "authorname")))
			c->byline_slot = slot;
	}
}

static uint32_t new_slot(struct ctx *c, xmlNode *n, uint32_t parent)
{
	if (c->nn == c->ncap) {
		c->ncap = c->ncap ? c->ncap * 2 : 1024;
		c->ni = xrealloc(c->ni, c->ncap * sizeof *c->ni);
	}
	uint32_t s = (uint32_t)c->nn++;
	struct ninfo *ni = &c->ni[s];
	memset(ni, 0, sizeof *ni);
	ni->node = n;
	ni->parent = parent;
	n->_private = (void *)(uintptr_t)(s + 1);
	return s;
}

/* Counts a text node into its element and block. */
static void text_node(struct ctx *c, const xmlNode *t, uint32_t owner)
{
	const unsigned char *p = (const unsigned char *)t->content;
	if (!p || owner == NO_SLOT)
		return;
	size_t len = strlen((const char *)p);
	uint32_t chars = 0, commas = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = p[i];
		if (ch <= ' ' ||
		    (ch == 0xc2 && i + 1 < len && p[i + 1] == 0xa0))
			continue;
		chars++;
		commas += ch == ',';
	}
	if (!chars)
		return;
	struct ninfo *e = &c->ni[owner];
	struct ninfo *b = &c->ni[e->blk];
	e->text += chars;
	b->own += chars;
	b->commas += commas;
	if (e->flags & NF_INLINK) {
		e->link += chars;
		b->own_link += chars;
	}
}

/*
 * Pass 1. Pre-order over the tree via parent/next pointers: no recursion,
 * so any depth is fine. Skipped subtrees (script, style, hidden...) are
 * not entered. `cur` is the slot of the element whose children are being
 * visited.
 */
static void walk_tree(struct ctx *c, xmlDoc *doc)
{
	xmlNode *n = doc->children;
	uint32_t cur = NO_SLOT;
	while (n) {
		bool enter = false;
		if (n->type == XML_ELEMENT_NODE && n->name) {
			unsigned tf = tag_flags(n->name);
			uint32_t s = new_slot(c, n, cur);
			struct ninfo *ni = &c->ni[s];
			ni->flags = tf;
			classify_attrs(c, ni);
			if (cur != NO_SLOT) {
				ni->flags |= c->ni[cur].flags & NF_INLINK;
				if (tf & TF_CONTROL)
					c->ni[cur].flags |= NF_WIDGET;
			}
			if (tf & TF_LINK)
				ni->flags |= NF_INLINK;
			ni->blk = (tf & TF_BLOCK) || cur == NO_SLOT
				      ? s
				      : c->ni[cur].blk;
			element_meta(c, n, tf, s);
			if (!(tf & TF_SKIP) && !(c->ni[s].flags & NF_HIDDEN) &&
			    n->children) {
				enter = true;
				cur = s;
			}
		} else if (n->type == XML_TEXT_NODE ||
			   n->type == XML_CDATA_SECTION_NODE) {
			text_node(c, n, cur);
		}
		if (enter) {
			n = n->children;
			continue;
		}
		/* Leaving an element whose children are all done: its
		 * parent's children are visited next. */
		while (!n->next) {
			n = n->parent;
			if (!n || n == (xmlNode *)doc)
				return;
			cur = c->ni[slot_of(n)].parent;
		}
		n = n->next;
	}
}

/*
 * Counts, for every element, its text's 3-grams that also occur in the
 * JSON-LD articleBody. A separate pass because JSON-LD may come after
 * the body in the document; it only runs when there is an articleBody.
 */
static void hint_pass(struct ctx *c)
{
	for (size_t i = 0; i < c->nn; i++) {
		struct ninfo *ni = &c->ni[i];
		if (ni->flags & (TF_SKIP | NF_HIDDEN))
			continue;
		for (const xmlNode *t = ni->node->children; t; t = t->next) {
			if (t->type != XML_TEXT_NODE || !t->content)
				continue;
			const char *s = (const char *)t->content;
			struct hint_count hc = {&c->hint, 0, 0};
			size_t words =
			    for_grams(s, strlen(s), hint_count_cb, &hc);
			ni->hits += hc.hits;
			ni->grams +=
			    hc.grams + (words < 3 ? (uint32_t)words : 0);
		}
	}
}

/* ---- pass 2: subtree sums ---- */

static void sum_subtrees(struct ctx *c)
{
	for (size_t i = 0; i < c->nn; i++)
		c->ni[i].end = (uint32_t)i + 1;
	for (size_t i = c->nn; i-- > 0;) {
		struct ninfo *ni = &c->ni[i];
		/* A heading that is all link is the title of a teaser for
		 * another page; the article's own subheadings are not. */
		if ((ni->flags & (TF_HEAD | TF_H1 | NF_TITLE)) && ni->text &&
		    ni->link * 5 >= ni->text * 4 && ni->lheads == 0)
			ni->lheads++;
		if (ni->parent == NO_SLOT) {
			c->total_text += ni->text;
			continue;
		}
		struct ninfo *p = &c->ni[ni->parent];
		p->text += ni->text;
		p->link += ni->link;
		p->hits += ni->hits;
		p->grams += ni->grams;
		p->lheads += ni->lheads;
		if (ni->end > p->end)
			p->end = ni->end;
	}
}

/* ---- pass 3: where is the article? ---- */

/*
 * Marks the elements that hold (or are) a big element that calls itself
 * the article: <article>, itemprop=articleBody, itemtype=NewsArticle,
 * "entry-content"... Their
 * own chrome-like names do not count: themes wrap the whole page in
 * "has-sidebar" or "penci_sidebar" containers.
 */
static void mark_article_holders(struct ctx *c)
{
	for (size_t i = c->nn; i-- > 0;) {
		struct ninfo *ni = &c->ni[i];
		unsigned f = ni->flags;
		/* an <article class="comment"> is not the article */
		bool art = (f & (NF_STRONG | NF_BODYPROP | NF_ITEMART)) ||
			   ((f & TF_ARTICLE) && !(f & NF_CHROME));
		if (art && (uint64_t)ni->text * 4 >= c->total_text)
			ni->flags |= NF_HASART;
		if (ni->parent != NO_SLOT)
			c->ni[ni->parent].flags |= ni->flags & NF_HASART;
	}
}

/*
 * Chrome by itself: its tag or its names say so. Never for what the page
 * calls its article body, and not for a form that wraps most of the page
 * (ASP.NET pages put everything inside one <form>).
 */
static bool is_chrome(const struct ctx *c, const struct ninfo *ni)
{
	unsigned f = ni->flags;
	if (f & (TF_SKIP | NF_HIDDEN))
		return true;
	if (f & (NF_BODYPROP | NF_STRONG | NF_HASART))
		return false;
	if (f & TF_FORM)
		return (uint64_t)ni->text * 2 < c->total_text;
	/* A label and its buttons: "Text size [-] [+]". */
	if ((f & NF_WIDGET) && ni->text < 80)
		return true;
	return (f & (TF_BOILER | NF_CHROME)) != 0;
}

/* Marks NF_DROP (chrome by itself) and NF_OUT (inherited), in document
 * order so that parents are decided first. */
static void mark_chrome(struct ctx *c, bool use_names)
{
	for (size_t i = 0; i < c->nn; i++) {
		struct ninfo *ni = &c->ni[i];
		ni->flags &= ~(unsigned)(NF_DROP | NF_OUT);
		bool drop = is_chrome(c, ni);
		if (!use_names && (ni->flags & NF_CHROME) &&
		    !(ni->flags & (TF_SKIP | NF_HIDDEN | TF_BOILER)))
			drop = false;
		if (drop)
			ni->flags |= NF_DROP | NF_OUT;
		if (ni->parent != NO_SLOT && (c->ni[ni->parent].flags & NF_OUT))
			ni->flags |= NF_OUT;
	}
}

/* Readability's prior for a container by its tag. */
static float tag_prior(const struct ninfo *ni)
{
	const char *name = (const char *)ni->node->name;
	unsigned f = ni->flags;
	if (f & TF_ARTICLE)
		return 10;
	if (f & TF_BOX)
		return 5;
	if (strcmp(name, "pre") == 0 || strcmp(name, "td") == 0 ||
	    strcmp(name, "blockquote") == 0)
		return 3;
	if (f & (TF_LIST | TF_FORM) || strcmp(name, "li") == 0 ||
	    strcmp(name, "dd") == 0 || strcmp(name, "dt") == 0 ||
	    strcmp(name, "address") == 0)
		return -3;
	if (f & (TF_H1 | TF_HEAD) || strcmp(name, "th") == 0)
		return -5;
	return 0;
}

/* Minimum own text (non-space bytes) for a block to count as prose. */
#define PARA_MIN 20

/*
 * Every block with prose in it gives points to its container and, less,
 * to the two above (readability). A block that only holds text is a
 * paragraph and its container is its parent; a block that mixes text and
 * inner blocks (div with text and <br>s) is itself the container.
 */
static void score_blocks(struct ctx *c)
{
	for (size_t i = 0; i < c->nn; i++)
		c->ni[i].score = 0;
	for (size_t i = 0; i < c->nn; i++) {
		const struct ninfo *ni = &c->ni[i];
		if ((ni->flags & NF_OUT) || !(ni->flags & TF_BLOCK) ||
		    (ni->flags & (TF_H1 | TF_HEAD)) || ni->own < PARA_MIN ||
		    ni->own_link * 2 > ni->own)
			continue;
		float add = 1.0f + (float)ni->commas +
			    (ni->own >= 300 ? 3.0f : (float)ni->own / 100.0f);
		uint32_t a = ni->text == ni->own ? ni->parent : (uint32_t)i;
		for (int level = 0; level < 3 && a != NO_SLOT; level++) {
			float div = level == 0	 ? 1.0f
				    : level == 1 ? 2.0f
						 : level * 3.0f;
			c->ni[a].score += add / div;
			a = c->ni[a].parent;
		}
	}
	for (size_t i = 0; i < c->nn; i++) {
		struct ninfo *ni = &c->ni[i];
		if (ni->score <= 0)
			continue;
		float ld = ni->text ? (float)ni->link / (float)ni->text : 0;
		ni->score = (ni->score + tag_prior(ni) + (float)ni->weight) *
			    (1.0f - ld);
	}
}

/* The chosen subtrees, in document order. */
struct roots {
	uint32_t *v;
	size_t n, cap;
};

static void roots_add(struct roots *r, uint32_t s)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = xrealloc(r->v, r->cap * sizeof *r->v);
	}
	r->v[r->n++] = s;
}

/* How many top candidates readability compares. */
#define TOP_N 5

/* Is slot s inside the subtree of slot a? */
static bool inside(const struct ctx *c, uint32_t s, uint32_t a)
{
	return a != NO_SLOT && s >= a && s < c->ni[a].end;
}

/* Does any text child of n contain a sentence end? */
static bool has_sentence(const xmlNode *n)
{
	for (const xmlNode *t = n->children; t; t = t->next)
		if (t->type == XML_TEXT_NODE && t->content &&
		    strchr((const char *)t->content, '.'))
			return true;
	return false;
}

/*
 * The top-scoring container and those of its siblings that look like
 * more of the same article (readability's sibling rule).
 */
static void readability_roots(struct ctx *c, struct roots *r)
{
	/* The five best, best first. */
	uint32_t cand[TOP_N];
	size_t ncand = 0;
	for (size_t i = 0; i < c->nn; i++) {
		float sc = c->ni[i].score;
		if (sc <= 0)
			continue;
		size_t k = ncand < TOP_N ? ncand++ : TOP_N;
		if (k == TOP_N && sc <= c->ni[cand[TOP_N - 1]].score)
			continue;
		if (k == TOP_N)
			k = TOP_N - 1;
		while (k > 0 && c->ni[cand[k - 1]].score < sc) {
			cand[k] = cand[k - 1];
			k--;
		}
		cand[k] = (uint32_t)i;
	}
	if (!ncand)
		return;
	uint32_t top = cand[0];
	float best = c->ni[top].score;
	/* Several near-best candidates under one ancestor: the article is
	 * split into boxes (one per paragraph, cards...); take the
	 * ancestor that holds at least three of them. */
	size_t nalt = 0;
	for (size_t i = 1; i < ncand; i++)
		if (c->ni[cand[i]].score >= best * 0.75f)
			nalt++;
	if (nalt >= 3) {
		for (uint32_t a = c->ni[top].parent; a != NO_SLOT;
		     a = c->ni[a].parent) {
			if (c->ni[a].parent == NO_SLOT)
				break; /* not <html> */
			size_t holds = 0;
			for (size_t i = 1; i < ncand; i++)
				if (c->ni[cand[i]].score >= best * 0.75f &&
				    inside(c, cand[i], a))
					holds++;
			if (holds >= 3) {
				top = a;
				break;
			}
		}
	}
	/* A parent that scores better than its best child is the real
	 * container (readability). */
	float last = c->ni[top].score;
	for (uint32_t a = c->ni[top].parent; a != NO_SLOT;
	     a = c->ni[a].parent) {
		float ps = c->ni[a].score;
		if (ps <= 0)
			continue;
		if (ps < best / 3)
			break;
		if (ps > last) {
			top = a;
			break;
		}
		last = ps;
	}
	best = c->ni[top].score > best ? c->ni[top].score : best;
	/* A container that is all its parent holds: use the parent, so
	 * that the sibling rule sees the real neighbours. */
	for (;;) {
		uint32_t p = c->ni[top].parent;
		if (p == NO_SLOT || (c->ni[p].flags & NF_OUT) ||
		    c->ni[p].text > c->ni[top].text)
			break;
		top = p;
	}
	uint32_t par = c->ni[top].parent;
	if (par == NO_SLOT) {
		roots_add(r, top);
		return;
	}
	float threshold = best * 0.2f > 10 ? best * 0.2f : 10;
	for (const xmlNode *k = c->ni[par].node->children; k; k = k->next) {
		uint32_t s = slot_of(k);
		if (s == NO_SLOT || k->type != XML_ELEMENT_NODE)
			continue;
		const struct ninfo *ni = &c->ni[s];
		bool take = s == top;
		/* the headline is not the body, even next to it */
		if (!take && !(ni->flags & (NF_OUT | TF_H1 | NF_TITLE)) &&
		    ni->text > 0) {
			float ld = (float)ni->link / (float)ni->text;
			/* readability turns blocks with no inner blocks into
			 * paragraphs; so do we */
			bool para =
			    (ni->flags & TF_PARA) ||
			    ((ni->flags & TF_BLOCK) && ni->own == ni->text);
			if (ni->score >= threshold)
				take = true;
			else if (para && ni->text > 80 && ld < 0.25f)
				take = true;
			else if (para && ni->text <= 80 && ni->link == 0 &&
				 has_sentence(k))
				take = true;
		}
		if (take)
			roots_add(r, s);
	}
}

/* Elements with itemprop="articleBody", outermost only. */
static uint32_t bodyprop_roots(struct ctx *c, struct roots *r)
{
	uint32_t text = 0, end = 0;
	for (size_t i = 0; i < c->nn; i++) {
		if (i < end || !(c->ni[i].flags & NF_BODYPROP))
			continue;
		roots_add(r, (uint32_t)i);
		text += c->ni[i].text;
		end = c->ni[i].end;
	}
	return text;
}

/*
 * The element whose text best matches the JSON-LD articleBody (F1 of
 * 3-gram hits). Returns NO_SLOT when the match is poor.
 */
static uint32_t hint_root(const struct ctx *c)
{
	uint32_t total = 0;
	for (size_t i = 0; i < c->nn; i++)
		if (c->ni[i].parent == NO_SLOT)
			total += c->ni[i].hits;
	if (total < 10)
		return NO_SLOT;
	uint32_t best = NO_SLOT;
	double bf = 0;
	for (size_t i = 0; i < c->nn; i++) {
		const struct ninfo *ni = &c->ni[i];
		if (!ni->hits || !ni->grams)
			continue;
		double p = (double)ni->hits / ni->grams;
		double rc = (double)ni->hits / total;
		double f = 2 * p * rc / (p + rc);
		if (f > bf) {
			bf = f;
			best = (uint32_t)i;
		}
	}
	return bf >= 0.5 ? best : NO_SLOT;
}

/*
 * The one element whose microdata says it is the article
 * (itemtype=".../NewsArticle", BlogPosting...) and that holds text.
 * NO_SLOT when there is none or more than one (a listing of posts).
 */
static uint32_t itemtype_root(const struct ctx *c)
{
	uint32_t found = NO_SLOT, end = 0;
	for (size_t i = 0; i < c->nn; i++) {
		const struct ninfo *ni = &c->ni[i];
		if (i < end || !(ni->flags & NF_ITEMART) || ni->text < 500)
			continue;
		if (found != NO_SLOT)
			return NO_SLOT;
		found = (uint32_t)i;
		end = ni->end;
	}
	return found;
}

static uint32_t roots_text(const struct ctx *c, const struct roots *r)
{
	uint32_t t = 0;
	for (size_t i = 0; i < r->n; i++)
		t += c->ni[r->v[i]].text;
	return t;
}

/*
 * Pass 3's result: the subtrees that hold the article, in document order.
 * Scoring proposes; what the page says about itself overrides it: the
 * JSON-LD articleBody (where its text is), the one element marked up as
 * the article (itemtype), itemprop="articleBody".
 */
static void choose_roots(struct ctx *c, struct roots *r)
{
	mark_chrome(c, true);
	score_blocks(c);
	readability_roots(c, r);
	uint32_t rtext = roots_text(c, r);
	if (rtext < 200) {
		/* Names misled us (the whole page inside a "has-sidebar"
		 * wrapper): score again trusting tags only. */
		struct roots r2 = {0};
		mark_chrome(c, false);
		score_blocks(c);
		readability_roots(c, &r2);
		if (roots_text(c, &r2) > rtext) {
			free(r->v);
			*r = r2;
		} else {
			free(r2.v);
			mark_chrome(c, true);
		}
	}
	/* The JSON-LD articleBody is sometimes only the first paragraph:
	 * a hint only when it is about as long as what scoring found. */
	uint32_t h = NO_SLOT;
	if (c->hint.slot && strlen(c->ld_body) * 2 >= roots_text(c, r))
		h = hint_root(c);
	uint32_t it = itemtype_root(c);
	bool it_apart = it != NO_SLOT && r->n > 0;
	for (size_t i = 0; it_apart && i < r->n; i++)
		if (inside(c, r->v[i], it))
			it_apart = false;
	struct roots bp = {0};
	uint32_t bptext = bodyprop_roots(c, &bp);
	if (h != NO_SLOT) {
		r->n = 0;
		roots_add(r, h);
	} else if (it_apart) {
		/* Scoring chose something that is not inside the element
		 * the page marks up as its article: believe the page. */
		r->n = 0;
		roots_add(r, it);
	} else if (bptext >= 200 &&
		   (uint64_t)bptext * 10 >= (uint64_t)roots_text(c, r) * 4) {
		free(r->v);
		*r = bp;
		bp.v = NULL;
	}
	free(bp.v);
}

/* ---- pass 4: writing the text ---- */

struct para_rec {
	size_t sep;   /* where the separator before the paragraph starts */
	size_t start; /* where its text starts */
	bool heading;
};

/* The body being written: paragraphs, whitespace collapsed on the fly. */
struct out {
	char *buf;
	size_t len, cap;
	struct para_rec *para;
	size_t npara, pcap;
	bool space, nl, open, heading;
	bool kill_list; /* the next list follows a "Related" heading */
	size_t sep, start;
	size_t chars, links; /* of the open paragraph */
};

static void out_put(struct out *o, const char *s, size_t n)
{
	if (o->cap - o->len < n + 1) {
		size_t cap = o->cap ? o->cap : 4096;
		while (cap - o->len < n + 1)
			cap *= 2;
		o->buf = xrealloc(o->buf, cap);
		o->cap = cap;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

/*
 * Whole paragraphs that are page furniture wherever they appear. Compared
 * case-insensitively after trailing punctuation is dropped.
 */
static bool is_junk_para(const char *s, size_t n)
{
	static const char *const junk[] = {
	    "advertisement",
	    "advert",
	    "advertising",
	    "sponsored",
	    "sponsored content",
	    "story continues below",
	    "story continues below advertisement",
	    "article continues below",
	    "continue reading",
	    "continue reading below",
	    "read more",
	    "read more below",
	    "related",
	    "related articles",
	    "related stories",
	    "related content",
	    "related coverage",
	    "more",
	    "see also",
	    "share",
	    "share this",
	    "share this article",
	    "share this story",
	    "share on facebook",
	    "share on twitter",
	    "tweet",
	    "email",
	    "print",
	    "subscribe",
	    "sign up",
	    "click here",
	    "skip advertisement",
	    "loading",
	    "comments",
	    "you may also like",
	    "most read",
	    "most popular",
	    "recommended",
	    "trending",
	    "follow us",
	    "image",
	    "photo",
	    "video",
	    "listen to this article",
	    "skip to content",
	    "back to top",
	};
	while (n && (s[n - 1] == ':' || s[n - 1] == '.' || s[n - 1] == ' ' ||
		     s[n - 1] == '>' || s[n - 1] == '!'))
		n--;
	/* "…" */
	if (n >= 3 && (unsigned char)s[n - 3] == 0xe2 &&
	    (unsigned char)s[n - 2] == 0x80 && (unsigned char)s[n - 1] == 0xa6)
		n -= 3;
	if (n > 40)
		return false;
	for (size_t i = 0; i < sizeof junk / sizeof *junk; i++)
		if (ascii_ieq(s, n, junk[i]))
			return true;
	return false;
}

/*
 * A call to action: "Sign up for our newsletter", "Like this story? Share
 * it with a friend!", "Click here for more information". Only short
 * paragraphs: a long one that mentions a newsletter is prose.
 */
static bool is_cta_para(const char *s, size_t n)
{
	static const char *const cta[] = {
	    "click here",	    "sign up for our",	  "sign up for free",
	    "sign up for the free", "sign up now",	  "sign up here",
	    "sign up to our",	    "sign up to receive", "sign up to get",
	    "subscribe to our",	    "subscribe now",	  "subscribe today",
	    "share it with",	    "share this",	  "follow us on",
	    "our newsletter",	    "free newsletter",	  "daily newsletter",
	    "download our app",	    "get the app",	  "like us on facebook",
	};
	/* Imperatives that open a paragraph. */
	static const char *const opener[] = {
	    "subscribe", "sign up",  "click ",	  "follow us", "download:",
	    "listen:",	 "watch:",   "read more", "read also", "also read",
	    "see also",	 "related:", "more:",	  "read:",     "join our",
	};
	if (n == 0 || n >= 300)
		return false;
	char low[300] = "";
	for (size_t i = 0; i < n; i++)
		low[i] = (char)ascii_lower((unsigned char)s[i]);
	for (size_t k = 0; k < sizeof opener / sizeof *opener; k++) {
		size_t m = strlen(opener[k]);
		if (m <= n && memcmp(low, opener[k], m) == 0)
			return true;
	}
	/* Phrases start at a word: test only there, first letter first. */
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && is_ascii_alpha((unsigned char)low[i - 1]))
			continue;
		for (size_t k = 0; k < sizeof cta / sizeof *cta; k++) {
			size_t m = strlen(cta[k]);
			if (cta[k][0] == low[i] && i + m <= n &&
			    memcmp(low + i, cta[k], m) == 0)
				return true;
		}
	}
	return false;
}

/*
 * A subheading that introduces links to other pages ("Related stories",
 * "More from ..."): dropped with the list that follows it.
 */
static bool is_links_heading(const char *s, size_t n)
{
	static const char *const heads[] = {
	    "related",
	    "more from",
	    "more stories",
	    "more great",
	    "more on this",
	    "more on ",
	    "read more",
	    "read also",
	    "also read",
	    "see also",
	    "recommended",
	    "you may also like",
	    "you might also like",
	    "don't miss",
	    "don\xe2\x80\x99t miss",
	    "trending",
	    "most popular",
	    "most read",
	    "latest news",
	    "more news",
	    "further reading",
	    "top stories",
	    "editor's picks",
	    "what to read next",
	    /* the same in the other languages news sites often use */
	    "leggi anche",
	    "lee también",
	    "lea también",
	    "lire aussi",
	    "voir aussi",
	    "a lire aussi",
	    "siehe auch",
	    "mehr zum thema",
	    "leia também",
	    "veja também",
	    "leia mais",
	    "lees ook",
	    "czytaj też",
	};
	if (n > 80)
		return false;
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
		size_t m = strlen(heads[k]);
		if (m <= n && ascii_ieq(s, m, heads[k]))
			return true;
	}
	return false;
}

/*
 * A line that is only a byline ("By Jane Doe") or only a date: the
 * article's chrome, repeated in the metadata.
 */
static bool is_byline_para(const char *s, size_t n)
{
	char iso[DATES_ISO_MAX];
	if (n < 64 && dates_parse(s, n, iso))
		return true;
	if (n < 3 || n > 60 || !(s[0] == 'B' || s[0] == 'b') ||
	    !(s[1] == 'y' || s[1] == 'Y') || s[2] != ' ')
		return false;
	int words = 0;
	for (size_t i = 2; i < n; i++) {
		if (s[i] == '.' && i + 1 == n)
			return false; /* a sentence: "By then it was over." */
		if (s[i] == ' ')
			words++;
	}
	return words <= 6;
}

/* Closes the open paragraph; drops it when it is furniture. */
static void out_end_para(struct out *o)
{
	if (!o->open)
		return;
	o->open = false;
	const char *p = o->buf + o->start;
	size_t n = o->len - o->start;
	bool drop =
	    is_junk_para(p, n) || is_cta_para(p, n) || is_byline_para(p, n);
	if (is_links_heading(p, n)) {
		drop = true;
		o->kill_list = true;
	}
	/* A short paragraph that is all link: "Read more: <headline>". */
	if (!drop && o->links * 10 >= o->chars * 8 && o->chars < 300)
		drop = true;
	if (drop) {
		o->len = o->sep;
		return;
	}
	if (o->npara == o->pcap) {
		o->pcap = o->pcap ? o->pcap * 2 : 64;
		o->para = xrealloc(o->para, o->pcap * sizeof *o->para);
	}
	o->para[o->npara++] = (struct para_rec){o->sep, o->start, o->heading};
}

static void out_break(struct out *o)
{
	out_end_para(o);
	o->space = o->nl = false;
}

/* <br>: a line break; two in a row end the paragraph. */
static void out_br(struct out *o)
{
	if (!o->open)
		return;
	if (o->nl)
		out_break(o);
	else
		o->nl = true;
}

static bool is_space_at(const unsigned char *s, size_t n, size_t i, size_t *w)
{
	unsigned char ch = s[i];
	if (ch < 0x80) {
		*w = 1;
		return ch <= ' ' || ch == 0x7f;
	}
	size_t u = uspace(s + i, n - i);
	*w = u ? u : 1;
	return u != 0;
}

static void out_text(struct out *o, const char *text, bool in_link,
		     bool heading)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text);
	size_t i = 0, w;
	while (i < n) {
		if (is_space_at(s, n, i, &w)) {
			o->space = true;
			i += w;
			continue;
		}
		if (!o->open) {
			o->sep = o->len;
			if (o->len)
				out_put(o, "\n\n", 2);
			o->start = o->len;
			o->open = true;
			o->heading = heading;
			o->kill_list = false;
			o->chars = o->links = 0;
		} else if (o->nl) {
			out_put(o, "\n", 1);
		} else if (o->space) {
			out_put(o, " ", 1);
		}
		o->nl = o->space = false;
		size_t j = i;
		while (j < n && !is_space_at(s, n, j, &w))
			j += w;
		out_put(o, text + i, j - i);
		o->chars += j - i;
		if (in_link)
			o->links += j - i;
		i = j;
	}
}

/* Text (non-space bytes) per linked title below which a box is a list
 * of teasers rather than prose with a link in a subheading. */
#define TEASER_TEXT 400

/*
 * Inside a chosen subtree: is this element part of the text? Not when it
 * is chrome by itself, the page title, or a box of links (related
 * stories, tag lists) - readability's "clean conditionally", reduced to
 * the link density that does most of its work.
 */
static bool keep_element(const struct ctx *c, uint32_t s, uint32_t root)
{
	const struct ninfo *ni = &c->ni[s];
	unsigned f = ni->flags;
	if (f & (TF_SKIP | NF_HIDDEN | TF_H1))
		return false;
	if (s == root)
		return true;
	if (f & NF_DROP)
		return false;
	if ((f & (TF_LIST | TF_TABLE | TF_BOX)) && ni->text &&
	    ni->link * 2 > ni->text)
		return false;
	/* Teasers: linked titles with a line or two of excerpt each. */
	if ((f & (TF_LIST | TF_TABLE | TF_BOX)) && ni->lheads &&
	    ni->text < TEASER_TEXT * ni->lheads)
		return false;
	return true;
}

/* Writes one chosen subtree; an iterative walk bounded by the root. */
static void emit_root(const struct ctx *c, struct out *o, uint32_t root)
{
	xmlNode *top = c->ni[root].node;
	xmlNode *n = top;
	for (;;) {
		bool enter = false;
		if (n->type == XML_ELEMENT_NODE) {
			uint32_t s = slot_of(n);
			if (s != NO_SLOT && keep_element(c, s, root)) {
				unsigned f = c->ni[s].flags;
				if (f & TF_BR) {
					out_br(o);
				} else if ((f & TF_LIST) && o->kill_list) {
					o->kill_list = false;
				} else {
					if (f & TF_BLOCK)
						out_break(o);
					enter = n->children != NULL;
				}
			}
		} else if ((n->type == XML_TEXT_NODE ||
			    n->type == XML_CDATA_SECTION_NODE) &&
			   n->content) {
			uint32_t p = slot_of(n->parent);
			if (p != NO_SLOT) {
				const struct ninfo *pi = &c->ni[p];
				out_text(o, (const char *)n->content,
					 (pi->flags & NF_INLINK) != 0,
					 (c->ni[pi->blk].flags & TF_HEAD) != 0);
			}
		}
		if (enter) {
			n = n->children;
			continue;
		}
		if (n->type == XML_ELEMENT_NODE && slot_of(n) != NO_SLOT &&
		    (c->ni[slot_of(n)].flags & TF_BLOCK))
			out_break(o);
		while (n != top && !n->next) {
			n = n->parent;
			if (c->ni[slot_of(n)].flags & TF_BLOCK)
				out_break(o);
		}
		if (n == top)
			break;
		n = n->next;
	}
	out_break(o);
}

/* Drops trailing subheadings (their section was chrome) and a first
 * paragraph that repeats the title. */
static void out_finish(struct out *o, const char *title)
{
	out_break(o);
	while (o->npara && o->para[o->npara - 1].heading) {
		o->len = o->para[o->npara - 1].sep;
		o->npara--;
	}
	if (o->npara && title) {
		size_t end = o->npara > 1 ? o->para[1].sep : o->len;
		size_t n = end - o->para[0].start;
		if (n == strlen(title) &&
		    memcmp(o->buf + o->para[0].start, title, n) == 0) {
			size_t cut = o->npara > 1 ? o->para[1].start : o->len;
			memmove(o->buf, o->buf + cut, o->len - cut);
			o->len -= cut;
		}
	}
}

/* ---- metadata ---- */

/* The visible text of a (small) subtree into buf, collapsed. */
static const char *subtree_text(const struct ctx *c, uint32_t s, char *buf,
				size_t cap)
{
	size_t o = 0;
	bool space = false;
	const xmlNode *top = c->ni[s].node, *n = top;
	for (;;) {
		bool enter = false;
		if (n->type == XML_ELEMENT_NODE) {
			uint32_t k = slot_of(n);
			enter = k != NO_SLOT && n->children &&
				!(c->ni[k].flags & (TF_SKIP | NF_HIDDEN));
			if (k != NO_SLOT &&
			    (c->ni[k].flags & (TF_BLOCK | TF_BR)))
				space = true;
		} else if (n->type == XML_TEXT_NODE && n->content) {
			for (const char *p = (const char *)n->content; *p;
			     p++) {
				if (is_ascii_space((unsigned char)*p)) {
					space = true;
					continue;
				}
				if (o + 3 >= cap)
					goto done;
				if (space && o)
					buf[o++] = ' ';
				space = false;
				buf[o++] = *p;
			}
		}
		if (enter) {
			n = n->children;
			continue;
		}
		while (n != top && !n->next)
			n = n->parent;
		if (n == top)
			break;
		n = n->next;
	}
done:
	/* Cut short: do not leave half a UTF-8 sequence at the end. */
	if (o + 3 >= cap) {
		size_t k = o;
		while (k > 0 && ((unsigned char)buf[k - 1] & 0xc0) == 0x80)
			k--;
		if (k > 0 && (unsigned char)buf[k - 1] >= 0xc0)
			o = k - 1;
	}
	buf[o] = '\0';
	return o ? buf : NULL;
}

/* Separators between a headline and a site name in titles. */
static const char *const title_seps[] = {
    " | ",  " - ",	  " \xe2\x80\x93 ", " \xe2\x80\x94 ",
    " :: ", " \xc2\xb7 ", " \xc2\xbb ",	    " \xc2\xab ",
    " / ",
};

/*
 * Removes a site name from either end of a title ("Headline | Site").
 * With site NULL, removes a short last segment (<= 5 words) only when
 * the rest is longer. Returns an arena copy.
 */
static const char *trim_title(struct arena *a, const char *t, const char *site,
			      const char **suffix)
{
	if (!t)
		return NULL;
	size_t n = strlen(t);
	for (size_t k = 0; k < sizeof title_seps / sizeof *title_seps; k++) {
		const char *sep = title_seps[k];
		size_t m = strlen(sep);
		/* the last occurrence */
		const char *last = NULL;
		for (const char *p = strstr(t, sep); p; p = strstr(p + 1, sep))
			last = p;
		if (!last)
			continue;
		const char *tail = last + m;
		size_t tl = n - (size_t)(tail - t);
		if (site) {
			if (ascii_ieq(tail, tl, site))
				return arena_strndup(a, t, (size_t)(last - t));
			const char *first = strstr(t, sep);
			if ((size_t)(first - t) == strlen(site) &&
			    ascii_ieq(t, (size_t)(first - t), site))
				return arena_strdup(a, first + m);
			continue;
		}
		int words = 1;
		for (const char *p = tail; *p; p++)
			words += *p == ' ';
		if (words <= 5 && tl <= 40 && (size_t)(last - t) > tl) {
			if (suffix)
				*suffix = arena_strdup(a, tail);
			return arena_strndup(a, t, (size_t)(last - t));
		}
	}
	return arena_strdup(a, t);
}

/*
 * "By Jane Doe" -> "Jane Doe". Byline boxes often carry more: "Tom Rogan |
 * November 18, 2019 12:26 PM Print this article", "Jeff Foust Monday,
 * November 18, 2019", "... Published 10:02 AM EST Nov 19, 2019": the name
 * ends where a separator, a "Published"/"Updated" label or a date begins.
 * Too long to be a list of names -> NULL.
 */
#define BYLINE_MAX 120

static const char *clean_byline(struct arena *a, const char *s)
{
	static const char *const stops[] = {
	    " | ",	     " Published", " Updated", " Posted", " Print ",
	    " Last updated", " published", " updated", " posted",
	};
	const char *b = clean_str(a, s);
	if (!b)
		return NULL;
	if ((b[0] == 'B' || b[0] == 'b') && (b[1] == 'y' || b[1] == 'Y') &&
	    (b[2] == ' ' || b[2] == ':'))
		b += 3;
	while (*b == ' ')
		b++;
	size_t n = strlen(b);
	for (size_t k = 0; k < sizeof stops / sizeof *stops; k++) {
		const char *p = strstr(b, stops[k]);
		if (p && (size_t)(p - b) < n)
			n = (size_t)(p - b);
	}
	if (n > 2 * BYLINE_MAX)
		return NULL;
	/* a date at the end */
	char iso[DATES_ISO_MAX];
	for (size_t i = 1; i < n; i++) {
		if (b[i - 1] == ' ' && dates_parse(b + i, n - i, iso)) {
			n = i - 1;
			break;
		}
	}
	while (n && (b[n - 1] == ' ' || b[n - 1] == ',' || b[n - 1] == '|' ||
		     b[n - 1] == '-'))
		n--;
	if (!n || n > BYLINE_MAX)
		return NULL;
	return arena_strndup(a, b, n);
}

/*
 * The outlet's name: not a URL ("https://www.example.com" says nothing
 * the url field does not), without a tagline ("LinkNaija | Nigeria's
 * popular news platform").
 */
static const char *clean_outlet(struct arena *a, const char *s)
{
	const char *o = clean_str(a, s);
	if (!o || strstr(o, "://"))
		return NULL;
	size_t n = strlen(o);
	for (size_t k = 0; k < sizeof title_seps / sizeof *title_seps; k++) {
		const char *p = strstr(o, title_seps[k]);
		if (p && p > o && (size_t)(p - o) < n)
			n = (size_t)(p - o);
	}
	return arena_strndup(a, o, n);
}

/* BCP 47 case: "en_gb" -> "en-GB", "EN" -> "en", "zh-hant-tw" ->
 * "zh-Hant-TW". NULL when it does not look like a language tag. */
static const char *clean_lang(struct arena *a, const char *s)
{
	if (!s)
		return NULL;
	while (is_ascii_space((unsigned char)*s))
		s++;
	char buf[36];
	size_t n = 0;
	for (; *s && *s != ',' && *s != ';' && n < sizeof buf - 1; s++) {
		unsigned char ch = (unsigned char)*s;
		if (is_ascii_space(ch))
			break;
		if (ch == '_')
			ch = '-';
		if (!is_ascii_alpha(ch) && !is_ascii_digit(ch) && ch != '-')
			return NULL;
		buf[n++] = (char)ascii_lower(ch);
	}
	if (n < 2 || !is_ascii_alpha((unsigned char)buf[0]))
		return NULL;
	/* after the language: a 2-letter region upper case, a 4-letter
	 * script title case */
	for (size_t i = 0, start = 0; i <= n; i++) {
		if (i < n && buf[i] != '-')
			continue;
		size_t len = i - start;
		bool alpha = is_ascii_alpha((unsigned char)buf[start]);
		if (start > 0 && alpha && (len == 2 || len == 4))
			for (size_t j = start; j < (len == 2 ? i : start + 1);
			     j++)
				buf[j] = (char)(buf[j] - 'a' + 'A');
		start = i + 1;
	}
	return arena_strndup(a, buf, n);
}

/* An absolute URL, or href resolved against base; NULL otherwise. */
static const char *resolve_url(struct arena *a, const char *href,
			       const char *base)
{
	const char *h = clean_str(a, href);
	if (!h)
		return NULL;
	if (strncmp(h, "http://", 7) == 0 || strncmp(h, "https://", 8) == 0)
		return h;
	if (!base)
		return NULL;
	xmlChar *u = xmlBuildURI((const xmlChar *)h, (const xmlChar *)base);
	if (!u)
		return NULL;
	const char *r = arena_strdup(a, (const char *)u);
	xmlFree(u);
	return r;
}

static bool try_date(const char *s, char iso[DATES_ISO_MAX])
{
	return s && dates_parse(s, strlen(s), iso);
}

/*
 * Fills *m from what was collected; the dateline in the body text is
 * looked at by the caller, once the text exists.
 */
static void fill_meta(struct ctx *c, const struct roots *r, struct page_meta *m,
		      const char *base_url)
{
	struct arena *a = c->arena;
	char buf[1024];

	/* outlet */
	const char *site = clean_outlet(a, c->m_site);
	if (!site)
		site = clean_outlet(a, c->ld_publisher);
	if (!site)
		site = clean_outlet(a, c->m_appname);
	const char *suffix = NULL;
	const char *tag_title =
	    trim_title(a, clean_str(a, c->m_title_tag), site, &suffix);
	m->outlet = site ? site : suffix;

	/* title */
	const char *t = clean_str(a, c->m_title_og);
	if (!t)
		t = clean_str(a, c->ld_headline);
	if (!t)
		t = clean_str(a, c->m_title_tw);
	if (t)
		t = trim_title(a, t, site, NULL);
	if (!t && c->h1_slot != NO_SLOT)
		t = clean_str(a, subtree_text(c, c->h1_slot, buf, sizeof buf));
	if (!t)
		t = tag_title;
	m->title = t && *t ? t : NULL;

	/* byline */
	const char *by = c->ld_author[0] ? clean_byline(a, c->ld_author) : NULL;
	if (!by)
		by = clean_byline(a, c->m_author);
	if (!by && c->relauthor_slot != NO_SLOT)
		by = clean_byline(
		    a, subtree_text(c, c->relauthor_slot, buf, sizeof buf));
	if (!by && c->byline_slot != NO_SLOT)
		by = clean_byline(
		    a, subtree_text(c, c->byline_slot, buf, sizeof buf));
	m->byline = by;

	/* url */
	m->url = resolve_url(a, c->m_canonical, base_url);
	if (!m->url)
		m->url = resolve_url(a, c->m_ogurl, base_url);

	/* lang */
	m->lang = clean_lang(a, c->m_lang_html);
	if (!m->lang)
		m->lang = clean_lang(a, c->m_lang_og);
	if (!m->lang)
		m->lang = clean_lang(a, c->m_lang_http);
	if (!m->lang)
		m->lang = clean_lang(a, c->ld_lang);

	/* published: most trusted first; a value that does not parse is
	 * passed over rather than guessed at */
	char iso[DATES_ISO_MAX];
	bool ok = try_date(c->ld_date, iso) || try_date(c->m_pub[0], iso) ||
		  try_date(c->m_pub[1], iso) || try_date(c->datepub_attr, iso);
	if (!ok && c->datepub_slot != NO_SLOT)
		ok = try_date(subtree_text(c, c->datepub_slot, buf, sizeof buf),
			      iso);
	if (!ok && r->n) {
		/* <time datetime> inside the article: the <article> around
		 * the body, else the body's parent */
		uint32_t art = r->v[0];
		while (art != NO_SLOT && !(c->ni[art].flags & TF_ARTICLE))
			art = c->ni[art].parent;
		if (art == NO_SLOT)
			art = c->ni[r->v[0]].parent != NO_SLOT
				  ? c->ni[r->v[0]].parent
				  : r->v[0];
		for (size_t i = 0; !ok && i < c->ntime; i++)
			if (inside(c, c->time_slots[i], art))
				ok = try_date(attr(c->ni[c->time_slots[i]].node,
						   "datetime"),
					      iso);
	}
	for (int k = 2; !ok && k < 8; k++)
		ok = try_date(c->m_pub[k], iso);
	m->published = ok ? arena_strdup(a, iso) : NULL;
}

/* ---- entry point ---- */

/* libxml2's HTML parser stops at nesting 256 unless told otherwise; the
 * walks here are iterative, so any depth is fine. */
#define PARSE_OPTS                                                             \
	(HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |      \
	 HTML_PARSE_NONET)

/*
 * libxml2 (2.9.14) stops building the tree at nesting 256 and drops the
 * rest of the page; XML_PARSE_HUGE lifts the limit but makes end-tag
 * matching quadratic. So a page that hit the limit is parsed again from
 * a copy whose nesting is capped: start tags deeper than `cap` (by a
 * count of open non-void elements) are replaced by a space, and as many
 * later end tags with them, so the text stays and only the structure
 * below the cap is flattened. One pass, linear: comments, raw-text
 * elements (script, style...) and quoted attribute values are skipped
 * over once each. Returns a malloc'd copy and its length in *n.
 */
#define FLATTEN_CAP 180

static bool is_void_element(const char *name, size_t n)
{
	static const char *const v[] = {
	    "area",  "base",  "br",	  "col",   "embed",  "hr",
	    "img",   "input", "link",	  "meta",  "param",  "source",
	    "track", "wbr",   "basefont", "frame", "keygen", NULL};
	for (size_t i = 0; v[i]; i++)
		if (strlen(v[i]) == n && ascii_ieq(name, n, v[i]))
			return true;
	return false;
}

static bool is_raw_text_element(const char *name, size_t n)
{
	static const char *const v[] = {"script",  "style",    "textarea",
					"title",   "xmp",      "iframe",
					"noembed", "noframes", NULL};
	for (size_t i = 0; v[i]; i++)
		if (strlen(v[i]) == n && ascii_ieq(name, n, v[i]))
			return true;
	return false;
}

static char *flatten_deep(const char *h, size_t len, size_t cap, size_t *n)
{
	char *o = xmalloc(len + 1);
	size_t k = 0, i = 0, depth = 0, extra = 0;
	while (i < len) {
		const char *lt = memchr(h + i, '<', len - i);
		size_t j = lt ? (size_t)(lt - h) : len;
		memcpy(o + k, h + i, j - i);
		k += j - i;
		i = j;
		if (i >= len)
			break;
		size_t start = i, end;
		if (len - i >= 4 && !memcmp(h + i, "<!--", 4)) {
			const char *c = NULL;
			for (size_t q = i + 4; q + 3 <= len; q++)
				if (!memcmp(h + q, "-->", 3)) {
					c = h + q;
					break;
				}
			end = c ? (size_t)(c - h) + 3 : len;
			memcpy(o + k, h + start, end - start);
			k += end - start;
			i = end;
			continue;
		}
		bool closing = i + 1 < len && h[i + 1] == '/';
		size_t ns = i + 1 + closing, ne = ns;
		while (ne < len && (is_ascii_alpha((unsigned char)h[ne]) ||
				    is_ascii_digit((unsigned char)h[ne])))
			ne++;
		if (ne == ns || !is_ascii_alpha((unsigned char)h[ns])) {
			o[k++] = h[i++]; /* a stray '<', "<!x", "<?x" */
			continue;
		}
		/* The end of the tag: a '>' outside quoted values. */
		char quote = 0;
		end = ne;
		while (end < len) {
			char ch = h[end];
			if (quote) {
				if (ch == quote)
					quote = 0;
			} else if (ch == '"' || ch == '\'') {
				quote = ch;
			} else if (ch == '>') {
				break;
			}
			end++;
		}
		end = end < len ? end + 1 : len;
		bool self_closing = end - start >= 2 && h[end - 2] == '/';
		const char *name = h + ns;
		size_t nl = ne - ns;
		bool counted = !self_closing && !is_void_element(name, nl);
		bool drop = false;
		/* <p> cannot nest (the parser closes one before the next),
		 * so below the cap it is kept, uncounted: paragraphs stay. */
		bool para = nl == 1 && (name[0] == 'p' || name[0] == 'P');
		if (para && (depth >= cap || extra > 0)) {
			counted = false;
		} else if (closing && counted) {
			if (extra > 0) {
				extra--;
				drop = true;
			} else if (depth > 0) {
				depth--;
			}
		} else if (counted && is_raw_text_element(name, nl)) {
			/* Copied whole, with its end tag; no depth change. */
			char nm[16];
			memcpy(nm, name, nl); /* raw-text names are short */
			nm[nl] = '\0';
			size_t q = end;
			while (q + 2 + nl <= len &&
			       !(h[q] == '<' && h[q + 1] == '/' &&
				 ascii_ieq(h + q + 2, nl, nm)))
				q++;
			if (q + 2 + nl > len) {
				end = len;
			} else {
				const char *gt = memchr(h + q, '>', len - q);
				end = gt ? (size_t)(gt - h) + 1 : len;
			}
		} else if (counted) {
			if (depth >= cap) {
				extra++;
				drop = true;
			} else {
				depth++;
			}
		}
		if (drop) {
			o[k++] = ' ';
		} else {
			memcpy(o + k, h + start, end - start);
			k += end - start;
		}
		i = end;
	}
	o[k] = '\0';
	*n = k;
	return o;
}

/* Plain text of a JSON-LD articleBody, for pages whose HTML does not
 * hold the body at all: tags dropped, blank lines kept as paragraphs. */
static void emit_ld_body(struct out *o, const char *s)
{
	size_t n = strlen(s);
	char *tmp = xmalloc(n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '<') {
			const char *gt = strchr(s + i, '>');
			if (gt) {
				i = (size_t)(gt - s);
				tmp[k++] = ' ';
				continue;
			}
		}
		if (s[i] == '\n') {
			tmp[k] = '\0';
			out_text(o, tmp, false, false);
			k = 0;
			out_break(o);
			continue;
		}
		tmp[k++] = s[i];
	}
	tmp[k] = '\0';
	out_text(o, tmp, false, false);
	out_break(o);
	free(tmp);
}

void htmltext_init(void)
{
	xmlInitParser();
}

int htmltext_extract(const char *html, size_t len, const char *base_url,
		     struct arena *arena, struct htmltext_result *out,
		     struct err *e)
{
	memset(out, 0, sizeof *out);
	out->text = "";
	if (len > INT32_MAX) {
		err_set(e, ERR_TOO_BIG, base_url,
			"document of %zu bytes is over libxml2's 2 GiB limit",
			len);
		return -1;
	}
	size_t k = 0;
	while (k < len && is_ascii_space((unsigned char)html[k]))
		k++;
	if (k == len)
		return 0; /* nothing at all: an empty page, not an error */
	/* A parser context of our own, to learn afterwards whether libxml2
	 * stopped at its nesting limit (256 without XML_PARSE_HUGE, which we
	 * keep off: with it, end-tag matching turns quadratic). */
	htmlParserCtxtPtr pctx = htmlNewParserCtxt();
	if (!pctx)
		die_oom();
	htmlDocPtr doc = htmlCtxtReadMemory(pctx, html, (int)len, base_url,
					    "UTF-8", PARSE_OPTS);
	bool too_deep = pctx->errNo == XML_ERR_INTERNAL_ERROR;
	htmlFreeParserCtxt(pctx);
	/* Past the nesting limit: parse a flattened copy instead, with a
	 * lower cap the second time (implied elements the count above
	 * does not see: html, body, tbody...). */
	for (size_t cap = FLATTEN_CAP; too_deep && doc; cap /= 3) {
		size_t fn;
		char *flat = flatten_deep(html, len, cap, &fn);
		pctx = htmlNewParserCtxt();
		if (!pctx)
			die_oom();
		htmlDocPtr d2 = htmlCtxtReadMemory(
		    pctx, flat, (int)fn, base_url, "UTF-8", PARSE_OPTS);
		too_deep = pctx->errNo == XML_ERR_INTERNAL_ERROR;
		htmlFreeParserCtxt(pctx);
		free(flat);
		if (d2) {
			xmlFreeDoc(doc);
			doc = d2;
		}
		if (cap < 10)
			break;
	}
	if (!doc) {
		err_set(e, ERR_PARSE, base_url,
			"libxml2 could not build a document tree");
		return -1;
	}

	struct ctx c;
	memset(&c, 0, sizeof c);
	c.arena = arena;
	kw_index_init(&c.kw);
	c.h1_slot = c.byline_slot = c.relauthor_slot = c.datepub_slot = NO_SLOT;
	walk_tree(&c, doc);
	if (c.ld_body && strlen(c.ld_body) >= 200) {
		hint_build(&c);
		hint_pass(&c);
	}
	sum_subtrees(&c);
	mark_article_holders(&c);

	struct roots r = {0};
	choose_roots(&c, &r);

	struct out o = {0};
	for (size_t i = 0; i < r.n; i++)
		emit_root(&c, &o, r.v[i]);
	if (c.ld_body && o.len * 4 < strlen(c.ld_body)) {
		/* The HTML does not carry the body (rendered by script):
		 * the JSON-LD copy is the best there is. */
		o.len = 0;
		o.npara = 0;
		emit_ld_body(&o, c.ld_body);
	}

	fill_meta(&c, &r, &out->meta, base_url);
	out_finish(&o, out->meta.title);
	out->text = o.len ? arena_strndup(arena, o.buf, o.len) : "";
	out->len = o.len;
	out->truncated = too_deep;
	/* The dateline search reads the body, so published comes last. */
	if (!out->meta.published) {
		char iso[DATES_ISO_MAX];
		if (dates_find_dateline(out->text, out->len, iso))
			out->meta.published = arena_strdup(arena, iso);
	}

	free(o.buf);
	free(o.para);
	free(r.v);
	free(c.ni);
	free(c.hint.slot);
	for (size_t i = 0; i < c.nld; i++)
		json_decref(c.ld[i]);
	xmlFreeDoc(doc);
	return 0;
}
