#!/bin/sh
# sitemap.sh - sitemaps, sitemap indexes, news sitemaps and JSON Feed, by
# URL against tests/server.py on 127.0.0.1 and as local files: each stands
# for the articles it lists, under robots.txt and the store's rules.
# usage: sitemap.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
. "$HERE/lib.sh"
cd "$HERE/.."

python3 "$HERE/server.py" "$WORK/port" --lifetime 200 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
i=0
while [ ! -s "$WORK/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if [ ! -s "$WORK/port" ]; then
	echo "sitemap: the test server did not start"
	echo "sitemap: 0 passed, 1 failed"
	exit 1
fi
B="http://127.0.0.1:$(cat "$WORK/port")"
get() { # URL FILE
	python3 -c "import sys, urllib.request; open(sys.argv[2], 'wb').write(urllib.request.urlopen(sys.argv[1], timeout=10).read())" "$1" "$2"
}
sources() { grep -o '"type":"article","id":"[0-9a-f]*","source":"[^"]*"' "$T_OUT" | sed 's/.*"source":"//; s/"$//' | tr '\n' ' '; }
is() { # NAME GOT WANT
	if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi
}

# A news sitemap: its items in order, the robots-forbidden one skipped.
t news-sitemap "$CLAIMEX" extract --delay 0 -v "$B/sitemap.xml"
rc_is 0
count_type article 3
is news-sitemap-order "$(sources)" "$B/a/one.txt $B/a/two.txt $B/a/three.txt "
err_has "$B/sitemap.xml: sitemap feed, 4 items"
err_has "warning: $B/private/sm.txt: disallowed by robots.txt"

# An index: both sitemaps followed, in index order, then sitemap order.
t index "$CLAIMEX" extract --delay 0 "$B/sitemap-index.xml"
rc_is 0
is index-order "$(sources)" \
  "$B/a/one.txt $B/a/two.txt $B/a/three.txt $B/a/sm1.txt $B/a/sm2.txt "

# Indexes nested deeper than two levels: a clear error, no endless walk.
t deep-index "$CLAIMEX" extract --delay 0 "$B/index-1.xml"
rc_is 1
err_has "$B/index-3.xml: sitemap index nested more than 2 levels deep"
count_type article 0

# JSON Feed: url, else an id that is a URL.
t json-feed "$CLAIMEX" extract --delay 0 "$B/feed.json"
rc_is 0
is json-feed-order "$(sources)" "$B/a/four.txt $B/a/five.txt $B/a/jsonid.txt "

# Local files, plain and gzipped, next to an article file: the feed's
# place in the input order is kept.
get "$B/sitemap.xml" "$WORK/news.xml"
get "$B/feed.json" "$WORK/feed.json"
get "$B/sitemap-index.xml" "$WORK/index.xml"
gzip -k "$WORK/index.xml"
t local-files "$CLAIMEX" extract --delay 0 "$WORK/news.xml" \
  corpus/harbor-ledger-seoul-talks.html "$WORK/feed.json"
rc_is 0
is local-files-order "$(sources)" "$B/a/one.txt $B/a/two.txt $B/a/three.txt corpus/harbor-ledger-seoul-talks.html $B/a/four.txt $B/a/five.txt $B/a/jsonid.txt "
err_has "warning: $B/private/sm.txt: disallowed by robots.txt"
t local-gz-index "$CLAIMEX" extract --delay 0 "$WORK/index.xml.gz"
rc_is 0
count_type article 5

# The store's rules: a second run with --db asks for nothing already
# stored that the sitemap dates the same.
t store-first "$CLAIMEX" -q run --delay 0 --db "$WORK/s.db" -o "$WORK/out" "$WORK/news.xml"
rc_is 0
t store-second "$CLAIMEX" -v run --delay 0 --db "$WORK/s.db" -o "$WORK/out" "$WORK/news.xml"
rc_is 0
err_has "$B/a/one.txt: already stored"
[ "$(grep -c '"type":"article"' "$WORK/out/claims.jsonl")" -eq 3 ] && ok \
  || bad "store-second: claims.jsonl does not list the 3 stored articles"

# A broken JSON Feed: one error naming the file, the run goes on.
printf '{"version": "https://jsonfeed.org/version/1.1", "items": [' >"$WORK/broken.json"
t broken-json-feed "$CLAIMEX" extract "$WORK/broken.json" corpus/harbor-ledger-seoul-talks.html
rc_is 1
err_has "$WORK/broken.json: JSON Feed is not valid JSON"
count_type article 1
# An empty sitemap lists nothing.
printf '<urlset>\n' >"$WORK/empty.xml"
t empty-sitemap "$CLAIMEX" extract -v "$WORK/empty.xml"
rc_is 0
count_type article 0
err_has "sitemap feed, 0 items"

summary sitemap
