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
t installed-version "$WORK/root/opt/cx/bin/claimex" --version
rc_is 0; out_has "claimex "
t uninstall make -s uninstall DESTDIR="$WORK/root" PREFIX=/opt/cx
rc_is 0
[ ! -e "$WORK/root/opt/cx/bin/claimex" ] && ok || bad "uninstall left the binary"
summary install
