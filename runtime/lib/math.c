/*
 * math.c — package math (Go 1.19 semantics), declared in lib/math/:
 * bits, classification, the exactly rounded operations, Pow, Pow10,
 * Hypot, Log2, Log10.
 *
 * For the exactly rounded operations (Sqrt, Floor, Ceil, Trunc, FMA, Mod,
 * Remainder, Ldexp...) any correct libm gives Go's bits; where Go's
 * special cases differ from C's (Max, Min, Modf, Frexp, Ilogb, Nextafter,
 * Dim) the cases are spelled out.  Pow, Hypot, Log2, Log10 and Pow10
 * follow gc's own steps so the results agree to the last bit.  The other
 * transcendental functions are in math_trig.c, math_explog.c,
 * math_special.c and math_bessel.c, also bit-exact with gc on amd64.
 */
#define _DEFAULT_SOURCE /* lgamma_r, setenv, gethostname, environ: POSIX/BSD */
#include <math.h>
#include <string.h>

#include "lib.h"
#include "math_internal.h"

typedef struct { GoFloat64 r0; GoInt r1; } Tuple_GoFloat64_GoInt;

static double go(double v) {
    return isnan(v) ? go_nan() : v;
}
typedef struct { GoFloat64 r0; GoFloat64 r1; } Tuple_GoFloat64_GoFloat64;

/* ---- bits ----------------------------------------------------------------- */

GoUint64 math__Float64bits(GoFloat64 f) {
    GoUint64 b;
    memcpy(&b, &f, sizeof b);
    return b;
}
GoFloat64 math__Float64frombits(GoUint64 b) {
    GoFloat64 f;
    memcpy(&f, &b, sizeof f);
    return f;
}
GoUint32 math__Float32bits(GoFloat32 f) {
    GoUint32 b;
    memcpy(&b, &f, sizeof b);
    return b;
}
GoFloat32 math__Float32frombits(GoUint32 b) {
    GoFloat32 f;
    memcpy(&f, &b, sizeof f);
    return f;
}

/* ---- classification --------------------------------------------------------- */

GoFloat64 math__Inf(GoInt sign) { return sign >= 0 ? INFINITY : -INFINITY; }
GoFloat64 math__NaN(void) { return go_nan(); }
GoBool math__IsNaN(GoFloat64 f) { return f != f; }
GoBool math__IsInf(GoFloat64 f, GoInt sign) {
    return (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
}
GoBool math__Signbit(GoFloat64 x) { return signbit(x) != 0; }

/* ---- exactly rounded operations: any libm agrees with gc ---------------- */

GoFloat64 math__Abs(GoFloat64 x) { return fabs(x); }
GoFloat64 math__Sqrt(GoFloat64 x) { return sqrt(x); }
GoFloat64 math__Floor(GoFloat64 x) { return floor(x); }
GoFloat64 math__Ceil(GoFloat64 x) { return ceil(x); }
GoFloat64 math__Trunc(GoFloat64 x) { return trunc(x); }
GoFloat64 math__Round(GoFloat64 x) { return round(x); }
GoFloat64 math__RoundToEven(GoFloat64 x) { return nearbyint(x); } /* default mode: ties to even */
GoFloat64 math__Copysign(GoFloat64 f, GoFloat64 sign) { return copysign(f, sign); }
GoFloat64 math__Mod(GoFloat64 x, GoFloat64 y) { return go(fmod(x, y)); }
GoFloat64 math__Remainder(GoFloat64 x, GoFloat64 y) { return go(remainder(x, y)); }
GoFloat64 math__FMA(GoFloat64 x, GoFloat64 y, GoFloat64 z) { return fma(x, y, z); }
GoFloat64 math__Logb(GoFloat64 x) { return logb(x); }

GoFloat64 math__Ldexp(GoFloat64 frac, GoInt exp) {
    /* C's int exponent: anything beyond +-5000 already over/underflows */
    if (exp > 5000)
        exp = 5000;
    if (exp < -5000)
        exp = -5000;
    return ldexp(frac, (int)exp);
}

/* Go: Frexp(±0), Frexp(±Inf) and Frexp(NaN) give an exponent of 0. */
Tuple_GoFloat64_GoInt math__Frexp(GoFloat64 f) {
    if (f == 0 || isinf(f) || isnan(f))
        return (Tuple_GoFloat64_GoInt){f, 0};
    int e;
    double m = frexp(f, &e);
    return (Tuple_GoFloat64_GoInt){m, e};
}

/* Go: Modf(±Inf) = ±Inf, NaN (C gives ±0 for the fraction). */
Tuple_GoFloat64_GoFloat64 math__Modf(GoFloat64 f) {
    if (isinf(f)) { /* gc: frac = +Inf - +Inf (x86's NaN), negated for -Inf */
        double a = fabs(f), frac = a - a;
        return (Tuple_GoFloat64_GoFloat64){f, f < 0 ? -frac : frac};
    }
    double ip;
    double frac = modf(f, &ip);
    return (Tuple_GoFloat64_GoFloat64){ip, frac};
}

/* Go: Ilogb(0) = MinInt32, Ilogb(±Inf) = Ilogb(NaN) = MaxInt32. */
GoInt math__Ilogb(GoFloat64 x) {
    if (x == 0)
        return INT32_MIN;
    if (isnan(x) || isinf(x))
        return INT32_MAX;
    return ilogb(x);
}

/* Go: +Inf wins over NaN, NaN over everything else, and +0 over -0. */
GoFloat64 math__Max(GoFloat64 x, GoFloat64 y) {
    if (isinf(x) && x > 0)
        return x;
    if (isinf(y) && y > 0)
        return y;
    if (isnan(x) || isnan(y))
        return go_nan();
    if (x == 0 && x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}
GoFloat64 math__Min(GoFloat64 x, GoFloat64 y) {
    if (isinf(x) && x < 0)
        return x;
    if (isinf(y) && y < 0)
        return y;
    if (isnan(x) || isnan(y))
        return go_nan();
    if (x == 0 && x == y)
        return signbit(x) ? x : y;
    return x < y ? x : y;
}

GoFloat64 math__Dim(GoFloat64 x, GoFloat64 y) {
    double v = x - y; /* Inf-Inf and NaNs give NaN, which is not <= 0 */
    return v <= 0 ? 0 : v;
}

/* Go: Nextafter(x, x) is x itself (C returns y, which differs for ±0). */
GoFloat64 math__Nextafter(GoFloat64 x, GoFloat64 y) {
    if (x == y && !isnan(x))
        return x;
    return nextafter(x, y);
}
GoFloat32 math__Nextafter32(GoFloat32 x, GoFloat32 y) {
    if (x == y && !isnan(x))
        return x;
    return nextafterf(x, y);
}

/* ---- gc's own formulas ------------------------------------------------------- */

/* log(x) / ln 2 with the exponent split off, exact for powers of two. */
GoFloat64 math__Log2(GoFloat64 x) {
    Tuple_GoFloat64_GoInt fe = math__Frexp(x);
    if (fe.r0 == 0.5)
        return (double)(fe.r1 - 1);
    return math__Log(fe.r0) * 1.44269504088896340735992468100189214 /* 1/Ln2, rounded once as Go's constant is */ + (double)fe.r1;
}

GoFloat64 math__Log10(GoFloat64 x) {
    return math__Log(x) * 0.434294481903251827651128918916605082 /* 1/Ln10 */;
}

/* Scaled so that neither square overflows: p * sqrt(1 + (q/p)^2). */
GoFloat64 math__Hypot(GoFloat64 p, GoFloat64 q) {
    if (isinf(p) || isinf(q))
        return INFINITY;
    if (isnan(p) || isnan(q))
        return go_nan();
    p = fabs(p);
    q = fabs(q);
    if (p < q) {
        double t = p;
        p = q;
        q = t;
    }
    if (p == 0)
        return 0;
    q = q / p;
    return p * sqrt(1 + q * q);
}

/* 10^n as gc computes it: the product (or quotient) of two exactly
 * rounded table entries, 10^(32*(n/32)) and 10^(n%32). */
GoFloat64 math__Pow10(GoInt n) {
    static const double small[32] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
        1e30, 1e31};
    static const double big[10] = {1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
    static const double tiny[11] = {1e0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192,
                                    1e-224, 1e-256, 1e-288, 1e-320};
    if (n >= 0 && n <= 308)
        return big[n / 32] * small[n % 32];
    if (n <= 0 && n >= -323)
        return tiny[-n / 32] / small[-n % 32];
    return n > 0 ? INFINITY : 0;
}

GoFloat64 math__Pow(GoFloat64 x, GoFloat64 y);

static bool is_odd_int(double x) {
    if (fabs(x) >= 0x1p53) /* every such float is even */
        return false;
    double ip;
    return modf(x, &ip) == 0 && fmod(ip, 2) != 0;
}

/* Go's special cases, in Go's order. Returns true with *r set when one
 * applies. */
static bool pow_special(double x, double y, double *r) {
    if (y == 0 || x == 1)
        *r = 1;
    else if (y == 1)
        *r = x;
    else if (isnan(x) || isnan(y))
        *r = go_nan();
    else if (x == 0)
        *r = y < 0 ? (is_odd_int(y) ? copysign(INFINITY, x) : INFINITY)
                   : (is_odd_int(y) ? x : 0);
    else if (isinf(y))
        *r = x == -1 ? 1 : ((fabs(x) < 1) == (y > 0)) ? 0 : INFINITY;
    else if (isinf(x)) {
        if (x < 0)
            *r = math__Pow(1 / x, -y); /* Pow(-0, -y) */
        else
            *r = y < 0 ? 0 : INFINITY;
    } else if (y == 0.5)
        *r = sqrt(x);
    else if (y == -0.5)
        *r = 1 / sqrt(x);
    else
        return false;
    return true;
}

/* gc's Pow: x^frac(y) by exp/log, x^int(y) by repeated squaring of the
 * mantissa with the exponent kept apart, then one Ldexp. */
GoFloat64 math__Pow(GoFloat64 x, GoFloat64 y) {
    double r;
    if (pow_special(x, y, &r))
        return r;
    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return go_nan();
    if (yi >= 0x1p63) { /* a huge even integer */
        if (x == -1)
            return 1;
        return ((fabs(x) < 1) == (y > 0)) ? 0 : INFINITY;
    }
    double a1 = 1;
    GoInt ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = math__Exp(yf * math__Log(x)); /* x > 0 here */
    }
    Tuple_GoFloat64_GoInt fe = math__Frexp(x);
    double x1 = fe.r0;
    GoInt xe = fe.r1;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || xe > (1 << 12)) { /* overflow for sure: Ldexp decides */
            ae += xe;
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2;
        if (x1 < 0.5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    return math__Ldexp(a1, ae);
}
