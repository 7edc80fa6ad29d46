/*
 * rt_os.c — the runtime's contact with the operating system: raw writes,
 * the command line, and process exit.
 *
 * Go writes straight to file descriptors (os.Stdout is unbuffered and the
 * print builtin writes to fd 2), so the runtime does too: output from fmt
 * and from print interleaves exactly as in Go.  C stdio is flushed before
 * exit only in case something linked into the program used it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

/* The command line, recorded once by C main before any Go code runs;
 * os.Args will read it. */
static int saved_argc;
static char **saved_argv;

void rt_args_init(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
}

GoInt rt_args_len(void) {
    return saved_argc;
}

GoString rt_args_get(GoInt i) {
    if ((GoUint)i >= (GoUint)saved_argc)
        rt_panic_index(i, saved_argc);
    const char *s = saved_argv[i];
    return (GoString){(const uint8_t *)s, (GoInt)strlen(s)};
}

void rt_write_all(int fd, const void *p, size_t n) {
    const char *s = p;
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

void rt_flush_stdout(void) {
    fflush(stdout);
}

_Noreturn void rt_exit(GoInt code) {
    rt_flush_stdout();
    exit((int)code);
}
