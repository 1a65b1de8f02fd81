#!/bin/sh
# install-deps.sh - installs the Debian packages claimex needs that are
# missing, and nothing when all are there. Run by `make run` and `make test`.
set -eu

missing=""
need() { # need PKG-CONFIG-MODULE DEBIAN-PACKAGE
	pkg-config --exists "$1" 2>/dev/null || missing="$missing $2"
}
if ! command -v pkg-config >/dev/null 2>&1; then
	missing="$missing pkg-config"
fi
command -v cc >/dev/null 2>&1 || missing="$missing gcc libc6-dev"
command -v make >/dev/null 2>&1 || missing="$missing make"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
# The fuzz targets (make fuzz, smoked by make test) need clang and its
# libFuzzer runtime.
command -v clang >/dev/null 2>&1 || missing="$missing clang"
if ! command -v clang >/dev/null 2>&1 ||
	[ ! -e "$(clang -print-file-name=libclang_rt.fuzzer-$(uname -m).a)" ]; then
	missing="$missing libclang-rt-dev"
fi
# The report test renders report.html in headless Chromium.
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
# The cluster test runs a real Dask scheduler and workers: Debian's
# python3-distributed is a module of Debian's /usr/bin/python3 (a python3
# earlier on PATH may be another one).
/usr/bin/python3 -c 'import distributed' >/dev/null 2>&1 ||
	missing="$missing python3-distributed"
# The README's store queries and the claims.db tests use the sqlite3 shell.
command -v sqlite3 >/dev/null 2>&1 || missing="$missing sqlite3"
# `make lint` and `make format-check`, run by the test suite.
command -v cppcheck >/dev/null 2>&1 || missing="$missing cppcheck"
command -v clang-format >/dev/null 2>&1 || missing="$missing clang-format"
need libpcre2-8 libpcre2-dev
need libxml-2.0 libxml2-dev
need libcurl libcurl4-openssl-dev
need sqlite3 libsqlite3-dev
need jansson libjansson-dev
need zlib zlib1g-dev
# Language identification: the library and its n-gram models.
need libexttextcat libexttextcat-dev
[ -r /usr/share/libexttextcat/fpdb.conf ] ||
	missing="$missing libexttextcat-data"
# sqlite-utils: the claims.db test opens it as a data desk would.
command -v sqlite-utils >/dev/null 2>&1 || missing="$missing sqlite-utils"

[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "install-deps: need root (or sudo) to install:$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
