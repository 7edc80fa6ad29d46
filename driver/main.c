/*
 * main.c — go2c's entry point: find the command, parse its command line,
 * run it.
 *
 * What each command does lives elsewhere (commands.c lists them all); main
 * only dispatches, in the go command's manner: `go2c <command> [args]`,
 * usage on standard error and status 2 when the command is missing or
 * unknown.  All memory the driver needs comes from one arena, freed here.
 */
#include "driver.h"

#include <pthread.h>
#include <string.h>

/* The phases recurse over the tree: a Go expression of 100,000 terms
 * (1+1+...+1) is valid and nests that deep.  The command runs on a thread
 * with a stack big enough for that; the pages are reserved, not used,
 * until something needs them. */
enum { COMPILER_STACK = 1 << 30 };

typedef struct Invocation {
    int argc;
    char **argv;
    int status;
} Invocation;

static int run(int argc, char **argv);

static void *run_thread(void *arg) {
    Invocation *inv = arg;
    inv->status = run(inv->argc, inv->argv);
    return NULL;
}

int main(int argc, char **argv) {
    Invocation inv = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) == 0 &&
        pthread_attr_setstacksize(&attr, COMPILER_STACK) == 0 &&
        pthread_create(&thread, &attr, run_thread, &inv) == 0) {
        pthread_join(thread, NULL);
        pthread_attr_destroy(&attr);
        return inv.status;
    }
    return run(argc, argv); /* no big stack to be had: the usual one */
}

static int run(int argc, char **argv) {
    if (argc < 2) {
        help_general(stderr);
        return STATUS_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "-help") == 0 ||
        strcmp(name, "--help") == 0)
        name = "help";
    const Command *cmd = command_find(name);
    if (!cmd) {
        fprintf(stderr, "go2c %s: unknown command\n"
                        "Run 'go2c help' for usage.\n", name);
        return STATUS_USAGE;
    }

    Arena *a = arena_new();
    Options o;
    int status = flags_parse(a, cmd, argc - 2, argv + 2, &o);
    if (status == STATUS_PROCEED)
        status = cmd->run(a, &o);
    arena_free(a);
    fflush(stdout);
    return status;
}
