/*
 * math_special.c — package math's special functions, bit-exact with Go
 * 1.19 on amd64: Erf, Erfc, Gamma, Lgamma.
 *
 * gc computes them in portable Go from FreeBSD msun (erf, lgamma) and
 * Cephes (Gamma), calling its own Exp, Log, Pow, Sin and Cos; this file
 * evaluates the same formulas in the same order and calls go2c's
 * bit-exact versions of those, so every rounding step agrees.
 * No contraction into FMA (see math_internal.h).
 */
#include <math.h>

#include "lib.h"
#include "math_internal.h"

typedef struct { GoFloat64 r0; GoInt r1; } Tuple_GoFloat64_GoInt;

static const double PI = 0x1.921fb54442d18p+1;

/* ---- Erf, Erfc (FreeBSD's s_erf.c) ----------------------------------------------- */

static const double ERX = 8.45062911510467529297e-01; /* erf(1) rounded to 24 bits */

/* erf(x) = x + x*y on [0, 0.84375): y = pp(z)/qq(z), z = x*x. */
static double erf_small_ratio(double x) {
    double z = x * x;
    double r = 1.28379167095512558561e-01 +
               z * (-3.25042107247001499370e-01 +
                    z * (-2.84817495755985104766e-02 +
                         z * (-5.77027029648944159157e-03 + z * -2.37630166566501626084e-05)));
    double s = 1 + z * (3.97917223959155352819e-01 +
                        z * (6.50222499887672944485e-02 +
                             z * (5.08130628187576562776e-03 +
                                  z * (1.32494738004321644526e-04 + z * -3.96022827877536812320e-06))));
    return r / s;
}

/* erf(x) - erx on [0.84375, 1.25): P(s)/Q(s), s = x-1. */
static double erf_mid(double x) {
    double s = x - 1;
    double P = -2.36211856075265944077e-03 +
               s * (4.14856118683748331666e-01 +
                    s * (-3.72207876035701323847e-01 +
                         s * (3.18346619901161753674e-01 +
                              s * (-1.10894694282396677476e-01 +
                                   s * (3.54783043256182359371e-02 + s * -2.16637559486879084300e-03)))));
    double Q = 1 + s * (1.06420880400844228286e-01 +
                        s * (5.40397917702171048937e-01 +
                             s * (7.18286544141962662868e-02 +
                                  s * (1.26171219808761642112e-01 +
                                       s * (1.36370839120290507362e-02 + s * 1.19844998467991074170e-02)))));
    return P / Q;
}

/* erfc(x) * x for x in [1.25, 28): exp(-x*x - 0.5625 + R/S), with x*x
 * split so that its rounding error is kept. */
static double erfc_tail(double x) {
    double s = 1 / (x * x), R, S;
    if (x < 0x1.6db6db6db6db7p+1) { /* 1/0.35 */
        R = -9.86494403484714822705e-03 +
            s * (-6.93858572707181764372e-01 +
                 s * (-1.05586262253232909814e+01 +
                      s * (-6.23753324503260060396e+01 +
                           s * (-1.62396669462573470355e+02 +
                                s * (-1.84605092906711035994e+02 +
                                     s * (-8.12874355063065934246e+01 + s * -9.81432934416914548592e+00))))));
        S = 1 + s * (1.96512716674392571292e+01 +
                     s * (1.37657754143519042600e+02 +
                          s * (4.34565877475229228821e+02 +
                               s * (6.45387271733267880336e+02 +
                                    s * (4.29008140027567833386e+02 +
                                         s * (1.08635005541779435134e+02 +
                                              s * (6.57024977031928170135e+00 +
                                                   s * -6.04244152148580987438e-02)))))));
    } else {
        R = -9.86494292470009928597e-03 +
            s * (-7.99283237680523006574e-01 +
                 s * (-1.77579549177547519889e+01 +
                      s * (-1.60636384855821916062e+02 +
                           s * (-6.37566443368389627722e+02 +
                                s * (-1.02509513161107724954e+03 + s * -4.83519191608651397019e+02)))));
        S = 1 + s * (3.03380607434824582924e+01 +
                     s * (3.25792512996573918826e+02 +
                          s * (1.53672958608443695994e+03 +
                               s * (3.19985821950859553908e+03 +
                                    s * (2.55305040643316442583e+03 +
                                         s * (4.74528541206955367215e+02 + s * -2.24409524465858183362e+01))))));
    }
    double z = f64_from(f64_bits(x) & UINT64_C(0xffffffff00000000));
    return math__Exp(-z * z - 0.5625) * math__Exp((z - x) * (z + x) + R / S);
}

GoFloat64 math__Erf(GoFloat64 x) {
    if (isnan(x))
        return go_nan();
    if (isinf(x))
        return x > 0 ? 1 : -1;
    int neg = x < 0;
    if (neg)
        x = -x;
    if (x < 0.84375) {
        double t;
        if (x < 0x1p-28) {
            if (x < 2.848094538889218e-306) /* avoid underflow in efx*x */
                t = 0.125 * (8.0 * x + 1.02703333676410069053e+00 * x);
            else
                t = x + 1.28379167095512586316e-01 * x;
        } else {
            t = x + x * erf_small_ratio(x);
        }
        return neg ? -t : t;
    }
    if (x < 1.25)
        return neg ? -ERX - erf_mid(x) : ERX + erf_mid(x);
    if (x >= 6)
        return neg ? -1 : 1;
    double r = erfc_tail(x);
    return neg ? r / x - 1 : 1 - r / x;
}

GoFloat64 math__Erfc(GoFloat64 x) {
    if (isnan(x))
        return go_nan();
    if (isinf(x))
        return x > 0 ? 0 : 2;
    int neg = x < 0;
    if (neg)
        x = -x;
    if (x < 0.84375) {
        double t = x;
        if (x >= 0x1p-56) {
            double y = erf_small_ratio(x);
            t = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
        }
        return neg ? 1 + t : 1 - t;
    }
    if (x < 1.25)
        return neg ? 1 + ERX + erf_mid(x) : 1 - ERX - erf_mid(x);
    if (x < 28) {
        if (neg && x > 6 && x >= 0x1.6db6db6db6db7p+1)
            return 2;
        double r = erfc_tail(x);
        return neg ? 2 - r / x : r / x;
    }
    return neg ? 2 : 0;
}

/* ---- Gamma (Cephes, as in gc) ---------------------------------------------------- */

/* Stirling's formula for x >= 33, as two factors so that callers can
 * avoid an intermediate overflow. */
static void stirling(double x, double *y1, double *y2) {
    if (x > 200) {
        *y1 = INFINITY;
        *y2 = 1;
        return;
    }
    double w = 1 / x;
    w = 1 + w * ((((7.87311395793093628397e-04 * w + -2.29549961613378126380e-04) * w +
                   -2.68132617805781232825e-03) * w + 3.47222221605458667310e-03) * w +
                 8.33333333333482257126e-02);
    double e = math__Exp(x), f = 1.0;
    if (x > 143.01608) { /* x^(x-0.5) would overflow: take its square root twice */
        double v = math__Pow(x, 0.5 * x - 0.25);
        f = v / e;
        e = v;
    } else {
        e = math__Pow(x, x - 0.5) / e;
    }
    *y1 = e;
    *y2 = 2.506628274631000502417 * w * f;
}

static int is_neg_int(double x) {
    return x < 0 && x == trunc(x);
}

/* Gamma of x <= -33 by the reflection formula. */
static double gamma_reflect(double x) {
    double q = fabs(x), p = floor(q);
    int sign = ((int64_t)p & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
        p = p + 1;
        z = q - p;
    }
    z = q * math__Sin(PI * z);
    if (z == 0)
        return sign * INFINITY;
    double s1, s2;
    stirling(q, &s1, &s2);
    double absz = fabs(z);
    double d = absz * s1 * s2;
    z = isinf(d) ? PI / absz / s1 / s2 : PI / d;
    return (double)sign * z;
}

GoFloat64 math__Gamma(GoFloat64 x) {
    if (is_neg_int(x) || (isinf(x) && x < 0) || isnan(x))
        return go_nan();
    if (isinf(x))
        return INFINITY;
    if (x == 0)
        return signbit(x) ? -INFINITY : INFINITY;
    if (fabs(x) > 33) {
        if (x >= 0) {
            double s1, s2;
            stirling(x, &s1, &s2);
            return s1 * s2;
        }
        return gamma_reflect(x);
    }
    /* shift x into [2, 3) keeping the product of the shifts in z */
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2)
        return z;
    x = x - 2;
    double p = (((((x * 1.60119522476751861407e-04 + 1.19135147006586384913e-03) * x +
                   1.04213797561761569935e-02) * x + 4.76367800457137231464e-02) * x +
                 2.07448227648435975150e-01) * x + 4.94214826801497100753e-01) * x +
               9.99999999999999996796e-01;
    double q = ((((((x * -2.31581873324120129819e-05 + 5.39605580493303397842e-04) * x +
                    -4.45641913851797240494e-03) * x + 1.18139785222060435552e-02) * x +
                  3.58236398605498653373e-02) * x + -2.34591795718243348568e-01) * x +
                7.14304917030273074085e-02) * x + 1.00000000000000000320e+00;
    return z * p / q;
small:
    if (x == 0)
        return INFINITY;
    return z / ((1 + 0.57721566490153286060651209008240243104215933593992 /* Euler */ * x) * x);
}

/* ---- Lgamma (FreeBSD's e_lgamma_r.c) ----------------------------------------------- */

static const double LGA[12] = {
    7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
    2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
    1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
    1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05};
static const double LGR[7] = {1.0,
                              1.39200533467621045958e+00, 7.21935547567138069525e-01,
                              1.71933865632803078993e-01, 1.86459191715652901344e-02,
                              7.77942496381893596434e-04, 7.32668430744625636189e-06};
static const double LGS[7] = {-7.72156649015328655494e-02, 2.14982415960608852501e-01,
                              3.25778796408930981787e-01, 1.46350472652464452805e-01,
                              2.66422703033638609560e-02, 1.84028451407337715652e-03,
                              3.19475326584100867617e-05};
static const double LGT[15] = {
    4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
    -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02,
    6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03,
    -1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04,
    3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04};
static const double LGU[6] = {-7.72156649015328655494e-02, 6.32827064025093366517e-01,
                              1.45492250137234768737e+00, 9.77717527963372745603e-01,
                              2.28963728064692451092e-01, 1.33810918536787660377e-02};
static const double LGV[6] = {1.0,
                              2.45597793713041134822e+00, 2.12848976379893395361e+00,
                              7.69285150456672783825e-01, 1.04222645593369134254e-01,
                              3.21709242282423911810e-03};
static const double LGW[7] = {4.18938533204672725052e-01, 8.33333333333329678849e-02,
                              -2.77777777728775536470e-03, 7.93650558643019558500e-04,
                              -5.95187557450339963135e-04, 8.36339918996282139126e-04,
                              -1.63092934096575273989e-03};

static const double TC = 1.46163214496836224576e+00;  /* where Gamma is minimal */
static const double TF = -1.21486290535849611461e-01; /* lgamma(TC) */
static const double TT = -3.63867699703950536541e-18; /* correction to TF */

/* -sin(Pi*x) for x > 0 without losing precision for large x. */
static double sin_pi(double x) {
    if (x < 0.25)
        return -math__Sin(PI * x);
    double z = floor(x);
    int n;
    if (z != x) {
        x = fmod(x, 2);
        n = (int)(x * 4);
    } else if (x >= 0x1p53) {
        x = 0;
        n = 0;
    } else {
        if (x < 0x1p52)
            z = x + 0x1p52;
        n = (int)(1 & f64_bits(z));
        x = (double)n;
        n <<= 2;
    }
    switch (n) {
    case 0: x = math__Sin(PI * x); break;
    case 1:
    case 2: x = math__Cos(PI * (0.5 - x)); break;
    case 3:
    case 4: x = math__Sin(PI * (1 - x)); break;
    case 5:
    case 6: x = -math__Cos(PI * (x - 1.5)); break;
    default: x = math__Sin(PI * (x - 2)); break;
    }
    return -x;
}

/* lgamma on (0, 2) by one of three approximations around 0/1/2, TC, 1. */
static double lgamma_below2(double x) {
    double r, y;
    int i;
    if (x <= 0.9) {
        r = -math__Log(x);
        if (x >= 0x1.76987d0eaed22p-1) { /* Ymin - 1 + 0.27 */
            y = 1 - x;
            i = 0;
        } else if (x >= 0x1.88766f1c02f69p-3) { /* Ymin - 1 - 0.27 */
            y = x - 0x1.d8b618d5af8fcp-2; /* TC - 1 */
            i = 1;
        } else {
            y = x;
            i = 2;
        }
    } else {
        r = 0;
        if (x >= 0x1.bb4c3e8757691p+0) { /* Ymin + 0.27 */
            y = 2 - x;
            i = 0;
        } else if (x >= 0x1.310ecde3805edp+0) { /* Ymin - 0.27 */
            y = x - TC;
            i = 1;
        } else {
            y = x - 1;
            i = 2;
        }
    }
    if (i == 0) {
        double z = y * y;
        double p1 = LGA[0] + z * (LGA[2] + z * (LGA[4] + z * (LGA[6] + z * (LGA[8] + z * LGA[10]))));
        double p2 = z * (LGA[1] + z * (LGA[3] + z * (LGA[5] + z * (LGA[7] + z * (LGA[9] + z * LGA[11])))));
        double p = y * p1 + p2;
        return r + (p - 0.5 * y);
    }
    if (i == 1) {
        double z = y * y, w = z * y;
        double p1 = LGT[0] + w * (LGT[3] + w * (LGT[6] + w * (LGT[9] + w * LGT[12])));
        double p2 = LGT[1] + w * (LGT[4] + w * (LGT[7] + w * (LGT[10] + w * LGT[13])));
        double p3 = LGT[2] + w * (LGT[5] + w * (LGT[8] + w * (LGT[11] + w * LGT[14])));
        double p = z * p1 - (TT - w * (p2 + y * p3));
        return r + (TF + p);
    }
    double p1 = y * (LGU[0] + y * (LGU[1] + y * (LGU[2] + y * (LGU[3] + y * (LGU[4] + y * LGU[5])))));
    double p2 = 1 + y * (LGV[1] + y * (LGV[2] + y * (LGV[3] + y * (LGV[4] + y * LGV[5]))));
    return r + (-0.5 * y + p1 / p2);
}

/* lgamma on [2, 8): a rational function of the fraction, times the
 * product of the integer shifts. */
static double lgamma_2to8(double x) {
    int i = (int)x;
    double y = x - (double)i;
    double p = y * (LGS[0] + y * (LGS[1] + y * (LGS[2] + y * (LGS[3] + y * (LGS[4] + y * (LGS[5] + y * LGS[6]))))));
    double q = 1 + y * (LGR[1] + y * (LGR[2] + y * (LGR[3] + y * (LGR[4] + y * (LGR[5] + y * LGR[6])))));
    double r = 0.5 * y + p / q;
    double z = 1.0;
    if (i >= 3) {
        for (int k = i - 1; k >= 2; k--) /* (y+6)(y+5)... in gc's order */
            z *= (y + k);
        r += math__Log(z);
    }
    return r;
}

Tuple_GoFloat64_GoInt math__Lgamma(GoFloat64 x) {
    GoInt sign = 1;
    if (isnan(x) || isinf(x))
        return (Tuple_GoFloat64_GoInt){x, sign};
    if (x == 0)
        return (Tuple_GoFloat64_GoInt){INFINITY, sign};
    int neg = x < 0;
    if (neg)
        x = -x;
    if (x < 0x1p-70)
        return (Tuple_GoFloat64_GoInt){-math__Log(x), neg ? -1 : 1};
    double nadj = 0, r;
    if (neg) {
        if (x >= 0x1p52)
            return (Tuple_GoFloat64_GoInt){INFINITY, sign};
        double t = sin_pi(x);
        if (t == 0)
            return (Tuple_GoFloat64_GoInt){INFINITY, sign};
        nadj = math__Log(PI / fabs(t * x));
        if (t < 0)
            sign = -1;
    }
    if (x == 1 || x == 2) {
        return (Tuple_GoFloat64_GoInt){0, sign};
    } else if (x < 2) {
        r = lgamma_below2(x);
    } else if (x < 8) {
        r = lgamma_2to8(x);
    } else if (x < 0x1p58) {
        double t = math__Log(x), z = 1 / x, y = z * z;
        double w = LGW[0] + z * (LGW[1] + y * (LGW[2] + y * (LGW[3] + y * (LGW[4] + y * (LGW[5] + y * LGW[6])))));
        r = (x - 0.5) * (t - 1) + w;
    } else {
        r = x * (math__Log(x) - 1);
    }
    if (neg)
        r = nadj - r;
    return (Tuple_GoFloat64_GoInt){r, sign};
}
