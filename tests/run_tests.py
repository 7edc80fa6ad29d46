#!/usr/bin/env python3
"""go2c's test runner: one command for the four kinds of tests.

  unit    every Check program BUILD/tests/test_*; one check is one test
  run     golden programs tests/run/NAME.go: compile with go2c, run, compare
          stdout/stderr/exit status with NAME.out, NAME.err, NAME.exit
  errors  tests/errors/NAME.go: compile with go2c, which must fail and report
          exactly the errors the `// ERROR "regexp"` comments announce
  escape  tests/escape/NAME.go: `go2c build -m` (or -m=2, from the file's
          first line) must print exactly the escape-analysis decisions the
          `// ERROR "regexp"` comments announce (gc's, see check_gc.py)
  escape-off  the golden programs of `run` again, built with -escape=off
  gcstress    the golden programs of `run` again, with the collector
          collecting before every allocation (GO2CDEBUG=gcstress=1); run
          against a normal build (a sanitizer build skips it)
  asan-stack  the golden programs of `run` again, with ASan's detection of
          stack use after return; only against a sanitizer build
          (-DGO2C_SANITIZE=ON), which the normal build skips
  cli     the cases of tests/cli/cases.py: run go2c with given arguments in
          a fresh directory, check its exit status, output and the files
          it made
  examples  examples/NAME.go for each tests/examples/NAME.m: `go2c build -m`
          must print exactly NAME.m (file names without their directory)
  report  tests/run/NAME.go for each NAME.m (gc's -m report, written by
          regen.py): `go2c build -m` must print exactly it, except for the
          programs listed in tests/run/m_differences.txt, which must differ
  course  each lab of docs/course, in a built copy of this source tree: the
          lab's check.sh must fail, and pass after the lab's solution
          (docs/course/solutions/LAB.patch); run against a normal build (a
          sanitizer build skips it)

Usage: run_tests.py --build BUILD_DIR [--only KIND] [-j N]
                    [names...]

Names (or the environment variable GO2C_TEST_FILTER, comma or space
separated) select tests: a name selects every test whose "kind/name" contains
it, or matches it as a glob when it has * ? or [.  It prints PASS/FAIL per test,
a summary per kind and, last, "N passed, M failed"; the exit status is 1 when
anything failed or nothing ran.

The expected files are produced by Go itself (see regen.py, which shares
truncate_stderr with this file), so a test failure means go2c differs from Go.
Only the Python 3 standard library is used.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import importlib.util
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(TESTS_DIR)
RUN_DIR = os.path.join(TESTS_DIR, "run")
ERRORS_DIR = os.path.join(TESTS_DIR, "errors")
CHECK_DIR = os.path.join(TESTS_DIR, "check")
ESCAPE_DIR = os.path.join(TESTS_DIR, "escape")
EXAMPLES_DIR = os.path.join(ROOT_DIR, "examples")
EXAMPLES_M_DIR = os.path.join(TESTS_DIR, "examples")
CLI_DIR = os.path.join(TESTS_DIR, "cli")
COURSE_DIR = os.path.join(ROOT_DIR, "docs", "course")
SOLUTIONS_DIR = os.path.join(COURSE_DIR, "solutions")

RUN_TIMEOUT = 10  # seconds; golden programs are tiny, so this only catches hangs
COMPILE_TIMEOUT = 120
UNIT_TIMEOUT = 600

# A Go panic ends with a stack trace that go2c cannot (and need not) imitate:
# stderr is compared up to and including this line.
GOROUTINE_LINE = b"goroutine 1 [running]:"
# A fatal error ("fatal error: stack overflow") is followed by the runtime's
# own stack traces: stderr is compared up to and including that line.
FATAL_ERROR_PREFIX = b"fatal error: "


SIGNAL_ADDRESSES = re.compile(rb"addr=0x[0-9a-f]+ pc=0x[0-9a-f]+")
STACK_ADDRESSES = re.compile(
    rb"sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]")


def truncate_stderr(data):
    """Cut stderr bytes after the `goroutine 1 [running]:` line or the first
    `fatal error: ...` line, if any.  The addresses of a signal line
    ("[signal SIGSEGV: ... addr=0x0 pc=0x48f2a3]") and of a stack overflow
    ("runtime: sp=0xc0200e0348 stack=[0xc0200e0000, 0xc0400e0000]") are the
    machine's business too: they read addr=? pc=? and sp=? stack=[?, ?]."""
    data = SIGNAL_ADDRESSES.sub(b"addr=? pc=?", data)
    data = STACK_ADDRESSES.sub(b"sp=? stack=[?, ?]", data)
    lines = data.split(b"\n")
    for i, line in enumerate(lines):
        line = line.rstrip(b"\r")
        if line == GOROUTINE_LINE or line.startswith(FATAL_ERROR_PREFIX):
            return b"\n".join(lines[: i + 1]) + b"\n"
    return data


class Result:
    """The outcome of one test file; a unit program may hold many checks."""

    def __init__(self, kind, name, passed=0, failed=0, details=""):
        self.kind = kind
        self.name = name
        self.passed = passed
        self.failed = failed
        self.details = details

    def ok(self):
        return self.failed == 0


def fail(kind, name, details):
    return Result(kind, name, failed=1, details=details)


def describe_status(code):
    if code is None:
        return "timeout"
    if code < 0:
        return "killed by signal %d" % -code
    return "exit status %d" % code


def text(data, limit=4000):
    """Bytes from a program, as printable text of bounded length."""
    s = data.decode("utf-8", "replace")
    if len(s) > limit:
        s = s[:limit] + "\n... (%d more characters)" % (len(s) - limit)
    return s


def run_process(argv, cwd, timeout, env=None, stdin=None):
    """Run argv with stdin from the bytes stdin, or else from /dev/null;
    returncode is None on timeout."""
    feed = {"input": stdin} if stdin is not None else \
        {"stdin": subprocess.DEVNULL}
    try:
        p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=env,
                           **feed)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", e.stderr or b""
    except OSError as e:
        return 127, b"", ("cannot run %s: %s\n" % (argv[0], e)).encode()


# ---- unit: Check programs ---------------------------------------------------

CHECK_SUMMARY = re.compile(
    rb"(\d+)%: Checks: (\d+), Failures: (\d+), Errors: (\d+)")


def run_unit(prog, ctx):
    name = os.path.basename(prog)
    code, out, err = run_process([prog], ctx.build, UNIT_TIMEOUT)
    output = out + err
    summaries = CHECK_SUMMARY.findall(output)
    if not summaries:
        return fail("unit", name, "no Check summary (%s)\n%s" %
                    (describe_status(code), text(output)))
    checks = sum(int(s[1]) for s in summaries)
    bad = sum(int(s[2]) + int(s[3]) for s in summaries)
    passed = max(checks - bad, 0)
    if bad == 0 and code != 0:
        bad = 1  # every check passed, then it crashed or a sanitizer objected
    details = ""
    if bad:
        details = "%s\n%s" % (describe_status(code), text(output))
    return Result("unit", name, passed=passed, failed=bad, details=details)


# ---- run: golden programs ---------------------------------------------------

def read_expected(path, default):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def short_diff(label, want, got, limit=40):
    lines = list(difflib.unified_diff(
        want.decode("utf-8", "replace").splitlines(keepends=True),
        got.decode("utf-8", "replace").splitlines(keepends=True),
        "expected " + label, "actual " + label))
    shown = "".join(l if l.endswith("\n") else l + "\n(no newline at end)\n"
                    for l in lines[:limit])
    if len(lines) > limit:
        shown += "... (%d more diff lines)\n" % (len(lines) - limit)
    return shown


def compile_go(ctx, src, out, cc_flags="", go2c_flags=()):
    """Run `go2c build -o out src` from the repository root.  The C compiler
    runs with every warning an error: generated C must compile cleanly, with
    $CC (gcc by default) and with clang, which checks the same C file.
    cc_flags are more flags for $CC, go2c_flags more for go2c build."""
    rel = os.path.relpath(src, ROOT_DIR)
    env = dict(os.environ)
    env["CC"] = env.get("CC", "cc") + " -Wall -Wextra -Werror" + cc_flags
    c_file = out + ".c"
    code, sout, serr = run_process([ctx.go2c, "build"] + list(go2c_flags) +
                                   ["-emit-c", c_file, "-o", out, rel],
                                   ROOT_DIR, COMPILE_TIMEOUT, env)
    if code != 0 or not shutil.which("clang"):
        return code, sout, serr
    include = os.path.join(ctx.build, "include", "go2c")
    ccode, cout, cerr = run_process(["clang", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                                     "-I", include, c_file], ROOT_DIR, COMPILE_TIMEOUT)
    if ccode != 0:
        return ccode, cout, b"clang -Wall -Wextra -Werror rejects the generated C:\n" + cerr
    return code, sout, serr


def missing_compiler(ctx):
    if os.access(ctx.go2c, os.X_OK):
        return None
    return "no compiler at %s (build it first)" % ctx.go2c


def build_golden(src, ctx, cc_flags="", go2c_flags=()):
    """(status, stdout, stderr, exe) of compiling a golden program, once per
    test run: the kinds that run the goldens again (gcstress, asan-stack)
    share the executable `run` made, waiting for it if it is being built."""
    with ctx.lock:
        entry = ctx.builds.setdefault((src, cc_flags, tuple(go2c_flags)), [threading.Lock(), None])
        number = len(ctx.builds)
    with entry[0]:
        if entry[1] is None:
            name = os.path.splitext(os.path.basename(src))[0]
            exe = os.path.join(ctx.tmp, "run_%s_%d" % (name, number))
            code, out, err = compile_go(ctx, src, exe, cc_flags, go2c_flags)
            if code == 0 and not os.path.exists(exe):
                code = 1
            entry[1] = (code, out, err, exe)
        return entry[1]


def run_golden(src, ctx, kind="run", env=None, cc_flags="",
               timeout=RUN_TIMEOUT, go2c_flags=()):
    """Build the golden program src, run it with env added to the
    environment and compare its behaviour with the expected files."""
    name = os.path.splitext(os.path.basename(src))[0]
    if missing_compiler(ctx):
        return fail(kind, name, missing_compiler(ctx))
    code, out, err, exe = build_golden(src, ctx, cc_flags, go2c_flags)
    if code != 0:
        return fail(kind, name, "go2c build failed (%s)\n%s%s" %
                    (describe_status(code), text(err), text(out)))
    run_env = dict(os.environ, **env) if env else None
    code, out, err = run_process([exe], RUN_DIR, timeout, run_env)
    base = os.path.join(RUN_DIR, name)
    want_out = read_expected(base + ".out", b"")
    want_err = read_expected(base + ".err", b"")
    want_code = int(read_expected(base + ".exit", b"0").strip() or 0)
    problems = []
    if code != want_code:
        problems.append("%s, expected exit status %d\n" %
                        (describe_status(code), want_code))
    if out != want_out:
        problems.append(short_diff("stdout", want_out, out))
    if SANITIZER_REPORT.search(err):
        problems.append("a sanitizer objected:\n%s" % text(err))
    err = truncate_stderr(err)
    if err != want_err:
        problems.append(short_diff("stderr", want_err, err))
    if problems:
        return fail(kind, name, "".join(problems))
    return Result(kind, name, passed=1)


# ---- gcstress and asan-stack: the golden programs under more scrutiny --------
#
# Escape analysis puts objects on the C stack; these kinds check that no
# object that outlives its frame stays there, and that the collector sees
# every pointer, by running every golden program again (reusing the
# executables of `run` when the build is the same).

# A sanitizer's report in a program's stderr; the comparison of stderr
# would miss one printed after the point where stderr is cut.
SANITIZER_REPORT = re.compile(rb"==\d+==ERROR: AddressSanitizer|"
                              rb"SUMMARY: (Address|UndefinedBehavior)Sanitizer")
# GO2CDEBUG=gcstress=N collects before every N-th allocation: a pointer the
# collector does not see (say, on a stack it does not scan) loses its
# object at once, and the object's reuse changes the output.
GCSTRESS_EVERY = 1
# Programs that allocate hundreds of thousands of objects (some with a deep
# stack to scan) collect every N-th time instead: at every allocation they
# would take minutes.
GCSTRESS_SLOW = {"gc_stress": 1000, "stack_deep_recursion": 1000}
STRESS_TIMEOUT = 60


def run_gcstress(src, ctx):
    name = os.path.splitext(os.path.basename(src))[0]
    every = GCSTRESS_SLOW.get(name, GCSTRESS_EVERY)
    return run_golden(src, ctx, "gcstress",
                      {"GO2CDEBUG": "gcstress=%d" % every},
                      timeout=STRESS_TIMEOUT)


# Programs whose output depends on escape decisions themselves (gc's
# capacity for a buffer that does not escape differs from one that does):
# -escape=off changes what they print, by design.
ESCAPE_OFF_SKIP = {"escape_frame_buffers"}


def run_escape_off(src, ctx):
    """The golden program built with -escape=off: everything that may
    outlive its frame on the heap, as before escape analysis."""
    name = os.path.splitext(os.path.basename(src))[0]
    if name in ESCAPE_OFF_SKIP:
        return Result("escape-off", name, passed=1)
    return run_golden(src, ctx, "escape-off", go2c_flags=("-escape=off",))


def cc_is_clang():
    words = os.environ.get("CC", "cc").split()
    return bool(words) and "clang" in os.path.basename(words[0])


def run_asan_stack(src, ctx):
    """ASan's use-after-return detection gives each frame's addressable
    locals a "fake stack" frame that is poisoned when the function returns,
    so that a pointer to a stack object used after its function returned is
    reported.  gcc always instruments for it and it is switched on at run
    time (ASAN_OPTIONS); clang needs a flag at compile time.  The collector
    does not scan fake frames, so it must not collect here (GC_DONT_GC): it
    would free objects that only they point to."""
    options = os.environ.get("ASAN_OPTIONS", "")
    env = {"ASAN_OPTIONS": (options + ":" if options else "") +
           "detect_stack_use_after_return=1",
           "GC_DONT_GC": "1"}
    flags = " -fsanitize-address-use-after-return=always" \
        if cc_is_clang() else ""
    return run_golden(src, ctx, "asan-stack", env, flags,
                      timeout=STRESS_TIMEOUT)


def is_sanitizer_build(build):
    """Was BUILD configured with -DGO2C_SANITIZE=ON (CMakeCache.txt)?"""
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as f:
            return any(line.startswith("GO2C_SANITIZE:BOOL=") and
                       line.strip().split("=", 1)[1].upper() in
                       ("ON", "1", "TRUE", "YES") for line in f)
    except OSError:
        return False


# ---- errors: // ERROR annotations -------------------------------------------

# `// ERROR "re" "re2"` or with back-quoted regexps; inside double quotes \"
# stands for a quote and every other backslash is left for the regexp.
ERROR_COMMENT = re.compile(r'//\s*ERROR\s+(.*)$')
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')
DIAGNOSTIC = re.compile(r'^(.*?):(\d+):(\d+): (.*)$')


def parse_annotations(src):
    """Map line number -> list of regexp strings announced on that line."""
    expected = {}
    with open(src, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            m = ERROR_COMMENT.search(line)
            if not m:
                continue
            for q in QUOTED.finditer(m.group(1)):
                if q.group(1) is not None:
                    rx = q.group(1).replace('\\"', '"')
                else:
                    rx = q.group(2)
                expected.setdefault(lineno, []).append(rx)
    return expected


def parse_diagnostics(stderr, src):
    """Map line number -> messages that stderr reports for file src."""
    reported = {}
    others = []
    base = os.path.basename(src)
    for line in stderr.decode("utf-8", "replace").splitlines():
        m = DIAGNOSTIC.match(line)
        if not m or line[:1].isspace():
            continue  # "# command-line-arguments", indented details...
        if os.path.basename(m.group(1)) != base:
            others.append(line)
            continue
        reported.setdefault(int(m.group(2)), []).append(m.group(4))
    return reported, others


def match_line(regexps, messages):
    """Pair each regexp with a distinct message it matches (bipartite matching).

    Returns (unmatched regexps, unmatched messages)."""
    owner = [None] * len(messages)  # message index -> regexp index

    def assign(r, seen):
        for m, msg in enumerate(messages):
            if m in seen or not re.search(regexps[r], msg):
                continue
            seen.add(m)
            if owner[m] is None or assign(owner[m], seen):
                owner[m] = r
                return True
        return False

    missed = [regexps[r] for r in range(len(regexps)) if not assign(r, set())]
    unexpected = [messages[m] for m in range(len(messages)) if owner[m] is None]
    return missed, unexpected


def run_errors(src, ctx):
    name = os.path.splitext(os.path.basename(src))[0]
    if missing_compiler(ctx):
        return fail("errors", name, missing_compiler(ctx))
    try:
        expected = parse_annotations(src)
        for rxs in expected.values():
            for rx in rxs:
                re.compile(rx)
    except (OSError, re.error) as e:
        return fail("errors", name, "bad ERROR annotation: %s" % e)
    code, out, err = compile_go(ctx, src, os.path.join(ctx.tmp, "err_" + name))
    problems = []
    if code != 1:
        problems.append("go2c: %s, expected exit status 1\n" %
                        describe_status(code))
    reported, others = parse_diagnostics(err, src)
    rel = os.path.relpath(src, ROOT_DIR)
    for line in sorted(set(expected) | set(reported)):
        missed, unexpected = match_line(expected.get(line, []),
                                        reported.get(line, []))
        for rx in missed:
            problems.append("%s:%d: missing error matching %r\n" %
                            (rel, line, rx))
        for msg in unexpected:
            problems.append("%s:%d: unexpected error: %s\n" % (rel, line, msg))
    for line in others:
        problems.append("error in another file: %s\n" % line)
    if problems:
        if code is None or code < 0 or code > 1 or not reported:
            problems.append("go2c's output:\n%s" % (text(err + out) or "(none)"))
        return fail("errors", name, "".join(problems))
    return Result("errors", name, passed=1)


# ---- check: valid programs the type checker must accept ----------------------

def run_check(src, ctx):
    """`go2c check` on a valid Go program (one that go vet accepts): exit 0
    and no output.  These use the Go that go2c type-checks but cannot yet
    compile, so they test the front end alone."""
    name = os.path.splitext(os.path.basename(src))[0]
    if missing_compiler(ctx):
        return fail("check", name, missing_compiler(ctx))
    rel = os.path.relpath(src, ROOT_DIR)
    code, out, err = run_process([ctx.go2c, "check", rel], ROOT_DIR, COMPILE_TIMEOUT)
    if code != 0 or out or err:
        return fail("check", name, "go2c check: %s\n%s" % (describe_status(code),
                                                            text(err + out) or "(no output)"))
    return Result("check", name, passed=1)


# ---- escape: -m decisions as // ERROR annotations ----------------------------

ESCAPE_HEADER = re.compile(r'^// go2c build (-m(?:=2)?)\s*$')


def escape_flag(src):
    """The -m flag a tests/escape file asks for on its first line
    (`// go2c build -m` or `// go2c build -m=2`), or None."""
    with open(src, encoding="utf-8", errors="replace") as f:
        m = ESCAPE_HEADER.match(f.readline())
    return m.group(1) if m else None


def compare_annotations(src, expected, stderr, rel):
    """Problems between the // ERROR annotations and the positioned lines
    of stderr, matched line by line as for the errors kind."""
    reported, others = parse_diagnostics(stderr, src)
    problems = []
    for line in sorted(set(expected) | set(reported)):
        missed, unexpected = match_line(expected.get(line, []),
                                        reported.get(line, []))
        for rx in missed:
            problems.append("%s:%d: missing message matching %r\n" % (rel, line, rx))
        for msg in unexpected:
            problems.append("%s:%d: unexpected message: %s\n" % (rel, line, msg))
    for line in others:
        problems.append("message about another file: %s\n" % line)
    return problems


def run_escape(src, ctx):
    """`go2c build -m[=2] -o TMP NAME.go` run in tests/escape must succeed
    and print the escape decisions the annotations announce, no more."""
    name = os.path.splitext(os.path.basename(src))[0]
    if missing_compiler(ctx):
        return fail("escape", name, missing_compiler(ctx))
    try:
        flag = escape_flag(src)
        expected = parse_annotations(src)
        for rxs in expected.values():
            for rx in rxs:
                re.compile(rx)
    except (OSError, re.error) as e:
        return fail("escape", name, "bad ERROR annotation: %s" % e)
    if flag is None:
        return fail("escape", name, "first line is not `// go2c build -m` or `-m=2`")
    exe = os.path.join(ctx.tmp, "esc_" + name)
    code, out, err = run_process([ctx.go2c, "build", flag, "-o", exe, os.path.basename(src)],
                                 os.path.dirname(src), COMPILE_TIMEOUT)
    problems = []
    if code != 0:
        problems.append("go2c build %s: %s, expected exit status 0\n" % (flag, describe_status(code)))
    problems += compare_annotations(src, expected, err, os.path.relpath(src, ROOT_DIR))
    if problems:
        problems.append("go2c's output:\n%s" % (text(err + out) or "(none)"))
        return fail("escape", name, "".join(problems))
    return Result("escape", name, passed=1)


# ---- examples: the -m report of each escape example -------------------------

def strip_dirs(report):
    """A -m report with each line's file name relative to its directory:
    "examples/x.go:3:2: ..." and "/abs/examples/x.go:3:2: ..." read
    "x.go:3:2: ...", as when go2c runs in examples/."""
    return re.sub(rb"(?m)^[^\s:]*/([^/\s:]+\.go:\d+:\d+: )", rb"\1", report)


# ---- report: a golden program's whole -m report is gc's ---------------------
#
# tests/run/NAME.m is gc's `go build -gcflags='-m -l'` report of NAME.go
# (regen.py writes it).  go2c's `go2c build -m` must print exactly that,
# line for line, position and order included.  The programs whose report
# go2c does not match yet are listed, each with the reason, in
# tests/run/m_differences.txt: for them the test checks that the report
# still differs, so that the list stays true (a fix must take its name off).

M_DIFFERENCES = os.path.join(RUN_DIR, "m_differences.txt")


def known_m_differences():
    """NAME -> why, from tests/run/m_differences.txt ("NAME: why" lines)."""
    known = {}
    if os.path.exists(M_DIFFERENCES):
        with open(M_DIFFERENCES) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    name, _, why = line.partition(":")
                    known[name.strip()] = why.strip()
    return known


def run_report(src, ctx):
    name = os.path.splitext(os.path.basename(src))[0]
    if missing_compiler(ctx):
        return fail("report", name, missing_compiler(ctx))
    want = read_expected(os.path.join(RUN_DIR, name + ".m"), b"")
    # only the report matters: `true` stands in for the C compiler
    env = dict(os.environ, CC="true")
    code, out, err = run_process([ctx.go2c, "build", "-m", "-o", os.path.join(ctx.tmp, "m_" + name),
                                  name + ".go"], RUN_DIR, COMPILE_TIMEOUT, env)
    if code != 0:
        return fail("report", name, "go2c build -m: %s, expected exit status 0\n%s" %
                    (describe_status(code), text(err)))
    got = strip_dirs(err + out)
    why = known_m_differences().get(name)
    if why is not None:
        if got == want:
            return fail("report", name, "-m now equals gc's report: take %s off %s" %
                        (name, os.path.relpath(M_DIFFERENCES, ROOT_DIR)))
        return Result("report", name, passed=1)
    if got != want:
        return fail("report", name, short_diff("-m report", want, got))
    return Result("report", name, passed=1)


def run_example(src, ctx):
    """examples/NAME.go built with `go2c build -m` from examples/: its
    report must be exactly tests/examples/NAME.m (see tests/README.md)."""
    name = os.path.splitext(os.path.basename(src))[0]
    if missing_compiler(ctx):
        return fail("examples", name, missing_compiler(ctx))
    want = read_expected(os.path.join(EXAMPLES_M_DIR, name + ".m"), b"")
    code, out, err = run_process([ctx.go2c, "build", "-m", "-o", os.path.join(ctx.tmp, "ex_" + name),
                                  name + ".go"], EXAMPLES_DIR, COMPILE_TIMEOUT)
    problems = []
    if code != 0:
        problems.append("go2c build -m: %s, expected exit status 0\n" % describe_status(code))
    got = strip_dirs(err + out)
    if got != want:
        problems.append(short_diff("-m report", want, got))
    if problems:
        return fail("examples", name, "".join(problems))
    return Result("examples", name, passed=1)


# ---- cli: go2c's command line -----------------------------------------------

CLI_TIMEOUT = 60  # one go2c command: at most a compile and a tiny program
WORK_LINE = re.compile(r"^WORK=(.*)$", re.MULTILINE)


def load_cli_cases():
    """The Case objects of tests/cli/cases.py, by name, in file order."""
    spec = importlib.util.spec_from_file_location(
        "go2c_cli_cases", os.path.join(CLI_DIR, "cases.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases = {}
    for c in module.CASES:
        if c.name in cases:
            raise SystemExit("tests/cli/cases.py: two cases named " + c.name)
        cases[c.name] = c
    return cases


def check_output(label, spec, data):
    """Problems with one output stream: spec is "" (must be empty), None
    (anything), a regexp or a list of them ("!re": must not be found)."""
    if spec is None:
        return []
    s = data.decode("utf-8", "replace")
    if spec == "":
        return [] if s == "" else ["%s is not empty:\n%s\n" %
                                   (label, text(data))]
    problems = []
    for rx in [spec] if isinstance(spec, str) else spec:
        negate = rx.startswith("!")
        found = re.search(rx[1:] if negate else rx, s, re.MULTILINE)
        if negate and found:
            problems.append("%s has %r: %r\n" % (label, rx[1:], found.group()))
        elif not negate and not found:
            problems.append("%s does not match %r\n" % (label, rx))
    return problems


def check_made(cwd, path, spec):
    """An executable go2c made: it runs and prints what spec says."""
    full = os.path.join(cwd, path)
    if not os.path.isfile(full) or not os.access(full, os.X_OK):
        return ["no executable %s\n" % path]
    code, out, err = run_process([full], cwd, RUN_TIMEOUT)
    problems = check_output("./%s's stdout" % path, spec, out)
    if code != 0:
        problems.append("./%s: %s\n%s" % (path, describe_status(code),
                                          text(err)))
    return problems


def check_work(case, tmpdir, err):
    """-work keeps WORK=DIR (removed here, after the check); otherwise go2c
    must have removed its work directory from $TMPDIR."""
    if not case.work:
        left = [e for e in os.listdir(tmpdir) if e.startswith("go2c-build")]
        return ["work directory left behind: %s\n" % e for e in left]
    m = WORK_LINE.search(err.decode("utf-8", "replace"))
    if not m:
        return ["no WORK= line on stderr\n"]
    work = m.group(1)
    problems = []
    if os.path.dirname(work) != tmpdir:
        problems.append("WORK=%s is not in $TMPDIR=%s\n" % (work, tmpdir))
    if not os.path.isfile(os.path.join(work, "main.c")):
        problems.append("no main.c in WORK=%s\n" % work)
    if work.startswith(tmpdir + os.sep):
        shutil.rmtree(work, ignore_errors=True)
    return problems


def check_dev_null():
    """A linker given -o /dev/null replaces the device with a regular file."""
    try:
        if stat.S_ISCHR(os.stat("/dev/null").st_mode):
            return []
    except OSError:
        pass
    return ["/dev/null is no longer a character device; as root recreate it "
            "with: rm -f /dev/null; mknod -m 666 /dev/null c 1 3\n"]


def run_cli(name, ctx):
    case = ctx.cli_cases[name]
    if missing_compiler(ctx):
        return fail("cli", name, missing_compiler(ctx))
    root = tempfile.mkdtemp(prefix="cli_%s_" % name, dir=ctx.tmp)
    cwd = os.path.join(root, "dir")
    tmpdir = os.path.join(root, "tmp")
    shutil.copytree(os.path.join(CLI_DIR, "src"), cwd)
    os.mkdir(tmpdir)
    env = dict(os.environ, TMPDIR=tmpdir)
    cc = os.environ.get("CC") or "cc"
    env.update({k: v.replace("{CC}", cc) for k, v in case.env.items()})
    stdin = case.stdin.encode() if case.stdin is not None else None
    code, out, err = run_process([ctx.go2c] + shlex.split(case.args), cwd,
                                 CLI_TIMEOUT, env, stdin)

    problems = []
    if code != case.exit:
        problems.append("go2c %s: %s, expected exit status %d\n" %
                        (case.args, describe_status(code), case.exit))
    problems += check_output("stdout", case.stdout, out)
    problems += check_output("stderr", case.stderr, err)
    for path, spec in case.made.items():
        problems += check_made(cwd, path, spec)
    for path, spec in case.files.items():
        try:
            with open(os.path.join(cwd, path), "rb") as f:
                problems += check_output(path, spec, f.read())
        except OSError as e:
            problems.append("cannot read %s: %s\n" % (path, e.strerror))
    for path in case.absent:
        if os.path.lexists(os.path.join(cwd, path)):
            problems.append("%s exists\n" % path)
    problems += check_work(case, tmpdir, err)
    problems += check_dev_null()
    shutil.rmtree(root, ignore_errors=True)
    if problems:
        problems.append("go2c %s\n--- stdout:\n%s--- stderr:\n%s" %
                        (case.args, text(out), text(err)))
        return fail("cli", name, "".join(problems))
    return Result("cli", name, passed=1)


# ---- explain: go2c explain's report in headless Chromium ----------------------

EXPLAIN_SCRIPT = os.path.join(TESTS_DIR, "explain", "run_chromium.py")


def run_explain(name, ctx):
    """tests/explain/run_chromium.py: one test, its checks counted inside."""
    if missing_compiler(ctx):
        return fail("explain", name, missing_compiler(ctx))
    code, out, err = run_process([sys.executable, EXPLAIN_SCRIPT, "--go2c",
                                  ctx.go2c], ctx.tmp, 300)
    if code != 0:
        return fail("explain", name, text(out) + text(err))
    return Result("explain", name, passed=1)


def collect_explain():
    """Only where Debian's chromium is installed (scripts/setup.sh)."""
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        print("explain: not run: chromium is not installed")
        return []
    return [(run_explain, "chromium")]


# ---- course: each lab's check fails before its solution, passes after ---------
#
# Each lab of docs/course comes with a check.sh that must fail on go2c as it
# is and pass once the lab is done.  Both halves are tested here, in a copy
# of this source tree (the repository and its builds are left alone): run
# the lab's check (exit 1, "LAB: FAIL"), apply the lab's reference solution
# (docs/course/solutions/LAB.patch), run the check again (exit 0, "LAB:
# PASS"; it rebuilds what the patch changed).
#
# A full build costs far more than what a lab changes, so the copy is built
# once and the labs take turns in it: before each lab the copy, build tree
# included, is restored from a snapshot taken after that build.  The
# snapshot keeps every file's modification time, so the restored build is
# up to date and the check rebuilds nothing but what the patch touches.  The
# copy cannot move instead: a CMake build tree names its source by path.

COURSE_TIMEOUT = 600  # one configure, build, patch or check of the copy


class CourseTree:
    """The one copy of the source tree that the labs take turns in."""

    def __init__(self):
        self.lock = threading.Lock()  # one lab at a time
        self.src = None               # the copy, configured and built in src/build
        self.snapshot = None          # src as built, to restore it from
        self.problem = None           # why the copy could not be built
        self.patched = False          # a lab changed src since it was built or restored


def tail_text(data, limit=4000):
    """The end of a long output: a build log ends with its error."""
    if len(data) > limit:
        return "... (%d characters before)\n%s" % (len(data) - limit, text(data[-limit:]))
    return text(data)


def copy_source_tree(dst):
    """This repository's working tree, uncommitted changes included, copied
    to dst without .git and the build directories at its top (.gitignore's
    /build/, /build-*/ and /cmake-build-*/)."""
    def skip(d, names):
        if os.path.abspath(d) != ROOT_DIR:
            return []
        return [n for n in names if n in (".git", "build") or n.startswith("build-") or
                n.startswith("cmake-build-")]
    shutil.copytree(ROOT_DIR, dst, symlinks=True, ignore=skip)


def build_course_tree(tree, tmp):
    """Copies, configures and builds the source tree once, and snapshots it
    (copytree keeps modification times); tree.problem says what failed."""
    tree.src = os.path.join(tmp, "course", "src")
    tree.snapshot = os.path.join(tmp, "course", "snapshot")
    copy_source_tree(tree.src)
    build = os.path.join(tree.src, "build")
    for what, argv in (("configure", ["cmake", "-S", tree.src, "-B", build, "-DCMAKE_BUILD_TYPE=Release"]),
                       ("build", ["cmake", "--build", build, "-j2"])):
        code, out, err = run_process(argv, tree.src, COURSE_TIMEOUT)
        if code != 0:
            tree.problem = "%s of a copy of go2c: %s\n%s" % (what, describe_status(code),
                                                              tail_text(out + err))
            return
    shutil.copytree(tree.src, tree.snapshot, symlinks=True)


def restore_course_tree(tree):
    """The copy as it was built, undoing the last lab's patch."""
    if tree.patched:
        shutil.rmtree(tree.src)
        shutil.copytree(tree.snapshot, tree.src, symlinks=True)
        tree.patched = False


def course_lab(lab, patch_file, src):
    """What is wrong with one lab in the built copy at src ("" when its
    check fails before the solution and passes after it)."""
    check = [os.path.join(src, "docs", "course", lab, "check.sh")]
    env = dict(os.environ, BUILD=os.path.join(src, "build"))
    code, out, err = run_process(check, src, COURSE_TIMEOUT, env)
    if code != 1 or ("%s: FAIL" % lab).encode() not in out:
        return "check.sh before the solution: %s, expected exit status 1 and \"%s: FAIL\"\n%s" % (
            describe_status(code), lab, tail_text(out + err))
    code, out, err = run_process(["patch", "-p1", "--batch", "--forward", "--quiet", "-i", patch_file],
                                 src, COURSE_TIMEOUT)
    if code != 0:
        return "%s does not apply (%s):\n%s" % (os.path.relpath(patch_file, ROOT_DIR),
                                               describe_status(code), tail_text(out + err))
    code, out, err = run_process(check, src, COURSE_TIMEOUT, env)
    if code != 0 or ("%s: PASS" % lab).encode() not in out:
        return "check.sh after the solution: %s, expected exit status 0 and \"%s: PASS\"\n%s" % (
            describe_status(code), lab, tail_text(out + err))
    return ""


def run_course(lab_dir, ctx):
    lab = os.path.basename(lab_dir)
    patch_file = os.path.join(SOLUTIONS_DIR, lab + ".patch")
    if not os.path.isfile(patch_file):
        return fail("course", lab, "no solution %s" % os.path.relpath(patch_file, ROOT_DIR))
    tree = ctx.course
    with tree.lock:
        if tree.src is None:
            build_course_tree(tree, ctx.tmp)
        if tree.problem:
            return fail("course", lab, tree.problem)
        restore_course_tree(tree)
        tree.patched = True  # from the first step on: the check may change the build
        problem = course_lab(lab, patch_file, tree.src)
    if problem:
        return fail("course", lab, problem)
    return Result("course", lab, passed=1)


def collect_course():
    """Every docs/course/lab*/ with a check.sh; they need cmake and patch, and
    the solutions (which swap_in.sh removes from the tree it grades in: the
    students' phases are in it already)."""
    missing = [tool for tool in ("cmake", "patch") if not shutil.which(tool)]
    if missing:
        print("course: not run: %s not installed" % " and ".join(missing))
        return []
    if not os.path.isdir(SOLUTIONS_DIR):
        print("course: not run: no %s" % os.path.relpath(SOLUTIONS_DIR, ROOT_DIR))
        return []
    labs = sorted(d for d in os.listdir(COURSE_DIR)
                  if d.startswith("lab") and os.path.isfile(os.path.join(COURSE_DIR, d, "check.sh")))
    return [(run_course, os.path.join(COURSE_DIR, d)) for d in labs]


# ---- selection and driver ---------------------------------------------------

KINDS = ("unit", "run", "gcstress", "asan-stack", "escape-off", "errors", "check",
         "escape", "report", "cli", "examples", "explain", "course")


def collect(ctx, kind):
    """The (function, path) pairs of one kind, sorted by name; for cli,
    (run_cli, case name) pairs in the order of tests/cli/cases.py."""
    if kind == "unit":
        d = os.path.join(ctx.build, "tests")
        paths = [] if not os.path.isdir(d) else [
            os.path.join(d, f) for f in os.listdir(d)
            if f.startswith("test_") and os.access(os.path.join(d, f), os.X_OK)
            and os.path.isfile(os.path.join(d, f))]
        return [(run_unit, p) for p in sorted(paths)]
    if kind == "cli":
        return [(run_cli, name) for name in ctx.cli_cases]
    if kind == "explain":
        return collect_explain()
    if kind == "course":
        return collect_course()
    if kind == "report":
        names = sorted(f[:-2] for f in os.listdir(RUN_DIR) if f.endswith(".m"))
        return [(run_report, os.path.join(RUN_DIR, n + ".go")) for n in names]
    if kind == "examples":
        names = sorted(f[:-2] for f in os.listdir(EXAMPLES_M_DIR) if f.endswith(".m")) \
            if os.path.isdir(EXAMPLES_M_DIR) else []
        return [(run_example, os.path.join(EXAMPLES_DIR, n + ".go")) for n in names]
    d = {"run": RUN_DIR, "gcstress": RUN_DIR, "asan-stack": RUN_DIR, "escape-off": RUN_DIR,
         "errors": ERRORS_DIR, "check": CHECK_DIR, "escape": ESCAPE_DIR}[kind]
    fn = {"run": run_golden, "gcstress": run_gcstress,
          "asan-stack": run_asan_stack, "escape-off": run_escape_off, "errors": run_errors,
          "check": run_check, "escape": run_escape}[kind]
    if not os.path.isdir(d):
        return []
    paths = [os.path.join(d, f) for f in os.listdir(d) if f.endswith(".go")]
    return [(fn, p) for p in sorted(paths)]


def test_id(kind, path):
    name = os.path.basename(path)
    if name.endswith(".go"):
        name = name[:-3]
    return kind + "/" + name


def selected(ident, patterns):
    if not patterns:
        return True
    for p in patterns:
        if any(c in p for c in "*?["):
            if fnmatch.fnmatchcase(ident, p) or \
               fnmatch.fnmatchcase(ident.split("/", 1)[1], p):
                return True
        elif p in ident:
            return True
    return False


def normalize(pattern):
    """Accept `tests/run/foo.go` as well as `foo` or `run/foo`."""
    p = pattern.strip()
    if p.endswith(".go"):
        p = p[:-3]
    parts = p.replace(os.sep, "/").split("/")
    if len(parts) > 2:
        p = "/".join(parts[-2:])
    return p


class Context:
    def __init__(self, build, go2c, tmp, cli_cases):
        self.build = build
        self.go2c = go2c
        self.tmp = tmp
        self.cli_cases = cli_cases
        self.lock = threading.Lock()  # guards builds
        self.builds = {}  # (golden program, cc flags) -> [lock, result]
        self.course = CourseTree()  # the labs' copy of the source tree


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Run go2c's unit, golden-program, error and "
                    "command-line tests.")
    ap.add_argument("--build", required=True, metavar="BUILD_DIR",
                    help="the CMake build directory")
    ap.add_argument("--only", choices=KINDS, help="run one kind of test")
    ap.add_argument("-j", type=int, default=2, metavar="N",
                    help="tests to run in parallel (default 2)")
    # Hidden: use another compiler, e.g. a script forwarding to `go build`.
    ap.add_argument("--go2c", help=argparse.SUPPRESS)
    ap.add_argument("names", nargs="*",
                    help="select tests whose kind/name contains NAME")
    return ap.parse_args(argv)


def main(argv):
    args = parse_args(argv)
    build = os.path.abspath(args.build)
    go2c = os.path.abspath(args.go2c) if args.go2c else \
        os.path.join(build, "bin", "go2c")
    if args.go2c and not os.path.exists(go2c) and shutil.which(args.go2c):
        go2c = shutil.which(args.go2c)
    patterns = [normalize(n) for n in args.names]
    env_filter = os.environ.get("GO2C_TEST_FILTER", "")
    patterns += [normalize(p) for p in re.split(r"[,\s]+", env_filter) if p]
    kinds = [args.only] if args.only else list(KINDS)
    if args.go2c and not args.only:
        # cli tests go2c's own command line, which another compiler lacks
        kinds.remove("cli")
        print("cli: not run with --go2c (use --only cli to run it)")
        kinds.remove("examples")  # -m reports are go2c's
        print("examples: not run with --go2c (use --only examples to run it)")
        kinds.remove("explain")  # go2c explain is go2c's own
        print("explain: not run with --go2c (use --only explain to run it)")
        kinds.remove("course")  # the labs change go2c's own source
        print("course: not run with --go2c (use --only course to run it)")
    sanitized = is_sanitizer_build(build)
    if "asan-stack" in kinds and not sanitized:
        # it needs the runtime built with ASan
        kinds.remove("asan-stack")
        print("asan-stack: not run: %s is not a sanitizer build "
              "(-DGO2C_SANITIZE=ON)" % args.build)
    if "escape-off" in kinds and sanitized and not args.only:
        kinds.remove("escape-off")
        print("escape-off: not run with a sanitizer build "
              "(use --only escape-off to run it)")
    if "course" in kinds and sanitized and not args.only:
        # it builds copies of go2c of its own; the normal build's run covers it
        kinds.remove("course")
        print("course: not run with a sanitizer build "
              "(use --only course to run it)")
    if "gcstress" in kinds and sanitized and not args.only:
        # slow under ASan, and the normal build's run covers it
        kinds.remove("gcstress")
        print("gcstress: not run with a sanitizer build "
              "(use --only gcstress to run it)")
    if not kinds:
        return 0
    cli_cases = load_cli_cases() if "cli" in kinds else {}

    jobs = []
    for kind in kinds:
        found = collect(Context(build, go2c, "", cli_cases), kind)
        if not found:
            print("%s: no tests found%s" % (kind, " in %s/tests" % build
                                            if kind == "unit" else ""))
        jobs += [(fn, path) for fn, path in found
                 if selected(test_id(kind, path), patterns)]

    totals = {k: [0, 0] for k in kinds}
    tmp = tempfile.mkdtemp(prefix="go2c_tests_")
    try:
        ctx = Context(build, go2c, tmp, cli_cases)
        with concurrent.futures.ThreadPoolExecutor(max(1, args.j)) as pool:
            for r in pool.map(lambda job: job[0](job[1], ctx), jobs):
                print("%s %s/%s" % ("PASS" if r.ok() else "FAIL",
                                    r.kind, r.name))
                if r.details:
                    for line in r.details.rstrip("\n").split("\n"):
                        print("    " + line)
                sys.stdout.flush()
                totals[r.kind][0] += r.passed
                totals[r.kind][1] += r.failed
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    passed = failed = 0
    for kind in kinds:
        p, f = totals[kind]
        print("%s: %d passed, %d failed" % (kind, p, f))
        passed += p
        failed += f
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
