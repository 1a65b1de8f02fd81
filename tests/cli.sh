#!/bin/sh
# cli.sh - transcripts of the command line: exit statuses, stderr lines,
# bad inputs of every kind. usage: cli.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
cd "$HERE/.."

# --- help, version, misuse -------------------------------------------
t help "$CLAIMEX" --help
rc_is 0; out_has "usage: claimex COMMAND"; out_has "Exit status:"; err_empty
t version "$CLAIMEX" --version
rc_is 0; out_has "claimex 0.1.0"; err_empty
t no-args "$CLAIMEX"
rc_is 2; err_has "no command given"; err_has "Try 'claimex --help'"
t bad-command "$CLAIMEX" frob
rc_is 2; err_has "unknown command 'frob'"
t bad-option "$CLAIMEX" extract --nope corpus
rc_is 2; err_has "unknown option '--nope'"
t no-input "$CLAIMEX" extract
rc_is 2; err_has "no INPUT given"
t bad-bytes "$CLAIMEX" extract --max-bytes lots corpus
rc_is 2; err_has "bad --max-bytes value 'lots'"

# --- the corpus ----------------------------------------------------------
t corpus "$CLAIMEX" extract corpus
rc_is 0; err_empty
n=$(ls corpus | grep -c -E '\.(txt|html?)$')
count_type article "$n"
out_has '"source":"corpus/000_19efbc6d4b7c41ff.txt"'
out_has '"published":"2019-11-21"'
t corpus-quiet "$CLAIMEX" -q extract corpus
rc_is 0; err_empty
t corpus-verbose "$CLAIMEX" extract -v corpus/000_19efbc6d4b7c41ff.txt
rc_is 0; err_has "corpus/000_19efbc6d4b7c41ff.txt:"
t deterministic sh -c "'$CLAIMEX' extract corpus > '$WORK/a' && '$CLAIMEX' extract corpus > '$WORK/b' && cmp '$WORK/a' '$WORK/b'"
rc_is 0

# --- bad inputs: one line each, the run goes on, exit 1 ---------------
GOOD=corpus/002_2b3ffae0b3c3fc9b.txt
: >"$WORK/empty.txt"
printf '\177ELF\002\001\001\000\000\000\000\000binary' >"$WORK/bin.txt"
printf 'abc \201\215\220 def and more text here\n' >"$WORK/badutf8.txt"
head -c 5000 /dev/zero | tr '\0' 'x' >"$WORK/big.txt"
mkdir "$WORK/unreadable.d"
python3 -c "import sys; sys.stdout.write('<html><body>' + '<div>' * 100000 + '<p>deep text here</p>' + '</div>' * 100000 + '</body></html>')" >"$WORK/deep.html"
python3 -c "import sys; sys.stdout.write('<html><body>' + '<b>' * 200000 + 'x' + '</body></html>')" >"$WORK/deep-inline.html"
printf '<html><body><nav>Home</nav><script>var x = 1;</script></body></html>' >"$WORK/nobody.html"

t missing "$CLAIMEX" extract "$WORK/missing.txt" "$GOOD"
rc_is 1; err_has "claimex: $WORK/missing.txt: No such file or directory"
err_lines 2; count_type article 1
t empty "$CLAIMEX" -q extract "$WORK/empty.txt" "$GOOD"
rc_is 1; err_has "$WORK/empty.txt: empty file"; err_lines 1; count_type article 1
t binary "$CLAIMEX" -q extract "$WORK/bin.txt" "$GOOD"
rc_is 1; err_has "$WORK/bin.txt: binary data"; count_type article 1
t bad-utf8 "$CLAIMEX" -q extract "$WORK/badutf8.txt" "$GOOD"
rc_is 1; err_has "$WORK/badutf8.txt: invalid UTF-8"; count_type article 1
t over-cap "$CLAIMEX" -q extract --max-bytes 4000 "$WORK/big.txt" "$GOOD"
rc_is 1; err_has "$WORK/big.txt: larger than the 4000-byte cap"
count_type article 1
t empty-folder "$CLAIMEX" -q text "$WORK/unreadable.d/"
rc_is 0; err_empty
t deep-nesting "$CLAIMEX" -q extract "$WORK/deep.html" "$GOOD"
rc_is 1; err_has "$WORK/deep.html: HTML nested deeper than 256 levels"
count_type article 1
t deep-inline "$CLAIMEX" -q extract "$WORK/deep-inline.html" "$GOOD"
if [ "$T_RC" -eq 0 ] || [ "$T_RC" -eq 1 ]; then ok; else bad "deep-inline: status $T_RC"; fi
t no-article "$CLAIMEX" -q extract "$WORK/nobody.html" "$GOOD"
rc_is 1; err_has "$WORK/nobody.html: no article text found"; count_type article 1

# --- stdin -----------------------------------------------------------
t_in stdin "$GOOD" "$CLAIMEX" extract -
rc_is 0; count_type article 1; out_has '"source":"-"'
t_in stdin-empty "$WORK/empty.txt" "$CLAIMEX" extract -
rc_is 1; err_has "claimex: -: empty file"

# --- folders: order, hidden and non-article files ----------------------
mkdir -p "$WORK/tree/b" "$WORK/tree/.git"
cp "$GOOD" "$WORK/tree/z.txt"
cp corpus/000_19efbc6d4b7c41ff.txt "$WORK/tree/b/a.txt"
cp "$GOOD" "$WORK/tree/.git/x.txt"
cp "$GOOD" "$WORK/tree/.hidden.txt"
printf 'PNG' >"$WORK/tree/pic.png"
t walk "$CLAIMEX" extract "$WORK/tree"
rc_is 0; count_type article 2
first=$(head -1 "$T_OUT" | grep -c "tree/b/a.txt")
[ "$first" -eq 1 ] && ok || bad "walk: b/a.txt should come first"

# --- run: the output folder ------------------------------------------
t run "$CLAIMEX" run corpus -o "$WORK/out"
rc_is 0; err_empty
[ -s "$WORK/out/claims.jsonl" ] && ok || bad "run: no claims.jsonl"
[ -z "$(ls -A "$WORK/out" | grep tmp)" ] && ok || bad "run: temporary file left"
t run-bad-out "$CLAIMEX" run corpus -o /proc/claimex-cannot-write
rc_is 4; err_has "/proc/claimex-cannot-write"
printf 'old\n' >"$WORK/out/claims.jsonl"
t run-some-failed "$CLAIMEX" -q run "$WORK/missing.txt" "$GOOD" -o "$WORK/out"
rc_is 1
n=$(grep -c '"type":"article"' "$WORK/out/claims.jsonl")
[ "$n" -eq 1 ] && ok || bad "run-some-failed: $n articles in claims.jsonl"
(cd "$WORK" && mkdir -p corpus && cp "$HERE/../$GOOD" corpus/ && timeout 60 "$CLAIMEX" run >/dev/null 2>&1)
[ -s "$WORK/out/claims.jsonl" ] && ok || bad "run: default corpus/ -> out/"

summary cli
