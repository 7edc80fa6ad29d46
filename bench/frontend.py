#!/usr/bin/env python3
"""frontend.py — how fast go2c's front end (lex + parse + check) is.

Usage: bench/frontend.py [--go2c PATH | --build DIR] [--lines N] [--runs R]
                         [--no-scaling] [--keep DIR]

Generates a valid Go program of N lines (default 250000) with
bench/gen_program.py, runs `go2c check` on it R times (default 5) under
`/usr/bin/time -v`, and prints lines per second (from the median wall time and from the best
user+sys CPU time) and the peak resident set size.  Unless --no-scaling, it also times programs of
N/4 and N/2 lines, so a super-linear phase shows as falling lines/second.

The go2c measured is --go2c, else BUILD/bin/go2c (default build dir: build/
at the top of the tree, which scripts/build.sh makes).  The generated
programs go to a temporary directory (or --keep DIR), never into the tree.
A benchmark, not a test: it prints numbers and fails only if go2c rejects
the program.  See bench/README.md.
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(BENCH_DIR)
TIME = "/usr/bin/time"


def parse_elapsed(text):
    """Seconds from /usr/bin/time -v's "Elapsed (wall clock) time": [h:]m:s.ss"""
    m = re.search(r"Elapsed \(wall clock\) time.*: ([\d:.]+)", text)
    parts = [float(p) for p in m.group(1).split(":")]
    secs = 0.0
    for p in parts:
        secs = secs * 60 + p
    return secs


def one_run(go2c, path):
    """(wall seconds, user+sys seconds, peak RSS in KiB) of one `go2c check`.

    Wall time and peak RSS come from /usr/bin/time -v.  CPU time comes from
    the rusage of reaped children (microseconds, where time -v prints
    hundredths): on a loaded machine it is the steadier number."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([TIME, "-v", go2c, "check", path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"frontend.py: go2c check {path} failed:\n{p.stderr[:4000]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return parse_elapsed(p.stderr), cpu, rss


def measure(go2c, workdir, lines, runs):
    path = os.path.join(workdir, f"bench_{lines}.go")
    subprocess.run([sys.executable, os.path.join(BENCH_DIR, "gen_program.py"),
                    "--lines", str(lines), "-o", path], check=True)
    with open(path, "rb") as f:
        data = f.read()
    nlines = data.count(b"\n")
    results = [one_run(go2c, path) for _ in range(runs)]
    walls = [r[0] for r in results]
    cpus = [r[1] for r in results]
    rss = max(r[2] for r in results)
    wall, cpu = statistics.median(walls), min(cpus)
    print(f"{nlines:>8} lines {len(data) / 1e6:5.1f} MB | "
          f"wall median {wall:6.3f}s {nlines / max(wall, 1e-9):>10,.0f} lines/s | "
          f"cpu best {cpu:6.3f}s {nlines / max(cpu, 1e-9):>10,.0f} lines/s | "
          f"peak RSS {rss / 1024:6.1f} MiB")
    return nlines, cpu, rss


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--go2c")
    ap.add_argument("--build", default=os.path.join(ROOT_DIR, "build"))
    ap.add_argument("--lines", type=int, default=250000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-scaling", action="store_true")
    ap.add_argument("--keep", help="write the generated programs here")
    args = ap.parse_args()

    go2c = args.go2c or os.path.join(args.build, "bin", "go2c")
    if not os.access(go2c, os.X_OK):
        sys.exit(f"frontend.py: no go2c at {go2c} (run scripts/build.sh, or give --go2c)")
    if not os.access(TIME, os.X_OK):
        sys.exit("frontend.py: needs GNU time at /usr/bin/time (Debian package `time`)")

    sizes = [args.lines] if args.no_scaling else [args.lines // 4, args.lines // 2, args.lines]
    print(f"go2c check: {go2c}, {args.runs} runs per size "
          f"(lines/s = lex + parse + check, from wall and from user+sys CPU time)")
    with tempfile.TemporaryDirectory(prefix="go2c-bench-") as tmp:
        workdir = args.keep or tmp
        os.makedirs(workdir, exist_ok=True)
        rows = [measure(go2c, workdir, n, args.runs) for n in sizes]
    if len(rows) > 1:
        (n0, t0, _), (n1, t1, _) = rows[0], rows[-1]
        # CPU time per line.  Linear gives 1.0; quadratic pushes it toward n1/n0.
        ratio = (t1 / n1) / (t0 / n0) if t0 > 0 else float("nan")
        print(f"time per line, largest vs smallest: {ratio:.2f}x "
              f"(1.0 = linear, {n1 / n0:.1f} = quadratic)")


if __name__ == "__main__":
    main()
