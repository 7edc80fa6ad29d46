#!/bin/sh
# check.sh — lab 1 (a token): `go2c dump tokens pow.go` must show `**` as
# one token on line 3 (any kind name: it is normalized to POW here) and
# `* *` on line 4 still as two MUL tokens.  Fails on the unmodified go2c,
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
lab_pass
