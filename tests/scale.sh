#!/bin/sh
# scale.sh - many articles: -j threads (output byte-identical to -j 1),
# --files-from, the README's shard recipe run as written from another
# folder, empty shards seen by the reduce step, and WARC / WARC.gz
# archives (good ones, records to skip, and broken ones).
# usage: scale.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
cd "$ROOT"

# A mix: the corpus, real pages when the eval set is there, a missing
# file and an empty one (both named on stderr, in input order).
mkdir -p "$WORK/in"
cp corpus/* "$WORK/in/"
n=0
for f in ../shared/eval/html/pages/*.html.gz; do
	[ -f "$f" ] || continue
	cp "$f" "$WORK/in/"
	n=$((n + 1))
	[ $n -lt 8 ] || break
done
: >"$WORK/in/zz-empty.txt"
INPUTS="$WORK/in $WORK/missing.txt"

# --- -j: threads, output in input order, the same bytes for any N ------
t j1 "$CLAIMEX" extract -j 1 $INPUTS
rc_is 1
cp "$T_OUT" "$WORK/j1.out"
cp "$T_ERR" "$WORK/j1.err"
err_has "missing.txt"
err_has "zz-empty.txt"
for j in 2 3 8; do
	t "j$j" "$CLAIMEX" extract -j "$j" $INPUTS
	rc_is 1
	cmp -s "$T_OUT" "$WORK/j1.out" && ok || bad "j$j: stdout differs from -j 1"
	cmp -s "$T_ERR" "$WORK/j1.err" && ok || bad "j$j: stderr differs from -j 1"
done
t text-j1 "$CLAIMEX" text -j 1 "$WORK/in"
cp "$T_OUT" "$WORK/text1"
t text-j2 "$CLAIMEX" text -j 2 "$WORK/in"
cmp -s "$T_OUT" "$WORK/text1" && ok || bad "text -j 2 differs from -j 1"
t run-j1 "$CLAIMEX" -q run -j 1 -o "$WORK/run1" "$WORK/in"
rc_is 1
t run-j2 "$CLAIMEX" -q run -j 2 -o "$WORK/run2" "$WORK/in"
rc_is 1
diff -r "$WORK/run1" "$WORK/run2" >/dev/null && ok || bad "run -j 2 outputs differ"
t jobs-bad "$CLAIMEX" extract -j 0 x
rc_is 2; err_has "bad --jobs value '0'"
t downloads-bad "$CLAIMEX" extract --downloads 0 x
rc_is 2; err_has "bad --downloads value '0'"

# --- --files-from -------------------------------------------------------
ls "$WORK"/in/*.txt >"$WORK/list"
t files-from "$CLAIMEX" extract -j 2 --files-from "$WORK/list"
rc_is 1; err_has "zz-empty.txt"
"$CLAIMEX" extract -j 1 "$WORK"/in/*.txt >"$WORK/direct" 2>/dev/null
cmp -s "$T_OUT" "$WORK/direct" && ok || bad "files-from differs from arguments"
t_in files-from-stdin "$WORK/list" "$CLAIMEX" extract --files-from -
cmp -s "$T_OUT" "$WORK/direct" && ok || bad "files-from - differs"
mkdir -p "$WORK/sp ace"
cp corpus/000_*.txt "$WORK/sp ace/a b.txt"
printf '%s\n\n' "$WORK/sp ace/a b.txt" >"$WORK/list2"
t files-from-space "$CLAIMEX" extract --files-from "$WORK/list2"
rc_is 0; count_type article 1
t files-from-missing "$CLAIMEX" extract --files-from "$WORK/nolist"
rc_is 1; err_has "nolist"

# --- the README's shard recipe, as written, from another folder ----------
# claimex on PATH is a copy of the binary with a patterns folder beside
# it, like a checkout's ./claimex: the recipe runs from a folder without
# one.
mkdir -p "$WORK/bin" "$WORK/elsewhere"
cp "$CLAIMEX" "$WORK/bin/claimex"
ln -s "$ROOT/patterns" "$WORK/bin/patterns"
rm "$WORK/in/zz-empty.txt"
recipe() {
	(cd "$WORK/elsewhere" && PATH="$WORK/bin:$PATH" && export PATH &&
		ARTICLES="$WORK/in" &&
		# --- from README.md "Many articles: shards" ---
		mkdir -p shards records &&
		find "$ARTICLES" -type f | sort >all-inputs.txt &&
		rm -f shards/* &&
		split -n r/3 all-inputs.txt shards/list. &&
		ls shards/list.* | xargs -P 3 -I {} sh -c \
			'claimex extract -q -j 1 --files-from "$1" >"records/${1##*/}.jsonl"' _ {} &&
		claimex conflicts records/*.jsonl >conflicts.jsonl)
}
recipe
[ $? -eq 0 ] && ok || bad "shard recipe failed"
"$CLAIMEX" extract -q "$WORK/in" | sort >"$WORK/local.sorted"
sort "$WORK"/elsewhere/records/*.jsonl >"$WORK/shards.sorted"
cmp -s "$WORK/local.sorted" "$WORK/shards.sorted" && ok ||
	bad "shard records differ from one local run"
[ -s "$WORK/local.sorted" ] && ok || bad "no records at all"
"$CLAIMEX" conflicts "$WORK/local.sorted" >"$WORK/local.conflicts"
cmp -s "$WORK/local.conflicts" "$WORK/elsewhere/conflicts.jsonl" && ok ||
	bad "shard conflicts differ from the local ones"
cp "$WORK/shards.sorted" "$WORK/first.sorted"
recipe
[ $? -eq 0 ] && ok || bad "shard recipe failed on a second run"
sort "$WORK"/elsewhere/records/*.jsonl | cmp -s - "$WORK/first.sorted" && ok ||
	bad "a second run of the recipe differs"

# --- an empty or failed shard is seen by the reduce step -----------------
: >"$WORK/elsewhere/records/list.zz.jsonl"
t empty-shard "$CLAIMEX" conflicts "$WORK"/elsewhere/records/*.jsonl
rc_is 1
err_has "list.zz.jsonl: no records: an empty shard"
err_has "1 of 4 record files failed"
ls "$WORK"/elsewhere/records/*.jsonl >"$WORK/recs"
t conflicts-files-from "$CLAIMEX" conflicts --files-from "$WORK/recs"
rc_is 1; err_has "list.zz.jsonl"

# --- WARC and WARC.gz ----------------------------------------------------
MK="python3 $ROOT/scripts/mkwarc.py"
$MK "$WORK/a.warc.gz" --extras "$WORK"/in/*.txt
$MK "$WORK/a.warc" "$WORK"/in/*.txt
ntxt=$(ls "$WORK"/in/*.txt | wc -l)
t warc-gz "$CLAIMEX" -v extract "$WORK/a.warc.gz"
rc_is 0; count_type article "$ntxt"
err_has "$ntxt HTML pages,"
err_has "1 not 2xx, 1 not HTML), 0 bad"
out_has '"source":"https://news.example.org/a/0.html"'
out_has '"published":"2024-05-01T12:00:00Z"'
cp "$T_OUT" "$WORK/warc1"
t warc-gz-j3 "$CLAIMEX" extract -j 3 "$WORK/a.warc.gz"
cmp -s "$T_OUT" "$WORK/warc1" && ok || bad "WARC -j 3 differs from -j 1"
t warc-plain "$CLAIMEX" extract "$WORK/a.warc"
rc_is 0
cmp -s "$T_OUT" "$WORK/warc1" && ok || bad "WARC differs from WARC.gz"
# Real pages in an archive give the same text as the pages themselves.
if ls "$WORK"/in/*.html.gz >/dev/null 2>&1; then
	$MK "$WORK/p.warc.gz" "$WORK"/in/*.html.gz
	"$CLAIMEX" text "$WORK"/in/*.html.gz >"$WORK/ptext" 2>/dev/null
	t warc-pages "$CLAIMEX" text -j 2 "$WORK/p.warc.gz"
	rc_is 0
	cmp -s "$T_OUT" "$WORK/ptext" && ok || bad "WARC pages give other text"
fi
# A folder walk takes archives; a named file without an extension is
# sniffed.
mkdir -p "$WORK/arch"
cp "$WORK/a.warc.gz" "$WORK/arch/"
t warc-walk "$CLAIMEX" extract "$WORK/arch"
cmp -s "$T_OUT" "$WORK/warc1" && ok || bad "walked archive differs"
cp "$WORK/a.warc.gz" "$WORK/noext"
t warc-sniff "$CLAIMEX" extract "$WORK/noext"
rc_is 0; count_type article "$ntxt"
# Truncated WARC.gz: the records before the cut, then an error naming the
# file and the offset; exit 1.
size=$(wc -c <"$WORK/a.warc.gz")
head -c $((size / 2)) "$WORK/a.warc.gz" >"$WORK/cut.warc.gz"
t warc-truncated "$CLAIMEX" extract "$WORK/cut.warc.gz" "$WORK/in/000_19efbc6d4b7c41ff.txt"
rc_is 1
err_has "cut.warc.gz: record at offset"
out_has "000_19efbc6d4b7c41ff.txt"
n=$(grep -c '"type":"article"' "$T_OUT")
[ "$n" -gt 1 ] && [ "$n" -lt "$ntxt" ] && ok || bad "warc-truncated: $n articles"
# A wrong Content-Length: that record is an error, the next one is read.
python3 - "$WORK/a.warc" "$WORK/badlen.warc" <<'PY'
import sys
d = open(sys.argv[1], "rb").read()
i = d.index(b"WARC-Type: response")
j = d.index(b"Content-Length: ", i)
k = d.index(b"\r\n", j)
n = int(d[j + 16:k])
d = d[:j] + b"Content-Length: %d" % (n - 10) + d[k:]
open(sys.argv[2], "wb").write(d)
PY
t warc-bad-length "$CLAIMEX" extract "$WORK/badlen.warc"
rc_is 1
err_has "badlen.warc: record at offset"
err_has "does not end where its Content-Length"
count_type article $((ntxt - 1))
# A 2 GB record: refused by --max-bytes without reading it into memory.
{
	printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/big\r\n'
	printf 'Content-Length: 2147483648\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>'
} >"$WORK/big.warc"
t warc-2gb "$CLAIMEX" extract "$WORK/big.warc" "$WORK/a.warc"
rc_is 1
err_has "big.warc: record at offset 0: a 2147483648-byte block, over the"
count_type article "$ntxt"
# Garbage: no version line.
printf 'hello\r\n\r\n' >"$WORK/junk.warc"
t warc-junk "$CLAIMEX" extract "$WORK/junk.warc"
rc_is 1; err_has "junk.warc: record at offset 0: no WARC/1.x version line"

summary scale
