#!/usr/bin/env bash
# build.sh — set up the machine, then configure (once) and build go2c.
#
#   scripts/build.sh [extra cmake arguments]
#
# Builds into build/ (or $BUILD_DIR) as RelWithDebInfo with 2 jobs.  Quiet:
# a step's output is shown only when it fails.  Extra arguments (e.g.
# -DGO2C_SANITIZE=ON) go to the configure step, which also runs again
# whenever they are given; otherwise an existing build directory is only
# rebuilt (CMake reconfigures by itself when CMakeLists.txt changes).
# Works from any directory.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Runs a command with its output in $log, showing the log if it fails.
quietly() {
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "build.sh: failed: $*" >&2
        exit 1
    fi
}

sh scripts/setup.sh
if [ ! -f "$build_dir/CMakeCache.txt" ] || [ $# -gt 0 ]; then
    quietly cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
quietly cmake --build "$build_dir" -j2
