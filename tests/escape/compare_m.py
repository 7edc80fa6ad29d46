#!/usr/bin/env python3
"""Compare go2c's whole -m report with gc's over many programs.

check_gc.py checks the annotated tests/escape files line by line; this
script measures how often go2c's complete `-m` output (every line, its
position and its order) is byte for byte gc's, over programs written for
other purposes: by default every golden program (tests/run/*.go) and
example (examples/*.go).  For each file it runs, in a scratch directory,

    go build -gcflags='-m -l' -o TMP/x ./NAME.go      (-m=2 with --level 2)
    go2c build -m -o TMP/y NAME.go

drops gc's "./" prefixes and `# command-line-arguments` header, and diffs.
It prints the files that differ (with the first differing lines, -v for
all) and, last, `N of M files identical`.  It needs `go` 1.19 in PATH.
Not a test (gc is not installed in CI): a measure, for the notes.

Usage: compare_m.py [--level 2] [-v] [--go2c PATH] [FILE.go ...]
"""

import argparse
import difflib
import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def report(argv, cwd):
    out = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    lines = [l.replace("./", "") for l in out.stderr.splitlines()
             if not l.startswith("# ")]
    return lines


def compare(path, go2c, level, tmp):
    name = os.path.basename(path)
    shutil.copy(path, os.path.join(tmp, name))
    flag = "-m=2" if level == 2 else "-m"
    gc = report(["go", "build", "-gcflags=%s -l" % flag, "-o",
                 os.path.join(tmp, "x"), "./" + name], tmp)
    ours = report([go2c, "build", flag, "-o", os.path.join(tmp, "y"), name], tmp)
    return list(difflib.unified_diff(gc, ours, "gc", "go2c", lineterm="", n=0))


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--level", type=int, default=1, choices=(1, 2))
    ap.add_argument("-v", action="store_true", help="print whole diffs")
    ap.add_argument("--go2c", default=os.path.join(ROOT, "build", "bin", "go2c"))
    ap.add_argument("files", nargs="*")
    args = ap.parse_args(argv)
    files = args.files or sorted(glob.glob(os.path.join(ROOT, "tests", "run", "*.go")) +
                                 glob.glob(os.path.join(ROOT, "examples", "*.go")))
    same = 0
    for path in files:
        tmp = tempfile.mkdtemp(prefix="compare_m_")
        try:
            diff = compare(path, os.path.abspath(args.go2c), args.level, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if not diff:
            same += 1
            continue
        print("DIFF %s" % os.path.relpath(path, ROOT))
        for line in diff[2:] if args.v else diff[2:8]:
            print("    " + line)
    print("%d of %d files identical" % (same, len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
