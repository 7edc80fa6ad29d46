/*
 * driver.h — what the files of the command-line driver share.
 *
 * The driver is the only part of go2c that talks to the outside world: it
 * reads the command line, runs the phases in order (compile.c), writes the
 * generated C into a temporary work directory (files.c), hands it to the
 * system C compiler together with the runtime (toolchain.c), and for
 * `go2c run` starts the program (process.c).  Each file holds one concern;
 * this header is the list of what they offer each other.
 *
 * Exit statuses follow the go command: 0 success, 1 the program has errors
 * (or something outside go2c failed), 2 the command line is wrong.
 */
#ifndef GO2C_DRIVER_H
#define GO2C_DRIVER_H

#include "../base/base.h"

enum {
    STATUS_OK = 0,
    STATUS_ERROR = 1,
    STATUS_USAGE = 2,
    STATUS_PROCEED = -1 /* flags_parse: go on and run the command */
};

/* The flags a command may accept (Command.flags is a set of these). */
enum {
    FLAG_OUTPUT = 1 << 0,  /* -o file */
    FLAG_EMIT_C = 1 << 1,  /* -emit-c file|- */
    FLAG_WORK = 1 << 2,    /* -work */
    FLAG_M = 1 << 3,       /* -m */
    FLAG_NOLINES = 1 << 4, /* -nolines */
    FLAG_L = 1 << 5,       /* -l: no-op (go2c never inlines) */
    FLAG_ZERO = 1 << 6,    /* -0: no-op (go2c always optimizes) */
    FLAG_ESCAPE = 1 << 7,  /* -escape=on|off */
    FLAG_N = 1 << 8,       /* -N: no-op (gc's "disable optimizations") */
    FLAG_JSON = 1 << 9,    /* -json=FILE: the escape decisions as JSON */
    FLAG_DOT = 1 << 10,    /* -dot: dump escape as Graphviz DOT */
};

/* What a command's arguments after the flags are. */
typedef enum ArgsKind {
    ARGS_NONE,          /* version */
    ARGS_TOPIC,         /* help [command] */
    ARGS_FILES,         /* build, check: file.go... */
    ARGS_FILES_PROGRAM, /* run: file.go... [--] [program arguments] */
    ARGS_MODE_FILES,    /* dump: tokens|ast|types|escape file.go... */
    ARGS_MODE_ARGS      /* allocs: diff OLD.json NEW.json (any names) */
} ArgsKind;

/* The parsed command line. */
typedef struct Options {
    const char *output;     /* -o, or NULL */
    const char *emit_c;     /* -emit-c: a file name, "-" for stdout, or NULL */
    bool keep_work;         /* -work */
    int escape_report;      /* -m: 1; -m=2 or -m -m: 2 (explanations);
                             * 0: none */
    bool escape_off;        /* -escape=off */
    bool line_directives;   /* on unless -nolines */
    const char *json_file;  /* -json: where to write the decisions */
    bool dot;               /* -dot: dump escape as Graphviz DOT */
    const char *mode;       /* dump: "tokens", "ast", "types" or "escape";
                             * allocs: "diff" */
    const char **files;     /* the .go files */
    int nfiles;
    char **args;            /* run: the program's arguments; help: topic */
    int nargs;
} Options;

typedef struct Command {
    const char *name;
    int (*run)(Arena *a, const Options *o);
    ArgsKind args;
    unsigned flags;              /* FLAG_* it accepts */
    const char *const *modes;    /* ARGS_MODE_FILES: NULL-terminated */
    const char *usage;           /* "go2c build [-o output] ... file.go..." */
    const char *summary;         /* one line for `go2c help` */
    const char *details;         /* the rest of `go2c help CMD` */
} Command;

/* commands.c: the table of commands */
const Command *command_find(const char *name);
const Command *command_list(int *n);

/* flags.c: the command line after the command's name */
int flags_parse(Arena *a, const Command *cmd, int argc, char **argv,
                Options *o);

/* help.c: help texts and usage errors */
void help_general(FILE *out);
void help_command(FILE *out, const Command *cmd);
int usage_error(const Command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int cmd_help(Arena *a, const Options *o);
int cmd_version(Arena *a, const Options *o);

/* compile.c: the phases.  compile_to_c sets *library when the package is
 * not main (its C then has no entry point); with need_main such a package
 * is an error instead, as for go run.  With json non-NULL it also appends
 * the escape decisions as JSON (escape_write_json's schema). */
int compile_to_c(Compilation *c, const Options *o, bool need_main,
                 StrBuf *csrc, bool *library, StrBuf *json);
int cmd_check(Arena *a, const Options *o);
int cmd_dump(Arena *a, const Options *o);

/* build.c: build and run */
int cmd_build(Arena *a, const Options *o);
int cmd_run(Arena *a, const Options *o);

/* json.c: a JSON reader (for files written by go2c build -json) */
typedef enum JsonKind {
    JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT
} JsonKind;

typedef struct Json {
    JsonKind kind;
    bool boolean;
    double number;
    const char *string;      /* UTF-8, NUL-terminated; string_len bytes */
    size_t string_len;
    struct Json **items;     /* the elements of an array, values of an object */
    const char **keys;       /* an object's keys, in file order */
    int len;
} Json;

/* NULL with *error set ("line:col: message") when text is not JSON. */
Json *json_parse(Arena *a, const char *text, size_t len, const char **error);
/* An object's member (the first of that name), or NULL. */
const Json *json_get(const Json *obj, const char *key);
/* A member's string or number value, or dflt if missing or of another kind. */
const char *json_string(const Json *obj, const char *key, const char *dflt);
double json_number(const Json *obj, const char *key, double dflt);

/* allocs.c: `go2c allocs diff OLD.json NEW.json` */
int cmd_allocs(Arena *a, const Options *o);

/* explain.c: `go2c explain`, the HTML report */
int cmd_explain(Arena *a, const Options *o);

/* toolchain.c: the runtime and the system C compiler */
typedef struct Runtime {
    const char *include_dir;  /* holds go2c_rt.h */
    const char *library;      /* libgo2c_rt.a */
} Runtime;
bool toolchain_find_runtime(Arena *a, Runtime *rt);
/* Compiles c_file into the executable out, or with object_only into the
 * object file out (cc -c, for a package other than main). */
int toolchain_compile(Arena *a, const Runtime *rt, const char *c_file,
                      const char *out, bool object_only, const char *log_file);

/* process.c: child processes */
int process_run(char *const argv[], const char *log_file);

/* files.c: the work directory, writing files, path names */
/* "open x.go: no such file or directory" for a failed system call on path */
void report_os_error(const char *op, const char *path, int err);
char *workdir_create(Arena *a);
void workdir_remove(const char *dir);
int file_write(const char *path, const char *data, size_t len);
char *file_read_all(Arena *a, const char *path);
bool path_is_dir(const char *path);
const char *path_base(const char *path);
char *path_dir(Arena *a, const char *path);
char *path_program_name(Arena *a, const char *go_file);

#endif
