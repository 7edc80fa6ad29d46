/*
 * math_internal.h — helpers shared by the files of package math
 * (math.c, math_trig.c, math_explog.c, math_special.c); not part of the
 * runtime interface.
 */
#ifndef GO2C_MATH_INTERNAL_H
#define GO2C_MATH_INTERNAL_H

/* gc (GOAMD64=v1) never fuses a*b+c into an FMA, so neither may we.  gcc
 * in ISO C mode (-std=c11) does not contract; clang needs to be told. */
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

#include <stdint.h>
#include <string.h>

/* gc's math.NaN() has the bits 0x7FF8000000000001 and its functions return
 * that NaN for invalid arguments; Float64bits shows the difference from
 * C's NAN (0x7FF8000000000000) and x86's default NaN (0xFFF8000000000000). */
static inline double go_nan(void) {
    uint64_t b = UINT64_C(0x7FF8000000000001);
    double f;
    memcpy(&f, &b, sizeof f);
    return f;
}

static inline uint64_t f64_bits(double f) {
    uint64_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

static inline double f64_from(uint64_t b) {
    double f;
    memcpy(&f, &b, sizeof f);
    return f;
}

/* Functions of package math that other files of the package call. */
double math__Exp(double x);
double math__Log(double x);
double math__Log1p(double x);
double math__Pow(double x, double y);
double math__Sin(double x);
double math__Cos(double x);

#endif
