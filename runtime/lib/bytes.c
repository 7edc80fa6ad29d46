/*
 * bytes.c — package bytes: the functions on []byte and Buffer.
 *
 * The functions share strings.c's code: a []byte is viewed as a string
 * (same pointer and length, no copy), the strings function runs on it, and
 * the answer is turned back into Go's bytes result:
 *   - a substring (strings.c returns substrings that point into their
 *     argument) becomes the subslice at the same offset, with the capacity
 *     Go gives it (Split and Fields cap each piece at its length);
 *   - a new string is copied into a new slice, since the caller may modify
 *     the slice and strings.c may hand back its argument unchanged;
 *   - where Go 1.19 returns nil rather than an empty slice (TrimLeft,
 *     TrimSpace... when everything is trimmed), so does this file, since a
 *     program can test `== nil`.
 */
#include "lib.h"

#include <string.h>

#include "../rt_internal.h"

#ifndef GO2C_TUPLE_GoString_GoString_GoBool
#define GO2C_TUPLE_GoString_GoString_GoBool
typedef struct { GoString r0; GoString r1; GoBool r2; } Tuple_GoString_GoString_GoBool;
#endif
#ifndef GO2C_TUPLE_GoSlice_GoSlice_GoBool
#define GO2C_TUPLE_GoSlice_GoSlice_GoBool
typedef struct { GoSlice r0; GoSlice r1; GoBool r2; } Tuple_GoSlice_GoSlice_GoBool;
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

/* From strings.c (the ones lib.h does not already declare). */
GoInt strings__Compare(GoString a, GoString b);
GoBool strings__ContainsAny(GoString s, GoString chars);
GoBool strings__ContainsRune(GoString s, GoInt32 r);
GoInt strings__Count(GoString s, GoString substr);
Tuple_GoString_GoString_GoBool strings__Cut(GoString s, GoString sep);
GoBool strings__EqualFold(GoString s, GoString t);
GoSlice strings__FieldsFunc(GoString s, GoFunc *f);
GoBool strings__HasSuffix(GoString s, GoString suffix);
GoInt strings__IndexAny(GoString s, GoString chars);
GoInt strings__IndexFunc(GoString s, GoFunc *f);
GoInt strings__IndexRune(GoString s, GoInt32 r);
GoInt strings__LastIndex(GoString s, GoString substr);
GoInt strings__LastIndexAny(GoString s, GoString chars);
GoInt strings__LastIndexByte(GoString s, GoUint8 c);
GoInt strings__LastIndexFunc(GoString s, GoFunc *f);
GoString strings__Map(GoFunc *mapping, GoString s);
GoString strings__Replace(GoString s, GoString old, GoString new_, GoInt n);
/* strings.c's splitter; raw keeps invalid bytes as they are. */
GoSlice rt_lib_strings_gen_split(GoString s, GoString sep, GoInt keep, GoInt n, bool raw);
GoString strings__Title(GoString s);
GoString strings__ToTitle(GoString s);
GoString strings__ToValidUTF8(GoString s, GoString replacement);
GoString strings__Trim(GoString s, GoString cutset);
GoString strings__TrimLeft(GoString s, GoString cutset);
GoString strings__TrimRight(GoString s, GoString cutset);
GoString strings__TrimFunc(GoString s, GoFunc *f);
GoString strings__TrimLeftFunc(GoString s, GoFunc *f);
GoString strings__TrimRightFunc(GoString s, GoFunc *f);
GoString strings__TrimPrefix(GoString s, GoString prefix);
GoString strings__TrimSuffix(GoString s, GoString suffix);

static const GoSlice nil_slice = {NULL, 0, 0};
static const GoEface no_error = {NULL, NULL};

/* ---- between []byte and strings.c's strings -------------------------------- */

static GoString view(GoSlice b) {
    return (GoString){(const uint8_t *)b.ptr, b.len};
}

/* The subslice of b that strings.c's substring r of view(b) covers; its
 * capacity runs to the end of b's. */
static GoSlice subslice(GoSlice b, GoString r) {
    if (b.ptr == NULL || r.ptr == NULL)
        return (GoSlice){b.ptr, 0, b.cap};
    GoInt off = r.ptr - (const uint8_t *)b.ptr;
    return (GoSlice){(uint8_t *)b.ptr + off, r.len, b.cap - off};
}

/* subslice, but nil when empty (Go's TrimLeft family). */
static GoSlice subslice_or_nil(GoSlice b, GoString r) {
    return r.len == 0 ? nil_slice : subslice(b, r);
}

/* A new slice holding s's bytes (never nil). */
static GoSlice to_bytes(GoString s) {
    uint8_t *p = rt_alloc_atomic(s.len > 0 ? (size_t)s.len : 1);
    if (s.len)
        memcpy(p, s.ptr, (size_t)s.len);
    return (GoSlice){p, s.len, s.len};
}

/* strings.c's []string of substrings of view(b) as a [][]byte; each piece
 * but the last (or every piece, for Fields) capped at its length. */
static GoSlice pieces_to_slices(GoSlice b, GoSlice pieces, bool cap_last) {
    if (pieces.ptr == NULL)
        return nil_slice;
    GoSlice out = {rt_alloc(pieces.len > 0 ? (size_t)pieces.len * sizeof(GoSlice) : 1),
                   pieces.len, pieces.len};
    const GoString *p = pieces.ptr;
    GoSlice *o = out.ptr;
    for (GoInt i = 0; i < pieces.len; i++) {
        o[i] = subslice(b, p[i]);
        if (cap_last || i < pieces.len - 1)
            o[i].cap = o[i].len;
    }
    return out;
}

/* ---- functions ----------------------------------------------------------------- */

GoInt bytes__Compare(GoSlice a, GoSlice b) {
    return strings__Compare(view(a), view(b));
}

GoBool bytes__Equal(GoSlice a, GoSlice b) {
    return rt_string_eq(view(a), view(b));
}

GoBool bytes__EqualFold(GoSlice s, GoSlice t) {
    return strings__EqualFold(view(s), view(t));
}

GoBool bytes__Contains(GoSlice b, GoSlice sub) {
    return strings__Index(view(b), view(sub)) >= 0;
}

GoBool bytes__ContainsAny(GoSlice b, GoString chars) {
    return strings__ContainsAny(view(b), chars);
}

GoBool bytes__ContainsRune(GoSlice b, GoInt32 r) {
    return strings__ContainsRune(view(b), r);
}

GoInt bytes__Count(GoSlice s, GoSlice sep) {
    return strings__Count(view(s), view(sep));
}

GoBool bytes__HasPrefix(GoSlice s, GoSlice prefix) {
    return strings__HasPrefix(view(s), view(prefix));
}

GoBool bytes__HasSuffix(GoSlice s, GoSlice suffix) {
    return strings__HasSuffix(view(s), view(suffix));
}

GoInt bytes__Index(GoSlice s, GoSlice sep) {
    return strings__Index(view(s), view(sep));
}

GoInt bytes__IndexAny(GoSlice s, GoString chars) {
    return strings__IndexAny(view(s), chars);
}

GoInt bytes__IndexByte(GoSlice b, GoUint8 c) {
    return strings__IndexByte(view(b), c);
}

GoInt bytes__IndexFunc(GoSlice s, GoFunc *f) {
    return strings__IndexFunc(view(s), f);
}

GoInt bytes__IndexRune(GoSlice s, GoInt32 r) {
    return strings__IndexRune(view(s), r);
}

GoInt bytes__LastIndex(GoSlice s, GoSlice sep) {
    return strings__LastIndex(view(s), view(sep));
}

GoInt bytes__LastIndexAny(GoSlice s, GoString chars) {
    return strings__LastIndexAny(view(s), chars);
}

GoInt bytes__LastIndexByte(GoSlice s, GoUint8 c) {
    return strings__LastIndexByte(view(s), c);
}

GoInt bytes__LastIndexFunc(GoSlice s, GoFunc *f) {
    return strings__LastIndexFunc(view(s), f);
}

Tuple_GoSlice_GoSlice_GoBool bytes__Cut(GoSlice s, GoSlice sep) {
    Tuple_GoString_GoString_GoBool t = strings__Cut(view(s), view(sep));
    if (!t.r2)
        return (Tuple_GoSlice_GoSlice_GoBool){s, nil_slice, false};
    return (Tuple_GoSlice_GoSlice_GoBool){subslice(s, t.r0), subslice(s, t.r1), true};
}

/* Join copies even a single element: the result never aliases s. */
GoSlice bytes__Join(GoSlice s, GoSlice sep) {
    const GoSlice *e = s.ptr;
    RtBuf b;
    rt_buf_init(&b);
    for (GoInt i = 0; i < s.len; i++) {
        if (i > 0 && sep.len)
            rt_buf_write(&b, sep.ptr, (size_t)sep.len);
        if (e[i].len)
            rt_buf_write(&b, e[i].ptr, (size_t)e[i].len);
    }
    return to_bytes(rt_buf_string(&b));
}

GoSlice bytes__Repeat(GoSlice b, GoInt count) {
    return to_bytes(strings__Repeat(view(b), count));
}

GoSlice bytes__Map(GoFunc *mapping, GoSlice s) {
    return to_bytes(strings__Map(mapping, view(s)));
}

GoSlice bytes__ToUpper(GoSlice s) {
    return to_bytes(strings__ToUpper(view(s)));
}

GoSlice bytes__ToLower(GoSlice s) {
    return to_bytes(strings__ToLower(view(s)));
}

GoSlice bytes__ToTitle(GoSlice s) {
    return to_bytes(strings__ToTitle(view(s)));
}

GoSlice bytes__Title(GoSlice s) {
    return to_bytes(strings__Title(view(s)));
}

GoSlice bytes__ToValidUTF8(GoSlice s, GoSlice replacement) {
    return to_bytes(strings__ToValidUTF8(view(s), view(replacement)));
}

GoSlice bytes__Replace(GoSlice s, GoSlice old, GoSlice new_, GoInt n) {
    return to_bytes(strings__Replace(view(s), view(old), view(new_), n));
}

GoSlice bytes__ReplaceAll(GoSlice s, GoSlice old, GoSlice new_) {
    return bytes__Replace(s, old, new_, -1);
}

GoSlice bytes__Runes(GoSlice s) {
    return rt_string_to_runes(view(s));
}

static GoSlice split(GoSlice s, GoSlice sep, GoInt keep, GoInt n) {
    return pieces_to_slices(s, rt_lib_strings_gen_split(view(s), view(sep), keep, n, true), false);
}

GoSlice bytes__Split(GoSlice s, GoSlice sep) {
    return split(s, sep, 0, -1);
}

GoSlice bytes__SplitN(GoSlice s, GoSlice sep, GoInt n) {
    return split(s, sep, 0, n);
}

GoSlice bytes__SplitAfter(GoSlice s, GoSlice sep) {
    return split(s, sep, sep.len, -1);
}

GoSlice bytes__SplitAfterN(GoSlice s, GoSlice sep, GoInt n) {
    return split(s, sep, sep.len, n);
}

GoSlice bytes__Fields(GoSlice s) {
    return pieces_to_slices(s, strings__Fields(view(s)), true);
}

GoSlice bytes__FieldsFunc(GoSlice s, GoFunc *f) {
    return pieces_to_slices(s, strings__FieldsFunc(view(s), f), true);
}

GoSlice bytes__Trim(GoSlice s, GoString cutset) {
    if (s.len == 0)
        return nil_slice;
    if (cutset.len == 0)
        return s;
    return subslice_or_nil(s, strings__Trim(view(s), cutset));
}

GoSlice bytes__TrimLeft(GoSlice s, GoString cutset) {
    if (s.len == 0)
        return nil_slice;
    if (cutset.len == 0)
        return s;
    return subslice_or_nil(s, strings__TrimLeft(view(s), cutset));
}

GoSlice bytes__TrimRight(GoSlice s, GoString cutset) {
    return subslice(s, strings__TrimRight(view(s), cutset));
}

GoSlice bytes__TrimSpace(GoSlice s) {
    return subslice_or_nil(s, strings__TrimSpace(view(s)));
}

GoSlice bytes__TrimFunc(GoSlice s, GoFunc *f) {
    return subslice_or_nil(s, strings__TrimFunc(view(s), f));
}

GoSlice bytes__TrimLeftFunc(GoSlice s, GoFunc *f) {
    return subslice_or_nil(s, strings__TrimLeftFunc(view(s), f));
}

GoSlice bytes__TrimRightFunc(GoSlice s, GoFunc *f) {
    return subslice(s, strings__TrimRightFunc(view(s), f));
}

GoSlice bytes__TrimPrefix(GoSlice s, GoSlice prefix) {
    return subslice(s, strings__TrimPrefix(view(s), view(prefix)));
}

GoSlice bytes__TrimSuffix(GoSlice s, GoSlice suffix) {
    return subslice(s, strings__TrimSuffix(view(s), view(suffix)));
}

/* ---- Buffer ---------------------------------------------------------------------
 * The unread bytes are buf[off:len(buf)].  Growth follows Go's Buffer so
 * that Cap() agrees: a first small write gets 64 bytes; later, data slides
 * to the front when that frees enough room, else the buffer doubles (at
 * least) through append's size classes.  lastRead records the last read
 * for the Unread methods: -1 any read, 0 none, 1..4 a rune of that size. */

enum { SMALL_BUFFER = 64, OP_READ = -1, OP_INVALID = 0 };

static GoInt buffer_len(const bytes__Buffer *b) {
    return b->buf.len - b->off;
}

static uint8_t *buffer_bytes(const bytes__Buffer *b) {
    return b->buf.ptr;
}

/* Room for n more bytes at the end: extends len(buf) by n and returns
 * where they go. */
static GoInt buffer_grow(bytes__Buffer *b, GoInt n) {
    GoInt m = buffer_len(b);
    if (m == 0 && b->off != 0) {
        b->buf.len = 0;               /* Reset */
        b->off = 0;
        b->lastRead = OP_INVALID;
    }
    if (n <= b->buf.cap - b->buf.len) {
        GoInt l = b->buf.len;
        b->buf.len += n;
        return l;
    }
    if (b->buf.ptr == NULL && n <= SMALL_BUFFER) {
        b->buf = (GoSlice){rt_alloc_atomic(SMALL_BUFFER), n, SMALL_BUFFER};
        return 0;
    }
    GoInt c = b->buf.cap;
    if (n <= c / 2 - m) {
        if (m)
            memmove(buffer_bytes(b), buffer_bytes(b) + b->off, (size_t)m);
    } else {
        GoInt want = m + b->off + n;   /* Go: len(buf[off:]) + off + n */
        if (want < 2 * c)
            want = 2 * c;
        GoSlice nb = rt_grow_slice(&rt_type_uint8, nil_slice, want);
        if (m)
            memcpy(nb.ptr, buffer_bytes(b) + b->off, (size_t)m);
        b->buf = nb;
    }
    b->off = 0;
    b->buf.len = m + n;
    return m;
}

bytes__Buffer *bytes__NewBuffer(GoSlice buf) {
    bytes__Buffer *b = rt_alloc(sizeof *b);
    b->buf = buf;
    return b;
}

bytes__Buffer *bytes__NewBufferString(GoString s) {
    return bytes__NewBuffer(rt_string_to_bytes(s));
}

GoSlice bytes__Buffer__Bytes(bytes__Buffer *b) {
    rt_nilcheck(b);
    return (GoSlice){buffer_bytes(b) + b->off, buffer_len(b), b->buf.cap - b->off};
}

/* A nil *Buffer prints as "<nil>", as Go's String says. */
GoString bytes__Buffer__String(bytes__Buffer *b) {
    if (!b)
        return RT_STR("<nil>");
    return rt_string_from_bytes(buffer_bytes(b) + b->off, buffer_len(b));
}

GoInt bytes__Buffer__Len(bytes__Buffer *b) {
    return buffer_len(rt_nilcheck(b));
}

GoInt bytes__Buffer__Cap(bytes__Buffer *b) {
    return ((bytes__Buffer *)rt_nilcheck(b))->buf.cap;
}

void bytes__Buffer__Reset(bytes__Buffer *b) {
    rt_nilcheck(b);
    b->buf.len = 0;
    b->off = 0;
    b->lastRead = OP_INVALID;
}

void bytes__Buffer__Truncate(bytes__Buffer *b, GoInt n) {
    rt_nilcheck(b);
    if (n == 0) {
        bytes__Buffer__Reset(b);
        return;
    }
    b->lastRead = OP_INVALID;
    if (n < 0 || n > buffer_len(b))
        rt_panic_string(RT_STR("bytes.Buffer: truncation out of range"));
    b->buf.len = b->off + n;
}

void bytes__Buffer__Grow(bytes__Buffer *b, GoInt n) {
    rt_nilcheck(b);
    if (n < 0)
        rt_panic_string(RT_STR("bytes.Buffer.Grow: negative count"));
    GoInt m = buffer_grow(b, n);
    b->buf.len = m;
}

static GoInt buffer_write(bytes__Buffer *b, const void *p, GoInt n) {
    rt_nilcheck(b);
    b->lastRead = OP_INVALID;
    GoInt m = buffer_grow(b, n);
    if (n)
        memcpy(buffer_bytes(b) + m, p, (size_t)n);
    return n;
}

Tuple_GoInt_GoEface bytes__Buffer__Write(bytes__Buffer *b, GoSlice p) {
    return (Tuple_GoInt_GoEface){buffer_write(b, p.ptr, p.len), no_error};
}

Tuple_GoInt_GoEface bytes__Buffer__WriteString(bytes__Buffer *b, GoString s) {
    return (Tuple_GoInt_GoEface){buffer_write(b, s.ptr, s.len), no_error};
}

GoEface bytes__Buffer__WriteByte(bytes__Buffer *b, GoUint8 c) {
    buffer_write(b, &c, 1);
    return no_error;
}

/* As in Go, a rune that is not valid (negative included) is written as
 * U+FFFD; one below 0x80 as a byte. */
Tuple_GoInt_GoEface bytes__Buffer__WriteRune(bytes__Buffer *b, GoInt32 r) {
    if ((uint32_t)r < 0x80) {
        bytes__Buffer__WriteByte(b, (GoUint8)r);
        return (Tuple_GoInt_GoEface){1, no_error};
    }
    rt_nilcheck(b);
    b->lastRead = OP_INVALID;
    GoInt m = buffer_grow(b, RT_UTF_MAX);
    int n = rt_utf8_encode(buffer_bytes(b) + m, r);
    b->buf.len = m + n;
    return (Tuple_GoInt_GoEface){n, no_error};
}

Tuple_GoInt_GoEface bytes__Buffer__Read(bytes__Buffer *b, GoSlice p) {
    rt_nilcheck(b);
    b->lastRead = OP_INVALID;
    if (buffer_len(b) <= 0) {
        bytes__Buffer__Reset(b);
        return (Tuple_GoInt_GoEface){0, p.len == 0 ? no_error : io__EOF};
    }
    GoInt n = buffer_len(b) < p.len ? buffer_len(b) : p.len;
    if (n)
        memcpy(p.ptr, buffer_bytes(b) + b->off, (size_t)n);
    b->off += n;
    if (n > 0)
        b->lastRead = OP_READ;
    return (Tuple_GoInt_GoEface){n, no_error};
}

GoSlice bytes__Buffer__Next(bytes__Buffer *b, GoInt n) {
    rt_nilcheck(b);
    b->lastRead = OP_INVALID;
    if (n > buffer_len(b))
        n = buffer_len(b);
    if (n < 0)
        rt_panic_runtime("slice bounds out of range");
    GoSlice data = {buffer_bytes(b) + b->off, n, b->buf.cap - b->off};
    b->off += n;
    if (n > 0)
        b->lastRead = OP_READ;
    return data;
}

Tuple_GoUint8_GoEface bytes__Buffer__ReadByte(bytes__Buffer *b) {
    rt_nilcheck(b);
    if (buffer_len(b) <= 0) {
        bytes__Buffer__Reset(b);
        return (Tuple_GoUint8_GoEface){0, io__EOF};
    }
    GoUint8 c = buffer_bytes(b)[b->off++];
    b->lastRead = OP_READ;
    return (Tuple_GoUint8_GoEface){c, no_error};
}

Tuple_GoInt32_GoInt_GoEface bytes__Buffer__ReadRune(bytes__Buffer *b) {
    rt_nilcheck(b);
    if (buffer_len(b) <= 0) {
        bytes__Buffer__Reset(b);
        return (Tuple_GoInt32_GoInt_GoEface){0, 0, io__EOF};
    }
    int32_t r;
    int n = rt_utf8_decode(buffer_bytes(b) + b->off, (size_t)buffer_len(b), &r);
    b->off += n;
    b->lastRead = n;
    return (Tuple_GoInt32_GoInt_GoEface){r, n, no_error};
}

GoEface bytes__Buffer__UnreadRune(bytes__Buffer *b) {
    rt_nilcheck(b);
    if (b->lastRead <= OP_INVALID)
        return errors__New(RT_STR(
            "bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune"));
    if (b->off >= b->lastRead)
        b->off -= b->lastRead;
    b->lastRead = OP_INVALID;
    return no_error;
}

/* Go returns one shared error value here; so does this file. */
static GoEface err_unread_byte(void) {
    static GoEface err;
    if (!err.type)
        err = errors__New(RT_STR(
            "bytes.Buffer: UnreadByte: previous operation was not a successful read"));
    return err;
}

GoEface bytes__Buffer__UnreadByte(bytes__Buffer *b) {
    rt_nilcheck(b);
    if (b->lastRead == OP_INVALID)
        return err_unread_byte();
    b->lastRead = OP_INVALID;
    if (b->off > 0)
        b->off--;
    return no_error;
}

/* The unread bytes up to and including delim (all of them and io.EOF when
 * delim is absent), consumed; shares the buffer's bytes. */
static GoSlice read_slice(bytes__Buffer *b, GoUint8 delim, GoEface *err) {
    rt_nilcheck(b);
    GoSlice rest = {buffer_bytes(b) + b->off, buffer_len(b), buffer_len(b)};
    GoInt i = strings__IndexByte(view(rest), delim);
    GoInt end = b->off + i + 1;
    *err = no_error;
    if (i < 0) {
        end = b->buf.len;
        *err = io__EOF;
    }
    GoSlice line = {buffer_bytes(b) + b->off, end - b->off, end - b->off};
    b->off = end;
    b->lastRead = OP_READ;
    return line;
}

Tuple_GoSlice_GoEface bytes__Buffer__ReadBytes(bytes__Buffer *b, GoUint8 delim) {
    GoEface err;
    GoSlice line = read_slice(b, delim, &err);
    return (Tuple_GoSlice_GoEface){line.len ? to_bytes(view(line)) : nil_slice, err};
}

Tuple_GoString_GoEface bytes__Buffer__ReadString(bytes__Buffer *b, GoUint8 delim) {
    GoEface err;
    GoSlice line = read_slice(b, delim, &err);
    return (Tuple_GoString_GoEface){rt_string_from_bytes(line.ptr, line.len), err};
}

Tuple_GoInt64_GoEface bytes__Buffer__WriteTo(bytes__Buffer *b, GoEface w) {
    static GoMethodCache cache;
    rt_nilcheck(b);
    b->lastRead = OP_INVALID;
    GoInt n = buffer_len(b);
    GoInt64 written = 0;
    if (n > 0) {
        Tuple_GoInt_GoEface (*write)(void *, GoSlice) =
            (Tuple_GoInt_GoEface(*)(void *, GoSlice))rt_imethod(w, "Write", &cache);
        GoSlice rest = {buffer_bytes(b) + b->off, n, b->buf.cap - b->off};
        Tuple_GoInt_GoEface res = write(w.data, rest);
        if (res.r0 > n)
            rt_panic_string(RT_STR("bytes.Buffer.WriteTo: invalid Write count"));
        b->off += res.r0;
        written = res.r0;
        if (res.r1.type)
            return (Tuple_GoInt64_GoEface){written, res.r1};
        if (res.r0 != n)
            return (Tuple_GoInt64_GoEface){written, io__ErrShortWrite};
    }
    bytes__Buffer__Reset(b);
    return (Tuple_GoInt64_GoEface){written, no_error};
}
