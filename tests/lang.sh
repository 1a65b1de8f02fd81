#!/bin/sh
# lang.sh - articles in other languages: identified from their text (or
# as the page says), kept out of the English rule sets unless --lang
# lists them, counted. usage: lang.sh CLAIMEX
set -u
CLAIMEX=$1
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
cd "$HERE/.."
D=tests/data/lang

for f in de-haushalt.txt:de de-page.html:de pt-orcamento.txt:pt \
	 ru-byudzhet.txt:ru ja-yosan.txt:ja; do
	file=${f%%:*}
	want=${f##*:}
	t "$file" "$CLAIMEX" extract "$D/$file"
	rc_is 0
	out_has "\"lang\":\"$want\""
	count_type article 1
	count_type figure 0
	count_type quote 0
	count_type actor 0
done

# An English article next to them keeps all its records.
t mixed "$CLAIMEX" extract "$D" corpus/harbor-ledger-seoul-talks.html
rc_is 0
count_type article 6
out_has '"lang":"en'
n=$(grep -c '"type":"figure"' "$T_OUT")
[ "$n" -gt 0 ] && ok || bad "mixed: the English article lost its figures"

# --lang all runs the rules on every article: the German quote is found.
t lang-all "$CLAIMEX" extract --lang all "$D/de-page.html"
rc_is 0
out_has '"type":"quote"'
t lang-de "$CLAIMEX" extract --lang en,de "$D/de-page.html"
rc_is 0
out_has '"type":"quote"'
t lang-ja-only "$CLAIMEX" extract --lang ja corpus/harbor-ledger-seoul-talks.html
rc_is 0
count_type figure 0

# -v names each article left out; the run's outputs still list them.
t verbose "$CLAIMEX" extract -v "$D"
rc_is 0
err_has "ja-yosan.txt: 93 chars, text, not processed: lang ja"
t run "$CLAIMEX" run -o "$WORK/out" "$D"
rc_is 0
[ "$(grep -c '"type":"article"' "$WORK/out/claims.jsonl")" -eq 5 ] && ok \
  || bad "run: claims.jsonl lacks the articles in other languages"

t bad-list "$CLAIMEX" extract --lang en-GB "$D"
rc_is 2
err_has "bad --lang list 'en-GB'"
t help "$CLAIMEX" --help
out_has "--lang LIST"

summary lang
