#!/usr/bin/env bash
# test.sh — build go2c and run the whole test suite, twice: against the
# normal build (build/, or $BUILD_DIR) and against a build with
# AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/, or
# $ASAN_BUILD_DIR), which checks go2c and its runtime for memory errors and
# undefined behaviour on every test.  The runner picks the extra kinds that
# fit each build: `gcstress` (every golden program with a collection before
# each allocation) on the normal build, `asan-stack` (with ASan's detection
# of stack use after return) on the sanitizer build.
#
# The runner (tests/run_tests.py) ends each run with `N passed, M failed`;
# the last line printed here is the sum over both runs, in the same form.
# A build that fails counts as one failed test.  Exit status 0 only when
# everything passed.  Works from any directory.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

passed=0
failed=0
status=0

# run_suite DIR [cmake arguments]: build into DIR, run the tests against it,
# and add the runner's final counts to the totals.
run_suite() {
    local dir=$1
    shift
    echo "== $dir"
    if ! BUILD_DIR=$dir bash scripts/build.sh "$@"; then
        echo "test.sh: building $dir failed"
        failed=$((failed + 1))
        status=1
        return
    fi
    local out
    out=$(mktemp)
    python3 tests/run_tests.py --build "$dir" | tee "$out"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
    local last
    last=$(tail -n 1 "$out")
    rm -f "$out"
    if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=$((passed + BASH_REMATCH[1]))
        failed=$((failed + BASH_REMATCH[2]))
    else
        echo "test.sh: the test runner did not report its counts"
        failed=$((failed + 1))
        status=1
    fi
}

run_suite "${BUILD_DIR:-build}"
run_suite "${ASAN_BUILD_DIR:-build-asan}" -DGO2C_SANITIZE=ON

[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit "$status"
