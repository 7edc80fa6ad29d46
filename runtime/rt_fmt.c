/*
 * rt_fmt.c — package fmt's Print, Println, Printf and their S-variants.
 *
 * Arguments arrive as interface values: a GoType (kind, name) and a pointer
 * to the value.  A Printer formats into an RtBuf; the exported functions then
 * write it to fd 1 in one go or return it as a string.  The structure is
 * fmt's own, so that behaviour can be checked against it piece by piece:
 *
 *   do_printf      walks the format: flags, [n] argument indexes, width and
 *                  precision (digits or *), the verb; %!(NOVERB), MISSING,
 *                  BADINDEX, BADWIDTH, BADPREC, EXTRA are produced here
 *   print_arg      dispatches on the argument's kind; %T and %p first
 *   fmt_*          the per-kind formatters (fmt's format.go): padding to a
 *                  width counted in runes, signs, precision, prefixes
 *   bad_verb       %!verb(type=value) for a verb the kind does not take
 *
 * Composite kinds (slices, structs, maps, pointers) will be added to
 * print_arg once GoType describes their elements and fields; for now an
 * argument of another kind prints as ?name?, like fmt's unknownType.
 */
#include <string.h>

#include "rt_internal.h"

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

/* fmt limits widths and precisions to a million, so a typo like %99999999d
 * does not allocate gigabytes. */
enum { MAX_WIDTH = 1000000 };

typedef struct Flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    /* %+v and %#v: plus and sharp moved aside, as for fmt they are
     * different formats rather than flags. */
    bool plus_v, sharp_v;
} Flags;

typedef struct Printer {
    RtBuf buf;
    Flags f;
    int wid, prec;
    const GoEface *arg; /* the argument being printed, for bad_verb */
} Printer;

static void print_arg(Printer *p, const GoEface *arg, int32_t verb);

/* ---- padding --------------------------------------------------------------- */

static void write_padding(Printer *p, int n) {
    if (n > 0)
        rt_buf_fill(&p->buf, p->f.zero ? '0' : ' ', (size_t)n);
}

/* Appends s, padded to the width (in runes) on the left, or on the right
 * with the minus flag. */
static void pad(Printer *p, const uint8_t *s, size_t n) {
    if (!p->f.wid_present || p->wid == 0) {
        rt_buf_write(&p->buf, s, n);
        return;
    }
    int width = p->wid - (int)rt_utf8_count(s, n);
    if (!p->f.minus)
        write_padding(p, width);
    rt_buf_write(&p->buf, s, n);
    if (p->f.minus)
        write_padding(p, width);
}

static void pad_cstr(Printer *p, const char *s) {
    pad(p, (const uint8_t *)s, strlen(s));
}

/* pad() with zero padding off: for text that zeros must not precede. */
static void pad_spaces(Printer *p, const uint8_t *s, size_t n) {
    bool zero = p->f.zero;
    p->f.zero = false;
    pad(p, s, n);
    p->f.zero = zero;
}

/* ---- booleans and integers --------------------------------------------------- */

static void fmt_boolean(Printer *p, bool v) {
    pad_cstr(p, v ? "true" : "false");
}

/* fmt's fmtInteger.  Digits are produced right to left into a scratch
 * buffer, then zeros up to the precision (or to the width, for the 0 flag
 * without a precision), then prefixes and the sign. */
static void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb,
                        const char *digits) {
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    int prec = 0;
    if (p->f.prec_present) {
        prec = p->prec;
        /* %.0d of 0 prints nothing at all, only padding. */
        if (prec == 0 && u == 0) {
            bool zero = p->f.zero;
            p->f.zero = false;
            write_padding(p, p->wid);
            p->f.zero = zero;
            return;
        }
    } else if (p->f.zero && p->f.wid_present) {
        prec = p->wid;
        if (negative || p->f.plus || p->f.space)
            prec--; /* leave room for the sign */
    }

    /* 64 binary digits, 2-byte prefixes and a sign, or the zeros. */
    size_t size = 68 + (size_t)(prec > 0 ? prec : 0);
    uint8_t small[68 + 32];
    uint8_t *buf = size <= sizeof small ? small : rt_alloc_atomic(size);
    size_t i = size;
    do {
        buf[--i] = (uint8_t)digits[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u != 0);
    while (prec > (int)(size - i))
        buf[--i] = '0';

    if (p->f.sharp) {
        if (base == 2) {
            buf[--i] = 'b';
            buf[--i] = '0';
        } else if (base == 8 && buf[i] != '0') {
            buf[--i] = '0';
        } else if (base == 16) {
            buf[--i] = (uint8_t)digits[16];
            buf[--i] = '0';
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->f.plus)
        buf[--i] = '+';
    else if (p->f.space)
        buf[--i] = ' ';
    /* Zero padding was done above as precision, or is ignored because an
     * explicit precision was given. */
    pad_spaces(p, buf + i, size - i);
}

/* %U: "U+0041", at least 4 (or the precision's) hex digits; %#U appends the
 * character, " 'A'", when it is printable. */
static void fmt_unicode(Printer *p, uint64_t u) {
    int prec = p->f.prec_present && p->prec > 4 ? p->prec : 4;
    size_t size = 2 + (size_t)prec + 16 + 3 + RT_UTF_MAX + 1;
    uint8_t small[64];
    uint8_t *buf = size <= sizeof small ? small : rt_alloc_atomic(size);
    size_t i = size;
    if (p->f.sharp && u <= RT_MAX_RUNE && rt_rune_is_print((int32_t)u)) {
        buf[--i] = '\'';
        uint8_t tmp[RT_UTF_MAX];
        int n = rt_utf8_encode(tmp, (int32_t)u);
        i -= (size_t)n;
        memcpy(buf + i, tmp, (size_t)n);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    do {
        buf[--i] = (uint8_t)udigits[u & 0xF];
        prec--;
        u >>= 4;
    } while (u != 0);
    for (; prec > 0; prec--)
        buf[--i] = '0';
    buf[--i] = '+';
    buf[--i] = 'U';
    pad_spaces(p, buf + i, size - i);
}

/* A value beyond the last rune stands for U+FFFD in %c and %q. */
static int32_t to_rune(uint64_t c) {
    return c > RT_MAX_RUNE ? RT_RUNE_ERROR : (int32_t)c;
}

static void fmt_c(Printer *p, uint64_t c) {
    uint8_t tmp[RT_UTF_MAX];
    pad(p, tmp, (size_t)rt_utf8_encode(tmp, to_rune(c)));
}

static void fmt_qc(Printer *p, uint64_t c) {
    RtBuf q;
    rt_buf_init(&q);
    rt_quote_rune(&q, to_rune(c), p->f.plus);
    pad(p, q.ptr, q.len);
}

static void bad_verb(Printer *p, int32_t verb);

static void print_integer(Printer *p, uint64_t v, bool is_signed, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed) { /* %#v of unsigned: 0x hex */
            bool sharp = p->f.sharp;
            p->f.sharp = true;
            fmt_integer(p, v, 16, false, 'v', ldigits);
            p->f.sharp = sharp;
        } else
            fmt_integer(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, ldigits); break;
    case 'o':
    case 'O': fmt_integer(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb); break;
    }
}

/* ---- floats -------------------------------------------------------------------- */

/* fmt's fmtFloat: strconv's text, then the sign rules (+ and space flags,
 * sign before zero padding), Inf and NaN never zero-padded, and the #
 * flag's forced decimal point and kept trailing zeros. */
static void fmt_float(Printer *p, double v, int size, char verb, int prec) {
    if (p->f.prec_present)
        prec = p->prec;
    RtBuf num, out; /* strconv's text; the # flag's rewrite of it */
    rt_buf_init(&num);
    rt_buf_putc(&num, '+'); /* room for a sign */
    rt_float_append(&num, v, verb, prec, size);
    uint8_t *s = num.ptr;
    size_t n = num.len;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    }
    if (p->f.space && s[0] == '+' && !p->f.plus)
        s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {
        if (s[1] == 'N' && !p->f.space && !p->f.plus) {
            s++;
            n--;
        }
        pad_spaces(p, s, n);
        return;
    }
    if (p->f.sharp && verb != 'b') {
        /* How many significant digits %#g must show (6 when shortest);
         * the other verbs only gain a decimal point. */
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
            digits = prec == -1 ? 6 : prec;
        size_t tail = n; /* start of the exponent, if any */
        bool has_point = false, nonzero = false;
        for (size_t i = 1; i < n; i++) {
            uint8_t c = s[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' ||
                       ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = i;
                break;
            } else {
                nonzero |= c != '0';
                if (nonzero)
                    digits--;
            }
        }
        rt_buf_init(&out);
        rt_buf_write(&out, s, tail);
        if (!has_point) {
            if (tail == 2 && s[1] == '0')
                digits--; /* a lone 0 is one digit */
            rt_buf_putc(&out, '.');
        }
        if (digits > 0)
            rt_buf_fill(&out, '0', (size_t)digits);
        rt_buf_write(&out, s + tail, n - tail);
        s = out.ptr;
        n = out.len;
    }
    if (p->f.plus || s[0] != '+') {
        /* The sign goes before zero padding. */
        if (p->f.zero && p->f.wid_present && p->wid > (int)n) {
            rt_buf_putc(&p->buf, s[0]);
            write_padding(p, p->wid - (int)n);
            rt_buf_write(&p->buf, s + 1, n - 1);
            return;
        }
        pad(p, s, n);
        return;
    }
    pad(p, s + 1, n - 1);
}

static void print_float(Printer *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_float(p, v, size, (char)verb, -1); break;
    case 'f':
    case 'e':
    case 'E': fmt_float(p, v, size, (char)verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb); break;
    }
}

/* ---- strings ------------------------------------------------------------------- */

/* The precision limits a string to that many runes. */
static size_t truncate(const Printer *p, const uint8_t *s, size_t n) {
    if (!p->f.prec_present)
        return n;
    int left = p->prec;
    for (size_t i = 0; i < n;) {
        if (left-- == 0)
            return i;
        int32_t r;
        i += s[i] < 0x80 ? 1 : (size_t)rt_utf8_decode(s + i, n - i, &r);
    }
    return n;
}

static void fmt_s(Printer *p, const uint8_t *s, size_t n) {
    pad(p, s, truncate(p, s, n));
}

/* %x on a string: two hex digits per byte ("% x" spaces them, "%#x" adds
 * 0x once, "%# x" before each byte); the precision counts input bytes. */
static void fmt_sx(Printer *p, const uint8_t *s, size_t n, const char *digits) {
    size_t length = n;
    if (p->f.prec_present && (size_t)p->prec < length)
        length = (size_t)p->prec;
    if (length == 0) {
        if (p->f.wid_present)
            write_padding(p, p->wid);
        return;
    }
    size_t width = 2 * length;
    if (p->f.space) {
        if (p->f.sharp)
            width *= 2;
        width += length - 1;
    } else if (p->f.sharp)
        width += 2;
    if (p->f.wid_present && (size_t)p->wid > width && !p->f.minus)
        write_padding(p, p->wid - (int)width);
    RtBuf *b = &p->buf;
    for (size_t i = 0; i < length; i++) {
        if (p->f.sharp && (i == 0 || p->f.space)) {
            if (i > 0)
                rt_buf_putc(b, ' ');
            rt_buf_putc(b, '0');
            rt_buf_putc(b, (uint8_t)digits[16]);
        } else if (p->f.space && i > 0)
            rt_buf_putc(b, ' ');
        rt_buf_putc(b, (uint8_t)digits[s[i] >> 4]);
        rt_buf_putc(b, (uint8_t)digits[s[i] & 0xF]);
    }
    if (p->f.wid_present && (size_t)p->wid > width && p->f.minus)
        write_padding(p, p->wid - (int)width);
}

/* %q: Go-quoted; %#q backquoted when the string allows it; %+q ASCII only. */
static void fmt_q(Printer *p, const uint8_t *s, size_t n) {
    n = truncate(p, s, n);
    RtBuf q;
    rt_buf_init(&q);
    if (p->f.sharp && rt_can_backquote(s, n)) {
        rt_buf_putc(&q, '`');
        rt_buf_write(&q, s, n);
        rt_buf_putc(&q, '`');
    } else
        rt_quote_string(&q, s, n, p->f.plus);
    pad(p, q.ptr, q.len);
}

static void print_string(Printer *p, GoString v, int32_t verb) {
    const uint8_t *s = v.ptr;
    size_t n = (size_t)v.len;
    switch (verb) {
    case 'v':
        if (p->f.sharp_v)
            fmt_q(p, s, n);
        else
            fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sx(p, s, n, ldigits); break;
    case 'X': fmt_sx(p, s, n, udigits); break;
    case 'q': fmt_q(p, s, n); break;
    default: bad_verb(p, verb); break;
    }
}

/* ---- arguments ------------------------------------------------------------------ */

static bool kind_is_signed(GoKind k) {
    return k >= RT_KIND_INT && k <= RT_KIND_INT64;
}

static bool kind_is_unsigned(GoKind k) {
    return k >= RT_KIND_UINT && k <= RT_KIND_UINTPTR;
}

/* An integer argument's value, sign-extended or zero-extended to 64 bits
 * by its kind (a named type like `type Celsius int16` has kind int16). */
static uint64_t load_integer(const GoEface *arg) {
    const void *d = arg->data;
    switch (arg->type->kind) {
    case RT_KIND_INT: return (uint64_t) * (const GoInt *)d;
    case RT_KIND_INT8: return (uint64_t) * (const GoInt8 *)d;
    case RT_KIND_INT16: return (uint64_t) * (const GoInt16 *)d;
    case RT_KIND_INT32: return (uint64_t) * (const GoInt32 *)d;
    case RT_KIND_INT64: return (uint64_t) * (const GoInt64 *)d;
    case RT_KIND_UINT: return *(const GoUint *)d;
    case RT_KIND_UINT8: return *(const GoUint8 *)d;
    case RT_KIND_UINT16: return *(const GoUint16 *)d;
    case RT_KIND_UINT32: return *(const GoUint32 *)d;
    case RT_KIND_UINT64: return *(const GoUint64 *)d;
    case RT_KIND_UINTPTR: return *(const GoUintptr *)d;
    default: return 0;
    }
}

/* %!verb(type=value), the value printed with %v under the same flags. */
static void bad_verb(Printer *p, int32_t verb) {
    rt_buf_puts(&p->buf, "%!");
    rt_buf_put_rune(&p->buf, verb);
    rt_buf_putc(&p->buf, '(');
    if (p->arg->type != NULL) {
        rt_buf_puts(&p->buf, p->arg->type->name);
        rt_buf_putc(&p->buf, '=');
        print_arg(p, p->arg, 'v');
    } else
        rt_buf_puts(&p->buf, "<nil>");
    rt_buf_putc(&p->buf, ')');
}

static void print_arg(Printer *p, const GoEface *arg, int32_t verb) {
    p->arg = arg;
    const GoType *t = arg->type;
    if (t == NULL) {
        if (verb == 'T' || verb == 'v')
            pad_cstr(p, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    if (verb == 'T') {
        fmt_s(p, (const uint8_t *)t->name, strlen(t->name));
        return;
    }
    if (verb == 'p') { /* only pointer-like kinds have an address to show */
        bad_verb(p, verb);
        return;
    }
    switch (t->kind) {
    case RT_KIND_BOOL:
        if (verb == 't' || verb == 'v')
            fmt_boolean(p, *(const GoBool *)arg->data);
        else
            bad_verb(p, verb);
        return;
    case RT_KIND_FLOAT32:
        print_float(p, *(const GoFloat32 *)arg->data, 32, verb);
        return;
    case RT_KIND_FLOAT64:
        print_float(p, *(const GoFloat64 *)arg->data, 64, verb);
        return;
    case RT_KIND_STRING:
        print_string(p, *(const GoString *)arg->data, verb);
        return;
    default:
        if (kind_is_signed(t->kind) || kind_is_unsigned(t->kind)) {
            print_integer(p, load_integer(arg), kind_is_signed(t->kind), verb);
            return;
        }
        rt_buf_putc(&p->buf, '?');
        rt_buf_puts(&p->buf, t->name);
        rt_buf_putc(&p->buf, '?');
    }
}

/* ---- Print, Println, Printf ------------------------------------------------------ */

static void printer_init(Printer *p) {
    rt_buf_init(&p->buf);
    memset(&p->f, 0, sizeof p->f);
    p->wid = p->prec = 0;
    p->arg = NULL;
}

/* Print: a space between operands when neither is a string. */
static void do_print(Printer *p, const GoEface *args, GoInt n) {
    bool prev_string = false;
    for (GoInt i = 0; i < n; i++) {
        bool is_string = args[i].type != NULL && args[i].type->kind == RT_KIND_STRING;
        if (i > 0 && !is_string && !prev_string)
            rt_buf_putc(&p->buf, ' ');
        print_arg(p, &args[i], 'v');
        prev_string = is_string;
    }
}

/* Println: always a space between operands, and a newline. */
static void do_println(Printer *p, const GoEface *args, GoInt n) {
    for (GoInt i = 0; i < n; i++) {
        if (i > 0)
            rt_buf_putc(&p->buf, ' ');
        print_arg(p, &args[i], 'v');
    }
    rt_buf_putc(&p->buf, '\n');
}

/* The state of one walk over a Printf format. */
typedef struct Format {
    const uint8_t *s;
    size_t i, end;
    GoInt argnum;
    bool reordered;    /* an [n] index was used: no EXTRA check */
    bool good_argnum;  /* the last [n] was valid */
} Format;

/* A decimal number at s[i:end], up to a million; *ok is false if there are
 * no digits or it is too large (then the whole rest of the format is
 * consumed, as fmt does with crazy-long numbers). */
static int parse_num(Format *fm, size_t end, bool *ok) {
    int num = 0;
    *ok = false;
    for (; fm->i < end && fm->s[fm->i] >= '0' && fm->s[fm->i] <= '9'; fm->i++) {
        if (num > MAX_WIDTH) {
            fm->i = fm->end;
            *ok = false;
            return 0;
        }
        num = num * 10 + (fm->s[fm->i] - '0');
        *ok = true;
    }
    return num;
}

/* An explicit argument index "[n]" at the cursor, one-based in the format.
 * Returns whether one was found (even if invalid); a bad one clears
 * good_argnum. */
static bool arg_index(Format *fm, GoInt nargs) {
    if (fm->i >= fm->end || fm->s[fm->i] != '[')
        return false;
    fm->reordered = true;
    size_t close = fm->i + 1;
    while (close < fm->end && fm->s[close] != ']')
        close++;
    bool ok = false;
    int index = 0;
    if (fm->end - fm->i >= 3 && close < fm->end) {
        Format num = *fm;
        num.i = fm->i + 1;
        index = parse_num(&num, close, &ok) - 1;
        ok = ok && num.i == close;
        fm->i = close + 1;
    } else
        fm->i++; /* no closing bracket: consume just the [ */
    if (ok && index >= 0 && index < nargs) {
        fm->argnum = index;
        return true;
    }
    fm->good_argnum = false;
    return ok;
}

/* A * width or precision: the next argument, if it is an integer within
 * fmt's limits. */
static int int_from_arg(Format *fm, const GoEface *args, GoInt nargs, bool *ok) {
    *ok = false;
    if (fm->argnum >= nargs)
        return 0;
    const GoEface *arg = &args[fm->argnum++];
    if (arg->type == NULL)
        return 0;
    uint64_t v = load_integer(arg);
    int64_t num;
    if (kind_is_signed(arg->type->kind))
        num = (int64_t)v;
    else if (kind_is_unsigned(arg->type->kind) && v <= INT64_MAX)
        num = (int64_t)v;
    else
        return 0;
    if (num > MAX_WIDTH || num < -MAX_WIDTH)
        return 0;
    *ok = true;
    return (int)num;
}

static void do_printf(Printer *p, GoString format, const GoEface *args, GoInt nargs) {
    Format fm = {format.ptr, 0, (size_t)format.len, 0, false, true};
    RtBuf *b = &p->buf;
    while (fm.i < fm.end) {
        fm.good_argnum = true;
        size_t start = fm.i;
        while (fm.i < fm.end && fm.s[fm.i] != '%')
            fm.i++;
        rt_buf_write(b, fm.s + start, fm.i - start);
        if (fm.i >= fm.end)
            break;
        fm.i++; /* the % */

        memset(&p->f, 0, sizeof p->f);
        p->wid = p->prec = 0;
        for (; fm.i < fm.end; fm.i++) {
            uint8_t c = fm.s[fm.i];
            if (c == '#')
                p->f.sharp = true;
            else if (c == '0')
                p->f.zero = !p->f.minus; /* only pad with zeros on the left */
            else if (c == '+')
                p->f.plus = true;
            else if (c == '-') {
                p->f.minus = true;
                p->f.zero = false;
            } else if (c == ' ')
                p->f.space = true;
            else
                break;
        }

        bool after_index = arg_index(&fm, nargs);

        if (fm.i < fm.end && fm.s[fm.i] == '*') {
            fm.i++;
            p->wid = int_from_arg(&fm, args, nargs, &p->f.wid_present);
            if (!p->f.wid_present)
                rt_buf_puts(b, "%!(BADWIDTH)");
            if (p->wid < 0) { /* a negative * width means left-justify */
                p->wid = -p->wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            p->wid = parse_num(&fm, fm.end, &p->f.wid_present);
            if (after_index && p->f.wid_present) /* "%[3]2d" */
                fm.good_argnum = false;
        }

        if (fm.i + 1 < fm.end && fm.s[fm.i] == '.') {
            fm.i++;
            if (after_index) /* "%[3].2d" */
                fm.good_argnum = false;
            after_index = arg_index(&fm, nargs);
            if (fm.i < fm.end && fm.s[fm.i] == '*') {
                fm.i++;
                p->prec = int_from_arg(&fm, args, nargs, &p->f.prec_present);
                if (p->prec < 0) { /* a negative precision means none */
                    p->prec = 0;
                    p->f.prec_present = false;
                }
                if (!p->f.prec_present)
                    rt_buf_puts(b, "%!(BADPREC)");
                after_index = false;
            } else {
                bool present;
                p->prec = parse_num(&fm, fm.end, &present);
                p->f.prec_present = true; /* "%.d" is precision 0 */
            }
        }

        if (!after_index)
            after_index = arg_index(&fm, nargs);

        if (fm.i >= fm.end) {
            rt_buf_puts(b, "%!(NOVERB)");
            break;
        }
        int32_t verb = fm.s[fm.i];
        if (verb < 0x80)
            fm.i++;
        else
            fm.i += (size_t)rt_utf8_decode(fm.s + fm.i, fm.end - fm.i, &verb);

        if (verb == '%') { /* takes no operand; ignores width and precision */
            rt_buf_putc(b, '%');
        } else if (!fm.good_argnum) {
            rt_buf_puts(b, "%!");
            rt_buf_put_rune(b, verb);
            rt_buf_puts(b, "(BADINDEX)");
        } else if (fm.argnum >= nargs) {
            rt_buf_puts(b, "%!");
            rt_buf_put_rune(b, verb);
            rt_buf_puts(b, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->f.sharp_v = p->f.sharp;
                p->f.sharp = false;
                p->f.plus_v = p->f.plus;
                p->f.plus = false;
            }
            print_arg(p, &args[fm.argnum++], verb);
        }
    }

    /* Leftover arguments, unless [n] indexes made "leftover" ill-defined. */
    if (!fm.reordered && fm.argnum < nargs) {
        memset(&p->f, 0, sizeof p->f);
        p->wid = p->prec = 0;
        rt_buf_puts(b, "%!(EXTRA ");
        for (GoInt i = fm.argnum; i < nargs; i++) {
            if (i > fm.argnum)
                rt_buf_puts(b, ", ");
            if (args[i].type == NULL) {
                rt_buf_puts(b, "<nil>");
                continue;
            }
            rt_buf_puts(b, args[i].type->name);
            rt_buf_putc(b, '=');
            print_arg(p, &args[i], 'v');
        }
        rt_buf_putc(b, ')');
    }
}

/* ---- the entry points -------------------------------------------------------------- */

static GoInt flush(Printer *p) {
    rt_write_all(1, p->buf.ptr, p->buf.len);
    return (GoInt)p->buf.len;
}

GoInt rt_fmt_print(const GoEface *args, GoInt n) {
    Printer p;
    printer_init(&p);
    do_print(&p, args, n);
    return flush(&p);
}

GoInt rt_fmt_println(const GoEface *args, GoInt n) {
    Printer p;
    printer_init(&p);
    do_println(&p, args, n);
    return flush(&p);
}

GoInt rt_fmt_printf(GoString format, const GoEface *args, GoInt n) {
    Printer p;
    printer_init(&p);
    do_printf(&p, format, args, n);
    return flush(&p);
}

GoString rt_fmt_sprint(const GoEface *args, GoInt n) {
    Printer p;
    printer_init(&p);
    do_print(&p, args, n);
    return rt_buf_string(&p.buf);
}

GoString rt_fmt_sprintln(const GoEface *args, GoInt n) {
    Printer p;
    printer_init(&p);
    do_println(&p, args, n);
    return rt_buf_string(&p.buf);
}

GoString rt_fmt_sprintf(GoString format, const GoEface *args, GoInt n) {
    Printer p;
    printer_init(&p);
    do_printf(&p, format, args, n);
    return rt_buf_string(&p.buf);
}
