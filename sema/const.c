/*
 * const.c — exact constant values.
 *
 * spec: "Numeric constants represent exact values of arbitrary precision
 * and do not overflow."  Integers are GMP integers (mpz).  Floats are exact
 * rationals (mpq): constant expressions only add, subtract, multiply and
 * divide, so every float constant a program can write is a rational, and
 * rationals make `0.1 + 0.2 == 0.3` true, as the spec requires.  A value is
 * rounded only when it is converted to float32 or float64, correctly
 * (round to nearest even, with subnormals) by MPFR.
 *
 * GMP storage lives outside the arena; every value registers a cleanup
 * with its Compilation so that nothing leaks.
 */
#include "internal.h"

#include <gmp.h>
#include <mpfr.h>
#include <stdlib.h>
#include <string.h>

static void clear_mpz(void *p) { mpz_clear(p); }
static void clear_mpq(void *p) { mpq_clear(p); }

static ConstVal *new_val(Compilation *c, ConstKind kind) {
    ConstVal *v = ARENA_NEW(c->arena, ConstVal);
    v->kind = kind;
    if (kind == CONST_INT) {
        mpz_ptr z = arena_alloc(c->arena, sizeof(mpz_t));
        mpz_init(z);
        compilation_on_free(c, clear_mpz, z);
        v->num = z;
    } else if (kind == CONST_FLOAT || kind == CONST_COMPLEX) {
        for (int part = 0; part < (kind == CONST_COMPLEX ? 2 : 1); part++) {
            mpq_ptr q = arena_alloc(c->arena, sizeof(mpq_t));
            mpq_init(q);
            compilation_on_free(c, clear_mpq, q);
            *(part ? &v->imag : &v->num) = q;
        }
    }
    return v;
}

#define Z(v) ((mpz_ptr)(v)->num)
#define Q(v) ((mpq_ptr)(v)->num)
#define IM(v) ((mpq_ptr)(v)->imag)

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

/* Exponents beyond this are refused ("go2c does not support") rather than computed: 10^100000 has
 * 330,000 bits, more than any program needs, and 10^(10^9) would not fit
 * in memory. */
enum { MAX_EXPONENT = 100000 };

/* v = mantissa * base^exp, with mantissa an integer and base 2 or 10. */
static bool scale(mpq_ptr q, mpz_srcptr mantissa, int base, long exp) {
    if (exp > MAX_EXPONENT || exp < -MAX_EXPONENT)
        return false;
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
    return true;
}

/* A decimal or hexadecimal float literal: digits, a radix point, and an
 * exponent (e for decimal, p — a power of two — for hexadecimal). */
static ConstVal *float_literal(Compilation *c, const char *digits, bool *ok) {
    ConstVal *v = new_val(c, CONST_FLOAT);
    const char *p = digits;
    int base = 10;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        base = 16, p += 2;
    char *mant = arena_alloc(c->arena, strlen(p) + 2), *m = mant;
    long frac_digits = 0;
    bool after_point = false;
    for (; *p && !strchr(base == 16 ? "pP" : "eE", *p); p++) {
        if (*p == '.') {
            after_point = true;
            continue;
        }
        *m++ = *p;
        frac_digits += after_point;
    }
    *m = 0;
    long exp = 0;
    if (*p)
        exp = strtol(p + 1, NULL, 10);
    mpz_t z;
    mpz_init(z);
    if (!*mant || mpz_set_str(z, mant, base) != 0)
        mpz_set_ui(z, 0);
    /* hex: each fraction digit is 4 bits of binary exponent */
    long e = base == 16 ? exp - 4 * frac_digits : exp - frac_digits;
    *ok = scale(Q(v), z, base == 16 ? 2 : 10, e);
    mpz_clear(z);
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

/* For a complex constant: its real part (callers check that the
 * imaginary part is 0). */
ConstVal *const_to_float(Compilation *c, const ConstVal *v) {
    if (v->kind == CONST_FLOAT)
        return (ConstVal *)v;
    ConstVal *f = new_val(c, CONST_FLOAT);
    if (v->kind == CONST_COMPLEX)
        mpq_set(Q(f), Q(v));
    else
        mpq_set_z(Q(f), Z(v));
    return f;
}

bool const_is_integral(const ConstVal *v) {
    if (v->kind == CONST_COMPLEX)
        return mpq_sgn(IM(v)) == 0 && mpz_cmp_ui(mpq_denref(Q(v)), 1) == 0;
    return v->kind == CONST_INT ||
           (v->kind == CONST_FLOAT && mpz_cmp_ui(mpq_denref(Q(v)), 1) == 0);
}

/* ---- complex constants ---------------------------------------------------
 * A complex constant is two exact rationals, its real and imaginary parts. */

ConstVal *const_complex(Compilation *c, const ConstVal *re, const ConstVal *im) {
    ConstVal *v = new_val(c, CONST_COMPLEX);
    mpq_set(Q(v), Q(const_to_float(c, re)));
    mpq_set(IM(v), Q(const_to_float(c, im)));
    return v;
}

ConstVal *const_to_complex(Compilation *c, const ConstVal *v) {
    if (v->kind == CONST_COMPLEX)
        return (ConstVal *)v;
    return const_complex(c, v, const_int(c, 0));
}

/* real(v) and imag(v), as float constants. */
ConstVal *const_part(Compilation *c, const ConstVal *v, bool imag) {
    if (v->kind != CONST_COMPLEX)
        return imag ? const_to_float(c, const_int(c, 0)) : const_to_float(c, v);
    ConstVal *f = new_val(c, CONST_FLOAT);
    mpq_set(Q(f), imag ? IM(v) : Q(v));
    return f;
}

bool const_is_real(const ConstVal *v) {
    return v->kind != CONST_COMPLEX || mpq_sgn(IM(v)) == 0;
}

/* (a+bi)(c+di) = (ac-bd) + (ad+bc)i; (a+bi)/(c+di) = (a+bi)(c-di)/(c²+d²) */
static ConstVal *complex_binary(Compilation *c, TokenKind op, const ConstVal *x,
                                const ConstVal *y) {
    ConstVal *r = new_val(c, CONST_COMPLEX);
    mpq_t t, u, n;
    mpq_inits(t, u, n, NULL);
    switch (op) {
    case TOK_ADD:
        mpq_add(Q(r), Q(x), Q(y));
        mpq_add(IM(r), IM(x), IM(y));
        break;
    case TOK_SUB:
        mpq_sub(Q(r), Q(x), Q(y));
        mpq_sub(IM(r), IM(x), IM(y));
        break;
    case TOK_MUL:
        mpq_mul(t, Q(x), Q(y));
        mpq_mul(u, IM(x), IM(y));
        mpq_sub(Q(r), t, u);
        mpq_mul(t, Q(x), IM(y));
        mpq_mul(u, IM(x), Q(y));
        mpq_add(IM(r), t, u);
        break;
    case TOK_QUO:
        mpq_mul(t, Q(y), Q(y));
        mpq_mul(u, IM(y), IM(y));
        mpq_add(n, t, u);
        mpq_mul(t, Q(x), Q(y));
        mpq_mul(u, IM(x), IM(y));
        mpq_add(t, t, u);
        mpq_div(Q(r), t, n);
        mpq_mul(t, IM(x), Q(y));
        mpq_mul(u, Q(x), IM(y));
        mpq_sub(t, t, u);
        mpq_div(IM(r), t, n);
        break;
    default: ice("const_binary: complex op %s", token_spelling(op));
    }
    mpq_clears(t, u, n, NULL);
    return r;
}

/* An integral float as an integer; v must be const_is_integral. */
ConstVal *const_to_int(Compilation *c, const ConstVal *v) {
    if (v->kind == CONST_INT)
        return (ConstVal *)v;
    ConstVal *i = new_val(c, CONST_INT);
    mpz_set(Z(i), mpq_numref(Q(v)));
    return i;
}

/* Rounds a rational to the nearest float of `prec` mantissa bits and the
 * exponent range of float32 or float64, subnormals included.  Returns the
 * result as a double (exact for both formats) and whether it overflowed. */
static double round_to_float(mpq_srcptr q, bool is32, bool *overflow) {
    mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
    /* IEEE binary32: 24 bits, exponents down to 2^-149; binary64: 53 and
     * 2^-1074.  MPFR's exponent e means 0.1xxx * 2^e. */
    int prec = is32 ? 24 : 53;
    mpfr_set_emin(is32 ? -148 : -1073);
    mpfr_set_emax(is32 ? 128 : 1024);
    mpfr_t f;
    mpfr_init2(f, prec);
    int t = mpfr_set_q(f, q, MPFR_RNDN);
    t = mpfr_subnormalize(f, t, MPFR_RNDN);
    (void)t;
    *overflow = mpfr_inf_p(f) != 0;
    double d = mpfr_get_d(f, MPFR_RNDN);
    mpfr_clear(f);
    mpfr_set_emin(emin);
    mpfr_set_emax(emax);
    return d;
}

/* Go's rule for typed float constants: the value is rounded to the type. */
ConstVal *const_round_float(Compilation *c, const ConstVal *v, bool is32,
                            bool *overflow) {
    ConstVal *f = const_to_float(c, v);
    double d = round_to_float(Q(f), is32, overflow);
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
    if (v->kind == CONST_FLOAT)
        return (int64_t)mpz_get_si(mpq_numref(Q(v)));
    return v->kind == CONST_INT ? (int64_t)mpz_get_si(Z(v)) : v->b;
}

uint64_t const_uint64(const ConstVal *v) {
    if (v->kind != CONST_INT)
        return (uint64_t)const_int64(v);
    if (mpz_sgn(Z(v)) < 0)
        return (uint64_t)mpz_get_si(Z(v));
    return (uint64_t)mpz_get_ui(Z(v));
}

/* The value rounded to float32 or float64 (as a double, exact for both). */
static double rounded(const ConstVal *v, bool is32) {
    bool overflow;
    mpq_t q;
    mpq_init(q);
    if (v->kind == CONST_INT)
        mpq_set_z(q, Z(v));
    else
        mpq_set(q, Q(v));
    double d = round_to_float(q, is32, &overflow);
    mpq_clear(q);
    return d;
}

double const_float64(const ConstVal *v) { return rounded(v, false); }

float const_float32(const ConstVal *v) { return (float)rounded(v, true); }

double const_imag64(const ConstVal *v, bool is32) {
    if (v->kind != CONST_COMPLEX || !v->imag)
        return 0.0;
    ConstVal im = {.kind = CONST_FLOAT, .num = v->imag};
    return rounded(&im, is32);
}

/* ---- arithmetic ------------------------------------------------------------ */

/* The size of a numeric constant in bits: of the integer, or of the
 * larger of a rational's numerator and denominator. */
size_t const_bits(const ConstVal *v) {
    if (v->kind == CONST_INT)
        return mpz_sizeinbase(Z(v), 2);
    if (v->kind == CONST_COMPLEX) {
        size_t n = 0;
        for (int part = 0; part < 2; part++) {
            mpq_srcptr q = part ? IM(v) : Q(v);
            size_t a = mpz_sizeinbase(mpq_numref(q), 2), b = mpz_sizeinbase(mpq_denref(q), 2);
            n = a > n ? a : n;
            n = b > n ? b : n;
        }
        return n;
    }
    if (v->kind != CONST_FLOAT)
        return 0;
    size_t n = mpz_sizeinbase(mpq_numref(Q(v)), 2), d = mpz_sizeinbase(mpq_denref(Q(v)), 2);
    return n > d ? n : d;
}

/* For a complex constant: 0 when it is 0, else the sign of a nonzero part. */
int const_sign(const ConstVal *v) {
    if (v->kind == CONST_COMPLEX)
        return mpq_sgn(Q(v)) ? mpq_sgn(Q(v)) : mpq_sgn(IM(v));
    return v->kind == CONST_INT ? mpz_sgn(Z(v)) : mpq_sgn(Q(v));
}

/* Both operands must have the same kind (the checker converts first).
 * Integer division truncates; for `/` on floats the quotient is exact.
 * Returns NULL for division by zero (the checker reports it). */
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
    ConstVal *r = new_val(c, x->kind);
    if (x->kind == CONST_FLOAT) {
        switch (op) {
        case TOK_ADD: mpq_add(Q(r), Q(x), Q(y)); break;
        case TOK_SUB: mpq_sub(Q(r), Q(x), Q(y)); break;
        case TOK_MUL: mpq_mul(Q(r), Q(x), Q(y)); break;
        case TOK_QUO: mpq_div(Q(r), Q(x), Q(y)); break;
        default: ice("const_binary: float op %s", token_spelling(op));
        }
        return r;
    }
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
    case CONST_FLOAT: return mpq_cmp(Q(x), Q(y));
    case CONST_COMPLEX: /* only == and != */
        return !(mpq_equal(Q(x), Q(y)) && mpq_equal(IM(x), IM(y)));
    }
    return 0;
}

/* Unary - + ^ !.  For ^ on a typed unsigned value the checker passes the
 * type's bit size (^x is x XOR all ones of that size); 0 means signed. */
ConstVal *const_unary(Compilation *c, TokenKind op, const ConstVal *x,
                      int unsigned_bits) {
    if (op == TOK_NOT)
        return const_bool(c, !x->b);
    if (op == TOK_ADD)
        return (ConstVal *)x;
    ConstVal *r = new_val(c, x->kind);
    if (op == TOK_SUB) {
        if (x->kind == CONST_COMPLEX) {
            mpq_neg(Q(r), Q(x));
            mpq_neg(IM(r), IM(x));
        } else if (x->kind == CONST_FLOAT)
            mpq_neg(Q(r), Q(x));
        else
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

/* How gc prints a constant value in messages and `dump types`.  Floats are
 * shown as gc does: the shortest decimal of the float64 nearest value,
 * unless the value is an integer. */
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
    case CONST_COMPLEX: { /* gc's (1 + 2i); each part a float view */
        ConstVal re = {.kind = CONST_FLOAT, .num = v->num};
        ConstVal im = {.kind = CONST_FLOAT, .num = v->imag};
        const char *rs = const_string(a, &re);
        return arena_printf(a, "(%s + %si)", rs, const_string(a, &im));
    }
    case CONST_FLOAT: {
        /* gc shows six significant digits: 1e+39, 0.1, 3 */
        char buf[64];
        double d = const_float64(v);
        if (d - d != 0) { /* past float64: gc still shows the value, 1e+400 */
            mpfr_t f;
            mpfr_init2(f, 64);
            mpfr_set_q(f, Q(v), MPFR_RNDN);
            mpfr_snprintf(buf, sizeof buf, "%.6Rg", f);
            mpfr_clear(f);
        } else {
            snprintf(buf, sizeof buf, "%.6g", d);
        }
        return arena_strdup(a, buf);
    }
    }
    return "?";
}
