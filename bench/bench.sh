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
t_extract=$(best ./claimex -q extract "$DATA")
t_text=$(best ./claimex -q text "$DATA")
awk -v p="$t_parse" -v x="$t_extract" -v t="$t_text" -v n="$pages" -v b="$bytes" 'BEGIN {
	mb = b / 1e6
	printf "bench: %d HTML pages, %.1f MB\n", n, mb
	printf "  bare libxml2 parse   %7.3f s  %7.1f MB/s\n", p, mb / p
	printf "  claimex text         %7.3f s  %7.1f MB/s  %.2fx the bare parse\n", t, mb / t, t / p
	printf "  claimex extract      %7.3f s  %7.1f MB/s  %.2fx the bare parse\n", x, mb / x, x / p
}'

echo "bench: figure extraction on plain text (one core)"
bench/figures_bench patterns 4 "corpus .txt" corpus/*.txt
if [ -d ../shared/eval/html/truth ]; then
	bench/figures_bench patterns 4 "news bodies" ../shared/eval/html/truth/*.txt
fi
