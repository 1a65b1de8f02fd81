#!/bin/sh
# net.sh - URL inputs against tests/server.py on 127.0.0.1 with canned
# faults. usage: net.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
. "$HERE/lib.sh"

python3 "$HERE/server.py" "$WORK/port" --lifetime 240 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
i=0
while [ ! -s "$WORK/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if [ ! -s "$WORK/port" ]; then
	echo "net: the test server did not start"
	echo "net: 0 passed, 1 failed"
	exit 1
fi
B="http://127.0.0.1:$(cat "$WORK/port")"

t article "$CLAIMEX" extract "$B/article.html"
rc_is 0; err_empty; count_type article 1
out_has "\"source\":\"$B/article.html\""
out_has "\"url\":\"$B/news/talks-stall\""
out_has '"outlet":"The Test Herald"'
out_has '"published":"2019-11-19'
t text "$CLAIMEX" text "$B/article.html"
rc_is 0; out_has "nearly \$5 billion a year"; out_lacks "Copyright"; out_lacks "Home"
t user-agent "$CLAIMEX" extract "$B/ua"
rc_is 0; count_type article 1
t plain "$CLAIMEX" extract "$B/plain.txt"
rc_is 0; out_has '"format":"text"'; out_has '"title":"A headline"'
t redirect "$CLAIMEX" extract "$B/redirect"
rc_is 0; count_type article 1
t gzip "$CLAIMEX" text "$B/gzip"
rc_is 0; out_has "28,500 American troops"
t cp1252 "$CLAIMEX" text "$B/cp1252"
rc_is 0; out_has "rose by €2 — “quite a lot”"

t 404 "$CLAIMEX" extract "$B/404" "$B/article.html"
rc_is 1; err_has "claimex: $B/404: HTTP 404"; count_type article 1
t 500 "$CLAIMEX" -q extract "$B/500"
rc_is 1; err_has "$B/500: HTTP 500"
t loop "$CLAIMEX" -q extract --max-redirects 3 "$B/loop"
rc_is 1; err_has "$B/loop: Maximum (3) redirects followed"
t to-file "$CLAIMEX" -q extract "$B/to-file"
rc_is 1; err_has "$B/to-file: "; err_has "file"
t slow "$CLAIMEX" -q extract --timeout 1 "$B/slow"
rc_is 1; err_has "$B/slow: timed out: Operation timed out after "
err_has " (1 attempt within --timeout 1 s; no time left to retry)"
t huge "$CLAIMEX" -q extract --max-bytes 1M "$B/huge"
rc_is 1; err_has "$B/huge: larger than the 1000000-byte cap"
t huge-chunked "$CLAIMEX" -q extract --max-bytes 1M "$B/huge-chunked"
rc_is 1; err_has "$B/huge-chunked: larger than the 1000000-byte cap"
t badgzip "$CLAIMEX" -q extract "$B/badgzip"
rc_is 1; err_has "$B/badgzip: "
t empty-body "$CLAIMEX" -q extract "$B/empty"
rc_is 1; err_has "$B/empty: empty response body"
t refused "$CLAIMEX" -q extract --connect-timeout 2 "http://127.0.0.1:1/x"
rc_is 1; err_has "http://127.0.0.1:1/x: "
t bad-scheme "$CLAIMEX" -q extract "ftp://127.0.0.1/x"
rc_is 1; err_has "ftp://127.0.0.1/x: "

summary net
