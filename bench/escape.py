#!/usr/bin/env python3
"""escape.py — what escape analysis saves: bench/escape/points.go built with
the analysis on and with -escape=off.

Usage: bench/escape.py [--go2c PATH | --build DIR] [--runs R]

points.go creates 20 million short-lived &Point{} in a loop.  The script
builds it both ways, runs each R times (default 5) with GO2CDEBUG=memstats=1
(the runtime counts its heap allocations and prints the totals at exit),
and prints the median wall time and the allocation count of each build.
With the analysis on, the points live in the loop's C frame: the count is
only the runtime's and fmt's few dozen.  A benchmark, not a test: see
bench/README.md.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(BENCH_DIR)
PROGRAM = os.path.join(BENCH_DIR, "escape", "points.go")


def run(exe, runs):
    times, stats = [], ""
    env = dict(os.environ, GO2CDEBUG="memstats=1")
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.run([exe], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        times.append(time.perf_counter() - start)
        if p.returncode != 0:
            sys.exit("escape.py: %s failed" % exe)
        stats = p.stderr.decode().strip()
    m = re.search(r"(\d+) heap allocations, (\d+) bytes", stats)
    return statistics.median(times), int(m.group(1)), int(m.group(2))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--go2c")
    ap.add_argument("--build", default=os.path.join(ROOT_DIR, "build"))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    go2c = args.go2c or os.path.join(args.build, "bin", "go2c")
    with tempfile.TemporaryDirectory() as tmp:
        for label, flags in (("escape analysis on", []), ("-escape=off", ["-escape=off"])):
            exe = os.path.join(tmp, "points")
            subprocess.run([go2c, "build"] + flags + ["-o", exe, PROGRAM], check=True)
            t, n, b = run(exe, args.runs)
            print("%-20s %8.3f s   %10d heap allocations   %12d bytes" % (label, t, n, b))


if __name__ == "__main__":
    main()
