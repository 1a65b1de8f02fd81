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
python3 -c "import sys; sys.stdout.write('<html><body>' + '<div>' * 100000 + '<p>The deep text here says the ministry sent 1,200 troops to the border on Monday.</p>' + '</div>' * 100000 + '</body></html>')" >"$WORK/deep.html"
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
rc_is 0; err_empty; count_type article 2
out_has '"sentence":"The deep text here says the ministry sent 1,200 troops'
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
(cd "$WORK" && mkdir -p corpus && cp "$HERE/../$GOOD" corpus/ && timeout 60 "$CLAIMEX" run --patterns "$HERE/../patterns" >/dev/null 2>&1)
[ -s "$WORK/out/claims.jsonl" ] && ok || bad "run: default corpus/ -> out/"

# --- figures --------------------------------------------------------
t figures "$CLAIMEX" extract corpus/003_a3fb472e4430b126.txt
rc_is 0; err_empty
out_has '"type":"figure","article":'
out_has '"kind":"troops","text":"28,500","value":28500,"unit":"troops","hedge":null,"per":null'
out_has '"kind":"money","text":"$5 billion","value":5000000000,"unit":"USD","hedge":"over","per":"year"'
first_fig=$(grep -n '"type":"figure"' "$T_OUT" | head -1 | cut -d: -f1)
[ "$first_fig" = 2 ] && ok || bad "figures: figure records must follow the article record"

# --- patterns: a broken rule set is refused, limits are warnings --------
mkdir "$WORK/badpat"
printf 'rule one kind=money\n\t(?<num> \\d+\n' >"$WORK/badpat/a.rules"
printf 'rule two kind=money frobnicate=1\n\t\\d\n' >"$WORK/badpat/b.rules"
printf 'one\t1\none\t2\n' >"$WORK/badpat/n.lex"
t bad-patterns "$CLAIMEX" extract --patterns "$WORK/badpat" "$GOOD"
rc_is 3
err_has "$WORK/badpat/a.rules:2:13: error: missing closing parenthesis"
err_has "$WORK/badpat/b.rules:1:21: error: unknown attribute 'frobnicate'"
err_has "$WORK/badpat/n.lex:2:1: error: duplicate entry 'one' (first at line 1)"
err_has "claimex: error: 3 errors in the patterns folder $WORK/badpat; nothing was run"
# The rule line, then a caret under column 13 (the tab is kept).
printf '\t(?<num> \\d+\n\t           ^\n' >"$WORK/caret"
if grep -F -x -A1 -f "$WORK/caret" "$T_ERR" >/dev/null && \
   awk 'p && $0 == "\t           ^" {found=1} {p = ($0 == "\t(?<num> \\d+")} END {exit !found}' "$T_ERR"; then ok; else
	bad "bad-patterns: no caret under column 13"; sed 's/^/    /' "$T_ERR" >&2; fi
[ -s "$T_OUT" ] && bad "bad-patterns: stdout not empty" || ok
printf 'old\n' >"$WORK/out/claims.jsonl"
t bad-patterns-run "$CLAIMEX" run --patterns "$WORK/badpat" "$GOOD" -o "$WORK/out"
rc_is 3; err_has "error: missing closing parenthesis"
[ "$(cat "$WORK/out/claims.jsonl")" = old ] && ok || bad "bad-patterns-run: claims.jsonl was touched"
[ -z "$(ls -A "$WORK/out" | grep tmp)" ] && ok || bad "bad-patterns-run: temporary file left"
t bad-patterns-new-out "$CLAIMEX" run --patterns "$WORK/badpat" "$GOOD" -o "$WORK/newout"
rc_is 3
[ -e "$WORK/newout" ] && bad "bad-patterns-new-out: output folder created" || ok
t missing-patterns "$CLAIMEX" extract --patterns "$WORK/no-such-dir" "$GOOD"
rc_is 3; err_has "$WORK/no-such-dir: error: cannot open the patterns folder: No such file or directory"
[ -s "$T_OUT" ] && bad "missing-patterns: stdout not empty" || ok
t empty-patterns "$CLAIMEX" extract --patterns "$WORK/unreadable.d" "$GOOD"
rc_is 3; err_has "no *.rules files in the patterns folder"
t text-needs-no-patterns "$CLAIMEX" text --patterns "$WORK/badpat" "$GOOD"
rc_is 0; err_empty
t empty-patterns-option "$CLAIMEX" extract --patterns "" "$GOOD"
rc_is 2; err_has "empty patterns folder"
t help-patterns "$CLAIMEX" --help
out_has "--patterns DIR"
# A catastrophic rule with a small match limit: one warning naming the
# rule and the article (--lang all: a run of "a"s is no language), no crash, no hang, the records still written.
mkdir "$WORK/patho"
printf 'rule catastrophic kind=money needs=any match-limit=5000\n\t(?<num> (?: a | aa )+ ) \\$\n' >"$WORK/patho/p.rules"
python3 -c 'print("Title line\n\n" + "a" * 20000 + " and $5 more.")' >"$WORK/patho.txt"
t match-limit "$CLAIMEX" extract --lang all --patterns "$WORK/patho" "$WORK/patho.txt"
rc_is 0; count_type article 1
err_has "claimex: warning: $WORK/patho.txt: rule 'catastrophic' ($WORK/patho/p.rules:1) hit its match limit"
err_lines 1
t match-limit-quiet "$CLAIMEX" -q extract --lang all --patterns "$WORK/patho" "$WORK/patho.txt"
rc_is 0; err_empty

summary cli
