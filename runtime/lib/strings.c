/*
 * strings.c — package strings: the functions, Builder, Reader and Replacer.
 *
 * Semantics are Go 1.19's, including the corner cases programs can see:
 * invalid UTF-8 decodes as U+FFFD one byte at a time (so Map and ToUpper
 * turn a stray byte into "\uFFFD", while Split(s, "") keeps it as is), an
 * empty separator matches between runes, and results that Go returns as
 * substrings of the argument are substrings here too (they share its
 * bytes).  bytes.c relies on that last point: it runs these functions on a
 * []byte viewed as a string and turns substrings back into subslices.
 *
 * Strings are immutable, so nothing here ever writes through a GoString;
 * new strings are built in an RtBuf (rt_internal.h) and handed over.
 */
#include "lib.h"

#include <string.h>

#include "../rt_internal.h"

#ifndef GO2C_TUPLE_GoString_GoString_GoBool
#define GO2C_TUPLE_GoString_GoString_GoBool
typedef struct { GoString r0; GoString r1; GoBool r2; } Tuple_GoString_GoString_GoBool;
#endif
#ifndef GO2C_TUPLE_GoUint8_GoEface
#define GO2C_TUPLE_GoUint8_GoEface
typedef struct { GoUint8 r0; GoEface r1; } Tuple_GoUint8_GoEface;
#endif
#ifndef GO2C_TUPLE_GoInt32_GoInt_GoEface
#define GO2C_TUPLE_GoInt32_GoInt_GoEface
typedef struct { GoInt32 r0; GoInt r1; GoEface r2; } Tuple_GoInt32_GoInt_GoEface;
#endif
#ifndef GO2C_TUPLE_GoInt64_GoEface
#define GO2C_TUPLE_GoInt64_GoEface
typedef struct { GoInt64 r0; GoEface r1; } Tuple_GoInt64_GoEface;
#endif

/* io.WriteString (runtime/lib/io.c), for Reader.WriteTo and
 * Replacer.WriteString. */
Tuple_GoInt_GoEface io__WriteString(GoEface w, GoString s);

/* ---- helpers ------------------------------------------------------------ */

/* s[i:j].  An empty s may have a NULL ptr, on which C forbids arithmetic. */
static GoString sub(GoString s, GoInt i, GoInt j) {
    if (s.len == 0)
        return s;
    return (GoString){s.ptr + i, j - i};
}

static GoString empty_string(void) {
    return (GoString){NULL, 0};
}

/* The rune at s[i] (i < len) and its width, as `range` decodes it. */
static int32_t decode_at(GoString s, GoInt i, GoInt *width) {
    int32_t r;
    *width = rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &r);
    return r;
}

/* The last rune of s[:end] (end > 0) and its width, as
 * utf8.DecodeLastRuneInString. */
static int32_t decode_last(GoString s, GoInt end, GoInt *width) {
    Tuple_GoInt32_GoInt t = unicode_utf8__DecodeLastRuneInString(sub(s, 0, end));
    *width = t.r1;
    return t.r0;
}

/* A []string of n elements (never NULL: Go's make([]string, 0) is not nil). */
static GoSlice new_strings(GoInt n) {
    void *p = rt_alloc(n > 0 ? (size_t)n * sizeof(GoString) : 1);
    return (GoSlice){p, n, n};
}

/* A rune predicate with its context: a Go func value, a cutset, ... */
typedef bool (*RunePred)(const void *ctx, int32_t r);

/* Calls a Go func(rune) bool; a nil func panics as a call of nil does. */
static bool call_go_pred(const void *ctx, int32_t r) {
    GoFunc *f = rt_nilcheck((void *)ctx);
    return ((GoBool(*)(void *, GoInt32))f->fn)(f, r);
}

static bool pred_is_space(const void *ctx, int32_t r) {
    (void)ctx;
    return unicode__IsSpace(r);
}

/* ---- searching ------------------------------------------------------------ */

GoInt strings__IndexByte(GoString s, GoUint8 c) {
    if (s.len == 0)
        return -1;
    const uint8_t *p = memchr(s.ptr, c, (size_t)s.len);
    return p ? (GoInt)(p - s.ptr) : -1;
}

GoInt strings__LastIndexByte(GoString s, GoUint8 c) {
    for (GoInt i = s.len - 1; i >= 0; i--)
        if (s.ptr[i] == c)
            return i;
    return -1;
}

GoInt strings__Index(GoString s, GoString substr) {
    if (substr.len == 0)
        return 0;
    if (substr.len > s.len)
        return -1;
    GoInt last = s.len - substr.len;
    for (GoInt i = 0; i <= last;) {
        const uint8_t *p = memchr(s.ptr + i, substr.ptr[0], (size_t)(last - i + 1));
        if (!p)
            return -1;
        i = p - s.ptr;
        if (memcmp(p, substr.ptr, (size_t)substr.len) == 0)
            return i;
        i++;
    }
    return -1;
}

GoInt strings__LastIndex(GoString s, GoString substr) {
    if (substr.len == 0)
        return s.len;
    for (GoInt i = s.len - substr.len; i >= 0; i--)
        if (s.ptr[i] == substr.ptr[0] && memcmp(s.ptr + i, substr.ptr, (size_t)substr.len) == 0)
            return i;
    return -1;
}

/* U+FFFD matches both a real U+FFFD and any invalid byte (they decode the
 * same); an invalid rune matches nothing. */
GoInt strings__IndexRune(GoString s, GoInt32 r) {
    if (r >= 0 && r < 0x80)
        return strings__IndexByte(s, (GoUint8)r);
    if (r == RT_RUNE_ERROR) {
        for (GoInt i = 0, w; i < s.len; i += w)
            if (decode_at(s, i, &w) == RT_RUNE_ERROR)
                return i;
        return -1;
    }
    if (!rt_rune_valid(r))
        return -1;
    uint8_t enc[RT_UTF_MAX];
    int n = rt_utf8_encode(enc, r);
    return strings__Index(s, (GoString){enc, n});
}

static bool pred_in_set(const void *ctx, int32_t r) {
    return strings__IndexRune(*(const GoString *)ctx, r) >= 0;
}

/* The first rune for which pred is `want`, or -1. */
static GoInt index_pred(GoString s, RunePred pred, const void *ctx, bool want) {
    for (GoInt i = 0, w; i < s.len; i += w)
        if (pred(ctx, decode_at(s, i, &w)) == want)
            return i;
    return -1;
}

/* The start of the last rune for which pred is `want`, or -1. */
static GoInt last_index_pred(GoString s, RunePred pred, const void *ctx, bool want) {
    for (GoInt end = s.len, w; end > 0; end -= w) {
        int32_t r = decode_last(s, end, &w);
        if (pred(ctx, r) == want)
            return end - w;
    }
    return -1;
}

GoInt strings__IndexAny(GoString s, GoString chars) {
    if (chars.len == 0)
        return -1;
    return index_pred(s, pred_in_set, &chars, true);
}

GoInt strings__LastIndexAny(GoString s, GoString chars) {
    if (chars.len == 0)
        return -1;
    return last_index_pred(s, pred_in_set, &chars, true);
}

GoInt strings__IndexFunc(GoString s, GoFunc *f) {
    return index_pred(s, call_go_pred, f, true);
}

GoInt strings__LastIndexFunc(GoString s, GoFunc *f) {
    return last_index_pred(s, call_go_pred, f, true);
}

GoBool strings__Contains(GoString s, GoString substr) {
    return strings__Index(s, substr) >= 0;
}

GoBool strings__ContainsAny(GoString s, GoString chars) {
    return strings__IndexAny(s, chars) >= 0;
}

GoBool strings__ContainsRune(GoString s, GoInt32 r) {
    return strings__IndexRune(s, r) >= 0;
}

GoBool strings__HasPrefix(GoString s, GoString prefix) {
    return s.len >= prefix.len &&
           (prefix.len == 0 || memcmp(s.ptr, prefix.ptr, (size_t)prefix.len) == 0);
}

GoBool strings__HasSuffix(GoString s, GoString suffix) {
    return s.len >= suffix.len &&
           (suffix.len == 0 ||
            memcmp(s.ptr + s.len - suffix.len, suffix.ptr, (size_t)suffix.len) == 0);
}

/* Non-overlapping occurrences; an empty substr matches around every rune. */
GoInt strings__Count(GoString s, GoString substr) {
    if (substr.len == 0)
        return unicode_utf8__RuneCountInString(s) + 1;
    GoInt n = 0;
    for (;;) {
        GoInt i = strings__Index(s, substr);
        if (i < 0)
            return n;
        n++;
        s = sub(s, i + substr.len, s.len);
    }
}

GoInt strings__Compare(GoString a, GoString b) {
    int c = rt_string_cmp(a, b);
    return c < 0 ? -1 : c > 0;
}

Tuple_GoString_GoString_GoBool strings__Cut(GoString s, GoString sep) {
    GoInt i = strings__Index(s, sep);
    if (i >= 0)
        return (Tuple_GoString_GoString_GoBool){sub(s, 0, i), sub(s, i + sep.len, s.len), true};
    return (Tuple_GoString_GoString_GoBool){s, empty_string(), false};
}

/* Unicode simple case folding, rune by rune: r matches t when t is in r's
 * SimpleFold orbit. */
static bool runes_fold_equal(int32_t r, int32_t t) {
    if (r == t)
        return true;
    if (t < r) {
        int32_t x = r;
        r = t;
        t = x;
    }
    if (t < 0x80)
        return r >= 'A' && r <= 'Z' && t == r + 'a' - 'A';
    int32_t f = unicode__SimpleFold(r);
    while (f != r && f < t)
        f = unicode__SimpleFold(f);
    return f == t;
}

GoBool strings__EqualFold(GoString s, GoString t) {
    GoInt i = 0, j = 0;
    while (i < s.len && j < t.len) {
        GoInt ws, wt;
        int32_t r = decode_at(s, i, &ws), tr = decode_at(t, j, &wt);
        if (!runes_fold_equal(r, tr))
            return false;
        i += ws;
        j += wt;
    }
    return i == s.len && j == t.len;
}

/* ---- building new strings ------------------------------------------------ */

GoString strings__Clone(GoString s) {
    if (s.len == 0)
        return empty_string();
    return rt_string_from_bytes(s.ptr, s.len);
}

GoString strings__Join(GoSlice elems, GoString sep) {
    const GoString *e = elems.ptr;
    if (elems.len == 0)
        return empty_string();
    if (elems.len == 1)
        return e[0];
    RtBuf b;
    rt_buf_init(&b);
    for (GoInt i = 0; i < elems.len; i++) {
        if (i > 0 && sep.len)
            rt_buf_write(&b, sep.ptr, (size_t)sep.len);
        if (e[i].len)
            rt_buf_write(&b, e[i].ptr, (size_t)e[i].len);
    }
    return rt_buf_string(&b);
}

GoString strings__Repeat(GoString s, GoInt count) {
    if (count == 0)
        return empty_string();
    if (count < 0)
        rt_panic_string(RT_STR("strings: negative Repeat count"));
    GoInt total;
    if (__builtin_mul_overflow(s.len, count, &total))
        rt_panic_string(RT_STR("strings: Repeat count causes overflow"));
    if (total == 0)
        return empty_string();
    uint8_t *p = rt_alloc_atomic((size_t)total);
    for (GoInt i = 0; i < count; i++)
        memcpy(p + i * s.len, s.ptr, (size_t)s.len);
    return (GoString){p, total};
}

/* A rune mapping with its context; a negative result drops the rune. */
typedef int32_t (*RuneMap)(void *ctx, int32_t r);

/* Go's Map: each rune (an invalid byte is U+FFFD) replaced by its image,
 * encoded (an invalid image as U+FFFD).  Unchanged input comes back as is. */
static GoString map_runes(GoString s, RuneMap map, void *ctx) {
    RtBuf b;
    rt_buf_init(&b);
    bool changed = false;
    for (GoInt i = 0, w; i < s.len; i += w) {
        int32_t c = decode_at(s, i, &w);
        int32_t r = map(ctx, c);
        if (r != c || (c == RT_RUNE_ERROR && w == 1))
            changed = true;
        if (r >= 0)
            rt_buf_put_rune(&b, r);
    }
    return changed ? rt_buf_string(&b) : s;
}

static int32_t map_go_func(void *ctx, int32_t r) {
    GoFunc *f = rt_nilcheck(ctx);
    return ((GoInt32(*)(void *, GoInt32))f->fn)(f, r);
}

static int32_t map_upper(void *ctx, int32_t r) {
    (void)ctx;
    return unicode__ToUpper(r);
}

static int32_t map_lower(void *ctx, int32_t r) {
    (void)ctx;
    return unicode__ToLower(r);
}

static int32_t map_title(void *ctx, int32_t r) {
    (void)ctx;
    return unicode__ToTitle(r);
}

GoString strings__Map(GoFunc *mapping, GoString s) {
    return map_runes(s, map_go_func, mapping);
}

GoString strings__ToUpper(GoString s) {
    return map_runes(s, map_upper, NULL);
}

GoString strings__ToLower(GoString s) {
    return map_runes(s, map_lower, NULL);
}

GoString strings__ToTitle(GoString s) {
    return map_runes(s, map_title, NULL);
}

/* Title's word boundaries: ASCII letters, digits and '_' are inside words,
 * other ASCII separates; beyond ASCII letters and digits are inside words
 * and spaces separate. */
static bool is_separator(int32_t r) {
    if (r >= 0 && r <= 0x7F) {
        return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
                 r == '_');
    }
    if (unicode__IsLetter(r) || unicode__IsDigit(r))
        return false;
    return unicode__IsSpace(r);
}

/* Title maps with a state: the previous rune. */
static int32_t map_title_word(void *ctx, int32_t r) {
    int32_t *prev = ctx;
    bool start = is_separator(*prev);
    *prev = r;
    return start ? unicode__ToTitle(r) : r;
}

GoString strings__Title(GoString s) {
    int32_t prev = ' ';
    return map_runes(s, map_title_word, &prev);
}

/* Each run of invalid bytes becomes one copy of replacement. */
GoString strings__ToValidUTF8(GoString s, GoString replacement) {
    RtBuf b;
    rt_buf_init(&b);
    bool in_invalid = false;
    for (GoInt i = 0, w; i < s.len; i += w) {
        int32_t r = decode_at(s, i, &w);
        if (r == RT_RUNE_ERROR && w == 1) {
            if (!in_invalid && replacement.len)
                rt_buf_write(&b, replacement.ptr, (size_t)replacement.len);
            in_invalid = true;
            continue;
        }
        in_invalid = false;
        rt_buf_write(&b, s.ptr + i, (size_t)w);
    }
    return rt_buf_string(&b);
}

/* Replaces the first n (all if n < 0) non-overlapping olds; an empty old
 * matches at the start and after each rune. */
GoString strings__Replace(GoString s, GoString old, GoString new_, GoInt n) {
    if (rt_string_eq(old, new_) || n == 0)
        return s;
    GoInt m = strings__Count(s, old);
    if (m == 0)
        return s;
    if (n < 0 || m < n)
        n = m;
    RtBuf b;
    rt_buf_init(&b);
    GoInt start = 0;
    for (GoInt i = 0; i < n; i++) {
        GoInt j = start;
        if (old.len == 0) {
            if (i > 0) {
                GoInt w;
                decode_at(s, start, &w);
                j += w;
            }
        } else {
            j += strings__Index(sub(s, start, s.len), old);
        }
        rt_buf_write(&b, s.ptr + start, (size_t)(j - start));
        if (new_.len)
            rt_buf_write(&b, new_.ptr, (size_t)new_.len);
        start = j + old.len;
    }
    if (start < s.len)
        rt_buf_write(&b, s.ptr + start, (size_t)(s.len - start));
    return rt_buf_string(&b);
}

GoString strings__ReplaceAll(GoString s, GoString old, GoString new_) {
    return strings__Replace(s, old, new_, -1);
}

/* ---- splitting -------------------------------------------------------------- */

/* s cut into its UTF-8 sequences, at most n pieces (all if n < 0), the
 * last holding the rest.  Go's strings package turns each invalid byte
 * into "\uFFFD" (bytes keeps it: raw). */
static GoSlice explode(GoString s, GoInt n, bool raw) {
    GoInt l = unicode_utf8__RuneCountInString(s);
    if (n < 0 || n > l)
        n = l;
    GoSlice a = new_strings(n);
    GoString *e = a.ptr;
    for (GoInt i = 0; i < n - 1; i++) {
        GoInt w;
        int32_t r = decode_at(s, 0, &w);
        e[i] = r == RT_RUNE_ERROR && !raw ? RT_STR("\xef\xbf\xbd") : sub(s, 0, w);
        s = sub(s, w, s.len);
    }
    if (n > 0)
        e[n - 1] = s;
    return a;
}

/* Split, SplitAfter (keep = len(sep)) and their N forms; raw as explode.
 * bytes.c calls it too. */
GoSlice rt_lib_strings_gen_split(GoString s, GoString sep, GoInt keep, GoInt n, bool raw) {
    if (n == 0)
        return (GoSlice){NULL, 0, 0};
    if (sep.len == 0)
        return explode(s, n, raw);
    if (n < 0)
        n = strings__Count(s, sep) + 1;
    if (n > s.len + 1)
        n = s.len + 1;
    GoSlice a = new_strings(n);
    GoString *e = a.ptr;
    GoInt i = 0;
    for (; i < n - 1; i++) {
        GoInt m = strings__Index(s, sep);
        if (m < 0)
            break;
        e[i] = sub(s, 0, m + keep);
        s = sub(s, m + sep.len, s.len);
    }
    e[i] = s;
    a.len = i + 1;
    return a;
}

static GoSlice gen_split(GoString s, GoString sep, GoInt keep, GoInt n) {
    return rt_lib_strings_gen_split(s, sep, keep, n, false);
}

GoSlice strings__Split(GoString s, GoString sep) {
    return gen_split(s, sep, 0, -1);
}

GoSlice strings__SplitN(GoString s, GoString sep, GoInt n) {
    return gen_split(s, sep, 0, n);
}

GoSlice strings__SplitAfter(GoString s, GoString sep) {
    return gen_split(s, sep, sep.len, -1);
}

GoSlice strings__SplitAfterN(GoString s, GoString sep, GoInt n) {
    return gen_split(s, sep, sep.len, n);
}

/* The maximal runs of runes not satisfying pred. */
static GoSlice fields_by(GoString s, RunePred pred, const void *ctx) {
    GoInt count = 0;
    bool in_field = false;
    for (GoInt i = 0, w; i < s.len; i += w) {
        bool sep = pred(ctx, decode_at(s, i, &w));
        if (!sep && !in_field)
            count++;
        in_field = !sep;
    }
    GoSlice a = new_strings(count);
    GoString *e = a.ptr;
    GoInt k = 0, start = -1;
    for (GoInt i = 0, w; i < s.len; i += w) {
        bool sep = pred(ctx, decode_at(s, i, &w));
        if (sep && start >= 0) {
            e[k++] = sub(s, start, i);
            start = -1;
        } else if (!sep && start < 0) {
            start = i;
        }
    }
    if (start >= 0)
        e[k++] = sub(s, start, s.len);
    return a;
}

GoSlice strings__Fields(GoString s) {
    return fields_by(s, pred_is_space, NULL);
}

/* Go's FieldsFunc calls f once per rune and then slices; calling it twice
 * per rune (count, then fill) would be visible to a stateful f, so this
 * collects the field bounds in one pass. */
GoSlice strings__FieldsFunc(GoString s, GoFunc *f) {
    GoInt cap = 8, k = 0, start = -1;
    GoInt *bounds = rt_alloc_atomic((size_t)cap * 2 * sizeof(GoInt));
    for (GoInt i = 0, w; i <= s.len; i += w) {
        bool sep = true;
        w = 1;
        if (i < s.len)
            sep = call_go_pred(f, decode_at(s, i, &w));
        if (sep && start >= 0) {
            if (k == cap) {
                GoInt *nb = rt_alloc_atomic((size_t)cap * 4 * sizeof(GoInt));
                memcpy(nb, bounds, (size_t)cap * 2 * sizeof(GoInt));
                bounds = nb;
                cap *= 2;
            }
            bounds[2 * k] = start;
            bounds[2 * k + 1] = i;
            k++;
            start = -1;
        } else if (!sep && start < 0) {
            start = i;
        }
    }
    GoSlice a = new_strings(k);
    for (GoInt j = 0; j < k; j++)
        ((GoString *)a.ptr)[j] = sub(s, bounds[2 * j], bounds[2 * j + 1]);
    return a;
}

/* ---- trimming ------------------------------------------------------------------ */

static GoString trim_left_pred(GoString s, RunePred pred, const void *ctx) {
    GoInt i = index_pred(s, pred, ctx, false);
    return i < 0 ? sub(s, s.len, s.len) : sub(s, i, s.len);
}

static GoString trim_right_pred(GoString s, RunePred pred, const void *ctx) {
    GoInt i = last_index_pred(s, pred, ctx, false);
    if (i < 0)
        return sub(s, 0, 0);
    GoInt w;
    decode_at(s, i, &w);
    return sub(s, 0, i + w);
}

GoString strings__TrimLeftFunc(GoString s, GoFunc *f) {
    return trim_left_pred(s, call_go_pred, f);
}

GoString strings__TrimRightFunc(GoString s, GoFunc *f) {
    return trim_right_pred(s, call_go_pred, f);
}

GoString strings__TrimFunc(GoString s, GoFunc *f) {
    return trim_right_pred(trim_left_pred(s, call_go_pred, f), call_go_pred, f);
}

GoString strings__TrimSpace(GoString s) {
    return trim_right_pred(trim_left_pred(s, pred_is_space, NULL), pred_is_space, NULL);
}

GoString strings__TrimLeft(GoString s, GoString cutset) {
    if (s.len == 0 || cutset.len == 0)
        return s;
    return trim_left_pred(s, pred_in_set, &cutset);
}

GoString strings__TrimRight(GoString s, GoString cutset) {
    if (s.len == 0 || cutset.len == 0)
        return s;
    return trim_right_pred(s, pred_in_set, &cutset);
}

GoString strings__Trim(GoString s, GoString cutset) {
    return strings__TrimRight(strings__TrimLeft(s, cutset), cutset);
}

GoString strings__TrimPrefix(GoString s, GoString prefix) {
    return strings__HasPrefix(s, prefix) ? sub(s, prefix.len, s.len) : s;
}

GoString strings__TrimSuffix(GoString s, GoString suffix) {
    return strings__HasSuffix(s, suffix) ? sub(s, 0, s.len - suffix.len) : s;
}

/* ---- Builder ------------------------------------------------------------------- *
 * buf grows as append grows a slice (rt_append_slice), except where Go's
 * Builder grows it itself (Grow, WriteRune): to 2*cap + n. */

static void builder_grow(strings__Builder *b, GoInt n) {
    GoInt cap = 2 * b->buf.cap + n;
    uint8_t *p = rt_alloc_atomic((size_t)cap);
    if (b->buf.len)
        memcpy(p, b->buf.ptr, (size_t)b->buf.len);
    b->buf = (GoSlice){p, b->buf.len, cap};
}

static void builder_append(strings__Builder *b, const void *p, GoInt n) {
    if (n > 0)
        b->buf = rt_append_slice(&rt_type_uint8, b->buf, p, n);
}

GoInt strings__Builder__Len(strings__Builder *b) {
    return rt_nilcheck(b) ? b->buf.len : 0;
}

GoInt strings__Builder__Cap(strings__Builder *b) {
    return rt_nilcheck(b) ? b->buf.cap : 0;
}

void strings__Builder__Reset(strings__Builder *b) {
    rt_nilcheck(b);
    b->buf = (GoSlice){NULL, 0, 0};
}

/* The bytes are shared, not copied: the Builder only ever appends, so the
 * bytes a String result covers never change. */
GoString strings__Builder__String(strings__Builder *b) {
    rt_nilcheck(b);
    return (GoString){b->buf.ptr, b->buf.len};
}

void strings__Builder__Grow(strings__Builder *b, GoInt n) {
    rt_nilcheck(b);
    if (n < 0)
        rt_panic_string(RT_STR("strings.Builder.Grow: negative count"));
    if (b->buf.cap - b->buf.len < n)
        builder_grow(b, n);
}

Tuple_GoInt_GoEface strings__Builder__Write(strings__Builder *b, GoSlice p) {
    rt_nilcheck(b);
    builder_append(b, p.ptr, p.len);
    return (Tuple_GoInt_GoEface){p.len, {NULL, NULL}};
}

GoEface strings__Builder__WriteByte(strings__Builder *b, GoUint8 c) {
    rt_nilcheck(b);
    builder_append(b, &c, 1);
    return (GoEface){NULL, NULL};
}

/* A "rune" below 0x80 as uint32 is one byte; anything else (including
 * negative runes, which encode as U+FFFD) goes through EncodeRune. */
Tuple_GoInt_GoEface strings__Builder__WriteRune(strings__Builder *b, GoInt32 r) {
    rt_nilcheck(b);
    if ((uint32_t)r < 0x80) {
        uint8_t c = (uint8_t)r;
        builder_append(b, &c, 1);
        return (Tuple_GoInt_GoEface){1, {NULL, NULL}};
    }
    if (b->buf.cap - b->buf.len < RT_UTF_MAX)
        builder_grow(b, RT_UTF_MAX);
    int n = rt_utf8_encode((uint8_t *)b->buf.ptr + b->buf.len, r);
    b->buf.len += n;
    return (Tuple_GoInt_GoEface){n, {NULL, NULL}};
}

Tuple_GoInt_GoEface strings__Builder__WriteString(strings__Builder *b, GoString s) {
    rt_nilcheck(b);
    builder_append(b, s.ptr, s.len);
    return (Tuple_GoInt_GoEface){s.len, {NULL, NULL}};
}

/* ---- Reader --------------------------------------------------------------------- */

static GoEface new_error(const char *msg) {
    return errors__New((GoString){(const uint8_t *)msg, (GoInt)strlen(msg)});
}

static const GoEface no_error = {NULL, NULL};

strings__Reader *strings__NewReader(GoString s) {
    strings__Reader *r = rt_alloc(sizeof *r);
    *r = (strings__Reader){s, 0, -1};
    return r;
}

void strings__Reader__Reset(strings__Reader *r, GoString s) {
    *(strings__Reader *)rt_nilcheck(r) = (strings__Reader){s, 0, -1};
}

GoInt strings__Reader__Len(strings__Reader *r) {
    rt_nilcheck(r);
    return r->i >= r->s.len ? 0 : r->s.len - r->i;
}

GoInt64 strings__Reader__Size(strings__Reader *r) {
    return ((strings__Reader *)rt_nilcheck(r))->s.len;
}

/* copy(dst, s[from:]): how many bytes went. */
static GoInt copy_out(GoSlice dst, GoString s, GoInt64 from) {
    GoInt n = s.len - from < dst.len ? s.len - from : dst.len;
    if (n > 0)
        memcpy(dst.ptr, s.ptr + from, (size_t)n);
    return n;
}

Tuple_GoInt_GoEface strings__Reader__Read(strings__Reader *r, GoSlice b) {
    rt_nilcheck(r);
    if (r->i >= r->s.len)
        return (Tuple_GoInt_GoEface){0, io__EOF};
    r->prevRune = -1;
    GoInt n = copy_out(b, r->s, r->i);
    r->i += n;
    return (Tuple_GoInt_GoEface){n, no_error};
}

Tuple_GoInt_GoEface strings__Reader__ReadAt(strings__Reader *r, GoSlice b, GoInt64 off) {
    rt_nilcheck(r);
    if (off < 0)
        return (Tuple_GoInt_GoEface){0, new_error("strings.Reader.ReadAt: negative offset")};
    if (off >= r->s.len)
        return (Tuple_GoInt_GoEface){0, io__EOF};
    GoInt n = copy_out(b, r->s, off);
    return (Tuple_GoInt_GoEface){n, n < b.len ? io__EOF : no_error};
}

Tuple_GoUint8_GoEface strings__Reader__ReadByte(strings__Reader *r) {
    rt_nilcheck(r);
    r->prevRune = -1;
    if (r->i >= r->s.len)
        return (Tuple_GoUint8_GoEface){0, io__EOF};
    return (Tuple_GoUint8_GoEface){r->s.ptr[r->i++], no_error};
}

GoEface strings__Reader__UnreadByte(strings__Reader *r) {
    rt_nilcheck(r);
    if (r->i <= 0)
        return new_error("strings.Reader.UnreadByte: at beginning of string");
    r->prevRune = -1;
    r->i--;
    return no_error;
}

Tuple_GoInt32_GoInt_GoEface strings__Reader__ReadRune(strings__Reader *r) {
    rt_nilcheck(r);
    if (r->i >= r->s.len) {
        r->prevRune = -1;
        return (Tuple_GoInt32_GoInt_GoEface){0, 0, io__EOF};
    }
    r->prevRune = r->i;
    GoInt w;
    int32_t c = decode_at(r->s, r->i, &w);
    r->i += w;
    return (Tuple_GoInt32_GoInt_GoEface){c, w, no_error};
}

GoEface strings__Reader__UnreadRune(strings__Reader *r) {
    rt_nilcheck(r);
    if (r->i <= 0)
        return new_error("strings.Reader.UnreadRune: at beginning of string");
    if (r->prevRune < 0)
        return new_error("strings.Reader.UnreadRune: previous operation was not ReadRune");
    r->i = r->prevRune;
    r->prevRune = -1;
    return no_error;
}

/* whence: io.SeekStart, SeekCurrent, SeekEnd (0, 1, 2).  Seeking past the
 * end is allowed (reads then return EOF). */
Tuple_GoInt64_GoEface strings__Reader__Seek(strings__Reader *r, GoInt64 offset, GoInt whence) {
    rt_nilcheck(r);
    r->prevRune = -1;
    GoInt64 base;
    switch (whence) {
    case 0: base = 0; break;
    case 1: base = r->i; break;
    case 2: base = r->s.len; break;
    default:
        return (Tuple_GoInt64_GoEface){0, new_error("strings.Reader.Seek: invalid whence")};
    }
    GoInt64 abs = (GoInt64)((uint64_t)base + (uint64_t)offset);  /* wraps as Go's */
    if (abs < 0)
        return (Tuple_GoInt64_GoEface){0, new_error("strings.Reader.Seek: negative position")};
    r->i = abs;
    return (Tuple_GoInt64_GoEface){abs, no_error};
}

Tuple_GoInt64_GoEface strings__Reader__WriteTo(strings__Reader *r, GoEface w) {
    rt_nilcheck(r);
    r->prevRune = -1;
    if (r->i >= r->s.len)
        return (Tuple_GoInt64_GoEface){0, no_error};
    GoString s = sub(r->s, r->i, r->s.len);
    Tuple_GoInt_GoEface res = io__WriteString(w, s);
    if (res.r0 > s.len)
        rt_panic_string(RT_STR("strings.Reader.WriteTo: invalid WriteString count"));
    r->i += res.r0;
    GoEface err = res.r1;
    if (res.r0 != s.len && err.type == NULL)
        err = io__ErrShortWrite;
    return (Tuple_GoInt64_GoEface){res.r0, err};
}

/* ---- Replacer ------------------------------------------------------------------ *
 * Go picks among several algorithms, all with one meaning: scanning left to
 * right, at each position the first pair (in argument order) whose old
 * string starts there is replaced and the scan resumes after it; an empty
 * old string matches at a position only if no replacement was just made
 * there by the empty old string itself. */

strings__Replacer *strings__NewReplacer(GoSlice oldnew) {
    if (oldnew.len % 2 == 1)
        rt_panic_string(RT_STR("strings.NewReplacer: odd argument count"));
    GoSlice pairs = new_strings(oldnew.len);
    if (oldnew.len)
        memcpy(pairs.ptr, oldnew.ptr, (size_t)oldnew.len * sizeof(GoString));
    strings__Replacer *r = rt_alloc(sizeof *r);
    r->oldnew = pairs;
    return r;
}

/* The first pair whose old string is a prefix of s[i:], or -1. */
static GoInt replacer_match(const strings__Replacer *r, GoString s, GoInt i, bool skip_empty) {
    const GoString *p = r->oldnew.ptr;
    GoString rest = sub(s, i, s.len);
    for (GoInt k = 0; k < r->oldnew.len; k += 2) {
        if (p[k].len == 0 && skip_empty)
            continue;
        if (strings__HasPrefix(rest, p[k]))
            return k;
    }
    return -1;
}

GoString strings__Replacer__Replace(strings__Replacer *r, GoString s) {
    rt_nilcheck(r);
    const GoString *p = r->oldnew.ptr;
    RtBuf b;
    rt_buf_init(&b);
    GoInt last = 0;
    bool prev_empty = false;
    for (GoInt i = 0; i <= s.len;) {
        GoInt k = replacer_match(r, s, i, prev_empty);
        prev_empty = k >= 0 && p[k].len == 0;
        if (k < 0) {
            i++;
            continue;
        }
        if (i > last)
            rt_buf_write(&b, s.ptr + last, (size_t)(i - last));
        if (p[k + 1].len)
            rt_buf_write(&b, p[k + 1].ptr, (size_t)p[k + 1].len);
        i += p[k].len;
        last = i;
    }
    if (last < s.len)
        rt_buf_write(&b, s.ptr + last, (size_t)(s.len - last));
    return rt_buf_string(&b);
}

Tuple_GoInt_GoEface strings__Replacer__WriteString(strings__Replacer *r, GoEface w, GoString s) {
    return io__WriteString(w, strings__Replacer__Replace(r, s));
}
