/*
 * help.c — what go2c says about itself: `go2c help`, `go2c version`, and
 * the short usage that follows a mistake on the command line.
 *
 * As with the go command, help that was asked for goes to standard output
 * with status 0; usage after an error goes to standard error with status 2.
 */
#include "driver.h"

#include "go2c_config.h"

#include <stdarg.h>

#if defined(__linux__)
#define GO2C_OS "linux"
#elif defined(__APPLE__)
#define GO2C_OS "darwin"
#else
#define GO2C_OS "unknown"
#endif

#if defined(__x86_64__)
#define GO2C_ARCH "amd64"
#elif defined(__aarch64__)
#define GO2C_ARCH "arm64"
#elif defined(__i386__)
#define GO2C_ARCH "386"
#else
#define GO2C_ARCH "unknown"
#endif

void help_general(FILE *out) {
    fputs("go2c compiles a subset of Go 1.19 to C, and the C to an "
          "executable.\n\nUsage:\n\n\tgo2c <command> [arguments]\n\n"
          "The commands are:\n\n",
          out);
    int n;
    const Command *cmds = command_list(&n);
    for (int i = 0; i < n; i++)
        fprintf(out, "\t%-11s %s\n", cmds[i].name, cmds[i].summary);
    fputs("\nUse \"go2c help <command>\" for more information about a "
          "command.\n",
          out);
}

void help_command(FILE *out, const Command *cmd) {
    fprintf(out, "usage: %s\n\n%s", cmd->usage, cmd->details);
}

int usage_error(const Command *cmd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nusage: %s\nRun 'go2c help %s' for details.\n",
            cmd->usage, cmd->name);
    return STATUS_USAGE;
}

int cmd_help(Arena *a, const Options *o) {
    (void)a;
    if (o->nargs == 0) {
        help_general(stdout);
        return STATUS_OK;
    }
    const Command *cmd = command_find(o->args[0]);
    if (!cmd) {
        fprintf(stderr, "go2c help %s: unknown help topic. Run 'go2c help'.\n",
                o->args[0]);
        return STATUS_USAGE;
    }
    help_command(stdout, cmd);
    return STATUS_OK;
}

int cmd_version(Arena *a, const Options *o) {
    (void)a, (void)o;
    printf("go2c version %s (Go 1.19 subset) %s/%s\n", GO2C_VERSION, GO2C_OS,
           GO2C_ARCH);
    return STATUS_OK;
}
