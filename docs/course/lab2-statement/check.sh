#!/bin/sh
# check.sh — lab 2 (a statement): `go2c run while.go` must print while.out,
# which is what Go prints for the same program with every `while` spelled
# `for` (sed 's/\bwhile\b/for/' while.go > for.go && go run for.go).  Fails
# on the unmodified go2c: `while i < 3 {` is a syntax error there.
. "$(dirname "$0")/../lib.sh"
lab_build
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
"$GO2C" build -o "$WORK/while" while.go 2>"$WORK/err" ||
    { cat "$WORK/err"; lab_fail "go2c build while.go failed"; }
"$WORK/while" >"$WORK/out" 2>&1 || lab_fail "./while exited with status $?"
lab_compare "the output of while.go" while.out "$WORK/out"
lab_pass
