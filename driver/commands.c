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
     FLAG_ESCAPE | FLAG_N)

static const char *const dump_modes[] = {"tokens", "ast", "types", NULL};

static const Command commands[] = {
    {"build", cmd_build, ARGS_FILES,
     FLAG_OUTPUT | BUILD_FLAG_SET, NULL,
     "go2c build [-o output] [-emit-c file|-] [-work] [-m] [-escape=off] "
     "[-nolines] file.go...",
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

    {"dump", cmd_dump, ARGS_MODE_FILES, 0, dump_modes,
     "go2c dump tokens|ast|types file.go...",
     "print the tokens, syntax tree or types of Go files",
     "Dump shows what one phase of go2c makes of the named .go files:\n"
     "\n"
     "\ttokens\tthe lexer's tokens, one a line, with their positions\n"
     "\tast\tthe parser's syntax tree, one node a line, indented\n"
     "\ttypes\tevery declaration with its type, every constant with its value\n"
     "\n"
     "With several files, each file's tokens or tree follows a line '# file'.\n"
     "Errors go to standard error, and the exit status is then 1.\n"},

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
