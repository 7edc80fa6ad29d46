#!/usr/bin/env python3
"""The explain test: render `go2c explain`'s report of examples/escape_tour.go
in headless Chromium (Debian's `chromium` package) and check what a reader
would see.

    python3 tests/explain/run_chromium.py [--go2c build/bin/go2c]
                                          [--screenshot docs/img/explain.png]

It builds the example with `go2c build -json` to know every decision, writes
the report with `go2c explain`, and has Chromium run the page's script and
dump the resulting DOM (--dump-dom), three times:

  report.html                  every decision has its mark in the Go pane, on
                               its line, with its verdict as text ([heap] or
                               [stack], not colour alone), and its row in the
                               table; the function filter lists every
                               function; C lines map to existing Go lines,
                               and every Go line with a decision produced C
  report.html#site=N           (N: a heap decision with two flow paths) the
                               details are open and show the verdict, the
                               reason, every flow path, and name the statement
                               to change: the last "from" step of the path
  report.html?verdict=stack    the table shows exactly the stack decisions

and saves a 1400x900 screenshot of the details open (into the temporary
directory, or where --screenshot says: docs/img/explain.png is made so).
Exit status 0 when every check passes; tests/run_tests.py runs it as the
kind `explain` when chromium is installed.
"""
import argparse
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "escape_tour.go")
TIMEOUT = 120
FROM = re.compile(r"^\s*from (.*) \(([^()]*)\) at (.*):(\d+):(\d+)$")


def chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run(argv, cwd):
    p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=TIMEOUT)
    if p.returncode != 0:
        raise SystemExit("FAIL: %s exited %d\n%s" % (
            " ".join(argv), p.returncode, p.stderr.decode(errors="replace")))
    return p.stdout.decode("utf-8", "replace")


def browser_argv(browser, tmp):
    # a profile of our own: nothing from (or into) the user's
    return [browser, "--headless", "--disable-gpu", "--no-sandbox",
            "--user-data-dir=" + os.path.join(tmp, "profile"),
            "--no-first-run", "--hide-scrollbars"]


def dump_dom(browser, tmp, url):
    return run(browser_argv(browser, tmp) + ["--dump-dom", url], tmp)


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []
        self.text = []

    def classes(self):
        return self.attrs.get("class", "").split()

    def all_text(self):
        return "".join(t if isinstance(t, str) else t.all_text()
                       for t in self.text)

    def ancestor(self, pred):
        e = self.parent
        while e is not None and not pred(e):
            e = e.parent
        return e


VOID = {"meta", "br", "img", "input", "link", "hr"}


class Dom(html.parser.HTMLParser):
    """A small tree of the dumped DOM, enough to query by id and class."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", [], None)
        self.cur = self.root
        self.elements = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        e = Element(tag, attrs, self.cur)
        self.cur.children.append(e)
        self.cur.text.append(e)
        self.elements.append(e)
        if tag not in VOID:
            self.cur = e

    def handle_endtag(self, tag):
        e = self.cur
        while e is not None and e.tag != tag:
            e = e.parent
        if e is not None and e.parent is not None:
            self.cur = e.parent

    def handle_data(self, data):
        self.cur.text.append(data)

    def by_id(self, ident):
        for e in self.elements:
            if e.attrs.get("id") == ident:
                return e
        return None

    def by_class(self, cls):
        return [e for e in self.elements if cls in e.classes()]


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + what)


def check_report(c, dom, decisions):
    """The page as it opens: marks, table, filter, line map."""
    c.check(dom.by_id("go2c-decisions") is not None, "the decisions JSON block")
    body = [e for e in dom.elements if e.tag == "body"]
    c.check(body and body[0].attrs.get("data-rendered") == "true",
            "the script ran to its end (body[data-rendered])")
    marks = {e.attrs.get("data-i"): e for e in dom.by_class("site")
             if "data-i" in e.attrs}
    c.check(len(marks) == len(decisions), "%d marks for %d decisions" %
            (len(marks), len(decisions)))
    for i, d in enumerate(decisions):
        what = "decision %d (%s %s at %d:%d, %s)" % (
            i, d["kind"], d["what"], d["line"], d["col"], d["verdict"])
        m = marks.get(str(i))
        if m is None:
            c.check(False, what + ": no mark")
            continue
        c.check(m.attrs.get("data-verdict") == d["verdict"] and
                d["verdict"] in m.classes(), what + ": mark's verdict")
        c.check("[%s]" % d["verdict"] in m.all_text(),
                what + ": mark says [%s] in text" % d["verdict"])
        line = m.ancestor(lambda e: "line" in e.classes())
        c.check(line is not None and line.attrs.get("id") == "go-0-%d" % d["line"],
                what + ": mark on Go line %d" % d["line"])
        row = dom.by_id("decision-%d" % i)
        c.check(row is not None and row.attrs.get("data-verdict") == d["verdict"]
                and d["what"] in row.all_text() and "[%s]" % d["verdict"]
                in row.all_text(), what + ": table row")
    options = {e.attrs.get("value") for e in dom.elements if e.tag == "option"
               and e.ancestor(lambda p: p.attrs.get("id") == "filter-function")}
    for fn in {d["function"] for d in decisions}:
        c.check(fn in options, "function filter offers " + fn)
    c.check(dom.by_id("filter-verdict") is not None, "verdict filter")
    shown = dom.by_id("shown")
    c.check(shown is not None and "%d of %d" % (len(decisions), len(decisions))
            in shown.all_text(), "all decisions shown at first")
    check_line_map(c, dom, decisions)


def check_line_map(c, dom, decisions):
    go_lines = {e.attrs["id"] for e in dom.by_class("line")
                if e.attrs.get("id", "").startswith("go-")}
    mapped = [e for e in dom.by_class("line") if "data-go" in e.attrs]
    c.check(len(mapped) > 0, "some C lines map to Go lines")
    targets = set()
    for e in mapped:
        name, _, line = e.attrs["data-go"].rpartition(":")
        targets.add(int(line))
        c.check(name == "escape_tour.go" and "go-0-" + line in go_lines,
                "C line %s maps to an existing Go line (%s)" %
                (e.attrs.get("data-c-line"), e.attrs["data-go"]))
    # statements with an allocation produce C; a parameter's line (the
    # function header) does not
    for d in decisions:
        if d["kind"] != "parameter":
            c.check(d["line"] in targets, "Go line %d (%s) has C lines" %
                    (d["line"], d["what"]))


def culprit(flows):
    for line in reversed(flows):
        m = FROM.match(line)
        if m:
            return m.group(1)
    return None


def path_count(flows):
    """Paths in a decision's flows: each starts with an unindented header."""
    return sum(1 for line in flows if not line.startswith(" "))


def check_details(c, dom, d):
    det = dom.by_id("detail")
    c.check(det is not None and "hidden" not in det.attrs,
            "#site=N opens the details")
    if det is None:
        return
    text = det.all_text()
    c.check("Verdict: heap" in text, "details: verdict")
    c.check(d["reason"] in text, "details: reason")
    npaths = path_count(d["flows"])
    for k in range(1, npaths + 1):
        c.check("Flow path %d of %d" % (k, npaths) in text,
                "details: flow path %d of %d" % (k, npaths))
    for line in d["flows"]:
        c.check(line.strip() in text, "details: flow line %r" % line.strip())
    stmt = culprit(d["flows"])
    c.check(stmt is not None and
            "change the statement " + stmt in text,
            "details: names the statement to change (%s)" % stmt)


def check_filter(c, dom, decisions):
    rows = [e for e in dom.elements if e.tag == "tr" and "data-verdict" in e.attrs]
    visible = [r for r in rows if "hidden" not in r.attrs]
    want = sum(1 for d in decisions if d["verdict"] == "stack")
    c.check(len(visible) == want and all(r.attrs["data-verdict"] == "stack"
                                         for r in visible),
            "?verdict=stack shows the %d stack decisions (shows %d)" %
            (want, len(visible)))


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--go2c", default=os.path.join(ROOT, "build", "bin", "go2c"))
    ap.add_argument("--screenshot", help="where to save the screenshot")
    args = ap.parse_args(argv)
    browser = chromium()
    if not browser:
        print("explain: chromium is not installed (scripts/setup.sh installs it)")
        return 1
    go2c = os.path.abspath(args.go2c)
    tmp = tempfile.mkdtemp(prefix="go2c_explain_")
    try:
        shutil.copy(EXAMPLE, os.path.join(tmp, "escape_tour.go"))
        run([go2c, "build", "-json=tour.json", "-o", "/dev/null",
             "escape_tour.go"], tmp)
        with open(os.path.join(tmp, "tour.json")) as f:
            decisions = json.load(f)["decisions"]
        run([go2c, "explain", "-o", "report.html", "escape_tour.go"], tmp)
        url = "file://" + os.path.join(tmp, "report.html")
        c = Checker()
        check_report(c, Dom(dump_dom(browser, tmp, url)), decisions)
        heap = [i for i, d in enumerate(decisions)
                if d["verdict"] == "heap" and culprit(d["flows"])
                and len(d["flows"]) > 4]
        c.check(bool(heap), "the example has a heap site with a long flow path")
        # the details show every path, not only the one -m=2 prints
        heap.sort(key=lambda i: -path_count(decisions[i]["flows"]))
        c.check(bool(heap) and path_count(decisions[heap[0]]["flows"]) >= 2,
                "the example has a heap site with two flow paths")
        site = heap[0] if heap else 0
        check_details(c, Dom(dump_dom(browser, tmp, url + "#site=%d" % site)),
                      decisions[site])
        check_filter(c, Dom(dump_dom(browser, tmp, url + "?verdict=stack")),
                     decisions)
        shot = os.path.abspath(args.screenshot) if args.screenshot else \
            os.path.join(tmp, "explain.png")
        run(browser_argv(browser, tmp) + ["--screenshot=" + shot,
                                          "--window-size=1400,900",
                                          url + "#site=%d" % site], tmp)
        c.check(png_size(shot) == (1400, 900), "a 1400x900 PNG screenshot")
        print("explain: %d passed, %d failed" % (c.passed, c.failed))
        return 1 if c.failed else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
