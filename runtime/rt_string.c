/*
 * rt_string.c — operations on Go strings.
 *
 * A GoString is (pointer, length) over immutable bytes that may contain
 * NULs, so everything here works on explicit lengths (memcmp, never
 * strcmp).  New string bytes are pointer-free and go on the atomic heap.
 * A zero-length string may have a NULL pointer; memcpy and memcmp are never
 * called with one.
 */
#include <string.h>

#include "rt_internal.h"

GoString rt_string_concat(GoString a, GoString b) {
    GoString parts[2] = {a, b};
    return rt_string_concatn(parts, 2);
}

GoString rt_string_concat_buf(GoString a, GoString b, uint8_t *buf) {
    if (a.len == 0 || b.len == 0 || a.len + b.len > RT_TMP_BUF)
        return rt_string_concat(a, b);
    memcpy(buf, a.ptr, (size_t)a.len);
    memcpy(buf + a.len, b.ptr, (size_t)b.len);
    return (GoString){buf, a.len + b.len};
}

/* Like gc, reuse an operand when it is the only non-empty one. */
GoString rt_string_concatn(const GoString *parts, GoInt n) {
    size_t total = 0;
    GoInt nonempty = 0, last = 0;
    for (GoInt i = 0; i < n; i++) {
        total += (size_t)parts[i].len;
        if (parts[i].len > 0) {
            nonempty++;
            last = i;
        }
    }
    if (nonempty == 0)
        return (GoString){(const uint8_t *)"", 0};
    if (nonempty == 1)
        return parts[last];
    uint8_t *p = rt_alloc_atomic(total);
    size_t off = 0;
    for (GoInt i = 0; i < n; i++) {
        if (parts[i].len > 0) {
            memcpy(p + off, parts[i].ptr, (size_t)parts[i].len);
            off += (size_t)parts[i].len;
        }
    }
    return (GoString){p, (GoInt)total};
}

bool rt_string_eq(GoString a, GoString b) {
    return a.len == b.len && (a.len == 0 || a.ptr == b.ptr ||
                              memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

/* Bytewise, as Go orders strings; a proper prefix sorts first. */
int rt_string_cmp(GoString a, GoString b) {
    GoInt n = a.len < b.len ? a.len : b.len;
    if (n > 0) {
        int c = memcmp(a.ptr, b.ptr, (size_t)n);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return (a.len > b.len) - (a.len < b.len);
}

/* spec: "Converting a signed or unsigned integer value to a string type
 * yields a string containing the UTF-8 representation of the integer.
 * Values outside the range of valid Unicode code points are converted to
 * "\uFFFD"."  The whole int64 is checked: string(int64(1<<32 + 65)) is
 * "\uFFFD", not "A". */
GoString rt_string_from_rune(GoInt64 r) {
    uint8_t tmp[RT_UTF_MAX];
    int n = rt_utf8_encode(tmp, rt_rune_valid(r) ? (int32_t)r : RT_RUNE_ERROR);
    uint8_t *p = rt_alloc_atomic((size_t)n);
    memcpy(p, tmp, (size_t)n);
    return (GoString){p, n};
}

/* A fresh copy of n bytes: the caller may change or free its own. */
GoString rt_string_from_bytes(const uint8_t *p, GoInt n) {
    if (n <= 0)
        return (GoString){(const uint8_t *)"", 0};
    uint8_t *q = rt_alloc_atomic((size_t)n);
    memcpy(q, p, (size_t)n);
    return (GoString){q, n};
}
