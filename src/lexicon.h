/* lexicon.h - word lists from the patterns folder (.lex files): lookup and longest match */
#ifndef CLAIMEX_LEXICON_H
#define CLAIMEX_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A lexicon is a list of entries, each with an optional value, read from
 * a `.lex` file: one entry a line, `entry<TAB>value`, blank lines and
 * lines starting with `#` ignored, surrounding spaces trimmed. Entries
 * may hold spaces ("australian dollars"); lookups treat any run of
 * white space in the text (including no-break and thin spaces) as one
 * space. Case-insensitive lookups fold ASCII letters only.
 *
 * A lexicon is immutable once loaded and may be shared between threads.
 * rules.h loads every lexicon of a patterns folder; rules_lexicon() finds
 * one by name.
 */
struct lexicon;

/* How a lookup compares letters. */
enum lex_case {
	LEX_EXACT, /* byte for byte (after white-space folding) */
	LEX_ICASE, /* ASCII letters compare without case */
};

/* A problem in a .lex file, reported by lexicon_load. */
struct lexicon_error {
	int line, col; /* 1-based */
	char msg[256];
};

/*
 * Parses the text of a .lex file (len bytes, need not be NUL-terminated)
 * into a new lexicon called `name`. Returns the lexicon, which the caller
 * frees with lexicon_free(). Problems (a duplicate entry, an empty entry
 * before a tab) are appended to errs (at most maxerrs; *nerrs counts all
 * of them); the lexicon is still returned so that a caller can report
 * every problem of every file before giving up.
 */
struct lexicon *lexicon_load(const char *name, const char *text, size_t len,
			     struct lexicon_error *errs, size_t maxerrs,
			     size_t *nerrs);

/* Frees a lexicon. NULL is a no-op. */
void lexicon_free(struct lexicon *lx);

/* The name given to lexicon_load (the file name without ".lex"). */
const char *lexicon_name(const struct lexicon *lx);

/* Number of entries, and entry i (0 <= i < size) in file order; *value
 * (when value is not NULL) gets its value, "" when it has none. The
 * strings belong to the lexicon. */
size_t lexicon_size(const struct lexicon *lx);
const char *lexicon_entry(const struct lexicon *lx, size_t i,
			  const char **value);

/* Length in bytes of the longest entry. */
size_t lexicon_max_len(const struct lexicon *lx);

/*
 * Looks up s[0..n) as a whole. Returns true when it is an entry; *value
 * (when not NULL) gets the entry's value ("" when it has none). With
 * LEX_ICASE an exact match is preferred over a case-folded one.
 */
bool lexicon_find(const struct lexicon *lx, const char *s, size_t n,
		  enum lex_case cs, const char **value);

/*
 * Finds the longest entry that starts at text[pos] and ends at a word
 * boundary (the end of the text, or a byte that is not an ASCII letter or
 * digit, unless the entry itself ends in one). Returns the number of text
 * bytes it covers (which may differ from the entry's length when the text
 * has runs of spaces), or 0 when no entry starts there; *value as above.
 */
size_t lexicon_longest_at(const struct lexicon *lx, const char *text,
			  size_t len, size_t pos, enum lex_case cs,
			  const char **value);

/*
 * Length in bytes of the white-space character at s[0..n) (ASCII white
 * space, U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000), or 0. Shared
 * with the segmenter and the figure finder so that all of them agree on
 * what a space is.
 */
size_t lexicon_space_len(const char *s, size_t n);

#endif
