#!/bin/sh
# swap_in.sh — grade a student's phase against the reference go2c.
#
#   docs/course/swap_in.sh STUDENT_TREE LAB DIR...
#
# Exports the reference go2c (this repository's HEAD, via `git archive`) to
# a scratch directory, replaces each DIR (lexer, parser, sema, escape,
# codegen, runtime, lib ...) with the student's copy from STUDENT_TREE,
# configures and builds it there, runs the lab's check.sh (this tree's, with
# BUILD pointing at the scratch build) and then the whole test suite (but
# its `course` kind, which tests the reference solutions, not a student's).
# The instructor's own tree and build are not touched.  The scratch
# directory is printed and kept for inspection.
set -eu
[ $# -ge 3 ] || { echo "usage: $0 STUDENT_TREE LAB DIR..." >&2; exit 2; }
STUDENT=$(cd "$1" && pwd)
LAB=$2
shift 2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/go2c-grade.XXXXXX")
git -C "$ROOT" archive HEAD | tar -x -C "$SCRATCH"
for dir in "$@"; do
    [ -d "$STUDENT/$dir" ] || { echo "no $dir/ in $STUDENT" >&2; exit 2; }
    rm -rf "${SCRATCH:?}/$dir"
    cp -a "$STUDENT/$dir" "$SCRATCH/$dir"
    echo "swapped in the student's $dir/"
done
# The suite's `course` kind applies the labs' reference solutions to go2c as
# it is; this tree holds a student's phase instead, so leave the kind out.
rm -rf "$SCRATCH/docs/course/solutions"
cmake -S "$SCRATCH" -B "$SCRATCH/build" >/dev/null
status=0
BUILD="$SCRATCH/build" "$ROOT/docs/course/$LAB/check.sh" || status=1
python3 "$SCRATCH/tests/run_tests.py" --build "$SCRATCH/build" -j2 >"$SCRATCH/suite.log" 2>&1 || status=1
tail -n 1 "$SCRATCH/suite.log"
echo "scratch tree: $SCRATCH (suite output in suite.log)"
exit $status
