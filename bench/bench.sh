#!/bin/sh
# bench.sh - `make bench`: whole-process time and MB/s of claimex over a
# folder of HTML pages, next to a bare libxml2 parse of the same pages in
# the same run. Best of 5 runs each. Pages: the benchmark pages of
# ../shared/eval/html when present (decompressed into bench/data, which is
# not committed), else corpus/*.html repeated.
# Then figure extraction alone (segmenting and every rule set, one core,
# CPU time, best of 5) on plain text: the corpus articles (a story about
# money and troops: dense in figures) and, when present, the article
# bodies of ../shared/eval/html/truth (news of every kind), each repeated
# to 4 MB.
# Then a fetch run: FETCH_N (200) small text articles from tests/server.py
# on 127.0.0.1 with --downloads 8 --per-host 8 --delay 0, best of 3, in articles/s.
set -eu
cd "$(dirname "$0")/.."
DATA=bench/data/html
COPIES=${BENCH_COPIES:-4}
if [ ! -d "$DATA" ]; then
	mkdir -p "$DATA"
	if [ -d ../shared/eval/html/pages ]; then
		for c in $(seq 1 "$COPIES"); do
			for f in ../shared/eval/html/pages/*.html.gz; do
				b=$(basename "$f" .html.gz)
				gunzip -c "$f" >"$DATA/$b-$c.html"
			done
		done
	else
		for c in $(seq 1 200); do
			for f in corpus/*.html; do
				cp "$f" "$DATA/$c-$(basename "$f")"
			done
		done
	fi
fi
pages=$(ls "$DATA" | wc -l)
bytes=$(cat "$DATA"/* | wc -c)

now() { date +%s.%N; }
best() { # best-of-5 wall time of a command, in seconds
	b=999999
	for _ in 1 2 3 4 5; do
		s=$(now)
		"$@" >/dev/null 2>&1 || true
		e=$(now)
		b=$(echo "$s $e $b" | awk '{d=$2-$1; print (d<$3)?d:$3}')
	done
	echo "$b"
}

t_parse=$(best bench/parse_bench "$DATA"/*)
# One thread, to compare with the one-threaded bare parse.
t_extract=$(best ./claimex -q extract -j 1 "$DATA")
t_text=$(best ./claimex -q text -j 1 "$DATA")
awk -v p="$t_parse" -v x="$t_extract" -v t="$t_text" -v n="$pages" -v b="$bytes" 'BEGIN {
	mb = b / 1e6
	printf "bench: %d HTML pages, %.1f MB\n", n, mb
	printf "  bare libxml2 parse   %7.3f s  %7.1f MB/s\n", p, mb / p
	printf "  claimex text         %7.3f s  %7.1f MB/s  %.2fx the bare parse\n", t, mb / t, t / p
	printf "  claimex extract      %7.3f s  %7.1f MB/s  %.2fx the bare parse\n", x, mb / x, x / p
}'

# Threads: the same pages with -j 2 against -j 1, in articles per second
# (the machine's other load counts against -j 2: measure on a quiet one).
t_j2=$(best ./claimex -q extract -j 2 "$DATA")
awk -v a="$t_extract" -v b="$t_j2" -v n="$pages" 'BEGIN {
	printf "  extract -j 1         %7.3f s  %7.1f articles/s\n", a, n / a
	printf "  extract -j 2         %7.3f s  %7.1f articles/s  %.2fx -j 1\n", b, n / b, a / b
}'

# Archives: the same pages as one WARC and one WARC.gz (CC-NEWS layout,
# a gzip member per record), against reading them as files; MB/s of the
# pages' HTML, one thread.
[ -s bench/data/pages.warc ] || python3 scripts/mkwarc.py bench/data/pages.warc "$DATA"/*
[ -s bench/data/pages.warc.gz ] || python3 scripts/mkwarc.py bench/data/pages.warc.gz "$DATA"/*
t_warc=$(best ./claimex -q extract -j 1 bench/data/pages.warc)
t_warcgz=$(best ./claimex -q extract -j 1 bench/data/pages.warc.gz)
t_wtext=$(best ./claimex -q text -j 1 bench/data/pages.warc.gz)
awk -v f="$t_extract" -v w="$t_warc" -v z="$t_warcgz" -v t="$t_text" -v wt="$t_wtext" -v b="$bytes" 'BEGIN {
	mb = b / 1e6
	printf "  extract, files       %7.3f s  %7.1f MB/s\n", f, mb / f
	printf "  extract, WARC        %7.3f s  %7.1f MB/s  %.2fx the files\n", w, mb / w, w / f
	printf "  extract, WARC.gz     %7.3f s  %7.1f MB/s  %.2fx the files\n", z, mb / z, z / f
	printf "  text, files          %7.3f s  %7.1f MB/s\n", t, mb / t
	printf "  text, WARC.gz        %7.3f s  %7.1f MB/s  %.2fx the files\n", wt, mb / wt, wt / t
}'

echo "bench: figure extraction on plain text (one core)"
bench/figures_bench patterns 4 "corpus .txt" corpus/*.txt
if [ -d ../shared/eval/html/truth ]; then
	bench/figures_bench patterns 4 "news bodies" ../shared/eval/html/truth/*.txt
fi
# The same with actors, quotes and figure speakers, as extract runs them.
echo "bench: figures + actors + quotes on plain text (one core)"
bench/figures_bench -a patterns 4 "corpus .txt" corpus/*.txt
if [ -d ../shared/eval/html/truth ]; then
	bench/figures_bench -a patterns 4 "news bodies" ../shared/eval/html/truth/*.txt
fi
# --- fetch: articles per second from a local server ------------------
FETCH_N=${FETCH_N:-200}
FW=$(mktemp -d)
python3 tests/server.py "$FW/port" --lifetime 120 &
FSERVER=$!
trap 'kill $FSERVER 2>/dev/null; rm -rf "$FW"' EXIT
i=0
while [ ! -s "$FW/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
FB="http://127.0.0.1:$(cat "$FW/port")"
i=0
while [ $i -lt "$FETCH_N" ]; do echo "$FB/a/bench$i.txt"; i=$((i + 1)); done >"$FW/urls"
fbest=999999
for _ in 1 2 3; do
	s=$(now)
	./claimex -q extract --downloads 8 --per-host 8 --delay 0 --urls "$FW/urls" >"$FW/out" 2>/dev/null || true
	e=$(now)
	fbest=$(echo "$s $e $fbest" | awk '{d=$2-$1; print (d<$3)?d:$3}')
done
got=$(grep -c '"type":"article"' "$FW/out" || true)
awk -v t="$fbest" -v n="$FETCH_N" -v g="$got" 'BEGIN {
	printf "  claimex fetch --downloads 8  %7.3f s  %7.1f articles/s  (%d of %d articles, local server)\n", t, n / t, g, n
}'

# The reduce step over generated records (bench/gen_records.py: stories
# of 2-8 articles with signatures, about 10 figures per article with
# claims) at growing sizes: reading (JSON parsing) and the reduce itself
# (stories, copies, conflicts) timed apart, one core, peak memory. The
# largest size is a million articles (about 10 million figures, 5 GB of
# records); BENCH_REDUCE_SIZES chooses others.
SIZES=${BENCH_REDUCE_SIZES:-"100000 300000 1000000"}
echo "reduce step (bench/reduce_bench over generated records, one core):"
for n in $SIZES; do
	f=bench/data/records-$n.jsonl
	[ -s "$f" ] || python3 bench/gen_records.py "$n" >"$f"
	bench/reduce_bench "$f"
done
