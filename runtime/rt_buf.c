/*
 * rt_buf.c — the growable byte buffer that fmt and friends format into.
 *
 * Output is built whole and then written or returned, so that fmt.Print
 * makes one write(2) (as Go's unbuffered os.Stdout does) and Sprint's result
 * needs no second copy.  The first RT_BUF_INLINE bytes live in the buffer
 * itself, on the caller's stack; beyond that the bytes move to the GC heap.
 */
#include <string.h>

#include "rt_internal.h"

void rt_buf_init(RtBuf *b) {
    b->ptr = b->inline_bytes;
    b->len = 0;
    b->cap = sizeof b->inline_bytes;
}

void rt_buf_reserve(RtBuf *b, size_t extra) {
    if (b->cap - b->len >= extra)
        return;
    size_t cap = b->cap * 2;
    if (cap < b->len + extra)
        cap = b->len + extra;
    uint8_t *p = rt_alloc_atomic(cap);
    memcpy(p, b->ptr, b->len);
    b->ptr = p;
    b->cap = cap;
}

void rt_buf_write(RtBuf *b, const void *p, size_t n) {
    if (n == 0)
        return;
    rt_buf_reserve(b, n);
    memcpy(b->ptr + b->len, p, n);
    b->len += n;
}

void rt_buf_putc(RtBuf *b, uint8_t c) {
    rt_buf_reserve(b, 1);
    b->ptr[b->len++] = c;
}

void rt_buf_puts(RtBuf *b, const char *s) {
    rt_buf_write(b, s, strlen(s));
}

void rt_buf_fill(RtBuf *b, uint8_t c, size_t n) {
    if (n == 0)
        return;
    rt_buf_reserve(b, n);
    memset(b->ptr + b->len, c, n);
    b->len += n;
}

void rt_buf_put_rune(RtBuf *b, int32_t r) {
    uint8_t tmp[RT_UTF_MAX];
    rt_buf_write(b, tmp, (size_t)rt_utf8_encode(tmp, r));
}

/* The inline bytes die with the caller's frame, so they are copied out;
 * heap bytes are handed over as they are (the buffer is not used again). */
GoString rt_buf_string(RtBuf *b) {
    if (b->len == 0)
        return (GoString){(const uint8_t *)"", 0};
    if (b->ptr == b->inline_bytes) {
        uint8_t *p = rt_alloc_atomic(b->len);
        memcpy(p, b->ptr, b->len);
        return (GoString){p, (GoInt)b->len};
    }
    return (GoString){b->ptr, (GoInt)b->len};
}
