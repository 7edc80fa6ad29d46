/*
 * bufio.c — package bufio (Scanner, Reader, Writer), declared in lib/bufio/.
 *
 * The structs mirror the Go declarations field for field, so generated
 * code and this file agree on their layout.  The underlying io.Reader or
 * io.Writer is an interface value whose Read/Write method is called with
 * the method ABI through rt_imethod.  The buffering follows Go 1.19's
 * rules (4096-byte buffers, a Scanner buffer doubling up to
 * MaxScanTokenSize, large writes bypassing an empty Writer buffer), so the
 * underlying reads and writes happen at the same points as with gc.
 */
#include <string.h>

#include "../rt_internal.h"
#include "lib.h"

typedef struct { GoInt r0; GoSlice r1; GoEface r2; } Tuple_GoInt_GoSlice_GoEface;
typedef struct { GoUint8 r0; GoEface r1; } Tuple_GoUint8_GoEface;
typedef struct { GoInt32 r0; GoInt r1; GoEface r2; } Tuple_GoInt32_GoInt_GoEface;
typedef struct { GoSlice r0; GoBool r1; GoEface r2; } Tuple_GoSlice_GoBool_GoEface;
typedef Tuple_GoInt_GoSlice_GoEface (*SplitFn)(void *env, GoSlice data, GoBool at_eof);
typedef Tuple_GoInt_GoEface (*ReadWriteFn)(void *recv, GoSlice p);

typedef struct bufio__Scanner {
    GoEface r;
    GoFunc *split;
    GoInt maxTokenSize;
    GoSlice token;
    GoSlice buf;
    GoInt start;
    GoInt end;
    GoEface err;
    GoInt empties;
    GoBool scanCalled;
    GoBool done;
} bufio__Scanner;

typedef struct bufio__Reader {
    GoEface rd;
    GoSlice buf;
    GoInt r;
    GoInt w;
    GoEface err;
    GoInt lastByte;            /* -1: nothing to unread */
    GoInt lastRuneSize;        /* -1: no rune to unread */
} bufio__Reader;

typedef struct bufio__Writer {
    GoEface err;
    GoSlice buf;
    GoInt n;
    GoEface wr;
} bufio__Writer;

GoEface bufio__ErrTooLong, bufio__ErrNegativeAdvance, bufio__ErrAdvanceTooFar,
    bufio__ErrBufferFull, bufio__ErrInvalidUnreadByte, bufio__ErrInvalidUnreadRune,
    bufio__ErrNegativeCount, bufio__ErrFinalToken;

enum { DEFAULT_SIZE = 4096, MAX_EMPTY_READS = 100, MAX_TOKEN = 64 * 1024 };

void bufio__init_vars(void) {
    bufio__ErrTooLong = errors__New(RT_STR("bufio.Scanner: token too long"));
    bufio__ErrNegativeAdvance =
        errors__New(RT_STR("bufio.Scanner: SplitFunc returns negative advance count"));
    bufio__ErrAdvanceTooFar =
        errors__New(RT_STR("bufio.Scanner: SplitFunc returns advance count beyond input"));
    bufio__ErrBufferFull = errors__New(RT_STR("bufio: buffer full"));
    bufio__ErrInvalidUnreadByte = errors__New(RT_STR("bufio: invalid use of UnreadByte"));
    bufio__ErrInvalidUnreadRune = errors__New(RT_STR("bufio: invalid use of UnreadRune"));
    bufio__ErrNegativeCount = errors__New(RT_STR("bufio: negative count"));
    bufio__ErrFinalToken = errors__New(RT_STR("final token"));
}

static Tuple_GoInt_GoEface call_read(GoEface r, GoSlice p) {
    static GoMethodCache cache;
    return ((ReadWriteFn)rt_imethod(r, "Read", &cache))(r.data, p);
}
static Tuple_GoInt_GoEface call_write(GoEface w, GoSlice p) {
    static GoMethodCache cache;
    return ((ReadWriteFn)rt_imethod(w, "Write", &cache))(w.data, p);
}
static bool is_eof(GoEface err) {
    return err.type && rt_iface_equal(err, io__EOF);
}
static GoSlice sub(GoSlice s, GoInt lo, GoInt hi) {
    return (GoSlice){(uint8_t *)s.ptr + lo, hi - lo, s.cap - lo};
}
static uint8_t *bytes(GoSlice s) {
    return s.ptr;
}

/* ---- split functions --------------------------------------------------------------- */

static Tuple_GoInt_GoSlice_GoEface token(GoInt advance, GoSlice tok) {
    return (Tuple_GoInt_GoSlice_GoEface){advance, tok, {0}};
}
static Tuple_GoInt_GoSlice_GoEface need_more(GoInt advance) {
    return (Tuple_GoInt_GoSlice_GoEface){advance, {0}, {0}};
}

static GoSlice drop_cr(GoSlice s) {
    if (s.len > 0 && bytes(s)[s.len - 1] == '\r')
        s.len--;
    return s;
}

Tuple_GoInt_GoSlice_GoEface bufio__ScanLines(GoSlice data, GoBool at_eof) {
    if (at_eof && data.len == 0)
        return need_more(0);
    const uint8_t *nl = data.len ? memchr(data.ptr, '\n', (size_t)data.len) : NULL;
    if (nl) {
        GoInt i = nl - bytes(data);
        return token(i + 1, drop_cr(sub(data, 0, i)));
    }
    if (at_eof)
        return token(data.len, drop_cr(data));
    return need_more(0);
}

Tuple_GoInt_GoSlice_GoEface bufio__ScanBytes(GoSlice data, GoBool at_eof) {
    if (at_eof && data.len == 0)
        return need_more(0);
    return token(1, sub(data, 0, 1));
}

/* utf8.FullRune: does p start with a whole encoding (or a sure error)? */
static bool full_rune(const uint8_t *p, GoInt n) {
    if (n == 0)
        return false;
    uint8_t c = p[0];
    int need = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
             : c >= 0xF0 && c <= 0xF4 ? 4 : 1;
    if (n >= need)
        return true;
    uint8_t lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    uint8_t hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (n > 1 && (p[1] < lo || p[1] > hi))
        return true;
    if (n > 2 && (p[2] < 0x80 || p[2] > 0xBF))
        return true;
    return false;
}

Tuple_GoInt_GoSlice_GoEface bufio__ScanRunes(GoSlice data, GoBool at_eof) {
    static uint8_t error_rune[] = {0xEF, 0xBF, 0xBD};
    if (at_eof && data.len == 0)
        return need_more(0);
    if (bytes(data)[0] < 0x80)
        return token(1, sub(data, 0, 1));
    int32_t r;
    int w = rt_utf8_decode(data.ptr, (size_t)data.len, &r);
    if (w > 1)
        return token(w, sub(data, 0, w));
    if (!at_eof && !full_rune(data.ptr, data.len))
        return need_more(0);
    return token(1, (GoSlice){error_rune, 3, 3});
}

/* unicode.IsSpace */
static bool is_space(int32_t r) {
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 ||
           r == 0x202F || r == 0x205F || r == 0x3000;
}

Tuple_GoInt_GoSlice_GoEface bufio__ScanWords(GoSlice data, GoBool at_eof) {
    GoInt start = 0;
    while (start < data.len) {
        int32_t r;
        int w = rt_utf8_decode(bytes(data) + start, (size_t)(data.len - start), &r);
        if (!is_space(r))
            break;
        start += w;
    }
    for (GoInt i = start; i < data.len;) {
        int32_t r;
        int w = rt_utf8_decode(bytes(data) + i, (size_t)(data.len - i), &r);
        if (is_space(r))
            return token(i + w, sub(data, start, i));
        i += w;
    }
    if (at_eof && data.len > start)
        return token(data.len, sub(data, start, data.len));
    return need_more(start);
}

static Tuple_GoInt_GoSlice_GoEface scan_lines_fn(void *env, GoSlice data, GoBool at_eof) {
    (void)env;
    return bufio__ScanLines(data, at_eof);
}
static GoFunc scan_lines_value = {(void (*)(void))scan_lines_fn};

/* ---- Scanner ------------------------------------------------------------------------ */

bufio__Scanner *bufio__NewScanner(GoEface r) {
    bufio__Scanner *s = rt_alloc(sizeof *s);
    s->r = r;
    s->split = &scan_lines_value;
    s->maxTokenSize = MAX_TOKEN;
    return s;
}

/* The first error sticks, except that a later one replaces EOF. */
static void scanner_set_err(bufio__Scanner *s, GoEface err) {
    if (!s->err.type || is_eof(s->err))
        s->err = err;
}

static bool scanner_advance(bufio__Scanner *s, GoInt n) {
    if (n < 0) {
        scanner_set_err(s, bufio__ErrNegativeAdvance);
        return false;
    }
    if (n > s->end - s->start) {
        scanner_set_err(s, bufio__ErrAdvanceTooFar);
        return false;
    }
    s->start += n;
    return true;
}

/* Makes room at the end of the buffer: slides the data down, or grows
 * the buffer (doubling, from 4096, up to maxTokenSize). */
static bool scanner_make_room(bufio__Scanner *s) {
    if (s->start > 0 && (s->end == s->buf.len || s->start > s->buf.len / 2)) {
        memmove(s->buf.ptr, bytes(s->buf) + s->start, (size_t)(s->end - s->start));
        s->end -= s->start;
        s->start = 0;
    }
    if (s->end < s->buf.len)
        return true;
    if (s->buf.len >= s->maxTokenSize || s->buf.len > INT64_MAX / 2) {
        scanner_set_err(s, bufio__ErrTooLong);
        return false;
    }
    GoInt size = s->buf.len ? s->buf.len * 2 : DEFAULT_SIZE;
    if (size > s->maxTokenSize)
        size = s->maxTokenSize;
    GoSlice nb = rt_make_slice(&rt_type_uint8, size, size);
    if (s->end > s->start)
        memcpy(nb.ptr, bytes(s->buf) + s->start, (size_t)(s->end - s->start));
    s->end -= s->start;
    s->start = 0;
    s->buf = nb;
    return true;
}

static void scanner_fill(bufio__Scanner *s) {
    for (int empty = 0;;) {
        Tuple_GoInt_GoEface res = call_read(s->r, sub(s->buf, s->end, s->buf.len));
        if (res.r0 < 0 || res.r0 > s->buf.len - s->end) {
            scanner_set_err(s, errors__New(RT_STR("bufio.Scanner: Read returned impossible count")));
            return;
        }
        s->end += res.r0;
        if (res.r1.type) {
            scanner_set_err(s, res.r1);
            return;
        }
        if (res.r0 > 0) {
            s->empties = 0;
            return;
        }
        if (++empty > MAX_EMPTY_READS) {
            scanner_set_err(s, io__ErrNoProgress);
            return;
        }
    }
}

GoBool bufio__Scanner__Scan(bufio__Scanner *s) {
    rt_nilcheck(s);
    if (s->done)
        return false;
    s->scanCalled = true;
    for (;;) {
        if (s->end > s->start || s->err.type) {
            Tuple_GoInt_GoSlice_GoEface t = ((SplitFn)s->split->fn)(
                s->split, sub(s->buf, s->start, s->end), s->err.type != NULL);
            if (t.r2.type) {
                if (rt_iface_equal(t.r2, bufio__ErrFinalToken)) {
                    s->token = t.r1; /* the last token; then stop, with no error */
                    s->done = true;
                    return true;
                }
                scanner_set_err(s, t.r2);
                return false;
            }
            if (!scanner_advance(s, t.r0))
                return false;
            s->token = t.r1;
            if (t.r1.ptr != NULL) {
                if (!s->err.type || t.r0 > 0)
                    s->empties = 0;
                else if (++s->empties > MAX_EMPTY_READS)
                    rt_panic_string(RT_STR("bufio.Scan: too many empty tokens without progressing"));
                return true;
            }
        }
        if (s->err.type) {
            s->start = s->end = 0;
            return false;
        }
        if (!scanner_make_room(s))
            return false;
        scanner_fill(s);
    }
}

GoString bufio__Scanner__Text(bufio__Scanner *s) {
    rt_nilcheck(s);
    return rt_string_from_bytes(s->token.ptr, s->token.len);
}
GoSlice bufio__Scanner__Bytes(bufio__Scanner *s) {
    rt_nilcheck(s);
    return s->token;
}
GoEface bufio__Scanner__Err(bufio__Scanner *s) {
    rt_nilcheck(s);
    return is_eof(s->err) ? (GoEface){0} : s->err;
}
void bufio__Scanner__Split(bufio__Scanner *s, GoFunc *split) {
    rt_nilcheck(s);
    if (s->scanCalled)
        rt_panic_string(RT_STR("Split called after Scan"));
    s->split = split;
}
void bufio__Scanner__Buffer(bufio__Scanner *s, GoSlice buf, GoInt max) {
    rt_nilcheck(s);
    if (s->scanCalled)
        rt_panic_string(RT_STR("Buffer called after Scan"));
    buf.len = buf.cap;
    s->buf = buf;
    s->maxTokenSize = max;
}

/* ---- Reader -------------------------------------------------------------------------
 * lastByte and lastRuneSize remember what the last read returned, for
 * UnreadByte and UnreadRune: -1 when there is nothing to unread.  Each
 * method sets them as Go's does (a failed read keeps lastByte, for one). */

static void reader_reset(bufio__Reader *b, GoSlice buf, GoEface rd) {
    *b = (bufio__Reader){.rd = rd, .buf = buf, .lastByte = -1, .lastRuneSize = -1};
}

/* Go returns rd itself when it already is a *bufio.Reader that large. */
bufio__Reader *bufio__NewReaderSize(GoEface rd, GoInt size) {
    if (rd.type && rd.type->kind == RT_KIND_POINTER && strcmp(rd.type->name, "*bufio.Reader") == 0) {
        bufio__Reader *old = *(bufio__Reader **)rd.data;
        if (old && old->buf.len >= size)
            return old;
    }
    if (size < 16)
        size = 16;
    bufio__Reader *b = rt_alloc(sizeof *b);
    reader_reset(b, rt_make_slice(&rt_type_uint8, size, size), rd);
    return b;
}
bufio__Reader *bufio__NewReader(GoEface rd) {
    return bufio__NewReaderSize(rd, DEFAULT_SIZE);
}

GoInt bufio__Reader__Size(bufio__Reader *b) {
    rt_nilcheck(b);
    return b->buf.len;
}

void bufio__Reader__Reset(bufio__Reader *b, GoEface rd) {
    rt_nilcheck(b);
    if (b->buf.ptr == NULL)
        b->buf = rt_make_slice(&rt_type_uint8, DEFAULT_SIZE, DEFAULT_SIZE);
    reader_reset(b, b->buf, rd);
}

GoInt bufio__Reader__Buffered(bufio__Reader *b) {
    rt_nilcheck(b);
    return b->w - b->r;
}

/* The pending error, handed out once. */
static GoEface reader_err(bufio__Reader *b) {
    GoEface err = b->err;
    b->err = (GoEface){0};
    return err;
}

static _Noreturn void negative_read(void) {
    rt_panic(errors__New(RT_STR("bufio: reader returned negative count from Read")));
}

/* Slides the unread bytes down, then reads until something arrives. */
static void reader_fill(bufio__Reader *b) {
    if (b->r > 0) {
        memmove(b->buf.ptr, bytes(b->buf) + b->r, (size_t)(b->w - b->r));
        b->w -= b->r;
        b->r = 0;
    }
    if (b->w >= b->buf.len)
        rt_panic_string(RT_STR("bufio: tried to fill full buffer"));
    for (int i = MAX_EMPTY_READS; i > 0; i--) {
        Tuple_GoInt_GoEface res = call_read(b->rd, sub(b->buf, b->w, b->buf.len));
        if (res.r0 < 0)
            negative_read();
        b->w += res.r0;
        if (res.r1.type) {
            b->err = res.r1;
            return;
        }
        if (res.r0 > 0)
            return;
    }
    b->err = io__ErrNoProgress;
}

/* Remembers c as the last byte read, and that no rune can be unread. */
static void reader_last_byte(bufio__Reader *b, uint8_t c) {
    b->lastByte = c;
    b->lastRuneSize = -1;
}

Tuple_GoInt_GoEface bufio__Reader__Read(bufio__Reader *b, GoSlice p) {
    rt_nilcheck(b);
    if (p.len == 0)
        return (Tuple_GoInt_GoEface){0, b->w > b->r ? (GoEface){0} : reader_err(b)};
    if (b->r == b->w) {
        if (b->err.type)
            return (Tuple_GoInt_GoEface){0, reader_err(b)};
        if (p.len >= b->buf.len) { /* large read: straight into p */
            Tuple_GoInt_GoEface res = call_read(b->rd, p);
            if (res.r0 < 0)
                negative_read();
            if (res.r0 > 0)
                reader_last_byte(b, bytes(p)[res.r0 - 1]);
            return res;
        }
        b->r = b->w = 0;
        Tuple_GoInt_GoEface res = call_read(b->rd, b->buf);
        if (res.r0 < 0)
            negative_read();
        if (res.r0 == 0)
            return (Tuple_GoInt_GoEface){0, res.r1};
        b->w += res.r0;
        b->err = res.r1;
    }
    GoInt n = b->w - b->r < p.len ? b->w - b->r : p.len;
    memcpy(p.ptr, bytes(b->buf) + b->r, (size_t)n);
    b->r += n;
    reader_last_byte(b, bytes(b->buf)[b->r - 1]);
    return (Tuple_GoInt_GoEface){n, {0}};
}

Tuple_GoUint8_GoEface bufio__Reader__ReadByte(bufio__Reader *b) {
    rt_nilcheck(b);
    b->lastRuneSize = -1;
    while (b->r == b->w) {
        if (b->err.type)
            return (Tuple_GoUint8_GoEface){0, reader_err(b)};
        reader_fill(b);
    }
    uint8_t c = bytes(b->buf)[b->r++];
    b->lastByte = c;
    return (Tuple_GoUint8_GoEface){c, {0}};
}

/* Puts the last byte read back, even after a Read that bypassed the
 * buffer (then it becomes the buffer's only byte). */
GoEface bufio__Reader__UnreadByte(bufio__Reader *b) {
    rt_nilcheck(b);
    if (b->lastByte < 0 || (b->r == 0 && b->w > 0))
        return bufio__ErrInvalidUnreadByte;
    if (b->r > 0)
        b->r--;
    else
        b->w = 1;
    bytes(b->buf)[b->r] = (uint8_t)b->lastByte;
    b->lastByte = -1;
    b->lastRuneSize = -1;
    return (GoEface){0};
}

Tuple_GoInt32_GoInt_GoEface bufio__Reader__ReadRune(bufio__Reader *b) {
    rt_nilcheck(b);
    while (b->r + RT_UTF_MAX > b->w && !full_rune(bytes(b->buf) + b->r, b->w - b->r) &&
           !b->err.type && b->w - b->r < b->buf.len)
        reader_fill(b);
    b->lastRuneSize = -1;
    if (b->r == b->w)
        return (Tuple_GoInt32_GoInt_GoEface){0, 0, reader_err(b)};
    int32_t r;
    int w = rt_utf8_decode(bytes(b->buf) + b->r, (size_t)(b->w - b->r), &r);
    b->r += w;
    b->lastByte = bytes(b->buf)[b->r - 1];
    b->lastRuneSize = w;
    return (Tuple_GoInt32_GoInt_GoEface){r, w, {0}};
}

/* Only right after ReadRune: the rune's bytes are still in the buffer. */
GoEface bufio__Reader__UnreadRune(bufio__Reader *b) {
    rt_nilcheck(b);
    if (b->lastRuneSize < 0 || b->r < b->lastRuneSize)
        return bufio__ErrInvalidUnreadRune;
    b->r -= b->lastRuneSize;
    b->lastByte = -1;
    b->lastRuneSize = -1;
    return (GoEface){0};
}

/* The next n bytes without consuming them; fewer, with an error, when
 * the input ends first or n exceeds the buffer. */
Tuple_GoSlice_GoEface bufio__Reader__Peek(bufio__Reader *b, GoInt n) {
    rt_nilcheck(b);
    if (n < 0)
        return (Tuple_GoSlice_GoEface){{0}, bufio__ErrNegativeCount};
    b->lastByte = -1;
    b->lastRuneSize = -1;
    while (b->w - b->r < n && b->w - b->r < b->buf.len && !b->err.type)
        reader_fill(b);
    if (n > b->buf.len)
        return (Tuple_GoSlice_GoEface){sub(b->buf, b->r, b->w), bufio__ErrBufferFull};
    GoEface err = {0};
    if (b->w - b->r < n) {
        n = b->w - b->r;
        err = reader_err(b);
        if (!err.type)
            err = bufio__ErrBufferFull;
    }
    return (Tuple_GoSlice_GoEface){sub(b->buf, b->r, b->r + n), err};
}

Tuple_GoInt_GoEface bufio__Reader__Discard(bufio__Reader *b, GoInt n) {
    rt_nilcheck(b);
    if (n < 0)
        return (Tuple_GoInt_GoEface){0, bufio__ErrNegativeCount};
    if (n == 0)
        return (Tuple_GoInt_GoEface){0, {0}};
    b->lastByte = -1;
    b->lastRuneSize = -1;
    GoInt remain = n;
    for (;;) {
        GoInt skip = b->w - b->r;
        if (skip == 0) {
            reader_fill(b);
            skip = b->w - b->r;
        }
        if (skip > remain)
            skip = remain;
        b->r += skip;
        remain -= skip;
        if (remain == 0)
            return (Tuple_GoInt_GoEface){n, {0}};
        if (b->err.type)
            return (Tuple_GoInt_GoEface){n - remain, reader_err(b)};
    }
}

/* Up to and including delim, as a slice of the buffer (valid until the
 * next read); ErrBufferFull with the whole buffer when it holds no delim. */
Tuple_GoSlice_GoEface bufio__Reader__ReadSlice(bufio__Reader *b, GoUint8 delim) {
    rt_nilcheck(b);
    GoSlice line;
    GoEface err = {0};
    GoInt searched = 0; /* bytes already searched, not to search again */
    for (;;) {
        const uint8_t *from = bytes(b->buf) + b->r + searched;
        GoInt left = b->w - b->r - searched;
        const uint8_t *hit = left > 0 ? memchr(from, delim, (size_t)left) : NULL;
        if (hit) {
            GoInt end = hit - bytes(b->buf) + 1;
            line = sub(b->buf, b->r, end);
            b->r = end;
            break;
        }
        if (b->err.type) {
            line = sub(b->buf, b->r, b->w);
            b->r = b->w;
            err = reader_err(b);
            break;
        }
        if (b->w - b->r >= b->buf.len) {
            b->r = b->w;
            line = b->buf;
            err = bufio__ErrBufferFull;
            break;
        }
        searched = b->w - b->r;
        reader_fill(b);
    }
    if (line.len > 0)
        reader_last_byte(b, bytes(line)[line.len - 1]);
    return (Tuple_GoSlice_GoEface){line, err};
}

/* A line without its "\n" or "\r\n"; isPrefix when the buffer was too
 * small for all of it. */
Tuple_GoSlice_GoBool_GoEface bufio__Reader__ReadLine(bufio__Reader *b) {
    Tuple_GoSlice_GoEface rs = bufio__Reader__ReadSlice(b, '\n');
    GoSlice line = rs.r0;
    if (rs.r1.type && rt_iface_equal(rs.r1, bufio__ErrBufferFull)) {
        /* keep a final '\r' for the next call: it may start "\r\n" */
        if (line.len > 0 && bytes(line)[line.len - 1] == '\r') {
            if (b->r == 0)
                rt_panic_string(RT_STR("bufio: tried to rewind past start of buffer"));
            b->r--;
            line.len--;
        }
        return (Tuple_GoSlice_GoBool_GoEface){line, true, {0}};
    }
    if (line.len == 0) {
        if (rs.r1.type)
            line = (GoSlice){0};
        return (Tuple_GoSlice_GoBool_GoEface){line, false, rs.r1};
    }
    if (bytes(line)[line.len - 1] == '\n') {
        line.len--;
        if (line.len > 0 && bytes(line)[line.len - 1] == '\r')
            line.len--;
    }
    return (Tuple_GoSlice_GoBool_GoEface){line, false, {0}};
}

/* Everything up to and including delim; the error is non-nil exactly
 * when the data does not end in delim. */
static GoEface read_until(bufio__Reader *b, uint8_t delim, RtBuf *out) {
    rt_nilcheck(b);
    for (;;) {
        const uint8_t *base = bytes(b->buf) + b->r;
        const uint8_t *hit = b->w > b->r ? memchr(base, delim, (size_t)(b->w - b->r)) : NULL;
        if (hit) {
            rt_buf_write(out, base, (size_t)(hit - base + 1));
            b->r += hit - base + 1;
            reader_last_byte(b, delim);
            return (GoEface){0};
        }
        if (b->w > b->r) {
            rt_buf_write(out, base, (size_t)(b->w - b->r));
            reader_last_byte(b, bytes(b->buf)[b->w - 1]);
        }
        b->r = b->w;
        if (b->err.type)
            return reader_err(b);
        reader_fill(b);
    }
}

Tuple_GoString_GoEface bufio__Reader__ReadString(bufio__Reader *b, GoUint8 delim) {
    RtBuf out;
    rt_buf_init(&out);
    GoEface err = read_until(b, delim, &out);
    return (Tuple_GoString_GoEface){rt_buf_string(&out), err};
}

Tuple_GoSlice_GoEface bufio__Reader__ReadBytes(bufio__Reader *b, GoUint8 delim) {
    RtBuf out;
    rt_buf_init(&out);
    GoEface err = read_until(b, delim, &out);
    GoString s = rt_buf_string(&out);
    return (Tuple_GoSlice_GoEface){{(void *)s.ptr, s.len, s.len}, err};
}

/* ---- Writer ------------------------------------------------------------------------- */

bufio__Writer *bufio__NewWriterSize(GoEface w, GoInt size) {
    if (size <= 0)
        size = DEFAULT_SIZE;
    bufio__Writer *b = rt_alloc(sizeof *b);
    b->wr = w;
    b->buf = rt_make_slice(&rt_type_uint8, size, size);
    return b;
}
bufio__Writer *bufio__NewWriter(GoEface w) {
    return bufio__NewWriterSize(w, DEFAULT_SIZE);
}

GoInt bufio__Writer__Available(bufio__Writer *b) {
    rt_nilcheck(b);
    return b->buf.len - b->n;
}
GoInt bufio__Writer__Buffered(bufio__Writer *b) {
    rt_nilcheck(b);
    return b->n;
}

/* A failed write keeps the unwritten bytes and makes the error sticky. */
GoEface bufio__Writer__Flush(bufio__Writer *b) {
    rt_nilcheck(b);
    if (b->err.type)
        return b->err;
    if (b->n == 0)
        return (GoEface){0};
    Tuple_GoInt_GoEface res = call_write(b->wr, sub(b->buf, 0, b->n));
    if (res.r0 < b->n && !res.r1.type)
        res.r1 = io__ErrShortWrite;
    if (res.r1.type) {
        if (res.r0 > 0 && res.r0 < b->n)
            memmove(b->buf.ptr, bytes(b->buf) + res.r0, (size_t)(b->n - res.r0));
        b->n -= res.r0;
        b->err = res.r1;
        return res.r1;
    }
    b->n = 0;
    return (GoEface){0};
}

static GoInt copy_in(bufio__Writer *b, const uint8_t *p, GoInt n) {
    GoInt k = b->buf.len - b->n < n ? b->buf.len - b->n : n;
    memcpy(bytes(b->buf) + b->n, p, (size_t)k);
    b->n += k;
    return k;
}

Tuple_GoInt_GoEface bufio__Writer__Write(bufio__Writer *b, GoSlice p) {
    rt_nilcheck(b);
    GoInt nn = 0;
    while (p.len > b->buf.len - b->n && !b->err.type) {
        GoInt n;
        if (b->n == 0) { /* nothing buffered: write p directly */
            Tuple_GoInt_GoEface res = call_write(b->wr, p);
            n = res.r0;
            b->err = res.r1;
        } else {
            n = copy_in(b, p.ptr, p.len);
            bufio__Writer__Flush(b);
        }
        nn += n;
        p = sub(p, n, p.len);
    }
    if (b->err.type)
        return (Tuple_GoInt_GoEface){nn, b->err};
    nn += copy_in(b, p.ptr, p.len);
    return (Tuple_GoInt_GoEface){nn, {0}};
}

Tuple_GoInt_GoEface bufio__Writer__WriteString(bufio__Writer *b, GoString s) {
    rt_nilcheck(b);
    GoInt nn = 0;
    while (s.len > b->buf.len - b->n && !b->err.type) {
        GoInt n = copy_in(b, s.ptr, s.len);
        nn += n;
        s.ptr += n, s.len -= n;
        bufio__Writer__Flush(b);
    }
    if (b->err.type)
        return (Tuple_GoInt_GoEface){nn, b->err};
    nn += copy_in(b, s.ptr, s.len);
    return (Tuple_GoInt_GoEface){nn, {0}};
}

GoEface bufio__Writer__WriteByte(bufio__Writer *b, GoUint8 c) {
    rt_nilcheck(b);
    if (b->err.type)
        return b->err;
    if (b->buf.len - b->n <= 0 && bufio__Writer__Flush(b).type)
        return b->err;
    bytes(b->buf)[b->n++] = c;
    return (GoEface){0};
}

Tuple_GoInt_GoEface bufio__Writer__WriteRune(bufio__Writer *b, GoInt32 r) {
    if ((uint32_t)r < 0x80) {
        GoEface err = bufio__Writer__WriteByte(b, (GoUint8)r);
        return (Tuple_GoInt_GoEface){err.type ? 0 : 1, err};
    }
    uint8_t enc[RT_UTF_MAX];
    int n = rt_utf8_encode(enc, r);
    return bufio__Writer__WriteString(b, (GoString){enc, n});
}
