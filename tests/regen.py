#!/usr/bin/env python3
"""Regenerate the expected results of the golden programs with Go itself.

Usage: regen.py [NAME | NAME.go | tests/run/NAME.go ...]

For each tests/run/NAME.go (or only those named), build it with
`go build -o TMP prog.go`, run it from tests/run with stdin from /dev/null and
write what it did:

  NAME.out   stdout, always (possibly empty)
  NAME.err   stderr when not empty, cut after `goroutine 1 [running]:` since a
             panic's stack trace is Go's own business
  NAME.exit  the exit status when it is not 0
  NAME.m     gc's escape analysis report, `go build -gcflags='-m -l'`, with
             the `# command-line-arguments` header and the "./" of each
             file name dropped (the `report` kind compares go2c's -m with it)

Then list the expected files that changed, were created or were removed.
The reference is Go 1.19: review every change before committing it.
"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_tests import RUN_DIR, RUN_TIMEOUT, run_process, truncate_stderr  # noqa: E402


def update(path, data, changes):
    """Make path hold data (None: not exist); record what happened."""
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old == data:
        return
    rel = os.path.relpath(path)
    if data is None:
        os.remove(path)
        changes.append("removed " + rel)
        return
    with open(path, "wb") as f:
        f.write(data)
    changes.append(("created " if old is None else "changed ") + rel)


def gc_report(go, src, tmp):
    """gc's -m report of one program, as go2c prints it from tests/run."""
    p = subprocess.run([go, "build", "-gcflags=-m -l", "-o", os.path.join(tmp, "m.exe"),
                        "./" + os.path.basename(src)],
                       cwd=RUN_DIR, stdin=subprocess.DEVNULL, capture_output=True)
    lines = [l[2:] if l.startswith(b"./") else l for l in p.stderr.splitlines(True)
             if not l.startswith(b"# ")]
    return b"".join(lines)


def regen_one(go, src, tmp, changes):
    """Build and run one program; return an error message or None."""
    name = os.path.splitext(os.path.basename(src))[0]
    exe = os.path.join(tmp, name)
    p = subprocess.run([go, "build", "-o", exe, os.path.basename(src)],
                       cwd=RUN_DIR, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        return "go build %s failed:\n%s" % (src, p.stdout.decode(errors="replace"))
    code, out, err = run_process([exe], RUN_DIR, RUN_TIMEOUT)
    if code is None:
        return "%s timed out" % src
    base = os.path.join(RUN_DIR, name)
    update(base + ".m", gc_report(go, src, tmp), changes)
    update(base + ".out", out, changes)
    err = truncate_stderr(err)
    update(base + ".err", err if err else None, changes)
    update(base + ".exit", b"%d\n" % code if code != 0 else None, changes)
    return None


def sources(args):
    if not args:
        return sorted(os.path.join(RUN_DIR, f) for f in os.listdir(RUN_DIR)
                      if f.endswith(".go"))
    result = []
    for a in args:
        name = os.path.basename(a)
        if not name.endswith(".go"):
            name += ".go"
        path = os.path.join(RUN_DIR, name)
        if not os.path.exists(path):
            sys.exit("regen.py: no such program: %s" % path)
        result.append(path)
    return result


def remove_orphans(changes):
    """Expected files whose program is gone."""
    for f in sorted(os.listdir(RUN_DIR)):
        stem, ext = os.path.splitext(f)
        if ext in (".out", ".err", ".exit", ".m") and \
                not os.path.exists(os.path.join(RUN_DIR, stem + ".go")):
            update(os.path.join(RUN_DIR, f), None, changes)


def main(args):
    go = shutil.which("go")
    if go is None:
        print("regen.py: `go` not found in PATH; expectations come from Go 1.19",
              file=sys.stderr)
        return 1
    srcs = sources(args)
    changes = []
    errors = []
    tmp = tempfile.mkdtemp(prefix="go2c_regen_")
    try:
        for src in srcs:
            msg = regen_one(go, src, tmp, changes)
            if msg:
                errors.append(msg)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if not args:
        remove_orphans(changes)
    for c in changes:
        print(c)
    print("%d programs, %d expected files changed" % (len(srcs), len(changes)))
    for e in errors:
        print(e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
