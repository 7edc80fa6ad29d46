/*
 * math_trig.c — package math's circular functions, bit-exact with Go 1.19
 * on amd64: Sin, Cos, Tan, Sincos, Atan, Asin, Acos, Atan2.
 *
 * gc computes all of these in portable Go (no amd64 assembly), with the
 * Cephes polynomials and a three-part Pi/4 reduction (Payne-Hanek with a
 * table of the bits of 4/Pi for arguments >= 2^29).  C's libm uses other
 * polynomials, so its last bit often differs; this file evaluates the same
 * formulas in the same order so that every rounding step is identical.
 * Floating-point contraction into FMA must stay off (math_internal.h): gc
 * on GOAMD64=v1 never fuses.
 */
#include <math.h>
#include <string.h>

#include "lib.h"
#include "math_internal.h"

typedef struct { GoFloat64 r0; GoFloat64 r1; } Tuple_GoFloat64_GoFloat64;

/* ---- argument reduction ------------------------------------------------- */

/* Pi/4 split in three parts whose products with small integers are exact. */
static const double PI4A = 0x1.921fb4p-1;
static const double PI4B = 0x1.4442dp-25;
static const double PI4C = 0x1.8469898cc5170p-49;
static const double FOUR_OVER_PI = 0x1.45f306dc9c883p+0; /* 4/Pi rounded */
static const double PI_OVER_4 = 0x1.921fb54442d18p-1;

/* Above this, x*(4/Pi) loses the bits that select the octant. */
#define REDUCE_THRESHOLD 0x1p29

/* The binary expansion of 4/Pi: word 0 is the integer part (1), then 19
 * words of fraction.  (Computed independently from Machin's formula.) */
static const uint64_t four_over_pi_bits[20] = {
    0x0000000000000001u, 0x45f306dc9c882a53u, 0xf84eafa3ea69bb81u, 0xb6c52b3278872083u,
    0xfca2c757bd778ac3u, 0x6e48dc74849ba5c0u, 0x0c925dd413a32439u, 0xfc3bd63962534e7du,
    0xd1046bea5d768909u, 0xd338e04d68befc82u, 0x7323ac7306a673e9u, 0x3908bf177bf25076u,
    0x3ff12fffbc0b301fu, 0xde5e2316b414da3eu, 0xda6cfd9e4f96136eu, 0x9e8c7ecd3cbfd45au,
    0xea4f758fd7cbe2f6u, 0x7a0e73ef14a525d4u, 0xd7f6bf623f1aba10u, 0xac06608df8f6d757u};

/* 192 bits of 4/Pi starting `shift` bits after word `w` (shift < 64). */
static uint64_t pi_window(unsigned w, unsigned shift) {
    if (shift == 0)
        return four_over_pi_bits[w];
    return (four_over_pi_bits[w] << shift) | (four_over_pi_bits[w + 1] >> (64 - shift));
}

/* Payne-Hanek: for x >= 2^29, multiplies the 53-bit mantissa by the
 * relevant window of 4/Pi's bits, keeping the octant (3 integer bits mod 8)
 * and the fraction, which becomes z in [-Pi/4, Pi/4] like the small path. */
static double trig_reduce(double x, uint64_t *octant) {
    if (x < PI_OVER_4) {
        *octant = 0;
        return x;
    }
    uint64_t ix;
    memcpy(&ix, &x, sizeof ix);
    int e = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
    ix = (ix & ((UINT64_C(1) << 52) - 1)) | (UINT64_C(1) << 52);
    unsigned digit = (unsigned)(e + 61) / 64, bitshift = (unsigned)(e + 61) % 64;
    uint64_t z0 = pi_window(digit, bitshift);
    uint64_t z1 = pi_window(digit + 1, bitshift);
    uint64_t z2 = pi_window(digit + 2, bitshift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix;
    unsigned __int128 p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64);
    uint64_t z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t hi = z0lo + z1hi + (lo < z1lo);
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    /* normalise the fraction bits into a double in [0, 1) */
    unsigned lz = (unsigned)__builtin_clzll(hi); /* hi != 0: 4/Pi is irrational */
    uint64_t ebits = (uint64_t)(1023 - (lz + 1));
    hi = (hi << (lz + 1)) | (lz + 1 < 64 ? lo >> (64 - (lz + 1)) : 0);
    hi >>= 64 - 52;
    hi |= ebits << 52;
    double z;
    memcpy(&z, &hi, sizeof z);
    if (j & 1) { /* odd octant: measure from the next multiple of Pi/4 */
        j = (j + 1) & 7;
        z--;
    }
    *octant = j;
    return z * PI_OVER_4;
}

/* Reduces |x| (finite, >= 0) to z in [-Pi/4, Pi/4] and an even octant j. */
static double reduce(double x, uint64_t *octant, int mod8) {
    if (x >= REDUCE_THRESHOLD)
        return trig_reduce(x, octant);
    uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
    double y = (double)j;
    if (j & 1) {
        j++;
        y++;
    }
    if (mod8)
        j &= 7;
    *octant = j;
    return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

/* ---- the polynomials ----------------------------------------------------- */

static double sin_poly(double z, double zz) {
    return z + z * zz * ((((((0x1.5d8fd1fd19ccdp-33 * zz) + -0x1.ae5e5a9291f5dp-26) * zz +
                            0x1.71de3567d48a1p-19) * zz + -0x1.a01a019bfdf03p-13) * zz +
                          0x1.111111110f7d0p-7) * zz + -0x1.5555555555548p-3);
}

static double cos_poly(double zz) {
    return 1.0 - 0.5 * zz +
           zz * zz * ((((((-0x1.8fa49a0861a9bp-37 * zz) + 0x1.1ee9d7b4e3f05p-29) * zz +
                         -0x1.27e4f7eac4bc6p-22) * zz + 0x1.a01a019c844f5p-16) * zz +
                       -0x1.6c16c16c14f91p-10) * zz + 0x1.555555555554bp-5);
}

/* ---- Sin, Cos, Sincos, Tan ---------------------------------------------- */

GoFloat64 math__Sin(GoFloat64 x) {
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    uint64_t j;
    double z = reduce(x, &j, 1);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

GoFloat64 math__Cos(GoFloat64 x) {
    if (isnan(x) || isinf(x))
        return go_nan();
    int sign = 0;
    x = fabs(x);
    uint64_t j;
    double z = reduce(x, &j, 1);
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1)
        sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

Tuple_GoFloat64_GoFloat64 math__Sincos(GoFloat64 x) {
    if (x == 0)
        return (Tuple_GoFloat64_GoFloat64){x, 1};
    if (isnan(x) || isinf(x))
        return (Tuple_GoFloat64_GoFloat64){go_nan(), go_nan()};
    int sin_sign = 0, cos_sign = 0;
    if (x < 0) {
        x = -x;
        sin_sign = 1;
    }
    uint64_t j;
    double z = reduce(x, &j, 1);
    if (j > 3) {
        j -= 4;
        sin_sign = !sin_sign;
        cos_sign = !cos_sign;
    }
    if (j > 1)
        cos_sign = !cos_sign;
    double zz = z * z;
    double c = cos_poly(zz), s = sin_poly(z, zz);
    if (j == 1 || j == 2) {
        double t = s;
        s = c;
        c = t;
    }
    return (Tuple_GoFloat64_GoFloat64){sin_sign ? -s : s, cos_sign ? -c : c};
}

GoFloat64 math__Tan(GoFloat64 x) {
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    uint64_t j;
    double z = reduce(x, &j, 0); /* only bit 1 of j matters */
    double zz = z * z, y = z;
    if (zz > 1e-14)
        y = z + z * (zz * ((-0x1.992d8d24f3f38p+13 * zz + 0x1.199eca5fc9dddp+20) * zz +
                           -0x1.11fead3299176p+24) /
                     ((((zz + 0x1.ab8a5eeb36572p+13) * zz + -0x1.427bc582abc96p+20) * zz +
                       0x1.7d98fc2ead8efp+24) * zz + -0x1.9afe03cbe5a31p+25));
    if (j & 2)
        y = -1 / y;
    return sign ? -y : y;
}

/* ---- Atan, Asin, Acos, Atan2 --------------------------------------------- */

static const double PI_OVER_2 = 0x1.921fb54442d18p+0;
static const double MOREBITS = 6.123233995736765886130e-17; /* Pi/2 - PI_OVER_2 */

/* Cephes' rational approximation of atan on [0, 0.66]. */
static double xatan(double x) {
    double z = x * x;
    z = z * ((((-8.750608600031904122785e-01 * z + -1.615753718733365076637e+01) * z +
               -7.500855792314704667340e+01) * z + -1.228866684490136173410e+02) * z +
             -6.485021904942025371773e+01) /
        (((((z + 2.485846490142306297962e+01) * z + 1.650270098316988542046e+02) * z +
           4.328810604912902668951e+02) * z + 4.853903996359136964868e+02) * z +
         1.945506571482613964425e+02);
    return x * z + x;
}

/* atan of x >= 0, reduced to [0, 0.66] around 0, Pi/4 or Pi/2. */
static double satan(double x) {
    if (x <= 0.66)
        return xatan(x);
    if (x > 2.41421356237309504880) /* tan(3Pi/8) */
        return PI_OVER_2 - xatan(1 / x) + MOREBITS;
    return PI_OVER_4 + xatan((x - 1) / (x + 1)) + 0x1.1a62633145c07p-55 /* Morebits/2 */;
}

GoFloat64 math__Atan(GoFloat64 x) {
    if (x == 0)
        return x;
    return x > 0 ? satan(x) : -satan(-x);
}

GoFloat64 math__Asin(GoFloat64 x) {
    if (x == 0)
        return x;
    int sign = 0;
    if (x < 0) {
        x = -x;
        sign = 1;
    }
    if (x > 1)
        return go_nan();
    double t = sqrt(1 - x * x);
    t = x > 0.7 ? PI_OVER_2 - satan(t / x) : satan(x / t);
    return sign ? -t : t;
}

GoFloat64 math__Acos(GoFloat64 x) { return PI_OVER_2 - math__Asin(x); }

GoFloat64 math__Atan2(GoFloat64 y, GoFloat64 x) {
    if (isnan(y) || isnan(x))
        return go_nan();
    if (y == 0)
        return copysign((x >= 0 && !signbit(x)) ? 0 : 0x1.921fb54442d18p+1, y);
    if (x == 0)
        return copysign(PI_OVER_2, y);
    if (isinf(x)) {
        if (x > 0)
            return copysign(isinf(y) ? PI_OVER_4 : 0, y);
        return copysign(isinf(y) ? 0x1.2d97c7f3321d2p+1 /* 3Pi/4 */ : 0x1.921fb54442d18p+1, y);
    }
    if (isinf(y))
        return copysign(PI_OVER_2, y);
    double q = math__Atan(y / x);
    if (x < 0)
        return q <= 0 ? q + 0x1.921fb54442d18p+1 : q - 0x1.921fb54442d18p+1;
    return q;
}
