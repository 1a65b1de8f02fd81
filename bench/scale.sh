#!/bin/sh
# scale.sh - `make bench-scale`: `claimex run -j 2` over a generated
# archive of news pages at 100k, 300k and 1M articles, time and peak
# memory side by side.
#
# The archive is generated here, never committed: WARC.gz files of 100k
# articles each (scripts/mkwarc.py --vary: real pages of
# ../shared/eval/html/pages, one in eleven, and article bodies of
# ../shared/eval/html/truth and corpus/ wrapped in HTML, every copy's
# numbers, title and paragraph order varied), in $SCALE_DIR (default
# build/scale), reused by later runs. 1M articles take about 20 GB there.
#
# SCALE_POINTS: the sizes to run, in thousands (default "100 300 1000").
# SCALE_JOBS: claimex -j (default 2).
set -eu
cd "$(dirname "$0")/.."
DIR=${SCALE_DIR:-build/scale}
POINTS=${SCALE_POINTS:-"100 300 1000"}
JOBS=${SCALE_JOBS:-2}
PER=100000
mkdir -p "$DIR"
texts=""
for f in corpus/*.txt ../shared/eval/html/truth/*.txt; do
	[ -f "$f" ] && texts="$texts $f"
done
pages=""
for f in ../shared/eval/html/pages/*.html.gz corpus/*.html; do
	[ -f "$f" ] && pages="$pages $f"
done
# Ten copies of the text list for one of the page list: about one
# full web page in eleven articles.
mix=""
for _ in 1 2 3 4 5 6 7 8 9 10; do mix="$mix $texts"; done
mix="$mix $pages"

shard() { # shard I: the I-th archive of PER articles, made when missing
	f=$DIR/news-$1.warc.gz
	if [ ! -s "$f" ]; then
		echo "bench-scale: writing $f ($PER articles)" >&2
		# shellcheck disable=SC2086
		python3 scripts/mkwarc.py "$f.tmp" --vary $PER \
			--start $(($1 * PER)) $mix
		mv "$f.tmp" "$f"
	fi
	echo "$f"
}

echo "bench-scale: claimex run -j $JOBS over generated WARC.gz archives"
printf '  %10s  %10s  %12s  %10s  %8s\n' articles seconds articles/s "peak MB" "MB/s in"
for k in $POINTS; do
	n=$((k * 1000))
	nshards=$(((n + PER - 1) / PER))
	: >"$DIR/list-$k"
	i=0
	while [ $i -lt $nshards ]; do
		shard $i >>"$DIR/list-$k"
		i=$((i + 1))
	done
	bytes=$(cat $(cat "$DIR/list-$k") | wc -c)
	rm -rf "$DIR/out-$k"
	/usr/bin/time -f "%e %M" -o "$DIR/time-$k" ./claimex -q run -j "$JOBS" \
		--files-from "$DIR/list-$k" -o "$DIR/out-$k" || true
	read -r secs kb <<EOF
$(tail -1 "$DIR/time-$k")
EOF
	got=$(grep -c '"type":"article"' "$DIR/out-$k/claims.jsonl" || true)
	awk -v n="$got" -v s="$secs" -v k="$kb" -v b="$bytes" 'BEGIN {
		printf "  %10d  %10.1f  %12.0f  %10.0f  %8.1f\n", n, s, n / s,
		       k / 1024, b / 1e6 / s }'
	rm -rf "$DIR/out-$k"
done
