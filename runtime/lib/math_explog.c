/*
 * math_explog.c — package math's exponentials, logarithms and hyperbolic
 * functions, bit-exact with Go 1.19 on amd64: Exp, Log, Exp2, Expm1,
 * Log1p, Cbrt, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh.
 *
 * On amd64, gc's Exp and Log are assembly (exp_amd64.s, log_amd64.s): Exp
 * is a Taylor series on x/16 squared back up four times (from SLEEF), and
 * it takes a different, FMA-using path when the CPU has AVX and FMA, so its
 * result depends on the machine; math__Exp makes the same choice at run
 * time.  Log is FreeBSD's algorithm without the denormal normalisation.
 * The rest are gc's portable Go versions (FreeBSD msun / Cephes); this file
 * evaluates the same formulas in the same order, so each rounding matches.
 * No contraction into FMA (see math_internal.h).
 */
#include <math.h>

#include "lib.h"
#include "math_internal.h"

/* ln 2 split so that k*LN2_HI is exact for the k that occur. */
static const double LN2_HI = 6.93147180369123816490e-01;
static const double LN2_LO = 1.90821492927058770002e-10;

/* ---- Exp (exp_amd64.s) --------------------------------------------------------- */

/* Taylor coefficients 1/3! ... 1/8! and the split ln 2 of the assembly. */
static const double EXP_C[6] = {1.6666666666666666667e-1, 4.1666666666666666667e-2,
                                8.3333333333333333333e-3, 1.3888888888888888889e-3,
                                1.9841269841269841270e-4, 2.4801587301587301587e-5};
static const double EXP_LN2U = 0.69314718055966295651160180568695068359375;
static const double EXP_LN2L = 0.28235290563031577122588448175013436025525412068e-12;

/* gc checks once whether the CPU can run its FMA variant. */
static int exp_use_fma(void) {
    static int cached = -1;
    if (cached < 0)
        cached = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    return cached;
}

/* CVTSD2SL: round to nearest even, out of range -> INT32_MIN. */
static int32_t cvt_round_i32(double v) {
    double r = nearbyint(v);
    if (!(r >= -2147483648.0 && r <= 2147483647.0))
        return INT32_MIN;
    return (int32_t)r;
}

/* e^x - 1 ... the series on r = x/16 then (2+y)*y four times: e^(16r). */
static double exp_series(double r) {
    double p = EXP_C[5] * r + EXP_C[4];
    p = p * r + EXP_C[3];
    p = p * r + EXP_C[2];
    p = p * r + EXP_C[1];
    p = p * r + EXP_C[0];
    p = p * r + 0.5;
    p = p * r + 1.0;
    double y = r * p;
    for (int i = 0; i < 4; i++)
        y = y * (2.0 + y);
    return y + 1.0;
}

static double exp_series_fma(double r) {
    double p = fma(EXP_C[5], r, EXP_C[4]);
    p = fma(p, r, EXP_C[3]);
    p = fma(p, r, EXP_C[2]);
    p = fma(p, r, EXP_C[1]);
    p = fma(p, r, EXP_C[0]);
    p = fma(p, r, 0.5);
    p = fma(p, r, 1.0);
    double y = r * p;
    for (int i = 0; i < 3; i++)
        y = y * (2.0 + y);
    return fma(y, 2.0 + y, 1.0);
}

/* y * 2^k as the assembly does it: one multiply by a power of two, or
 * two for denormal results. */
static double exp_scale(double y, int32_t k) {
    int64_t e = (int64_t)k + 0x3FF;
    if (e <= 0) {
        if (e < -52)
            return 0;
        y *= f64_from((uint64_t)(e + 0x3FE) << 52);
        e = 1;
    } else if (e >= 0x7FF) {
        return INFINITY;
    }
    return y * f64_from((uint64_t)e << 52);
}

GoFloat64 math__Exp(GoFloat64 x) {
    if (isnan(x) || isinf(x))
        return x < 0 ? 0 : x;
    if (x > 7.09782712893384e+02)
        return INFINITY;
    int32_t k = cvt_round_i32(0x1.71547652b82fep+0 /* 1/ln 2 */ * x);
    double fk = (double)k, y;
    if (exp_use_fma()) {
        double r = fma(-fk, EXP_LN2U, x);
        r = fma(-fk, EXP_LN2L, r);
        y = exp_series_fma(r * 0.0625);
    } else {
        double r = x - fk * EXP_LN2U;
        r = r - fk * EXP_LN2L;
        y = exp_series(r * 0.0625);
    }
    return exp_scale(y, k);
}

/* ---- Log (log_amd64.s) --------------------------------------------------------- */

static const double LG[8] = {0, 6.666666666666735130e-01, 3.999999999940941908e-01,
                             2.857142874366239149e-01, 2.222219843214978396e-01,
                             1.818357216161805012e-01, 1.531383769920937332e-01,
                             1.479819860511658591e-01};

GoFloat64 math__Log(GoFloat64 x) {
    uint64_t bx = f64_bits(x);
    if ((bx & ~(UINT64_C(1) << 63)) == 0)
        return -INFINITY;
    if (bx >> 63) /* negative, or NaN with the sign bit */
        return go_nan();
    if (bx >= UINT64_C(0x7FF0000000000000))
        return x;
    /* the exponent field as is: denormals are not normalised */
    double f1 = f64_from((bx & UINT64_C(0x000FFFFFFFFFFFFF)) | UINT64_C(0x3FE0000000000000));
    double k = (double)((int)((bx >> 52) & 0x7FF) - 0x3FE);
    if (!(0x1.6a09e667f3bcdp-1 /* Sqrt2/2 */ < f1)) {
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (((LG[7] * s4 + LG[5]) * s4 + LG[3]) * s4 + LG[1]);
    double t2 = s4 * ((LG[6] * s4 + LG[4]) * s4 + LG[2]);
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * LN2_HI - ((hfsq - (s * (hfsq + R) + k * LN2_LO)) - f);
}

/* ---- Exp2 (gc's exp2 and expmulti) ---------------------------------------------- */

/* e^(hi-lo) * 2^k with FreeBSD's remez polynomial. */
static double expmulti(double hi, double lo, GoInt k) {
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (1.66666666666666657415e-01 +
                        t * (-2.77777777770155933842e-03 +
                             t * (6.61375632143793436117e-05 +
                                  t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return ldexp(y, (int)k); /* exactly rounded, like gc's Ldexp */
}

GoFloat64 math__Exp2(GoFloat64 x) {
    if (isnan(x) || (isinf(x) && x > 0))
        return x;
    if (isinf(x))
        return 0;
    if (x > 1.0239999999999999e+03)
        return INFINITY;
    if (x < -1.0740e+03)
        return 0;
    GoInt k = 0;
    if (x > 0)
        k = (GoInt)(x + 0.5);
    else if (x < 0)
        k = (GoInt)(x - 0.5);
    double t = x - (double)k;
    return expmulti(t * LN2_HI, -t * LN2_LO, k);
}

/* ---- Expm1 (FreeBSD's s_expm1.c as in gc) ------------------------------------------ */

/* Adds k to the exponent field of y (the caller knows it stays normal). */
static double add_exponent(double y, GoInt k) {
    return f64_from(f64_bits(y) + ((uint64_t)k << 52));
}

/* Puts the reduced result back together: e^x - 1 = 2^k (1 + x - e) - 1. */
static double expm1_finish(double x, double e, double c, double hxs, GoInt k) {
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25)
            return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        return add_exponent(y, k) - 1;
    }
    if (k < 20) {
        double t = f64_from(UINT64_C(0x3ff0000000000000) - (UINT64_C(0x20000000000000) >> k));
        return add_exponent(t - (e - x), k);
    }
    double t = f64_from((uint64_t)(0x3ff - k) << 52);
    double y = x - (e + t);
    y++;
    return add_exponent(y, k);
}

GoFloat64 math__Expm1(GoFloat64 x) {
    if (isnan(x) || (isinf(x) && x > 0))
        return x;
    if (isinf(x))
        return -1;
    double absx = fabs(x);
    int neg = x < 0;
    if (absx >= 3.88162421113569373274e+01) { /* 56 ln 2 */
        if (neg)
            return -1;
        if (absx >= 7.09782712893383973096e+02)
            return INFINITY;
    }
    double c = 0;
    GoInt k = 0;
    if (absx > 3.46573590279972654709e-01) { /* ln2 / 2 */
        double hi, lo;
        if (absx < 1.03972077083991796413e+00) { /* 3 ln2 / 2 */
            hi = neg ? x + LN2_HI : x - LN2_HI;
            lo = neg ? -LN2_LO : LN2_LO;
            k = neg ? -1 : 1;
        } else {
            k = (GoInt)(1.44269504088896338700e+00 * x + (neg ? -0.5 : 0.5));
            double t = (double)k;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < 0x1p-54) {
        return x;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (-3.33333333333331316428e-02 +
                           hxs * (1.58730158725481460165e-03 +
                                  hxs * (-7.93650757867487942473e-05 +
                                         hxs * (4.00821782732936239552e-06 +
                                                hxs * -2.01099218183624371326e-07))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0)
        return x - (x * e - hxs);
    return expm1_finish(x, e, c, hxs, k);
}

/* ---- Log1p (FreeBSD's s_log1p.c as in gc) ---------------------------------------- */

static const double LP[8] = {0, 6.666666666666735130e-01, 3.999999999940941908e-01,
                             2.857142874366239149e-01, 2.222219843214978396e-01,
                             1.818357216161805012e-01, 1.531383769920937332e-01,
                             1.479819860511658591e-01};

/* The general case: 1+x = 2^k * u with u in [sqrt2/2, sqrt2), c the
 * rounding error of 1+x; then log(u) by the series in s = f/(2+f). */
static double log1p_general(double x, double absx) {
    double u, c = 0;
    uint64_t iu;
    GoInt k;
    if (absx < 0x1p53) {
        u = 1.0 + x;
        iu = f64_bits(u);
        k = (GoInt)(iu >> 52) - 1023;
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
        c /= u;
    } else {
        u = x;
        iu = f64_bits(u);
        k = (GoInt)(iu >> 52) - 1023;
    }
    iu &= UINT64_C(0x000fffffffffffff);
    if (iu < UINT64_C(0x0006a09e667f3bcd)) {
        u = f64_from(iu | UINT64_C(0x3ff0000000000000));
    } else {
        k++;
        u = f64_from(iu | UINT64_C(0x3fe0000000000000));
        iu = (UINT64_C(0x0010000000000000) - iu) >> 2;
    }
    double f = u - 1.0;
    double hfsq = 0.5 * f * f;
    double dk = (double)k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0)
                return 0;
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        double R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0)
            return f - R;
        return dk * LN2_HI - ((R - (dk * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double R = z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * (LP[6] + z * LP[7]))))));
    if (k == 0)
        return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + (dk * LN2_LO + c))) - f);
}

GoFloat64 math__Log1p(GoFloat64 x) {
    if (x < -1 || isnan(x))
        return go_nan();
    if (x == -1)
        return -INFINITY;
    if (isinf(x))
        return INFINITY;
    double absx = fabs(x);
    if (absx < 4.142135623730950488017e-01) { /* sqrt2 - 1 */
        if (absx < 0x1p-29)
            return absx < 0x1p-54 ? x : x - x * x * 0.5;
        if (x > -2.928932188134524755992e-01) { /* sqrt2/2 - 1: k = 0, f = x */
            double f = x, hfsq = 0.5 * f * f;
            double s = f / (2.0 + f);
            double z = s * s;
            double R = z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * (LP[6] + z * LP[7]))))));
            return f - (hfsq - s * (hfsq + R));
        }
    }
    return log1p_general(x, absx);
}

/* ---- Cbrt (FreeBSD's s_cbrt.c as in gc) -------------------------------------------- */

GoFloat64 math__Cbrt(GoFloat64 x) {
    if (x == 0 || isnan(x) || isinf(x))
        return x;
    int neg = x < 0;
    x = fabs(x);
    /* a 5-bit first guess from dividing the exponent bits by 3 */
    double t = f64_from(f64_bits(x) / 3 + (UINT64_C(715094163) << 32));
    if (x < 2.22507385850720138309e-308) { /* denormal: scale up first */
        t = 0x1p54;
        t *= x;
        t = f64_from(f64_bits(t) / 3 + (UINT64_C(696219795) << 32));
    }
    /* a rational step to about 23 bits */
    double r = t * t / x;
    double s = 5.42857142857142815906e-01 + r * t;
    t *= 3.57142857142857150787e-01 +
         1.60714285714285720630e+00 / (s + 1.41428571428571436819e+00 + -7.05306122448979611050e-01 / s);
    /* chop to 22 bits, rounded up, then one Newton step to 53 */
    t = f64_from((f64_bits(t) & (UINT64_C(0xFFFFFFFFC) << 28)) + (UINT64_C(1) << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return neg ? -t : t;
}

/* ---- hyperbolic functions -------------------------------------------------------- */

GoFloat64 math__Sinh(GoFloat64 x) {
    int neg = x < 0; /* like gc: -0 and NaN keep their sign bit */
    if (neg)
        x = -x;
    double v;
    if (x > 21) {
        v = math__Exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = math__Exp(x);
        v = (ex - 1 / ex) * 0.5;
    } else { /* Cephes' rational approximation */
        double sq = x * x;
        v = (((-0.2630563213397497062819489e+2 * sq + -0.2894211355989563807284660366e+4) * sq +
              -0.8991272022039509355398013511e+5) * sq + -0.6307673640497716991184787251e+6) * x;
        v = v / (((sq + -0.173678953558233699533450911e+3) * sq + 0.1521517378790019070696485176e+5) * sq +
                 -0.6307673640497716991212077277e+6);
    }
    return neg ? -v : v;
}

GoFloat64 math__Cosh(GoFloat64 x) {
    x = fabs(x);
    if (x > 21)
        return math__Exp(x) * 0.5;
    double ex = math__Exp(x);
    return (ex + 1 / ex) * 0.5;
}

GoFloat64 math__Tanh(GoFloat64 x) {
    double z = fabs(x);
    if (z > 0.5 * 8.8029691931113054295988e+01) /* MAXLOG/2 */
        return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = math__Exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0)
        return x;
    double s = x * x;
    return x + x * s * ((-9.64399179425052238628e-1 * s + -9.92877231001918586564e1) * s +
                        -1.61468768441708447952e3) /
                   (((s + 1.12811678491632931402e2) * s + 2.23548839060100448583e3) * s +
                    4.84406305325125486048e3);
}

static const double LN2 = 0x1.62e42fefa39efp-1;

GoFloat64 math__Asinh(GoFloat64 x) {
    if (isnan(x) || isinf(x))
        return x;
    int neg = x < 0;
    if (neg)
        x = -x;
    double v;
    if (x > 0x1p28)
        v = math__Log(x) + LN2;
    else if (x > 2)
        v = math__Log(2 * x + 1 / (sqrt(x * x + 1) + x));
    else if (x < 0x1p-28)
        v = x;
    else
        v = math__Log1p(x + x * x / (1 + sqrt(1 + x * x)));
    return neg ? -v : v;
}

GoFloat64 math__Acosh(GoFloat64 x) {
    if (x < 1 || isnan(x))
        return go_nan();
    if (x == 1)
        return 0;
    if (x >= 0x1p28)
        return math__Log(x) + LN2;
    if (x > 2)
        return math__Log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return math__Log1p(t + sqrt(2 * t + t * t));
}

GoFloat64 math__Atanh(GoFloat64 x) {
    if (x < -1 || x > 1 || isnan(x))
        return go_nan();
    if (x == 1 || x == -1)
        return x * INFINITY;
    int neg = x < 0;
    if (neg)
        x = -x;
    double v;
    if (x < 0x1p-28) {
        v = x;
    } else if (x < 0.5) {
        v = x + x;
        v = 0.5 * math__Log1p(v + v * x / (1 - x));
    } else {
        v = 0.5 * math__Log1p((x + x) / (1 - x));
    }
    return neg ? -v : v;
}
