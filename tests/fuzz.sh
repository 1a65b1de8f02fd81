#!/bin/sh
# fuzz.sh - runs every libFuzzer target of build/fuzz/ (built by
# `make fuzz-build`) for FUZZ_SECONDS each (default 3), one after the
# other, from its seeds in tests/fuzz/NAME/ (and corpus/ for the targets
# that read articles: reader, text, pipeline). In the test suite (the
# default) each run is a smoke test in a temporary corpus folder; with
# FUZZ_MODE=long (`make fuzz`) the corpus grows in build/fuzz/NAME/.
# A crash, leak, timeout or sanitizer report fails the target and leaves
# its input in build/fuzz/ (or the temporary folder, printed).
# usage: fuzz.sh [IGNORED-CLAIMEX]
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(dirname "$HERE")
SECS=${FUZZ_SECONDS:-3}
MODE=${FUZZ_MODE:-smoke}
cd "$TOP" || exit 1
pass=0
fail=0
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for src in tests/fuzz/fuzz_*.c; do
	t=$(basename "$src" .c)
	t=${t#fuzz_}
	bin=build/fuzz/fuzz_$t
	if [ ! -x "$bin" ]; then
		echo "fuzz: $bin: not built (make fuzz-build)" >&2
		fail=$((fail + 1))
		continue
	fi
	if [ "$MODE" = long ]; then
		corpus=build/fuzz/$t
		art=build/fuzz/
	else
		corpus=$TMP/$t
		art=$TMP/
	fi
	mkdir -p "$corpus"
	# Seeds: tests/fuzz/NAME/ when the target has seeds of its own, and
	# the sample articles of corpus/ for the targets that read articles.
	seeds=""
	[ -d "tests/fuzz/$t" ] && seeds="tests/fuzz/$t"
	case $t in reader | text | pipeline) seeds="$seeds corpus" ;; esac
	# shellcheck disable=SC2086
	if "$bin" -max_total_time="$SECS" -max_len=65536 -timeout=20 \
		-rss_limit_mb=2048 -artifact_prefix="$art" \
		-print_final_stats=1 "$corpus" $seeds \
		>"$TMP/log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$TMP/log")
		echo "fuzz: $t: ${runs:-?} executions in $SECS s, nothing found"
		pass=$((pass + 1))
	else
		echo "fuzz: $t: FAILED" >&2
		grep -E 'ERROR|SUMMARY|runtime error|Test unit written' \
			"$TMP/log" | head -20 >&2
		[ "$MODE" = long ] || cp "$TMP"/crash-* "$TMP"/leak-* \
			"$TMP"/timeout-* "$TMP"/oom-* build/fuzz/ 2>/dev/null
		fail=$((fail + 1))
	fi
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
