/*
 * rt_slice.c — slices: make, append, copy, slicing with Go's bounds
 * checks, and the conversions between strings, bytes and runes.
 *
 * append must grow capacities exactly as Go 1.19 does, because Go programs
 * print cap(): growslice doubles small slices, grows big ones (from 256
 * elements) by about 1.25x plus a constant, then rounds the byte size up to
 * the allocator's size class and takes as many elements as fit.  The class
 * sizes below are those of gc's allocator (runtime/sizeclasses.go in Go
 * 1.19); above 32 KiB, sizes are rounded up to whole 8 KiB pages.
 *
 * The bounds checks panic with gc's runtime.boundsError (rt_panic_bounds).
 * Slices of slices report the capacity, slices of strings and arrays the
 * length ("slice bounds out of range [:5] with capacity 3" / "... with
 * length 3"); a negative bound is reported alone ("[-1:]").
 */
#include <string.h>

#include "rt_internal.h"

/* gc's limit on a single allocation on linux/amd64 (maxAlloc, 1<<48). */
#define MAX_ALLOC ((GoUint)1 << 48)

/* ---- the size classes ------------------------------------------------------ */

static const uint16_t class_size[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,
    176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,
    480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,
    1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,
    6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
enum { NCLASSES = sizeof class_size / sizeof class_size[0], MAX_SMALL = 32768, PAGE = 8192 };

/* The size gc's allocator really hands out for a request of size bytes. */
static GoUint round_up_size(GoUint size) {
    if (size == 0)
        return 0;
    if (size <= MAX_SMALL) {
        int lo = 0, hi = NCLASSES - 1; /* smallest class >= size */
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (class_size[mid] >= size)
                hi = mid;
            else
                lo = mid + 1;
        }
        return class_size[lo];
    }
    if (size + PAGE < size)
        return size;
    return (size + PAGE - 1) / PAGE * PAGE;
}

/* ---- allocation ------------------------------------------------------------ */

/* Zero-length non-nil slices all point here (gc's zerobase). */
static uint64_t zero_base;

static void *alloc_elems(const GoType *elem, GoUint bytes) {
    if (bytes == 0)
        return &zero_base;
    return elem->has_pointers ? rt_alloc((size_t)bytes) : rt_alloc_atomic((size_t)bytes);
}

/* size * n, or false when it overflows or exceeds the allocation limit. */
static bool elems_bytes(GoInt size, GoInt n, GoUint *bytes) {
    if (n < 0)
        return false;
    if (size != 0 && (GoUint)n > MAX_ALLOC / (GoUint)size)
        return false;
    *bytes = (GoUint)size * (GoUint)n;
    return *bytes <= MAX_ALLOC;
}

GoSlice rt_make_slice(const GoType *elem, GoInt len, GoInt cap) {
    GoUint bytes;
    if (len < 0 || len > cap || !elems_bytes(elem->size, cap, &bytes)) {
        /* gc blames len when len alone is already impossible */
        if (!elems_bytes(elem->size, len, &bytes))
            rt_panic_runtime("makeslice: len out of range");
        rt_panic_runtime("makeslice: cap out of range");
    }
    return (GoSlice){alloc_elems(elem, bytes), len, cap};
}

/* ---- append ------------------------------------------------------------------ */

/* Go 1.19's growslice rule for the new capacity, before size-class
 * rounding: at least needed; doubling below 256; then += (c + 768) / 4.
 * Unsigned, so absurd sizes wrap harmlessly instead of overflowing; the
 * caller rejects them (gc's "newcap <= 0" case ends in the same panic). */
static GoUint grown_cap(GoUint old_cap, GoUint needed) {
    GoUint doubled = old_cap + old_cap;
    if (needed > doubled)
        return needed;
    if (old_cap < 256)
        return doubled;
    GoUint c = old_cap;
    while (c < needed)
        c += (c + 3 * 256) / 4;
    return c;
}

GoSlice rt_grow_slice(const GoType *elem, GoSlice s, GoInt n) {
    if (n > INT64_MAX - s.len)
        rt_panic_runtime("growslice: cap out of range");
    GoInt needed = s.len + n;
    if (needed <= s.cap) {
        s.len = needed;
        return s;
    }
    GoInt size = elem->size;
    if (size == 0)
        return (GoSlice){&zero_base, needed, needed};
    GoUint bytes;
    GoUint cap_wanted = grown_cap((GoUint)s.cap, (GoUint)needed);
    if (cap_wanted > (GoUint)INT64_MAX || !elems_bytes(size, (GoInt)cap_wanted, &bytes))
        rt_panic_runtime("growslice: cap out of range");
    bytes = round_up_size(bytes);
    GoInt cap = (GoInt)(bytes / (GoUint)size);
    void *p = alloc_elems(elem, (GoUint)cap * (GoUint)size);
    if (s.len > 0)
        memcpy(p, s.ptr, (size_t)(s.len * size));
    return (GoSlice){p, needed, cap};
}

/* memmove: p may point into s itself (append(s[:1], s[2:]...)). */
GoSlice rt_append_slice(const GoType *elem, GoSlice s, const void *p, GoInt n) {
    if (n <= 0)
        return s;
    GoInt old = s.len;
    s = rt_grow_slice(elem, s, n);
    if (elem->size > 0)
        memmove((uint8_t *)s.ptr + old * elem->size, p, (size_t)(n * elem->size));
    return s;
}

GoInt rt_copy(GoSlice dst, const void *src, GoInt n, GoInt elem_size) {
    GoInt m = dst.len < n ? dst.len : n;
    if (m > 0 && elem_size > 0)
        memmove(dst.ptr, src, (size_t)(m * elem_size));
    return m > 0 ? m : 0;
}

/* ---- slicing ------------------------------------------------------------------ */

/* The checks of s[lo:hi:max] in gc's order: the top bound against the
 * capacity (or length), then each bound against the next.  is_slice says
 * which limit the message names: "capacity" for a slice, "length" for an
 * array or a string.  rt_panic_bounds formats gc's messages (a negative
 * bound is reported alone). */
static void check_slice(GoInt cap, bool is_slice, GoInt lo, GoInt hi, GoInt max, bool has_max) {
    if (has_max) {
        if ((GoUint)max > (GoUint)cap)
            rt_panic_bounds(is_slice ? RT_BOUNDS_SLICE3_ACAP : RT_BOUNDS_SLICE3_ALEN, max, cap);
        if ((GoUint)hi > (GoUint)max)
            rt_panic_bounds(RT_BOUNDS_SLICE3_B, hi, max);
        if ((GoUint)lo > (GoUint)hi)
            rt_panic_bounds(RT_BOUNDS_SLICE3_C, lo, hi);
        return;
    }
    if ((GoUint)hi > (GoUint)cap)
        rt_panic_bounds(is_slice ? RT_BOUNDS_SLICE_ACAP : RT_BOUNDS_SLICE_ALEN, hi, cap);
    if ((GoUint)lo > (GoUint)hi)
        rt_panic_bounds(RT_BOUNDS_SLICE_B, lo, hi);
}

/* Validates, then builds the result.  A slice of a slice may extend up to
 * its capacity; a result of capacity 0 keeps the base pointer rather than
 * pointing past the end of the array, as gc does. */
static GoSlice make_subslice(GoSlice s, GoInt elem_size, GoInt lo, GoInt hi, GoInt max) {
    GoInt cap = max - lo;
    uint8_t *base = s.ptr;
    if (cap > 0)
        base += lo * elem_size;
    return (GoSlice){base, hi - lo, cap};
}

static GoSlice slice_with(GoSlice s, GoInt elem_size, GoInt lo, GoInt hi, GoInt max, bool has_hi,
                          bool has_max, bool is_slice) {
    if (!has_hi)
        hi = s.len;
    if (has_max) {
        check_slice(s.cap, is_slice, lo, hi, max, true);
    } else {
        check_slice(s.cap, is_slice, lo, hi, 0, false);
        max = s.cap;
    }
    return make_subslice(s, elem_size, lo, hi, max);
}

GoSlice rt_slice_slice(GoSlice s, GoInt elem_size, GoInt lo, GoInt hi, GoInt max, bool has_hi,
                       bool has_max) {
    return slice_with(s, elem_size, lo, hi, max, has_hi, has_max, true);
}

GoSlice rt_array_slice(GoSlice a, GoInt elem_size, GoInt lo, GoInt hi, GoInt max, bool has_hi,
                       bool has_max) {
    return slice_with(a, elem_size, lo, hi, max, has_hi, has_max, false);
}

GoString rt_string_slice(GoString s, GoInt lo, GoInt hi, bool has_hi) {
    if (!has_hi)
        hi = s.len;
    check_slice(s.len, false, lo, hi, 0, false);
    /* an empty result keeps the base pointer, never one past the end */
    return (GoString){hi > lo ? s.ptr + lo : s.ptr, hi - lo};
}

void *rt_slice_to_array(GoSlice s, GoInt n) {
    if (s.len < n)
        rt_panic_bounds(RT_BOUNDS_CONVERT, n, s.len);
    return s.ptr;
}

/* ---- strings, bytes and runes -------------------------------------------------- */

GoString rt_bytes_to_string(GoSlice b) {
    return rt_string_from_bytes(b.ptr, b.len);
}

/* []byte(s): capacity rounded up to the size class, as gc gives it to a
 * slice that escapes. */
GoSlice rt_string_to_bytes(GoString s) {
    GoInt cap = (GoInt)round_up_size((GoUint)s.len);
    uint8_t *p = cap ? rt_alloc_atomic((size_t)cap) : (uint8_t *)&zero_base;
    if (s.len > 0)
        memcpy(p, s.ptr, (size_t)s.len);
    return (GoSlice){p, s.len, cap};
}

GoSlice rt_string_to_runes(GoString s) {
    GoInt n = (GoInt)rt_utf8_count(s.ptr, (size_t)s.len);
    GoInt cap = (GoInt)(round_up_size((GoUint)n * sizeof(GoInt32)) / sizeof(GoInt32));
    GoInt32 *r = cap ? rt_alloc_atomic((size_t)cap * sizeof(GoInt32)) : (GoInt32 *)(void *)&zero_base;
    GoInt k = 0;
    for (GoInt i = 0; i < s.len; k++) {
        int32_t c;
        i += rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &c);
        r[k] = c;
    }
    return (GoSlice){r, n, cap};
}

GoString rt_runes_to_string(GoSlice rs) {
    const GoInt32 *r = rs.ptr;
    uint8_t tmp[RT_UTF_MAX];
    size_t total = 0;
    for (GoInt i = 0; i < rs.len; i++)
        total += (size_t)rt_utf8_encode(tmp, r[i]);
    if (total == 0)
        return (GoString){(const uint8_t *)"", 0};
    uint8_t *p = rt_alloc_atomic(total);
    size_t off = 0;
    for (GoInt i = 0; i < rs.len; i++)
        off += (size_t)rt_utf8_encode(p + off, r[i]);
    return (GoString){p, (GoInt)total};
}

GoInt32 rt_decode_rune(GoString s, GoInt i, GoInt *width) {
    int32_t r;
    *width = rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &r);
    return r;
}

/* ---- into a buffer of the caller's frame (escape analysis's verdict) ---- */

GoSlice rt_string_to_bytes_buf(GoString s, uint8_t *buf) {
    if (s.len > RT_TMP_BUF)
        return rt_string_to_bytes(s);
    memset(buf, 0, RT_TMP_BUF);
    if (s.len > 0)
        memcpy(buf, s.ptr, (size_t)s.len);
    return (GoSlice){buf, s.len, RT_TMP_BUF};
}

GoString rt_bytes_to_string_buf(GoSlice b, uint8_t *buf) {
    if (b.len > RT_TMP_BUF || b.len == 0)
        return rt_bytes_to_string(b);
    memcpy(buf, b.ptr, (size_t)b.len);
    return (GoString){buf, b.len};
}
