/*
 * rt_main.c — the C entry point of every go2c program.
 *
 * This file holds main() and nothing else anything refers to.  That matters:
 * the runtime is a static archive, and a program with its own main() (the
 * unit tests) must never pull this object in.
 */
#include <gc.h>

#include "rt_internal.h"

int main(int argc, char **argv) {
    GC_INIT();
    rt_args_init(argc, argv);
    rt_lib_init();
    rt_user_main();
    rt_flush_stdout();
    return 0;
}
