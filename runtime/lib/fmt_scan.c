/*
 * fmt_scan.c — package fmt's scanning: Sscan, Sscanln, Sscanf, Fscan,
 * Fscanln, Fscanf, Scan, Scanln, Scanf.
 *
 * The behaviour is Go 1.19's, step for step, because programs see it: how
 * many runes are consumed (a reader that is not an io.RuneScanner loses
 * the one rune read past the last token, as in Go), the error texts, and
 * which operands were stored before an error.  The layers:
 *
 *   byte source     the string (Sscan*), a reader's Read method called with
 *                   a one-byte buffer (Fscan*), or os.Stdin (Scan*);
 *   rune reader     UTF-8 decoding with one rune of push-back over the byte
 *                   source, like fmt's readRune; or, when the reader has
 *                   ReadRune and UnreadRune (an io.RuneScanner such as
 *                   *bufio.Reader or *strings.Reader), those methods;
 *   scan state      the rune count against a width limit, whether a
 *                   newline ends the input (Scanln) or is a space (Scan);
 *   scanners        one per kind of operand, then Scan's and Scanf's loops.
 *
 * Operands are interface values holding pointers; the kind of the pointed-to
 * type picks the scanner, so named types (type Celsius float64) work as
 * they do through reflect in Go.  An operand with a method
 * Scan(fmt.ScanState, rune) error (a fmt.Scanner) scans itself: it gets
 * the scan state as a fmt.ScanState, an interface value whose methods are
 * this file's (see "fmt.ScanState" below).
 *
 * Errors end the scan through longjmp to the entry point, which returns
 * the count of operands done and the error, as Go's recover does.  Only
 * C frames of this file may lie between a longjmp and its setjmp: a Go
 * panic raised by a reader's Read method leaves through the runtime's own
 * unwinding instead, and while a Scan method runs, the errors of the
 * ScanState methods it calls become Go panics (Go's scanError values)
 * that the call of the Scan method recovers, as Go's errorHandler does.
 */
#include <math.h>
#include <setjmp.h>
#include <string.h>

#include "../rt_internal.h"
#include "lib.h"

/* Results of the library functions this file calls. */
typedef struct { GoInt64 r0; GoEface r1; } Scan_GoInt64_GoEface;
typedef struct { GoUint64 r0; GoEface r1; } Scan_GoUint64_GoEface;
typedef struct { GoFloat64 r0; GoEface r1; } Scan_GoFloat64_GoEface;
typedef struct { GoInt32 r0; GoInt r1; GoEface r2; } Scan_GoInt32_GoInt_GoEface;

/* Their layouts are the Tuple_ structs of strconv.c and os.c. */
Scan_GoInt64_GoEface strconv__ParseInt(GoString s, GoInt base, GoInt bits);
Scan_GoUint64_GoEface strconv__ParseUint(GoString s, GoInt base, GoInt bits);
Scan_GoFloat64_GoEface strconv__ParseFloat(GoString s, GoInt bits);
Tuple_GoInt_GoEface strconv__Atoi(GoString s);
Tuple_GoString_GoEface strconv__Unquote(GoString s);
Tuple_GoInt_GoEface os__File__Read(os__File *f, GoSlice b);

enum {
    SCAN_EOF = -1,          /* get_rune's answer at the end of the input */
    HUGE_WID = 1 << 30,     /* no width limit */
};

typedef enum { SRC_STRING, SRC_READER, SRC_STDIN, SRC_RUNES } SourceKind;

typedef Tuple_GoInt_GoEface (*ReadFn)(void *recv, GoSlice p);
typedef Scan_GoInt32_GoInt_GoEface (*ReadRuneFn)(void *recv);
typedef GoEface (*UnreadRuneFn)(void *recv);

typedef struct ScanState {
    /* the byte source or rune scanner */
    SourceKind kind;
    GoString str;                /* SRC_STRING: what is left */
    GoEface reader;              /* SRC_READER, SRC_RUNES */
    uint8_t *byte_buf;           /* the one-byte buffer given to Read */
    /* the rune reader over bytes (fmt's readRune) */
    uint8_t pend[4];             /* bytes read but not yet decoded */
    int pending;
    GoInt32 peek;                /* >= 0: the next rune; < 0: ^(the last one) */
    /* the scan state */
    RtBuf buf;                   /* the token being collected */
    GoInt count;                 /* runes consumed so far */
    bool at_eof;
    bool nl_is_end, nl_is_space;
    GoInt arg_limit, max_wid;
    GoInt done;                  /* operands stored */
    jmp_buf *fail;               /* where fail() jumps: the innermost catcher */
    GoEface err;
} ScanState;

/* ---- errors -------------------------------------------------------------------------- */

static _Noreturn void fail(ScanState *s, GoEface err) {
    s->err = err;
    longjmp(*s->fail, 1);
}

static _Noreturn void fail_str(ScanState *s, GoString msg) {
    fail(s, errors__New(msg));
}

static _Noreturn void fail_cstr(ScanState *s, const char *msg) {
    fail_str(s, (GoString){(const uint8_t *)msg, (GoInt)strlen(msg)});
}

/* fail_str with the concatenation of parts. */
static _Noreturn void fail_concat(ScanState *s, const GoString *parts, GoInt n) {
    fail_str(s, rt_string_concatn(parts, n));
}

static GoString cstr(const char *p) {
    return (GoString){(const uint8_t *)p, (GoInt)strlen(p)};
}

static bool is_eof(GoEface err) {
    return err.type != NULL && rt_iface_equal(err, io__EOF);
}

/* ---- byte source ---------------------------------------------------------------------- */

/* One byte, as io.ReadFull(reader, buf[:1]) gets it: Read is called until
 * it gives a byte or an error; a byte with io.EOF counts as a byte. */
static GoEface read_full_byte(ScanState *s, uint8_t *b) {
    GoInt n = 0;
    GoEface err = {NULL, NULL};
    while (n < 1 && err.type == NULL) {
        GoSlice p = {s->byte_buf, 1, 1};
        Tuple_GoInt_GoEface r;
        if (s->kind == SRC_STDIN) {
            r = os__File__Read(os__Stdin, p);
        } else {
            static GoMethodCache cache;
            ReadFn read = (ReadFn)rt_imethod(s->reader, "Read", &cache);
            r = read(s->reader.data, p);
        }
        n += r.r0;
        err = r.r1;
    }
    if (n >= 1) {
        *b = s->byte_buf[0];
        return (GoEface){NULL, NULL};
    }
    return err;
}

static GoEface read_byte(ScanState *s, uint8_t *b) {
    if (s->pending > 0) {
        *b = s->pend[0];
        memmove(s->pend, s->pend + 1, (size_t)(s->pending - 1));
        s->pending--;
        return (GoEface){NULL, NULL};
    }
    if (s->kind == SRC_STRING) { /* fmt's stringReader: EOF when empty */
        if (s->str.len == 0)
            return io__EOF;
        *b = s->str.ptr[0];
        s->str.ptr++;
        s->str.len--;
        return (GoEface){NULL, NULL};
    }
    return read_full_byte(s, b);
}

/* ---- rune reader -------------------------------------------------------------------- */

/* Are the n bytes at p a whole UTF-8 sequence, or enough to know that they
 * start an invalid one (which then decodes as one byte)? */
static bool full_rune(const uint8_t *p, int n) {
    if (n == 0)
        return false;
    uint8_t c = p[0];
    int need;
    uint8_t lo = 0x80, hi = 0xBF; /* the second byte's valid range */
    if (c < 0x80)
        return true;
    else if (c >= 0xC2 && c <= 0xDF)
        need = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 4;
    else
        return true;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (n >= need)
        return true;
    if (n >= 2 && (p[1] < lo || p[1] > hi))
        return true;
    return n >= 3 && (p[2] < 0x80 || p[2] > 0xBF);
}

/* The next rune from the bytes and its size; bad UTF-8 gives U+FFFD for
 * its first byte and keeps the others for later, as fmt's readRune does
 * (which reports a pushed-back rune's size as utf8.RuneLen of it). */
static GoEface bytes_read_rune(ScanState *s, GoInt32 *r, GoInt *size) {
    if (s->peek >= 0) {
        *r = s->peek;
        s->peek = ~s->peek;
        *size = unicode_utf8__RuneLen(*r);
        return (GoEface){NULL, NULL};
    }
    uint8_t b[4];
    GoEface err = read_byte(s, &b[0]);
    if (err.type != NULL)
        return err;
    int n = 1;
    while (!full_rune(b, n)) {
        err = read_byte(s, &b[n]);
        if (err.type != NULL) {
            if (!is_eof(err))
                return err;
            break;
        }
        n++;
    }
    *r = rt_decode_rune((GoString){b, n}, 0, size);
    for (GoInt k = *size; k < n; k++)
        s->pend[s->pending++] = b[k];
    s->peek = ~*r;
    return (GoEface){NULL, NULL};
}

static GoEface source_read_rune(ScanState *s, GoInt32 *r, GoInt *size) {
    if (s->kind != SRC_RUNES)
        return bytes_read_rune(s, r, size);
    static GoMethodCache cache;
    ReadRuneFn fn = (ReadRuneFn)rt_imethod(s->reader, "ReadRune", &cache);
    Scan_GoInt32_GoInt_GoEface res = fn(s->reader.data);
    *r = res.r0;
    *size = res.r1;
    return res.r2;
}

static void source_unread_rune(ScanState *s) {
    if (s->kind != SRC_RUNES) {
        if (s->peek < 0) /* else Go's readRune reports an error nobody reads */
            s->peek = ~s->peek;
        return;
    }
    static GoMethodCache cache;
    UnreadRuneFn fn = (UnreadRuneFn)rt_imethod(s->reader, "UnreadRune", &cache);
    fn(s->reader.data);
}

/* ---- scan state: ss.ReadRune, getRune, UnreadRune ----------------------------------- */

static GoEface ss_read_rune(ScanState *s, GoInt32 *r, GoInt *size) {
    if (s->at_eof || s->count >= s->arg_limit)
        return io__EOF;
    GoEface err = source_read_rune(s, r, size);
    if (err.type == NULL) {
        s->count++;
        if (s->nl_is_end && *r == '\n')
            s->at_eof = true;
    } else if (is_eof(err)) {
        s->at_eof = true;
    }
    return err;
}

/* The next rune, or SCAN_EOF; a read error ends the scan. */
static GoInt32 get_rune(ScanState *s) {
    GoInt32 r = 0;
    GoInt size = 0;
    GoEface err = ss_read_rune(s, &r, &size);
    if (err.type != NULL) {
        if (is_eof(err))
            return SCAN_EOF;
        fail(s, err);
    }
    return r;
}

static GoInt32 must_read_rune(ScanState *s) {
    GoInt32 r = get_rune(s);
    if (r == SCAN_EOF)
        fail(s, io__ErrUnexpectedEOF);
    return r;
}

static void unread_rune(ScanState *s) {
    source_unread_rune(s);
    s->at_eof = false;
    s->count--;
}

/* fmt's isSpace: Unicode white space, as a fixed list of ranges. */
static bool is_space(GoInt32 r) {
    static const uint16_t ranges[][2] = {
        {0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0},
        {0x1680, 0x1680}, {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f},
        {0x205f, 0x205f}, {0x3000, 0x3000},
    };
    if (r < 0 || r >= 1 << 16)
        return false;
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (r < ranges[i][0])
            return false;
        if (r <= ranges[i][1])
            return true;
    }
    return false;
}

static bool in_set(const char *set, GoInt32 r) {
    for (const char *p = set; *p; p++)
        if ((unsigned char)*p == r)
            return true;
    return false;
}

/* Reads the next rune and puts it back; is it in set? */
static bool peek(ScanState *s, const char *set) {
    GoInt32 r = get_rune(s);
    if (r != SCAN_EOF)
        unread_rune(s);
    return r != SCAN_EOF && in_set(set, r);
}

static void skip_space(ScanState *s) {
    for (;;) {
        GoInt32 r = get_rune(s);
        if (r == SCAN_EOF)
            return;
        if (r == '\r' && peek(s, "\n"))
            continue;
        if (r == '\n') {
            if (s->nl_is_space)
                continue;
            fail_cstr(s, "unexpected newline");
        }
        if (!is_space(r)) {
            unread_rune(s);
            return;
        }
    }
}

/* The runes up to the next space (after skipping spaces) into the token. */
static GoString token(ScanState *s) {
    skip_space(s);
    for (;;) {
        GoInt32 r = get_rune(s);
        if (r == SCAN_EOF)
            break;
        if (is_space(r)) {
            unread_rune(s);
            break;
        }
        rt_buf_put_rune(&s->buf, r);
    }
    return rt_string_from_bytes(s->buf.ptr, (GoInt)s->buf.len);
}

/* Reads a rune; when it is in set, keeps it (in the token if put) and
 * says true, else puts it back. */
static bool consume(ScanState *s, const char *set, bool put) {
    GoInt32 r = get_rune(s);
    if (r == SCAN_EOF)
        return false;
    if (in_set(set, r)) {
        if (put)
            rt_buf_put_rune(&s->buf, r);
        return true;
    }
    if (put)
        unread_rune(s);
    return false;
}

static bool accept(ScanState *s, const char *set) {
    return consume(s, set, true);
}

/* Go panics with io.EOF here, which the scan returns as its error. */
static void not_eof(ScanState *s) {
    if (get_rune(s) == SCAN_EOF)
        fail(s, io__EOF);
    unread_rune(s);
}

static GoString token_string(ScanState *s) {
    return rt_string_from_bytes(s->buf.ptr, (GoInt)s->buf.len);
}

static void ok_verb(ScanState *s, GoInt32 verb, const char *verbs, const char *type) {
    if (in_set(verbs, verb))
        return;
    GoString parts[] = {RT_STR("bad verb '%"), rt_string_from_rune(verb), RT_STR("' for "),
                        cstr(type)};
    fail_concat(s, parts, 4);
}

/* ---- booleans and integers --------------------------------------------------------- */

static bool scan_bool(ScanState *s, GoInt32 verb) {
    skip_space(s);
    not_eof(s);
    ok_verb(s, verb, "tv", "boolean");
    switch (get_rune(s)) {
    case '0':
        return false;
    case '1':
        return true;
    case 't':
    case 'T':
        if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE")))
            fail_cstr(s, "syntax error scanning boolean");
        return true;
    case 'f':
    case 'F':
        if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE")))
            fail_cstr(s, "syntax error scanning boolean");
        return false;
    default:
        return false;
    }
}

#define DECIMAL "0123456789"
#define HEX "0123456789aAbBcCdDeEfF"

/* The base and digit set of an integer verb. */
static int get_base(ScanState *s, GoInt32 verb, const char **digits) {
    ok_verb(s, verb, "bdoUxXv", "integer");
    switch (verb) {
    case 'b':
        *digits = "01";
        return 2;
    case 'o':
        *digits = "01234567";
        return 8;
    case 'x':
    case 'X':
    case 'U':
        *digits = HEX;
        return 16;
    default:
        *digits = DECIMAL;
        return 10;
    }
}

static GoString scan_number(ScanState *s, const char *digits, bool have_digits) {
    if (!have_digits) {
        not_eof(s);
        if (!accept(s, digits))
            fail_cstr(s, "expected integer");
    }
    while (accept(s, digits)) {
    }
    return token_string(s);
}

/* %c: the rune itself, which must fit in bits as a signed number. */
static GoInt64 scan_rune(ScanState *s, int bits) {
    not_eof(s);
    GoInt32 r = get_rune(s);
    if (bits < 32 && (r < -(1 << (bits - 1)) || r >= 1 << (bits - 1))) {
        GoString parts[] = {RT_STR("overflow on character value "), rt_string_from_rune(r)};
        fail_concat(s, parts, 2);
    }
    return r;
}

/* %v: a 0b, 0o, 0x or 0 prefix chooses the base (0: let ParseInt see it). */
static const char *scan_base_prefix(ScanState *s, bool *zero_found) {
    *zero_found = false;
    if (!peek(s, "0"))
        return DECIMAL "_";
    accept(s, "0");
    *zero_found = true;
    if (peek(s, "bB")) {
        consume(s, "bB", true);
        return "01_";
    }
    if (peek(s, "oO")) {
        consume(s, "oO", true);
        return "01234567_";
    }
    if (peek(s, "xX")) {
        consume(s, "xX", true);
        return HEX "_";
    }
    return "01234567_";
}

/* The digits of an integer, with its sign; returns the base to parse it in. */
static int int_token(ScanState *s, GoInt32 verb, bool is_signed, GoString *tok) {
    skip_space(s);
    not_eof(s);
    const char *digits;
    int base = get_base(s, verb, &digits);
    bool have_digits = false;
    if (verb == 'U') {
        if (!consume(s, "U", false) || !consume(s, "+", false))
            fail_cstr(s, "bad unicode format ");
    } else {
        if (is_signed)
            accept(s, "+-");
        if (verb == 'v') {
            digits = scan_base_prefix(s, &have_digits);
            base = 0;
        }
    }
    *tok = scan_number(s, digits, have_digits);
    return base;
}

static GoInt64 scan_int(ScanState *s, GoInt32 verb, int bits) {
    if (verb == 'c')
        return scan_rune(s, bits);
    GoString tok;
    int base = int_token(s, verb, true, &tok);
    Scan_GoInt64_GoEface res = strconv__ParseInt(tok, base, 64);
    if (res.r1.type != NULL)
        fail(s, res.r1);
    GoInt64 i = res.r0;
    if (bits < 64 && (i < -((GoInt64)1 << (bits - 1)) || i >= (GoInt64)1 << (bits - 1))) {
        GoString parts[] = {RT_STR("integer overflow on token "), tok};
        fail_concat(s, parts, 2);
    }
    return i;
}

static GoUint64 scan_uint(ScanState *s, GoInt32 verb, int bits) {
    if (verb == 'c')
        return (GoUint64)scan_rune(s, bits);
    GoString tok;
    int base = int_token(s, verb, false, &tok);
    Scan_GoUint64_GoEface res = strconv__ParseUint(tok, base, 64);
    if (res.r1.type != NULL)
        fail(s, res.r1);
    GoUint64 u = res.r0;
    if (bits < 64 && u >> bits != 0) {
        GoString parts[] = {RT_STR("unsigned integer overflow on token "), tok};
        fail_concat(s, parts, 2);
    }
    return u;
}

/* ---- floats and complex numbers ------------------------------------------------------ */

#define FLOAT_VERBS "beEfFgGv"

/* The longest prefix that looks like a float: nan, [sign]inf, or digits
 * with a point and an exponent (hex digits and p after 0x). */
static GoString float_token(ScanState *s) {
    s->buf.len = 0;
    if (accept(s, "nN") && accept(s, "aA") && accept(s, "nN"))
        return token_string(s);
    accept(s, "+-");
    if (accept(s, "iI") && accept(s, "nN") && accept(s, "fF"))
        return token_string(s);
    const char *digits = DECIMAL "_", *exp = "eEpP";
    if (accept(s, "0") && accept(s, "xX")) {
        digits = HEX "_";
        exp = "pP";
    }
    while (accept(s, digits)) {
    }
    if (accept(s, ".")) {
        while (accept(s, digits)) {
        }
    }
    if (accept(s, exp)) {
        accept(s, "+-");
        while (accept(s, DECIMAL "_")) {
        }
    }
    return token_string(s);
}

/* The NumError of a failed parse names the whole token. */
static _Noreturn void fail_num(ScanState *s, GoEface err, GoString tok) {
    strconv__NumError *e = *(strconv__NumError **)err.data;
    e->Num = tok;
    fail(s, err);
}

/* A decimal mantissa with a binary exponent ("1.5p3") is fmt's own form;
 * everything else is ParseFloat's. */
static GoFloat64 convert_float(ScanState *s, GoString tok, int bits) {
    GoInt p = -1;
    bool has_x = false;
    for (GoInt i = 0; i < tok.len; i++) {
        if (tok.ptr[i] == 'p' && p < 0)
            p = i;
        if (tok.ptr[i] == 'x' || tok.ptr[i] == 'X')
            has_x = true;
    }
    if (p >= 0 && !has_x) {
        Scan_GoFloat64_GoEface f = strconv__ParseFloat((GoString){tok.ptr, p}, bits);
        if (f.r1.type != NULL)
            fail_num(s, f.r1, tok);
        Tuple_GoInt_GoEface m = strconv__Atoi((GoString){tok.ptr + p + 1, tok.len - p - 1});
        if (m.r1.type != NULL)
            fail_num(s, m.r1, tok);
        GoInt e = m.r0;
        if (e > 100000)
            e = 100000; /* ldexp saturates long before; keeps int in range */
        if (e < -100000)
            e = -100000;
        return ldexp(f.r0, (int)e);
    }
    Scan_GoFloat64_GoEface f = strconv__ParseFloat(tok, bits);
    if (f.r1.type != NULL)
        fail(s, f.r1);
    return f.r0;
}

static GoComplex128 scan_complex(ScanState *s, GoInt32 verb, int bits) {
    ok_verb(s, verb, FLOAT_VERBS, "complex");
    skip_space(s);
    not_eof(s);
    bool parens = accept(s, "(");
    GoString re = float_token(s);
    s->buf.len = 0;
    if (!accept(s, "+-"))
        fail_cstr(s, "syntax error scanning complex number");
    GoString sign = token_string(s);
    GoString im = rt_string_concat(sign, float_token(s));
    if (!accept(s, "i"))
        fail_cstr(s, "syntax error scanning complex number");
    if (parens && !accept(s, ")"))
        fail_cstr(s, "syntax error scanning complex number");
    GoFloat64 r = convert_float(s, re, bits / 2);
    GoFloat64 i = convert_float(s, im, bits / 2);
    return (GoComplex128){r, i};
}

/* ---- strings --------------------------------------------------------------------------- */

static GoString quoted_string(ScanState *s) {
    not_eof(s);
    GoInt32 quote = get_rune(s);
    if (quote == '`') {
        for (;;) {
            GoInt32 r = must_read_rune(s);
            if (r == quote)
                return token_string(s);
            rt_buf_put_rune(&s->buf, r);
        }
    }
    if (quote != '"')
        fail_cstr(s, "expected quoted string");
    rt_buf_putc(&s->buf, '"');
    for (;;) {
        GoInt32 r = must_read_rune(s);
        rt_buf_put_rune(&s->buf, r);
        if (r == '\\')
            rt_buf_put_rune(&s->buf, must_read_rune(s));
        else if (r == '"')
            break;
    }
    Tuple_GoString_GoEface u = strconv__Unquote(token_string(s));
    if (u.r1.type != NULL)
        fail(s, u.r1);
    return u.r0;
}

static int hex_digit(GoInt32 d) {
    if (d >= '0' && d <= '9')
        return d - '0';
    if (d >= 'a' && d <= 'f')
        return d - 'a' + 10;
    if (d >= 'A' && d <= 'F')
        return d - 'A' + 10;
    return -1;
}

/* %x on a string: pairs of hex digits, up to the first non-digit. */
static GoString hex_string(ScanState *s) {
    not_eof(s);
    for (;;) {
        GoInt32 r = get_rune(s);
        if (r == SCAN_EOF)
            break;
        int hi = hex_digit(r);
        if (hi < 0) {
            unread_rune(s);
            break;
        }
        int lo = hex_digit(must_read_rune(s));
        if (lo < 0)
            fail_cstr(s, "illegal hex digit");
        rt_buf_putc(&s->buf, (uint8_t)(hi << 4 | lo));
    }
    if (s->buf.len == 0)
        fail_cstr(s, "no hex data for %x string");
    return token_string(s);
}

static GoString convert_string(ScanState *s, GoInt32 verb) {
    ok_verb(s, verb, "svqxX", "string");
    skip_space(s);
    not_eof(s);
    switch (verb) {
    case 'q':
        return quoted_string(s);
    case 'x':
    case 'X':
        return hex_string(s);
    default:
        return token(s); /* %s and %v: the next word */
    }
}

/* ---- fmt.ScanState: what a Scan method gets ------------------------------------------
 * Go passes its scanner, a *fmt.ss.  Here the ScanState is an interface
 * value whose type is the descriptor below and whose data points to a word
 * holding the ScanState*; its methods follow the method ABI (recv points
 * to that word).  A Scan method may call them from inside its own frames,
 * which longjmp must not skip: so a method that can fail catches fail()
 * itself (a jmp_buf of its own, with only this file's frames between) and
 * turns the error into a Go panic with a fmt.scanError, as Go's s.error
 * does; the caller of the Scan method recovers it (call_scanner). */

typedef struct { GoEface err; } ScanErrorValue;  /* Go's scanError{err error} */
typedef struct { GoInt r0; GoEface r1; } StateIntError;                /* (int, error) */
typedef struct { GoInt r0; GoBool r1; } StateIntBool;                  /* (int, bool) */
typedef struct { GoSlice r0; GoEface r1; } StateSliceError;            /* ([]byte, error) */
typedef GoBool (*RunePredicate)(void *env, GoInt32 r);                 /* func(rune) bool */
typedef GoEface (*ScanMethod)(void *recv, GoEface state, GoInt32 verb); /* Scan */

static const char *const error_imethods[] = {"Error"};
static const GoType error_type = {
    .kind = RT_KIND_INTERFACE, .size = sizeof(GoEface), .name = "error", .named = true,
    .comparable = true, .has_pointers = true, .imethods = error_imethods, .nimethods = 1};
static const GoField scan_error_fields[] = {
    {.name = "err", .type = &error_type, .offset = offsetof(ScanErrorValue, err)},
};
static const GoType scan_error_type = {
    .kind = RT_KIND_STRUCT, .size = sizeof(ScanErrorValue), .name = "fmt.scanError",
    .named = true, .comparable = true, .has_pointers = true, .fields = scan_error_fields,
    .nfields = 1};

static _Noreturn void panic_scan_error(GoEface err) {
    ScanErrorValue v = {err};
    rt_panic(rt_box(&scan_error_type, &v));
}

/* The ScanState a method was called on; NULL once its Scan call is over. */
static ScanState *state_of(void *recv) {
    return rt_nilcheck(*(ScanState **)recv);
}

static Scan_GoInt32_GoInt_GoEface state_read_rune(void *recv) {
    Scan_GoInt32_GoInt_GoEface res = {0, 0, {NULL, NULL}};
    res.r2 = ss_read_rune(state_of(recv), &res.r0, &res.r1);
    if (res.r2.type != NULL) /* Go returns zeros with an error */
        res.r0 = 0, res.r1 = 0;
    return res;
}

static GoEface state_unread_rune(void *recv) {
    unread_rune(state_of(recv));
    return (GoEface){NULL, NULL};
}

static StateIntBool state_width(void *recv) {
    ScanState *s = state_of(recv);
    if (s->max_wid == HUGE_WID)
        return (StateIntBool){0, false};
    return (StateIntBool){s->max_wid, true};
}

static StateIntError state_read(void *recv, GoSlice buf) {
    (void)recv;
    (void)buf;
    return (StateIntError){0, errors__New(RT_STR("ScanState's Read should not be called. Use ReadRune"))};
}

/* SkipSpace fails by panicking with a scanError. */
static void state_skip_space(void *recv) {
    ScanState *s = state_of(recv);
    jmp_buf here, *outer = s->fail;
    s->fail = &here;
    if (setjmp(here) != 0) {
        s->fail = outer;
        panic_scan_error(s->err);
    }
    skip_space(s);
    s->fail = outer;
}

/* The runes up to the first for which f says false (f nil: up to a
 * space); Go recovers the scanErrors raised on the way into err.  f is
 * user code, so a panic of its own unwinds past this frame: call_scanner
 * restores s->fail then. */
static StateSliceError state_token(void *recv, GoBool skip, GoFunc *f) {
    ScanState *s = state_of(recv);
    jmp_buf here, *outer = s->fail;
    s->fail = &here;
    if (setjmp(here) != 0) {
        s->fail = outer;
        return (StateSliceError){{NULL, 0, 0}, s->err};
    }
    s->buf.len = 0;
    if (skip)
        skip_space(s);
    for (;;) {
        GoInt32 r = get_rune(s);
        if (r == SCAN_EOF)
            break;
        bool keep = f ? ((RunePredicate)f->fn)(f, r) : !is_space(r);
        if (!keep) {
            unread_rune(s);
            break;
        }
        rt_buf_put_rune(&s->buf, r);
    }
    s->fail = outer;
    /* Go hands out its buffer, overwritten by the next call; a copy
     * differs only for code that breaks that rule */
    GoSlice tok = {NULL, 0, 0};
    if (s->buf.len > 0)
        tok = rt_string_to_bytes(rt_string_from_bytes(s->buf.ptr, (GoInt)s->buf.len));
    return (StateSliceError){tok, {NULL, NULL}};
}

static const GoMethod state_methods[] = {
    {"Read", (void (*)(void))state_read},
    {"ReadRune", (void (*)(void))state_read_rune},
    {"SkipSpace", (void (*)(void))state_skip_space},
    {"Token", (void (*)(void))state_token},
    {"UnreadRune", (void (*)(void))state_unread_rune},
    {"Width", (void (*)(void))state_width},
};
static const char *const state_method_sigs[] = {
    "func([]uint8) (int, error)", "func() (int32, int, error)", "func()",
    "func(bool, func(int32) bool) ([]uint8, error)", "func() error", "func() (int, bool)",
};
static const GoType state_ss_type = {.kind = RT_KIND_STRUCT, .size = sizeof(ScanState),
                                     .name = "fmt.ss", .named = true};
/* %T of the ScanState prints *fmt.ss, as in Go. */
static const GoType state_type = {
    .kind = RT_KIND_POINTER, .size = sizeof(void *), .name = "*fmt.ss", .has_pointers = true,
    .comparable = true, .elem = &state_ss_type, .methods = state_methods,
    .nmethods = sizeof state_methods / sizeof state_methods[0], .method_sigs = state_method_sigs};

/* Does t have Go's fmt.Scanner method, Scan(ScanState, rune) error?  The
 * signature is compared when the descriptor carries it. */
static ScanMethod scanner_method(const GoType *t) {
    for (GoInt i = 0; i < t->nmethods; i++) {
        if (strcmp(t->methods[i].name, "Scan") != 0)
            continue;
        if (t->method_sigs && strcmp(t->method_sigs[i], "func(fmt.ScanState, int32) error") != 0)
            return NULL;
        return (ScanMethod)t->methods[i].fn;
    }
    return NULL;
}

/* One call of a Scan method, in a frame of its own whose deferred call
 * recovers the panics Go's errorHandler catches (a scanError, or io.EOF)
 * and lets any other go on, re-panicking inside the deferred call as Go
 * does (so an uncaught one prints "[recovered]"). */
typedef struct ScannerCall {
    GoFrame frame;
    GoFunc catcher;          /* the deferred recover; env is this struct */
    ScanMethod fn;
    void *recv;
    GoEface state;
    GoInt32 verb;
    GoEface result;          /* what Scan returned */
    GoEface caught;          /* the error a recovered panic carried */
    bool panicked;
} ScannerCall;

static void scanner_catch(void *env) {
    ScannerCall *c = (ScannerCall *)(void *)((char *)env - offsetof(ScannerCall, catcher));
    GoEface e = rt_recover();
    if (e.type == NULL)
        return; /* no panic (recover of panic(nil) stops it too, as in Go 1.19) */
    if (rt_type_equal(e.type, &scan_error_type))
        c->caught = ((ScanErrorValue *)e.data)->err;
    else if (rt_method(e.type, "Error", NULL) != NULL && is_eof(e))
        c->caught = e;
    else
        rt_panic(e);
    c->panicked = true;
}

static void scanner_body(void *ctx) {
    ScannerCall *c = ctx;
    c->catcher.fn = (void (*)(void))scanner_catch;
    rt_defer(&c->frame, &c->catcher);
    c->result = c->fn(c->recv, c->state, c->verb);
}

/* Go's scanOne for a Scanner: its error (io.EOF becomes
 * io.ErrUnexpectedEOF) or a recovered one ends the scan. */
static void call_scanner(ScanState *s, ScanMethod fn, GoInt32 verb, GoEface arg) {
    ScanState **word = rt_alloc(sizeof *word);
    *word = s;
    ScannerCall *c = rt_alloc(sizeof *c);
    c->fn = fn;
    c->recv = arg.data;
    c->state = (GoEface){&state_type, word};
    c->verb = verb;
    jmp_buf *outer = s->fail;
    rt_frame_run(&c->frame, scanner_body, c);
    s->fail = outer; /* a panic may have left a method's catcher installed */
    *word = NULL;    /* the ScanState dies with this call */
    if (c->panicked)
        fail(s, c->caught);
    if (c->result.type != NULL)
        fail(s, is_eof(c->result) ? io__ErrUnexpectedEOF : c->result);
}

/* ---- one operand ---------------------------------------------------------------------- */

static _Noreturn void cant_scan(ScanState *s, const char *what, const GoType *t) {
    GoString parts[] = {cstr(what), cstr(t->name)};
    fail_concat(s, parts, 2);
}

/* Stores the integer v in the integer of kind k at p. */
static void store_int(void *p, GoKind k, GoUint64 v) {
    switch (k) {
    case RT_KIND_INT8:
    case RT_KIND_UINT8: {
        uint8_t x = (uint8_t)v;
        memcpy(p, &x, 1);
        break;
    }
    case RT_KIND_INT16:
    case RT_KIND_UINT16: {
        uint16_t x = (uint16_t)v;
        memcpy(p, &x, 2);
        break;
    }
    case RT_KIND_INT32:
    case RT_KIND_UINT32: {
        uint32_t x = (uint32_t)v;
        memcpy(p, &x, 4);
        break;
    }
    default:
        memcpy(p, &v, 8);
        break;
    }
}

static int int_bits(GoKind k) {
    switch (k) {
    case RT_KIND_INT8:
    case RT_KIND_UINT8:
        return 8;
    case RT_KIND_INT16:
    case RT_KIND_UINT16:
        return 16;
    case RT_KIND_INT32:
    case RT_KIND_UINT32:
        return 32;
    default:
        return 64;
    }
}

static void scan_one(ScanState *s, GoInt32 verb, GoEface arg) {
    s->buf.len = 0;
    ScanMethod scan = arg.type ? scanner_method(arg.type) : NULL;
    if (scan) {
        call_scanner(s, scan, verb, arg);
        return;
    }
    if (arg.type == NULL)
        rt_panic_string(RT_STR("reflect: call of reflect.Value.Type on zero Value"));
    if (arg.type->kind != RT_KIND_POINTER)
        cant_scan(s, "type not a pointer: ", arg.type);
    const GoType *t = arg.type->elem;
    void *p = *(void **)arg.data;
    switch (t->kind) {
    case RT_KIND_BOOL: {
        GoBool b = scan_bool(s, verb);
        *(GoBool *)rt_nilcheck(p) = b;
        break;
    }
    case RT_KIND_INT:
    case RT_KIND_INT8:
    case RT_KIND_INT16:
    case RT_KIND_INT32:
    case RT_KIND_INT64: {
        GoInt64 v = scan_int(s, verb, int_bits(t->kind));
        store_int(rt_nilcheck(p), t->kind, (GoUint64)v);
        break;
    }
    case RT_KIND_UINT:
    case RT_KIND_UINT8:
    case RT_KIND_UINT16:
    case RT_KIND_UINT32:
    case RT_KIND_UINT64:
    case RT_KIND_UINTPTR: {
        GoUint64 v = scan_uint(s, verb, int_bits(t->kind));
        store_int(rt_nilcheck(p), t->kind, v);
        break;
    }
    case RT_KIND_FLOAT32:
    case RT_KIND_FLOAT64: {
        int bits = t->kind == RT_KIND_FLOAT32 ? 32 : 64;
        if (!t->named) /* Go checks the verb of *float32 and *float64 only */
            ok_verb(s, verb, FLOAT_VERBS, bits == 32 ? "float32" : "float64");
        skip_space(s);
        not_eof(s);
        GoFloat64 f = convert_float(s, float_token(s), bits);
        if (bits == 32)
            *(GoFloat32 *)rt_nilcheck(p) = (GoFloat32)f;
        else
            *(GoFloat64 *)rt_nilcheck(p) = f;
        break;
    }
    case RT_KIND_COMPLEX64:
    case RT_KIND_COMPLEX128: {
        GoComplex128 c = scan_complex(s, verb, t->kind == RT_KIND_COMPLEX64 ? 64 : 128);
        if (t->kind == RT_KIND_COMPLEX64)
            *(GoComplex64 *)rt_nilcheck(p) = rt_c128_to_c64(c);
        else
            *(GoComplex128 *)rt_nilcheck(p) = c;
        break;
    }
    case RT_KIND_STRING: {
        GoString str = convert_string(s, verb);
        *(GoString *)rt_nilcheck(p) = str;
        break;
    }
    case RT_KIND_SLICE: {
        if (t->elem->kind != RT_KIND_UINT8)
            cant_scan(s, "can't scan type: ", arg.type);
        GoSlice b = rt_string_to_bytes(convert_string(s, verb));
        *(GoSlice *)rt_nilcheck(p) = b;
        break;
    }
    default:
        cant_scan(s, "can't scan type: ", arg.type);
    }
}

/* ---- Scan, Scanln: operands separated by spaces ------------------------------------- */

static void init_state(ScanState *s, SourceKind kind, bool nl_is_space, bool nl_is_end) {
    memset(s, 0, sizeof *s);
    s->kind = kind;
    s->peek = -1;
    rt_buf_init(&s->buf);
    s->nl_is_space = nl_is_space;
    s->nl_is_end = nl_is_end;
    s->arg_limit = s->max_wid = HUGE_WID;
    if (kind != SRC_STRING)
        s->byte_buf = rt_alloc_atomic(4);
}

/* A reader with ReadRune and UnreadRune is used directly, as in Go. */
static void init_reader(ScanState *s, GoEface r, bool nl_is_space, bool nl_is_end) {
    bool runes = r.type != NULL && rt_method(r.type, "ReadRune", NULL) != NULL &&
                 rt_method(r.type, "UnreadRune", NULL) != NULL;
    init_state(s, runes ? SRC_RUNES : SRC_READER, nl_is_space, nl_is_end);
    s->reader = r;
}

static Tuple_GoInt_GoEface do_scan(ScanState *s, GoSlice a) {
    jmp_buf fail_here;
    s->fail = &fail_here;
    if (setjmp(fail_here) != 0)
        return (Tuple_GoInt_GoEface){s->done, s->err};
    const GoEface *args = a.ptr;
    for (GoInt i = 0; i < a.len; i++) {
        scan_one(s, 'v', args[i]);
        s->done++;
    }
    if (s->nl_is_end) {
        for (;;) {
            GoInt32 r = get_rune(s);
            if (r == '\n' || r == SCAN_EOF)
                break;
            if (!is_space(r))
                fail_cstr(s, "expected newline");
        }
    }
    return (Tuple_GoInt_GoEface){s->done, {NULL, NULL}};
}

/* ---- Scanf ------------------------------------------------------------------------------ */

/* The rune at format[i] and its width (0 at the end). */
static GoInt32 format_rune(GoString format, GoInt i, GoInt *w) {
    if (i >= format.len) {
        *w = 0;
        return 0xFFFD;
    }
    return rt_decode_rune(format, i, w);
}

/* Spaces in the format: newlines must match newlines (spaces around them
 * are free); other spaces match zero or more spaces in the input, but at
 * least one when the format has no newline there.  Returns the new i. */
static GoInt advance_spaces(ScanState *s, GoString format, GoInt i) {
    GoInt w;
    GoInt32 c = format_rune(format, i, &w);
    int newlines = 0;
    bool trailing_space = false;
    while (is_space(c) && i < format.len) {
        if (c == '\n') {
            newlines++;
            trailing_space = false;
        } else {
            trailing_space = true;
        }
        i += w;
        c = format_rune(format, i, &w);
    }
    for (int j = 0; j < newlines; j++) {
        GoInt32 in = get_rune(s);
        while (is_space(in) && in != '\n')
            in = get_rune(s);
        if (in != '\n' && in != SCAN_EOF)
            fail_cstr(s, "newline in format does not match input");
    }
    if (trailing_space) {
        GoInt32 in = get_rune(s);
        if (newlines == 0) {
            if (!is_space(in) && in != SCAN_EOF)
                fail_cstr(s, "expected space in input to match format");
            if (in == '\n')
                fail_cstr(s, "newline in input does not match format");
        }
        while (is_space(in) && in != '\n')
            in = get_rune(s);
        if (in != SCAN_EOF)
            unread_rune(s);
    }
    return i;
}

/* Matches the format's text from `from` up to the next verb against the
 * input.  Returns how many bytes of the format were used, or -1 when the
 * input differs. */
static GoInt advance(ScanState *s, GoString format, GoInt from) {
    GoInt i = from;
    while (i < format.len) {
        GoInt w;
        GoInt32 c = format_rune(format, i, &w);
        if (is_space(c)) {
            i = advance_spaces(s, format, i);
            continue;
        }
        if (c == '%') {
            if (i + w == format.len)
                fail_cstr(s, "missing verb: % at end of format string");
            GoInt w2;
            if (format_rune(format, i + w, &w2) != '%')
                return i - from;
            i += w; /* %% is a literal % */
        }
        GoInt32 in = must_read_rune(s);
        if (c != in) {
            unread_rune(s);
            return -1;
        }
        i += w;
    }
    return i - from;
}

/* A width in the format: digits from i (not past end); Go's parsenum. */
static GoInt parse_width(GoString format, GoInt i, GoInt end, bool *present, GoInt *next) {
    GoInt num = 0;
    *present = false;
    if (i >= end) {
        *next = end;
        return 0;
    }
    for (; i < end && format.ptr[i] >= '0' && format.ptr[i] <= '9'; i++) {
        if (num > 1000000) {
            *present = false;
            *next = end;
            return 0;
        }
        num = num * 10 + (format.ptr[i] - '0');
        *present = true;
    }
    *next = i;
    return num;
}

static Tuple_GoInt_GoEface do_scanf(ScanState *s, GoString format, GoSlice a) {
    jmp_buf fail_here;
    s->fail = &fail_here;
    if (setjmp(fail_here) != 0)
        return (Tuple_GoInt_GoEface){s->done, s->err};
    const GoEface *args = a.ptr;
    GoInt end = format.len - 1;
    for (GoInt i = 0; i <= end;) {
        GoInt w = advance(s, format, i);
        if (w > 0) {
            i += w;
            continue;
        }
        if (format.ptr[i] != '%') {
            if (w < 0)
                fail_cstr(s, "input does not match format");
            break;
        }
        i++; /* the % */
        bool present;
        s->max_wid = parse_width(format, i, end, &present, &i);
        if (!present)
            s->max_wid = HUGE_WID;
        GoInt32 c = format_rune(format, i, &w);
        i += w;
        if (c != 'c')
            skip_space(s);
        if (c == '%') {
            skip_space(s);
            not_eof(s);
            if (!accept(s, "%"))
                fail_cstr(s, "missing literal %");
            continue;
        }
        s->arg_limit = HUGE_WID;
        if (s->count + s->max_wid < s->arg_limit)
            s->arg_limit = s->count + s->max_wid;
        if (s->done >= a.len) {
            GoString parts[] = {RT_STR("too few operands for format '%"),
                                (GoString){format.ptr + i - w, format.len - (i - w)},
                                RT_STR("'")};
            fail_concat(s, parts, 3);
        }
        scan_one(s, c, args[s->done]);
        s->done++;
        s->arg_limit = HUGE_WID;
    }
    if (s->done < a.len)
        fail_cstr(s, "too many operands");
    return (Tuple_GoInt_GoEface){s->done, {NULL, NULL}};
}

/* ---- the package's functions ----------------------------------------------------------- */

Tuple_GoInt_GoEface fmt__Sscan(GoString str, GoSlice a) {
    ScanState s;
    init_state(&s, SRC_STRING, true, false);
    s.str = str;
    return do_scan(&s, a);
}

Tuple_GoInt_GoEface fmt__Sscanln(GoString str, GoSlice a) {
    ScanState s;
    init_state(&s, SRC_STRING, false, true);
    s.str = str;
    return do_scan(&s, a);
}

Tuple_GoInt_GoEface fmt__Sscanf(GoString str, GoString format, GoSlice a) {
    ScanState s;
    init_state(&s, SRC_STRING, false, false);
    s.str = str;
    return do_scanf(&s, format, a);
}

Tuple_GoInt_GoEface fmt__Fscan(GoEface r, GoSlice a) {
    ScanState s;
    init_reader(&s, r, true, false);
    return do_scan(&s, a);
}

Tuple_GoInt_GoEface fmt__Fscanln(GoEface r, GoSlice a) {
    ScanState s;
    init_reader(&s, r, false, true);
    return do_scan(&s, a);
}

Tuple_GoInt_GoEface fmt__Fscanf(GoEface r, GoString format, GoSlice a) {
    ScanState s;
    init_reader(&s, r, false, false);
    return do_scanf(&s, format, a);
}

/* Scan, Scanln and Scanf read os.Stdin, an *os.File: not a RuneScanner,
 * so each call reads byte by byte and loses its look-ahead rune, as in Go. */
Tuple_GoInt_GoEface fmt__Scan(GoSlice a) {
    ScanState s;
    init_state(&s, SRC_STDIN, true, false);
    return do_scan(&s, a);
}

Tuple_GoInt_GoEface fmt__Scanln(GoSlice a) {
    ScanState s;
    init_state(&s, SRC_STDIN, false, true);
    return do_scan(&s, a);
}

Tuple_GoInt_GoEface fmt__Scanf(GoString format, GoSlice a) {
    ScanState s;
    init_state(&s, SRC_STDIN, false, false);
    return do_scanf(&s, format, a);
}
