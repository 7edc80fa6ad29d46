/*
 * build.c — `go2c build` and `go2c run`: from Go files to an executable,
 * and for run, on to running it.
 *
 * Both go the same way: compile the Go files to C text in memory
 * (compile.c), write it to WORK/main.c in a fresh work directory, and let
 * the system C compiler build the executable against the runtime
 * (toolchain.c).  build of a package other than main stops at an object
 * file (cc -c), as `go tool compile` does: that is how gc's escape tests,
 * which are such packages, are compiled.  build writes the executable where -o says (default: the
 * first file's name without .go, in the current directory); run writes it
 * into the work directory and starts it there, passing on its arguments,
 * standard files and exit status.  The work directory goes away at the end
 * unless -work was given.
 */
#define _POSIX_C_SOURCE 200809L
#include "driver.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

static char *open_workdir(Arena *a, const Options *o) {
    char *work = workdir_create(a);
    if (work && o->keep_work)
        fprintf(stderr, "WORK=%s\n", work);
    return work;
}

static void close_workdir(const char *work, const Options *o) {
    if (!o->keep_work)
        workdir_remove(work);
}

/* -emit-c: the generated C, to a file or to standard output */
static int emit_c(const Options *o, const StrBuf *csrc) {
    if (strcmp(o->emit_c, "-") == 0) {
        if (csrc->len)
            fwrite(csrc->data, 1, csrc->len, stdout);
        fflush(stdout);
        return STATUS_OK;
    }
    int err = file_write(o->emit_c, csrc->data, csrc->len);
    if (err) {
        report_os_error("open", o->emit_c, err);
        return STATUS_ERROR;
    }
    return STATUS_OK;
}

static int compile_c(Arena *a, const Runtime *rt, const char *work,
                     const StrBuf *csrc, const char *out, bool object_only) {
    char *c_file = arena_printf(a, "%s/main.c", work);
    int err = file_write(c_file, csrc->data, csrc->len);
    if (err) {
        report_os_error("open", c_file, err);
        return STATUS_ERROR;
    }
    char *log_file = arena_printf(a, "%s/cc.log", work);
    return toolchain_compile(a, rt, c_file, out, object_only, log_file);
}

/* -json=FILE: the escape decisions (written before cc runs, so that a
 * build that only wants them may discard the executable with -o /dev/null) */
static int write_json(const Options *o, const StrBuf *json) {
    int err = file_write(o->json_file, json->data, json->len);
    if (err) {
        report_os_error("open", o->json_file, err);
        return STATUS_ERROR;
    }
    return STATUS_OK;
}

/* o->files to C text in csrc (and to -emit-c, -json); *library says the
 * package is not main.  The compiler's memory is freed before cc runs. */
static int translate(const Options *o, bool need_main, StrBuf *csrc,
                     bool *library) {
    Compilation *c = compilation_new();
    StrBuf json = {0};
    int status = compile_to_c(c, o, need_main, csrc, library,
                              o->json_file ? &json : NULL);
    compilation_free(c);
    if (status == STATUS_OK && o->emit_c)
        status = emit_c(o, csrc);
    if (status == STATUS_OK && o->json_file)
        status = write_json(o, &json);
    sb_free(&json);
    return status;
}

/* Where go2c build puts the executable: -o names a file, or a directory
 * to put it in (one that exists, or any name ending in '/', which is made
 * as go build makes it); without -o it goes to the current directory. */
static const char *output_path(Arena *a, const Options *o) {
    const char *name = path_program_name(a, o->files[0]);
    size_t len = o->output ? strlen(o->output) : 0;
    bool slash = len && o->output[len - 1] == '/';
    if (slash)
        mkdir(o->output, 0777); /* if that fails, the check below says so */
    const char *path = name;
    if (o->output && path_is_dir(o->output))
        path = arena_printf(a, "%s%s%s", o->output, slash ? "" : "/", name);
    else if (o->output)
        path = o->output;
    else if (path_is_dir(name)) {
        fprintf(stderr, "go2c build: build output \"%s\" already exists and "
                        "is a directory\n", name);
        return NULL;
    }
    /* say it here: a failure of cc would read as a bug in go2c */
    if (!path_is_dir(path_dir(a, path))) {
        report_os_error("open", path, ENOENT);
        return NULL;
    }
    return path;
}

/* `-o /dev/null` (any file that is neither regular nor a directory) means
 * "build, then discard", as with go build: the linker would otherwise
 * replace the device with a regular file. */
static bool is_special_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

/* A package other than main becomes an object file: at -o when given
 * (and not a device such as /dev/null), else in the work directory, to be
 * dropped with it, as go build drops a non-main package's result. */
static const char *object_path(Arena *a, const Options *o, const char *work) {
    if (!o->output || is_special_file(o->output))
        return arena_printf(a, "%s/%s.o", work,
                            path_program_name(a, o->files[0]));
    if (!path_is_dir(path_dir(a, o->output))) {
        report_os_error("open", o->output, ENOENT);
        return NULL;
    }
    return o->output;
}

/* The executable of package main: see output_path; a device given as -o
 * means the executable is built in the work directory and dropped. */
static const char *exe_path(Arena *a, const Options *o, const char *work) {
    if (o->output && is_special_file(o->output))
        return arena_printf(a, "%s/discarded", work);
    return output_path(a, o);
}

int cmd_build(Arena *a, const Options *o) {
    Runtime rt;
    if (!toolchain_find_runtime(a, &rt))
        return STATUS_ERROR;
    char *work = open_workdir(a, o);
    if (!work)
        return STATUS_ERROR;
    StrBuf csrc = {0};
    bool library = false;
    int status = translate(o, false, &csrc, &library);
    if (status == STATUS_OK) {
        const char *out = library ? object_path(a, o, work)
                                  : exe_path(a, o, work);
        status = out ? compile_c(a, &rt, work, &csrc, out, library)
                     : STATUS_ERROR;
    }
    sb_free(&csrc);
    close_workdir(work, o);
    return status;
}

/* Runs the program with o->args; its status becomes go2c's. */
static int run_program(Arena *a, const char *exe, const Options *o) {
    char **argv = arena_alloc(a, sizeof(char *) * (size_t)(o->nargs + 2));
    argv[0] = (char *)exe;
    for (int i = 0; i < o->nargs; i++)
        argv[i + 1] = o->args[i];
    int status = process_run(argv, NULL);
    if (status < 0) {
        report_os_error("exec", exe, errno);
        return STATUS_ERROR;
    }
    return status;
}

int cmd_run(Arena *a, const Options *o) {
    Runtime rt;
    if (!toolchain_find_runtime(a, &rt))
        return STATUS_ERROR;
    char *work = open_workdir(a, o);
    if (!work)
        return STATUS_ERROR;
    const char *exe = arena_printf(a, "%s/%s", work,
                                   path_program_name(a, o->files[0]));
    StrBuf csrc = {0};
    bool library = false;
    int status = translate(o, true, &csrc, &library);
    if (status == STATUS_OK)
        status = compile_c(a, &rt, work, &csrc, exe, false);
    sb_free(&csrc);
    if (status == STATUS_OK)
        status = run_program(a, exe, o);
    close_workdir(work, o);
    return status;
}
