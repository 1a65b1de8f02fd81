#!/bin/sh
# cluster.sh - scripts/claimex-dask.py on a real Dask cluster: a scheduler
# and two workers on 127.0.0.1. The cluster's records and conflicts equal
# one local run's (records sorted), and a shard whose worker is killed
# (kill -9) in the middle is redone.
# usage: cluster.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=$(mktemp -d)
PIDS=""
cleanup() {
	for p in $PIDS; do kill "$p" 2>/dev/null; done
	sleep 0.5
	for p in $PIDS; do kill -9 "$p" 2>/dev/null; done
	rm -rf "$WORK"
}
trap cleanup EXIT
[ -n "${KEEP:-}" ] && trap - EXIT
. "$HERE/lib.sh"
# Debian's python3 has python3-distributed; a python3 earlier on PATH
# may not.
PY=/usr/bin/python3
if ! $PY -c 'import distributed' 2>/dev/null; then
	bad "python3-distributed is not installed (make deps)"
	summary cluster
	exit 1
fi

# Inputs: the corpus, a few real pages, an archive, one bad file, and
# the article whose shard's worker is killed.
mkdir -p "$WORK/in"
cp "$ROOT"/corpus/* "$WORK/in/"
n=0
for f in "$ROOT"/../shared/eval/html/pages/*.html.gz; do
	[ -f "$f" ] || continue
	cp "$f" "$WORK/in/"
	n=$((n + 1))
	[ $n -lt 6 ] || break
done
python3 "$ROOT/scripts/mkwarc.py" "$WORK/in/news.warc.gz" "$ROOT"/corpus/*.txt
cp "$ROOT/corpus/000_19efbc6d4b7c41ff.txt" "$WORK/in/KILLME.txt"
: >"$WORK/in/empty.txt"
find "$WORK/in" -type f | sort >"$WORK/inputs"

# The cluster: a scheduler on a free port, two workers of one thread.
cd "$WORK"
$PY -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 \
	--no-dashboard --scheduler-file "$WORK/sched.json" \
	>"$WORK/sched.log" 2>&1 &
PIDS="$PIDS $!"
i=0
while [ ! -s "$WORK/sched.json" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
ADDR=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["address"])' "$WORK/sched.json")
for w in 1 2; do
	$PY -m distributed.cli.dask_worker --scheduler-file "$WORK/sched.json" \
		--host 127.0.0.1 --nthreads 1 --no-dashboard \
		--name "w$w" >"$WORK/worker$w.log" 2>&1 &
	PIDS="$PIDS $!"
done

# claimex behind a wrapper that, on the first attempt of the shard that
# lists KILLME.txt, kills its worker process (the wrapper's parent) with
# SIGKILL in the middle of the shard.
cat >"$WORK/claimex-wrap" <<EOS
#!/bin/sh
for a in "\$@"; do list=\$a; done
if [ "\$1" = extract ] && grep -q KILLME "\$list" && mkdir "$WORK/killed" 2>/dev/null; then
	kill -9 \$PPID
	sleep 2
	exit 9
fi
exec "$CLAIMEX" "\$@"
EOS
chmod +x "$WORK/claimex-wrap"

# One local run, the reference.
"$CLAIMEX" extract -q -j 1 --patterns "$ROOT/patterns" \
	--files-from "$WORK/inputs" >"$WORK/local.jsonl" 2>/dev/null
sort "$WORK/local.jsonl" >"$WORK/local.sorted"
"$CLAIMEX" conflicts "$WORK/local.jsonl" >"$WORK/local.conflicts"

t cluster-run timeout 110 $PY "$ROOT/scripts/claimex-dask.py" \
	--scheduler "$ADDR" --out "$WORK/out" --per-shard 4 \
	--patterns "$ROOT/patterns" \
	--claimex "$WORK/claimex-wrap" --files-from "$WORK/inputs"
# empty.txt is a bad input: named in its shard's .err, status 1.
rc_is 1
err_has "some inputs failed"
grep -l "empty.txt" "$WORK"/out/records/*.err >/dev/null && ok ||
	bad "the bad input is not named in a shard's .err file"
[ -d "$WORK/killed" ] && ok || bad "no worker was killed"
nshards=$(ls "$WORK"/out/shards/*.list | wc -l)
nrec=$(ls "$WORK"/out/records/*.jsonl | wc -l)
[ "$nshards" -gt 2 ] && [ "$nshards" -eq "$nrec" ] && ok ||
	bad "$nshards shards, $nrec record files"
ls "$WORK"/out/records/ | grep -q tmp && bad "a temporary file is left" || ok
sort "$WORK"/out/records/*.jsonl >"$WORK/cluster.sorted"
[ -s "$WORK/local.sorted" ] && cmp -s "$WORK/cluster.sorted" "$WORK/local.sorted" &&
	ok || bad "cluster records differ from the local run"
cmp -s "$WORK/out/conflicts.jsonl" "$WORK/local.conflicts" && ok ||
	bad "cluster conflicts differ from the local run"
# The killed shard was redone: its records are there.
grep -q '"source":"[^"]*KILLME.txt"' "$WORK/cluster.sorted" && ok ||
	bad "the killed worker's shard was not redone"
t cluster-usage $PY "$ROOT/scripts/claimex-dask.py" --scheduler "$ADDR" --out "$WORK/o2"
rc_is 2

summary cluster
