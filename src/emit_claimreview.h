/* emit_claimreview.h - disputed claims as schema.org ClaimReview drafts */
#ifndef CLAIMEX_EMIT_CLAIMREVIEW_H
#define CLAIMEX_EMIT_CLAIMREVIEW_H

#include <stdio.h>
#include <time.h>

struct conflict_list;
struct record_set;

/*
 * Writes claimreview.json: a JSON-LD array (schema.org context) with one
 * ClaimReview draft per conflict record whose status is "conflict", in
 * conflict order, for a fact-checking CMS to open:
 *   - claimReviewed: the claim in words with the values and who gave
 *     each ("spend; by Netherlands; in 2026: sources disagree: €27.4
 *     billion (Continental Wire, Lowlands Herald); €27.9 billion (Europa
 *     Monitor)");
 *   - itemReviewed: a Claim whose appearance lists every article stating
 *     one of the values (a NewsArticle with url, headline, publisher,
 *     datePublished; properties the article lacks are left out; url
 *     only when it is http(s), else identifier: the path it was read
 *     from), whose firstAppearance is the one
 *     published first (compared as instants, offsets applied; absent
 *     when none is dated) and whose datePublished is that date;
 *   - datePublished: `today` (the draft's date, UTC).
 * No reviewRating and no author: the verdict and the fact-checker are
 * the human's to add. An empty array when nothing is disputed. Returns 0,
 * or -1 when writing failed. O(mentions log mentions) per claim.
 */
int emit_claimreview(FILE *out, struct record_set *set,
		     const struct conflict_list *cl, time_t today);

/*
 * Seconds since 1970 of an ISO 8601 date or date-time ("2025-09-18",
 * "2025-09-18T15:45:00Z", "2025-09-19T00:35:00+03:00"; a date is its
 * midnight UTC, a time without an offset is UTC). Returns 0 with *out
 * set, or -1 when s is not one. Exposed for tests.
 */
int emit_claimreview_instant(const char *s, long long *out);

#endif
