#!/bin/sh
# golden.sh - end-to-end golden files: corpus/ in, expected records and
# body texts out, compared with diff -u. `--update` rewrites them (review
# the diff before committing). usage: golden.sh CLAIMEX [--update]
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
UPDATE=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
cd "$HERE/.."
G=tests/golden
mkdir -p "$G/text"

compare() { # NAME GOT WANT
	if [ "$UPDATE" = "--update" ]; then
		cp "$2" "$3"
		ok
	elif diff -u "$3" "$2" >"$WORK/diff"; then
		ok
	else
		bad "$1 differs from $3"
		head -40 "$WORK/diff" >&2
	fi
}

t records "$CLAIMEX" extract corpus
rc_is 0
compare records "$T_OUT" "$G/corpus.jsonl"
for f in corpus/*; do
	case "$f" in *.txt|*.html|*.htm) ;; *) continue ;; esac
	name=$(basename "$f")
	t "text $name" "$CLAIMEX" text "$f"
	rc_is 0
	compare "text $name" "$T_OUT" "$G/text/$name.txt"
done
summary golden
