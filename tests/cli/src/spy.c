/*
 * spy.c — linked into a Go program by the cli tests, through $CC
 * (CC="cc spy.c"), to see what `go2c run` hands the program: go2c's Go
 * subset cannot read os.Args or standard input yet.  Before the Go program
 * starts, it prints its arguments after argv[0], each in brackets, and
 * then copies its standard input:
 *
 *     args: [a] [-b]
 *     stdin: one
 *     two
 *
 * With $SPY_KILL set, it then kills the program with SIGTERM.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void put(const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(1, s, n);
        if (w <= 0)
            return;
        s += w;
        n -= (size_t)w;
    }
}

__attribute__((constructor)) static void spy(void) {
    char buf[4096];
    int fd = open("/proc/self/cmdline", O_RDONLY);
    ssize_t n = fd < 0 ? 0 : read(fd, buf, sizeof buf - 1);
    if (fd >= 0)
        close(fd);
    buf[n > 0 ? n : 0] = '\0'; /* a long command line is cut short */
    put("args:", 5);
    /* cmdline is argv[0]\0argv[1]\0...; skip argv[0] */
    size_t i = n > 0 ? strlen(buf) + 1 : 0;
    while (n > 0 && i < (size_t)n) {
        size_t len = strlen(buf + i);
        put(" [", 2);
        put(buf + i, len);
        put("]", 1);
        i += len + 1;
    }
    put("\nstdin: ", 8);
    while ((n = read(0, buf, sizeof buf)) > 0)
        put(buf, (size_t)n);
    if (getenv("SPY_KILL"))
        raise(SIGTERM);
}
