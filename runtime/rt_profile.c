/*
 * rt_profile.c — GO2CDEBUG=allocs=1: the heap allocations of a run, by
 * allocation site of the Go source.
 *
 * Escape analysis decides at compile time which allocations go to the
 * heap, and says why (go2c -m).  This profile shows what each of those
 * decisions cost in one run: at exit, to stderr, every site that allocated,
 * with its count and bytes, largest first, and the compile-time reason.
 *
 * Generated code declares a GoAllocSite per heap allocation site and
 * allocates through rt_alloc_at / rt_alloc_atomic_at (go2c_rt.h).  A site
 * joins the list below on its first allocation, so sites that never run
 * cost nothing and are not printed.  Allocations the runtime makes on its
 * own behalf (append growth, map buckets, strings, fmt ...) come through
 * rt_alloc / rt_alloc_atomic with no site and are printed as one total.
 *
 * When the profile is off, rt_alloc.c never calls in here: the only cost
 * is the test of one static flag that every allocation already makes for
 * gcstress and memstats.
 *
 * The profile is printed by an atexit handler, so every way a program
 * ends through exit() prints it: main returning (rt_main.c), os.Exit
 * (rt_exit), a panic nothing recovered (rt_panic_print_and_exit) and
 * running out of memory.  Only a stack overflow, which ends with _exit
 * from a signal handler (rt_stack.c), does not.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

static bool profiling;
/* The sites that allocated, newest first (linked through site->next). */
static GoAllocSite *sites;
/* Allocations with no site: the runtime's own. */
static unsigned long long own_count, own_bytes;

void rt_profile_count(GoAllocSite *site, size_t size) {
    if (!site) {
        own_count++;
        own_bytes += size;
        return;
    }
    if (!site->seen) {
        site->seen = true;
        site->next = sites;
        sites = site;
    }
    site->count++;
    site->bytes += size;
}

/* ---- make: the runtime allocates, the site is charged ---------------------
 * rt_make_slice and rt_make_map allocate as the runtime (no site).  Their
 * _at forms move what the call added to the runtime's total over to the
 * site.  Nothing is remembered across the call, so a make that panics
 * (len out of range) leaves nothing behind to misattribute. */

static void charge(GoAllocSite *site, unsigned long long count0, unsigned long long bytes0) {
    unsigned long long n = own_count - count0, b = own_bytes - bytes0;
    if (n == 0)
        return;
    own_count = count0;
    own_bytes = bytes0;
    if (!site->seen) {
        site->seen = true;
        site->next = sites;
        sites = site;
    }
    site->count += n;
    site->bytes += b;
}

GoSlice rt_make_slice_at(const GoType *elem, GoInt len, GoInt cap, GoAllocSite *site) {
    if (!profiling)
        return rt_make_slice(elem, len, cap);
    unsigned long long count0 = own_count, bytes0 = own_bytes;
    GoSlice s = rt_make_slice(elem, len, cap);
    charge(site, count0, bytes0);
    return s;
}

GoMap *rt_make_map_at(const GoType *maptype, GoInt hint, GoAllocSite *site) {
    if (!profiling)
        return rt_make_map(maptype, hint);
    unsigned long long count0 = own_count, bytes0 = own_bytes;
    GoMap *m = rt_make_map(maptype, hint);
    charge(site, count0, bytes0);
    return m;
}

/* ---- the report --------------------------------------------------------------- */

/* Largest bytes first; then the most allocations; then by position, so
 * that the order does not depend on which site ran first. */
static int by_bytes(const void *x, const void *y) {
    const GoAllocSite *a = *(GoAllocSite *const *)x, *b = *(GoAllocSite *const *)y;
    if (a->bytes != b->bytes)
        return a->bytes > b->bytes ? -1 : 1;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    int c = strcmp(a->pos, b->pos);
    return c ? c : strcmp(a->what, b->what);
}

/* Writes one line to stderr, of any length. */
static void put_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void put_line(const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        rt_write_all(2, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big)
        return;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    rt_write_all(2, big, (size_t)n);
    free(big);
}

static void print_profile(void) {
    /* what the program printed comes first, as it was written first */
    rt_flush_stdout();
    size_t n = 0;
    for (GoAllocSite *s = sites; s; s = s->next)
        n++;
    GoAllocSite **v = malloc((n ? n : 1) * sizeof *v);
    if (!v)
        return;
    size_t i = 0;
    unsigned long long total_count = own_count, total_bytes = own_bytes;
    for (GoAllocSite *s = sites; s; s = s->next) {
        v[i++] = s;
        total_count += s->count;
        total_bytes += s->bytes;
    }
    qsort(v, n, sizeof *v, by_bytes);
    put_line("go2c: heap allocations by site (GO2CDEBUG=allocs=1), largest first:\n");
    put_line("%14s %12s  %s\n", "bytes", "count", "site: why it is on the heap");
    for (i = 0; i < n; i++)
        put_line("%14llu %12llu  %s %s: %s\n", v[i]->bytes, v[i]->count, v[i]->pos, v[i]->what,
                 v[i]->reason);
    put_line("%14llu %12llu  runtime (append growth, maps, strings, fmt, ...)\n", own_bytes,
             own_count);
    put_line("%14llu %12llu  total\n", total_bytes, total_count);
    free(v);
}

void rt_profile_start(void) {
    profiling = true;
    atexit(print_profile);
}
