/*
 * utf8.c — package unicode/utf8.
 *
 * The decoding rules (strict: no overlong forms, no surrogates, nothing past
 * U+10FFFF; a bad or short sequence is U+FFFD of width 1) live in the
 * runtime's rt_utf8.c, which fmt and range loops share; this file gives them
 * Go's package API on strings and []byte.
 */
#include "lib.h"

#include "../rt_internal.h"

/* A []byte's bytes as a string view (no copy). */
static GoString view(GoSlice p) {
    return (GoString){(const uint8_t *)p.ptr, p.len};
}

GoInt unicode_utf8__RuneLen(GoInt32 r) {
    if (r < 0)
        return -1;
    if (r < 0x80)
        return 1;
    if (r < 0x800)
        return 2;
    if (r >= 0xD800 && r <= 0xDFFF)
        return -1;
    if (r < 0x10000)
        return 3;
    return r <= RT_MAX_RUNE ? 4 : -1;
}

GoBool unicode_utf8__RuneStart(GoUint8 b) {
    return (b & 0xC0) != 0x80;
}

GoBool unicode_utf8__ValidRune(GoInt32 r) {
    return rt_rune_valid(r);
}

/* EncodeRune writes into p and, as Go, panics with an index error when p
 * is too short for the encoding. */
GoInt unicode_utf8__EncodeRune(GoSlice p, GoInt32 r) {
    uint8_t tmp[RT_UTF_MAX];
    int n = rt_utf8_encode(tmp, r);
    rt_index(n - 1, p.len);
    for (int i = 0; i < n; i++)
        ((uint8_t *)p.ptr)[i] = tmp[i];
    return n;
}

GoSlice unicode_utf8__AppendRune(GoSlice p, GoInt32 r) {
    uint8_t tmp[RT_UTF_MAX];
    int n = rt_utf8_encode(tmp, r);
    return rt_append_slice(&rt_type_uint8, p, tmp, n);
}

Tuple_GoInt32_GoInt unicode_utf8__DecodeRuneInString(GoString s) {
    if (s.len == 0)
        return (Tuple_GoInt32_GoInt){RT_RUNE_ERROR, 0};
    int32_t r;
    int n = rt_utf8_decode(s.ptr, (size_t)s.len, &r);
    return (Tuple_GoInt32_GoInt){r, n};
}

Tuple_GoInt32_GoInt unicode_utf8__DecodeRune(GoSlice p) {
    return unicode_utf8__DecodeRuneInString(view(p));
}

/* Steps back over at most UTFMax-1 continuation bytes to a start byte, then
 * decodes forward: the rune is valid only if it ends exactly at the end. */
Tuple_GoInt32_GoInt unicode_utf8__DecodeLastRuneInString(GoString s) {
    GoInt end = s.len;
    if (end == 0)
        return (Tuple_GoInt32_GoInt){RT_RUNE_ERROR, 0};
    GoInt start = end - 1;
    if (s.ptr[start] < 0x80)
        return (Tuple_GoInt32_GoInt){s.ptr[start], 1};
    GoInt lim = end - RT_UTF_MAX < 0 ? 0 : end - RT_UTF_MAX;
    for (start--; start >= lim; start--)
        if (unicode_utf8__RuneStart(s.ptr[start]))
            break;
    if (start < 0)
        start = 0;
    int32_t r;
    int n = rt_utf8_decode(s.ptr + start, (size_t)(end - start), &r);
    if (start + n != end)
        return (Tuple_GoInt32_GoInt){RT_RUNE_ERROR, 1};
    return (Tuple_GoInt32_GoInt){r, n};
}

Tuple_GoInt32_GoInt unicode_utf8__DecodeLastRune(GoSlice p) {
    return unicode_utf8__DecodeLastRuneInString(view(p));
}

/* The length a sequence starting with lead byte c claims: 1 for ASCII and
 * for bytes that cannot start a sequence (they decode alone as U+FFFD). */
static GoInt claimed_len(uint8_t c) {
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 1;
}

/* The range the second byte of a sequence led by c must be in: narrower
 * than 0x80..0xBF after E0, ED, F0 and F4, which is what excludes overlong
 * forms, surrogates and runes past U+10FFFF. */
static void second_range(uint8_t c, uint8_t *lo, uint8_t *hi) {
    *lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    *hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
}

/* Is s at least one whole rune?  A short sequence still counts as whole
 * when the bytes present are already wrong: no byte after them could make
 * it valid, so it decodes as U+FFFD of width 1 now. */
GoBool unicode_utf8__FullRuneInString(GoString s) {
    if (s.len == 0)
        return false;
    if (s.len >= claimed_len(s.ptr[0]))
        return true;
    uint8_t lo, hi;
    second_range(s.ptr[0], &lo, &hi);
    if (s.len > 1 && (s.ptr[1] < lo || s.ptr[1] > hi))
        return true;
    if (s.len > 2 && (s.ptr[2] & 0xC0) != 0x80)
        return true;
    return false;
}

GoBool unicode_utf8__FullRune(GoSlice p) {
    return unicode_utf8__FullRuneInString(view(p));
}

GoInt unicode_utf8__RuneCountInString(GoString s) {
    return s.len == 0 ? 0 : (GoInt)rt_utf8_count(s.ptr, (size_t)s.len);
}

GoInt unicode_utf8__RuneCount(GoSlice p) {
    return unicode_utf8__RuneCountInString(view(p));
}

GoBool unicode_utf8__ValidString(GoString s) {
    for (GoInt i = 0; i < s.len;) {
        int32_t r;
        int n = rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &r);
        if (n == 1 && r == RT_RUNE_ERROR)
            return false;
        i += n;
    }
    return true;
}

GoBool unicode_utf8__Valid(GoSlice p) {
    return unicode_utf8__ValidString(view(p));
}
