/*
 * rt_alloc.c — heap allocation on the Boehm collector.
 *
 * Go zeroes every new object, so both entry points return zeroed memory.
 * GC_MALLOC already clears; GC_MALLOC_ATOMIC does not (the collector never
 * looks inside atomic objects, so it has no reason to), hence the memset.
 * Running out of memory is fatal in Go, not a panic: nothing can recover it.
 *
 * GC stress.  A program whose pointer lives only where the collector does
 * not look (a stack it does not scan, a pointer hidden in an integer) works
 * until a collection happens at the wrong moment, which with a small heap
 * may be never.  GO2CDEBUG=gcstress=N makes that moment come often: every
 * N-th allocation first runs a full collection (GC_gcollect), so a wrongly
 * freed object is reused soon and the program's output changes.  The
 * variable is read once, at start-up (rt_alloc_init, from C main); when it
 * is absent the cost is one well-predicted test of a static variable per
 * allocation.  The test suite's `gcstress` kind runs every golden program so.
 */
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* gcstress=N: collect every `stress_every` allocations; 0 is off. */
static long stress_every;
static long stress_left;

/* The value of `gcstress=` in GO2CDEBUG, a comma-separated list of
 * name=value settings as GODEBUG is; 0 when absent or not a number. */
static long parse_gcstress(const char *s) {
    static const char key[] = "gcstress=";
    while (s && *s) {
        if (strncmp(s, key, sizeof key - 1) == 0) {
            char *end;
            long n = strtol(s + sizeof key - 1, &end, 10);
            return (*end == '\0' || *end == ',') && n > 0 ? n : 0;
        }
        s = strchr(s, ',');
        if (s)
            s++;
    }
    return 0;
}

void rt_alloc_init(void) {
    stress_every = parse_gcstress(getenv("GO2CDEBUG"));
    stress_left = stress_every;
}

static void stress_collect(void) {
    if (--stress_left > 0)
        return;
    stress_left = stress_every;
    GC_gcollect();
}

_Noreturn static void out_of_memory(void) {
    static const char msg[] = "fatal error: runtime: out of memory\n";
    rt_flush_stdout();
    rt_write_all(2, msg, sizeof msg - 1);
    exit(2);
}

/* Zero-sized objects still get a distinct, valid address. */
void *rt_alloc(size_t size) {
    if (__builtin_expect(stress_every != 0, 0))
        stress_collect();
    void *p = GC_MALLOC(size ? size : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *rt_alloc_atomic(size_t size) {
    if (__builtin_expect(stress_every != 0, 0))
        stress_collect();
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (p == NULL)
        out_of_memory();
    memset(p, 0, size);
    return p;
}
