/*
 * utf8.c — UTF-8 decoding and encoding with Go's rules: an invalid byte
 * decodes as U+FFFD of width 1; surrogate halves and runes above U+10FFFF
 * are invalid; overlong encodings are invalid.
 */
#include "base.h"

int32_t utf8_decode(const unsigned char *s, size_t n, int *size) {
    if (n == 0) {
        *size = 0;
        return RUNE_ERROR;
    }
    unsigned c = s[0];
    *size = 1;
    if (c < 0x80)
        return (int32_t)c;
    int need;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1, r = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 2, r = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 3, r = c & 0x07, min = 0x10000;
    else
        return RUNE_ERROR;
    if ((size_t)need >= n)
        return RUNE_ERROR;
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return RUNE_ERROR;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return RUNE_ERROR;
    *size = need + 1;
    return r;
}

int utf8_encode(char *buf, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = RUNE_ERROR;
    if (r < 0x80) {
        buf[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (char)(0xC0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xE0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (r >> 18));
    buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}
