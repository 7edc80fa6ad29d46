#!/bin/sh
# setup.sh — install every Debian package go2c needs to build and test.
#
# Idempotent and quiet: when everything is installed it prints nothing and
# does not touch apt at all.  Only Debian's own package archive is used.
set -eu

# libclang-rt-14-dev: libFuzzer and the sanitizer runtimes for clang (only
# recommended by clang, so --no-install-recommends skips it); fuzz/run.sh.
# chromium: headless, it renders go2c explain's report in tests/explain.
# patch: the course labs' reference solutions are applied in tests (course).
PACKAGES="cmake make pkg-config gcc clang libclang-rt-14-dev re2c bison libgc-dev check libgmp-dev
          libmpfr-dev golang-go python3 time chromium patch"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "setup: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
