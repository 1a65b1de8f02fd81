#!/bin/sh
# install.sh - `make install` honours PREFIX and DESTDIR and installs the
# binary, the rule sets and the man page. usage: install.sh CLAIMEX
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
cd "$HERE/.."

t install make -s install DESTDIR="$WORK/root" PREFIX=/opt/cx
rc_is 0
[ -x "$WORK/root/opt/cx/bin/claimex" ] && ok || bad "install: no binary"
[ -s "$WORK/root/opt/cx/share/man/man1/claimex.1" ] && ok || bad "install: no man page"
[ -d "$WORK/root/opt/cx/share/claimex/patterns" ] && ok || bad "install: no patterns folder"
n_src=$(ls patterns | wc -l)
n_dst=$(ls "$WORK/root/opt/cx/share/claimex/patterns" | wc -l)
[ "$n_src" -eq "$n_dst" ] && ok || bad "install: $n_dst of $n_src pattern files"
# The man page points at the documentation folder, which is installed.
for d in records patterns conflicts; do
	[ -s "$WORK/root/opt/cx/share/doc/claimex/$d.md" ] && ok \
	  || bad "install: no share/doc/claimex/$d.md"
done
grep -q '/opt/cx/share/doc/claimex/records.md' \
  "$WORK/root/opt/cx/share/man/man1/claimex.1" && ok \
  || bad "install: man page does not cite PREFIX/share/doc/claimex"
! grep -q 'docs/' "$WORK/root/opt/cx/share/man/man1/claimex.1" && ok \
  || bad "install: man page cites docs/ of the source tree"
t installed-version "$WORK/root/opt/cx/bin/claimex" --version
rc_is 0; out_has "claimex "
t uninstall make -s uninstall DESTDIR="$WORK/root" PREFIX=/opt/cx
rc_is 0
[ ! -e "$WORK/root/opt/cx/bin/claimex" ] && ok || bad "uninstall left the binary"
[ ! -e "$WORK/root/opt/cx/share/doc/claimex" ] && ok || bad "uninstall left the docs"
summary install
