#!/bin/sh
# tools.sh - the build and documentation around the binary: `make lint`
# passes with Debian's cppcheck, a build without the libraries says to run
# `make deps`, --help lists every accepted extension, `make format-check`
# passes. usage: tools.sh CLAIMEX
set -u
CLAIMEX=$1
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$HERE/lib.sh"
cd "$HERE/.."

t lint make -s lint
rc_is 0

# The sources are as clang-format (Debian's 14, .clang-format) writes them.
t format-check make -s format-check
rc_is 0

# Without the libraries: a copy of the tree (nothing built there) and a
# pkg-config that finds nothing.
mkdir "$WORK/tree"
cp -r Makefile src "$WORK/tree/"
printf '#!/bin/sh\nexit 1\n' >"$WORK/no-pkg-config"
chmod +x "$WORK/no-pkg-config"
t no-libs make -s -C "$WORK/tree" PKG_CONFIG="$WORK/no-pkg-config" claimex
[ "$T_RC" -ne 0 ] && ok || bad "no-libs: make succeeded"
err_has "pkg-config cannot find: libpcre2-8"
err_has "make deps"
grep -q 'No such file' "$T_ERR" && bad "no-libs: the compiler ran" || ok
[ ! -e "$WORK/tree/build/rel/main.o" ] && ok || bad "no-libs: compiled anyway"

# --help names every extension a folder walk accepts (input.c's list).
t help "$CLAIMEX" --help
rc_is 0
for ext in .txt .text .md .html .htm .xhtml .shtml .gz; do
	out_has "$ext"
done

summary tools
