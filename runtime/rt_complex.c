/*
 * rt_complex.c — complex division, the one complex operation that is not
 * a line of C.
 *
 * Go divides with Smith's algorithm (R. L. Smith, "Algorithm 116: Complex
 * division", CACM 5(8), 1962): scale by the ratio of the divisor's parts
 * so that no intermediate overflows needlessly.  When that gives NaN for
 * both parts, the result is corrected to an infinity or zero as C99's
 * Annex G (G.5.1) asks: x/0 is infinite, inf/finite is infinite,
 * finite/inf is zero.
 */
#include <math.h>

#include "rt_internal.h"

GoComplex128 rt_c128_div(GoComplex128 n, GoComplex128 m) {
    double a = n.real, b = n.imag, c = m.real, d = m.imag;
    double e, f;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c;
        double denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d;
        double denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(INFINITY, c) * a;
            f = copysign(INFINITY, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = copysign(isinf(a) ? 1.0 : 0.0, a);
            b = copysign(isinf(b) ? 1.0 : 0.0, b);
            e = INFINITY * (a * c + b * d);
            f = INFINITY * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = copysign(isinf(c) ? 1.0 : 0.0, c);
            d = copysign(isinf(d) ? 1.0 : 0.0, d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    return (GoComplex128){e, f};
}
