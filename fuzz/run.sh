#!/bin/sh
# run.sh — build go2c's libFuzzer target and fuzz the front end.
#
#   fuzz/run.sh [SECONDS] [libFuzzer flags...]   fuzz for SECONDS (default 60)
#   fuzz/run.sh --replay [FILE...]               run saved inputs once each
#                                                (default: fuzz/regressions/*),
#                                                PASS/FAIL per file
#
# Everything it makes lives in build-fuzz/ at the top of the source tree:
#   build-fuzz/bin/fuzz_frontend   the target (clang, -DGO2C_FUZZ=ON)
#   build-fuzz/corpus/             the corpus, seeded from tests/run/*.go,
#                                  tests/errors/*.go, examples/*.go and
#                                  fuzz/regressions/fixed-*; it grows across runs
#   build-fuzz/artifacts/          crash-*, leak-*, timeout-*, oom-* inputs
# The source tree is never written to.  See docs/fuzzing.md.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/build-fuzz"
FUZZER="$BUILD/bin/fuzz_frontend"

# LeakSanitizer on; UBSan findings stop the run like ASan's do.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_C_COMPILER=clang -DGO2C_FUZZ=ON >/dev/null
cmake --build "$BUILD" -j2 --target fuzz_frontend >/dev/null

if [ "${1:-}" = "--replay" ]; then
    shift
    [ $# -gt 0 ] || set -- "$ROOT"/fuzz/regressions/*
    # Given a file, libFuzzer runs it once; non-zero status: still a bug.
    # fixed-* files must pass; open-* ones are known bugs not fixed yet.
    passed=0 failed=0
    for f in "$@"; do
        log="$BUILD/replay-$(basename "$f").log"
        if "$FUZZER" -timeout=10 -rss_limit_mb=2048 "$f" >"$log" 2>&1; then
            echo "PASS $f"; passed=$((passed + 1))
        else
            echo "FAIL $f   (log: $log)"; failed=$((failed + 1))
            grep -E 'ERROR|SUMMARY|runtime error|internal compiler' "$log" | head -n 3
        fi
    done
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
fi

SECONDS_TO_RUN=60
case "${1:-}" in
    ''|-*) ;;
    *) SECONDS_TO_RUN=$1; shift ;;
esac

mkdir -p "$BUILD/corpus" "$BUILD/artifacts"
# Open regressions are known to fail: seeding them would only report them again.
for f in "$ROOT"/tests/run/*.go "$ROOT"/tests/errors/*.go "$ROOT"/examples/*.go \
         "$ROOT"/fuzz/regressions/fixed-*; do
    [ -f "$f" ] || continue
    # Named by content, so reseeding never duplicates an input.
    cp "$f" "$BUILD/corpus/seed-$(cksum <"$f" | cut -d' ' -f1)"
done

exec "$FUZZER" "$BUILD/corpus" \
    -dict="$ROOT/fuzz/go.dict" \
    -max_len=4096 -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
    -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 \
    -artifact_prefix="$BUILD/artifacts/" "$@"
