#!/bin/sh
# export.sh - the exports for other tools: claimreview.json (schema.org
# ClaimReview drafts, checked against the vocabulary) and claims.db (one
# SQLite table per record type, read with the sqlite3 shell and with
# sqlite-utils). usage: export.sh CLAIMEX
set -u
CLAIMEX=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
cd "$HERE/.."
is() { # NAME GOT WANT
	if [ "$2" = "$3" ]; then ok; else bad "$1: got '$2', want '$3'"; fi
}
q() { sqlite3 -batch -noheader "$1" "$2"; }
jsonl_count() { # FILE TYPE: records of that type
	grep -c "^{\"type\":\"$2\"" "$1"
}
values_count() { # CONFLICTS-JSONL: values of every conflict record
	python3 -c 'import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(sum(len(r["values"]) for r in recs if r["type"] == "conflict"))' "$1"
}

# The five-article story corpus: conflicts to draft.
t run "$CLAIMEX" -q run corpus -o "$WORK/out"
rc_is 0
O=$WORK/out
for f in claimreview.json claims.db; do
	[ -s "$O/$f" ] && ok || bad "run: no $f"
done
ls "$O" | grep -q tmp && bad "run: temporary file left" || ok
t claimreview-shape python3 "$HERE/claimreview_check.py" "$O/claimreview.json" \
  "$O/conflicts.jsonl" "$O/claims.jsonl"
rc_is 0
out_has "ok "
n=$(grep -c '"status":"conflict"' "$O/conflicts.jsonl")
[ "$n" -gt 0 ] && ok || bad "corpus: no conflict to draft"
is drafts "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$O/claimreview.json")" "$n"
grep -q reviewRating "$O/claimreview.json" && bad "claimreview: reviewRating" || ok
# The draft's date is the run's (SOURCE_DATE_EPOCH for reproducible runs).
SOURCE_DATE_EPOCH=1700000000 "$CLAIMEX" -q report "$O/claims.jsonl" -o "$WORK/rep"
grep -q '"datePublished": "2023-11-14"' "$WORK/rep/claimreview.json" && ok \
  || bad "report: SOURCE_DATE_EPOCH not the draft date"

# claims.db: row counts equal the JSONL record counts.
D=$O/claims.db
J=$O/claims.jsonl
is db-articles "$(q "$D" 'select count(*) from articles')" "$(jsonl_count "$J" article)"
is db-figures "$(q "$D" 'select count(*) from figures')" "$(jsonl_count "$J" figure)"
is db-actors "$(q "$D" 'select count(*) from actors')" "$(jsonl_count "$J" actor)"
is db-quotes "$(q "$D" 'select count(*) from quotes')" "$(jsonl_count "$J" quote)"
is db-conflicts "$(q "$D" 'select count(*) from conflicts')" "$(jsonl_count "$J" conflict)"
is db-values "$(q "$D" 'select count(*) from conflict_values')" "$(values_count "$O/conflicts.jsonl")"
is db-stories "$(q "$D" 'select count(*) from stories')" "$(jsonl_count "$J" story)"
n=$(jsonl_count "$J" story)
[ "$n" -gt 0 ] && ok || bad "corpus: no story records"
# Every article is in a story; conflicts name theirs and say why.
is db-article-story "$(q "$D" 'select count(*) from articles where story is null')" 0
is db-conflict-why "$(q "$D" "select count(*) from conflicts where status = 'conflict' and (story is null or same_quantity is null or disagree is null)")" 0
is db-integrity "$(q "$D" 'pragma integrity_check')" ok
is db-foreign-keys "$(q "$D" 'pragma foreign_key_check')" ""
is db-version "$(q "$D" 'pragma user_version')" 1
# Full-text search over sentences and quotes, joined back to articles.
n=$(q "$D" "select count(*) from figures_fts join figures on figures.id = figures_fts.rowid join articles on articles.id = figures.article where figures_fts match 'troops'")
[ "$n" -gt 0 ] && ok || bad "fts: no sentence matches 'troops'"
n=$(q "$D" "select count(*) from quotes_fts where quotes_fts match 'quotes_fts'")
is fts-no-junk "$n" 0
nq=$(q "$D" "select count(*) from quotes_fts where quotes_fts match 'said OR the'")
[ "$nq" -gt 0 ] && ok || bad "fts: quotes not indexed"
# Every conflict's values link back to the figures that state them.
is db-mentions "$(q "$D" 'select count(*) from conflict_values v where v.mentions != (select count(*) from conflict_mentions m where m.value = v.id)')" 0

# sqlite-utils, as a data desk opens it.
if command -v sqlite-utils >/dev/null 2>&1; then
	t sqlite-utils sqlite-utils tables "$D" --counts
	rc_is 0
	for tb in articles:article stories:story figures:figure actors:actor quotes:quote conflicts:conflict; do
		got=$(python3 -c 'import json, sys
print({t["table"]: t["count"] for t in json.load(open(sys.argv[1]))}[sys.argv[2]])' "$T_OUT" "${tb%%:*}")
		is "sqlite-utils ${tb%%:*}" "$got" "$(jsonl_count "$J" "${tb##*:}")"
	done
	t sqlite-utils-search sqlite-utils search "$D" figures troops --csv
	rc_is 0
	out_has "troops"
else
	bad "sqlite-utils is not installed (scripts/install-deps.sh installs it)"
fi

# report writes them too, from records read back; nothing disputed gives
# an empty array and an empty conflicts table.
grep -v '"type":"conflict"' "$J" | head -1 >"$WORK/one.jsonl"
t report-none "$CLAIMEX" report "$WORK/one.jsonl" -o "$WORK/none"
rc_is 0
is none-drafts "$(tr -d ' \n' <"$WORK/none/claimreview.json")" "[]"
is none-conflicts "$(q "$WORK/none/claims.db" 'select count(*) from conflicts')" 0
is none-articles "$(q "$WORK/none/claims.db" 'select count(*) from articles')" 1

# No scratch space for the database: status 4 naming it, no half file.
t no-scratch env TMPDIR="$WORK/no-such-dir" "$CLAIMEX" report "$J" -o "$WORK/ns"
rc_is 4
err_has "claims.db"
[ -e "$WORK/ns/claims.db" ] && bad "no-scratch: claims.db written" || ok
ls "$WORK/ns" | grep -q tmp && bad "no-scratch: temporary file left" || ok

summary export
