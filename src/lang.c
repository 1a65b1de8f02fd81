/* lang.c - an article's language: what the page says, else its text */
#include "lang.h"

#include <stdlib.h>
#include <string.h>
#include <textcat.h>

#include "plain.h"
#include "util.h"

/* The Makefile sets it from pkg-config's pkgdatadir of libexttextcat. */
#ifndef LANG_DATADIR
#define LANG_DATADIR "/usr/share/libexttextcat"
#endif

/* Enough text for the n-gram profile to settle; more only costs time. */
#define LANG_SAMPLE 4096
/* Below this many bytes an n-gram profile guesses (a two-word headline
 * reads as Dutch as well as English): the language stays unknown. */
#define LANG_MIN_BYTES 160

struct lang {
	void *tc; /* textcat handle */
	char tag[16];
};

struct lang *lang_new(void)
{
	void *tc =
	    special_textcat_Init(LANG_DATADIR "/fpdb.conf", LANG_DATADIR "/");
	if (!tc)
		return NULL;
	struct lang *l = xcalloc(1, sizeof *l);
	l->tc = tc;
	textcat_SetProperty(tc, TCPROP_MINIMUM_DOCUMENT_SIZE, LANG_MIN_BYTES);
	return l;
}

void lang_free(struct lang *l)
{
	if (!l)
		return;
	textcat_Done(l->tc);
	free(l);
}

static bool ascii_lower_eq(const char *a, size_t n, const char *b)
{
	if (strlen(b) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x = (char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (char)(y - 'A' + 'a');
		if (x != y)
			return false;
	}
	return true;
}

/* Length of the primary subtag of a BCP 47 tag ("pt" of "pt-BR"). */
static size_t primary_len(const char *tag)
{
	size_t n = 0;
	while (tag[n] && tag[n] != '-' && tag[n] != '_')
		n++;
	return n;
}

static bool is_english(const char *tag)
{
	return tag && ascii_lower_eq(tag, primary_len(tag), "en");
}

/* The first candidate of textcat's "[de--utf8][nl--utf8]" answer, as its
 * primary subtag in l->tag, and in *many whether others came close; NULL
 * for "SHORT", "UNKNOWN" or garbage. */
static const char *classify(struct lang *l, const char *text, size_t len,
			    bool *many)
{
	if (len > LANG_SAMPLE) {
		len = LANG_SAMPLE;
		/* do not cut a UTF-8 sequence */
		while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
			len--;
	}
	const char *r = textcat_Classify(l->tc, text, len);
	if (!r || r[0] != '[')
		return NULL;
	*many = strstr(r, "][") != NULL;
	/* English among the close candidates: not sure enough to keep an
	 * article from the English rules */
	if (strstr(r, "[en-") || strstr(r, "[sco-"))
		return NULL;
	size_t n = 0;
	while (r[1 + n] && r[1 + n] != '-' && r[1 + n] != ']' &&
	       n + 1 < sizeof l->tag)
		n++;
	if (n < 2 || n > 3)
		return NULL;
	memcpy(l->tag, r + 1, n);
	l->tag[n] = '\0';
	return l->tag;
}

const char *lang_decide(struct lang *l, const char *declared, const char *text,
			size_t len)
{
	if (declared && !is_english(declared))
		return declared;
	if (plain_looks_english(text, len))
		return declared ? declared : "en";
	bool many = false;
	const char *found = l ? classify(l, text, len, &many) : NULL;
	/* overriding what the page says takes an unambiguous answer */
	if (!found || (declared && many))
		return declared;
	return found;
}

bool lang_in_list(const char *list, const char *tag)
{
	if (!tag || !strcmp(list, "all"))
		return true;
	size_t tn = primary_len(tag);
	for (const char *p = list; *p;) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		if (n == tn) {
			char want[8];
			if (n < sizeof want) {
				memcpy(want, p, n);
				want[n] = '\0';
				if (ascii_lower_eq(tag, tn, want))
					return true;
			}
		}
		p += n + (c ? 1 : 0);
	}
	return false;
}

int lang_list_valid(const char *list)
{
	if (!strcmp(list, "all"))
		return 0;
	for (const char *p = list;;) {
		size_t n = 0;
		while ((p[n] >= 'a' && p[n] <= 'z') ||
		       (p[n] >= 'A' && p[n] <= 'Z'))
			n++;
		if (n < 2 || n > 3)
			return -1;
		if (p[n] == '\0')
			return 0;
		if (p[n] != ',')
			return -1;
		p += n + 1;
	}
}
