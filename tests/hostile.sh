#!/bin/sh
# hostile.sh - the hostile-input table (docs/hostile.md): every input that
# has stalled, crashed or silently dropped data in claimex, or that it is
# known to handle, with the exit status and message it must give. Big
# inputs are generated here in a temporary folder; network cases run
# against tests/server.py on 127.0.0.1. Scaling (time per MB at 1 MB and
# 4 MB) is `make bench-hostile`'s job, not this file's: sizes here are
# small and no check reads a clock. usage: hostile.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
. "$HERE/lib.sh"
SERVERS=""
trap 'for s in $SERVERS; do kill "$s" 2>/dev/null; done; rm -rf "$WORK"' EXIT
cd "$HERE/.." || exit 1
D=$WORK/in
mkdir -p "$D"
X="$CLAIMEX"

gen() { # gen FILE PYTHON-EXPRESSION: writes str(expr) to FILE as UTF-8
	python3 -c "import sys; open(sys.argv[1], 'w', encoding='utf-8').write($2)" "$1"
}
ok_article="$D/ok.txt"
printf 'Talks\n\n%s %s\n' 'The United States asked South Korea to pay' \
	'$5 billion a year for 28,500 troops, officials said.' >"$ok_article"

# --- files that are not articles ------------------------------------------
: >"$D/empty.txt"
t empty "$X" extract "$D/empty.txt"
rc_is 1; err_has "$D/empty.txt: empty file"
python3 -c "import sys; open(sys.argv[1], 'wb').write(bytes(range(256)) * 16)" \
	"$D/binary.txt"
t binary "$X" extract "$D/binary.txt"
rc_is 1; err_has "$D/binary.txt: binary data, not an article"
gen "$D/utf16.src" "'The army sent 500 troops to the border, officials said.\n'"
python3 -c "import sys; open(sys.argv[2], 'wb').write(open(sys.argv[1]).read().encode('utf-16'))" \
	"$D/utf16.src" "$D/utf16.txt"
t utf-16 "$X" text "$D/utf16.txt"
rc_is 0; out_has "500 troops"
printf 'The army sent \377\376 500 troops, officials said on Tuesday.\n' >"$D/bad-utf8.txt"
t invalid-utf-8 "$X" text "$D/bad-utf8.txt"
rc_is 0; out_has "500 troops"
printf '<p>The caf\351 said prices rose by \200 2 \227 a lot, the owner said.</p>' >"$D/cp1252.html"
t cp1252 "$X" text "$D/cp1252.html"
rc_is 0; out_has "café said prices rose by € 2 — a lot"
truncate -s 1G "$D/sparse-1g.txt"
t 1-gb "$X" extract --max-bytes 1M "$D/sparse-1g.txt" "$ok_article"
rc_is 1; err_has "$D/sparse-1g.txt: larger than the 1000000-byte cap (--max-bytes)"
count_type article 1
python3 -c "import gzip, sys; open(sys.argv[1], 'wb').write(gzip.compress(b'a' * (8 << 20)))" "$D/bomb.txt.gz"
t gzip-bomb "$X" extract --max-bytes 1M "$D/bomb.txt.gz"
rc_is 1; err_has "$D/bomb.txt.gz: larger than the 1000000-byte cap (--max-bytes) once decompressed"

# --- what is not a regular file (issue 12: a FIFO blocked the run) ----------
mkfifo "$D/fifo.html"
t fifo "$X" extract "$D/fifo.html" "$ok_article"
rc_is 1; err_has "claimex: $D/fifo.html: is a FIFO (named pipe), not a regular file"
count_type article 1
python3 -c "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$D/sock.html"
t socket "$X" extract "$D/sock.html" "$ok_article"
rc_is 1; err_has "claimex: $D/sock.html: is a socket, not a regular file"
count_type article 1
t dev-zero "$X" extract /dev/zero "$ok_article"
rc_is 1; err_has "claimex: /dev/zero: is a character device, not a regular file"
count_type article 1
# A FIFO inside a folder is not an article file: skipped by the walk.
mkdir -p "$D/dir"
cp "$ok_article" "$D/dir/a.txt"
mkfifo "$D/dir/b.txt"
t fifo-in-folder "$X" extract "$D/dir"
rc_is 0; count_type article 1
t_in stdin-pipe "$ok_article" "$X" extract -
rc_is 0; count_type article 1

# --- folders ------------------------------------------------------------------
mkdir -p "$D/loop"
ln -s ../loop "$D/loop/self"
cp "$ok_article" "$D/loop/a.txt"
t symlink-loop "$X" extract "$D/loop"
rc_is 0; count_type article 1
mkdir -p "$D/many"
python3 -c "
import os, sys
for i in range(100000):
    open(os.path.join(sys.argv[1], 'f%06d.dat' % i), 'w').close()" "$D/many"
cp "$ok_article" "$D/many/story.txt"
t 100k-files "$X" extract "$D/many"
rc_is 0; count_type article 1
if [ "$(id -u)" -ne 0 ]; then
	cp "$ok_article" "$D/locked.txt"
	chmod 000 "$D/locked.txt"
	t unreadable "$X" extract "$D/locked.txt"
	rc_is 1; err_has "$D/locked.txt: Permission denied"
fi

# --- outputs that cannot be written -----------------------------------------
t full-disk sh -c "'$X' extract '$ok_article' >/dev/full"
rc_is 4
t read-only-output "$X" run -o /proc/claimex-cannot-be-here "$ok_article"
rc_is 4; err_has "/proc/claimex-cannot-be-here"

# --- pages --------------------------------------------------------------------
# Nested past libxml2's 256 levels: the text below still comes out.
gen "$D/deep.html" "'<html><body><p>The first paragraph of the story is long enough to count.</p>' + '<div>' * 50000 + '<p>The ministry said 1,200 troops would stay in the country.</p>' + '</div>' * 50000 + '</body></html>'"
t deep-nesting "$X" extract "$D/deep.html"
rc_is 0; out_has '"sentence":"The ministry said 1,200 troops would stay'
gen "$D/deep-inline.html" "'<body><p>' + '<b>word ' * 100000 + '</p>'"
t deep-inline "$X" text "$D/deep-inline.html"
rc_is 0; out_has "word word"

# --- text that was quadratic (scaling: make bench-hostile) ------------------
gen "$D/places.txt" "'The US asked Seoul for more money and ' * 2000"
t places-sentence "$X" extract "$D/places.txt"
rc_is 0; count_type article 1
gen "$D/dollars.txt" "'T\n\n' + 'The US asked for \$5 billion. ' * 2000"
t dollar-figures "$X" extract "$D/dollars.txt"
rc_is 0; count_type figure 2000
gen "$D/quotes.txt" "'T\n\n' + '\"He said \$5 billion ' * 400"
t unclosed-quotes "$X" extract "$D/quotes.txt"
rc_is 0; count_type article 1
gen "$D/long-line.txt" "'word ' * 400000"
t long-line "$X" extract "$D/long-line.txt"
rc_is 0; count_type article 1
gen "$D/paragraphs.txt" "'Officials met on Tuesday to talk.\n\n' * 20000"
t many-paragraphs "$X" extract "$D/paragraphs.txt"
rc_is 0; count_type article 1

# --- the work budget: the last line of defence ------------------------------
# A 2 MB article costs seconds of CPU under the sanitizers, the small one
# a few milliseconds even as a worker thread's first article: the budget
# lies far from both, so the test does not depend on the machine's speed.
gen "$D/heavy.txt" "'Officials met on Tuesday to talk about 5% of the money.\\n\\n' * 40000"
t work-budget "$X" extract --work-budget 0.3 "$D/heavy.txt" "$ok_article"
rc_is 1; err_has "claimex: $D/heavy.txt: gave up after "
err_has " s of work: still "; count_type article 1
t work-budget-bad "$X" extract --work-budget -1 "$ok_article"
rc_is 2; err_has "bad --work-budget value '-1'"

# --- records for the reduce step --------------------------------------------
head -3 tests/data/report.jsonl >"$D/bad.jsonl"
echo '{"type":"figure", bad' >>"$D/bad.jsonl"
sed -n '4,12p' tests/data/report.jsonl >>"$D/bad.jsonl"
t records-bad-line "$X" conflicts "$D/bad.jsonl"
rc_is 1; err_has "$D/bad.jsonl:4: not JSON"
err_has "claimex: warning: 1 record lines skipped (named above)"
# ...and the lines after it still count: the same output as without it.
grep -v '^{"type":"figure", bad' "$D/bad.jsonl" >"$D/good.jsonl"
"$X" conflicts "$D/good.jsonl" >"$WORK/good.out" 2>/dev/null
cmp -s "$T_OUT" "$WORK/good.out" && ok ||
	bad "records-bad-line: the lines after the bad one were not all read"
t report-bad-line "$X" report "$D/bad.jsonl" -o "$WORK/rep-bad"
rc_is 1; err_has "1 record lines skipped"
python3 - "$D/huge-start.jsonl" <<'EOF'
import json, sys
recs = [{"type": "article", "id": "a1", "source": "s1", "url": None,
         "title": "T", "outlet": "=HYPERLINK(\"http://x\")",
         "published": "2019-11-19"},
        {"type": "figure", "article": "a1", "kind": "money", "text": "=1+1",
         "value": 5e9, "unit": "USD", "hedge": None, "per": None,
         "key": "k", "subject": None, "sentence": "@SUM(A1)",
         "speaker": None, "start": 1e74}]
open(sys.argv[1], "w").write("".join(json.dumps(r) + "\n" for r in recs))
EOF
t csv-formulas "$X" report "$D/huge-start.jsonl" -o "$WORK/rep"
rc_is 0  # and "start":1e74 is refused, not cast (fuzz_records, clang)
if grep -q -F "\"'=HYPERLINK(\"\"http://x\"\")\"" "$WORK/rep/claims.csv" &&
	grep -q -F "\"'=1+1\"" "$WORK/rep/claims.csv"; then ok; else
	bad "csv-formulas: a cell starting with = is not defused"; fi

# Chart labels are cut for width: never inside a UTF-8 character.
python3 - tests/data/report.jsonl "$D/utf8.jsonl" <<'EOF'
import json, sys
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r.get("type") == "article":
        r["outlet"] = "X\u00dcn\u00efc\u00f6d\u00e9 W\u00f6rld N\u00ebws " * 2
    out.append(json.dumps(r, ensure_ascii=False) + "\n")
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
EOF
t report-utf8-labels "$X" report "$D/utf8.jsonl" -o "$WORK/rep-u8"
rc_is 0
python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' \
	"$WORK/rep-u8/report.html" && ok || bad "report-utf8-labels: report.html is not UTF-8"
grep -q "…" "$WORK/rep-u8/report.html" && ok || bad "report-utf8-labels: no label was cut"

# --- the network --------------------------------------------------------------
start_server() { # start_server NAME ROBOTS-MODE: sets $B to its base URL
	python3 "$HERE/server.py" "$WORK/port.$1" --lifetime 120 --robots "$2" &
	SERVERS="$SERVERS $!"
	i=0
	while [ ! -s "$WORK/port.$1" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	B="http://127.0.0.1:$(cat "$WORK/port.$1" 2>/dev/null)"
}
fetch() { python3 -c "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=10).read().decode())" "$1"; }

start_server plain rules
P=$B
t redirect-loop "$X" -q extract --max-redirects 3 "$P/loop"
rc_is 1; err_has "$P/loop: Maximum (3) redirects followed"
t non-http-redirect "$X" -q extract "$P/to-file"
rc_is 1; err_has "$P/to-file: "
t oversized-download "$X" -q extract --max-bytes 1M "$P/huge-chunked"
rc_is 1; err_has "$P/huge-chunked: larger than the 1000000-byte cap"
# --timeout is a deadline per URL: a slow body is not tried again after
# it (before: 3 attempts of --timeout each). Counted, not timed.
t slow-body-deadline "$X" -q extract --delay 0 --timeout 1 --retries 5 "$P/slow-body"
rc_is 1
err_has "$P/slow-body: timed out: Operation timed out after "
err_has "bytes received (1 attempt within --timeout 1 s; no time left to retry)"
hits=$(fetch "$P/_hits" | python3 -c "import json, sys; print(json.load(sys.stdin)['paths'].get('/slow-body', {}).get('200', 0))")
is() { if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi; }
is slow-body-attempts "$hits" 1
t xxe-feed "$X" extract --delay 0 "$P/xxe.rss"
rc_is 0; count_type article 1; out_lacks "root:"
t billion-laughs-feed "$X" extract --delay 0 "$P/laughs.rss"
rc_is 0
err_has "claimex: warning: $P/laughs.rss: entities refused (an entity loop or expansion bomb in its DOCTYPE); read without them: 3 items"
count_type article 3
fetch "$P/laughs.rss" | sed "s|<link>/|<link>$P/|g" >"$D/laughs.xml"
t billion-laughs-feed-file "$X" extract --delay 0 "$D/laughs.xml"
rc_is 0
err_has "claimex: warning: $D/laughs.xml: entities refused (an entity loop or expansion bomb in its DOCTYPE); read without them: 3 items"
count_type article 3

# robots.txt of 64 MB, "Disallow: /" on its first line: obeyed whatever
# --max-bytes is, and only its first 512 KiB downloaded (the server counts
# what it could send: socket buffers hold a few MB at most).
start_server huge huge
H=$B
t robots-huge "$X" extract --delay 0 --max-bytes 100k "$H/a/one.txt"
rc_is 0; err_has "claimex: warning: $H/a/one.txt: disallowed by robots.txt"
count_type article 0
t robots-huge-big-cap "$X" extract --delay 0 --max-bytes 200M "$H/a/one.txt"
rc_is 0; err_has "claimex: warning: $H/a/one.txt: disallowed by robots.txt"
sent=$(fetch "$H/_robots_sent")
if [ "$sent" -lt $((32 << 20)) ]; then ok; else
	bad "robots-huge: $sent bytes of robots.txt sent, the download did not stop"; fi
# A robots.txt cut off before its Content-Length: nothing allowed.
start_server cut cut
t robots-cut "$X" extract --delay 0 "$B/a/one.txt"
rc_is 0
err_has "claimex: warning: $B/a/one.txt: disallowed by robots.txt (it could not be read whole: "
count_type article 0

summary hostile
