/* rules.c - the rule sets of a patterns folder: load, compile, match */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "rules.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pcre2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

/* Generous for any sane rule on a sentence, small enough that a
 * catastrophic pattern gives up in milliseconds. */
#define DEFAULT_MATCH_LIMIT 1000000u
#define DEFAULT_DEPTH_LIMIT 10000u
#define JIT_STACK_MAX (1024 * 1024)
#define MAX_NESTING 32 /* defines inside defines */

/* The groups of one name: entries [first, first + n) of the name table
 * (several with PCRE2_DUPNAMES). */
struct group_name {
	const char *name; /* points into the name table */
	uint32_t first, n;
};

struct rule {
	struct rule_attrs a;
	pcre2_code *code;
	const pcre2_code *cond; /* the `if=` define, compiled on its own */
	size_t index;
	struct group_name *names; /* distinct names, in table order */
	size_t nnames;
	PCRE2_SPTR table;
	uint32_t entry_size;
};

struct rules {
	struct rule *items;
	size_t n;
	struct lexicon **lex;
	size_t nlex;
	const struct lexicon *cues[RULES_MAX_CUES]; /* [0] is the digit */
	size_t ncues;
	pcre2_code **defs; /* compiled defines, kept for `if=` */
	size_t ndefs;
};

struct matcher {
	const struct rules *rules;
	pcre2_match_data **md; /* one per rule */
	pcre2_match_data *cond_md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	const char *why;
};

/* ---- loading: the files ------------------------------------------- */

struct srcfile {
	char *path;
	char *data;
	size_t len;
	size_t *line_off; /* byte offset of each line; [0] is line 1 */
	size_t nlines;
};

/* One line (or the rest of one) of a rule's or define's pattern. */
struct piece {
	int line;
	size_t off; /* byte offset of text within its line */
	const char *text;
	size_t len;
};

struct attr_tok {
	char *key, *val;
	int line, col;
};

enum item_state { ST_NEW, ST_BUSY, ST_DONE, ST_FAILED };

/* A `rule` or a `define` as parsed, before compiling. */
struct item {
	bool is_rule;
	char *name;
	size_t file;
	int line, name_col;
	struct attr_tok *attrs; /* the file's defaults first, then its own */
	size_t nattrs;
	struct piece *pieces;
	size_t npieces;
	enum item_state state;
	pcre2_code *code; /* defines: compiled on their own */
};

struct srcpos {
	int line;
	size_t off;
};

/* A pattern being expanded, with the source position of each byte. */
struct exbuf {
	char *s;
	struct srcpos *map;
	size_t n, cap;
};

struct loader {
	const char *dir;
	struct rules *r; /* for the cue table */
	struct srcfile *files;
	size_t nfiles;
	struct item *items;
	size_t nitems;
	struct lexicon **lex;
	size_t nlex;
	struct rules_diags *diags;
};

static void diag_add(struct loader *L, size_t file, int line, size_t off,
		     const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Appends a diagnostic. file == SIZE_MAX means the folder itself. */
static void diag_add(struct loader *L, size_t file, int line, size_t off,
		     const char *fmt, ...)
{
	struct rules_diags *d = L->diags;
	d->items = xrealloc(d->items, (d->n + 1) * sizeof *d->items);
	struct rules_diag *g = &d->items[d->n++];
	memset(g, 0, sizeof *g);
	snprintf(g->file, sizeof g->file, "%s",
		 file == SIZE_MAX ? L->dir : L->files[file].path);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(g->msg, sizeof g->msg, fmt, ap);
	va_end(ap);
	if (file == SIZE_MAX || line <= 0)
		return;
	const struct srcfile *f = &L->files[file];
	if ((size_t)line > f->nlines)
		return;
	const char *s = f->data + f->line_off[line - 1];
	const char *end = memchr(s, '\n', (size_t)(f->data + f->len - s));
	size_t ll = end ? (size_t)(end - s) : (size_t)(f->data + f->len - s);
	if (ll && s[ll - 1] == '\r')
		ll--;
	/* The column counts characters, so that the caret lines up. */
	int col = 1;
	for (size_t i = 0; i < off && i < ll; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			col++;
	g->line = line;
	g->col = col;
	if (ll >= sizeof g->text)
		ll = sizeof g->text - 1;
	memcpy(g->text, s, ll);
	g->text[ll] = '\0';
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n > m && !strcmp(s + n - m, suf);
}

static char *path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = xmalloc(n);
	bool slash = *dir && dir[strlen(dir) - 1] == '/';
	snprintf(p, n, "%s%s%s", dir, slash ? "" : "/", name);
	return p;
}

/* Reads a whole file into f. Returns 0 or -1 with a diagnostic. */
static int read_file(struct loader *L, size_t fi)
{
	struct srcfile *f = &L->files[fi];
	FILE *fp = fopen(f->path, "rb");
	if (!fp) {
		diag_add(L, fi, 0, 0, "cannot open: %s", strerror(errno));
		return -1;
	}
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap)
			buf = xrealloc(buf, cap *= 2);
		size_t got = fread(buf + n, 1, cap - n, fp);
		n += got;
		if (got == 0)
			break;
	}
	int bad = ferror(fp);
	fclose(fp);
	if (bad) {
		free(buf);
		diag_add(L, fi, 0, 0, "cannot read: %s", strerror(EIO));
		return -1;
	}
	f->data = buf;
	f->len = n;
	size_t lines = 1;
	for (size_t i = 0; i < n; i++)
		lines += buf[i] == '\n';
	f->line_off = xmalloc(lines * sizeof *f->line_off);
	f->nlines = 0;
	f->line_off[f->nlines++] = 0;
	for (size_t i = 0; i < n; i++)
		if (buf[i] == '\n' && i + 1 < n)
			f->line_off[f->nlines++] = i + 1;
	return 0;
}

static void load_lexicon(struct loader *L, size_t fi)
{
	struct srcfile *f = &L->files[fi];
	const char *base = strrchr(f->path, '/');
	base = base ? base + 1 : f->path;
	char *name = xstrndup(base, strlen(base) - 4);
	struct lexicon_error errs[64];
	size_t nerrs = 0;
	struct lexicon *lx =
	    lexicon_load(name, f->data, f->len, errs, 64, &nerrs);
	free(name);
	/* lexicon_error columns are 1-based bytes. */
	for (size_t i = 0; i < nerrs && i < 64; i++)
		diag_add(L, fi, errs[i].line, (size_t)errs[i].col - 1, "%s",
			 errs[i].msg);
	L->lex = xrealloc(L->lex, (L->nlex + 1) * sizeof *L->lex);
	L->lex[L->nlex++] = lx;
}

/* ---- loading: parsing rule files ------------------------------------ */

static bool is_name_char(char c)
{
	return is_ascii_alpha((unsigned char)c) ||
	       is_ascii_digit((unsigned char)c) || c == '_' || c == '-' ||
	       c == '.';
}

static struct item *item_new(struct loader *L, bool is_rule, size_t file,
			     int line)
{
	L->items = xrealloc(L->items, (L->nitems + 1) * sizeof *L->items);
	struct item *it = &L->items[L->nitems++];
	memset(it, 0, sizeof *it);
	it->is_rule = is_rule;
	it->file = file;
	it->line = line;
	return it;
}

static void item_add_piece(struct item *it, int line, size_t off,
			   const char *text, size_t len)
{
	it->pieces =
	    xrealloc(it->pieces, (it->npieces + 1) * sizeof *it->pieces);
	it->pieces[it->npieces++] = (struct piece){line, off, text, len};
}

static void attrs_push(struct attr_tok **v, size_t *n, const char *k, size_t kl,
		       const char *val, size_t vl, int line, int col)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] =
	    (struct attr_tok){xstrndup(k, kl), xstrndup(val, vl), line, col};
}

/*
 * Parses `key=value` tokens from s[i..len) of a header line into v.
 * A token starting with '#' ends the line. Returns -1 after reporting a
 * malformed token.
 */
static int parse_attrs(struct loader *L, size_t fi, int line, const char *s,
		       size_t i, size_t len, struct attr_tok **v, size_t *n)
{
	int rc = 0;
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= len || s[i] == '#')
			break;
		size_t t = i;
		while (i < len && s[i] != ' ' && s[i] != '\t')
			i++;
		const char *eq = memchr(s + t, '=', i - t);
		if (!eq || eq == s + t || eq + 1 == s + i) {
			diag_add(L, fi, line, t,
				 "expected attribute=value, found '%.*s'",
				 (int)(i - t), s + t);
			rc = -1;
			continue;
		}
		attrs_push(v, n, s + t, (size_t)(eq - (s + t)), eq + 1,
			   (size_t)(s + i - eq - 1), line, (int)t);
	}
	return rc;
}

/* Reads a name at s[*i..len); returns its length (0 when none). */
static size_t scan_name(const char *s, size_t *i, size_t len)
{
	while (*i < len && (s[*i] == ' ' || s[*i] == '\t'))
		(*i)++;
	size_t t = *i;
	while (*i < len && is_name_char(s[*i]))
		(*i)++;
	return *i - t;
}

static bool word_at(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	return len >= n && !memcmp(s, w, n) &&
	       (len == n || s[n] == ' ' || s[n] == '\t');
}

static void parse_rules_file(struct loader *L, size_t fi)
{
	struct srcfile *f = &L->files[fi];
	struct attr_tok *defaults = NULL;
	size_t ndefaults = 0;
	struct item *cur = NULL; /* the item continuation lines belong to */
	for (size_t ln = 0; ln < f->nlines; ln++) {
		int line = (int)ln + 1;
		const char *s = f->data + f->line_off[ln];
		const char *nl =
		    memchr(s, '\n', (size_t)(f->data + f->len - s));
		size_t len =
		    nl ? (size_t)(nl - s) : (size_t)(f->data + f->len - s);
		if (len && s[len - 1] == '\r')
			len--;
		size_t lead = 0;
		while (lead < len && (s[lead] == ' ' || s[lead] == '\t'))
			lead++;
		if (lead == len || s[lead] == '#')
			continue; /* blank or comment, also inside patterns */
		if (lead > 0) {
			if (!cur) {
				diag_add(L, fi, line, lead,
					 "pattern line outside a rule or "
					 "define");
				continue;
			}
			size_t end = len;
			while (end > lead &&
			       (s[end - 1] == ' ' || s[end - 1] == '\t'))
				end--;
			item_add_piece(cur, line, lead, s + lead, end - lead);
			continue;
		}
		cur = NULL;
		size_t i;
		if (word_at(s, len, "rule")) {
			i = 4;
			size_t t = i;
			while (t < len && (s[t] == ' ' || s[t] == '\t'))
				t++;
			size_t nl2 = scan_name(s, &i, len);
			if (!nl2 || (i < len && s[i] != ' ' && s[i] != '\t')) {
				diag_add(L, fi, line, t,
					 "expected a rule name (letters, "
					 "digits, _ - .)");
				continue;
			}
			struct item *it = item_new(L, true, fi, line);
			it->name = xstrndup(s + i - nl2, nl2);
			it->name_col = (int)(i - nl2);
			for (size_t k = 0; k < ndefaults; k++)
				attrs_push(
				    &it->attrs, &it->nattrs, defaults[k].key,
				    strlen(defaults[k].key), defaults[k].val,
				    strlen(defaults[k].val), defaults[k].line,
				    defaults[k].col);
			parse_attrs(L, fi, line, s, i, len, &it->attrs,
				    &it->nattrs);
			cur = it;
		} else if (word_at(s, len, "define")) {
			i = 6;
			size_t t = i;
			while (t < len && (s[t] == ' ' || s[t] == '\t'))
				t++;
			size_t nl2 = scan_name(s, &i, len);
			size_t j = i;
			while (j < len && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if (!nl2 || j >= len || s[j] != '=') {
				diag_add(L, fi, line, nl2 ? j : t,
					 "expected 'define NAME = PATTERN'");
				continue;
			}
			struct item *it = item_new(L, false, fi, line);
			it->name = xstrndup(s + i - nl2, nl2);
			it->name_col = (int)(i - nl2);
			j++;
			while (j < len && (s[j] == ' ' || s[j] == '\t'))
				j++;
			size_t end = len;
			while (end > j &&
			       (s[end - 1] == ' ' || s[end - 1] == '\t'))
				end--;
			if (end > j)
				item_add_piece(it, line, j, s + j, end - j);
			cur = it;
		} else if (word_at(s, len, "default")) {
			parse_attrs(L, fi, line, s, 7, len, &defaults,
				    &ndefaults);
		} else {
			diag_add(L, fi, line, 0,
				 "expected 'rule', 'define' or 'default' "
				 "(pattern lines are indented)");
		}
	}
	for (size_t k = 0; k < ndefaults; k++) {
		free(defaults[k].key);
		free(defaults[k].val);
	}
	free(defaults);
}

/* ---- loading: attributes ------------------------------------------- */

static const char *const known_kinds[] = {RULES_KINDS, NULL};

static int parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	if (!is_ascii_digit((unsigned char)*s))
		return -1;
	errno = 0;
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	if (errno || *end || v > max)
		return -1;
	*out = v;
	return 0;
}

static bool is_decimal(const char *s)
{
	if (*s == '-')
		s++;
	if (!is_ascii_digit((unsigned char)*s))
		return false;
	while (is_ascii_digit((unsigned char)*s))
		s++;
	if (*s == '.') {
		s++;
		if (!is_ascii_digit((unsigned char)*s))
			return false;
		while (is_ascii_digit((unsigned char)*s))
			s++;
	}
	return *s == '\0';
}

static struct item *find_item(struct loader *L, const char *name, bool is_rule)
{
	for (size_t i = 0; i < L->nitems; i++)
		if (L->items[i].is_rule == is_rule &&
		    !strcmp(L->items[i].name, name))
			return &L->items[i];
	return NULL;
}

static const struct lexicon *find_lex(struct lexicon *const *lex, size_t n,
				      const char *name, size_t len)
{
	for (size_t i = 0; i < n; i++) {
		const char *ln = lexicon_name(lex[i]);
		if (strlen(ln) == len && !memcmp(ln, name, len))
			return lex[i];
	}
	return NULL;
}

/* reach=N or reach=BEFORE,AFTER; reach=0 means whole sentences. */
static int parse_reach(const char *v, struct rule_attrs *a)
{
	unsigned long b, f;
	const char *comma = strchr(v, ',');
	char first[32];
	size_t n = comma ? (size_t)(comma - v) : strlen(v);
	if (n == 0 || n >= sizeof first)
		return -1;
	memcpy(first, v, n);
	first[n] = '\0';
	if (parse_uint(first, 4096, &b))
		return -1;
	f = b;
	if (comma && parse_uint(comma + 1, 4096, &f))
		return -1;
	a->reach_set = b || f;
	a->reach_before = a->reach_set ? (unsigned)b : 64;
	a->reach_after = a->reach_set ? (unsigned)f : 64;
	return 0;
}

/* The cue bit of a lexicon, assigned on first use; -1 when all are
 * taken. */
static int cue_bit(struct rules *r, const struct lexicon *lx)
{
	for (size_t i = 1; i < r->ncues; i++)
		if (r->cues[i] == lx)
			return (int)i;
	if (r->ncues >= RULES_MAX_CUES)
		return -1;
	r->cues[r->ncues] = lx;
	return (int)r->ncues++;
}

/*
 * needs=digit|numbers+currency_names: '+' separates conditions that must
 * all hold, '|' alternatives of one condition; "any" makes a condition
 * always true. Returns -1 after reporting a problem.
 */
static int parse_needs(struct loader *L, const struct item *it,
		       const struct attr_tok *t, struct rule_attrs *a)
{
	a->nneeds = 0;
	const char *c = t->val;
	while (*c) {
		size_t tl = strcspn(c, "+");
		uint64_t mask = 0;
		bool any = false;
		for (const char *alt = c; alt < c + tl;) {
			size_t al = strcspn(alt, "|+");
			if (al == 5 && !memcmp(alt, "digit", 5)) {
				mask |= RULES_CUE_DIGIT;
			} else if (al == 3 && !memcmp(alt, "any", 3)) {
				any = true;
			} else {
				const struct lexicon *lx =
				    find_lex(L->lex, L->nlex, alt, al);
				int bit = lx ? cue_bit(L->r, lx) : -2;
				if (bit < 0) {
					diag_add(
					    L, it->file, t->line,
					    (size_t)t->col,
					    bit == -2
						? "needs=: no lexicon named "
						  "'%.*s' (and it is not "
						  "'digit' or 'any')"
						: "needs=: more than 63 "
						  "lexicons used as cues "
						  "('%.*s')",
					    (int)al, alt);
					return -1;
				}
				mask |= (uint64_t)1 << bit;
			}
			alt += al + (alt[al] == '|');
			if (!al)
				break;
		}
		if (!tl || (!mask && !any)) {
			diag_add(L, it->file, t->line, (size_t)t->col,
				 "needs=: an empty condition in '%s'", t->val);
			return -1;
		}
		if (!any) {
			if (a->nneeds == RULES_MAX_NEEDS) {
				diag_add(L, it->file, t->line, (size_t)t->col,
					 "needs=: more than %d conditions",
					 RULES_MAX_NEEDS);
				return -1;
			}
			a->needs[a->nneeds++] = mask;
		}
		c += tl + (c[tl] == '+');
	}
	return 0;
}

/*
 * Applies the attribute tokens of a rule to *a (later tokens win, so a
 * rule's own attributes override the file's defaults). Returns -1 after
 * reporting every bad one.
 */
static int apply_attrs(struct loader *L, const struct item *it,
		       struct rule_attrs *a)
{
	int rc = 0;
	for (size_t k = 0; k < it->nattrs; k++) {
		const struct attr_tok *t = &it->attrs[k];
		const char *v = t->val;
		unsigned long u;
		bool ok = true;
		if (!strcmp(t->key, "kind")) {
			ok = false;
			for (size_t j = 0; known_kinds[j]; j++)
				if (!strcmp(v, known_kinds[j])) {
					a->kind = known_kinds[j];
					ok = true;
				}
		} else if (!strcmp(t->key, "priority")) {
			ok = parse_uint(v, 1000, &u) == 0;
			if (ok)
				a->priority = (int)u;
		} else if (!strcmp(t->key, "flags")) {
			a->caseless = false;
			for (const char *c = v; *c && ok; c++)
				if (*c == 'i')
					a->caseless = true;
				else
					ok = false;
		} else if (!strcmp(t->key, "needs")) {
			ok = parse_needs(L, it, t, a) == 0;
			if (!ok)
				continue; /* reported there */
		} else if (!strcmp(t->key, "reach")) {
			ok = parse_reach(v, a) == 0;
		} else if (!strcmp(t->key, "unit")) {
			a->unit = v;
		} else if (!strcmp(t->key, "value")) {
			ok = is_decimal(v);
			if (ok)
				a->value = v;
		} else if (!strcmp(t->key, "scope")) {
			ok = !strcmp(v, "sentence") || !strcmp(v, "paragraph");
			a->para_scope = ok && !strcmp(v, "paragraph");
		} else if (!strcmp(t->key, "per")) {
			a->per = v;
		} else if (!strcmp(t->key, "at")) {
			if (!strcmp(v, "before"))
				a->at = RULES_BEFORE;
			else if (!strcmp(v, "after"))
				a->at = RULES_AFTER;
			else
				ok = false;
		} else if (!strcmp(t->key, "if")) {
			if (!find_item(L, v, false)) {
				diag_add(L, it->file, t->line, (size_t)t->col,
					 "if=%s: no define of that name", v);
				rc = -1;
				continue;
			}
			a->cond = v;
		} else if (!strcmp(t->key, "match-limit")) {
			ok = parse_uint(v, UINT32_MAX, &u) == 0 && u > 0;
			if (ok)
				a->match_limit = (uint32_t)u;
		} else if (!strcmp(t->key, "depth-limit")) {
			ok = parse_uint(v, UINT32_MAX, &u) == 0 && u > 0;
			if (ok)
				a->depth_limit = (uint32_t)u;
		} else {
			diag_add(L, it->file, t->line, (size_t)t->col,
				 "unknown attribute '%s'", t->key);
			rc = -1;
			continue;
		}
		if (!ok) {
			diag_add(L, it->file, t->line, (size_t)t->col,
				 "bad value '%s' for attribute '%s'", v,
				 t->key);
			rc = -1;
		}
	}
	if (!a->kind) {
		diag_add(L, it->file, it->line, (size_t)it->name_col,
			 "rule '%s' has no kind= (and no default kind)",
			 it->name);
		rc = -1;
	}
	return rc;
}

/* ---- loading: expanding {{references}} -------------------------------- */

static void ex_put(struct exbuf *b, const char *s, size_t n, struct srcpos p,
		   bool advance)
{
	if (b->n + n + 1 > b->cap) {
		while (b->n + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->s = xrealloc(b->s, b->cap);
		b->map = xrealloc(b->map, b->cap * sizeof *b->map);
	}
	for (size_t i = 0; i < n; i++) {
		b->s[b->n] = s[i];
		b->map[b->n] = p;
		if (advance)
			p.off++;
		b->n++;
	}
	b->s[b->n] = '\0';
}

static void ex_puts(struct exbuf *b, const char *s, struct srcpos p)
{
	ex_put(b, s, strlen(s), p, false);
}

/*
 * A lexicon becomes a trie-shaped alternation: entries that share a
 * prefix share its test ("dollar(?:s|)", not "dollars|dollar"), so that
 * a 300-entry list costs a few comparisons per position instead of 300.
 * Within a node, longer continuations come first and "end here" last, so
 * the longest entry is preferred. An atom is one character, escaped when
 * it is ASCII punctuation; a space in an entry matches any white space.
 */
struct trie {
	char atom[8]; /* the atom as it is written in the pattern */
	struct trie **kids;
	size_t nkids;
	bool end; /* an entry ends here */
};

static size_t next_atom(const char *s, char *out, bool fold)
{
	unsigned char u = (unsigned char)*s;
	if (u == ' ') {
		memcpy(out, "\\s+", 4);
		return 1;
	}
	if (u < 0x80) {
		if (!is_ascii_alpha(u) && !is_ascii_digit(u)) {
			out[0] = '\\';
			out[1] = (char)u;
			out[2] = '\0';
		} else {
			out[0] = (char)(fold ? ascii_lower(u) : u);
			out[1] = '\0';
		}
		return 1;
	}
	size_t n = 1;
	while (s[n] && ((unsigned char)s[n] & 0xC0) == 0x80 && n < 4)
		n++;
	memcpy(out, s, n);
	out[n] = '\0';
	return n;
}

static void trie_add(struct trie *t, const char *s, bool fold)
{
	while (*s) {
		char atom[8];
		s += next_atom(s, atom, fold);
		struct trie *k = NULL;
		for (size_t i = 0; i < t->nkids && !k; i++)
			if (!strcmp(t->kids[i]->atom, atom))
				k = t->kids[i];
		if (!k) {
			k = xcalloc(1, sizeof *k);
			memcpy(k->atom, atom, sizeof k->atom);
			t->kids =
			    xrealloc(t->kids, (t->nkids + 1) * sizeof *t->kids);
			t->kids[t->nkids++] = k;
		}
		t = k;
	}
	t->end = true;
}

static void trie_emit(struct exbuf *b, const struct trie *t, struct srcpos p)
{
	ex_puts(b, t->atom, p);
	if (t->nkids == 0)
		return;
	if (t->nkids == 1 && !t->end) {
		trie_emit(b, t->kids[0], p);
		return;
	}
	ex_puts(b, "(?:", p);
	for (size_t i = 0; i < t->nkids; i++) {
		if (i)
			ex_puts(b, "|", p);
		trie_emit(b, t->kids[i], p);
	}
	ex_puts(b, t->end ? "|)" : ")", p);
}

static void trie_free(struct trie *t)
{
	for (size_t i = 0; i < t->nkids; i++)
		trie_free(t->kids[i]);
	free(t->kids);
	free(t);
}

static void expand_lexicon(struct exbuf *b, const struct lexicon *lx,
			   bool caseless, struct srcpos p)
{
	struct trie *root = xcalloc(1, sizeof *root);
	for (size_t i = 0; i < lexicon_size(lx); i++)
		trie_add(root, lexicon_entry(lx, i, NULL), caseless);
	ex_puts(b, caseless ? "(?i:" : "(?:", p);
	if (root->nkids == 0)
		ex_puts(b, "(*FAIL)", p);
	for (size_t i = 0; i < root->nkids; i++) {
		if (i)
			ex_puts(b, "|", p);
		trie_emit(b, root->kids[i], p);
	}
	ex_puts(b, ")", p);
	trie_free(root);
}

static int expand_item(struct loader *L, struct item *it, struct exbuf *b,
		       const struct srcpos *forced, bool report, int depth);

/*
 * Expands one {{NAME}} or {{NAME:i}} reference found at text[i] of a
 * piece. Returns the number of bytes consumed, or 0 after an error.
 */
static size_t expand_ref(struct loader *L, struct item *it,
			 const struct piece *pc, size_t i, struct exbuf *b,
			 const struct srcpos *forced, bool report, int depth,
			 int *rc)
{
	struct srcpos here = {pc->line, pc->off + i};
	struct srcpos p = forced ? *forced : here;
	const char *s = pc->text + i + 2;
	const char *close = NULL;
	for (size_t k = i + 2; k + 1 < pc->len; k++)
		if (pc->text[k] == '}' && pc->text[k + 1] == '}') {
			close = pc->text + k;
			break;
		}
	if (!close) {
		if (report)
			diag_add(L, it->file, here.line, here.off,
				 "unterminated '{{' (expected NAME}})");
		*rc = -1;
		return 0;
	}
	size_t nl = (size_t)(close - s);
	bool caseless = nl > 2 && !memcmp(close - 2, ":i", 2);
	if (caseless)
		nl -= 2;
	size_t k = 0;
	while (k < nl && is_name_char(s[k]))
		k++;
	size_t used = (size_t)(close + 2 - (pc->text + i));
	if (!nl || k != nl) {
		if (report)
			diag_add(L, it->file, here.line, here.off,
				 "bad reference '{{%.*s}}'", (int)nl, s);
		*rc = -1;
		return used;
	}
	char *name = xstrndup(s, nl);
	struct item *def = find_item(L, name, false);
	const struct lexicon *lx = find_lex(L->lex, L->nlex, s, nl);
	if (def) {
		if (def->state == ST_FAILED) {
			*rc = -1; /* reported where the define is written */
		} else if (def->state == ST_BUSY) {
			if (report)
				diag_add(L, it->file, here.line, here.off,
					 "define '%s' refers to itself", name);
			*rc = -1;
		} else if (depth >= MAX_NESTING) {
			if (report)
				diag_add(L, it->file, here.line, here.off,
					 "defines nested too deeply");
			*rc = -1;
		} else {
			ex_puts(b, caseless ? "(?i:" : "(?:", p);
			if (expand_item(L, def, b, &p, false, depth + 1))
				*rc = -1;
			/* A newline first: the define may end in a comment. */
			ex_puts(b, "\n)", p);
		}
	} else if (lx) {
		expand_lexicon(b, lx, caseless, p);
	} else {
		if (report)
			diag_add(L, it->file, here.line, here.off,
				 "no define or lexicon named '%s' (lexicons "
				 "are NAME.lex files in the folder)",
				 name);
		*rc = -1;
	}
	free(name);
	return used;
}

/*
 * Appends the expanded pattern of an item to b. With `forced`, every
 * byte is attributed to that position (the reference in the rule being
 * compiled). Errors are reported only when `report` is set: a define's
 * own errors are reported once, where it is written.
 */
static int expand_item(struct loader *L, struct item *it, struct exbuf *b,
		       const struct srcpos *forced, bool report, int depth)
{
	int rc = 0;
	enum item_state saved = it->state;
	it->state = ST_BUSY;
	for (size_t k = 0; k < it->npieces; k++) {
		const struct piece *pc = &it->pieces[k];
		if (k) {
			struct srcpos nlpos = {pc[-1].line,
					       pc[-1].off + pc[-1].len};
			ex_put(b, "\n", 1, forced ? *forced : nlpos, false);
		}
		size_t i = 0;
		while (i < pc->len) {
			if (pc->text[i] == '\\' && i + 1 < pc->len) {
				struct srcpos p = {pc->line, pc->off + i};
				ex_put(b, pc->text + i, 2, forced ? *forced : p,
				       !forced);
				i += 2;
				continue;
			}
			if (pc->text[i] == '{' && i + 1 < pc->len &&
			    pc->text[i + 1] == '{') {
				size_t used =
				    expand_ref(L, it, pc, i, b, forced, report,
					       depth, &rc);
				if (!used)
					break;
				i += used;
				continue;
			}
			struct srcpos p = {pc->line, pc->off + i};
			ex_put(b, pc->text + i, 1, forced ? *forced : p, false);
			i++;
		}
	}
	it->state = saved == ST_BUSY ? ST_NEW : saved;
	return rc;
}

/* ---- loading: compiling ---------------------------------------------- */

static pcre2_code *compile(struct loader *L, const struct item *it,
			   const struct exbuf *b, bool caseless)
{
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED |
			PCRE2_DUPNAMES | (caseless ? PCRE2_CASELESS : 0);
	int code;
	PCRE2_SIZE off;
	pcre2_code *re =
	    pcre2_compile((PCRE2_SPTR)b->s, b->n, opts, &code, &off, NULL);
	if (re) {
		/* JIT is an optimisation: the interpreter is used without it.
		 */
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		return re;
	}
	PCRE2_UCHAR msg[256];
	pcre2_get_error_message(code, msg, sizeof msg);
	struct srcpos p = {it->line, (size_t)it->name_col};
	if (b->n && off < b->n)
		p = b->map[off];
	else if (b->n) {
		p = b->map[b->n - 1];
		p.off++;
	}
	diag_add(L, it->file, p.line, p.off, "%s", (const char *)msg);
	return NULL;
}

static void check_duplicates(struct loader *L)
{
	for (size_t i = 0; i < L->nitems; i++) {
		struct item *it = &L->items[i];
		for (size_t j = 0; j < i; j++) {
			struct item *o = &L->items[j];
			if (o->is_rule != it->is_rule ||
			    strcmp(o->name, it->name))
				continue;
			diag_add(L, it->file, it->line, (size_t)it->name_col,
				 "duplicate %s name '%s' (first at %s:%d)",
				 it->is_rule ? "rule" : "define", it->name,
				 L->files[o->file].path, o->line);
			it->state = ST_FAILED;
			break;
		}
		if (!it->is_rule &&
		    find_lex(L->lex, L->nlex, it->name, strlen(it->name))) {
			diag_add(L, it->file, it->line, (size_t)it->name_col,
				 "define '%s' has the name of lexicon %s.lex",
				 it->name, it->name);
			it->state = ST_FAILED;
		}
		if (!it->npieces) {
			diag_add(L, it->file, it->line, (size_t)it->name_col,
				 "%s '%s' has no pattern (pattern lines are "
				 "indented under it)",
				 it->is_rule ? "rule" : "define", it->name);
			it->state = ST_FAILED;
		}
	}
}

/* Compiles defines on their own: their errors are reported where they are
 * written, and `if=` uses the compiled code. */
static void compile_defines(struct loader *L)
{
	for (size_t i = 0; i < L->nitems; i++) {
		struct item *it = &L->items[i];
		if (it->is_rule || it->state == ST_FAILED)
			continue;
		struct exbuf b = {0};
		if (expand_item(L, it, &b, NULL, true, 0) == 0)
			it->code = compile(L, it, &b, false);
		if (!it->code)
			it->state = ST_FAILED;
		free(b.s);
		free(b.map);
	}
}

/* Reads the rule's name table once, so that group lookups in the match
 * loop need not search it. */
static void index_names(struct rule *ru)
{
	uint32_t count = 0, size = 0;
	PCRE2_SPTR table = NULL;
	pcre2_pattern_info(ru->code, PCRE2_INFO_NAMECOUNT, &count);
	pcre2_pattern_info(ru->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
	pcre2_pattern_info(ru->code, PCRE2_INFO_NAMETABLE, &table);
	ru->table = table;
	ru->entry_size = size;
	ru->names = xcalloc(count ? count : 1, sizeof *ru->names);
	ru->nnames = 0;
	for (uint32_t i = 0; i < count; i++) {
		const char *name = (const char *)(table + i * size + 2);
		struct group_name *last =
		    ru->nnames ? &ru->names[ru->nnames - 1] : NULL;
		if (last && !strcmp(last->name, name)) {
			last->n++;
			continue;
		}
		ru->names[ru->nnames++] = (struct group_name){name, i, 1};
	}
}

static void compile_rules(struct loader *L, struct rules *r)
{
	size_t nrules = 0;
	for (size_t i = 0; i < L->nitems; i++)
		nrules += L->items[i].is_rule;
	r->items = xcalloc(nrules ? nrules : 1, sizeof *r->items);
	for (size_t i = 0; i < L->nitems; i++) {
		struct item *it = &L->items[i];
		if (!it->is_rule)
			continue;
		struct rule *ru = &r->items[r->n];
		struct rule_attrs a = {0};
		a.priority = 50;
		a.reach_before = a.reach_after = 64;
		a.match_limit = DEFAULT_MATCH_LIMIT;
		a.depth_limit = DEFAULT_DEPTH_LIMIT;
		int bad = apply_attrs(L, it, &a);
		if (it->state == ST_FAILED || bad)
			continue;
		struct exbuf b = {0};
		pcre2_code *code = NULL;
		if (expand_item(L, it, &b, NULL, true, 0) == 0)
			code = compile(L, it, &b, a.caseless);
		free(b.s);
		free(b.map);
		if (!code)
			continue;
		/* The strings of the attributes must outlive the loader. */
		a.name = xstrdup(it->name);
		a.file = xstrdup(L->files[it->file].path);
		a.line = it->line;
		a.unit = a.unit ? xstrdup(a.unit) : NULL;
		a.value = a.value ? xstrdup(a.value) : NULL;
		a.per = a.per ? xstrdup(a.per) : NULL;
		if (a.cond) {
			struct item *def = find_item(L, a.cond, false);
			ru->cond = def ? def->code : NULL;
			a.cond = xstrdup(a.cond);
		}
		ru->a = a;
		ru->code = code;
		ru->index = r->n++;
		index_names(ru);
	}
}

static void loader_release(struct loader *L)
{
	for (size_t i = 0; i < L->nfiles; i++) {
		free(L->files[i].path);
		free(L->files[i].data);
		free(L->files[i].line_off);
	}
	free(L->files);
	for (size_t i = 0; i < L->nitems; i++) {
		struct item *it = &L->items[i];
		free(it->name);
		for (size_t k = 0; k < it->nattrs; k++) {
			free(it->attrs[k].key);
			free(it->attrs[k].val);
		}
		free(it->attrs);
		free(it->pieces);
		/* Define codes move to the rule set (or are freed there). */
	}
	free(L->items);
}

/* File, then line, then column; equal ones keep the order they were
 * found in (the sort is on a copy with the original index). */
struct diag_ix {
	struct rules_diag d;
	size_t ix;
};

static int diag_cmp(const void *x, const void *y)
{
	const struct diag_ix *a = x, *b = y;
	int c = strcmp(a->d.file, b->d.file);
	if (c)
		return c;
	if (a->d.line != b->d.line)
		return a->d.line < b->d.line ? -1 : 1;
	if (a->d.col != b->d.col)
		return a->d.col < b->d.col ? -1 : 1;
	return a->ix < b->ix ? -1 : a->ix > b->ix;
}

static void sort_diags(struct rules_diags *d)
{
	if (d->n < 2)
		return;
	struct diag_ix *v = xmalloc(d->n * sizeof *v);
	for (size_t i = 0; i < d->n; i++)
		v[i] = (struct diag_ix){d->items[i], i};
	qsort(v, d->n, sizeof *v, diag_cmp);
	for (size_t i = 0; i < d->n; i++)
		d->items[i] = v[i].d;
	free(v);
}

struct rules *rules_load(const char *dir, struct rules_diags *diags)
{
	diags->items = NULL;
	diags->n = 0;
	struct loader L = {0};
	L.dir = dir;
	L.diags = diags;
	DIR *d = opendir(dir);
	if (!d) {
		diag_add(&L, SIZE_MAX, 0, 0,
			 "cannot open the patterns folder: %s",
			 strerror(errno));
		return NULL;
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' ||
		    !(has_suffix(de->d_name, ".rules") ||
		      has_suffix(de->d_name, ".lex")))
			continue;
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_str);
	L.files = xcalloc(n ? n : 1, sizeof *L.files);
	size_t nrules_files = 0;
	/* Lexicons first: rule files refer to them. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			bool lex = has_suffix(names[i], ".lex");
			if (lex != (pass == 0))
				continue;
			size_t fi = L.nfiles++;
			L.files[fi].path = path_join(dir, names[i]);
			if (read_file(&L, fi) != 0)
				continue;
			if (lex) {
				load_lexicon(&L, fi);
			} else {
				nrules_files++;
				parse_rules_file(&L, fi);
			}
		}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	if (nrules_files == 0 && diags->n == 0)
		diag_add(&L, SIZE_MAX, 0, 0,
			 "no *.rules files in the patterns folder");

	struct rules *r = xcalloc(1, sizeof *r);
	r->lex = L.lex;
	r->nlex = L.nlex;
	r->ncues = 1; /* bit 0: a digit */
	L.r = r;
	check_duplicates(&L);
	compile_defines(&L);
	compile_rules(&L, r);
	r->defs = xcalloc(L.nitems ? L.nitems : 1, sizeof *r->defs);
	for (size_t i = 0; i < L.nitems; i++)
		if (L.items[i].code)
			r->defs[r->ndefs++] = L.items[i].code;
	loader_release(&L);
	sort_diags(diags);
	if (diags->n) {
		rules_free(r);
		return NULL;
	}
	return r;
}

void rules_diags_release(struct rules_diags *d)
{
	free(d->items);
	d->items = NULL;
	d->n = 0;
}

void rules_free(struct rules *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		struct rule *ru = &r->items[i];
		free(ru->names);
		pcre2_code_free(ru->code);
		free((char *)ru->a.name);
		free((char *)ru->a.file);
		free((char *)ru->a.unit);
		free((char *)ru->a.value);
		free((char *)ru->a.per);
		free((char *)ru->a.cond);
	}
	free(r->items);
	for (size_t i = 0; i < r->ndefs; i++)
		pcre2_code_free(r->defs[i]);
	free(r->defs);
	for (size_t i = 0; i < r->nlex; i++)
		lexicon_free(r->lex[i]);
	free(r->lex);
	free(r);
}

size_t rules_count(const struct rules *r)
{
	return r->n;
}

const struct rule *rules_at(const struct rules *r, size_t i)
{
	return i < r->n ? &r->items[i] : NULL;
}

const struct rule_attrs *rules_attrs(const struct rule *rule)
{
	return &rule->a;
}

const struct lexicon *rules_lexicon(const struct rules *r, const char *name)
{
	return find_lex(r->lex, r->nlex, name, strlen(name));
}

/* ---- matching ------------------------------------------------------ */

size_t rules_cue_count(const struct rules *r)
{
	return r->ncues;
}

const struct lexicon *rules_cue(const struct rules *r, size_t bit)
{
	return bit < r->ncues ? r->cues[bit] : NULL;
}

bool rules_has_group(const struct rule *rule, const char *name)
{
	return rules_group_id(rule, name) >= 0;
}

struct matcher *rules_matcher_new(const struct rules *r)
{
	struct matcher *m = xcalloc(1, sizeof *m);
	m->rules = r;
	m->md = xcalloc(r->n ? r->n : 1, sizeof *m->md);
	for (size_t i = 0; i < r->n; i++) {
		m->md[i] = pcre2_match_data_create_from_pattern(
		    r->items[i].code, NULL);
		if (!m->md[i])
			die_oom();
	}
	m->cond_md = pcre2_match_data_create(1, NULL);
	m->mctx = pcre2_match_context_create(NULL);
	m->jit = pcre2_jit_stack_create(32 * 1024, JIT_STACK_MAX, NULL);
	if (!m->cond_md || !m->mctx || !m->jit)
		die_oom();
	pcre2_jit_stack_assign(m->mctx, NULL, m->jit);
	m->why = "";
	return m;
}

void rules_matcher_free(struct matcher *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->rules->n; i++)
		pcre2_match_data_free(m->md[i]);
	free(m->md);
	pcre2_match_data_free(m->cond_md);
	pcre2_match_context_free(m->mctx);
	pcre2_jit_stack_free(m->jit);
	free(m);
}

/* Turns a pcre2_match result into a rules_result. */
static int result(struct matcher *m, int rc)
{
	if (rc >= 0)
		return RULES_MATCH;
	if (rc == PCRE2_ERROR_NOMATCH)
		return RULES_NOMATCH;
	switch (rc) {
	case PCRE2_ERROR_MATCHLIMIT:
		m->why = "match limit";
		break;
	case PCRE2_ERROR_DEPTHLIMIT:
		m->why = "depth limit";
		break;
	case PCRE2_ERROR_HEAPLIMIT:
		m->why = "heap limit";
		break;
	case PCRE2_ERROR_JIT_STACKLIMIT:
		m->why = "JIT stack limit";
		break;
	default:
		m->why = "matching error";
		break;
	}
	return RULES_LIMIT;
}

static void set_limits(struct matcher *m, const struct rule *rule)
{
	pcre2_set_match_limit(m->mctx, rule->a.match_limit);
	pcre2_set_depth_limit(m->mctx, rule->a.depth_limit);
}

int rules_exec(struct matcher *m, const struct rule *rule, const char *subj,
	       size_t len, size_t from, size_t *start, size_t *end)
{
	if (from > len)
		return RULES_NOMATCH;
	pcre2_match_data *md = m->md[rule->index];
	set_limits(m, rule);
	int rc = pcre2_match(rule->code, (PCRE2_SPTR)subj, len, from,
			     PCRE2_NO_UTF_CHECK, md, m->mctx);
	int res = result(m, rc);
	if (res == RULES_MATCH) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		*start = ov[0];
		*end = ov[1];
		/* \K can put the start after the end; keep spans sane. */
		if (*start > *end)
			*start = *end;
	}
	return res;
}

size_t rules_index(const struct rule *rule)
{
	return rule->index;
}

int rules_group_id(const struct rule *rule, const char *name)
{
	for (size_t i = 0; i < rule->nnames; i++)
		if (!strcmp(rule->names[i].name, name))
			return (int)i;
	return -1;
}

bool rules_group_span(const struct matcher *m, const struct rule *rule, int id,
		      size_t *start, size_t *end)
{
	if (id < 0 || (size_t)id >= rule->nnames)
		return false;
	const struct group_name *gn = &rule->names[id];
	pcre2_match_data *md = m->md[rule->index];
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	uint32_t npairs = pcre2_get_ovector_count(md);
	for (uint32_t k = 0; k < gn->n; k++) {
		PCRE2_SPTR e = rule->table + (gn->first + k) * rule->entry_size;
		uint32_t g = ((uint32_t)e[0] << 8) | e[1];
		if (g < npairs && ov[2 * g] != PCRE2_UNSET) {
			*start = ov[2 * g];
			*end = ov[2 * g + 1];
			return true;
		}
	}
	return false;
}

bool rules_group(const struct matcher *m, const struct rule *rule,
		 const char *name, size_t *start, size_t *end)
{
	return rules_group_span(m, rule, rules_group_id(rule, name), start,
				end);
}

int rules_cond(struct matcher *m, const struct rule *rule, const char *subj,
	       size_t len, size_t from)
{
	if (!rule->cond)
		return RULES_MATCH;
	set_limits(m, rule);
	int rc = pcre2_match(rule->cond, (PCRE2_SPTR)subj, len, from,
			     PCRE2_NO_UTF_CHECK, m->cond_md, m->mctx);
	return result(m, rc);
}

const char *rules_matcher_why(const struct matcher *m)
{
	return m->why;
}
