# lib.sh — what every lab's check.sh shares (sourced, not run).
#
# It finds the repository and the build directory ($BUILD, default
# ROOT/build; configured with cmake if it is missing), rebuilds go2c so
# that the check sees the student's latest code, and gives the checks
# small helpers that print what was expected next to what go2c did.

set -u
COURSE_DIR=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$COURSE_DIR/../.." && pwd)
BUILD=${BUILD:-$ROOT/build}
GO2C=$BUILD/bin/go2c
LAB=$(basename "$(cd "$(dirname "$0")" && pwd)")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/go2c-$LAB.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# Build go2c (and its runtime); a compile error is the student's to see.
lab_build() {
    if [ ! -f "$BUILD/CMakeCache.txt" ]; then
        cmake -S "$ROOT" -B "$BUILD" >"$WORK/configure.log" 2>&1 ||
            { cat "$WORK/configure.log"; lab_fail "cmake could not configure $BUILD"; }
    fi
    cmake --build "$BUILD" -j2 >"$WORK/build.log" 2>&1 ||
        { tail -40 "$WORK/build.log"; lab_fail "go2c does not build"; }
}

lab_fail() {
    echo "$LAB: FAIL: $*"
    exit 1
}

lab_pass() {
    echo "$LAB: PASS"
    exit 0
}

# lab_compare WHAT EXPECTED-FILE ACTUAL-FILE: fail with a diff if they differ.
lab_compare() {
    if ! diff -u "$2" "$3" >"$WORK/diff.txt"; then
        cat "$WORK/diff.txt"
        lab_fail "$1 differs from the expected (- expected, + go2c)"
    fi
}
