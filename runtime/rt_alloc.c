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
 *
 * GO2CDEBUG=memstats=1 prints the number and bytes of heap allocations at
 * exit; allocs=1 prints them per allocation site of the Go source
 * (rt_profile.c).  Both take the same slow path as gcstress.
 */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* gcstress=N: collect every `stress_every` allocations; 0 is off. */
static long stress_every;
static long stress_left;
/* memstats=1: count the heap allocations, print the totals at exit. */
static bool memstats;
static unsigned long long alloc_count, alloc_bytes;
/* allocs=1: count per allocation site (rt_profile.c). */
static bool allocs;
/* Any of the above: allocations take the slow path. */
static bool debugging;

/* The value of `gcstress=` in GO2CDEBUG, a comma-separated list of
 * name=value settings as GODEBUG is; 0 when absent or not a number. */
static long parse_setting(const char *s, const char *key) {
    size_t len = strlen(key);
    while (s && *s) {
        if (strncmp(s, key, len) == 0) {
            char *end;
            long n = strtol(s + len, &end, 10);
            return (*end == '\0' || *end == ',') && n > 0 ? n : 0;
        }
        s = strchr(s, ',');
        if (s)
            s++;
    }
    return 0;
}

static void print_memstats(void) {
    char line[128];
    int n = snprintf(line, sizeof line, "go2c: %llu heap allocations, %llu bytes\n", alloc_count,
                     alloc_bytes);
    rt_write_all(2, line, (size_t)n);
}

void rt_alloc_init(void) {
    const char *debug = getenv("GO2CDEBUG");
    stress_every = parse_setting(debug, "gcstress=");
    stress_left = stress_every;
    memstats = parse_setting(debug, "memstats=") != 0;
    allocs = parse_setting(debug, "allocs=") != 0;
    debugging = stress_every || memstats || allocs;
    if (memstats)
        atexit(print_memstats);
    if (allocs)
        rt_profile_start();
}

/* The slow path of an allocation when GO2CDEBUG asks for something;
 * site is NULL for the runtime's own allocations. */
static void debug_alloc(size_t size, GoAllocSite *site) {
    alloc_count++;
    alloc_bytes += size;
    if (allocs)
        rt_profile_count(site, size);
    if (!stress_every || --stress_left > 0)
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
void *rt_alloc_at(size_t size, GoAllocSite *site) {
    if (__builtin_expect(debugging, 0))
        debug_alloc(size, site);
    void *p = GC_MALLOC(size ? size : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *rt_alloc_atomic_at(size_t size, GoAllocSite *site) {
    if (__builtin_expect(debugging, 0))
        debug_alloc(size, site);
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (p == NULL)
        out_of_memory();
    memset(p, 0, size);
    return p;
}

/* The runtime's own allocations (append growth, maps, strings, fmt ...). */
void *rt_alloc(size_t size) {
    return rt_alloc_at(size, NULL);
}

void *rt_alloc_atomic(size_t size) {
    return rt_alloc_atomic_at(size, NULL);
}
