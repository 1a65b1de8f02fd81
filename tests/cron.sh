#!/bin/sh
# cron.sh - fetching and cron mode against tests/server.py on 127.0.0.1:
# feeds, robots.txt, conditional GET, the --db store, locking, kill -9,
# retries, limits and canned faults. usage: cron.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
. "$HERE/lib.sh"
PIDS=""
trap 'for p in $PIDS; do kill -9 $p 2>/dev/null; done; rm -rf "$WORK"' EXIT

# Two servers: two "hosts" (ports) with different robots.txt.
start_server() { # NAME ROBOTS-MODE
	python3 "$HERE/server.py" "$WORK/port.$1" --lifetime 280 --robots "$2" &
	PIDS="$PIDS $!"
	i=0
	while [ ! -s "$WORK/port.$1" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	if [ ! -s "$WORK/port.$1" ]; then
		echo "cron: the test server did not start"
		echo "cron: 0 passed, 1 failed"
		exit 1
	fi
}
start_server a rules
start_server b 500
A="http://127.0.0.1:$(cat "$WORK/port.a")"
B="http://127.0.0.1:$(cat "$WORK/port.b")"

# hits PATH STATUS: how many responses of that status the server sent.
hits() {
	python3 - "$A/_hits" "$1" "$2" <<'EOF'
import json, sys, urllib.request
d = json.load(urllib.request.urlopen(sys.argv[1], timeout=10))
print(d["paths"].get(sys.argv[2], {}).get(sys.argv[3], 0))
EOF
}
# maxc PREFIX: most concurrent requests the server saw under PREFIX.
maxc() {
	python3 - "$A/_hits" "$1" <<'EOF'
import json, sys, urllib.request
d = json.load(urllib.request.urlopen(sys.argv[1], timeout=10))
print(d["max"].get(sys.argv[2], 0))
EOF
}
ctl() {
	python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=10).read()" "$A/_ctl/$1"
}
# sql DB QUERY: first column of the first row (the store is read through
# Python's own sqlite3 module: the sqlite3 shell need not be installed).
sql() {
	python3 - "$1" "$2" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=10)
r = c.execute(sys.argv[2]).fetchone()
print(r[0] if r else "")
EOF
}
is() { # NAME GOT WANT
	if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi
}
articles() { grep -c '"type":"article"' "$1" 2>/dev/null || echo 0; }

# --- the cron scenario ------------------------------------------------
DB=$WORK/cron.db
OUT=$WORK/out
t cron-first "$CLAIMEX" run --delay 0 --db "$DB" -o "$OUT" "$A/feed.rss"
rc_is 1
err_has "claimex: $A/a/dead.txt: HTTP 404"
err_has "claimex: warning: $A/private/secret.txt: disallowed by robots.txt"
err_has "1 of 7 inputs failed"
is cron-first-articles "$(articles "$OUT/claims.jsonl")" 5
is cron-first-one "$(hits /a/one.txt 200)" 1
is cron-first-five "$(hits /a/five.txt 200)" 1
is cron-first-robots "$(hits /robots.txt 200)" 1
is cron-first-private "$(hits /private/secret.txt 200)" 0
is cron-first-stored "$(sql "$DB" 'select count(*) from articles')" 5
is cron-first-wal "$(sql "$DB" 'pragma journal_mode')" wal
is cron-first-schema "$(sql "$DB" 'pragma user_version')" 1
is cron-first-etag "$(sql "$DB" "select etag is not null and last_modified is not null from articles where url = '$A/a/one.txt'")" 1
[ -z "$(ls -A "$OUT" | grep tmp)" ] && ok || bad "cron-first: temporary file left"
cp "$OUT/claims.jsonl" "$WORK/first.jsonl"

ctl reset
t cron-second "$CLAIMEX" -q run --delay 0 --db "$DB" -o "$OUT" "$A/feed.rss"
rc_is 1
err_has "$A/a/dead.txt: HTTP 404"
err_lines 1
is cron-second-feed-304 "$(hits /feed.rss 304)" 1
for n in one two three four five; do
	is "cron-second-$n" "$(hits /a/$n.txt 200)$(hits /a/$n.txt 304)" 00
done
if cmp -s "$OUT/claims.jsonl" "$WORK/first.jsonl"; then ok; else bad "cron-second: outputs changed"; fi

ctl add-item
ctl reset
t cron-new-item "$CLAIMEX" -q run --delay 0 --db "$DB" -o "$OUT" "$A/feed.rss"
rc_is 1
is cron-new-feed "$(hits /feed.rss 200)" 1
is cron-new-new "$(hits /a/new.txt 200)" 1
is cron-new-one "$(hits /a/one.txt 200)" 0
is cron-new-articles "$(articles "$OUT/claims.jsonl")" 6
grep -q "\"source\":\"$A/a/new.txt\"" "$OUT/claims.jsonl" && ok || bad "cron-new: new.txt not in the outputs"

# Other feeds listing stored articles under other dates: asked for
# conditionally (If-None-Match), answered 304, not downloaded.
ctl reset
t cron-atom-rdf "$CLAIMEX" run --delay 0 --db "$DB" -o "$OUT" "$A/feed.atom" "$A/feed.rdf"
rc_is 0
is cron-atom-one "$(hits /a/one.txt 200) $(hits /a/one.txt 304)" "0 1"
is cron-rdf-four "$(hits /a/four.txt 200) $(hits /a/four.txt 304)" "0 1"
is cron-atom-edit "$(hits /edit/one 200)" 0
is cron-outputs-cover-store "$(articles "$OUT/claims.jsonl")" "$(sql "$DB" 'select count(*) from articles')"
# claims.jsonl: every stored record, then the story and conflict records.
is cron-records-cover-store "$(grep -c -v -E '"type":"(conflict|story)"' "$OUT/claims.jsonl")" "$(sql "$DB" 'select count(*) from records')"

# A direct article URL already stored: a conditional GET, then skipped.
ctl reset
t cron-direct "$CLAIMEX" run -v --delay 0 --db "$DB" -o "$OUT" "$A/a/two.txt"
rc_is 0; err_has "$A/a/two.txt: not modified (304)"
is cron-direct-304 "$(hits /a/two.txt 304)" 1
# Rebuild only: no inputs, the outputs from the whole store.
rm -rf "$OUT"
t cron-rebuild "$CLAIMEX" run --db "$DB" -o "$OUT"
rc_is 0; err_empty
is cron-rebuild-articles "$(articles "$OUT/claims.jsonl")" 6

# --- --since and --urls ------------------------------------------------
cat >"$WORK/urls.txt" <<EOF
# dated articles and one without a date

  $A/dated/2024-01-05/fresh
$A/dated/2023-06-01/stale
$A/a/undated.txt
EOF
t since "$CLAIMEX" run --delay 0 --db "$WORK/since.db" --since 2024-01-01 --urls "$WORK/urls.txt" -o "$WORK/since"
rc_is 0; err_empty
is since-articles "$(articles "$WORK/since/claims.jsonl")" 2
grep -q '"published":"2024-01-05"' "$WORK/since/claims.jsonl" && ok || bad "since: fresh article missing"
grep -q '2023-06-01' "$WORK/since/claims.jsonl" && bad "since: stale article kept" || ok
is since-stored "$(sql "$WORK/since.db" 'select count(*) from articles')" 3
t since-all "$CLAIMEX" run --db "$WORK/since.db" -o "$WORK/since"
is since-all-articles "$(articles "$WORK/since/claims.jsonl")" 3
t urls-missing "$CLAIMEX" extract --urls "$WORK/nope.txt"
rc_is 1; err_has "$WORK/nope.txt: No such file or directory"

# --- overlapping runs: exit 5, then --wait ----------------------------
ctl slow
LDB=$WORK/lock.db
"$CLAIMEX" -q run --delay 0 --db "$LDB" -o "$WORK/lock1" "$A/slow-art/holder" \
	>"$WORK/holder.out" 2>"$WORK/holder.err" &
HOLDER=$!
PIDS="$PIDS $HOLDER"
i=0
while [ "$(hits /slow-art/holder 200)" = 0 ] && [ ! -s "$WORK/lock.db.lock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
sleep 0.3
t locked "$CLAIMEX" run --delay 0 --db "$LDB" -o "$WORK/lock2" "$A/a/one.txt"
rc_is 5
err_has "claimex: $LDB: another claimex run holds the store (pid $HOLDER); use --wait to wait"
[ ! -e "$WORK/lock2/claims.jsonl" ] && ok || bad "locked: outputs written"
timeout 60 "$CLAIMEX" -q run --wait --delay 0 --db "$LDB" -o "$WORK/lock3" "$A/a/one.txt" \
	>"$WORK/waiter.out" 2>"$WORK/waiter.err" &
WAITER=$!
sleep 0.5
kill -0 "$WAITER" 2>/dev/null && ok || bad "wait: the waiting run did not wait"
ctl fast
wait "$HOLDER"; hrc=$?
wait "$WAITER"; wrc=$?
is lock-holder-rc "$hrc" 0
is lock-waiter-rc "$wrc" 0
is lock-waiter-articles "$(articles "$WORK/lock3/claims.jsonl")" 2

# --- kill -9 mid-run, then a run that completes -----------------------
ctl slow
ctl reset
KDB=$WORK/kill.db
KFEED="$A/list.rss?i=a/k1.txt,a/k2.txt,a/k3.txt,a/k4.txt,slow-art/k5,a/k6.txt"
"$CLAIMEX" -q run --downloads 8 --delay 0 --db "$KDB" -o "$WORK/kill" "$KFEED" \
	>/dev/null 2>"$WORK/kill.err" &
VICTIM=$!
PIDS="$PIDS $VICTIM"
i=0
while [ "$(sql "$KDB" 'select count(*) from articles' 2>/dev/null)" != 5 ] && [ $i -lt 150 ]; do sleep 0.1; i=$((i + 1)); done
kill -9 "$VICTIM"
wait "$VICTIM" 2>/dev/null
is kill-stored "$(sql "$KDB" 'select count(*) from articles')" 5
is kill-integrity "$(sql "$KDB" 'pragma integrity_check')" ok
is kill-whole-articles "$(sql "$KDB" 'select count(*) from articles a where not exists (select 1 from records r where r.article = a.id)')" 0
[ ! -e "$WORK/kill/claims.jsonl" ] && ok || bad "kill: outputs written by a killed run"
ctl fast
ctl reset
t kill-rerun "$CLAIMEX" -q run --downloads 8 --delay 0 --db "$KDB" -o "$WORK/kill" "$KFEED"
rc_is 0; err_empty
is kill-rerun-slow "$(hits /slow-art/k5 200)" 1
is kill-rerun-k1 "$(hits /a/k1.txt 200)" 0
is kill-rerun-articles "$(articles "$WORK/kill/claims.jsonl")" 6
is kill-rerun-stored "$(sql "$KDB" 'select count(*) from articles')" 6

# --- robots.txt: 5xx forbids the host; the claimex group wins ---------
t robots-5xx "$CLAIMEX" extract --delay 0 --retries 0 "$B/a/one.txt" "$A/a/one.txt"
rc_is 0; count_type article 1
err_has "claimex: warning: $B/a/one.txt: disallowed by robots.txt"
t robots-star "$CLAIMEX" extract --delay 0 "$A/private/ok.txt"
rc_is 0; count_type article 1

# --- retries, limits, canned faults ------------------------------------
ctl reset
t retry "$CLAIMEX" extract --delay 0 "$A/flaky/r1"
rc_is 0; err_empty; count_type article 1
is retry-hits "$(hits /flaky/r1 500) $(hits /flaky/r1 200)" "1 1"
t no-retry "$CLAIMEX" extract --delay 0 --retries 0 "$A/flaky/r2"
rc_is 1; err_has "claimex: $A/flaky/r2: HTTP 500"
t retry-4xx "$CLAIMEX" extract --delay 0 "$A/a/dead.txt"
rc_is 1
is retry-4xx-hits "$(hits /a/dead.txt 404)" 1

ctl reset
t per-host "$CLAIMEX" -q extract --delay 0 "$A/ph/1" "$A/ph/2" "$A/ph/3" "$A/ph/4" "$A/ph/5" "$A/ph/6"
rc_is 0; count_type article 6
is per-host-max "$(maxc /ph/)" 2
ctl reset
t per-host-4 "$CLAIMEX" -q extract --delay 0 --per-host 4 "$A/ph/1" "$A/ph/2" "$A/ph/3" "$A/ph/4" "$A/ph/5" "$A/ph/6"
rc_is 0
is per-host-4-max "$(maxc /ph/)" 4
ctl reset
t delay "$CLAIMEX" -q extract --delay 0.8 "$A/ph/d1" "$A/ph/d2" "$A/ph/d3"
rc_is 0
is delay-max "$(maxc /ph/)" 1

i=0
: >"$WORK/many.txt"
while [ $i -lt 120 ]; do echo "$A/a/m$i.txt" >>"$WORK/many.txt"; i=$((i + 1)); done
ctl reset
t many "$CLAIMEX" -q extract --downloads 8 --per-host 8 --delay 0 --urls "$WORK/many.txt"
rc_is 0; count_type article 120
m=$(maxc /a/)
[ "$m" -le 8 ] && [ "$m" -ge 2 ] && ok || bad "many: $m concurrent requests, want 2..8"
# Output order is input order, not completion order.
grep '"type":"article"' "$T_OUT" | head -1 | grep -q "/a/m0.txt" && ok || bad "many: first article is not m0"
grep '"type":"article"' "$T_OUT" | tail -1 | grep -q "/a/m119.txt" && ok || bad "many: last article is not m119"

t faults "$CLAIMEX" run --delay 0 --retries 0 --timeout 1 --max-bytes 1M --max-redirects 3 \
	--db "$WORK/faults.db" -o "$WORK/faults" \
	"$A/loop" "$A/to-file" "$A/slow" "$A/huge" "$A/badgzip" "$A/404" "$A/a/ok.txt"
rc_is 1
err_has "claimex: $A/loop: Maximum (3) redirects followed"
err_has "claimex: $A/to-file: "
err_has "claimex: $A/slow: timed out: Operation timed out after "
err_has "claimex: $A/huge: larger than the 1000000-byte cap"
err_has "claimex: $A/badgzip: "
err_has "claimex: $A/404: HTTP 404"
err_has "6 of 7 inputs failed"
is faults-stored "$(sql "$WORK/faults.db" 'select count(*) from articles')" 1
is faults-articles "$(articles "$WORK/faults/claims.jsonl")" 1

# --- feeds through extract and text; determinism ----------------------
t feeds "$CLAIMEX" -q extract --delay 0 "$A/feed.rss" "$A/feed.atom" "$A/feed.rdf"
rc_is 1; count_type article 6
cp "$T_OUT" "$WORK/feeds1"
t feeds-again "$CLAIMEX" -q extract --delay 0 "$A/feed.rss" "$A/feed.atom" "$A/feed.rdf"
cmp -s "$T_OUT" "$WORK/feeds1" && ok || bad "feeds: output differs between runs"
t big-feed "$CLAIMEX" -q text --downloads 8 --per-host 8 --delay 0 "$A/big-feed?n=50"
rc_is 0
n=$(grep -c "^Critics said" "$T_OUT")
is big-feed-texts "$n" 50

# --- progress: on a terminal only ------------------------------------
t no-tty "$CLAIMEX" run --delay 0 -o "$WORK/p" "$A/a/one.txt"
rc_is 0; err_empty
if command -v script >/dev/null 2>&1; then
	t tty script -qec "'$CLAIMEX' run --delay 0 -o '$WORK/p' '$A/a/one.txt'" /dev/null
	rc_is 0
	out_has "1 article, "
	t tty-quiet script -qec "'$CLAIMEX' -q run --delay 0 -o '$WORK/p' '$A/a/one.txt'" /dev/null
	out_lacks "article"
fi

summary cron
