/*
 * commands.c — the table of go2c's commands: for each, the function that
 * runs it, the arguments and flags it takes, and its help text.
 *
 * Everything the driver knows about a command's surface lives in its row,
 * so that parsing (flags.c), help (help.c) and dispatch (main.c) can never
 * disagree about it.  The texts are written in the go command's manner.
 */
#include "driver.h"

#include <string.h>

#define BUILD_FLAGS_HELP                                                       \
    "\t-emit-c file\n"                                                         \
    "\t\talso write the generated C to file (\"-\" for standard output)\n"    \
    "\t-escape=off\n"                                                          \
    "\t\tkeep every variable and allocation that may outlive its frame on\n"   \
    "\t\tthe heap, as before escape analysis (default: on)\n"                 \
    "\t-json file\n"                                                           \
    "\t\twrite every escape analysis decision to file as JSON (schema and\n"  \
    "\t\tuse: docs/tools.md; compare two with 'go2c allocs diff')\n"          \
    "\t-m\n"                                                                   \
    "\t\tprint the escape analysis decisions, as go build -gcflags=-m;\n"     \
    "\t\t-m=2 (or -m -m) also explains them\n"                               \
    "\t-nolines\n"                                                             \
    "\t\tomit the #line directives that map the C back to the Go source\n"    \
    "\t-work\n"                                                                \
    "\t\tprint the name of the temporary work directory and keep it\n"       \
    "\t-l, -0, -N\n"                                                           \
    "\t\taccepted for compatibility with gc's flags and ignored: go2c never\n" \
    "\t\tinlines (-l), always optimizes (-0), and its escape analysis does\n"  \
    "\t\tnot depend on optimization (-N)\n"

#define BUILD_FLAG_SET                                                         \
    (FLAG_EMIT_C | FLAG_WORK | FLAG_M | FLAG_NOLINES | FLAG_L | FLAG_ZERO |    \
     FLAG_ESCAPE | FLAG_N | FLAG_JSON)

static const char *const dump_modes[] = {"tokens", "ast", "types", "escape",
                                         NULL};
static const char *const allocs_modes[] = {"diff", NULL};

static const Command commands[] = {
    {"build", cmd_build, ARGS_FILES,
     FLAG_OUTPUT | BUILD_FLAG_SET, NULL,
     "go2c build [-o output] [-emit-c file|-] [-work] [-m] [-escape=off] "
     "[-nolines] [-json file] file.go...",
     "compile Go files into an executable",
     "Build compiles the named .go files, which must all be in one directory\n"
     "and form package main, into a native executable: go2c translates them\n"
     "to C and compiles that with the system C compiler ($CC, default cc)\n"
     "and go2c's runtime.\n"
     "\n"
     "The executable is named after the first file ('go2c build ed.go rx.go'\n"
     "writes 'ed') and written to the current directory.\n"
     "\n"
     "Files of another package than main are compiled as 'go tool compile'\n"
     "does: checked, escape-analyzed (-m reports), translated and compiled to\n"
     "an object file (cc -c), which is written to -o if given, else dropped.\n"
     "\n"
     "The flags are:\n"
     "\n"
     "\t-o output\n"
     "\t\twrite the executable to output (a file, or an existing directory)\n"
     BUILD_FLAGS_HELP},

    {"run", cmd_run, ARGS_FILES_PROGRAM,
     BUILD_FLAG_SET, NULL,
     "go2c run [build flags] file.go... [--] [arguments...]",
     "compile and run a Go program",
     "Run compiles the named .go files as 'go2c build' does, in a temporary\n"
     "directory, and runs the executable with the arguments that follow the\n"
     "files (or follow '--').  Standard input, output and error are the\n"
     "program's; go2c exits with the program's exit status (128+N when\n"
     "signal N ended it).  The temporary directory is removed afterwards.\n"
     "\n"
     "The build flags are:\n"
     "\n" BUILD_FLAGS_HELP},

    {"check", cmd_check, ARGS_FILES, 0, NULL, "go2c check file.go...",
     "type-check Go files",
     "Check parses and type-checks the named .go files, which must all be in\n"
     "one directory and form package main, and reports every error it finds.\n"
     "It writes nothing; the exit status is 0 when the program is valid.\n"},

    {"dump", cmd_dump, ARGS_MODE_FILES, FLAG_DOT, dump_modes,
     "go2c dump tokens|ast|types|escape [-dot] file.go...",
     "print the tokens, syntax tree, types or escape graph of Go files",
     "Dump shows what one phase of go2c makes of the named .go files:\n"
     "\n"
     "\ttokens\tthe lexer's tokens, one a line, with their positions\n"
     "\tast\tthe parser's syntax tree, one node a line, indented\n"
     "\ttypes\tevery declaration with its type, every constant with its value\n"
     "\tescape\tescape analysis's location graph: every location (variable,\n"
     "\t\tresult, allocation) with its verdict, then every edge\n"
     "\t\t(destination <- source, dereferences, why)\n"
     "\n"
     "With several files, each file's tokens or tree follows a line '# file'.\n"
     "Errors go to standard error, and the exit status is then 1.\n"
     "\n"
     "The flag, after the mode, is:\n"
     "\n"
     "\t-dot\n"
     "\t\tdump escape only: print the graph in Graphviz's DOT language\n"
     "\t\t(go2c dump escape -dot x.go | dot -Tsvg > x.svg)\n"},

    {"explain", cmd_explain, ARGS_FILES, FLAG_OUTPUT, NULL,
     "go2c explain [-o report.html] file.go...",
     "write an HTML report of the allocation decisions",
     "Explain compiles the named .go files as 'go2c build' does (without\n"
     "running the C compiler) and writes one self-contained HTML file: the Go\n"
     "source and the generated C side by side, every allocation site marked\n"
     "[stack] or [heap] with its reason and every flow path that makes it\n"
     "escape, and a table of all decisions filterable by function and\n"
     "verdict.  Clicking a Go line shows the C lines it became, and the\n"
     "reverse.  The file needs no network: open it in any browser.\n"
     "\n"
     "The flag is:\n"
     "\n"
     "\t-o file\n"
     "\t\twrite the report to file (default report.html)\n"},

    {"allocs", cmd_allocs, ARGS_MODE_ARGS, 0, allocs_modes,
     "go2c allocs diff old.json new.json",
     "compare the allocation decisions of two builds",
     "Allocs diff reads two files written by 'go2c build -json' (before and\n"
     "after a change) and prints the allocation sites and variables that\n"
     "moved from the stack to the heap or back, and those that appeared or\n"
     "disappeared, each with its reason.  A decision is matched by its\n"
     "function, kind, what it allocates ('&point{...}', 'x') and its\n"
     "occurrence among those in the function, never by line: edits move lines.\n"
     "\n"
     "The exit status is 1 when a site moved from the stack to the heap, 0\n"
     "otherwise (new sites do not count), 2 when a file cannot be read or is\n"
     "not such a file, as for diff: a CI job can refuse a regression.\n"},

    {"version", cmd_version, ARGS_NONE, 0, NULL, "go2c version",
     "print go2c's version",
     "Version prints go2c's version, the Go version whose language it\n"
     "implements, and the system it runs on.\n"},

    {"help", cmd_help, ARGS_TOPIC, 0, NULL, "go2c help [command]",
     "print help about go2c or one of its commands",
     "Help prints the list of commands, or the usage and flags of one.\n"},
};

const Command *command_find(const char *name) {
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

const Command *command_list(int *n) {
    *n = (int)(sizeof commands / sizeof commands[0]);
    return commands;
}
