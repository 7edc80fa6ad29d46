#!/bin/sh
# check.sh — lab 5 (a codegen lowering): constbox.go converts three
# constants to an interface 1000 times each.  It must print constbox.out
# (Go's output), and with GO2CDEBUG=memstats=1 the runtime must count fewer
# than 1000 heap allocations in all (fmt and the runtime make a few dozen).
# Fails on the unmodified go2c, which allocates a box per conversion (3000).
. "$(dirname "$0")/../lib.sh"
lab_build
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE"
"$GO2C" build -o "$WORK/constbox" constbox.go 2>"$WORK/err" ||
    { cat "$WORK/err"; lab_fail "go2c build constbox.go failed"; }
GO2CDEBUG=memstats=1 "$WORK/constbox" >"$WORK/out" 2>"$WORK/stats" ||
    lab_fail "./constbox exited with status $?"
lab_compare "the output of constbox.go" constbox.out "$WORK/out"
count=$(sed -n 's/^go2c: \([0-9]*\) heap allocations.*/\1/p' "$WORK/stats")
[ -n "$count" ] || { cat "$WORK/stats"; lab_fail "no memstats line on stderr"; }
[ "$count" -lt 1000 ] || lab_fail "$count heap allocations (want fewer than 1000): constants are still boxed on the heap"
echo "$LAB: $count heap allocations"
lab_pass
