/*
 * rt_main.c — the C entry point of every go2c program.
 *
 * This file holds main() and nothing else anything refers to.  That matters:
 * the runtime is a static archive, and a program with its own main() (the
 * unit tests) must never pull this object in (nor, through it, rt_stack.c).
 *
 * main() prepares the collector and the command line on the process's own
 * thread, then runs the Go program on a thread with a stack as big as a
 * goroutine's may grow (rt_stack.c explains why) and waits for it.  The
 * program ends by returning from main.main (exit status 0, through the
 * return below) or by os.Exit or a fatal panic, which call exit() from the
 * Go thread; either way C stdio is flushed.
 */
#include <gc.h>

#include "rt_internal.h"

/* What runs on the big stack: the standard packages' variables, then the
 * user's package initialization and main.main. */
static void go_main(void) {
    rt_lib_init();
    rt_user_main();
    rt_flush_stdout();
}

int main(int argc, char **argv) {
    GC_INIT();
    rt_args_init(argc, argv);
    rt_alloc_init();
    rt_run_on_go_stack(go_main);
    return 0;
}
