/* pipeline.c - one article's source bytes to its records as JSON Lines */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "arena.h"
#include "budget.h"
#include "emit_jsonl.h"
#include "err.h"
#include "figures.h"
#include "claims.h"
#include "lang.h"
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
	double work_budget_s;  /* per article; 0: none */
	/* NULL for the pipeline pipeline_new made; for a clone, the one it
	 * shares everything but its matcher with */
	const struct pipeline *parent;
	struct lang *lang; /* NULL when the models are not installed */
	const char *langs; /* processed languages, lang_in_list */
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
	p->lang = lang_new();
	p->langs = "en";
	p->seg.abbrev = rules_lexicon(r, "abbreviations");
	p->seg.starters = rules_lexicon(r, "sentence_starters");
	p->claims = claims_new(r);
	return p;
}

void pipeline_set_work_budget(struct pipeline *p, double seconds)
{
	p->work_budget_s = seconds > 0 ? seconds : 0;
}

struct pipeline *pipeline_clone(const struct pipeline *p)
{
	struct pipeline *c = xmalloc(sizeof *c);
	*c = *p;
	c->parent = p;
	c->matcher = rules_matcher_new(p->rules);
	c->lang = p->lang ? lang_new() : NULL;
	return c;
}

void pipeline_free(struct pipeline *p)
{
	if (!p)
		return;
	if (p->parent) {
		rules_matcher_free(p->matcher);
		lang_free(p->lang);
		free(p);
		return;
	}
	claims_free(p->claims);
	lang_free(p->lang);
	rules_matcher_free(p->matcher);
	figures_free(p->figures);
	actors_free(p->actors);
	quotes_free(p->quotes);
	rules_free(p->rules);
	free(p);
}

void pipeline_set_langs(struct pipeline *p, const char *list)
{
	p->langs = list;
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
 * (£3.9bn)") takes the claim of the amount it converts. Each claim
 * reads a bounded window of its sentence: linear in the figures.
 */
static void assign_claims(const struct pipeline *p, const struct article *a,
			  const struct segments *seg, struct figure_list *figs,
			  struct arena *arena, struct budget *b)
{
	int year = pub_year(a->published);
	const char *prev_sent = NULL;
	size_t prev_end = 0;
	struct claim *prev = NULL;
	for (size_t i = 0; i < figs->n && !budget_tick(b, "reading claims");
	     i++) {
		struct figure *f = &figs->items[i];
		const char *sent;
		size_t slen, off;
		bool lead = true; /* the title, or the first paragraph */
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
			lead = seg->sents[si].para == 0;
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
		cl->lead = lead;
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
/* The article ran out of its work budget: *e says where. */
static int gave_up(struct budget *b, const struct pipeline_result *out,
		   struct err *e)
{
	err_set(e, ERR_BUDGET, out->art.source,
		"gave up after %.1f s of work: still %s when the "
		"--work-budget of %g s ran out",
		budget_used(b), b->stage ? b->stage : "working", b->limit);
	return -1;
}

static int records(struct pipeline *p, struct arena *arena,
		   struct pipeline_result *out, struct err *e, struct budget *b)
{
	struct figure_list figs = {0};
	struct actor_list actors = {0};
	struct quote_list quotes = {0};
	struct signature sig;
	bool have_sig = false;
	const char *lang = lang_decide(p ? p->lang : NULL, out->art.lang,
				       out->art.text, out->art.len);
	/* lang_decide's tag lives in the identifier, which the thread's next
	 * article overwrites before the records of this one are written */
	if (lang && lang != out->art.lang)
		lang = arena_strndup(arena, lang, strlen(lang));
	out->art.lang = lang;
	if (p && !lang_in_list(p->langs, out->art.lang))
		out->lang_skipped = 1;
	if (p && !out->lang_skipped) {
		const struct article *a = &out->art;
		struct segments seg;
		/* The budget is checked between stages and in the loops
		 * over figures; a stage is not cut short inside. */
		if (budget_over(b, "reading the page"))
			return gave_up(b, out, e);
		segment_text(a->text, a->len, &p->seg, arena, &seg);
		if (budget_over(b, "splitting sentences"))
			return gave_up(b, out, e);
		figures_extract(p->figures, p->matcher, a, &seg, arena, &figs);
		if (budget_over(b, "finding figures"))
			return gave_up(b, out, e);
		if (p->claims)
			assign_claims(p, a, &seg, &figs, arena, b);
		if (budget_over(b, "reading claims"))
			return gave_up(b, out, e);
		out->warnings = figs.warnings;
		out->nwarnings = figs.nwarnings;
		actors_extract(p->actors, a->text, a->len, &seg, arena,
			       &actors);
		if (budget_over(b, "finding actors"))
			return gave_up(b, out, e);
		quotes_extract(p->quotes, a->text, a->len, &seg, &actors, arena,
			       &quotes);
		if (budget_over(b, "finding quotes"))
			return gave_up(b, out, e);
		/* A figure's speaker: its quote's, or its sentence's source */
		for (size_t i = 0; i < figs.n; i++) {
			if (budget_tick(b, "finding speakers"))
				return gave_up(b, out, e);
			struct figure *f = &figs.items[i];
			if (!f->in_title)
				f->speaker = quotes_source(
				    p->quotes, a->text, a->len, &seg, &actors,
				    &quotes, f->start, f->end);
		}
		signature_build(a, &actors, &figs, &quotes,
				rules_lexicon(p->rules, "story_common"), arena,
				&sig);
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
	struct budget b;
	budget_start(&b, p ? p->work_budget_s : 0);
	if (reader_read(src, ro, arena, &out->art, e) != 0)
		return -1;
	return records(p, arena, out, e, &b);
}

int pipeline_from_bytes(struct pipeline *p, const char *source,
			const char *bytes, size_t len, const char *content_type,
			const char *final_url, const char *date,
			struct arena *arena, struct pipeline_result *out,
			struct err *e)
{
	memset(out, 0, sizeof *out);
	struct budget b;
	budget_start(&b, p ? p->work_budget_s : 0);
	if (reader_from_bytes(source, bytes, len, content_type, final_url,
			      arena, &out->art, e) != 0)
		return -1;
	if (!out->art.published && date)
		out->art.published = arena_strndup(arena, date, strlen(date));
	return records(p, arena, out, e, &b);
}
