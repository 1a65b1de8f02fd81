#!/usr/bin/env python3
"""claimreview_check.py - checks claimreview.json against the schema.org
vocabulary and against the conflict records it drafts.

usage: claimreview_check.py CLAIMREVIEW.JSON CONFLICTS.JSONL CLAIMS.JSONL

The allowed types and properties below are copied from schema.org
(https://schema.org/ClaimReview, /Claim, /NewsArticle, /Organization;
properties inherited from Review, CreativeWork and Thing included only
where claimex may use them). Prints one line per problem and exits 1 when
there is any; prints "ok N" otherwise.
"""
import json
import re
import sys

# type -> {property: expected types of the value (None: text)}
VOCAB = {
    "ClaimReview": {"claimReviewed": None, "itemReviewed": {"Claim"},
                    "datePublished": None, "author": {"Organization", "Person"},
                    "reviewRating": {"Rating"}, "url": None, "name": None},
    "Claim": {"appearance": {"NewsArticle", "CreativeWork", "Article"},
              "firstAppearance": {"NewsArticle", "CreativeWork", "Article"},
              "datePublished": None, "author": {"Organization", "Person"},
              "text": None, "name": None},
    "NewsArticle": {"url": None, "identifier": None, "headline": None,
                    "datePublished": None,
                    "publisher": {"Organization", "Person"}, "name": None},
    "Organization": {"name": None, "url": None},
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
problems = []


def check(node, want, where):
    if not isinstance(node, dict):
        problems.append("%s: not an object" % where)
        return
    t = node.get("@type")
    if t not in VOCAB:
        problems.append("%s: unknown @type %r" % (where, t))
        return
    if want and t not in want:
        problems.append("%s: @type %s where %s is expected" % (where, t, sorted(want)))
    for k, v in node.items():
        if k in ("@type", "@context"):
            continue
        if k not in VOCAB[t]:
            problems.append("%s: %s has no property %r" % (where, t, k))
            continue
        rng = VOCAB[t][k]
        vals = v if isinstance(v, list) else [v]
        for i, x in enumerate(vals):
            if rng is None:
                if not isinstance(x, str) or not x:
                    problems.append("%s.%s: want non-empty text" % (where, k))
                elif k == "datePublished" and not DATE.match(x):
                    problems.append("%s.%s: %r is not an ISO 8601 date" % (where, k, x))
                elif k == "url" and not re.match(r"^https?://", x):
                    problems.append("%s.url: %r is not http(s)" % (where, x))
            else:
                check(x, rng, "%s.%s[%d]" % (where, k, i))


def main():
    reviews = json.load(open(sys.argv[1]))
    conflicts = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
    conflicts = [c for c in conflicts if c.get("status") == "conflict"]
    arts = {}
    for l in open(sys.argv[3]):
        r = json.loads(l)
        if r.get("type") == "article":
            arts.setdefault(r["id"], r)
    if not isinstance(reviews, list):
        problems.append("not a JSON array")
        reviews = []
    if len(reviews) != len(conflicts):
        problems.append("%d drafts for %d conflicts" % (len(reviews), len(conflicts)))
    for i, (r, c) in enumerate(zip(reviews, conflicts)):
        w = "[%d]" % i
        if r.get("@context") not in ("https://schema.org", "http://schema.org"):
            problems.append("%s: @context %r" % (w, r.get("@context")))
        if r.get("@type") != "ClaimReview":
            problems.append("%s: @type %r" % (w, r.get("@type")))
        check(r, {"ClaimReview"}, w)
        if "reviewRating" in r:
            problems.append("%s: has a reviewRating (the verdict is the human's)" % w)
        for k in ("claimReviewed", "itemReviewed", "datePublished"):
            if k not in r:
                problems.append("%s: no %s" % (w, k))
        claim = r.get("itemReviewed", {})
        # Every value of the conflict is named in the claim's words.
        words = r.get("claimReviewed", "")
        for v in c["values"]:
            if v["mentions"] and v["mentions"][0]["text"] not in words:
                problems.append("%s: claimReviewed lacks %r" % (w, v["mentions"][0]["text"]))
        # The appearances are the articles of the conflict, each once.
        ids = []
        for v in c["values"]:
            for m in v["mentions"]:
                if m["article"] not in ids:
                    ids.append(m["article"])
        apps = claim.get("appearance", [])
        if len(apps) != len(ids):
            problems.append("%s: %d appearances for %d articles" % (w, len(apps), len(ids)))
        for a, aid in zip(apps, ids):
            src = arts.get(aid, {})
            url = src.get("url") or src.get("source")
            if url and url.startswith("http") and a.get("url") != url:
                problems.append("%s: appearance url %r, want %r" % (w, a.get("url"), url))
            if not a.get("url") and a.get("identifier") != src.get("source"):
                problems.append("%s: appearance without url or source" % w)
            if src.get("published") and a.get("datePublished") != src["published"]:
                problems.append("%s: appearance date %r, want %r" % (w, a.get("datePublished"), src["published"]))
            if src.get("title") and a.get("headline") != src["title"]:
                problems.append("%s: headline %r" % (w, a.get("headline")))
        dated = [a for a in apps if a.get("datePublished")]
        if dated:
            from datetime import datetime, timezone

            def instant(s):
                d = datetime.fromisoformat(s.replace("Z", "+00:00"))
                return d if d.tzinfo else d.replace(tzinfo=timezone.utc)
            first = min(dated, key=lambda a: instant(a["datePublished"]))
            if claim.get("firstAppearance") != first:
                problems.append("%s: firstAppearance is not the earliest" % w)
        elif "firstAppearance" in claim:
            problems.append("%s: firstAppearance without dates" % w)
    for p in problems:
        print(p)
    if not problems:
        print("ok %d" % len(reviews))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
