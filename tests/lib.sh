# lib.sh - shared helpers for the shell test scripts (sourced, not run).
# Each script counts its own checks and ends with `summary NAME`, which
# prints "NAME: N passed, N failed" (tests/run.sh adds them up).

PASS=0
FAIL=0
# Sanitizer findings exit with 86 so that no expected status can hide one.
export ASAN_OPTIONS="exitcode=86:detect_leaks=1:abort_on_error=0"
export LSAN_OPTIONS="exitcode=86"
export UBSAN_OPTIONS="exitcode=86:print_stacktrace=1:halt_on_error=1"

ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); printf '  FAIL: %s\n' "$*" >&2; }

# t NAME CMD...: runs CMD (bounded to 60 s) with stdout/stderr captured in
# $T_OUT/$T_ERR and the status in $T_RC. A sanitizer report is a failure.
t() {
	T_NAME=$1
	shift
	T_OUT=$WORK/out.$PASS.$FAIL
	T_ERR=$WORK/err.$PASS.$FAIL
	timeout 60 "$@" >"$T_OUT" 2>"$T_ERR" </dev/null
	T_RC=$?
	if grep -q -E 'Sanitizer|runtime error:' "$T_ERR"; then
		bad "$T_NAME: sanitizer report"
		sed 's/^/    /' "$T_ERR" | head -30 >&2
	fi
}

# Same as t, with stdin from a file.
t_in() {
	T_NAME=$1
	T_INPUT=$2
	shift 2
	T_OUT=$WORK/out.$PASS.$FAIL
	T_ERR=$WORK/err.$PASS.$FAIL
	timeout 60 "$@" >"$T_OUT" 2>"$T_ERR" <"$T_INPUT"
	T_RC=$?
	if grep -q -E 'Sanitizer|runtime error:' "$T_ERR"; then
		bad "$T_NAME: sanitizer report"
	fi
}

rc_is() {
	if [ "$T_RC" -eq "$1" ]; then ok; else
		bad "$T_NAME: exit status $T_RC, want $1"
		sed 's/^/    stderr: /' "$T_ERR" | head -5 >&2
	fi
}
out_has() {
	if grep -q -F -- "$1" "$T_OUT"; then ok; else
		bad "$T_NAME: stdout lacks '$1'"
	fi
}
out_lacks() {
	if grep -q -F -- "$1" "$T_OUT"; then bad "$T_NAME: stdout has '$1'"; else ok; fi
}
err_has() {
	if grep -q -F -- "$1" "$T_ERR"; then ok; else
		bad "$T_NAME: stderr lacks '$1'"
		sed 's/^/    stderr: /' "$T_ERR" | head -5 >&2
	fi
}
err_empty() {
	if [ -s "$T_ERR" ]; then bad "$T_NAME: stderr not empty"
		sed 's/^/    stderr: /' "$T_ERR" | head -5 >&2
	else ok; fi
}
err_lines() {
	n=$(wc -l <"$T_ERR")
	if [ "$n" -eq "$1" ]; then ok; else bad "$T_NAME: $n stderr lines, want $1"; fi
}
# count_type TYPE N: stdout holds N records of that type.
count_type() {
	n=$(grep -c "\"type\":\"$1\"" "$T_OUT")
	if [ "$n" -eq "$2" ]; then ok; else bad "$T_NAME: $n $1 records, want $2"; fi
}

summary() {
	echo "$1: $PASS passed, $FAIL failed"
	[ "$FAIL" -eq 0 ]
}
