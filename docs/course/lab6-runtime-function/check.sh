#!/bin/sh
# check.sh — lab 6 (a runtime function): tempdir.go prints os.TempDir()
# three times — with TMPDIR=/var/lab6, with TMPDIR empty and with TMPDIR
# unset — and the three lines must be tempdir.out (Go's, from the program
# built with `go build` and run the same way).  Fails on the unmodified
# go2c: "go2c does not support os.TempDir".
. "$(dirname "$0")/../lib.sh"
lab_build
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
"$GO2C" build -o "$WORK/tempdir" tempdir.go 2>"$WORK/err" ||
    { cat "$WORK/err"; lab_fail "go2c build tempdir.go failed"; }
{
    TMPDIR=/var/lab6 "$WORK/tempdir" &&
    TMPDIR= "$WORK/tempdir" &&
    env -u TMPDIR "$WORK/tempdir"
} >"$WORK/out" || lab_fail "./tempdir exited with status $?"
lab_compare "the output of tempdir.go" tempdir.out "$WORK/out"
lab_pass
