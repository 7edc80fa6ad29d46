/*
 * rt_utf8.c — UTF-8 and printable runes, with the exact rules of Go's
 * unicode/utf8 and strconv.IsPrint.
 *
 * Go's decoder is strict: overlong forms, surrogate halves (U+D800..DFFF)
 * and values above U+10FFFF are invalid, and every invalid or truncated
 * sequence decodes as U+FFFD consuming exactly one byte.  fmt depends on
 * that (width counts, %q's \x escapes), so it is reproduced here.
 */
#include "rt_internal.h"

bool rt_rune_valid(int64_t r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= RT_MAX_RUNE);
}

int rt_utf8_encode(uint8_t out[RT_UTF_MAX], int32_t r) {
    if (!rt_rune_valid(r))
        r = RT_RUNE_ERROR;
    uint32_t u = (uint32_t)r;
    if (u < 0x80) {
        out[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        out[0] = (uint8_t)(0xC0 | u >> 6);
        out[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        out[0] = (uint8_t)(0xE0 | u >> 12);
        out[1] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
        out[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    out[0] = (uint8_t)(0xF0 | u >> 18);
    out[1] = (uint8_t)(0x80 | (u >> 12 & 0x3F));
    out[2] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
    out[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

static bool is_cont(uint8_t c) {
    return (c & 0xC0) == 0x80;
}

/* The lead byte fixes the length and, for E0, ED, F0 and F4, a narrower
 * range for the second byte: that is what rules out overlong forms,
 * surrogates and runes past U+10FFFF. */
int rt_utf8_decode(const uint8_t *s, size_t n, int32_t *r) {
    uint8_t c = s[0];
    if (c < 0x80) {
        *r = c;
        return 1;
    }
    int len;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *r = RT_RUNE_ERROR;
        return 1;
    }
    if (n < (size_t)len || s[1] < lo || s[1] > hi || (len > 2 && !is_cont(s[2])) ||
        (len > 3 && !is_cont(s[3]))) {
        *r = RT_RUNE_ERROR;
        return 1;
    }
    int32_t v = c & (0x7F >> len);
    for (int i = 1; i < len; i++)
        v = v << 6 | (s[i] & 0x3F);
    *r = v;
    return len;
}

size_t rt_utf8_count(const uint8_t *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; count++) {
        int32_t r;
        i += s[i] < 0x80 ? 1 : (size_t)rt_utf8_decode(s + i, n - i, &r);
    }
    return count;
}

typedef struct RuneRange {
    int32_t lo, hi;
} RuneRange;

/* Runs of printable runes, generated from Go (see runtime/gen/printable.go). */
static const RuneRange printable[] = {
#include "rt_printable.inc"
};

bool rt_rune_is_print(int32_t r) {
    size_t lo = 0, hi = sizeof printable / sizeof printable[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r < printable[mid].lo)
            hi = mid;
        else if (r > printable[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
