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

#include <string.h>

int main(int argc, char **argv) {
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
