#!/bin/sh
# check.sh — lab 4 (an escape rule): `go2c build -m onthespot.go` must print
# onthespot.m, gc's own report for the program.  Fails on the unmodified
# go2c, which adds "moved to heap: y" (docs/escape.md lists it among the
# known differences from gc).
. "$(dirname "$0")/../lib.sh"
lab_build
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
"$GO2C" build -m -o "$WORK/onthespot" onthespot.go 2>"$WORK/m" ||
    { cat "$WORK/m"; lab_fail "go2c build -m onthespot.go failed"; }
lab_compare "go2c build -m onthespot.go" onthespot.m "$WORK/m"
"$WORK/onthespot" >"$WORK/out" || lab_fail "./onthespot exited with status $?"
echo "6 1" >"$WORK/want"
lab_compare "the output of onthespot.go" "$WORK/want" "$WORK/out"
lab_pass
