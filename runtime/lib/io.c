/*
 * io.c — package io, declared in lib/io/: its error variables and the
 * functions on Readers and Writers.
 *
 * Readers and Writers are interface values; their Read and Write methods
 * are called through rt_imethod with the method ABI (the receiver is the
 * interface's data pointer).  Copy does not look for WriterTo/ReaderFrom
 * shortcuts: it always loops with a 32 KiB buffer, which writes the same
 * bytes (possibly in different chunks).
 */
#include <string.h>

#include "lib.h"

GoEface io__EOF, io__ErrUnexpectedEOF, io__ErrShortWrite, io__ErrShortBuffer, io__ErrNoProgress,
    io__ErrClosedPipe;

typedef struct { GoInt64 r0; GoEface r1; } Tuple_GoInt64_GoEface;
typedef Tuple_GoInt_GoEface (*ReadWriteFn)(void *recv, GoSlice p);

void io__init_vars(void) {
    io__EOF = errors__New(RT_STR("EOF"));
    io__ErrUnexpectedEOF = errors__New(RT_STR("unexpected EOF"));
    io__ErrShortWrite = errors__New(RT_STR("short write"));
    io__ErrShortBuffer = errors__New(RT_STR("short buffer"));
    io__ErrNoProgress = errors__New(RT_STR("multiple Read calls return no data or error"));
    io__ErrClosedPipe = errors__New(RT_STR("io: read/write on closed pipe"));
}

static bool is_eof(GoEface err) {
    return err.type && rt_iface_equal(err, io__EOF);
}

static Tuple_GoInt_GoEface call_read(GoEface r, GoSlice p) {
    static GoMethodCache cache;
    return ((ReadWriteFn)rt_imethod(r, "Read", &cache))(r.data, p);
}
static Tuple_GoInt_GoEface call_write(GoEface w, GoSlice p) {
    static GoMethodCache cache;
    return ((ReadWriteFn)rt_imethod(w, "Write", &cache))(w.data, p);
}

static GoSlice subslice(GoSlice s, GoInt lo, GoInt hi) {
    return (GoSlice){(uint8_t *)s.ptr + lo, hi - lo, s.cap - lo};
}

/* WriteString: through w's own WriteString method when it has one. */
Tuple_GoInt_GoEface io__WriteString(GoEface w, GoString s) {
    static GoMethodCache cache;
    if (w.type) {
        void (*fn)(void) = rt_method(w.type, "WriteString", &cache);
        if (fn)
            return ((Tuple_GoInt_GoEface(*)(void *, GoString))fn)(w.data, s);
    }
    return call_write(w, rt_string_to_bytes(s));
}

/* Reads until EOF (not an error here) or another error. */
Tuple_GoSlice_GoEface io__ReadAll(GoEface r) {
    GoSlice b = rt_make_slice(&rt_type_uint8, 0, 512);
    for (;;) {
        if (b.len == b.cap) { /* let append choose the growth */
            uint8_t zero = 0;
            b = rt_append_slice(&rt_type_uint8, b, &zero, 1);
            b.len--;
        }
        Tuple_GoInt_GoEface res = call_read(r, subslice(b, b.len, b.cap));
        b.len += res.r0;
        if (res.r1.type)
            return (Tuple_GoSlice_GoEface){b, is_eof(res.r1) ? (GoEface){0} : res.r1};
    }
}

Tuple_GoInt_GoEface io__ReadAtLeast(GoEface r, GoSlice buf, GoInt min) {
    if (buf.len < min)
        return (Tuple_GoInt_GoEface){0, io__ErrShortBuffer};
    GoInt n = 0;
    GoEface err = {0};
    while (n < min && !err.type) {
        Tuple_GoInt_GoEface res = call_read(r, subslice(buf, n, buf.len));
        n += res.r0;
        err = res.r1;
    }
    if (n >= min)
        err = (GoEface){0};
    else if (n > 0 && is_eof(err))
        err = io__ErrUnexpectedEOF;
    return (Tuple_GoInt_GoEface){n, err};
}

Tuple_GoInt_GoEface io__ReadFull(GoEface r, GoSlice buf) {
    return io__ReadAtLeast(r, buf, buf.len);
}

/* Copies until EOF, an error, or limit bytes (limit < 0: no limit). */
static Tuple_GoInt64_GoEface copy_with(GoEface dst, GoEface src, GoSlice buf, GoInt64 limit) {
    Tuple_GoInt64_GoEface out = {0, {0}};
    while (limit < 0 || out.r0 < limit) {
        GoInt want = buf.len;
        if (limit >= 0 && limit - out.r0 < want)
            want = limit - out.r0;
        Tuple_GoInt_GoEface rd = call_read(src, subslice(buf, 0, want));
        if (rd.r0 > 0) {
            Tuple_GoInt_GoEface wr = call_write(dst, subslice(buf, 0, rd.r0));
            if (wr.r0 < 0 || wr.r0 > rd.r0) {
                wr.r0 = 0;
                if (!wr.r1.type)
                    wr.r1 = errors__New(RT_STR("invalid write result"));
            }
            out.r0 += wr.r0;
            if (wr.r1.type) {
                out.r1 = wr.r1;
                break;
            }
            if (wr.r0 != rd.r0) {
                out.r1 = io__ErrShortWrite;
                break;
            }
        }
        if (rd.r1.type) {
            if (!is_eof(rd.r1))
                out.r1 = rd.r1;
            break;
        }
    }
    return out;
}

Tuple_GoInt64_GoEface io__CopyBuffer(GoEface dst, GoEface src, GoSlice buf) {
    if (buf.ptr != NULL && buf.len == 0)
        rt_panic_string(RT_STR("empty buffer in CopyBuffer"));
    if (buf.ptr == NULL)
        buf = rt_make_slice(&rt_type_uint8, 32 * 1024, 32 * 1024);
    return copy_with(dst, src, buf, -1);
}

Tuple_GoInt64_GoEface io__Copy(GoEface dst, GoEface src) {
    return io__CopyBuffer(dst, src, (GoSlice){0});
}

/* A short copy without another error reports EOF. */
Tuple_GoInt64_GoEface io__CopyN(GoEface dst, GoEface src, GoInt64 n) {
    GoInt64 size = n > 0 && n < 32 * 1024 ? n : 32 * 1024;
    GoSlice buf = rt_make_slice(&rt_type_uint8, size, size);
    Tuple_GoInt64_GoEface out = copy_with(dst, src, buf, n < 0 ? 0 : n);
    if (out.r0 == n)
        return (Tuple_GoInt64_GoEface){n, {0}};
    if (out.r0 < n && !out.r1.type)
        out.r1 = io__EOF;
    return out;
}
