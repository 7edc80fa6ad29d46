/*
 * bits.c — package math/bits (Go 1.19), declared in lib/math/bits/.
 *
 * The counting functions use GCC's builtins (guarding the zero input they
 * leave undefined); the double-word arithmetic uses unsigned __int128,
 * which gcc and clang have on every 64-bit target go2c supports.  Div
 * panics as gc does: divide by zero when y == 0, overflow when the
 * quotient does not fit (y <= hi).
 */
#include "lib.h"

typedef struct { GoUint r0; GoUint r1; } Tuple_GoUint_GoUint;
typedef struct { GoUint32 r0; GoUint32 r1; } Tuple_GoUint32_GoUint32;
typedef struct { GoUint64 r0; GoUint64 r1; } Tuple_GoUint64_GoUint64;

/* ---- counting ----------------------------------------------------------------- */

GoInt math_bits__LeadingZeros64(GoUint64 x) { return x ? __builtin_clzll(x) : 64; }
GoInt math_bits__LeadingZeros(GoUint x) { return math_bits__LeadingZeros64(x); }
GoInt math_bits__LeadingZeros32(GoUint32 x) { return math_bits__LeadingZeros64(x) - 32; }
GoInt math_bits__LeadingZeros16(GoUint16 x) { return math_bits__LeadingZeros64(x) - 48; }
GoInt math_bits__LeadingZeros8(GoUint8 x) { return math_bits__LeadingZeros64(x) - 56; }

GoInt math_bits__TrailingZeros64(GoUint64 x) { return x ? __builtin_ctzll(x) : 64; }
GoInt math_bits__TrailingZeros(GoUint x) { return math_bits__TrailingZeros64(x); }
GoInt math_bits__TrailingZeros32(GoUint32 x) { return x ? __builtin_ctzll(x) : 32; }
GoInt math_bits__TrailingZeros16(GoUint16 x) { return x ? __builtin_ctzll(x) : 16; }
GoInt math_bits__TrailingZeros8(GoUint8 x) { return x ? __builtin_ctzll(x) : 8; }

GoInt math_bits__OnesCount64(GoUint64 x) { return __builtin_popcountll(x); }
GoInt math_bits__OnesCount(GoUint x) { return __builtin_popcountll(x); }
GoInt math_bits__OnesCount32(GoUint32 x) { return __builtin_popcountll(x); }
GoInt math_bits__OnesCount16(GoUint16 x) { return __builtin_popcountll(x); }
GoInt math_bits__OnesCount8(GoUint8 x) { return __builtin_popcountll(x); }

GoInt math_bits__Len64(GoUint64 x) { return 64 - math_bits__LeadingZeros64(x); }
GoInt math_bits__Len(GoUint x) { return math_bits__Len64(x); }
GoInt math_bits__Len32(GoUint32 x) { return math_bits__Len64(x); }
GoInt math_bits__Len16(GoUint16 x) { return math_bits__Len64(x); }
GoInt math_bits__Len8(GoUint8 x) { return math_bits__Len64(x); }

/* ---- rotating and reversing ------------------------------------------------------ */

/* A negative k rotates right; only k mod width matters. */
static unsigned rotation(GoInt k, unsigned width) {
    return (unsigned)((GoUint)k & (width - 1));
}

GoUint64 math_bits__RotateLeft64(GoUint64 x, GoInt k) {
    unsigned s = rotation(k, 64);
    return s ? x << s | x >> (64 - s) : x;
}
GoUint math_bits__RotateLeft(GoUint x, GoInt k) { return math_bits__RotateLeft64(x, k); }
GoUint32 math_bits__RotateLeft32(GoUint32 x, GoInt k) {
    unsigned s = rotation(k, 32);
    return s ? x << s | x >> (32 - s) : x;
}
GoUint16 math_bits__RotateLeft16(GoUint16 x, GoInt k) {
    unsigned s = rotation(k, 16);
    return (GoUint16)(s ? (unsigned)x << s | (unsigned)x >> (16 - s) : x);
}
GoUint8 math_bits__RotateLeft8(GoUint8 x, GoInt k) {
    unsigned s = rotation(k, 8);
    return (GoUint8)(s ? (unsigned)x << s | (unsigned)x >> (8 - s) : x);
}

GoUint64 math_bits__ReverseBytes64(GoUint64 x) { return __builtin_bswap64(x); }
GoUint math_bits__ReverseBytes(GoUint x) { return __builtin_bswap64(x); }
GoUint32 math_bits__ReverseBytes32(GoUint32 x) { return __builtin_bswap32(x); }
GoUint16 math_bits__ReverseBytes16(GoUint16 x) { return __builtin_bswap16(x); }

/* Swaps ever larger groups: bits in pairs, pairs in nibbles, nibbles in
 * bytes; then the bytes. */
GoUint64 math_bits__Reverse64(GoUint64 x) {
    x = (x >> 1 & 0x5555555555555555u) | (x & 0x5555555555555555u) << 1;
    x = (x >> 2 & 0x3333333333333333u) | (x & 0x3333333333333333u) << 2;
    x = (x >> 4 & 0x0F0F0F0F0F0F0F0Fu) | (x & 0x0F0F0F0F0F0F0F0Fu) << 4;
    return __builtin_bswap64(x);
}
GoUint math_bits__Reverse(GoUint x) { return math_bits__Reverse64(x); }
GoUint32 math_bits__Reverse32(GoUint32 x) { return (GoUint32)(math_bits__Reverse64(x) >> 32); }
GoUint16 math_bits__Reverse16(GoUint16 x) { return (GoUint16)(math_bits__Reverse64(x) >> 48); }
GoUint8 math_bits__Reverse8(GoUint8 x) { return (GoUint8)(math_bits__Reverse64(x) >> 56); }

/* ---- double-word arithmetic ------------------------------------------------------- */

typedef unsigned __int128 u128;

Tuple_GoUint64_GoUint64 math_bits__Add64(GoUint64 x, GoUint64 y, GoUint64 carry) {
    u128 s = (u128)x + y + carry;
    return (Tuple_GoUint64_GoUint64){(GoUint64)s, (GoUint64)(s >> 64)};
}
Tuple_GoUint_GoUint math_bits__Add(GoUint x, GoUint y, GoUint carry) {
    Tuple_GoUint64_GoUint64 r = math_bits__Add64(x, y, carry);
    return (Tuple_GoUint_GoUint){r.r0, r.r1};
}
Tuple_GoUint32_GoUint32 math_bits__Add32(GoUint32 x, GoUint32 y, GoUint32 carry) {
    GoUint64 s = (GoUint64)x + y + carry;
    return (Tuple_GoUint32_GoUint32){(GoUint32)s, (GoUint32)(s >> 32)};
}

/* The borrow out is 1 when the result wrapped (carry only 0 or 1 counts,
 * as in Go, where other values are documented as undefined). */
Tuple_GoUint64_GoUint64 math_bits__Sub64(GoUint64 x, GoUint64 y, GoUint64 borrow) {
    GoUint64 d = x - y - borrow;
    GoUint64 out = ((~x & y) | (~(x ^ y) & d)) >> 63;
    return (Tuple_GoUint64_GoUint64){d, out};
}
Tuple_GoUint_GoUint math_bits__Sub(GoUint x, GoUint y, GoUint borrow) {
    Tuple_GoUint64_GoUint64 r = math_bits__Sub64(x, y, borrow);
    return (Tuple_GoUint_GoUint){r.r0, r.r1};
}
Tuple_GoUint32_GoUint32 math_bits__Sub32(GoUint32 x, GoUint32 y, GoUint32 borrow) {
    GoUint32 d = x - y - borrow;
    GoUint32 out = ((~x & y) | (~(x ^ y) & d)) >> 31;
    return (Tuple_GoUint32_GoUint32){d, out};
}

Tuple_GoUint64_GoUint64 math_bits__Mul64(GoUint64 x, GoUint64 y) {
    u128 p = (u128)x * y;
    return (Tuple_GoUint64_GoUint64){(GoUint64)(p >> 64), (GoUint64)p};
}
Tuple_GoUint_GoUint math_bits__Mul(GoUint x, GoUint y) {
    Tuple_GoUint64_GoUint64 r = math_bits__Mul64(x, y);
    return (Tuple_GoUint_GoUint){r.r0, r.r1};
}
Tuple_GoUint32_GoUint32 math_bits__Mul32(GoUint32 x, GoUint32 y) {
    GoUint64 p = (GoUint64)x * y;
    return (Tuple_GoUint32_GoUint32){(GoUint32)(p >> 32), (GoUint32)p};
}

Tuple_GoUint64_GoUint64 math_bits__Div64(GoUint64 hi, GoUint64 lo, GoUint64 y) {
    if (y == 0)
        rt_panic_divide();
    if (y <= hi)
        rt_panic_runtime("integer overflow");
    u128 n = (u128)hi << 64 | lo;
    return (Tuple_GoUint64_GoUint64){(GoUint64)(n / y), (GoUint64)(n % y)};
}
Tuple_GoUint_GoUint math_bits__Div(GoUint hi, GoUint lo, GoUint y) {
    Tuple_GoUint64_GoUint64 r = math_bits__Div64(hi, lo, y);
    return (Tuple_GoUint_GoUint){r.r0, r.r1};
}
Tuple_GoUint32_GoUint32 math_bits__Div32(GoUint32 hi, GoUint32 lo, GoUint32 y) {
    if (y == 0)
        rt_panic_divide();
    if (y <= hi)
        rt_panic_runtime("integer overflow");
    GoUint64 n = (GoUint64)hi << 32 | lo;
    return (Tuple_GoUint32_GoUint32){(GoUint32)(n / y), (GoUint32)(n % y)};
}

/* Rem never overflows: (hi, lo) mod y == ((hi mod y), lo) mod y. */
GoUint64 math_bits__Rem64(GoUint64 hi, GoUint64 lo, GoUint64 y) {
    if (y == 0)
        rt_panic_divide();
    u128 n = (u128)(hi % y) << 64 | lo;
    return (GoUint64)(n % y);
}
GoUint math_bits__Rem(GoUint hi, GoUint lo, GoUint y) { return math_bits__Rem64(hi, lo, y); }
GoUint32 math_bits__Rem32(GoUint32 hi, GoUint32 lo, GoUint32 y) {
    if (y == 0)
        rt_panic_divide();
    return (GoUint32)((((GoUint64)hi << 32) | lo) % y);
}
