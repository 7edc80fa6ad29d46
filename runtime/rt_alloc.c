/*
 * rt_alloc.c — heap allocation on the Boehm collector.
 *
 * Go zeroes every new object, so both entry points return zeroed memory.
 * GC_MALLOC already clears; GC_MALLOC_ATOMIC does not (the collector never
 * looks inside atomic objects, so it has no reason to), hence the memset.
 * Running out of memory is fatal in Go, not a panic: nothing can recover it.
 */
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

_Noreturn static void out_of_memory(void) {
    static const char msg[] = "fatal error: runtime: out of memory\n";
    rt_flush_stdout();
    rt_write_all(2, msg, sizeof msg - 1);
    exit(2);
}

/* Zero-sized objects still get a distinct, valid address. */
void *rt_alloc(size_t size) {
    void *p = GC_MALLOC(size ? size : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *rt_alloc_atomic(size_t size) {
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (p == NULL)
        out_of_memory();
    memset(p, 0, size);
    return p;
}
