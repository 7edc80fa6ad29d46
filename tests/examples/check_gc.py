#!/usr/bin/env python3
"""Check the examples' expected -m reports against Go's own compiler.

tests/examples/NAME.m is go2c's exact `go2c build -m` report for
examples/NAME.go (the `examples` kind of tests/run_tests.py compares it).
This script runs gc on each example, as

    go build -gcflags='-m -l' -o TMP/x NAME.go        (in examples/)

drops gc's "# command-line-arguments" header and the "./" before each
file name, and compares the rest with NAME.m line for line, in order.
-l turns inlining off, which go2c does not do.  An example where go2c and
gc disagree must say so in a comment at its top containing the words
"differs from gc" (and why); it is then listed as documented, not failed.

Usage: check_gc.py [NAME...]      (default: every tests/examples/*.m)

Prints AGREE, DIFFERS (documented) or FAIL per example and a summary; the
exit status is 1 when any example fails.  Needs `go` 1.19 in PATH.
"""

import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "examples")


def gc_report(name, tmp):
    """gc's -m lines for examples/NAME.go, as go2c prints them."""
    p = subprocess.run(["go", "build", "-gcflags=-m -l", "-o", os.path.join(tmp, name),
                        name + ".go"], cwd=EXAMPLES_DIR, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit("go build %s.go failed:\n%s" % (name, p.stderr))
    lines = [l[2:] if l.startswith("./") else l for l in p.stderr.splitlines()
             if l != "# command-line-arguments"]
    return [l + "\n" for l in lines]


def documented_difference(name):
    with open(os.path.join(EXAMPLES_DIR, name + ".go"), encoding="utf-8") as f:
        head = f.read(4000)
    return "differs from gc" in head


def main(argv):
    if not shutil.which("go"):
        raise SystemExit("check_gc.py needs go 1.19 in PATH")
    names = [os.path.splitext(os.path.basename(a))[0] for a in argv] or \
        sorted(f[:-2] for f in os.listdir(HERE) if f.endswith(".m"))
    agree = documented = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            with open(os.path.join(HERE, name + ".m"), encoding="utf-8") as f:
                want = f.readlines()
            got = gc_report(name, tmp)
            if got == want:
                agree += 1
                print("AGREE", name)
            elif documented_difference(name):
                documented += 1
                print("DIFFERS (documented)", name)
            else:
                failed += 1
                print("FAIL", name)
                sys.stdout.writelines("    " + l for l in difflib.unified_diff(
                    want, got, name + ".m (go2c)", "gc -m -l"))
    print("%d examples agree with gc, %d differ as documented, %d fail" %
          (agree, documented, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
