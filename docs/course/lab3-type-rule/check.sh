#!/bin/sh
# check.sh — lab 3 (a type rule): `go2c dump types minmax.go` must print
# minmax.types, the types and values Go 1.21 gives min and max of constants
# (it is the dump of the same declarations written with their values).
# Fails on the unmodified go2c: "undefined: max".
. "$(dirname "$0")/../lib.sh"
lab_build
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
"$GO2C" dump types minmax.go >"$WORK/out" 2>"$WORK/err" ||
    { cat "$WORK/err"; lab_fail "go2c dump types minmax.go failed"; }
[ -s "$WORK/err" ] && { cat "$WORK/err"; lab_fail "go2c dump types minmax.go printed errors"; }
lab_compare "go2c dump types minmax.go" minmax.types "$WORK/out"
lab_pass
