/*
 * flags.c — the command line after the command's name, parsed by hand.
 *
 * The rules are those of Go's flag package, which the go command uses:
 * flags come first and may be spelled -name or --name; a flag's value
 * follows as the next argument or after '=' (-o=out); a lone '--' ends the
 * flags; the first argument that does not start with '-' ends them too.
 * gc's count flags (-m, -l) work as in `go tool compile`: -m -m is -m=2.
 * The messages are the flag package's ("flag provided but not defined:
 * -x"), followed by the command's usage line.
 *
 * After the flags come the command's arguments (Command.args).  Files must
 * be .go files of one directory, as go build requires for a file list.
 * A command with modes (dump escape, allocs diff) takes flags after the
 * mode too, where they read naturally: `go2c dump escape -dot x.go`.
 */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

/* How a flag is given.  A boolean is -name or -name=BOOL; a value flag is
 * -name VALUE or -name=VALUE; a count, as gc's -m and -l, is a boolean
 * that adds one each time it is given (-m -m), or -name=N. */
typedef enum FlagKind { KIND_BOOL, KIND_VALUE, KIND_COUNT } FlagKind;

typedef struct FlagSpec {
    const char *name;
    unsigned bit;      /* FLAG_* */
    FlagKind kind;
} FlagSpec;

static const FlagSpec flag_specs[] = {
    {"o", FLAG_OUTPUT, KIND_VALUE},     {"emit-c", FLAG_EMIT_C, KIND_VALUE},
    {"work", FLAG_WORK, KIND_BOOL},     {"m", FLAG_M, KIND_COUNT},
    {"nolines", FLAG_NOLINES, KIND_BOOL}, {"l", FLAG_L, KIND_COUNT},
    {"0", FLAG_ZERO, KIND_BOOL},        {"escape", FLAG_ESCAPE, KIND_VALUE},
    {"N", FLAG_N, KIND_BOOL},           {"json", FLAG_JSON, KIND_VALUE},
    {"dot", FLAG_DOT, KIND_BOOL},
};

/* The most detail the escape report has: -m=3 and more mean -m=2. */
enum { MAX_ESCAPE_REPORT = 2 };

static const FlagSpec *find_flag(const char *name, size_t len) {
    for (size_t i = 0; i < sizeof flag_specs / sizeof flag_specs[0]; i++)
        if (strlen(flag_specs[i].name) == len &&
            strncmp(flag_specs[i].name, name, len) == 0)
            return &flag_specs[i];
    return NULL;
}

static bool is_help_flag(const char *arg) {
    return strcmp(arg, "-h") == 0 || strcmp(arg, "-help") == 0 ||
           strcmp(arg, "--help") == 0;
}

/* A boolean flag may be given a value as the flag package allows
 * (-work=false); returns false for a value that is not a boolean. */
static bool parse_bool(const char *value, bool *b) {
    static const char *const yes[] = {"1", "t", "T", "true", "TRUE", "True"};
    static const char *const no[] = {"0", "f", "F", "false", "FALSE", "False"};
    for (int i = 0; i < 6; i++) {
        if (strcmp(value, yes[i]) == 0)
            return *b = true, true;
        if (strcmp(value, no[i]) == 0)
            return *b = false, true;
    }
    return false;
}

/* A count's explicit value: decimal digits, at most a few of them. */
static bool parse_count(const char *value, int *n) {
    size_t len = strlen(value);
    if (len == 0 || len > 6 || strspn(value, "0123456789") != len)
        return false;
    *n = atoi(value);
    return true;
}

static void set_bool(Options *o, unsigned bit, bool on) {
    switch (bit) {
    case FLAG_WORK: o->keep_work = on; break;
    case FLAG_NOLINES: o->line_directives = !on; break;
    case FLAG_DOT: o->dot = on; break;
    default: break; /* -0: go2c always optimizes */
    }
}

/* -m: each one asks for more detail; -m=N sets it.  -l (gc: no inlining)
 * is accepted the same way and changes nothing. */
static void set_count(Options *o, unsigned bit, int n, bool add) {
    if (bit != FLAG_M)
        return;
    int level = add ? o->escape_report + n : n;
    o->escape_report = level > MAX_ESCAPE_REPORT ? MAX_ESCAPE_REPORT : level;
}

/* A value flag; returns STATUS_PROCEED or a usage error. */
static int set_value(const Command *cmd, Options *o, unsigned bit,
                     const char *value) {
    switch (bit) {
    case FLAG_OUTPUT: o->output = value; break;
    case FLAG_EMIT_C: o->emit_c = value; break;
    case FLAG_JSON: o->json_file = value; break;
    case FLAG_ESCAPE:
        if (strcmp(value, "on") != 0 && strcmp(value, "off") != 0)
            return usage_error(cmd, "invalid value \"%s\" for flag -escape: "
                                    "must be on or off", value);
        o->escape_off = strcmp(value, "off") == 0;
        break;
    }
    return STATUS_PROCEED;
}

/* -name or -name=VALUE of a boolean or count flag. */
static int parse_bool_or_count(const Command *cmd, const FlagSpec *f,
                               const char *eq, Options *o) {
    if (f->kind == KIND_COUNT) {
        int n = 1;
        if (eq && !parse_count(eq + 1, &n))
            return usage_error(cmd, "invalid boolean value \"%s\" for -%s: "
                                    "invalid count \"%s\"", eq + 1, f->name,
                               eq + 1);
        set_count(o, f->bit, n, !eq);
        return STATUS_PROCEED;
    }
    bool on = true;
    if (eq && !parse_bool(eq + 1, &on))
        return usage_error(cmd, "invalid boolean value \"%s\" for -%s: "
                                "parse error", eq + 1, f->name);
    set_bool(o, f->bit, on);
    return STATUS_PROCEED;
}

/* Parses the flag at argv[*i], advancing *i past its value if it takes
 * the next argument.  Returns STATUS_PROCEED or an exit status. */
static int parse_flag(const Command *cmd, int argc, char **argv, int *i,
                      Options *o) {
    const char *arg = argv[*i];
    if (is_help_flag(arg)) {
        help_command(stdout, cmd);
        return STATUS_OK;
    }
    const char *name = arg + 1 + (arg[1] == '-');
    const char *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const FlagSpec *f = find_flag(name, len);
    if (!f || !(cmd->flags & f->bit))
        return usage_error(cmd, "flag provided but not defined: -%.*s",
                           (int)len, name);
    if (f->kind != KIND_VALUE)
        return parse_bool_or_count(cmd, f, eq, o);
    const char *value = eq ? eq + 1 : NULL;
    if (!eq && *i + 1 < argc)
        value = argv[++*i];
    if (!value || !*value)
        return usage_error(cmd, "flag needs an argument: -%s", f->name);
    return set_value(cmd, o, f->bit, value);
}

/* The flags from argv[*i] on, up to the first argument that is not one
 * (or past a lone "--"); *i ends at the first argument after them. */
static int parse_flags(const Command *cmd, int argc, char **argv, int *i,
                       Options *o) {
    for (; *i < argc; ++*i) {
        const char *arg = argv[*i];
        if (strcmp(arg, "--") == 0) {
            ++*i;
            break;
        }
        if (arg[0] != '-' || arg[1] == '\0')
            break;
        int st = parse_flag(cmd, argc, argv, i, o);
        if (st != STATUS_PROCEED)
            return st;
    }
    return STATUS_PROCEED;
}

/* x.go, dir/x.go; not ".go", which would name an executable "" */
static bool is_go_file(const char *arg) {
    const char *base = path_base(arg);
    size_t n = strlen(base);
    return n > 3 && strcmp(base + n - 3, ".go") == 0;
}

/* go build wants a file list from one directory: it is one package. */
static int check_files(Arena *a, const Command *cmd, const Options *o) {
    if (o->nfiles == 0)
        return usage_error(cmd, "go2c %s: no .go files listed", cmd->name);
    const char *dir0 = path_dir(a, o->files[0]);
    for (int i = 1; i < o->nfiles; i++) {
        const char *dir = path_dir(a, o->files[i]);
        if (strcmp(dir, dir0) != 0)
            return usage_error(cmd, "named files must all be in one "
                                    "directory; have %s and %s", dir0, dir);
    }
    return STATUS_PROCEED;
}

/* dump's first argument: which phase's output to show */
static int parse_mode(const Command *cmd, const char *arg, Options *o) {
    for (const char *const *m = cmd->modes; *m; m++)
        if (strcmp(*m, arg) == 0)
            o->mode = *m;
    if (!o->mode)
        return usage_error(cmd, "go2c %s: unknown mode \"%s\"", cmd->name,
                           arg);
    return STATUS_PROCEED;
}

/* The leading .go files; what follows them (after an optional "--") is
 * left in o->args for run, and is an error for the other commands. */
static int parse_files(Arena *a, const Command *cmd, int argc, char **argv,
                       Options *o) {
    o->files = arena_alloc(a, sizeof(char *) * (size_t)(argc + 1));
    int i = 0;
    while (i < argc && is_go_file(argv[i]))
        o->files[o->nfiles++] = argv[i++];
    if (cmd->args != ARGS_FILES_PROGRAM && i < argc)
        return usage_error(cmd, "named files must be .go files: %s", argv[i]);
    if (i < argc && strcmp(argv[i], "--") == 0)
        i++;
    o->args = argv + i;
    o->nargs = argc - i;
    return check_files(a, cmd, o);
}

/* The arguments after the flags, as the command's ArgsKind says. */
static int parse_args(Arena *a, const Command *cmd, int argc, char **argv,
                      Options *o) {
    switch (cmd->args) {
    case ARGS_NONE:
        if (argc > 0)
            return usage_error(cmd, "go2c %s: unexpected argument %s",
                               cmd->name, argv[0]);
        return STATUS_PROCEED;
    case ARGS_TOPIC:
        if (argc > 1)
            return usage_error(cmd, "go2c %s: too many arguments", cmd->name);
        o->args = argv;
        o->nargs = argc;
        return STATUS_PROCEED;
    case ARGS_MODE_FILES:
    case ARGS_MODE_ARGS: {
        if (argc == 0)
            return usage_error(cmd, "go2c %s: missing mode", cmd->name);
        int st = parse_mode(cmd, argv[0], o);
        int i = 1;
        if (st == STATUS_PROCEED)
            st = parse_flags(cmd, argc, argv, &i, o);
        if (st != STATUS_PROCEED)
            return st;
        if (cmd->args == ARGS_MODE_FILES)
            return parse_files(a, cmd, argc - i, argv + i, o);
        o->args = argv + i; /* the command checks how many it needs */
        o->nargs = argc - i;
        return STATUS_PROCEED;
    }
    case ARGS_FILES:
    case ARGS_FILES_PROGRAM:
        return parse_files(a, cmd, argc, argv, o);
    }
    return STATUS_PROCEED;
}

int flags_parse(Arena *a, const Command *cmd, int argc, char **argv,
                Options *o) {
    *o = (Options){.line_directives = true};
    int i = 0;
    int st = parse_flags(cmd, argc, argv, &i, o);
    if (st != STATUS_PROCEED)
        return st;
    return parse_args(a, cmd, argc - i, argv + i, o);
}
