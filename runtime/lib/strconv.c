/*
 * strconv.c — package strconv (Go 1.19 semantics), declared in lib/strconv/.
 *
 * Integers are parsed by hand, with Go's rules for base prefixes and
 * underscores (allowed only with base 0, and only between digits or after
 * a prefix).  Floats are first checked against Go's literal syntax, then
 * a copy without underscores goes to strtod (float64) or strtof (float32):
 * glibc rounds both correctly, and calling strtof directly avoids the
 * double rounding of going through a double.  Formatting of floats and
 * quoting reuse the runtime's fmt helpers (rt_float_append, rt_quote_*).
 *
 * Errors are *strconv.NumError values in interfaces: the descriptors below
 * give fmt, ==, type assertions and errors.Is/As what they need.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../rt_internal.h"
#include "lib.h"

GoEface strconv__ErrRange, strconv__ErrSyntax;

/* ---- *NumError as an error value ------------------------------------------ */

GoString strconv__NumError__Error(strconv__NumError *e);
GoEface strconv__NumError__Unwrap(strconv__NumError *e);

/* Interface methods receive a pointer to the word holding the *NumError. */
static GoString numerror_error_method(void *recv) {
    return strconv__NumError__Error(*(strconv__NumError **)recv);
}
static GoEface numerror_unwrap_method(void *recv) {
    return strconv__NumError__Unwrap(*(strconv__NumError **)recv);
}

static const char *const error_imethods[] = {"Error"};
static const GoType error_type = {
    .kind = RT_KIND_INTERFACE, .size = (GoInt)sizeof(GoEface), .name = "error",
    .named = true, .comparable = true, .has_pointers = true,
    .imethods = error_imethods, .nimethods = 1};
static const GoField numerror_fields[] = {
    {"Func", &rt_type_string, (GoInt)offsetof(strconv__NumError, Func), false},
    {"Num", &rt_type_string, (GoInt)offsetof(strconv__NumError, Num), false},
    {"Err", &error_type, (GoInt)offsetof(strconv__NumError, Err), false},
};
static const GoType numerror_type = {
    .kind = RT_KIND_STRUCT, .size = (GoInt)sizeof(strconv__NumError),
    .name = "strconv.NumError", .named = true, .comparable = true, .has_pointers = true,
    .fields = numerror_fields, .nfields = 3};
static const GoMethod numerror_ptr_methods[] = {
    {"Error", (void (*)(void))numerror_error_method},
    {"Unwrap", (void (*)(void))numerror_unwrap_method},
};
static const GoType numerror_ptr_type = {
    .kind = RT_KIND_POINTER, .size = (GoInt)sizeof(void *), .name = "*strconv.NumError",
    .comparable = true, .has_pointers = true, .elem = &numerror_type,
    .methods = numerror_ptr_methods, .nmethods = 2};

GoString strconv__NumError__Error(strconv__NumError *e) {
    static GoMethodCache cache;
    rt_nilcheck(e);
    GoString (*err_fn)(void *) = (GoString(*)(void *))rt_imethod(e->Err, "Error", &cache);
    GoString parts[] = {RT_STR("strconv."), e->Func, RT_STR(": parsing "),
                        strconv__Quote(e->Num), RT_STR(": "), err_fn(e->Err.data)};
    return rt_string_concatn(parts, 6);
}

GoEface strconv__NumError__Unwrap(strconv__NumError *e) {
    rt_nilcheck(e);
    return e->Err;
}

static GoString cstr(const char *s) {
    return (GoString){(const uint8_t *)s, (GoInt)strlen(s)};
}

/* The error interface holding &NumError{fn, num, err}.  num is copied, as
 * Go does, so the error does not pin a large input. */
static GoEface num_error(const char *fn, GoString num, GoEface err) {
    strconv__NumError *e = rt_alloc(sizeof *e);
    e->Func = cstr(fn);
    e->Num = rt_string_from_bytes(num.ptr, num.len);
    e->Err = err;
    return rt_box(&numerror_ptr_type, &e);
}
static GoEface syntax_error(const char *fn, GoString num) {
    return num_error(fn, num, strconv__ErrSyntax);
}
static GoEface range_error(const char *fn, GoString num) {
    return num_error(fn, num, strconv__ErrRange);
}
static GoEface base_error(const char *fn, GoString num, GoInt base) {
    char msg[48];
    snprintf(msg, sizeof msg, "invalid base %lld", (long long)base);
    return num_error(fn, num, errors__New(rt_string_from_bytes((const uint8_t *)msg, (GoInt)strlen(msg))));
}
static GoEface bitsize_error(const char *fn, GoString num, GoInt bits) {
    char msg[48];
    snprintf(msg, sizeof msg, "invalid bit size %lld", (long long)bits);
    return num_error(fn, num, errors__New(rt_string_from_bytes((const uint8_t *)msg, (GoInt)strlen(msg))));
}
/* Only errors this file made are NumErrors (the Err field is checked). */
static strconv__NumError *as_num_error(GoEface err) {
    return *(strconv__NumError **)err.data;
}
static bool is_range(GoEface err) {
    return err.type && as_num_error(err)->Err.data == strconv__ErrRange.data;
}

/* ---- byte slices ------------------------------------------------------------ */

static GoSlice append_bytes(GoSlice dst, const void *p, size_t n) {
    return rt_append_slice(&rt_type_uint8, dst, p, (GoInt)n);
}
static GoSlice append_buf(GoSlice dst, RtBuf *b) {
    return append_bytes(dst, b->ptr, b->len);
}

/* ---- integers: formatting ------------------------------------------------- */

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Writes u (negated when neg) in base into buf's end; returns the start. */
static char *format_bits(char buf[66], uint64_t u, GoInt base, bool neg) {
    if (base < 2 || base > 36)
        rt_panic_string(RT_STR("strconv: illegal AppendInt/FormatInt base"));
    char *p = buf + 66;
    do {
        *--p = digits36[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (neg)
        *--p = '-';
    return p;
}

/* The magnitude of i as unsigned: well defined even for MinInt64. */
static uint64_t magnitude(int64_t i) {
    return i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
}

GoString strconv__FormatInt(GoInt64 i, GoInt base) {
    char buf[66];
    char *p = format_bits(buf, magnitude(i), base, i < 0);
    return rt_string_from_bytes((const uint8_t *)p, buf + 66 - p);
}
GoString strconv__FormatUint(GoUint64 i, GoInt base) {
    char buf[66];
    char *p = format_bits(buf, i, base, false);
    return rt_string_from_bytes((const uint8_t *)p, buf + 66 - p);
}
GoString strconv__Itoa(GoInt i) {
    return strconv__FormatInt(i, 10);
}
GoSlice strconv__AppendInt(GoSlice dst, GoInt64 i, GoInt base) {
    char buf[66];
    char *p = format_bits(buf, magnitude(i), base, i < 0);
    return append_bytes(dst, p, (size_t)(buf + 66 - p));
}
GoSlice strconv__AppendUint(GoSlice dst, GoUint64 i, GoInt base) {
    char buf[66];
    char *p = format_bits(buf, i, base, false);
    return append_bytes(dst, p, (size_t)(buf + 66 - p));
}

/* ---- integers: parsing ----------------------------------------------------- */

typedef struct { GoUint64 r0; GoEface r1; } Tuple_GoUint64_GoEface;
typedef struct { GoInt64 r0; GoEface r1; } Tuple_GoInt64_GoEface;

static uint8_t lower(uint8_t c) {
    return c | 0x20;
}
static bool is_prefix_letter(uint8_t c) {
    return lower(c) == 'b' || lower(c) == 'o' || lower(c) == 'x';
}
static bool is_digit(uint8_t c) {
    return c >= '0' && c <= '9';
}
static bool is_hex_digit(uint8_t c) {
    return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

/* Go's underscore rule, for a number (with optional sign and base
 * prefix) that contains underscores: each must sit between digits, or
 * between the prefix and a digit.  state: 'd' after a digit or prefix,
 * '_' after an underscore, 's' at the start, 'x' after anything else. */
static bool underscores_ok(const uint8_t *s, GoInt n) {
    GoInt i = 0;
    char state = 's';
    if (n > 0 && (s[0] == '-' || s[0] == '+'))
        s++, n--;
    bool hex = false;
    if (n >= 2 && s[0] == '0' && is_prefix_letter(s[1])) {
        hex = lower(s[1]) == 'x';
        i = 2;
        state = 'd';
    }
    for (; i < n; i++) {
        if (is_digit(s[i]) || (hex && is_hex_digit(s[i]))) {
            state = 'd';
        } else if (s[i] == '_') {
            if (state != 'd')
                return false;
            state = '_';
        } else {
            if (state == '_')
                return false;
            state = 'x';
        }
    }
    return state != '_';
}

static int digit_value(uint8_t c) {
    if (is_digit(c))
        return c - '0';
    if (lower(c) >= 'a' && lower(c) <= 'z')
        return lower(c) - 'a' + 10;
    return 99;
}

/* ParseUint's work; fn names the function for errors. */
static Tuple_GoUint64_GoEface parse_uint(const char *fn, GoString s0, GoInt base, GoInt bits) {
    Tuple_GoUint64_GoEface res = {0, {0}};
    if (s0.len == 0) {
        res.r1 = syntax_error(fn, s0);
        return res;
    }
    const uint8_t *s = s0.ptr;
    GoInt n = s0.len;
    bool base0 = base == 0;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && is_prefix_letter(s[1])) {
                base = lower(s[1]) == 'b' ? 2 : lower(s[1]) == 'o' ? 8 : 16;
                s += 2, n -= 2;
            } else {
                base = 8;
                s++, n--;
            }
        }
    } else if (base < 2 || base > 36) {
        res.r1 = base_error(fn, s0, base);
        return res;
    }
    if (bits == 0)
        bits = 64;
    else if (bits < 0 || bits > 64) {
        res.r1 = bitsize_error(fn, s0, bits);
        return res;
    }
    uint64_t max = bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1; /* n*base overflows from here */
    uint64_t v = 0;
    bool underscores = false;
    for (GoInt i = 0; i < n; i++) {
        if (s[i] == '_' && base0) {
            underscores = true;
            continue;
        }
        int d = digit_value(s[i]);
        if (d >= base) {
            res.r1 = syntax_error(fn, s0);
            return res;
        }
        if (v >= cutoff || v * (uint64_t)base + (uint64_t)d < v * (uint64_t)base ||
            v * (uint64_t)base + (uint64_t)d > max) {
            res.r0 = max;
            res.r1 = range_error(fn, s0);
            return res;
        }
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (underscores && !underscores_ok(s0.ptr, s0.len)) {
        res.r1 = syntax_error(fn, s0);
        return res;
    }
    res.r0 = v;
    return res;
}

Tuple_GoUint64_GoEface strconv__ParseUint(GoString s, GoInt base, GoInt bits) {
    return parse_uint("ParseUint", s, base, bits);
}

static Tuple_GoInt64_GoEface parse_int(const char *fn, GoString s0, GoInt base, GoInt bits) {
    Tuple_GoInt64_GoEface res = {0, {0}};
    if (s0.len == 0) {
        res.r1 = syntax_error(fn, s0);
        return res;
    }
    GoString s = s0;
    bool neg = s.ptr[0] == '-';
    if (neg || s.ptr[0] == '+')
        s.ptr++, s.len--;
    Tuple_GoUint64_GoEface u = parse_uint(fn, s, base, bits);
    if (u.r1.type && !is_range(u.r1)) {
        strconv__NumError *e = as_num_error(u.r1);
        e->Num = rt_string_from_bytes(s0.ptr, s0.len);
        res.r1 = u.r1;
        return res;
    }
    if (bits == 0)
        bits = 64;
    uint64_t cutoff = UINT64_C(1) << (bits - 1);
    if (!neg && u.r0 >= cutoff) {
        res.r0 = (GoInt64)(cutoff - 1);
        res.r1 = range_error(fn, s0);
    } else if (neg && u.r0 > cutoff) {
        res.r0 = (GoInt64)(0 - cutoff);
        res.r1 = range_error(fn, s0);
    } else {
        res.r0 = (GoInt64)(neg ? 0 - u.r0 : u.r0);
    }
    return res;
}

Tuple_GoInt64_GoEface strconv__ParseInt(GoString s, GoInt base, GoInt bits) {
    return parse_int("ParseInt", s, base, bits);
}

Tuple_GoInt_GoEface strconv__Atoi(GoString s) {
    Tuple_GoInt64_GoEface r = parse_int("Atoi", s, 10, 0);
    return (Tuple_GoInt_GoEface){r.r0, r.r1};
}

/* ---- booleans ------------------------------------------------------------------- */

typedef struct { GoBool r0; GoEface r1; } Tuple_GoBool_GoEface;

static bool equals(GoString s, const char *lit) {
    return (size_t)s.len == strlen(lit) && memcmp(s.ptr, lit, (size_t)s.len) == 0;
}

Tuple_GoBool_GoEface strconv__ParseBool(GoString s) {
    static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
    static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
    for (int i = 0; i < 6; i++) {
        if (equals(s, yes[i]))
            return (Tuple_GoBool_GoEface){true, {0}};
        if (equals(s, no[i]))
            return (Tuple_GoBool_GoEface){false, {0}};
    }
    return (Tuple_GoBool_GoEface){false, syntax_error("ParseBool", s)};
}

GoString strconv__FormatBool(GoBool b) {
    return b ? RT_STR("true") : RT_STR("false");
}
GoSlice strconv__AppendBool(GoSlice dst, GoBool b) {
    return b ? append_bytes(dst, "true", 4) : append_bytes(dst, "false", 5);
}

/* ---- floats: parsing ------------------------------------------------------------- */

typedef struct { GoFloat64 r0; GoEface r1; } Tuple_GoFloat64_GoEface;

static bool equal_fold(const uint8_t *s, GoInt n, const char *lower_lit) {
    if ((size_t)n != strlen(lower_lit))
        return false;
    for (GoInt i = 0; i < n; i++)
        if ((s[i] | 0x20) != (uint8_t)lower_lit[i])
            return false;
    return true;
}

/* "inf", "infinity" (with an optional sign) and "nan" (without), in any
 * case: sets *v and returns true. */
static bool parse_special(GoString s, double *v) {
    const uint8_t *p = s.ptr;
    GoInt n = s.len;
    if (equal_fold(p, n, "nan")) {
        *v = NAN;
        return true;
    }
    double sign = 1;
    if (n > 0 && (p[0] == '+' || p[0] == '-')) {
        sign = p[0] == '-' ? -1 : 1;
        p++, n--;
    }
    if (equal_fold(p, n, "inf") || equal_fold(p, n, "infinity")) {
        *v = sign * INFINITY;
        return true;
    }
    return false;
}

/* Scans digits (hex ones when hex) and underscores from s[*i]; copies the
 * digits to out; returns how many digits there were. */
static GoInt scan_digits(GoString s, GoInt *i, bool hex, RtBuf *out, bool *underscores) {
    GoInt count = 0;
    for (; *i < s.len; (*i)++) {
        uint8_t c = s.ptr[*i];
        if (c == '_') {
            *underscores = true;
        } else if (is_digit(c) || (hex && is_hex_digit(c))) {
            rt_buf_putc(out, c);
            count++;
        } else {
            break;
        }
    }
    return count;
}

/* Checks s against Go's float literal syntax (decimal, or hex with a
 * mandatory p exponent) and writes it without underscores, NUL-terminated,
 * to out, ready for strtod. */
static bool float_syntax(GoString s, RtBuf *out) {
    GoInt i = 0;
    bool underscores = false;
    if (i < s.len && (s.ptr[i] == '+' || s.ptr[i] == '-'))
        rt_buf_putc(out, s.ptr[i++]);
    bool hex = s.len - i >= 2 && s.ptr[i] == '0' && lower(s.ptr[i + 1]) == 'x';
    if (hex) {
        rt_buf_puts(out, "0x");
        i += 2;
    }
    GoInt mant = scan_digits(s, &i, hex, out, &underscores);
    if (i < s.len && s.ptr[i] == '.') {
        rt_buf_putc(out, '.');
        i++;
        mant += scan_digits(s, &i, hex, out, &underscores);
    }
    if (mant == 0)
        return false;
    if (i < s.len && lower(s.ptr[i]) == (hex ? 'p' : 'e')) {
        rt_buf_putc(out, s.ptr[i++]);
        if (i < s.len && (s.ptr[i] == '+' || s.ptr[i] == '-'))
            rt_buf_putc(out, s.ptr[i++]);
        if (scan_digits(s, &i, false, out, &underscores) == 0)
            return false;
    } else if (hex) {
        return false;
    }
    if (i != s.len || (underscores && !underscores_ok(s.ptr, s.len)))
        return false;
    rt_buf_putc(out, '\0');
    return true;
}

Tuple_GoFloat64_GoEface strconv__ParseFloat(GoString s, GoInt bits) {
    Tuple_GoFloat64_GoEface res = {0, {0}};
    if (parse_special(s, &res.r0))
        return res;
    RtBuf clean;
    rt_buf_init(&clean);
    if (!float_syntax(s, &clean)) {
        res.r1 = syntax_error("ParseFloat", s);
        return res;
    }
    const char *text = (const char *)clean.ptr;
    res.r0 = bits == 32 ? (double)strtof(text, NULL) : strtod(text, NULL);
    if (isinf(res.r0)) /* overflow; underflow to 0 or a denormal is no error */
        res.r1 = range_error("ParseFloat", s);
    return res;
}

/* ---- floats: formatting ---------------------------------------------------------- */

static void format_float(RtBuf *b, double f, uint8_t fmt, GoInt prec, GoInt bits) {
    if (!strchr("beEfgGxX", fmt) || fmt == 0) { /* Go writes %c for an unknown format */
        rt_buf_putc(b, '%');
        rt_buf_putc(b, fmt);
        return;
    }
    if (prec > 1 << 20)  /* keeps the C formatting sane; Go has no limit */
        prec = 1 << 20;
    rt_float_append(b, f, (char)fmt, (int)(prec < 0 ? -1 : prec), bits == 32 ? 32 : 64);
}

GoString strconv__FormatFloat(GoFloat64 f, GoUint8 fmt, GoInt prec, GoInt bits) {
    RtBuf b;
    rt_buf_init(&b);
    format_float(&b, f, fmt, prec, bits);
    return rt_buf_string(&b);
}

GoSlice strconv__AppendFloat(GoSlice dst, GoFloat64 f, GoUint8 fmt, GoInt prec, GoInt bits) {
    RtBuf b;
    rt_buf_init(&b);
    format_float(&b, f, fmt, prec, bits);
    return append_buf(dst, &b);
}

GoString strconv__FormatComplex(GoComplex128 c, GoUint8 fmt, GoInt prec, GoInt bits) {
    if (bits != 64 && bits != 128)
        rt_panic_string(RT_STR("invalid bitSize"));
    bits >>= 1;
    RtBuf b;
    rt_buf_init(&b);
    rt_buf_putc(&b, '(');
    format_float(&b, c.real, fmt, prec, bits);
    size_t im = b.len;
    format_float(&b, c.imag, fmt, prec, bits);
    if (b.ptr[im] != '+' && b.ptr[im] != '-') { /* the imaginary part gets a sign */
        rt_buf_putc(&b, 0);
        memmove(b.ptr + im + 1, b.ptr + im, b.len - im - 1);
        b.ptr[im] = '+';
    }
    rt_buf_puts(&b, "i)");
    return rt_buf_string(&b);
}

/* ---- quoting ------------------------------------------------------------------------ */

/* strconv.IsGraphic adds the Unicode space separators (category Zs) to
 * the printable runes. */
static bool is_graphic(int32_t r) {
    static const int32_t zs[] = {0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
                                 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F,
                                 0x205F, 0x3000};
    if (rt_rune_is_print(r))
        return true;
    for (size_t i = 0; i < sizeof zs / sizeof zs[0]; i++)
        if (zs[i] == r)
            return true;
    return false;
}

GoBool strconv__IsPrint(GoInt32 r) {
    return rt_rune_is_print(r);
}
GoBool strconv__IsGraphic(GoInt32 r) {
    return is_graphic(r);
}
GoBool strconv__CanBackquote(GoString s) {
    return rt_can_backquote(s.ptr, (size_t)s.len);
}

/* Appends r as it appears inside quote: through rt_quote_rune (which
 * quotes with ') minus its quotes, except for the quote characters
 * themselves and graphic runes that rt_quote_rune would escape. */
static void put_graphic_rune(RtBuf *b, int32_t r, uint8_t quote) {
    if (r == quote || (r != '\'' && r != '"' && r != '\\' && is_graphic(r))) {
        if (r == quote)
            rt_buf_putc(b, '\\');
        rt_buf_put_rune(b, r);
        return;
    }
    if (r == '\'') { /* ' inside "..." stays as it is */
        rt_buf_putc(b, '\'');
        return;
    }
    RtBuf tmp;
    rt_buf_init(&tmp);
    rt_quote_rune(&tmp, r, false);
    rt_buf_write(b, tmp.ptr + 1, tmp.len - 2);
}

enum QuoteMode { QUOTE_PLAIN, QUOTE_ASCII, QUOTE_GRAPHIC };

static void quote_string(RtBuf *b, GoString s, enum QuoteMode mode) {
    if (mode != QUOTE_GRAPHIC) {
        rt_quote_string(b, s.ptr, (size_t)s.len, mode == QUOTE_ASCII);
        return;
    }
    rt_buf_putc(b, '"');
    for (GoInt i = 0; i < s.len;) {
        int32_t r;
        int w = rt_utf8_decode(s.ptr + i, (size_t)(s.len - i), &r);
        if (w == 1 && r == RT_RUNE_ERROR) {
            char hex[8];
            snprintf(hex, sizeof hex, "\\x%02x", s.ptr[i]);
            rt_buf_puts(b, hex);
        } else {
            put_graphic_rune(b, r, '"');
        }
        i += w;
    }
    rt_buf_putc(b, '"');
}

static void quote_rune(RtBuf *b, int32_t r, enum QuoteMode mode) {
    if (mode != QUOTE_GRAPHIC) {
        rt_quote_rune(b, r, mode == QUOTE_ASCII);
        return;
    }
    if (!rt_rune_valid(r))
        r = RT_RUNE_ERROR;
    rt_buf_putc(b, '\'');
    if (r == '"')
        rt_buf_putc(b, '"');
    else
        put_graphic_rune(b, r, '\'');
    rt_buf_putc(b, '\'');
}

static GoString quoted(GoString s, enum QuoteMode mode) {
    RtBuf b;
    rt_buf_init(&b);
    quote_string(&b, s, mode);
    return rt_buf_string(&b);
}
static GoString quoted_rune(int32_t r, enum QuoteMode mode) {
    RtBuf b;
    rt_buf_init(&b);
    quote_rune(&b, r, mode);
    return rt_buf_string(&b);
}

/* Go first makes room for len(s)+2 more bytes when dst lacks it. */
static GoSlice append_quoted(GoSlice dst, GoString s, enum QuoteMode mode) {
    if (dst.cap - dst.len < s.len) {
        GoSlice n = rt_make_slice(&rt_type_uint8, dst.len, dst.len + s.len + 2);
        if (dst.len)
            memcpy(n.ptr, dst.ptr, (size_t)dst.len);
        dst = n;
    }
    RtBuf b;
    rt_buf_init(&b);
    quote_string(&b, s, mode);
    return append_buf(dst, &b);
}
static GoSlice append_quoted_rune(GoSlice dst, int32_t r, enum QuoteMode mode) {
    RtBuf b;
    rt_buf_init(&b);
    quote_rune(&b, r, mode);
    return append_buf(dst, &b);
}

GoString strconv__Quote(GoString s) { return quoted(s, QUOTE_PLAIN); }
GoString strconv__QuoteToASCII(GoString s) { return quoted(s, QUOTE_ASCII); }
GoString strconv__QuoteToGraphic(GoString s) { return quoted(s, QUOTE_GRAPHIC); }
GoString strconv__QuoteRune(GoInt32 r) { return quoted_rune(r, QUOTE_PLAIN); }
GoString strconv__QuoteRuneToASCII(GoInt32 r) { return quoted_rune(r, QUOTE_ASCII); }
GoString strconv__QuoteRuneToGraphic(GoInt32 r) { return quoted_rune(r, QUOTE_GRAPHIC); }
GoSlice strconv__AppendQuote(GoSlice dst, GoString s) { return append_quoted(dst, s, QUOTE_PLAIN); }
GoSlice strconv__AppendQuoteToASCII(GoSlice dst, GoString s) {
    return append_quoted(dst, s, QUOTE_ASCII);
}
GoSlice strconv__AppendQuoteToGraphic(GoSlice dst, GoString s) {
    return append_quoted(dst, s, QUOTE_GRAPHIC);
}
GoSlice strconv__AppendQuoteRune(GoSlice dst, GoInt32 r) {
    return append_quoted_rune(dst, r, QUOTE_PLAIN);
}
GoSlice strconv__AppendQuoteRuneToASCII(GoSlice dst, GoInt32 r) {
    return append_quoted_rune(dst, r, QUOTE_ASCII);
}
GoSlice strconv__AppendQuoteRuneToGraphic(GoSlice dst, GoInt32 r) {
    return append_quoted_rune(dst, r, QUOTE_GRAPHIC);
}

/* ---- unquoting ---------------------------------------------------------------------- */

typedef struct {
    GoInt32 r0;
    GoBool r1;
    GoString r2;
    GoEface r3;
} Tuple_GoInt32_GoBool_GoString_GoEface;

static Tuple_GoInt32_GoBool_GoString_GoEface unquote_fail(void) {
    return (Tuple_GoInt32_GoBool_GoString_GoEface){0, false, {(const uint8_t *)"", 0},
                                                   strconv__ErrSyntax};
}

/* \x \u \U: n hex digits after the escape letter. */
static bool read_hex(const uint8_t *s, int n, uint32_t *v) {
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_hex_digit(s[i]))
            return false;
        *v = *v << 4 | (uint32_t)digit_value(s[i]);
    }
    return true;
}

static const char simple_escapes[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";

Tuple_GoInt32_GoBool_GoString_GoEface strconv__UnquoteChar(GoString s, GoUint8 quote) {
    Tuple_GoInt32_GoBool_GoString_GoEface res = {0, false, {0}, {0}};
    if (s.len == 0)
        return unquote_fail();
    uint8_t c = s.ptr[0];
    if (c == quote && (quote == '\'' || quote == '"'))
        return unquote_fail();
    if (c >= 0x80) {
        int w = rt_utf8_decode(s.ptr, (size_t)s.len, &res.r0);
        res.r1 = true;
        res.r2 = (GoString){s.ptr + w, s.len - w};
        return res;
    }
    if (c != '\\') {
        res.r0 = c;
        res.r2 = (GoString){s.ptr + 1, s.len - 1};
        return res;
    }
    if (s.len < 2)
        return unquote_fail();
    c = s.ptr[1];
    const uint8_t *p = s.ptr + 2;
    GoInt left = s.len - 2;
    const char *esc = c ? strchr(simple_escapes, c) : NULL;
    if (esc && (esc - simple_escapes) % 2 == 0) {
        res.r0 = (uint8_t)esc[1];
    } else if (c == 'x' || c == 'u' || c == 'U') {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v;
        if (left < n || !read_hex(p, n, &v))
            return unquote_fail();
        p += n, left -= n;
        if (c != 'x') {
            if (!rt_rune_valid(v))
                return unquote_fail();
            res.r1 = true;
        }
        res.r0 = (GoInt32)v;
    } else if (c >= '0' && c <= '7') {
        if (left < 2 || p[0] < '0' || p[0] > '7' || p[1] < '0' || p[1] > '7')
            return unquote_fail();
        int v = (c - '0') * 64 + (p[0] - '0') * 8 + (p[1] - '0');
        if (v > 255)
            return unquote_fail();
        res.r0 = v;
        p += 2, left -= 2;
    } else if ((c == '\'' || c == '"') && c == quote) {
        res.r0 = c;
    } else {
        return unquote_fail();
    }
    res.r2 = (GoString){p, left};
    return res;
}

/* The quoted literal at the start of in: its value (when unescape) or its
 * text, and the rest of in.  Returns false on a syntax error. */
static bool unquote_prefix(GoString in, bool unescape, GoString *out, GoString *rest) {
    if (in.len < 2)
        return false;
    uint8_t quote = in.ptr[0];
    const uint8_t *close = memchr(in.ptr + 1, quote, (size_t)in.len - 1);
    if (!close)
        return false;
    GoInt end = close - in.ptr + 1; /* just past the closing quote */
    if (quote == '`') {
        *rest = (GoString){in.ptr + end, in.len - end};
        if (!unescape) {
            *out = (GoString){in.ptr, end};
            return true;
        }
        RtBuf b; /* carriage returns are dropped from raw strings */
        rt_buf_init(&b);
        for (GoInt i = 1; i < end - 1; i++)
            if (in.ptr[i] != '\r')
                rt_buf_putc(&b, in.ptr[i]);
        *out = rt_buf_string(&b);
        return true;
    }
    if (quote != '"' && quote != '\'')
        return false;
    RtBuf b;
    rt_buf_init(&b);
    GoString s = {in.ptr + 1, in.len - 1};
    while (s.len > 0 && s.ptr[0] != quote) {
        if (s.ptr[0] == '\n')
            return false;
        Tuple_GoInt32_GoBool_GoString_GoEface ch = strconv__UnquoteChar(s, quote);
        if (ch.r3.type)
            return false;
        s = ch.r2;
        if (ch.r0 < 0x80 || !ch.r1)
            rt_buf_putc(&b, (uint8_t)ch.r0);
        else
            rt_buf_put_rune(&b, ch.r0);
        if (quote == '\'')
            break;
    }
    if (s.len == 0 || s.ptr[0] != quote)
        return false;
    /* '' holds no rune, yet Go 1.19 accepts it as "" */
    *rest = (GoString){s.ptr + 1, s.len - 1};
    *out = unescape ? rt_buf_string(&b) : (GoString){in.ptr, in.len - rest->len};
    return true;
}

Tuple_GoString_GoEface strconv__Unquote(GoString s) {
    GoString out, rest;
    if (!unquote_prefix(s, true, &out, &rest) || rest.len > 0)
        return (Tuple_GoString_GoEface){{(const uint8_t *)"", 0}, strconv__ErrSyntax};
    return (Tuple_GoString_GoEface){out, {0}};
}

Tuple_GoString_GoEface strconv__QuotedPrefix(GoString s) {
    GoString out, rest;
    if (!unquote_prefix(s, false, &out, &rest))
        return (Tuple_GoString_GoEface){{(const uint8_t *)"", 0}, strconv__ErrSyntax};
    return (Tuple_GoString_GoEface){out, {0}};
}

/* ---- initialization ------------------------------------------------------------------ */

void strconv__init_vars(void) {
    strconv__ErrRange = errors__New(RT_STR("value out of range"));
    strconv__ErrSyntax = errors__New(RT_STR("invalid syntax"));
}
