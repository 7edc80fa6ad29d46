/*
 * const.c — constant values, computed as gc computes them.
 *
 * spec: "Numeric constants represent exact values of arbitrary precision
 * and do not overflow" — with an implementation restriction: floats need
 * only a 256-bit mantissa and a 16-bit exponent, and may be rounded.  gc
 * (go/constant) keeps integers exact, keeps a float as an exact fraction
 * while its numerator and denominator stay under 4096 bits, and past that
 * switches to a binary float with a 512-bit mantissa and a 32-bit exponent
 * (big.Float), whose operations round.  go2c follows the same rules, so
 * that every value — and every rounding — is Go's:
 *
 *   0.1 + 0.2 == 0.3             true: exact fractions
 *   1e646456992 / 1e646456991    10: binary floats, rounded to 512 bits
 *   (1e5000 + 1) - 1e5000        0: the 1 is lost, as with gc
 *   1e646456993                  "malformed constant": past 32-bit exponents
 *
 * Integers are GMP integers (mpz), fractions GMP rationals (mpq), binary
 * floats MPFR numbers.  A value is rounded to float32 or float64 only when
 * the program converts it, correctly (round to nearest even, subnormals
 * included) by MPFR.  A complex constant is two float constants.
 *
 * GMP and MPFR storage lives outside the arena; every value registers a
 * cleanup with its Compilation so that nothing leaks.
 */
#include "internal.h"

#include <errno.h>
#include <gmp.h>
#include <math.h>
#include <mpfr.h>
#include <stdlib.h>
#include <string.h>

/* gc's limits (go/constant): fractions up to 4096-bit parts, binary floats
 * of 512 bits with big.Float's exponent range. */
enum { MAX_FRACTION_BITS = 4096, FLOAT_PREC = 512 };
#define CONST_EXP_MIN INT32_MIN
#define CONST_EXP_MAX INT32_MAX

static void clear_mpz(void *p) { mpz_clear(p); }
static void clear_mpq(void *p) { mpq_clear(p); }
static void clear_mpfr(void *p) { mpfr_clear(p); }

/* A new value of the kind; a CONST_FLOAT starts as the exact fraction 0, a
 * CONST_COMPLEX with no parts yet. */
static ConstVal *new_val(Compilation *c, ConstKind kind) {
    ConstVal *v = ARENA_NEW(c->arena, ConstVal);
    v->kind = kind;
    if (kind == CONST_INT) {
        mpz_ptr z = arena_alloc(c->arena, sizeof(mpz_t));
        mpz_init(z);
        compilation_on_free(c, clear_mpz, z);
        v->num = z;
    } else if (kind == CONST_FLOAT) {
        mpq_ptr q = arena_alloc(c->arena, sizeof(mpq_t));
        mpq_init(q);
        compilation_on_free(c, clear_mpq, q);
        v->num = q;
    }
    return v;
}

/* A new binary float constant (its value NaN until set). */
static ConstVal *new_binary(Compilation *c) {
    ConstVal *v = ARENA_NEW(c->arena, ConstVal);
    v->kind = CONST_FLOAT;
    v->binary = true;
    mpfr_ptr f = arena_alloc(c->arena, sizeof(mpfr_t));
    mpfr_init2(f, FLOAT_PREC);
    compilation_on_free(c, clear_mpfr, f);
    v->num = f;
    return v;
}

#define Z(v) ((mpz_ptr)(v)->num)
#define Q(v) ((mpq_ptr)(v)->num)
#define F(v) ((mpfr_ptr)(v)->num)

/* MPFR's exponent range is a process-wide setting.  Each computation sets
 * the range it needs and puts the previous one back, so that no state
 * outlives a call. */
typedef struct ExpRange { mpfr_exp_t emin, emax; } ExpRange;

static ExpRange set_exp_range(mpfr_exp_t emin, mpfr_exp_t emax) {
    ExpRange old = {mpfr_get_emin(), mpfr_get_emax()};
    mpfr_set_emin(emin);
    mpfr_set_emax(emax);
    return old;
}

static void restore_exp_range(ExpRange old) { set_exp_range(old.emin, old.emax); }

/* A numeric constant's (real part's) value into f, rounded to f's
 * precision; returns MPFR's ternary value.  Run in a range that holds it. */
static int set_mpfr(mpfr_ptr f, const ConstVal *v) {
    if (v->kind == CONST_COMPLEX)
        v = v->re;
    if (v->kind == CONST_INT)
        return mpfr_set_z(f, Z(v), MPFR_RNDN);
    return v->binary ? mpfr_set(f, F(v), MPFR_RNDN) : mpfr_set_q(f, Q(v), MPFR_RNDN);
}

/* gc's makeRat: a fraction whose numerator or denominator reached
 * MAX_FRACTION_BITS continues as a binary float. */
static ConstVal *settle_fraction(Compilation *c, ConstVal *v) {
    mpq_srcptr q = Q(v);
    if (mpz_sizeinbase(mpq_numref(q), 2) < MAX_FRACTION_BITS &&
        mpz_sizeinbase(mpq_denref(q), 2) < MAX_FRACTION_BITS)
        return v;
    ConstVal *f = new_binary(c);
    ExpRange old = set_exp_range(CONST_EXP_MIN, CONST_EXP_MAX);
    set_mpfr(F(f), v);
    restore_exp_range(old);
    return f;
}

ConstVal *const_bool(Compilation *c, bool b) {
    ConstVal *v = new_val(c, CONST_BOOL);
    v->b = b;
    return v;
}

ConstVal *const_str(Compilation *c, const char *s, size_t n) {
    ConstVal *v = new_val(c, CONST_STRING);
    v->s = s;
    v->s_len = n;
    return v;
}

ConstVal *const_int(Compilation *c, int64_t i) {
    ConstVal *v = new_val(c, CONST_INT);
    mpz_set_si(Z(v), i);
    return v;
}

/* ---- literals ------------------------------------------------------------ */

/* The literal's digits without '_' separators. */
static char *strip_underscores(Arena *a, const char *text) {
    char *out = arena_alloc(a, strlen(text) + 1), *o = out;
    for (const char *p = text; *p; p++)
        if (*p != '_')
            *o++ = *p;
    return out;
}

static ConstVal *int_literal(Compilation *c, const char *digits) {
    ConstVal *v = new_val(c, CONST_INT);
    int base = 10;
    const char *p = digits;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        base = 16, p += 2;
    else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
        base = 2, p += 2;
    else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
        base = 8, p += 2;
    else if (p[0] == '0' && p[1])
        base = 8, p += 1;
    if (mpz_set_str(Z(v), p, base) != 0)
        mpz_set_ui(Z(v), 0); /* the lexer reported the error */
    return v;
}

/* q = mantissa * base^exp, exactly. */
static void scale(mpq_ptr q, mpz_srcptr mantissa, int base, long exp) {
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, (unsigned long)base, (unsigned long)(exp < 0 ? -exp : exp));
    mpq_set_z(q, mantissa);
    if (exp >= 0) {
        mpz_mul(mpq_numref(q), mpq_numref(q), p);
    } else {
        mpz_set(mpq_denref(q), p);
        mpq_canonicalize(q);
    }
    mpz_clear(p);
}

/* A float literal's parts: digits, a radix point, and an exponent (e for
 * decimal, p — a power of two — for hexadecimal).  The mantissa is every
 * digit with the point dropped; *exp the power of 10 (of 2 for hex) that
 * scales it back, the point counted in.  False if the written exponent
 * is past 62 bits: no constant is that large or small. */
static bool split_literal(Arena *a, const char *digits, bool hex, mpz_ptr mantissa,
                          int64_t *exp) {
    const char *p = digits + (hex ? 2 : 0);
    char *mant = arena_alloc(a, strlen(p) + 2), *m = mant;
    int64_t frac_digits = 0;
    bool after_point = false;
    for (; *p && !strchr(hex ? "pP" : "eE", *p); p++) {
        if (*p == '.') {
            after_point = true;
            continue;
        }
        *m++ = *p;
        frac_digits += after_point;
    }
    *m = 0;
    if (!*mant || mpz_set_str(mantissa, mant, hex ? 16 : 10) != 0)
        mpz_set_ui(mantissa, 0);
    errno = 0;
    long long written = *p ? strtoll(p + 1, NULL, 10) : 0;
    const long long limit = 1LL << 62;
    if (errno == ERANGE || written > limit || written < -limit)
        return false;
    /* hex: each fraction digit is 4 bits of binary exponent */
    *exp = written - (hex ? 4 : 1) * frac_digits;
    return true;
}

/* A float literal, as gc's makeFloatFromLiteral: an exact fraction if its
 * magnitude is moderate (binary exponent within ±4096), else a binary float
 * rounded to 512 bits.  A literal whose binary exponent is past 32 bits is
 * not a value (*ok = false: "malformed constant") — big.Float checks the
 * exponent before it scales by a power of 5, so 1e-700000000 is 0 but
 * 0x1p-2147483650 is malformed, as in gc. */
static ConstVal *float_literal(Compilation *c, const char *digits, bool *ok) {
    bool hex = digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X');
    mpz_t mantissa;
    mpz_init(mantissa);
    int64_t exp = 0;
    ConstVal *v = new_binary(c);
    if (!split_literal(c->arena, digits, hex, mantissa, &exp)) {
        *ok = false;
    } else if (mpz_sgn(mantissa) == 0) {
        v = const_to_float(c, const_int(c, 0));
    } else {
        int64_t exp2 = (int64_t)mpz_sizeinbase(mantissa, 2) + exp;
        ExpRange old = set_exp_range(CONST_EXP_MIN, CONST_EXP_MAX);
        mpfr_strtofr(F(v), digits, NULL, hex ? 16 : 10, MPFR_RNDN);
        restore_exp_range(old);
        mpfr_exp_t e = mpfr_get_exp(F(v));
        if (exp2 < CONST_EXP_MIN || exp2 > CONST_EXP_MAX || !mpfr_number_p(F(v))) {
            *ok = false;
        } else if (mpfr_zero_p(F(v))) { /* so small that it underflowed to 0 */
            v = const_to_float(c, const_int(c, 0));
        } else if (-MAX_FRACTION_BITS < e && e < MAX_FRACTION_BITS) {
            v = new_val(c, CONST_FLOAT);
            scale(Q(v), mantissa, hex ? 2 : 10, (long)exp);
        }
    }
    mpz_clear(mantissa);
    return v;
}

ConstVal *const_from_literal(Compilation *c, const Expr *lit, bool *ok) {
    *ok = true;
    switch (lit->lit.kind) {
    case TOK_INT:
        return int_literal(c, strip_underscores(c->arena, lit->lit.text));
    case TOK_FLOAT:
        return float_literal(c, strip_underscores(c->arena, lit->lit.text), ok);
    case TOK_RUNE:
        return const_int(c, lit->lit.rune);
    case TOK_STRING:
        return const_str(c, lit->lit.str, lit->lit.str_len);
    case TOK_IMAG: {
        /* 1.5i, 0x1p-2i, and 0123i, decimal for backward compatibility */
        char *digits = strip_underscores(c->arena, lit->lit.text);
        digits[strlen(digits) - 1] = 0;
        ConstVal *im;
        if (digits[0] == '0' && digits[1] && strchr("bBoO", digits[1]))
            im = const_to_float(c, int_literal(c, digits));
        else
            im = float_literal(c, digits, ok);
        return const_complex(c, const_int(c, 0), im);
    }
    default:
        *ok = false;
        return const_int(c, 0);
    }
}

/* ---- conversion between kinds ------------------------------------------- */

/* An integer as an exact fraction; a complex constant as its real part
 * (callers check that the imaginary part is 0). */
ConstVal *const_to_float(Compilation *c, const ConstVal *v) {
    if (v->kind == CONST_FLOAT)
        return (ConstVal *)v;
    if (v->kind == CONST_COMPLEX)
        return (ConstVal *)v->re;
    ConstVal *f = new_val(c, CONST_FLOAT);
    mpq_set_z(Q(f), Z(v));
    return settle_fraction(c, f);
}

/* The integer a binary float stands for, if any: gc's ToInt.  Only floats
 * of moderate size count (a huge one is "truncated", as with gc), and one
 * within a few bits' rounding of an integer counts as that integer — the
 * rounding of earlier operations, not a fraction of the program's. */
static bool binary_integer(mpfr_srcptr f, mpz_ptr out) {
    if (!mpfr_number_p(f))
        return false;
    if (mpfr_zero_p(f)) {
        mpz_set_ui(out, 0);
        return true;
    }
    mpfr_exp_t e = mpfr_get_exp(f);
    if (e <= -MAX_FRACTION_BITS || e >= MAX_FRACTION_BITS)
        return false;
    enum { ROUNDING_SLACK = 4 };
    mpfr_t t;
    mpfr_init2(t, FLOAT_PREC - ROUNDING_SLACK);
    bool found = mpfr_integer_p(f);
    if (found) {
        mpfr_get_z(out, f, MPFR_RNDN);
    } else {
        static const mpfr_rnd_t ways[] = {MPFR_RNDZ, MPFR_RNDA};
        for (int i = 0; i < 2 && !found; i++) {
            mpfr_set(t, f, ways[i]);
            if ((found = mpfr_integer_p(t)))
                mpfr_get_z(out, t, MPFR_RNDN);
        }
    }
    mpfr_clear(t);
    return found;
}

/* A float (or a complex constant's real part) as an integer: false if it
 * is not one. */
static bool integer_value(const ConstVal *v, mpz_ptr out) {
    if (v->kind == CONST_COMPLEX)
        v = v->re;
    if (v->kind == CONST_INT) {
        mpz_set(out, Z(v));
        return true;
    }
    if (v->binary)
        return binary_integer(F(v), out);
    if (mpz_cmp_ui(mpq_denref(Q(v)), 1) != 0)
        return false;
    mpz_set(out, mpq_numref(Q(v)));
    return true;
}

bool const_is_integral(const ConstVal *v) {
    if (v->kind == CONST_COMPLEX && const_sign(v->im) != 0)
        return false;
    if (v->kind == CONST_INT)
        return true;
    if (v->kind != CONST_FLOAT && v->kind != CONST_COMPLEX)
        return false;
    mpz_t z;
    mpz_init(z);
    bool integral = integer_value(v, z);
    mpz_clear(z);
    return integral;
}

/* An integral float as an integer; v must be const_is_integral. */
ConstVal *const_to_int(Compilation *c, const ConstVal *v) {
    if (v->kind == CONST_INT)
        return (ConstVal *)v;
    ConstVal *i = new_val(c, CONST_INT);
    integer_value(v, Z(i));
    return i;
}

/* ---- complex constants ---------------------------------------------------
 * A complex constant is two float constants, its real and imaginary parts. */

ConstVal *const_complex(Compilation *c, const ConstVal *re, const ConstVal *im) {
    ConstVal *v = new_val(c, CONST_COMPLEX);
    v->re = const_to_float(c, re);
    v->im = const_to_float(c, im);
    return v;
}

ConstVal *const_to_complex(Compilation *c, const ConstVal *v) {
    if (v->kind == CONST_COMPLEX)
        return (ConstVal *)v;
    return const_complex(c, v, const_int(c, 0));
}

/* real(v) and imag(v), as float constants. */
ConstVal *const_part(Compilation *c, const ConstVal *v, bool imag) {
    if (v->kind == CONST_COMPLEX)
        return (ConstVal *)(imag ? v->im : v->re);
    return const_to_float(c, imag ? const_int(c, 0) : v);
}

bool const_is_real(const ConstVal *v) {
    return v->kind != CONST_COMPLEX || const_sign(v->im) == 0;
}

/* Is this float a value at all?  A binary float that overflowed big.Float's
 * exponent range is not ("constant result is not representable"). */
bool const_is_representable(const ConstVal *v) {
    if (v->kind == CONST_COMPLEX)
        return const_is_representable(v->re) && const_is_representable(v->im);
    return v->kind != CONST_FLOAT || !v->binary || mpfr_number_p(F(v));
}

/* ---- rounding to float32 and float64 ------------------------------------ */

/* Rounds a numeric constant (a complex one's real part) to the nearest
 * float of float32 or float64: their mantissa bits and exponent range,
 * subnormals included.  Returns the result as a double (exact for both
 * formats) and whether it overflowed. */
static double round_to_float(const ConstVal *v, bool is32, bool *overflow) {
    mpfr_t f;
    mpfr_init2(f, is32 ? 24 : 53);
    /* Round to the mantissa in a range that holds any constant, then let
     * MPFR apply the format's range; the ternary value t carries the first
     * rounding's direction so that nothing is rounded twice.  IEEE binary32
     * has exponents down to 2^-149, binary64 to 2^-1074; MPFR's exponent e
     * means 0.1xxx * 2^e. */
    ExpRange old = set_exp_range(CONST_EXP_MIN, CONST_EXP_MAX);
    int t = set_mpfr(f, v);
    set_exp_range(is32 ? -148 : -1073, is32 ? 128 : 1024);
    t = mpfr_check_range(f, t, MPFR_RNDN);
    t = mpfr_subnormalize(f, t, MPFR_RNDN);
    (void)t;
    *overflow = mpfr_inf_p(f) != 0;
    double d = mpfr_get_d(f, MPFR_RNDN);
    restore_exp_range(old);
    mpfr_clear(f);
    return d;
}

/* Go's rule for typed float constants: the value is rounded to the type. */
ConstVal *const_round_float(Compilation *c, const ConstVal *v, bool is32,
                            bool *overflow) {
    ConstVal *f = const_to_float(c, v);
    double d = round_to_float(f, is32, overflow);
    if (*overflow)
        return f;
    ConstVal *r = new_val(c, CONST_FLOAT);
    mpq_set_d(Q(r), d);
    return r;
}

/* Does the integer fit in the given integer type? */
bool const_fits_int(const ConstVal *v, TypeKind k) {
    mpz_srcptr z = Z(v);
    switch (k) {
    case TYPE_INT8: return mpz_cmp_si(z, INT8_MIN) >= 0 && mpz_cmp_si(z, INT8_MAX) <= 0;
    case TYPE_INT16: return mpz_cmp_si(z, INT16_MIN) >= 0 && mpz_cmp_si(z, INT16_MAX) <= 0;
    case TYPE_INT32: return mpz_cmp_si(z, INT32_MIN) >= 0 && mpz_cmp_si(z, INT32_MAX) <= 0;
    case TYPE_INT: case TYPE_INT64: return mpz_fits_slong_p(z);
    case TYPE_UINT8: return mpz_sgn(z) >= 0 && mpz_cmp_ui(z, UINT8_MAX) <= 0;
    case TYPE_UINT16: return mpz_sgn(z) >= 0 && mpz_cmp_ui(z, UINT16_MAX) <= 0;
    case TYPE_UINT32: return mpz_sgn(z) >= 0 && mpz_cmp_ui(z, UINT32_MAX) <= 0;
    case TYPE_UINT: case TYPE_UINT64: case TYPE_UINTPTR:
        return mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z);
    default: return true;  /* untyped */
    }
}

int64_t const_int64(const ConstVal *v) {
    if (v->kind == CONST_BOOL || v->kind == CONST_STRING)
        return v->b;
    mpz_t z;
    mpz_init(z);
    integer_value(v, z);
    int64_t i = (int64_t)mpz_get_si(z);
    mpz_clear(z);
    return i;
}

uint64_t const_uint64(const ConstVal *v) {
    if (v->kind != CONST_INT)
        return (uint64_t)const_int64(v);
    if (mpz_sgn(Z(v)) < 0)
        return (uint64_t)mpz_get_si(Z(v));
    return (uint64_t)mpz_get_ui(Z(v));
}

double const_float64(const ConstVal *v) {
    bool overflow;
    return round_to_float(v, false, &overflow);
}

float const_float32(const ConstVal *v) {
    bool overflow;
    return (float)round_to_float(v, true, &overflow);
}

double const_imag64(const ConstVal *v, bool is32) {
    if (v->kind != CONST_COMPLEX)
        return 0.0;
    bool overflow;
    return round_to_float(v->im, is32, &overflow);
}

/* ---- arithmetic ------------------------------------------------------------ */

/* The size of an integer constant in bits (0 for other kinds). */
size_t const_bits(const ConstVal *v) {
    return v->kind == CONST_INT ? mpz_sizeinbase(Z(v), 2) : 0;
}

/* For a complex constant: 0 when it is 0, else the sign of a nonzero part. */
int const_sign(const ConstVal *v) {
    switch (v->kind) {
    case CONST_INT: return mpz_sgn(Z(v));
    case CONST_FLOAT: return v->binary ? mpfr_sgn(F(v)) : mpq_sgn(Q(v));
    case CONST_COMPLEX: return const_sign(v->re) ? const_sign(v->re) : const_sign(v->im);
    default: return 0;
    }
}

/* A binary float result, as gc's makeFloat: -0 becomes 0. */
static ConstVal *settle_binary(ConstVal *r) {
    if (mpfr_zero_p(F(r)))
        mpfr_set_zero(F(r), 1);
    return r;
}

/* x op y for two float constants: exact while both are fractions (the
 * result continuing as a binary float if it grew too large), else rounded
 * to 512 bits, the fraction first converted as gc's match does. */
static ConstVal *float_binary(Compilation *c, TokenKind op, const ConstVal *x,
                              const ConstVal *y) {
    if (!x->binary && !y->binary) {
        ConstVal *r = new_val(c, CONST_FLOAT);
        switch (op) {
        case TOK_ADD: mpq_add(Q(r), Q(x), Q(y)); break;
        case TOK_SUB: mpq_sub(Q(r), Q(x), Q(y)); break;
        case TOK_MUL: mpq_mul(Q(r), Q(x), Q(y)); break;
        case TOK_QUO: mpq_div(Q(r), Q(x), Q(y)); break;
        default: ice("const_binary: float op %s", token_spelling(op));
        }
        return settle_fraction(c, r);
    }
    ConstVal *r = new_binary(c);
    mpfr_t a, b;
    mpfr_inits2(FLOAT_PREC, a, b, (mpfr_ptr)0);
    ExpRange old = set_exp_range(CONST_EXP_MIN, CONST_EXP_MAX);
    set_mpfr(a, x);
    set_mpfr(b, y);
    switch (op) {
    case TOK_ADD: mpfr_add(F(r), a, b, MPFR_RNDN); break;
    case TOK_SUB: mpfr_sub(F(r), a, b, MPFR_RNDN); break;
    case TOK_MUL: mpfr_mul(F(r), a, b, MPFR_RNDN); break;
    case TOK_QUO: mpfr_div(F(r), a, b, MPFR_RNDN); break;
    default: ice("const_binary: float op %s", token_spelling(op));
    }
    restore_exp_range(old);
    mpfr_clears(a, b, (mpfr_ptr)0);
    return settle_binary(r);
}

/* (a+bi)(c+di) = (ac-bd) + (ad+bc)i; (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i)/(c²+d²),
 * each step a float operation with its rounding, in gc's order. */
static ConstVal *complex_binary(Compilation *c, TokenKind op, const ConstVal *x,
                                const ConstVal *y) {
    const ConstVal *a = x->re, *b = x->im, *cr = y->re, *d = y->im;
    const ConstVal *re, *im;
    switch (op) {
    case TOK_ADD:
    case TOK_SUB:
        re = float_binary(c, op, a, cr);
        im = float_binary(c, op, b, d);
        break;
    case TOK_MUL:
        re = float_binary(c, TOK_SUB, float_binary(c, TOK_MUL, a, cr), float_binary(c, TOK_MUL, b, d));
        im = float_binary(c, TOK_ADD, float_binary(c, TOK_MUL, a, d), float_binary(c, TOK_MUL, b, cr));
        break;
    case TOK_QUO: {
        ConstVal *ac = float_binary(c, TOK_MUL, a, cr), *bd = float_binary(c, TOK_MUL, b, d);
        ConstVal *bc = float_binary(c, TOK_MUL, b, cr), *ad = float_binary(c, TOK_MUL, a, d);
        ConstVal *s = float_binary(c, TOK_ADD, float_binary(c, TOK_MUL, cr, cr),
                                   float_binary(c, TOK_MUL, d, d));
        re = float_binary(c, TOK_QUO, float_binary(c, TOK_ADD, ac, bd), s);
        im = float_binary(c, TOK_QUO, float_binary(c, TOK_SUB, bc, ad), s);
        break;
    }
    default: ice("const_binary: complex op %s", token_spelling(op));
    }
    return const_complex(c, re, im);
}

/* Both operands must have the same kind (the checker converts first).
 * Integer division truncates; for `/` on floats the quotient is exact
 * while it stays a fraction.  Returns NULL for division by zero (the
 * checker reports it). */
ConstVal *const_binary(Compilation *c, TokenKind op, const ConstVal *x,
                       const ConstVal *y) {
    if (x->kind == CONST_STRING) {
        size_t n = x->s_len + y->s_len;
        char *s = arena_alloc(c->arena, n + 1);
        memcpy(s, x->s, x->s_len);
        memcpy(s + x->s_len, y->s, y->s_len);
        return const_str(c, s, n);
    }
    if (x->kind == CONST_BOOL)
        return const_bool(c, op == TOK_LAND ? x->b && y->b : x->b || y->b);
    if ((op == TOK_QUO || op == TOK_REM) && const_sign(y) == 0)
        return NULL;
    if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX)
        return complex_binary(c, op, const_to_complex(c, x), const_to_complex(c, y));
    if (x->kind == CONST_FLOAT)
        return float_binary(c, op, x, y);
    ConstVal *r = new_val(c, CONST_INT);
    switch (op) {
    case TOK_ADD: mpz_add(Z(r), Z(x), Z(y)); break;
    case TOK_SUB: mpz_sub(Z(r), Z(x), Z(y)); break;
    case TOK_MUL: mpz_mul(Z(r), Z(x), Z(y)); break;
    case TOK_QUO: mpz_tdiv_q(Z(r), Z(x), Z(y)); break;
    case TOK_REM: mpz_tdiv_r(Z(r), Z(x), Z(y)); break;
    case TOK_AND: mpz_and(Z(r), Z(x), Z(y)); break;
    case TOK_OR: mpz_ior(Z(r), Z(x), Z(y)); break;
    case TOK_XOR: mpz_xor(Z(r), Z(x), Z(y)); break;
    case TOK_AND_NOT: {
        mpz_t t;
        mpz_init(t);
        mpz_com(t, Z(y));
        mpz_and(Z(r), Z(x), t);
        mpz_clear(t);
        break;
    }
    default: ice("const_binary: int op %s", token_spelling(op));
    }
    return r;
}

/* x << s or x >> s (arithmetic: toward negative infinity, as Go's >> on
 * a negative constant).  s must be a non-negative count that fits. */
ConstVal *const_shift(Compilation *c, TokenKind op, const ConstVal *x,
                      unsigned long s) {
    ConstVal *r = new_val(c, CONST_INT);
    if (op == TOK_SHL)
        mpz_mul_2exp(Z(r), Z(x), s);
    else
        mpz_fdiv_q_2exp(Z(r), Z(x), s);
    return r;
}

/* The order of two float constants: as fractions while both are, else as
 * 512-bit floats (gc's match). */
static int float_compare(const ConstVal *x, const ConstVal *y) {
    if (!x->binary && !y->binary)
        return mpq_cmp(Q(x), Q(y));
    mpfr_t a, b;
    mpfr_inits2(FLOAT_PREC, a, b, (mpfr_ptr)0);
    ExpRange old = set_exp_range(CONST_EXP_MIN, CONST_EXP_MAX);
    set_mpfr(a, x);
    set_mpfr(b, y);
    int order = mpfr_cmp(a, b);
    restore_exp_range(old);
    mpfr_clears(a, b, (mpfr_ptr)0);
    return order;
}

int const_compare(const ConstVal *x, const ConstVal *y) {
    switch (x->kind) {
    case CONST_BOOL: return x->b - y->b;
    case CONST_STRING: {
        size_t n = x->s_len < y->s_len ? x->s_len : y->s_len;
        int d = memcmp(x->s, y->s, n);
        if (d)
            return d;
        return x->s_len < y->s_len ? -1 : x->s_len > y->s_len;
    }
    case CONST_INT: return mpz_cmp(Z(x), Z(y));
    case CONST_FLOAT: return float_compare(x, y);
    case CONST_COMPLEX: /* only == and != */
        return !(float_compare(x->re, y->re) == 0 && float_compare(x->im, y->im) == 0);
    }
    return 0;
}

/* -x for a float constant. */
static ConstVal *float_negate(Compilation *c, const ConstVal *x) {
    if (!x->binary) {
        ConstVal *r = new_val(c, CONST_FLOAT);
        mpq_neg(Q(r), Q(x));
        return r;
    }
    ConstVal *r = new_binary(c);
    mpfr_neg(F(r), F(x), MPFR_RNDN);
    return settle_binary(r);
}

/* Unary - + ^ !.  For ^ on a typed unsigned value the checker passes the
 * type's bit size (^x is x XOR all ones of that size); 0 means signed. */
ConstVal *const_unary(Compilation *c, TokenKind op, const ConstVal *x,
                      int unsigned_bits) {
    if (op == TOK_NOT)
        return const_bool(c, !x->b);
    if (op == TOK_ADD)
        return (ConstVal *)x;
    if (op == TOK_SUB && x->kind == CONST_COMPLEX)
        return const_complex(c, float_negate(c, x->re), float_negate(c, x->im));
    if (op == TOK_SUB && x->kind == CONST_FLOAT)
        return float_negate(c, x);
    ConstVal *r = new_val(c, CONST_INT);
    if (op == TOK_SUB) {
        mpz_neg(Z(r), Z(x));
        return r;
    }
    /* TOK_XOR */
    if (unsigned_bits) {
        mpz_t mask;
        mpz_init(mask);
        mpz_setbit(mask, (mp_bitcnt_t)unsigned_bits);
        mpz_sub_ui(mask, mask, 1);
        mpz_xor(Z(r), Z(x), mask);
        mpz_clear(mask);
    } else {
        mpz_com(Z(r), Z(x));
    }
    return r;
}

/* ---- printing ----------------------------------------------------------- */

/* GMP's decimal string, copied into the arena. */
static const char *mpz_to_arena(Arena *a, mpz_srcptr z) {
    char *s = mpz_get_str(NULL, 10, z);
    char *r = arena_strdup(a, s);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(s, strlen(s) + 1);
    return r;
}

/* How gc prints a float constant (go/constant's String): six significant
 * digits of the nearest float64 — 1e+39, 0.1, 3 — and for values beyond
 * float64's range gc's approximate decimal, mantissa times a power of ten:
 * 1e+646456992. */
static const char *float_string(Arena *a, const ConstVal *v) {
    char buf[64];
    mpfr_t f;
    mpfr_init2(f, FLOAT_PREC);
    ExpRange old = set_exp_range(CONST_EXP_MIN, CONST_EXP_MAX);
    set_mpfr(f, v); /* gc prints fractions through a 512-bit float too */
    double d = mpfr_get_d(f, MPFR_RNDN);
    if (!mpfr_number_p(f)) {
        snprintf(buf, sizeof buf, "%s", mpfr_nan_p(f) ? "NaN" : mpfr_sgn(f) > 0 ? "+Inf" : "-Inf");
    } else if (!isinf(d) && (mpfr_zero_p(f) != 0) == (d == 0)) {
        snprintf(buf, sizeof buf, "%.6g", d);
    } else {
        /* f = m * 2^exp with 0.5 <= |m| < 1, so f ~ m * 10^(exp*log10(2)) */
        const double log10_2 = 0.30102999566398119521373889472449302676818988146210854131;
        double exp2 = (double)mpfr_get_exp(f);
        mpfr_set_exp(f, 0);
        double m = mpfr_get_d(f, MPFR_RNDN), exp10 = exp2 * log10_2;
        long long e = (long long)exp10;
        m *= pow(10, exp10 - (double)e);
        /* 1 <= |m| < 10, with room for %.6g's rounding up */
        if (fabs(m) < 1 - 0.5e-6)
            m *= 10, e--;
        else if (fabs(m) >= 10)
            m /= 10, e++;
        snprintf(buf, sizeof buf, "%.6ge%+lld", m, e);
    }
    restore_exp_range(old);
    mpfr_clear(f);
    return arena_strdup(a, buf);
}

/* How gc prints a constant value in messages and `dump types`. */
const char *const_string(Arena *a, const ConstVal *v) {
    switch (v->kind) {
    case CONST_BOOL:
        return v->b ? "true" : "false";
    case CONST_STRING: {
        StrBuf b = {0};
        sb_putc(&b, '"');
        for (size_t i = 0; i < v->s_len; i++) {
            unsigned char ch = (unsigned char)v->s[i];
            if (ch == '"' || ch == '\\')
                sb_printf(&b, "\\%c", ch);
            else if (ch == '\n')
                sb_puts(&b, "\\n");
            else if (ch == '\t')
                sb_puts(&b, "\\t");
            else if (ch < 0x20 || ch == 0x7f)
                sb_printf(&b, "\\x%02x", ch);
            else
                sb_putc(&b, (char)ch);
        }
        sb_putc(&b, '"');
        char *s = arena_strdup(a, b.data);
        sb_free(&b);
        return s;
    }
    case CONST_INT:
        return mpz_to_arena(a, Z(v));
    case CONST_COMPLEX: /* gc's (1 + 2i) */
        return arena_printf(a, "(%s + %si)", float_string(a, v->re), float_string(a, v->im));
    case CONST_FLOAT:
        return float_string(a, v);
    }
    return "?";
}
