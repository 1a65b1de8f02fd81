#!/bin/sh
# run.sh - runs every test under the sanitizers and prints one summary
# line. usage: run.sh SANITIZED-CLAIMEX UNIT-TEST-BINARY...
set -u
CLAIMEX=$1
shift
HERE=$(cd "$(dirname "$0")" && pwd)
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
export ASAN_OPTIONS="detect_leaks=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0

run_one() { # NAME CMD...: runs a suite, keeps its "N passed, N failed" line
	name=$1
	shift
	if "$@" >"$LOG.out" 2>"$LOG.err"; then :; else status=1; fi
	line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$LOG.out" | tail -1)
	if [ -z "$line" ]; then
		echo "$name: crashed or printed no summary"
		line="$name: 0 passed, 1 failed"
		status=1
	fi
	echo "$line"
	grep -E -v '^$' "$LOG.err" | head -40
	echo "$line" >>"$LOG"
}

for bin in "$@"; do
	run_one "$(basename "$bin")" "$bin"
done
for suite in cli net cron golden reduce report install tools lang hostile scale cluster fuzz sitemap export; do
	run_one "$suite" sh "$HERE/$suite.sh" "$CLAIMEX"
done

passed=$(sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\1/' "$LOG" | awk '{s+=$1} END {print s+0}')
failed=$(sed -E 's/.* ([0-9]+) passed, ([0-9]+) failed.*/\2/' "$LOG" | awk '{s+=$1} END {print s+0}')
rm -f "$LOG.out" "$LOG.err"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
