/*
 * rt_float.c — floating-point to text, as Go's strconv and runtime do it.
 *
 * fmt's float verbs rest on strconv.AppendFloat, whose digits are always
 * correctly rounded.  glibc's printf is correctly rounded too (it works from
 * the exact binary value, ties to even, like strconv's decimal rounding), so
 * for a fixed number of digits we let snprintf produce them:
 *
 *   %e, %f with a precision   snprintf's text is strconv's text, verbatim
 *   %g with a precision       snprintf("%.*e") gives the digits, laid out
 *                             here with strconv's %e-or-%f rule
 *   shortest (%v, %g)         the fewest digits that read back as the same
 *                             float, found by trying 1, 2, ... 17 digits
 *
 * Shortest, worked through: for 0.3 one digit, "3e-01", reads back as 0.3;
 * done.  For 5e-324 likewise.  The subtle case is a float just above a
 * power of two, whose rounding interval is lopsided: the correctly rounded
 * p-digit decimal may fall outside it while the p-digit decimal on the
 * other side of v is inside.  strconv then takes that one, so at each p we
 * also try the neighbour on the other side before adding a digit.  "Reads
 * back" uses strtod (or strtof for float32), which rounds ties to even as
 * strconv's interval test does.
 *
 * %b and %x (binary and hex mantissa/exponent) are computed exactly from the
 * bits.  The print builtin's "+1.500000e+000" format has its own, naive
 * algorithm in Go's runtime (repeated *10 and /10, so its last digit can
 * differ from correct rounding); rt_float_runtime_format repeats those exact
 * floating-point steps so the text matches bit for bit.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* A decimal 0.d[0]d[1]...d[nd-1] x 10^dp, without trailing zeros; zero is
 * nd == 0.  (strconv's decimalSlice.) */
typedef struct Decimal {
    char *d;
    int nd, dp;
} Decimal;

/* snprintf into a fresh heap string; precisions go up to fmt's 1e6. */
static char *cformat(const char *spec, int prec, double v) {
    int n = snprintf(NULL, 0, spec, prec, v);
    char *s = rt_alloc_atomic((size_t)n + 1);
    snprintf(s, (size_t)n + 1, spec, prec, v);
    return s;
}

/* Parses snprintf's "d.ddde+XX" in place into a Decimal, keeping all
 * digits (trailing zeros too; see trim). */
static Decimal parse_e(char *s) {
    Decimal dec = {s, 0, 0};
    char *p = s;
    for (; *p != 'e'; p++)
        if (*p != '.')
            s[dec.nd++] = *p;
    dec.dp = atoi(p + 1) + 1;
    return dec;
}

static void trim(Decimal *dec) {
    while (dec->nd > 0 && dec->d[dec->nd - 1] == '0')
        dec->nd--;
    if (dec->nd == 0)
        dec->dp = 0;
}

static bool reads_back(const char *s, double v, int bitsize) {
    if (bitsize == 32)
        return strtof(s, NULL) == (float)v;
    return strtod(s, NULL) == v;
}

static bool decimal_reads_back(const Decimal *dec, double v, int bitsize) {
    char s[48];
    snprintf(s, sizeof s, "0.%.*se%d", dec->nd, dec->d, dec->dp);
    return reads_back(s, v, bitsize);
}

/* The p-digit decimal one unit in the last place above (up) or below dec,
 * in place.  999 + 1 becomes 100 one decade up; 100 - 1 becomes 999 one
 * decade down, still p digits. */
static void step(Decimal *dec, bool up) {
    int i = dec->nd - 1;
    if (up) {
        while (i >= 0 && dec->d[i] == '9')
            dec->d[i--] = '0';
        if (i >= 0)
            dec->d[i]++;
        else {
            dec->d[0] = '1';
            dec->dp++;
        }
        return;
    }
    while (dec->d[i] == '0')
        dec->d[i--] = '9';
    dec->d[i]--;
    if (dec->d[0] == '0') {
        memset(dec->d, '9', (size_t)dec->nd);
        dec->dp--;
    }
}

/* The shortest digits that read back as v (v > 0, finite). */
static Decimal shortest(double v, int bitsize) {
    int maxdigits = bitsize == 32 ? 9 : 17;
    for (int p = 1;; p++) {
        char *s = cformat("%.*e", p - 1, v);
        bool exact = reads_back(s, v, bitsize);
        bool rounded_up = strtod(s, NULL) > v;
        Decimal dec = parse_e(s);
        if (!exact && p < maxdigits) {
            step(&dec, !rounded_up);
            if (!decimal_reads_back(&dec, v, bitsize))
                continue;
        }
        trim(&dec);
        return dec;
    }
}

/* v (finite, >= 0) correctly rounded to ndigits significant digits. */
static Decimal rounded(double v, int ndigits) {
    Decimal dec = parse_e(cformat("%.*e", ndigits - 1, v));
    trim(&dec);
    return dec;
}

/* %e: d.ddddde±dd with prec digits after the point. */
static void put_e(RtBuf *b, bool neg, Decimal dec, int prec, char fmt) {
    if (neg)
        rt_buf_putc(b, '-');
    rt_buf_putc(b, dec.nd == 0 ? '0' : (uint8_t)dec.d[0]);
    if (prec > 0) {
        rt_buf_putc(b, '.');
        int have = dec.nd - 1 < prec ? dec.nd - 1 : prec;
        if (have > 0)
            rt_buf_write(b, dec.d + 1, (size_t)have);
        rt_buf_fill(b, '0', (size_t)(prec - (have > 0 ? have : 0)));
    }
    rt_buf_putc(b, (uint8_t)fmt);
    int exp = dec.nd == 0 ? 0 : dec.dp - 1;
    rt_buf_putc(b, exp < 0 ? '-' : '+');
    char digits[8];
    int n = snprintf(digits, sizeof digits, "%02d", exp < 0 ? -exp : exp);
    rt_buf_write(b, digits, (size_t)n);
}

/* %f: the integer digits (at least "0"), then prec fraction digits. */
static void put_f(RtBuf *b, bool neg, Decimal dec, int prec) {
    if (neg)
        rt_buf_putc(b, '-');
    if (dec.dp > 0) {
        int have = dec.nd < dec.dp ? dec.nd : dec.dp;
        rt_buf_write(b, dec.d, (size_t)have);
        rt_buf_fill(b, '0', (size_t)(dec.dp - have));
    } else
        rt_buf_putc(b, '0');
    if (prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 1; i <= prec; i++) {
            int j = dec.dp + i - 1;
            rt_buf_putc(b, j >= 0 && j < dec.nd ? (uint8_t)dec.d[j] : '0');
        }
    }
}

/* %g: %e if the exponent is < -4 or >= the precision (6 when shortest),
 * else %f; either way showing only the digits there are. */
static void put_g(RtBuf *b, bool neg, Decimal dec, int prec, bool shortest_digits,
                  char fmt) {
    int eprec = prec;
    if (eprec > dec.nd && dec.nd >= dec.dp)
        eprec = dec.nd;
    if (shortest_digits)
        eprec = 6;
    int exp = dec.dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > dec.nd)
            prec = dec.nd;
        put_e(b, neg, dec, prec - 1, fmt == 'g' ? 'e' : 'E');
        return;
    }
    if (prec > dec.dp)
        prec = dec.nd;
    put_f(b, neg, dec, prec - dec.dp > 0 ? prec - dec.dp : 0);
}

/* The IEEE fields: mant with the implicit bit made explicit, exp unbiased,
 * so that |v| = mant * 2^(exp - mantbits). */
static void decompose(double v, int bitsize, uint64_t *mant, int *exp, int *mantbits) {
    uint64_t bits;
    int expbits, bias;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t b32;
        memcpy(&b32, &f, sizeof b32);
        bits = b32;
        *mantbits = 23, expbits = 8, bias = -127;
    } else {
        memcpy(&bits, &v, sizeof bits);
        *mantbits = 52, expbits = 11, bias = -1023;
    }
    *exp = (int)(bits >> *mantbits) & ((1 << expbits) - 1);
    *mant = bits & ((UINT64_C(1) << *mantbits) - 1);
    if (*exp == 0)
        (*exp)++; /* subnormal */
    else
        *mant |= UINT64_C(1) << *mantbits;
    *exp += bias;
}

/* %b: decimal mantissa, 'p', binary exponent: 4503599627370496p-52. */
static void put_b(RtBuf *b, bool neg, double v, int bitsize) {
    uint64_t mant;
    int exp, mantbits;
    decompose(v, bitsize, &mant, &exp, &mantbits);
    char s[48];
    int n = snprintf(s, sizeof s, "%s%llup%+d", neg ? "-" : "", (unsigned long long)mant,
                     exp - mantbits);
    rt_buf_write(b, s, (size_t)n);
}

/* %x: 0x1.8p+01 — normalized hex mantissa (leading digit 1, or 0 for zero),
 * at least two exponent digits.  With a precision below 15 the mantissa is
 * rounded to that many hex digits, ties to even. */
static void put_x(RtBuf *b, bool neg, double v, int prec, int bitsize, char fmt) {
    static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
    const char *hex = fmt == 'X' ? upper : lower;
    uint64_t mant;
    int exp, mantbits;
    decompose(v, bitsize, &mant, &exp, &mantbits);
    if (mant == 0)
        exp = 0;
    /* Fixed point with the leading 1 at bit 60. */
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & UINT64_C(1) << 60) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((UINT64_C(1) << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > UINT64_C(1) << 59)
            mant++;
        mant <<= 60 - shift;
        if (mant & UINT64_C(1) << 61) { /* carried into a new leading digit */
            mant >>= 1;
            exp++;
        }
    }
    if (neg)
        rt_buf_putc(b, '-');
    rt_buf_putc(b, '0');
    rt_buf_putc(b, (uint8_t)fmt);
    rt_buf_putc(b, (uint8_t)('0' + (mant >> 60 & 1)));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            rt_buf_putc(b, (uint8_t)hex[mant >> 60 & 15]);
            mant <<= 4;
        }
    }
    char s[16];
    int n = snprintf(s, sizeof s, "%c%c%02d", fmt == 'X' ? 'P' : 'p', exp < 0 ? '-' : '+',
                     exp < 0 ? -exp : exp);
    rt_buf_write(b, s, (size_t)n);
}

void rt_float_append(RtBuf *b, double v, char fmt, int prec, int bitsize) {
    if (bitsize == 32)
        v = (float)v;
    if (isnan(v)) {
        rt_buf_puts(b, "NaN");
        return;
    }
    if (isinf(v)) {
        rt_buf_puts(b, v > 0 ? "+Inf" : "-Inf");
        return;
    }
    bool neg = signbit(v);
    double a = fabs(v);
    switch (fmt) {
    case 'b':
        put_b(b, neg, v, bitsize);
        return;
    case 'x':
    case 'X':
        put_x(b, neg, v, prec, bitsize, fmt);
        return;
    case 'e':
    case 'E':
    case 'f':
        if (prec >= 0) { /* snprintf's text is strconv's; see the top */
            if (neg)
                rt_buf_putc(b, '-');
            rt_buf_puts(b, cformat(fmt == 'e' ? "%.*e" : fmt == 'E' ? "%.*E" : "%.*f", prec, a));
            return;
        }
        break;
    }
    bool short_digits = prec < 0;
    Decimal dec;
    if (a == 0)
        dec = (Decimal){NULL, 0, 0};
    else if (short_digits)
        dec = shortest(a, bitsize);
    else
        dec = rounded(a, prec == 0 ? 1 : prec);
    switch (fmt) {
    case 'e':
    case 'E':
        put_e(b, neg, dec, dec.nd > 1 ? dec.nd - 1 : 0, fmt);
        break;
    case 'f':
        put_f(b, neg, dec, dec.nd > dec.dp ? dec.nd - dec.dp : 0);
        break;
    default: /* 'g', 'G' */
        put_g(b, neg, dec, short_digits ? dec.nd : prec == 0 ? 1 : prec, short_digits, fmt);
        break;
    }
}

/* Go's runtime printfloat, step for step: normalize into [1, 10) by
 * repeated division or multiplication, add half a unit of the 7th digit,
 * then peel off 7 digits. */
size_t rt_float_runtime_format(char out[RT_PRINT_FLOAT_MAX], double v) {
    enum { NDIGITS = 7 };
    if (v != v) {
        memcpy(out, "NaN", 3);
        return 3;
    }
    if (v + v == v && v != 0) {
        memcpy(out, v > 0 ? "+Inf" : "-Inf", 4);
        return 4;
    }
    out[0] = '+';
    int e = 0;
    if (v == 0) {
        if (signbit(v))
            out[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            out[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < NDIGITS; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < NDIGITS; i++) {
        int s = (int)v;
        out[i + 2] = (char)('0' + s);
        v -= s;
        v *= 10;
    }
    out[1] = out[2];
    out[2] = '.';
    out[NDIGITS + 2] = 'e';
    out[NDIGITS + 3] = e < 0 ? '-' : '+';
    if (e < 0)
        e = -e;
    out[NDIGITS + 4] = (char)('0' + e / 100);
    out[NDIGITS + 5] = (char)('0' + e / 10 % 10);
    out[NDIGITS + 6] = (char)('0' + e % 10);
    return NDIGITS + 7;
}
