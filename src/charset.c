/* charset.c - bytes in any declared charset to valid UTF-8 */
#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "err.h"
#include "util.h"

/* Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves
 * undefined. The rest of the upper half maps to U+00A0..U+00FF. */
static const unsigned short cp1252_high[32] = {
    0x20AC, 0,	    0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,	    0x017D, 0,
    0,	    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,	    0x017E, 0x0178,
};

static unsigned cp1252_to_cp(unsigned char b)
{
	if (b >= 0x80 && b < 0xA0)
		return cp1252_high[b - 0x80];
	return b;
}

static size_t put_utf8(char *out, unsigned cp)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
static size_t utf8_seq_len(const unsigned char *s, size_t avail)
{
	unsigned char c = s[0];
	if (c < 0x80)
		return 1;
	size_t n;
	unsigned min;
	unsigned cp;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2, min = 0x80, cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3, min = 0x800, cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4, min = 0x10000, cp = c & 0x07;
	} else {
		return 0;
	}
	if (avail < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

bool charset_valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < len;) {
		size_t n = utf8_seq_len(p + i, len - i);
		if (!n)
			return false;
		i += n;
	}
	return true;
}

bool charset_looks_binary(const char *bytes, size_t len)
{
	const unsigned char *p = (const unsigned char *)bytes;
	if (len >= 2 &&
	    ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return false; /* UTF-16 text has NULs by design */
	size_t n = len < 8192 ? len : 8192, ctrl = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == 0)
			return true;
		if (p[i] < 0x20 && !is_ascii_space(p[i]) && p[i] != 0x1B)
			ctrl++;
	}
	/* A stray control byte happens in real pages; many do not. */
	return ctrl >= 4 && ctrl * 100 > n * 2;
}

/* True for C0 controls that have no place in article text. */
static bool is_junk_control(unsigned cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' &&
		cp != '\f') ||
	       cp == 0x7F;
}

/* True when some byte of the 8 in x is below 0x20 (a control byte or
 * tab/newline), is DEL, or has the high bit set: the fast path cannot
 * copy it. May say true for a clean word (a borrow), never false for a
 * dirty one. */
static inline bool word_needs_care(unsigned long long x)
{
	const unsigned long long ones = 0x0101010101010101ULL;
	const unsigned long long highs = 0x8080808080808080ULL;
	unsigned long long del = x ^ (ones * 0x7F); /* a zero byte: DEL */
	return (((x - ones * 0x20) | x) & highs) ||
	       ((del - ones) & ~del & highs);
}

/*
 * UTF-8 with invalid bytes decoded one by one as Windows-1252, junk
 * controls dropped. Runs of good bytes are copied with one memcpy, and
 * plain ASCII is checked 8 bytes at a time: this is on every page's path.
 * *invalid counts the bytes that were not valid UTF-8.
 */
static size_t decode_utf8_lenient(const unsigned char *in, size_t len,
				  char *out, size_t *invalid)
{
	size_t o = 0, run = 0, i = 0;
	while (i < len) {
		if (i + 8 <= len) {
			unsigned long long x;
			memcpy(&x, in + i, 8);
			if (!word_needs_care(x)) {
				i += 8;
				continue;
			}
		}
		unsigned char c = in[i];
		if (c >= 0x20 && c < 0x7F) {
			i++;
			continue;
		}
		size_t n = c < 0x80 ? 1 : utf8_seq_len(in + i, len - i);
		if (n && !(n == 1 && is_junk_control(c))) {
			i += n;
			continue;
		}
		/* Flush the good run, then handle this byte. */
		memcpy(out + o, in + run, i - run);
		o += i - run;
		if (!n) {
			unsigned cp = cp1252_to_cp(c);
			(*invalid)++;
			o += put_utf8(out + o, cp ? cp : 0xFFFD);
		}
		i++;
		run = i;
	}
	memcpy(out + o, in + run, len - run);
	return o + (len - run);
}

static size_t decode_cp1252(const unsigned char *in, size_t len, char *out)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned cp = cp1252_to_cp(in[i]);
		if (is_junk_control(cp))
			continue;
		o += put_utf8(out + o, cp ? cp : 0xFFFD);
	}
	return o;
}

/* True when every invalid UTF-8 byte is a defined Windows-1252 byte, so
 * that the document is plausibly cp1252 text rather than garbage. */
static bool invalid_bytes_are_cp1252(const unsigned char *in, size_t len)
{
	for (size_t i = 0; i < len;) {
		size_t n = utf8_seq_len(in + i, len - i);
		if (n) {
			i += n;
			continue;
		}
		if (in[i] >= 0x80 && in[i] < 0xA0 && !cp1252_high[in[i] - 0x80])
			return false;
		i++;
	}
	return true;
}

static void lower_copy(char *out, size_t n, const char *s, size_t len)
{
	size_t i = 0;
	for (; i + 1 < n && i < len; i++)
		out[i] = (char)ascii_lower((unsigned char)s[i]);
	out[i] = '\0';
}

bool charset_from_content_type(const char *ct, char *out, size_t n)
{
	if (!ct || n == 0)
		return false;
	for (const char *p = ct; *p; p++) {
		if (ascii_lower((unsigned char)*p) != 'c' ||
		    !ascii_ieq(p, 7, "charset"))
			continue;
		const char *q = p + 7;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != '=')
			continue;
		q++;
		while (*q == ' ' || *q == '\t' || *q == '"' || *q == '\'')
			q++;
		size_t len = 0;
		while (q[len] && q[len] != '"' && q[len] != '\'' &&
		       q[len] != ';' && q[len] != ' ' && q[len] != ',' &&
		       q[len] != '>' && q[len] != '/')
			len++;
		if (!len)
			return false;
		lower_copy(out, n, q, len);
		return true;
	}
	return false;
}

/* Finds <meta charset=...> or <meta http-equiv=Content-Type content=...>
 * in the first 4 KB, the way the HTML prescan does it, roughly. */
static bool sniff_meta_charset(const char *s, size_t len, char *out, size_t n)
{
	size_t lim = len < 4096 ? len : 4096;
	for (size_t i = 0; i + 5 < lim; i++) {
		if (s[i] != '<' || !ascii_ieq(s + i + 1, 4, "meta"))
			continue;
		size_t end = i + 5;
		while (end < lim && s[end] != '>')
			end++;
		char tag[512];
		size_t tl = end - i < sizeof tag - 1 ? end - i : sizeof tag - 1;
		lower_copy(tag, sizeof tag, s + i, tl);
		const char *cs = strstr(tag, "charset");
		if (!cs)
			continue;
		if (charset_from_content_type(cs, out, n))
			return true;
	}
	return false;
}

static bool is_utf8_name(const char *cs)
{
	return !strcmp(cs, "utf-8") || !strcmp(cs, "utf8") ||
	       !strcmp(cs, "unicode-1-1-utf-8");
}

/* Names that browsers decode as Windows-1252 (WHATWG Encoding). */
static bool is_cp1252_name(const char *cs)
{
	static const char *const names[] = {
	    "windows-1252", "cp1252",	      "iso-8859-1",
	    "iso8859-1",    "latin1",	      "l1",
	    "us-ascii",	    "ascii",	      "x-cp1252",
	    "iso_8859-1",   "cp819",	      "ibm819",
	    "iso-ir-100",   "ansi_x3.4-1968", NULL};
	for (size_t i = 0; names[i]; i++)
		if (!strcmp(cs, names[i]))
			return true;
	return false;
}

/* Converts through iconv; invalid input bytes become U+FFFD. Returns the
 * output length, or (size_t)-1 when iconv does not know the charset. */
static size_t decode_iconv(const char *cs, const char *in, size_t len,
			   char *out, size_t cap)
{
	iconv_t cd = iconv_open("UTF-8", cs);
	if (cd == (iconv_t)-1)
		return (size_t)-1;
	char *ip = (char *)in, *op = out;
	size_t il = len, ol = cap;
	while (il > 0) {
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
			break;
		if (errno == E2BIG)
			break; /* cap is generous; stop rather than overflow */
		/* EILSEQ or EINVAL: skip one byte, mark it. */
		if (ol < 3)
			break;
		op += put_utf8(op, 0xFFFD);
		ol -= 3;
		ip++;
		il--;
	}
	iconv(cd, NULL, NULL, &op, &ol);
	iconv_close(cd);
	return (size_t)(op - out);
}

/* Drops C0 controls from an already valid UTF-8 buffer, in place. */
static size_t strip_controls(char *s, size_t len)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++)
		if (!is_junk_control((unsigned char)s[i]))
			s[o++] = s[i];
	return o;
}

int charset_to_utf8(const char *bytes, size_t len, const char *declared,
		    bool is_html, const char *where, struct arena *arena,
		    struct charset_result *out, struct err *e)
{
	const unsigned char *p = (const unsigned char *)bytes;
	char cs[64] = "";
	bool have_cs = false;

	memset(out, 0, sizeof *out);
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		bytes += 3, p += 3, len -= 3;
		snprintf(cs, sizeof cs, "utf-8"), have_cs = true;
	} else if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
		bytes += 2, p += 2, len -= 2;
		snprintf(cs, sizeof cs, "utf-16le"), have_cs = true;
	} else if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		bytes += 2, p += 2, len -= 2;
		snprintf(cs, sizeof cs, "utf-16be"), have_cs = true;
	}
	if (!have_cs && declared && *declared) {
		lower_copy(cs, sizeof cs, declared, strlen(declared));
		have_cs = true;
	}
	if (!have_cs && is_html)
		have_cs = sniff_meta_charset(bytes, len, cs, sizeof cs);
	if (!have_cs && charset_looks_binary(bytes, len)) {
		err_set(e, ERR_BINARY, where, "binary data, not an article");
		return -1;
	}
	/* Every decoder here writes at most 3 bytes per input byte (cp1252
	 * and U+FFFD) or 4 per 2 (UTF-16 surrogate pairs). */
	size_t cap = len * 3 + 4;
	if (cap < len)
		die_oom();
	char *buf = arena_alloc(arena, cap + 1);
	size_t n;

	if (!have_cs || is_utf8_name(cs)) {
		size_t invalid = 0;
		n = decode_utf8_lenient(p, len, buf, &invalid);
		out->charset = "UTF-8";
		out->fallback = invalid > 0;
		/* Without a declaration, a document that is not UTF-8 is read
		 * wholly as cp1252: mixing the two would misread cp1252 byte
		 * pairs that happen to form UTF-8. Bytes cp1252 leaves
		 * undefined mean it is neither. */
		if (invalid && !have_cs) {
			if (!invalid_bytes_are_cp1252(p, len)) {
				err_set(e, ERR_ENCODING, where,
					"invalid UTF-8 and not Windows-1252 "
					"text");
				return -1;
			}
			n = decode_cp1252(p, len, buf);
			out->charset = "windows-1252";
			out->fallback = false;
		}
	} else if (is_cp1252_name(cs)) {
		n = decode_cp1252(p, len, buf);
		out->charset = "windows-1252";
	} else {
		n = decode_iconv(cs, bytes, len, buf, cap);
		if (n == (size_t)-1) {
			size_t invalid = 0;
			n = decode_utf8_lenient(p, len, buf, &invalid);
			out->charset = "UTF-8";
			out->fallback = invalid > 0;
		} else {
			/* iconv output is valid UTF-8 but may hold NULs. */
			n = strip_controls(buf, n);
			out->charset = arena_strdup(arena, cs);
		}
	}
	buf[n] = '\0';
	out->text = buf;
	out->len = n;
	return 0;
}
