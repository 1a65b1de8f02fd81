#!/bin/sh
# report.sh - the outputs fact-checkers open: report.html escapes what
# articles say and renders in headless Chromium at desktop and phone
# width; claims.csv is RFC 4180 and formula-safe. usage: report.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"

t report "$CLAIMEX" report "$HERE/data/report.jsonl" -o "$WORK/out"
rc_is 0; err_empty
R=$WORK/out/report.html
for f in report.html claims.csv conflicts.jsonl; do
	[ -s "$WORK/out/$f" ] && ok || bad "report: no $f"
done
# Nothing from an article becomes markup, and nothing loads from outside.
for tag in '<script' '<img' '<b>'; do
	if grep -q -i -F -- "$tag" "$R"; then bad "report: unescaped $tag"; else ok; fi
done
grep -q 'Content-Security-Policy' "$R" && ok || bad "report: no CSP"
if grep -q -E '<[^>]*[[:space:]]src=|<link' "$R"; then bad "report: loads a resource"; else ok; fi
# Links to the sources, and only to web addresses.
grep -q '<a href="https://example.org/news/' "$R" && ok || bad "report: no link to a source"
if grep -o 'href="[^"]*"' "$R" | grep -v -q '^href="https\{0,1\}://'; then bad "report: a link that is not http(s)"; else ok; fi
# Valid UTF-8 even where long outlet names are cut for the chart.
python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$R" && ok || bad "report: not valid UTF-8"
# Stories: the disputed claim says why it is one quantity and why not.
grep -q 'Why one quantity:' "$R" && ok || bad "report: no reason for the match"
grep -q 'Why they disagree:' "$R" && ok || bad "report: no reason for the dispute"
grep -q '&lt;script&gt;alert' "$R" && ok || bad "report: hostile text not shown escaped"
# Conflicts come first.
first=$(grep -o 'id="[a-z-]*"' "$R" | head -1)
[ "$first" = 'id="conflicts"' ] && ok || bad "report: first section is $first"
grep -c '"status":"conflict"' "$WORK/out/conflicts.jsonl" | grep -q '^1$' && ok || bad "report: one conflict"

# CSV: a UTF-8 byte-order mark for Excel, the header, values in full,
# a formula-looking sentence neutralised, quoted commas.
C=$WORK/out/claims.csv
[ "$(head -c 3 "$C" | od -An -tx1 | tr -d ' ')" = efbbbf ] && ok || bad "csv: no BOM"
head -1 "$C" | grep -q 'story,claim,status,article,source,url,title,outlet,published,kind,text,value' && ok || bad "csv header"
grep -q '"28,500"' "$C" && ok || bad "csv quoting"
grep -q ',5000000000,' "$C" && ok || bad "csv: value not in full"
if grep -q -i 'e+' "$C"; then bad "csv: a value in exponent form"; else ok; fi
grep -q ',conflict,a2,' "$C" && ok || bad "csv: no conflict status on a row"
t report-no-bom "$CLAIMEX" report "$HERE/data/report.jsonl" --no-csv-bom -o "$WORK/nobom"
rc_is 0
head -c 5 "$WORK/nobom/claims.csv" | grep -q '^story' && ok || bad "csv: BOM with --no-csv-bom"

# Headless Chromium: a screenshot at desktop and at phone width.
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ]; then
	bad "chromium is not installed (scripts/install-deps.sh installs it)"
else
	for w in 1280 390; do
		timeout 90 "$CHROME" --headless --no-sandbox --disable-gpu \
		  --disable-quic --no-first-run --disable-background-networking \
		  --disable-component-update --disable-sync --hide-scrollbars \
		  --user-data-dir="$WORK/chrome-$w" --window-size=$w,2400 \
		  --screenshot="$WORK/shot-$w.png" "file://$R" >/dev/null 2>&1
		if [ ! -s "$WORK/shot-$w.png" ]; then
			bad "chromium: no screenshot at width $w"
			continue
		fi
		# The red "disputed" badge and the page background are drawn.
		set -- $(python3 "$HERE/pngcheck.py" "$WORK/shot-$w.png" b3261e f6f7f9)
		[ "$1" = "${w}x2400" ] && ok || bad "chromium: size $1"
		[ "${2:-0}" -gt 20 ] && ok || bad "chromium $w: disputed badge not drawn"
		[ "${3:-0}" -gt 1000 ] && ok || bad "chromium $w: background not drawn"
		if [ -n "${CLAIMEX_KEEP_SHOTS:-}" ]; then
			cp "$WORK/shot-$w.png" "$CLAIMEX_KEEP_SHOTS/report-$w.png"
		fi
	done
fi
summary report
