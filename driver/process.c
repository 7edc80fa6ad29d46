/*
 * process.c — running another program and waiting for it: the C compiler,
 * and the user's program under `go2c run`.
 *
 * While the child runs, go2c ignores SIGINT and SIGQUIT, as system(3) does:
 * a ^C at the terminal reaches the whole process group, and go2c must live
 * on to remove its work directory and report how the child ended.  The
 * child gets those signals back at their defaults before it starts.
 */
#define _POSIX_C_SOURCE 200809L
#include "driver.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

/* What a shell reports for a finished child: its exit code, or 128+N when
 * signal N killed it. */
static int shell_status(int wstatus) {
    if (WIFEXITED(wstatus))
        return WEXITSTATUS(wstatus);
    if (WIFSIGNALED(wstatus))
        return 128 + WTERMSIG(wstatus);
    return STATUS_ERROR;
}

/* Runs argv[0] (looked up in $PATH when it has no '/') with the arguments
 * argv and waits for it.  With log_file, the child's standard output and
 * error go to that file.  Returns the child's status as shell_status()
 * gives it, or -1 with errno set when the program could not be started. */
int process_run(char *const argv[], const char *log_file) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (log_file) {
        posix_spawn_file_actions_addopen(&actions, 1, log_file,
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
    }
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGQUIT);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);

    struct sigaction ignore = {.sa_handler = SIG_IGN}, old_int, old_quit;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);

    fflush(NULL); /* the child must not see our buffered output later */
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], &actions, &attr, argv, environ);
    int status = -1;
    if (err == 0) {
        int wstatus = 0;
        while (waitpid(pid, &wstatus, 0) < 0) {
            if (errno != EINTR) {
                err = errno;
                break;
            }
        }
        if (err == 0)
            status = shell_status(wstatus);
    }

    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    if (err)
        errno = err;
    return status;
}
