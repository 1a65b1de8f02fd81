#!/bin/sh
# reduce.sh - `claimex conflicts` and `claimex report` as the reduce step
# over records written by extract (on shards, then merged).
# usage: reduce.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
D=$HERE/data/report.jsonl

t conflicts-file "$CLAIMEX" conflicts "$D"
rc_is 0; err_empty; count_type conflict 3
out_has '"kind":"money","unit":"USD","status":"conflict"'
out_has '"kind":"money","unit":"USD","status":"over_time"'
out_has '"kind":"troops","unit":"troops","status":"agree"'
out_has '"same_quantity":"action: demand; span: annual"'
count_type story 1
t_in conflicts-stdin "$D" "$CLAIMEX" conflicts
rc_is 0; count_type conflict 3
# Shards: the same records split in two files give the same conflicts.
head -8 "$D" >"$WORK/shard1"
tail -n +9 "$D" >"$WORK/shard2"
t conflicts-shards "$CLAIMEX" conflicts "$WORK/shard1" "$WORK/shard2"
rc_is 0
"$CLAIMEX" conflicts "$D" >"$WORK/whole" 2>/dev/null
cmp -s "$T_OUT" "$WORK/whole" && ok || bad "shards differ from the whole"
# Records that already hold conflicts are read back without doubling.
cat "$D" "$WORK/whole" >"$WORK/with-conflicts"
t conflicts-idempotent "$CLAIMEX" conflicts "$WORK/with-conflicts"
rc_is 0; count_type conflict 3
# The same articles read twice count once.
t conflicts-twice "$CLAIMEX" conflicts "$D" "$D"
rc_is 0
cmp -s "$T_OUT" "$WORK/whole" && ok || bad "reading the records twice changed the conflicts"
# Bad input: named with its line, the rest still counts.
printf '{"type":"article","id":"z"}\nnot json\n' >"$WORK/bad.jsonl"
t conflicts-bad "$CLAIMEX" conflicts "$D" "$WORK/bad.jsonl" "$WORK/missing.jsonl"
rc_is 1; err_has "$WORK/bad.jsonl:2: not JSON"; err_has "$WORK/missing.jsonl: No such file"
err_has "1 record lines skipped"
count_type conflict 3
# Every bad line is named, and the lines after it still count.
{ head -4 "$D"; printf '{"type":"figure","article":"a1","value":\n'
  printf '{"type":"article","id":"q","v":7}\n'; tail -n +5 "$D"; } >"$WORK/mid.jsonl"
t conflicts-bad-middle "$CLAIMEX" conflicts "$WORK/mid.jsonl"
rc_is 1; err_has "mid.jsonl:5: not JSON"; err_has "mid.jsonl:6: unknown record version"
err_has "2 record lines skipped"; count_type conflict 3
t report-bad-middle "$CLAIMEX" report "$WORK/mid.jsonl" -o "$WORK/rep"
rc_is 1; err_has "2 record lines skipped"
t conflicts-empty "$CLAIMEX" conflicts /dev/null
rc_is 1; count_type conflict 0; err_has "/dev/null: no records"
t report-bad-out "$CLAIMEX" report "$D" -o /proc/claimex-no
rc_is 4
summary reduce
