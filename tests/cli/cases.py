"""The cli tests: go2c's command line, one case per Case(...) below.

tests/run_tests.py runs each case in a fresh temporary directory holding a
copy of tests/cli/src/ (small Go programs, one subdirectory, spy.c, and json/:
files in the schema of go2c build -json, for allocs diff),
with $TMPDIR pointing to an empty directory of its own:

    go2c ARGS                       (ARGS split as a shell would, by shlex)

and checks, in that order:

  exit     go2c's exit status (default 0)
  stdout   "" (the default) means empty; otherwise a regexp, or a list of
  stderr   them, each of which must be found (re.search, re.MULTILINE);
           a regexp starting with "!" must not be found; None: not checked
  made     {path: stdout regexps}: go2c made this executable (path relative
           to the case directory), which run there with no arguments exits
           0 with matching output
  files    {path: regexps}: the file's contents match
  absent   [paths]: these do not exist afterwards
  work     True: stderr says WORK=DIR, DIR is under $TMPDIR and holds
           main.c; the runner then removes it.  False (the default): go2c
           left no go2c-build* directory in $TMPDIR
  stdin    text given to go2c's standard input (default: /dev/null)
  env      variables to set; "{CC}" in a value stands for $CC (default cc)

After every case /dev/null must still be a character device.  The expected
behaviour of the Go programs is Go 1.19's (`go run` prints the same); the
command line's is documented in driver/README.md and `go2c help`.
"""


class Case:
    def __init__(self, name, args, exit=0, stdout="", stderr="", made=None,
                 files=None, absent=(), work=False, stdin=None, env=None):
        self.name = name
        self.args = args
        self.exit = exit
        self.stdout = stdout
        self.stderr = stderr
        self.made = made or {}
        self.files = files or {}
        self.absent = list(absent)
        self.work = work
        self.stdin = stdin
        self.env = env or {}


def usage(cmd):
    """What follows a command-line mistake: the command's usage, status 2."""
    return r"\nusage: go2c %s\b.*\nRun 'go2c help %s' for details\.\n\Z" % (
        cmd, cmd)


GENERAL_HELP = [r"\Ago2c compiles a subset of Go 1\.19", r"go2c <command>",
                r"^\tbuild +compile", r"^\trun ", r"^\tcheck ", r"^\tdump ",
                r"^\texplain ", r"^\tallocs ", r"^\tversion ", r"^\thelp "]
HELLO = r"\Ahello, world\n\Z"
SPY = {"CC": "{CC} spy.c"}  # prints the program's arguments and stdin

CASES = [
    # ---- the command and help ----------------------------------------------
    Case("no_args", "", exit=2, stderr=GENERAL_HELP),
    Case("help_flag", "-h", stdout=GENERAL_HELP),
    Case("version", "version",
         stdout=r"\Ago2c version \S+ \(Go 1\.19 subset\) \w+/\w+\n\Z"),
    Case("version_extra_arg", "version now", exit=2,
         stderr=r"\Ago2c version: unexpected argument now" + usage("version")),
    Case("help", "help", stdout=GENERAL_HELP),
    Case("help_build", "help build",
         stdout=[r"\Ausage: go2c build \[-o output\] \[-emit-c file\|-\] "
                 r"\[-work\] \[-m\] \[-escape=off\] \[-nolines\] "
                 r"\[-json file\] file\.go\.\.\.\n", r"^\t-json file\n",
                 r"^\t-o output\n", r"^\t-emit-c file\n", r"^\t-work\n",
                 r"^\t-escape=off\n\t\tkeep every variable and allocation "
                 r"that may outlive its frame on\n\t\tthe heap, as before escape "
                 r"analysis", r"^\t-m\n", r"-m=2 \(or -m -m\)",
                 r"^\t-l, -0, -N\n\t\taccepted for compatibility"]),
    Case("help_build_flag", "build -h", stdout=r"\Ausage: go2c build "),
    Case("help_nope", "help nope", exit=2,
         stderr=r"\Ago2c help nope: unknown help topic\. Run 'go2c help'\.\n\Z"),
    Case("help_too_many", "help build run", exit=2,
         stderr=r"\Ago2c help: too many arguments" + usage("help")),
    Case("unknown_command", "frob hello.go", exit=2,
         stderr=r"\Ago2c frob: unknown command\nRun 'go2c help' for usage\.\n\Z"),

    # ---- flags and file arguments ------------------------------------------
    Case("unknown_flag", "build -x hello.go", exit=2,
         stderr=r"\Aflag provided but not defined: -x" + usage("build"),
         absent=["hello"]),
    Case("flag_of_other_command", "check -o x hello.go", exit=2,
         stderr=r"\Aflag provided but not defined: -o" + usage("check")),
    Case("flag_needs_argument", "build -o", exit=2,
         stderr=r"\Aflag needs an argument: -o" + usage("build")),
    Case("flag_bad_boolean", "build -work=maybe hello.go", exit=2,
         stderr=r'\Ainvalid boolean value "maybe" for -work: parse error'
                + usage("build")),
    Case("build_no_files", "build", exit=2,
         stderr=r"\Ago2c build: no \.go files listed" + usage("build")),
    Case("build_not_go_file", "build hello.go notes.txt", exit=2,
         stderr=r"\Anamed files must be \.go files: notes\.txt"
                + usage("build"),
         absent=["hello"]),
    Case("build_two_dirs", "build hello.go sub/other.go", exit=2,
         stderr=r"\Anamed files must all be in one directory; have \. and sub"
                + usage("build")),
    Case("build_missing_file", "build hello.go x.go", exit=1,
         stderr=r"\Aopen x\.go: no such file or directory\n\Z",
         absent=["hello"]),

    # ---- errors in the program: all of them, sorted, file:line:col ----------
    Case("syntax_error", "build syntax.go", exit=1,
         stderr=r"\Asyntax\.go:6:19: syntax error: unexpected \), "
                r"expecting expression\n\Z",
         absent=["syntax"]),
    # "count declared but not used" is found last but printed first
    Case("type_errors", "build types.go", exit=1,
         stderr=r"\Atypes\.go:6:2: count declared but not used\n"
                r"types\.go:7:20: cannot use 42 \(untyped int constant\) as "
                r"string value in variable declaration\n"
                r"types\.go:8:14: invalid operation: name \+ 1 \(mismatched "
                r"types string and untyped int\)\n"
                r"types\.go:9:2: undefined: undefinedFunc\n\Z",
         absent=["types"]),
    Case("unsupported", "build unsupported.go", exit=1,
         stderr=r"\Aunsupported\.go:6:9: go2c does not support channels yet\n\Z"),

    # ---- check and dump ----------------------------------------------------
    Case("check", "check hello.go"),
    Case("check_two_files", "check prog.go util.go"),
    # 40,000 nested binary expressions: the phases run on a big stack
    Case("check_deep_expression", "check deep_expression.go"),
    Case("check_missing_function", "check prog.go", exit=1,
         stderr=r"\Aprog\.go:6:14: undefined: greeting\n\Z"),
    Case("dump_tokens", "dump tokens hello.go",
         stdout=[r"\A1:1  PACKAGE  package\n1:9  IDENT  main\n",
                 r"^6:14  STRING  \"hello, world\"$", r"^8:1  EOF  EOF\n\Z"]),
    Case("dump_ast", "dump ast hello.go",
         stdout=[r"\AFile 1:1 package main\n", r"^  Func 5:6 main$",
                 r"^ +arg: BasicLit 6:14 STRING \"hello, world\"$"]),
    Case("dump_ast_two_files", "dump ast prog.go util.go",
         stdout=r"\A# prog\.go\nFile 1:1 package main\n(.*\n)*# util\.go\n"),
    Case("dump_ast_syntax_error", "dump ast syntax.go", exit=1,
         stdout=r"\AFile 1:1 package main\n",
         stderr=r"\Asyntax\.go:6:19: syntax error: "),
    Case("dump_types", "dump types prog.go util.go",
         stdout=[r"\Apackage main\n", r"^5:6: func main func\(\)$",
                 r"^3:6: func greeting func\(string\) string$"]),
    Case("dump_types_errors", "dump types types.go", exit=1,
         stderr=r"\Atypes\.go:6:2: count declared but not used\n"),
    Case("dump_unknown_mode", "dump cfg hello.go", exit=2,
         stderr=r'\Ago2c dump: unknown mode "cfg"' + usage("dump")),
    Case("dump_no_mode", "dump", exit=2,
         stderr=r"\Ago2c dump: missing mode" + usage("dump")),
    Case("help_dump", "help dump",
         stdout=[r"\Ausage: go2c dump tokens\|ast\|types\|escape \[-dot\] "
                 r"file\.go\.\.\.\n", r"^\tescape\t", r"^\t-dot\n"]),

    # ---- dump escape: the location graph, as text or DOT ---------------------
    Case("dump_escape", "dump escape hello.go",
         stdout=[r"\Afunc main\n", r'^  L\d+ "hello, world" +alloc +depth 1 +heap '
                 r"+hello\.go:6:14$", r"^  L\d+ \.\.\. argument +alloc .* stack "
                 r"+hello\.go:6:13$", r"^edges \(destination <- source\)$",
                 r"^    L0 \{heap\} <- L\d+ \.\.\. argument +derefs 0 +"
                 r"\(call parameter\)$"]),
    Case("dump_escape_library", "dump escape lib.go",
         stdout=[r"^func F\n", r"^  L\d+ x +param .* stack +lib\.go:5:8$",
                 r"^func G\n", r"^  L\d+ n +var .* stack +lib\.go:10:2$"]),
    Case("dump_escape_dot", "dump escape -dot lib.go",
         stdout=[r"\Adigraph escape \{\n", r'^  L0 \[label="\{heap\}"',
                 r'^  L\d+ \[label="x\\nparam 5:8\\nstack"\];$',
                 r'^  L\d+ -> L\d+ \[label="= return"\];$', r"^\}\n\Z",
                 r"!^func "]),
    # flags may come before the mode as well
    Case("dump_escape_dot_first", "dump -dot escape lib.go",
         stdout=r"\Adigraph escape \{\n"),
    Case("dump_escape_dot_false", "dump escape -dot=false lib.go",
         stdout=[r"\Afunc F\n", r"!digraph"]),
    Case("dump_dot_other_mode", "dump ast -dot hello.go", exit=2,
         stderr=r"\Ago2c dump: -dot is only for dump escape" + usage("dump")),
    Case("dump_escape_errors", "dump escape types.go", exit=1,
         stderr=r"\Atypes\.go:6:2: count declared but not used\n"),
    Case("dump_escape_two_files", "dump escape prog.go util.go",
         stdout=[r"^func main\n", r"^func greeting\n"]),
    Case("dump_escape_unknown_flag", "dump escape -json=x hello.go", exit=2,
         stderr=r"\Aflag provided but not defined: -json" + usage("dump")),

    # ---- build: where the executable goes ----------------------------------
    Case("build", "build hello.go", made={"hello": HELLO}),
    Case("build_first_file_names_it", "build prog.go util.go",
         made={"prog": r"\Ahello from prog\n\Z"}, absent=["util"]),
    Case("build_into_current_dir", "build sub/other.go",
         made={"other": r"\Aother\n\Z"}, absent=["sub/other"]),
    Case("build_o", "build -o greet hello.go", made={"greet": HELLO},
         absent=["hello"]),
    Case("build_o_equals", "build -o=greet hello.go", made={"greet": HELLO}),
    Case("build_o_dir_slash", "build -o out/ hello.go",
         made={"out/hello": HELLO}),
    Case("build_o_existing_dir", "build -o sub hello.go",
         made={"sub/hello": HELLO}),
    Case("build_o_missing_dir", "build -o nodir/greet hello.go", exit=1,
         stderr=r"\Aopen nodir/greet: no such file or directory\n\Z"),
    # discards the executable; the linker must never see /dev/null
    Case("build_o_dev_null", "build -o /dev/null hello.go",
         absent=["hello", "null"]),
    Case("build_o_dev_null_errors", "build -o /dev/null types.go", exit=1,
         stderr=r"\Atypes\.go:6:2: "),

    # ---- build flags -------------------------------------------------------
    Case("emit_c_stdout", "build -o greet -emit-c - hello.go",
         stdout=[r'^#include "go2c_rt\.h"$', r'^#line 6 "hello\.go"$'],
         made={"greet": HELLO}),
    Case("emit_c_file", "build -emit-c hello.c hello.go",
         files={"hello.c": [r'^#include "go2c_rt\.h"$', r"^#line \d+ "]},
         made={"hello": HELLO}),
    Case("emit_c_nolines", "build -emit-c hello.c -nolines hello.go",
         files={"hello.c": [r'^#include "go2c_rt\.h"$', r"!#line"]},
         made={"hello": HELLO}),
    Case("emit_c_missing_dir", "build -emit-c nodir/hello.c hello.go", exit=1,
         stderr=r"\Aopen nodir/hello\.c: no such file or directory\n\Z"),
    Case("work", "build -work hello.go", stderr=r"\AWORK=\S+\n\Z", work=True,
         made={"hello": HELLO}),
    Case("escape_report", "build -m hello.go",
         stderr=r"^hello\.go:6:14: .*escapes to heap$",
         made={"hello": HELLO}),

    # ---- escape analysis flags, as gc's (go tool compile -m -l) -------------
    Case("escape_report_m1", "build -m=1 hello.go",
         stderr=r"^hello\.go:6:14: .*escapes to heap$",
         made={"hello": HELLO}),
    Case("escape_report_m2", "build -m=2 hello.go",
         stderr=r"^hello\.go:6:14: .*escapes to heap$",
         made={"hello": HELLO}),
    Case("escape_report_m_m", "build -m -m hello.go",
         stderr=r"^hello\.go:6:14: .*escapes to heap$",
         made={"hello": HELLO}),
    Case("escape_report_m0", "build -m=0 hello.go", made={"hello": HELLO}),
    Case("escape_report_bad_level", "build -m=x hello.go", exit=2,
         stderr=r'\Ainvalid boolean value "x" for -m: invalid count "x"'
                + usage("build"), absent=["hello"]),
    # gc's escape tests say `errorcheck -0 -m -l`: both are no-ops here
    Case("gc_flags_ignored", "build -0 -m -l hello.go",
         stderr=r"^hello\.go:6:14: .*escapes to heap$",
         made={"hello": HELLO}),
    Case("gc_flag_l_level", "build -l=4 -0=true hello.go",
         made={"hello": HELLO}),
    Case("escape_off", "build -escape=off hello.go", made={"hello": HELLO}),
    Case("escape_off_separate_value", "build -escape off -o greet hello.go",
         made={"greet": HELLO}),
    Case("escape_on", "build -escape=on hello.go", made={"hello": HELLO}),
    Case("escape_bad_value", "build -escape=maybe hello.go", exit=2,
         stderr=r'\Ainvalid value "maybe" for flag -escape: must be on or off'
                + usage("build"), absent=["hello"]),
    Case("run_escape_off", "run -escape=off -l hello.go", stdout=HELLO),

    # ---- -json: every decision, for tools (schema: docs/tools.md) ------------
    Case("build_json", "build -json=out.json hello.go", made={"hello": HELLO},
         files={"out.json": [r'\A\{"version": 1, "decisions": \[\n',
                             r'^  \{"file": "hello\.go", "line": 6, "col": 14, '
                             r'"function": "main\.main", "kind": "interface box", '
                             r'"what": "\\"hello, world\\"", "verdict": "heap", ',
                             r'"kind": "\.\.\. argument", .*"verdict": "stack"',
                             r'"flows": \["\\"hello, world\\" escapes to heap:", ',
                             r"\n\]\}\n\Z"]}),
    Case("build_json_every_path", "build -json=out.json -o prog twopaths.go",
         files={"out.json": [
             r'"what": "x", .*"flows": \["x escapes to heap:", '
             r'"  flow: \{heap\} = &x:", "    from &x \(address-of\) at twopaths\.go:9:7", '
             r'"    from g1 = &x \(assign\) at twopaths\.go:9:5", '
             r'"x escapes to heap:", "  flow: \{heap\} = &x:", '
             r'"    from &x \(address-of\) at twopaths\.go:10:7", '
             r'"    from g2 = &x \(assign\) at twopaths\.go:10:5"\]',
             r'"what": "y", .*"    from g1 = p \(assign\) at twopaths\.go:16:5", '
             r'"y escapes to heap:", .*"    from g2 = p \(assign\) at twopaths\.go:17:5"\]']}),
    # gc explains each direct g = &x, but only the first path through p
    Case("build_m2_paths", "build -m=2 -o prog twopaths.go",
         stderr=[r"^twopaths\.go:8:2:     from g1 = &x \(assign\) at twopaths\.go:9:5$",
                 r"^twopaths\.go:8:2:     from g2 = &x \(assign\) at twopaths\.go:10:5$",
                 r"^twopaths\.go:14:2:     from g1 = p \(assign\) at twopaths\.go:16:5$",
                 r"!from g2 = p"]),
    Case("build_json_separate_value", "build -json out.json -o /dev/null hello.go",
         files={"out.json": r'\A\{"version": 1, '}, absent=["hello", "null"]),
    Case("build_json_library", "build -json=lib.json lib.go",
         files={"lib.json": [r'"function": "lib\.F", "kind": "parameter", '
                             r'"what": "x", "verdict": "stack"',
                             r'"leaks": \{"heap": -1, "results": \[0\]\}',
                             r'"function": "lib\.G", "kind": "variable", '
                             r'"what": "n"']},
         absent=["lib", "lib.o"]),
    Case("build_json_with_m", "build -m -json=out.json -o greet hello.go",
         stderr=r"^hello\.go:6:14: .*escapes to heap$",
         files={"out.json": r'"verdict": "heap"'}, made={"greet": HELLO}),
    Case("build_json_missing_dir", "build -json=nodir/out.json hello.go",
         exit=1, stderr=r"\Aopen nodir/out\.json: no such file or directory\n\Z",
         absent=["hello"]),
    Case("build_json_errors", "build -json=out.json types.go", exit=1,
         stderr=r"\Atypes\.go:6:2: ", absent=["out.json", "types"]),
    Case("build_json_needs_file", "build hello.go -json", exit=2,
         stderr=r"\Anamed files must be \.go files: -json" + usage("build")),
    Case("run_json", "run -json=out.json hello.go", stdout=HELLO,
         files={"out.json": r'"function": "main\.main"'}),
    Case("check_no_json", "check -json=x.json hello.go", exit=2,
         stderr=r"\Aflag provided but not defined: -json" + usage("check")),

    # ---- allocs diff: what moved between two -json files -----------------------
    # json/new.json is json/old.json after an edit that moved every line
    # down; decisions match by function, kind, what and rank, not by line
    Case("allocs_diff", "allocs diff json/old.json json/new.json", exit=1,
         stdout=r"\Amoved to the heap \(stack -> heap\):\n"
                r"  main\.g: &point\{\.\.\.\} \(&T\{\}\)\n"
                r"    was stack at prog\.go:20:7: does not escape\n"
                r"    now heap at prog\.go:22:7: reaches the heap \(assign at "
                r"prog\.go:24:4\)\n"
                r"moved to the stack \(heap -> stack\):\n"
                r"  main\.f: x \(variable\)\n"
                r"    was heap at prog\.go:10:2: returned to the caller\n"
                r"    now stack at prog\.go:12:2: does not escape\n"
                r"new:\n  main\.k: func literal \(closure\)\n"
                r"    heap at prog\.go:30:9: returned to the caller\n"
                r"gone:\n  main\.h: make\(\[\]int, n\) \(make slice\)\n"
                r"    heap at prog\.go:25:11: non-constant size\n"
                r"1 moved to the heap, 1 moved to the stack, 1 new, 1 gone\n\Z"),
    Case("allocs_diff_same", "allocs diff json/old.json json/old.json",
         stdout=r"\A0 moved to the heap, 0 moved to the stack, 0 new, 0 gone\n\Z"),
    # only improvements: status 0
    Case("allocs_diff_improved", "allocs diff json/old.json json/improved.json",
         stdout=[r"\Amoved to the stack \(heap -> stack\):\n  main\.f: x "
                 r"\(variable\)\n", r"^0 moved to the heap, 1 moved to the stack, "
                 r"0 new, 0 gone\n\Z"]),
    # the second of two &point{...} in main.g: matched by its rank
    Case("allocs_diff_occurrence", "allocs diff json/old.json json/occurrence.json",
         stdout=[r"^  main\.g: &point\{\.\.\.\} \(&T\{\}\) #2\n"
                 r"    was heap at prog\.go:21:7",
                 r"^0 moved to the heap, 1 moved to the stack, 0 new, 0 gone\n\Z"]),
    Case("allocs_diff_reversed", "allocs diff json/new.json json/old.json",
         exit=1, stdout=[r"^  main\.f: x \(variable\)\n    was stack at "
                         r"prog\.go:12:2",
                         r"^1 moved to the heap, 1 moved to the stack, 1 new, "
                         r"1 gone\n\Z"]),
    # the reader: \u escapes, surrogate pairs, \/ and \", other members
    Case("allocs_diff_json_escapes", "allocs diff json/escapes.json json/escapes2.json",
         stdout=r"\Amoved to the stack \(heap -> stack\):\n  main\.caf\u00e9: "
                r"\U0001F600\t\"q\"\\/ \(variable\)\n    was heap at e\.go:3:2: "
                r"r\u00e9ason\n"),
    Case("allocs_diff_not_json", "allocs diff json/bad.json json/old.json", exit=2,
         stderr=r"\Ago2c allocs diff: json/bad\.json: 2:20: expected a string "
                r"key \(not JSON\)\n\Z"),
    Case("allocs_diff_other_version", "allocs diff json/old.json json/v2.json",
         exit=2, stderr=r"\Ago2c allocs diff: json/v2\.json: not a file of go2c "
                        r"build -json \(version 1\)\n\Z"),
    Case("allocs_diff_incomplete", "allocs diff json/partial.json json/old.json",
         exit=2, stderr=r"\Ago2c allocs diff: json/partial\.json: decision 1 lacks "
                        r"function, kind, what or verdict\n\Z"),
    Case("allocs_diff_missing_file", "allocs diff json/old.json nope.json",
         exit=2, stderr=r"\Aopen nope\.json: no such file or directory\n\Z"),
    Case("allocs_diff_one_file", "allocs diff json/old.json", exit=2,
         stderr=r"\Ago2c allocs diff: want two files, old\.json and new\.json"
                + usage("allocs")),
    Case("allocs_no_mode", "allocs", exit=2,
         stderr=r"\Ago2c allocs: missing mode" + usage("allocs")),
    Case("allocs_unknown_mode", "allocs frob a b", exit=2,
         stderr=r'\Ago2c allocs: unknown mode "frob"' + usage("allocs")),
    Case("help_allocs", "help allocs",
         stdout=[r"\Ausage: go2c allocs diff old\.json new\.json\n",
                 r"never by line", r"exit status is 1 when a site moved"]),

    # ---- explain: the HTML report (tests/explain checks it in Chromium) -------
    Case("explain", "explain hello.go",
         files={"report.html": [
             r"\A<!DOCTYPE html>\n", r"<title>go2c explain: hello\.go</title>",
             r'^<script type="application/json" id="go2c-decisions">\n'
             r'\{"version": 1, "decisions": \[',
             r'"function": "main\.main", "kind": "interface box"',
             r'^<script type="application/json" id="go2c-sources">\n\{"go": '
             r'\[\n\{"name": "hello\.go", "lines": \["package main",',
             r'"\\tfmt\.Println\(\\"hello, world\\"\)"',
             r'\\u003cstyle|"c": \{"name": "main\.c", "lines": ',
             r'"#line 6 \\"hello\.go\\""', r'^<style>\n', r"^<script>\n",
             r'id="decision-table"', r'id="filter-function"', r'id="filter-verdict"',
             r"!<link ", r"!https?://", r"!<script src"]},
         absent=["hello"]),
    Case("explain_o", "explain -o out.html prog.go util.go",
         files={"out.html": [r"<title>go2c explain: prog\.go util\.go</title>",
                             r'\{"name": "prog\.go", "lines": ',
                             r'\{"name": "util\.go", "lines": ']},
         absent=["report.html", "prog"]),
    # a "</script>" in the Go source must not end a script block early
    Case("explain_script_in_source", "explain script.go",
         files={"report.html": [r"(?s)\A((?!</script>).)*(</script>((?!</script>)"
                                r".)*){3}\Z",
                                r'\\"\\u003c/script>\\u003cb>bold\?\\u003c/b>\\"']}),
    Case("explain_library", "explain lib.go",
         files={"report.html": r'"function": "lib\.F", "kind": "parameter"'}),
    Case("explain_errors", "explain types.go", exit=1,
         stderr=r"\Atypes\.go:6:2: count declared but not used\n",
         absent=["report.html"]),
    Case("explain_missing_dir", "explain -o nodir/r.html hello.go", exit=1,
         stderr=r"\Aopen nodir/r\.html: no such file or directory\n\Z"),
    Case("explain_no_files", "explain", exit=2,
         stderr=r"\Ago2c explain: no \.go files listed" + usage("explain")),
    Case("explain_no_m", "explain -m hello.go", exit=2,
         stderr=r"\Aflag provided but not defined: -m" + usage("explain")),
    Case("help_explain", "help explain",
         stdout=[r"\Ausage: go2c explain \[-o report\.html\] file\.go\.\.\.\n",
                 r"^\t-o file\n\t\twrite the report to file \(default "
                 r"report\.html\)\n"]),
    Case("check_no_m", "check -m hello.go", exit=2,
         stderr=r"\Aflag provided but not defined: -m" + usage("check")),

    # ---- a package other than main: compiled like go tool compile -----------
    Case("build_library", "build lib.go", absent=["lib", "lib.o"]),
    Case("build_library_o", "build -o lib.o lib.go",
         files={"lib.o": r"\A\x7fELF"}, absent=["lib"]),
    Case("build_library_m", "build -m -l -o out.o lib.go",
         stderr=[r"^lib\.go:5:8: leaking param: x to result ~r0 level=0$"],
         files={"out.o": r"\A\x7fELF"}),
    Case("build_library_bodyless", "build -o asm.o asm.go",
         files={"asm.o": r"\A\x7fELF"}),
    Case("build_library_missing_body", "build -o prog prog_nobody.go", exit=1,
         stderr=[r"^prog_nobody\.go:7:6: missing function body$",
                 r"^prog_nobody\.go:9:6: missing function body$"], absent=["prog"]),
    Case("build_library_dev_null", "build -o /dev/null lib.go",
         absent=["lib", "lib.o", "null"]),
    Case("build_library_missing_dir", "build -o nodir/lib.o lib.go", exit=1,
         stderr=r"\Aopen nodir/lib\.o: no such file or directory\n\Z"),
    Case("run_library", "run lib.go", exit=1,
         stderr=r"\Apackage command-line-arguments is not a main package\n\Z"),
    Case("check_library", "check lib.go"),

    # ---- run: arguments, standard files, exit status -----------------------
    Case("run", "run hello.go", stdout=HELLO, absent=["hello"]),
    Case("run_two_files", "run -nolines prog.go util.go",
         stdout=r"\Ahello from prog\n\Z"),
    Case("run_exit_status", "run exit3.go", exit=3,
         stdout=r"\Aexiting with 3\n\Z"),
    Case("run_panic", "run divzero.go", exit=2, stdout=r"\Adividing\n\Z",
         stderr=r"\Apanic: runtime error: integer divide by zero\n\n"
                r"goroutine 1 \[running\]:\n"),
    Case("run_compile_error", "run syntax.go", exit=1,
         stderr=r"\Asyntax\.go:6:19: syntax error: "),
    Case("run_work", "run -work hello.go",
         stdout=HELLO, stderr=r"\AWORK=\S+\n\Z", work=True),
    Case("run_args", "run hello.go a -b --c 'two words'", env=SPY,
         stdout=r"\Aargs: \[a\] \[-b\] \[--c\] \[two words\]\nstdin: "
                r"hello, world\n\Z"),
    # "--" ends the files, so that a program's argument may end in .go
    Case("run_args_after_dashes", "run hello.go -- x.go -v", env=SPY,
         stdout=r"\Aargs: \[x\.go\] \[-v\]\n"),
    Case("run_go_file_arg", "run hello.go x.go", exit=1,
         stderr=r"\Aopen x\.go: no such file or directory\n\Z"),
    Case("run_stdin", "run hello.go", env=SPY, stdin="one\ntwo\n",
         stdout=r"\Aargs:\nstdin: one\ntwo\nhello, world\n\Z"),
    Case("run_killed_by_signal", "run hello.go", exit=128 + 15,
         env=dict(SPY, SPY_KILL="1"), stdout=r"\Aargs:\nstdin: \Z"),
    Case("tmpdir_missing", "build hello.go", exit=1,
         env={"TMPDIR": "/nonexistent"},
         stderr=r"\Amkdir /nonexistent/go2c-build\w+: no such file or "
                r"directory\n\Z", absent=["hello"]),

    # ---- the C compiler: $CC ------------------------------------------------
    Case("cc_with_flags", "build hello.go", env={"CC": "{CC} -DX=1"},
         made={"hello": HELLO}),
    Case("cc_empty", "build hello.go", env={"CC": ""}, made={"hello": HELLO}),
    # a flag the linker rejects proves the words of $CC reach it
    Case("cc_fails", "build hello.go", exit=1,
         env={"CC": "{CC} -Wl,--no-such-option"},
         stderr=[r"\Ago2c: internal error: C compiler failed\n",
                 r"no-such-option", r"-work keeps the generated C"],
         absent=["hello"]),
    Case("cc_missing", "build hello.go", exit=1, env={"CC": "/nonexistent"},
         stderr=r"\Ago2c: cannot run the C compiler \(set \$CC\)\n"
                r"exec /nonexistent: no such file or directory\n\Z",
         absent=["hello"]),
    Case("cc_missing_run", "run hello.go", exit=1, env={"CC": "/nonexistent"},
         stderr=r"\Ago2c: cannot run the C compiler"),
    # ---- GO2CDEBUG=allocs=1: the allocation profile at exit (rt_profile.c) ----
    Case("allocs_profile", "run allocs.go", env={"GO2CDEBUG": "allocs=1"},
         stderr=[r"\A45 2 45\ngo2c: heap allocations by site \(GO2CDEBUG=allocs=1\), "
                 r"largest first:\n +bytes +count  site: why it is on the heap\n"
                 r" +360 +1  allocs\.go:23:11 make\(\[\]int64, sum\): non-constant size\n"
                 r" +160 +10  allocs\.go:9:30 &T\{\.\.\.\}: returned to the caller\n"
                 r" +16 +1  allocs\.go:13:9 func literal: returned to the caller\n"
                 r" +8 +1  allocs\.go:12:2 moved to heap: n: held by an object on the heap\n"
                 r" +\d+ +\d+  runtime \(append growth, maps, strings, fmt, \.\.\.\)\n"
                 r" +\d+ +\d+  total\n\Z"]),
    # -escape=off says so; os.Exit prints the profile too
    Case("allocs_profile_escape_off", "run -escape=off allocs.go x", exit=3,
         env={"GO2CDEBUG": "allocs=1"},
         stderr=[r"^ +160 +10  allocs\.go:9:30 &T\{\.\.\.\}: -escape=off$",
                 r"^ +8 +1  allocs\.go:12:2 moved to heap: n: -escape=off: its address is taken"]),
    # off by default: the program's own output only
    Case("allocs_profile_off", "run allocs.go", stderr=r"\A45 2 45\n\Z"),
    # //go2c:stack: the build fails, with the chain of why, when an asserted
    # variable is on the heap; a variable that stays in the frame passes
    Case("stack_assert", "build -o out stack_assert.go", exit=1,
         stderr=[r"^stack_assert\.go:15:2: u is on the heap, but //go2c:stack u says it stays on the stack:\n",
                 r"^\t  flow: \{heap\} = &u:\n",
                 r"^\t    from keep = &u \(assign\) at stack_assert\.go:16:7\n",
                 r"^stack_assert\.go:22:2: x is on the heap, but //go2c:stack on its function says"]),
    Case("stack_assert_every_path", "build -o out stack_assert_paths.go", exit=1,
         stderr=[r"^stack_assert_paths\.go:10:2: u is on the heap, but //go2c:stack u says",
                 r"^\t    from keep = p \(assign\) at stack_assert_paths\.go:12:7\n",
                 r"^\t    from also = p \(assign\) at stack_assert_paths\.go:13:7\n"],
         absent=["out"]),
]
