/* charset.h - bytes in any declared charset to valid UTF-8 */
#ifndef CLAIMEX_CHARSET_H
#define CLAIMEX_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct err;

struct charset_result {
	char *text;	     /* valid UTF-8, NUL-terminated, in the arena */
	size_t len;	     /* bytes, without the NUL */
	const char *charset; /* what was used: "UTF-8", "windows-1252", ... */
	bool fallback;	     /* some bytes were invalid and decoded as cp1252 */
};

/*
 * Decodes a document to UTF-8. The charset is chosen in this order:
 * a byte-order mark; `declared` (the HTTP Content-Type charset, or NULL);
 * for HTML (`is_html`), a <meta charset> or http-equiv Content-Type in the
 * first 4 KB; else UTF-8. ISO-8859-1 and US-ASCII are read as
 * Windows-1252, as browsers do. When the chosen charset is UTF-8 and a
 * byte sequence is invalid, each invalid byte is decoded as Windows-1252.
 * Other charsets go through iconv; an unknown name falls back to UTF-8.
 *
 * `where` names the input for error messages. Returns 0 and fills *out
 * (the BOM removed, NULs and C0 controls other than tab/newline/CR/FF
 * dropped) or -1 with *e set: ERR_ENCODING when the bytes are neither
 * UTF-8 nor Windows-1252 text (bytes cp1252 leaves undefined, with no
 * charset declared), ERR_BINARY when they look like binary data.
 */
int charset_to_utf8(const char *bytes, size_t len, const char *declared,
		    bool is_html, const char *where, struct arena *arena,
		    struct charset_result *out, struct err *e);

/*
 * Extracts the charset parameter of a Content-Type value
 * ("text/html; charset=ISO-8859-1") into out (size n), lower-cased and
 * unquoted. Returns true when one was found.
 */
bool charset_from_content_type(const char *content_type, char *out, size_t n);

/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
bool charset_valid_utf8(const char *s, size_t len);

/* True when the start of the buffer looks like binary data (NUL bytes or
 * many control characters, outside a UTF-16/32 BOM). */
bool charset_looks_binary(const char *bytes, size_t len);

#endif
