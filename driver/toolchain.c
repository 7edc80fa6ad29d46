/*
 * toolchain.c — the tools go2c stands on: its runtime, and the system C
 * compiler that turns generated C plus runtime into an executable.
 *
 * The runtime is found relative to go2c's own executable, never through a
 * path fixed at build time, so that the build tree and any installed copy
 * both work and can be moved.  Both have the same layout (CMakeLists.txt
 * builds into it; `cmake --install` copies it):
 *
 *     PREFIX/bin/go2c
 *     PREFIX/include/go2c/go2c_rt.h
 *     PREFIX/lib/go2c/libgo2c_rt.a
 *
 * The C compiler is $CC (which may carry flags: "clang -g"), default cc.
 * A failure of the C compiler on go2c's output is a bug in go2c, not in
 * the user's program, and is reported as one.
 */
#define _POSIX_C_SOURCE 200809L
#include "driver.h"

#include "go2c_config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef Vec(char *) ArgVec;

/* The resolved path of the running executable: /proc/self/exe is a
 * symbolic link to it with every link on the way resolved. */
static char *self_path(Arena *a) {
    for (size_t size = 256;; size *= 2) {
        char *buf = arena_alloc(a, size);
        ssize_t n = readlink("/proc/self/exe", buf, size);
        if (n < 0)
            return NULL;
        if ((size_t)n < size)
            return buf; /* arena memory is zeroed: NUL-terminated */
    }
}

/* "/x/build/bin/go2c" gives "/x/build". */
static char *install_prefix(Arena *a, const char *exe) {
    char *bin = path_dir(a, exe);
    return path_dir(a, bin);
}

bool toolchain_find_runtime(Arena *a, Runtime *rt) {
    char *exe = self_path(a);
    if (!exe) {
        report_os_error("readlink", "/proc/self/exe", errno);
        return false;
    }
    char *prefix = install_prefix(a, exe);
    rt->include_dir = arena_printf(a, "%s/include/go2c", prefix);
    rt->library = arena_printf(a, "%s/lib/go2c/libgo2c_rt.a", prefix);
    const char *need[] = {
        arena_printf(a, "%s/go2c_rt.h", rt->include_dir),
        rt->library,
    };
    for (int i = 0; i < 2; i++) {
        if (access(need[i], R_OK) != 0) {
            fprintf(stderr, "go2c: cannot find the runtime next to %s\n",
                    exe);
            report_os_error("open", need[i], errno);
            return false;
        }
    }
    return true;
}

/* Appends the blank-separated words of s: $CC and the configured flags
 * are plain words, with no quoting to honour. */
static void push_words(Arena *a, ArgVec *v, const char *s) {
    while (*s) {
        while (*s == ' ' || *s == '\t')
            s++;
        size_t n = strcspn(s, " \t");
        if (n > 0)
            vec_push(a, v, arena_strndup(a, s, n));
        s += n;
    }
}

/* The C compiler's command line: generated C at -O2 against the runtime's
 * header, linked with the runtime, the GC and libm (or, object_only, just
 * compiled: cc -c).  When the runtime was built with sanitizers, the
 * program must be built with them too. */
static ArgVec cc_command(Arena *a, const Runtime *rt, const char *c_file,
                         const char *out, bool object_only) {
    ArgVec argv = {0};
    const char *cc = getenv("CC");
    push_words(a, &argv, cc ? cc : "");
    if (argv.len == 0)
        vec_push(a, &argv, "cc");
    vec_push(a, &argv, "-O2");
    /* generated code reads values through the pointer types Go's
     * conversions and interfaces call for */
    vec_push(a, &argv, "-fno-strict-aliasing");
    /* a big frame touches its pages in order, so running out of stack
     * always faults in the guard below it (runtime/rt_stack.c) */
    vec_push(a, &argv, "-fstack-clash-protection");
    push_words(a, &argv, GO2C_RT_SANITIZE_FLAGS);
    vec_push(a, &argv, arena_printf(a, "-I%s", rt->include_dir));
    push_words(a, &argv, GO2C_GC_CFLAGS);
    if (object_only)
        vec_push(a, &argv, "-c");
    vec_push(a, &argv, "-o");
    vec_push(a, &argv, (char *)out);
    vec_push(a, &argv, (char *)c_file);
    if (!object_only) {
        vec_push(a, &argv, (char *)rt->library);
        push_words(a, &argv, GO2C_GC_LIBS);
        vec_push(a, &argv, "-lm");
    }
    vec_push(a, &argv, NULL);
    return argv;
}

int toolchain_compile(Arena *a, const Runtime *rt, const char *c_file,
                      const char *out, bool object_only, const char *log_file) {
    ArgVec argv = cc_command(a, rt, c_file, out, object_only);
    int status = process_run(argv.data, log_file);
    if (status < 0) {
        fprintf(stderr, "go2c: cannot run the C compiler (set $CC)\n");
        report_os_error("exec", argv.data[0], errno);
        return STATUS_ERROR;
    }
    if (status != 0) {
        fprintf(stderr, "go2c: internal error: C compiler failed\n");
        fputs(file_read_all(a, log_file), stderr);
        fprintf(stderr, "(this is a bug in go2c; -work keeps the generated "
                        "C in the work directory)\n");
        return STATUS_ERROR;
    }
    return STATUS_OK;
}
