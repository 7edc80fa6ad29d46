/*
 * unicode.c — package unicode: rune classification and case mapping.
 *
 * All the data comes from unicode_tables.inc, generated from Go's own
 * package unicode by runtime/gen/unicode_tables.go, so every function here
 * answers exactly as Go 1.19 does for every rune (negative runes and runes
 * past MaxRune included: they are in no table and have no case mapping).
 */
#include "lib.h"

/* A run of runes [lo, hi] with some property. */
typedef struct UniRange { int32_t lo, hi; } UniRange;

/* Go's CaseRange: runes lo..hi map to r + delta[case].  The marker
 * UNI_UPPER_LOWER (Go's UpperLower, MaxRune + 1) means the runs alternate
 * Upper, Lower, Upper, Lower... starting at lo. */
enum { UNI_UPPER_LOWER = 0x10FFFF + 1 };
typedef struct UniCaseRange { int32_t lo, hi, delta[3]; } UniCaseRange;

/* A rune whose SimpleFold is not the default ToLower-else-ToUpper. */
typedef struct UniFold { int32_t from, to; } UniFold;

#include "unicode_tables.inc"

#define COUNT(a) ((GoInt)(sizeof(a) / sizeof((a)[0])))

/* Bisection over runs sorted by lo. */
static bool in_runs(const UniRange *t, GoInt n, GoInt32 r) {
    GoInt lo = 0, hi = n;
    while (lo < hi) {
        GoInt m = lo + (hi - lo) / 2;
        if (r < t[m].lo)
            hi = m;
        else if (r > t[m].hi)
            lo = m + 1;
        else
            return true;
    }
    return false;
}

#define UNI_IS(Name, table)                          \
    GoBool unicode__##Name(GoInt32 r) {              \
        return in_runs(table, COUNT(table), r);      \
    }
UNI_IS(IsLetter, uni_letter)
UNI_IS(IsDigit, uni_digit)
UNI_IS(IsNumber, uni_number)
UNI_IS(IsSpace, uni_space)
UNI_IS(IsUpper, uni_upper)
UNI_IS(IsLower, uni_lower)
UNI_IS(IsTitle, uni_title)
UNI_IS(IsPunct, uni_punct)
UNI_IS(IsMark, uni_mark)
UNI_IS(IsSymbol, uni_symbol)
UNI_IS(IsGraphic, uni_graphic)
UNI_IS(IsPrint, uni_print)
#undef UNI_IS

/* The C0 and C1 control codes: Go's IsControl is just this range test. */
GoBool unicode__IsControl(GoInt32 r) {
    return (r >= 0 && r <= 0x1F) || (r >= 0x7F && r <= 0x9F);
}

/* The case mapping of r to case c (0 upper, 1 lower, 2 title). */
static GoInt32 to_case(GoInt c, GoInt32 r) {
    GoInt lo = 0, hi = COUNT(uni_case_ranges);
    while (lo < hi) {
        GoInt m = lo + (hi - lo) / 2;
        const UniCaseRange *cr = &uni_case_ranges[m];
        if (r < cr->lo) {
            hi = m;
        } else if (r > cr->hi) {
            lo = m + 1;
        } else {
            int32_t d = cr->delta[c];
            if (d == UNI_UPPER_LOWER) {
                /* Even offsets are the upper case, odd the lower; title
                 * case is the upper one (case 2 has bit 0 clear). */
                int32_t off = r - cr->lo;
                return cr->lo + ((off & ~1) | (int32_t)(c & 1));
            }
            return r + d;
        }
    }
    return r;
}

GoInt32 unicode__To(GoInt _case, GoInt32 r) {
    if (_case < 0 || _case > 2)
        return 0xFFFD;       /* Go's answer for a bad case */
    return to_case(_case, r);
}

GoInt32 unicode__ToUpper(GoInt32 r) {
    if (r >= 0 && r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return to_case(0, r);
}

GoInt32 unicode__ToLower(GoInt32 r) {
    if (r >= 0 && r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return to_case(1, r);
}

GoInt32 unicode__ToTitle(GoInt32 r) {
    if (r >= 0 && r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return to_case(2, r);
}

/* The next rune in r's case-folding orbit (k -> K (Kelvin) -> K -> k ...). */
GoInt32 unicode__SimpleFold(GoInt32 r) {
    if (r < 0 || r > 0x10FFFF)
        return r;
    GoInt lo = 0, hi = COUNT(uni_fold_orbit);
    while (lo < hi) {
        GoInt m = lo + (hi - lo) / 2;
        if (uni_fold_orbit[m].from < r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < COUNT(uni_fold_orbit) && uni_fold_orbit[lo].from == r)
        return uni_fold_orbit[lo].to;
    GoInt32 l = unicode__ToLower(r);
    return l != r ? l : unicode__ToUpper(r);
}

/* ---- RangeTable: Is, In, IsOneOf --------------------------------------------------
 * A table lists runs Lo..Hi of runes, every Stride-th one being in, 16-bit
 * runs first.  As in Go: short lists (and Latin-1 runes) are searched
 * linearly, longer ones by bisection, and a Stride of 0 divides by zero. */

enum { LINEAR_MAX = 18 };

/* Is r (Lo <= r <= Hi) on the run's stride? */
static bool on_stride(uint32_t r, uint32_t lo, uint32_t stride) {
    if (stride == 1)
        return true;
    if (stride == 0)
        rt_panic_divide();
    return (r - lo) % stride == 0;
}

static bool is16(const unicode__Range16 *t, GoInt n, uint16_t r) {
    if (n <= LINEAR_MAX || r <= 0xFF) {
        for (GoInt i = 0; i < n; i++) {
            if (r < t[i].Lo)
                return false;
            if (r <= t[i].Hi)
                return on_stride(r, t[i].Lo, t[i].Stride);
        }
        return false;
    }
    GoInt lo = 0, hi = n;
    while (lo < hi) {
        GoInt m = lo + (hi - lo) / 2;
        if (t[m].Lo <= r && r <= t[m].Hi)
            return on_stride(r, t[m].Lo, t[m].Stride);
        if (r < t[m].Lo)
            hi = m;
        else
            lo = m + 1;
    }
    return false;
}

static bool is32(const unicode__Range32 *t, GoInt n, uint32_t r) {
    if (n <= LINEAR_MAX) {
        for (GoInt i = 0; i < n; i++) {
            if (r < t[i].Lo)
                return false;
            if (r <= t[i].Hi)
                return on_stride(r, t[i].Lo, t[i].Stride);
        }
        return false;
    }
    GoInt lo = 0, hi = n;
    while (lo < hi) {
        GoInt m = lo + (hi - lo) / 2;
        if (t[m].Lo <= r && r <= t[m].Hi)
            return on_stride(r, t[m].Lo, t[m].Stride);
        if (r < t[m].Lo)
            hi = m;
        else
            lo = m + 1;
    }
    return false;
}

/* Negative runes compare as huge unsigned numbers, so they are in no
 * 16-bit run; they reach the 32-bit runs only to fail there too. */
GoBool unicode__Is(unicode__RangeTable *table, GoInt32 r) {
    table = rt_nilcheck(table);
    const unicode__Range16 *r16 = table->R16.ptr;
    GoInt n16 = table->R16.len;
    if (n16 > 0 && (uint32_t)r <= r16[n16 - 1].Hi)
        return is16(r16, n16, (uint16_t)r);
    const unicode__Range32 *r32 = table->R32.ptr;
    GoInt n32 = table->R32.len;
    if (n32 > 0 && r >= (GoInt64)r32[0].Lo)
        return is32(r32, n32, (uint32_t)r);
    return false;
}

/* IsOneOf(ranges []*RangeTable, r rune) */
GoBool unicode__IsOneOf(GoSlice ranges, GoInt32 r) {
    unicode__RangeTable **t = ranges.ptr;
    for (GoInt i = 0; i < ranges.len; i++)
        if (unicode__Is(t[i], r))
            return true;
    return false;
}

/* In(r rune, ranges ...*RangeTable) */
GoBool unicode__In(GoInt32 r, GoSlice ranges) {
    return unicode__IsOneOf(ranges, r);
}
