/* robots.h - robots.txt rules for one host (RFC 9309) */
#ifndef CLAIMEX_ROBOTS_H
#define CLAIMEX_ROBOTS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The rules of one robots.txt that apply to one crawler. Parsing never
 * fails: lines that are not rules are ignored, as RFC 9309 asks.
 */
struct robots;

/* The part of a robots.txt that is read (and downloaded): 512 KiB. */
#define ROBOTS_MAX_BYTES (512 * 1024)

/*
 * Parses a robots.txt body (need not be NUL-terminated; at most the first
 * ROBOTS_MAX_BYTES are read, as the RFC allows, up to the last line end
 * within them) and keeps the group for `agent`
 * (the product token, "claimex"): the groups whose User-agent line names
 * it, case-insensitively, merged; else the "*" groups; else none (allow
 * all). Free with robots_free.
 */
struct robots *robots_parse(const char *txt, size_t len, const char *agent);

/* Rules that allow everything (robots.txt missing, 4xx or unreachable)
 * or nothing (5xx). Free with robots_free. */
struct robots *robots_allow_all(void);
struct robots *robots_disallow_all(void);

/* NULL is a no-op. */
void robots_free(struct robots *r);

/*
 * True when the path (with its query: "/a/b?c=d"; "" is "/") may be
 * fetched: the Allow or Disallow rule with the longest pattern that
 * matches wins, Allow on a tie; no match allows. Patterns may use "*"
 * (any run of characters) and a final "$" (end of the path). Matching is
 * linear-ish in the pattern times the path, never exponential.
 * "/robots.txt" is always allowed.
 */
bool robots_allowed(const struct robots *r, const char *path);

/* The group's Crawl-delay in milliseconds, or 0 when none was given.
 * Capped at 60 s so one host cannot stall a run. */
long robots_crawl_delay_ms(const struct robots *r);

/*
 * The path-and-query part of an absolute URL ("/a?b" of
 * "http://h:1/a?b#c"), written into out (size n). Returns 0, or -1 when
 * url has no "scheme://host" part or out is too small.
 */
int robots_url_path(const char *url, char *out, size_t n);

#endif
