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
 *   print_arg      one operand (printArg): %T and %p first, then the
 *                  value's methods, then print_value
 *   handle_methods Format (with a fmt.State made here), GoString for %#v,
 *                  Error or String for the string verbs
 *   print_value    dispatches on the descriptor's kind (printValue):
 *                  structs, arrays, slices, maps (keys sorted as
 *                  internal/fmtsort does), pointers (&{...} at the top
 *                  level only), interfaces; elements and fields recurse
 *                  with the same flags, and call their own methods unless
 *                  reached through an unexported field
 *   fmt_*          the per-kind formatters (fmt's format.go): padding to a
 *                  width counted in runes, signs, precision, prefixes
 *   bad_verb       %!verb(type=value) for a verb the kind does not take
 *
 * A panic inside a String, Error or Format method is not caught yet (Go
 * prints %!v(PANIC=String method: ...) or <nil> for a nil receiver).
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
    /* The value being printed (type NULL: a nil interface), which bad_verb
     * shows as %!verb(type=value). */
    GoEface value;
    bool erroring;   /* inside bad_verb: methods are not called */
    bool panicking;  /* printing a method's panic value */
    bool wrap_errs;  /* Errorf: %w is allowed, once */
    GoEface wrapped; /* Errorf: the %w operand */
} Printer;

static void print_arg(Printer *p, GoEface arg, int32_t verb);

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

/* ---- loading values ---------------------------------------------------------------- */

static bool kind_is_signed(GoKind k) {
    return k >= RT_KIND_INT && k <= RT_KIND_INT64;
}

static bool kind_is_unsigned(GoKind k) {
    return k >= RT_KIND_UINT && k <= RT_KIND_UINTPTR;
}

/* An integer's value, sign-extended or zero-extended to 64 bits by its
 * kind (a named type like `type Celsius int16` has kind int16). */
static uint64_t load_integer(const GoType *t, const void *d) {
    switch (t->kind) {
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

/* What reflect's Value.Pointer returns for the pointer-like kinds: the
 * pointer, a slice's array, a map's table, a func's code (Go shows the
 * code pointer, so every closure of one function literal prints alike). */
static uintptr_t load_pointer(const GoType *t, const void *d) {
    switch (t->kind) {
    case RT_KIND_SLICE: return (uintptr_t)((const GoSlice *)d)->ptr;
    case RT_KIND_FUNC: {
        const GoFunc *f = *(GoFunc *const *)d;
        return f ? (uintptr_t)f->fn : 0;
    }
    default: return (uintptr_t) * (void *const *)d;
    }
}

/* Is a struct field's name exported?  Fields reached through unexported
 * ones are not "interfaceable" (reflect's CanInterface), so fmt never
 * calls their methods.  Only ASCII capitals count as upper case here. */
static bool name_exported(const char *name) {
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* ---- methods ------------------------------------------------------------------------- */

/* The code of method `name` in t's method set, or NULL. */
void (*rt_fmt_find_method(const GoType *t, const char *name))(void) {
    return rt_method(t, name, NULL);
}

typedef GoString (*StringMethod)(void *recv);
typedef void (*FormatMethod)(void *recv, GoEface state, GoInt32 verb);

static void fmt_string(Printer *p, GoString v, int32_t verb);
static void print_state_format(Printer *p, FormatMethod fn, void *recv, int32_t verb);

/* ---- methods that panic ------------------------------------------------------
 * fmt calls String and Error under a recover (its catchPanic): a nil
 * pointer receiver prints "<nil>", any other panic prints
 * %!v(PANIC=String method: value).  The call runs in a frame of its own,
 * with a deferred call that recovers. */

typedef struct MethodCall {
    GoFrame frame;
    GoFunc catcher;          /* the deferred recover; env is this struct */
    StringMethod fn;
    void *recv;
    GoString result;
    GoEface panic_value;
    bool panicked;
} MethodCall;

static void catch_panic(void *env) {
    MethodCall *m = (MethodCall *)(void *)((char *)env - offsetof(MethodCall, catcher));
    GoEface r = rt_recover();
    if (r.type) {
        m->panicked = true;
        m->panic_value = r;
    }
}

static void method_body(void *ctx) {
    MethodCall *m = ctx;
    m->catcher.fn = (void (*)(void))catch_panic;
    rt_defer(&m->frame, &m->catcher);
    m->result = m->fn(m->recv);
}

static bool call_string_method(Printer *p, StringMethod fn, GoEface v, int32_t verb,
                               const char *name, GoString *out) {
    MethodCall *m = rt_alloc(sizeof *m);
    m->fn = fn;
    m->recv = v.data;
    rt_frame_run(&m->frame, method_body, m);
    if (!m->panicked) {
        *out = m->result;
        return true;
    }
    if (v.type->kind == RT_KIND_POINTER && *(void **)v.data == NULL) {
        pad(p, (const uint8_t *)"<nil>", 5);
        return false;
    }
    if (p->panicking)  /* a panic while printing a panic value */
        rt_panic(m->panic_value);
    Flags saved = p->f;
    memset(&p->f, 0, sizeof p->f);
    rt_buf_puts(&p->buf, "%!");
    rt_buf_put_rune(&p->buf, verb);
    rt_buf_puts(&p->buf, "(PANIC=");
    rt_buf_puts(&p->buf, name);
    rt_buf_puts(&p->buf, " method: ");
    p->panicking = true;
    print_arg(p, m->panic_value, 'v');
    p->panicking = false;
    rt_buf_putc(&p->buf, ')');
    p->f = saved;
    return false;
}

/* fmt's handleMethods: %w in Errorf; a Formatter formats itself; %#v uses
 * GoString; the string verbs use Error, else String.  Returns whether the
 * value was printed.  Methods are recognized by name alone: descriptors
 * carry no signatures. */
static bool handle_methods(Printer *p, GoEface v, int32_t verb) {
    if (p->erroring || v.type == NULL)
        return false;
    const GoType *t = v.type;
    if (verb == 'w') {
        /* Only Errorf takes %w, once, and only with an error operand. */
        if (!rt_fmt_find_method(t, "Error") || !p->wrap_errs || p->wrapped.type != NULL) {
            p->wrapped = (GoEface){NULL, NULL};
            p->wrap_errs = false;
            p->value = v;
            bad_verb(p, verb);
            return true;
        }
        p->wrapped = v;
        verb = 'v';
    }
    void (*fn)(void) = rt_fmt_find_method(t, "Format");
    if (fn) {
        print_state_format(p, (FormatMethod)fn, v.data, verb);
        return true;
    }
    if (p->f.sharp_v) {
        fn = rt_fmt_find_method(t, "GoString");
        if (!fn)
            return false;
        GoString s = ((StringMethod)fn)(v.data);
        fmt_s(p, s.ptr, (size_t)s.len);
        return true;
    }
    if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q')
        return false;
    const char *name = "Error";
    fn = rt_fmt_find_method(t, "Error");
    if (!fn) {
        name = "String";
        fn = rt_fmt_find_method(t, "String");
    }
    if (!fn)
        return false;
    GoString s;
    if (call_string_method(p, (StringMethod)fn, v, verb, name, &s))
        fmt_string(p, s, verb);
    return true;
}

/* ---- fmt.State: what a Format method gets --------------------------------------------
 * Go passes its printer, a *fmt.pp.  Here the State is an interface value
 * whose type is the descriptor below and whose data points to a word
 * holding the Printer*; its methods follow the method ABI (recv points to
 * that word), so generated code calls them like any interface method. */

typedef struct { GoInt r0; GoEface r1; } StateIntError; /* (int, error) */
typedef struct { GoInt r0; GoBool r1; } StateIntBool;   /* (int, bool) */

static Printer *state_printer(void *recv) {
    return *(Printer **)recv;
}

static StateIntError state_write(void *recv, GoSlice b) {
    rt_buf_write(&state_printer(recv)->buf, b.ptr, (size_t)b.len);
    return (StateIntError){b.len, {NULL, NULL}};
}

static StateIntError state_write_string(void *recv, GoString s) {
    rt_buf_write(&state_printer(recv)->buf, s.ptr, (size_t)s.len);
    return (StateIntError){s.len, {NULL, NULL}};
}

static StateIntBool state_width(void *recv) {
    Printer *p = state_printer(recv);
    return (StateIntBool){p->wid, p->f.wid_present};
}

static StateIntBool state_precision(void *recv) {
    Printer *p = state_printer(recv);
    return (StateIntBool){p->prec, p->f.prec_present};
}

static GoBool state_flag(void *recv, GoInt c) {
    Printer *p = state_printer(recv);
    switch (c) {
    case '-': return p->f.minus;
    case '+': return p->f.plus || p->f.plus_v;
    case '#': return p->f.sharp || p->f.sharp_v;
    case ' ': return p->f.space;
    case '0': return p->f.zero;
    default: return false;
    }
}

static const GoMethod state_methods[] = {
    {"Flag", (void (*)(void))state_flag},
    {"Precision", (void (*)(void))state_precision},
    {"Width", (void (*)(void))state_width},
    {"Write", (void (*)(void))state_write},
    {"WriteString", (void (*)(void))state_write_string},
};

static const GoType state_pp_type = {.kind = RT_KIND_STRUCT, .size = sizeof(Printer),
                                     .name = "fmt.pp", .named = true};
/* %T of the State prints *fmt.pp, as in Go. */
static const GoType rt_fmt_state_type = {
    .kind = RT_KIND_POINTER, .size = sizeof(void *), .name = "*fmt.pp",
    .has_pointers = true, .comparable = true, .elem = &state_pp_type,
    .methods = state_methods, .nmethods = sizeof state_methods / sizeof state_methods[0]};

static void print_state_format(Printer *p, FormatMethod fn, void *recv, int32_t verb) {
    Printer **word = rt_alloc(sizeof *word); /* the State may outlive the call */
    *word = p;
    fn(recv, (GoEface){&rt_fmt_state_type, word}, verb);
}

/* ---- values of every kind ------------------------------------------------------------- */

static void print_value(Printer *p, GoEface v, int32_t verb, int depth, bool can_iface);

/* fmt's fmt0x64: hex with or without 0x, whatever the flags say. */
static void fmt_0x64(Printer *p, uint64_t v, bool leading_0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading_0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

/* Pointers, funcs, chans, maps and slices shown as addresses (%p, or %v
 * of those fmt does not print by content). */
static void fmt_pointer(Printer *p, GoEface v, int32_t verb) {
    const GoType *t = v.type;
    switch (t->kind) {
    case RT_KIND_CHAN: case RT_KIND_FUNC: case RT_KIND_MAP: case RT_KIND_POINTER:
    case RT_KIND_SLICE: case RT_KIND_UNSAFE_POINTER:
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    uint64_t u = load_pointer(t, v.data);
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            rt_buf_putc(&p->buf, '(');
            rt_buf_puts(&p->buf, t->name);
            rt_buf_puts(&p->buf, ")(");
            if (u == 0)
                rt_buf_puts(&p->buf, "nil");
            else
                fmt_0x64(p, u, true);
            rt_buf_putc(&p->buf, ')');
        } else if (u == 0)
            pad_cstr(p, "<nil>");
        else
            fmt_0x64(p, u, !p->f.sharp);
        break;
    case 'p': fmt_0x64(p, u, !p->f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        print_integer(p, u, false, verb);
        break;
    default: bad_verb(p, verb); break;
    }
}

/* Complex numbers: (re+imi), the imaginary part always signed. */
static void fmt_complex(Printer *p, double re, double im, int size, int32_t verb) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X':
    case 'f': case 'F': case 'e': case 'E': {
        bool plus = p->f.plus;
        rt_buf_putc(&p->buf, '(');
        print_float(p, re, size / 2, verb);
        p->f.plus = true;
        print_float(p, im, size / 2, verb);
        rt_buf_puts(&p->buf, "i)");
        p->f.plus = plus;
        break;
    }
    default: bad_verb(p, verb); break;
    }
}

/* fmt's fmtString: %v %s %x %X %q of a string (or a method's result). */
static void fmt_string(Printer *p, GoString v, int32_t verb) {
    print_string(p, v, verb);
}

/* fmt's fmtBytes: a []byte or [N]byte.  type_name is what %#v shows. */
static void fmt_bytes(Printer *p, const uint8_t *s, GoInt n, bool is_nil, int32_t verb,
                      const char *type_name, GoEface whole) {
    switch (verb) {
    case 'v':
    case 'd':
        if (p->f.sharp_v) {
            rt_buf_puts(&p->buf, type_name);
            if (is_nil) {
                rt_buf_puts(&p->buf, "(nil)");
                return;
            }
            rt_buf_putc(&p->buf, '{');
            for (GoInt i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_puts(&p->buf, ", ");
                fmt_0x64(p, s[i], true);
            }
            rt_buf_putc(&p->buf, '}');
        } else {
            rt_buf_putc(&p->buf, '[');
            for (GoInt i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_putc(&p->buf, ' ');
                fmt_integer(p, s[i], 10, false, verb, ldigits);
            }
            rt_buf_putc(&p->buf, ']');
        }
        break;
    case 's': fmt_s(p, s, (size_t)n); break;
    case 'x': fmt_sx(p, s, (size_t)n, ldigits); break;
    case 'X': fmt_sx(p, s, (size_t)n, udigits); break;
    case 'q': fmt_q(p, s, (size_t)n); break;
    default: print_value(p, whole, verb, 0, true); break;
    }
}

/* ---- maps, sorted as internal/fmtsort sorts them ---------------------------------------- */

static int cmp3(bool less, bool greater) {
    return less ? -1 : greater ? 1 : 0;
}

/* NaN sorts first. */
static int compare_floats(double a, double b) {
    if (a != a)
        return -1;
    if (b != b)
        return 1;
    return cmp3(a < b, a > b);
}

static bool same_type(const GoType *a, const GoType *b) {
    return a == b || strcmp(a->name, b->name) == 0;
}

/* fmtsort's compare: -1, 0, 1 for two values of type t.  Interfaces
 * order nil first, then by dynamic type (Go uses the descriptors'
 * addresses, an arbitrary order; here their names), then by value. */
static int compare_values(const GoType *t, const void *a, const void *b) {
    switch (t->kind) {
    case RT_KIND_FLOAT32: return compare_floats(*(const GoFloat32 *)a, *(const GoFloat32 *)b);
    case RT_KIND_FLOAT64: return compare_floats(*(const GoFloat64 *)a, *(const GoFloat64 *)b);
    case RT_KIND_COMPLEX64: {
        const GoComplex64 *x = a, *y = b;
        int c = compare_floats(x->real, y->real);
        return c ? c : compare_floats(x->imag, y->imag);
    }
    case RT_KIND_COMPLEX128: {
        const GoComplex128 *x = a, *y = b;
        int c = compare_floats(x->real, y->real);
        return c ? c : compare_floats(x->imag, y->imag);
    }
    case RT_KIND_STRING: {
        int c = rt_string_cmp(*(const GoString *)a, *(const GoString *)b);
        return cmp3(c < 0, c > 0);
    }
    case RT_KIND_BOOL: {
        bool x = *(const GoBool *)a, y = *(const GoBool *)b;
        return cmp3(!x && y, x && !y);
    }
    case RT_KIND_POINTER: case RT_KIND_UNSAFE_POINTER: case RT_KIND_CHAN: {
        uintptr_t x = load_pointer(t, a), y = load_pointer(t, b);
        return cmp3(x < y, x > y);
    }
    case RT_KIND_STRUCT:
        for (GoInt i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            int c = compare_values(f->type, (const char *)a + f->offset,
                                   (const char *)b + f->offset);
            if (c)
                return c;
        }
        return 0;
    case RT_KIND_ARRAY:
        for (GoInt i = 0; i < t->len; i++) {
            GoInt off = i * t->elem->size;
            int c = compare_values(t->elem, (const char *)a + off, (const char *)b + off);
            if (c)
                return c;
        }
        return 0;
    case RT_KIND_INTERFACE: {
        const GoEface *x = a, *y = b;
        if (x->type == NULL || y->type == NULL)
            return cmp3(x->type == NULL && y->type != NULL, x->type != NULL && y->type == NULL);
        if (!same_type(x->type, y->type)) {
            int c = strcmp(x->type->name, y->type->name);
            return c ? cmp3(c < 0, c > 0) : cmp3(x->type < y->type, x->type > y->type);
        }
        return compare_values(x->type, x->data, y->data);
    }
    default:
        if (kind_is_signed(t->kind)) {
            int64_t x = (int64_t)load_integer(t, a), y = (int64_t)load_integer(t, b);
            return cmp3(x < y, x > y);
        }
        if (kind_is_unsigned(t->kind)) {
            uint64_t x = load_integer(t, a), y = load_integer(t, b);
            return cmp3(x < y, x > y);
        }
        return 0;
    }
}

/* A stable merge sort of the entries' keys (fmtsort uses sort.Stable). */
static void sort_keys(const GoType *kt, void **keys, void **vals, void **tk, void **tv, GoInt n) {
    if (n < 2)
        return;
    GoInt h = n / 2;
    sort_keys(kt, keys, vals, tk, tv, h);
    sort_keys(kt, keys + h, vals + h, tk, tv, n - h);
    GoInt i = 0, j = h, k = 0;
    while (i < h || j < n) {
        bool left = j >= n || (i < h && compare_values(kt, keys[j], keys[i]) >= 0);
        GoInt from = left ? i++ : j++;
        tk[k] = keys[from];
        tv[k++] = vals[from];
    }
    memcpy(keys, tk, (size_t)n * sizeof *keys);
    memcpy(vals, tv, (size_t)n * sizeof *vals);
}

static void print_map(Printer *p, GoEface v, int32_t verb, int depth, bool can_iface) {
    const GoType *t = v.type;
    GoMap *m = *(GoMap **)v.data;
    if (p->f.sharp_v) {
        rt_buf_puts(&p->buf, t->name);
        if (m == NULL) {
            rt_buf_puts(&p->buf, "(nil)");
            return;
        }
        rt_buf_putc(&p->buf, '{');
    } else
        rt_buf_puts(&p->buf, "map[");
    GoInt n = m ? rt_map_len(m) : 0;
    void **keys = rt_alloc(4 * (size_t)(n > 0 ? n : 1) * sizeof(void *));
    void **vals = keys + n, **tmp = keys + 2 * n;
    GoInt count = 0;
    if (m) {
        GoMapIter it;
        rt_map_iter_init(&it, m);
        while (count < n && rt_map_next(&it)) {
            keys[count] = it.key;
            vals[count++] = it.value;
        }
    }
    sort_keys(t->key, keys, vals, tmp, tmp + n, count);
    for (GoInt i = 0; i < count; i++) {
        if (i > 0) {
            if (p->f.sharp_v)
                rt_buf_puts(&p->buf, ", ");
            else
                rt_buf_putc(&p->buf, ' ');
        }
        print_value(p, (GoEface){t->key, keys[i]}, verb, depth + 1, can_iface);
        rt_buf_putc(&p->buf, ':');
        print_value(p, (GoEface){t->elem, vals[i]}, verb, depth + 1, can_iface);
    }
    rt_buf_putc(&p->buf, p->f.sharp_v ? '}' : ']');
}

/* ---- structs, arrays, slices, pointers ------------------------------------------------- */

static void print_struct(Printer *p, GoEface v, int32_t verb, int depth, bool can_iface) {
    const GoType *t = v.type;
    if (p->f.sharp_v)
        rt_buf_puts(&p->buf, t->name);
    rt_buf_putc(&p->buf, '{');
    for (GoInt i = 0; i < t->nfields; i++) {
        const GoField *f = &t->fields[i];
        if (i > 0) {
            if (p->f.sharp_v)
                rt_buf_puts(&p->buf, ", ");
            else
                rt_buf_putc(&p->buf, ' ');
        }
        /* Blank fields have the name "_"; Go prints it too. */
        if ((p->f.plus_v || p->f.sharp_v) && f->name && f->name[0]) {
            rt_buf_puts(&p->buf, f->name);
            rt_buf_putc(&p->buf, ':');
        }
        GoEface fv = {f->type, (char *)v.data + f->offset};
        print_value(p, fv, verb, depth + 1, can_iface && name_exported(f->name));
    }
    rt_buf_putc(&p->buf, '}');
}

/* Arrays and slices: [1 2 3], or []int{1, 2, 3} for %#v; byte elements
 * take the string verbs. */
static void print_list(Printer *p, GoEface v, int32_t verb, int depth, bool can_iface) {
    const GoType *t = v.type;
    bool is_slice = t->kind == RT_KIND_SLICE;
    char *elems = is_slice ? ((GoSlice *)v.data)->ptr : v.data;
    GoInt n = is_slice ? ((GoSlice *)v.data)->len : t->len;
    bool is_nil = is_slice && elems == NULL;
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
        t->elem->kind == RT_KIND_UINT8) {
        fmt_bytes(p, (const uint8_t *)elems, n, is_nil, verb, t->name, v);
        return;
    }
    if (p->f.sharp_v) {
        rt_buf_puts(&p->buf, t->name);
        if (is_nil) {
            rt_buf_puts(&p->buf, "(nil)");
            return;
        }
        rt_buf_putc(&p->buf, '{');
    } else
        rt_buf_putc(&p->buf, '[');
    for (GoInt i = 0; i < n; i++) {
        if (i > 0) {
            if (p->f.sharp_v)
                rt_buf_puts(&p->buf, ", ");
            else
                rt_buf_putc(&p->buf, ' ');
        }
        GoEface ev = {t->elem, elems + i * t->elem->size};
        print_value(p, ev, verb, depth + 1, can_iface);
    }
    rt_buf_putc(&p->buf, p->f.sharp_v ? '}' : ']');
}

/* fmt's printValue: the value's methods (below the top level, where
 * print_arg already tried them), then its kind's format. */
static void print_value(Printer *p, GoEface v, int32_t verb, int depth, bool can_iface) {
    if (depth > 0 && can_iface && handle_methods(p, v, verb))
        return;
    p->value = v;
    const GoType *t = v.type;
    void *d = v.data;
    switch (t->kind) {
    case RT_KIND_BOOL:
        if (verb == 't' || verb == 'v')
            fmt_boolean(p, *(const GoBool *)d);
        else
            bad_verb(p, verb);
        return;
    case RT_KIND_FLOAT32: print_float(p, *(const GoFloat32 *)d, 32, verb); return;
    case RT_KIND_FLOAT64: print_float(p, *(const GoFloat64 *)d, 64, verb); return;
    case RT_KIND_COMPLEX64: {
        const GoComplex64 *c = d;
        fmt_complex(p, c->real, c->imag, 64, verb);
        return;
    }
    case RT_KIND_COMPLEX128: {
        const GoComplex128 *c = d;
        fmt_complex(p, c->real, c->imag, 128, verb);
        return;
    }
    case RT_KIND_STRING: fmt_string(p, *(const GoString *)d, verb); return;
    case RT_KIND_MAP: print_map(p, v, verb, depth, can_iface); return;
    case RT_KIND_STRUCT: print_struct(p, v, verb, depth, can_iface); return;
    case RT_KIND_ARRAY:
    case RT_KIND_SLICE: print_list(p, v, verb, depth, can_iface); return;
    case RT_KIND_INTERFACE: {
        const GoEface *inner = d;
        if (inner->type != NULL)
            print_value(p, *inner, verb, depth + 1, can_iface);
        else if (p->f.sharp_v) {
            rt_buf_puts(&p->buf, t->name);
            rt_buf_puts(&p->buf, "(nil)");
        } else
            rt_buf_puts(&p->buf, "<nil>");
        return;
    }
    case RT_KIND_POINTER: {
        /* &{...}, &[...], &map[...] at the top level only: deeper, a
         * pointer prints as an address, which also stops cycles. */
        void *target = *(void **)d;
        GoKind ek = t->elem ? t->elem->kind : RT_KIND_INVALID;
        if (depth == 0 && target != NULL &&
            (ek == RT_KIND_ARRAY || ek == RT_KIND_SLICE || ek == RT_KIND_STRUCT ||
             ek == RT_KIND_MAP)) {
            rt_buf_putc(&p->buf, '&');
            print_value(p, (GoEface){t->elem, target}, verb, depth + 1, can_iface);
            return;
        }
        fmt_pointer(p, v, verb);
        return;
    }
    case RT_KIND_CHAN:
    case RT_KIND_FUNC:
    case RT_KIND_UNSAFE_POINTER: fmt_pointer(p, v, verb); return;
    default:
        if (kind_is_signed(t->kind) || kind_is_unsigned(t->kind)) {
            print_integer(p, load_integer(t, d), kind_is_signed(t->kind), verb);
            return;
        }
        rt_buf_putc(&p->buf, '?');
        rt_buf_puts(&p->buf, t->name);
        rt_buf_putc(&p->buf, '?');
    }
}

/* %!verb(type=value), the value printed with %v under the same flags and
 * without calling its methods. */
static void bad_verb(Printer *p, int32_t verb) {
    p->erroring = true;
    rt_buf_puts(&p->buf, "%!");
    rt_buf_put_rune(&p->buf, verb);
    rt_buf_putc(&p->buf, '(');
    GoEface v = p->value;
    if (v.type != NULL) {
        rt_buf_puts(&p->buf, v.type->name);
        rt_buf_putc(&p->buf, '=');
        print_value(p, v, 'v', 0, false);
    } else
        rt_buf_puts(&p->buf, "<nil>");
    rt_buf_putc(&p->buf, ')');
    p->erroring = false;
}

/* An unnamed []byte: printed as fmt's printArg does, with "[]byte" in %#v. */
static bool is_byte_slice(const GoType *t) {
    return t->kind == RT_KIND_SLICE && !t->named && t->elem->kind == RT_KIND_UINT8 &&
           !t->elem->named;
}

/* fmt's printArg: one operand.  Unnamed basic types have no methods; the
 * others may format themselves. */
static void print_arg(Printer *p, GoEface arg, int32_t verb) {
    p->value = arg;
    const GoType *t = arg.type;
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
    if (verb == 'p') {
        fmt_pointer(p, arg, 'p');
        return;
    }
    if (is_byte_slice(t)) {
        const GoSlice *s = arg.data;
        fmt_bytes(p, s->ptr, s->len, s->ptr == NULL, verb, "[]byte", arg);
        return;
    }
    bool basic = t->kind <= RT_KIND_COMPLEX128 || t->kind == RT_KIND_STRING;
    if ((basic && !t->named) || !handle_methods(p, arg, verb))
        print_value(p, arg, verb, 0, true);
}

/* ---- Print, Println, Printf ------------------------------------------------------ */

static void printer_init(Printer *p) {
    rt_buf_init(&p->buf);
    memset(&p->f, 0, sizeof p->f);
    p->wid = p->prec = 0;
    p->value = (GoEface){NULL, NULL};
    p->erroring = p->panicking = p->wrap_errs = false;
    p->wrapped = (GoEface){NULL, NULL};
}

/* Print: a space between operands when neither is a string. */
static void do_print(Printer *p, const GoEface *args, GoInt n) {
    bool prev_string = false;
    for (GoInt i = 0; i < n; i++) {
        bool is_string = args[i].type != NULL && args[i].type->kind == RT_KIND_STRING;
        if (i > 0 && !is_string && !prev_string)
            rt_buf_putc(&p->buf, ' ');
        print_arg(p, args[i], 'v');
        prev_string = is_string;
    }
}

/* Println: always a space between operands, and a newline. */
static void do_println(Printer *p, const GoEface *args, GoInt n) {
    for (GoInt i = 0; i < n; i++) {
        if (i > 0)
            rt_buf_putc(&p->buf, ' ');
        print_arg(p, args[i], 'v');
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
    uint64_t v = load_integer(arg->type, arg->data);
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
            print_arg(p, args[fm.argnum++], verb);
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
            print_arg(p, args[i], 'v');
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

GoString rt_fmt_errorf(GoString format, const GoEface *args, GoInt n, GoEface *wrapped) {
    Printer p;
    printer_init(&p);
    p.wrap_errs = true;
    do_printf(&p, format, args, n);
    *wrapped = p.wrapped;
    return rt_buf_string(&p.buf);
}
