#!/bin/sh
# check.sh — lab 1 (a token): `go2c dump tokens pow.go` must show `**` as
# one token on line 3 (any kind name: it is normalized to POW here) and
# `* *` on line 4 still as two MUL tokens; and deref.go, valid Go with `**`
# written together (`**pp`, `**T`), must still build and print deref.out
# (Go's output): the parser must see two `*`.  Fails on the unmodified go2c,
# which reads `**` as two MUL.
. "$(dirname "$0")/../lib.sh"
lab_build
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
"$GO2C" dump tokens pow.go >"$WORK/out" 2>"$WORK/err" ||
    { cat "$WORK/err"; lab_fail "go2c dump tokens pow.go failed"; }
# The kind's name is the student's choice: call it POW before comparing.
sed -E 's/^(3:11  )[A-Z_]+(  \*\*)$/\1POW\2/' "$WORK/out" >"$WORK/tokens"
lab_compare "go2c dump tokens pow.go" pow.tokens "$WORK/tokens"
"$GO2C" build -o "$WORK/deref" deref.go 2>"$WORK/err" ||
    { cat "$WORK/err"; lab_fail "go2c build deref.go failed: in Go, ** is two stars (**pp, **T)"; }
"$WORK/deref" >"$WORK/out" 2>&1 || lab_fail "./deref exited with status $?"
lab_compare "the output of deref.go" deref.out "$WORK/out"
lab_pass
