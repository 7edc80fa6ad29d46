/*
 * rt_quote.c — Go-syntax quoting of strings and runes, for fmt's %q and %#v.
 *
 * The rules are strconv.Quote's: the quote character and backslash are
 * escaped; printable runes (strconv.IsPrint) are copied, or with ascii_only
 * only printable ASCII is; the rest become \a \b \f \n \r \t \v, \xhh for
 * other control bytes and for each byte of invalid UTF-8, \uhhhh or
 * \Uhhhhhhhh for other runes.  Hex digits are lowercase.
 */
#include "rt_internal.h"

static const char lowerhex[] = "0123456789abcdef";

static void put_hex(RtBuf *b, const char *prefix, uint32_t v, int ndigits) {
    rt_buf_puts(b, prefix);
    for (int shift = 4 * (ndigits - 1); shift >= 0; shift -= 4)
        rt_buf_putc(b, (uint8_t)lowerhex[v >> shift & 0xF]);
}

static void put_escaped_rune(RtBuf *b, int32_t r, uint8_t quote, bool ascii_only) {
    if (r == quote || r == '\\') {
        rt_buf_putc(b, '\\');
        rt_buf_putc(b, (uint8_t)r);
        return;
    }
    if (ascii_only ? r < 0x80 && rt_rune_is_print(r) : rt_rune_is_print(r)) {
        rt_buf_put_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': rt_buf_puts(b, "\\a"); return;
    case '\b': rt_buf_puts(b, "\\b"); return;
    case '\f': rt_buf_puts(b, "\\f"); return;
    case '\n': rt_buf_puts(b, "\\n"); return;
    case '\r': rt_buf_puts(b, "\\r"); return;
    case '\t': rt_buf_puts(b, "\\t"); return;
    case '\v': rt_buf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F)
        put_hex(b, "\\x", (uint32_t)r, 2);
    else if (!rt_rune_valid(r))
        put_hex(b, "\\u", RT_RUNE_ERROR, 4);
    else if (r < 0x10000)
        put_hex(b, "\\u", (uint32_t)r, 4);
    else
        put_hex(b, "\\U", (uint32_t)r, 8);
}

void rt_quote_string(RtBuf *b, const uint8_t *s, size_t n, bool ascii_only) {
    rt_buf_putc(b, '"');
    for (size_t i = 0; i < n;) {
        int32_t r;
        int w = rt_utf8_decode(s + i, n - i, &r);
        if (w == 1 && r == RT_RUNE_ERROR)
            put_hex(b, "\\x", s[i], 2); /* invalid byte, not a real U+FFFD */
        else
            put_escaped_rune(b, r, '"', ascii_only);
        i += (size_t)w;
    }
    rt_buf_putc(b, '"');
}

void rt_quote_rune(RtBuf *b, int32_t r, bool ascii_only) {
    if (!rt_rune_valid(r))
        r = RT_RUNE_ERROR;
    rt_buf_putc(b, '\'');
    put_escaped_rune(b, r, '\'', ascii_only);
    rt_buf_putc(b, '\'');
}

/* A raw string literal cannot hold a backquote, and must not hide control
 * characters (tab excepted), DEL, invalid UTF-8 or an invisible BOM. */
bool rt_can_backquote(const uint8_t *s, size_t n) {
    for (size_t i = 0; i < n;) {
        int32_t r;
        int w = rt_utf8_decode(s + i, n - i, &r);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == RT_RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}
