/* pipeline.c - one article's source bytes to its records as JSON Lines */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "arena.h"
#include "emit_jsonl.h"
#include "err.h"
#include "figures.h"
#include "claims.h"
#include "quotes.h"
#include "reader.h"
#include "rules.h"
#include "segment.h"
#include "signature.h"
#include "util.h"

struct pipeline {
	struct rules *rules;
	struct figures *figures;
	struct actors *actors;
	struct quotes *quotes;
	struct matcher *matcher;
	struct segment_lexicons seg;
	struct claims *claims; /* NULL without claim_stop.lex */
};

struct pipeline *pipeline_new(const char *patterns_dir,
			      struct rules_diags *diags)
{
	struct rules *r = rules_load(patterns_dir, diags);
	if (!r)
		return NULL;
	struct pipeline *p = xcalloc(1, sizeof *p);
	p->rules = r;
	p->figures = figures_new(r);
	p->actors = actors_new(r);
	p->quotes = quotes_new(r);
	p->matcher = rules_matcher_new(r);
	p->seg.abbrev = rules_lexicon(r, "abbreviations");
	p->seg.starters = rules_lexicon(r, "sentence_starters");
	p->claims = claims_new(r);
	return p;
}

void pipeline_free(struct pipeline *p)
{
	if (!p)
		return;
	claims_free(p->claims);
	rules_matcher_free(p->matcher);
	figures_free(p->figures);
	actors_free(p->actors);
	quotes_free(p->quotes);
	rules_free(p->rules);
	free(p);
}

/* The year of an ISO 8601 date, or 0. */
static int pub_year(const char *published)
{
	if (!published)
		return 0;
	int y = 0;
	for (int i = 0; i < 4; i++) {
		if (published[i] < '0' || published[i] > '9')
			return 0;
		y = y * 10 + (published[i] - '0');
	}
	return y;
}

/*
 * Gives every figure its claim (claims.h) from its sentence in the body
 * or from the title, and its key: the claim's fields joined, a label
 * that needs no other article. A bracketed conversion ("$5 billion
 * (£3.9bn)") takes the claim of the amount it converts.
 */
static void assign_claims(const struct pipeline *p, const struct article *a,
			  const struct segments *seg, struct figure_list *figs,
			  struct arena *arena)
{
	int year = pub_year(a->published);
	const char *prev_sent = NULL;
	size_t prev_end = 0;
	struct claim *prev = NULL;
	for (size_t i = 0; i < figs->n; i++) {
		struct figure *f = &figs->items[i];
		const char *sent;
		size_t slen, off;
		if (f->in_title) {
			if (!a->title)
				continue;
			sent = a->title;
			slen = strlen(a->title);
			off = 0;
		} else {
			size_t si = segment_find(seg, f->start);
			if (si >= seg->nsent)
				continue;
			off = seg->sents[si].start;
			sent = a->text + off;
			slen = seg->sents[si].end - off;
		}
		if (f->start < off || f->end - off > slen)
			continue;
		struct claim *cl = arena_alloc(arena, sizeof *cl);
		if (prev && prev_sent == sent &&
		    claims_is_conversion(sent, prev_end, f->start - off))
			*cl = *prev;
		else
			claims_read(p->claims, sent, slen, f->start - off,
				    f->end - off, f->kind, f->per, year, arena,
				    cl);
		f->claim = cl;
		f->key = claims_key(cl, f->kind, arena);
		f->subject = claims_subject(cl, arena);
		prev = cl;
		prev_sent = sent;
		prev_end = f->end - off;
	}
}

size_t pipeline_count_type(const char *jsonl, size_t len, const char *type)
{
	char lead[64];
	int k = snprintf(lead, sizeof lead, "{\"type\":\"%s\"", type);
	if (k < 0 || (size_t)k >= sizeof lead)
		return 0;
	size_t n = 0, i = 0;
	while (i < len) {
		const char *nl = memchr(jsonl + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - jsonl) : len;
		if (e - i >= (size_t)k && !memcmp(jsonl + i, lead, (size_t)k))
			n++;
		i = e + 1;
	}
	return n;
}

/* A memory stream; open_memstream fails only when memory is out. */
static FILE *memstream(char **mem, size_t *n)
{
	FILE *f = open_memstream(mem, n);
	if (!f)
		die_oom();
	return f;
}

/*
 * Runs the extractors and renders the records. The emitters write to a
 * FILE, so they are pointed at a memory stream; the text is then copied
 * into the arena so that it is freed with the article.
 */
static int records(struct pipeline *p, struct arena *arena,
		   struct pipeline_result *out, struct err *e)
{
	struct figure_list figs = {0};
	struct actor_list actors = {0};
	struct quote_list quotes = {0};
	struct signature sig;
	bool have_sig = false;
	if (p) {
		const struct article *a = &out->art;
		struct segments seg;
		segment_text(a->text, a->len, &p->seg, arena, &seg);
		figures_extract(p->figures, p->matcher, a, &seg, arena, &figs);
		if (p->claims)
			assign_claims(p, a, &seg, &figs, arena);
		out->warnings = figs.warnings;
		out->nwarnings = figs.nwarnings;
		actors_extract(p->actors, a->text, a->len, &seg, arena,
			       &actors);
		quotes_extract(p->quotes, a->text, a->len, &seg, &actors,
			       arena, &quotes);
		/* A figure's speaker: its quote's, or its sentence's source */
		for (size_t i = 0; i < figs.n; i++) {
			struct figure *f = &figs.items[i];
			if (!f->in_title)
				f->speaker = quotes_source(
				    p->quotes, a->text, a->len, &seg, &actors,
				    &quotes, f->start, f->end);
		}
		signature_build(a, &actors, &figs, arena, &sig);
		have_sig = true;
	}
	char *mem = NULL;
	size_t n = 0;
	FILE *f = memstream(&mem, &n);
	int rc = emit_jsonl_article(f, &out->art, have_sig ? &sig : NULL);
	for (size_t i = 0; i < figs.n && rc == 0; i++)
		rc = emit_jsonl_figure(f, &out->art, &figs.items[i]);
	for (size_t i = 0; i < actors.n && rc == 0; i++)
		rc = emit_jsonl_actor(f, &out->art, &actors.items[i]);
	for (size_t i = 0; i < quotes.n && rc == 0; i++)
		rc = emit_jsonl_quote(f, &out->art, &quotes.items[i]);
	if (fclose(f) != 0 || rc != 0) {
		free(mem);
		err_set(e, ERR_IO, out->art.source, "cannot render records");
		return -1;
	}
	out->jsonl = arena_strndup(arena, mem, n);
	out->jsonl_len = n;
	free(mem);
	out->records = 0;
	for (size_t i = 0; i < n; i++)
		out->records += out->jsonl[i] == '\n';
	out->figures = pipeline_count_type(out->jsonl, n, "figure");
	return 0;
}

int pipeline_from_source(struct pipeline *p, const struct source *src,
			 const struct reader_opts *ro, struct arena *arena,
			 struct pipeline_result *out, struct err *e)
{
	memset(out, 0, sizeof *out);
	if (reader_read(src, ro, arena, &out->art, e) != 0)
		return -1;
	return records(p, arena, out, e);
}

int pipeline_from_bytes(struct pipeline *p, const char *source, const char *bytes, size_t len,
			const char *content_type, const char *final_url,
			struct arena *arena, struct pipeline_result *out,
			struct err *e)
{
	memset(out, 0, sizeof *out);
	if (reader_from_bytes(source, bytes, len, content_type, final_url,
			      arena, &out->art, e) != 0)
		return -1;
	return records(p, arena, out, e);
}
