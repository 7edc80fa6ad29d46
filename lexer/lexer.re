/*
 * lexer.re — phase 1: Go 1.19 source text to tokens (re2c input).
 *
 * The spec's "Lexical elements" section, behaving as gc's own scanner does
 * (cmd/compile/internal/syntax): the same tokens, the same automatic
 * semicolons, the same error messages at the same line:col, and the same
 * recovery, so that go2c rejects a bad file with the words gc would use.
 *
 * How it is split up:
 *
 *   Cleaning.  gc's character reader reports every NUL byte, every invalid
 *   UTF-8 byte and every BOM after the first byte of the file, and then
 *   skips it as if it were not there (`a<NUL>b` is one name).  We do the
 *   same in one pass before scanning: the errors are reported and, only if
 *   there were any, the scanner gets a copy of the text without those
 *   bytes, plus a list of gaps that maps positions back.  So everything
 *   below sees valid UTF-8 whose only NUL is the terminator (re2c's
 *   sentinel).
 *
 *   scan().  re2c's DFA picks the next token: names, keywords, operators
 *   and the extent of numbers; string, rune and comment bodies are walked
 *   by small C loops, because their errors depend on what came before
 *   (gc reports only the first error of a rune literal, for instance).
 *
 *   lexer_next().  The one wrapper around scan() that keeps the state the
 *   parser relies on: `nlsemi` (spec: a newline or EOF after a name, a
 *   literal, break continue fallthrough return, ++ -- ) ] } is a
 *   semicolon) and the body-brace flag described in lexer.h.
 *
 * Errors never stop the lexer.  A literal with an error still becomes a
 * token, marked `bad`; an invalid character is reported and skipped
 * without touching `nlsemi`, as gc does.
 */
#include "lexer/lexer.h"

#include <string.h>

/* ---- the token table -------------------------------------------------- */

static const char *const spellings[] = {
#define TOK(kind, spelling, ends_stmt) spelling,
#include "lexer/tokens.h"
#undef TOK
};

static const bool ends_statement[] = {
#define TOK(kind, spelling, ends_stmt) ends_stmt,
#include "lexer/tokens.h"
#undef TOK
};

/* &"TOK_IDENT"[4] is "IDENT". */
static const char *const kind_names[] = {
#define TOK(kind, spelling, ends_stmt) &#kind[4],
#include "lexer/tokens.h"
#undef TOK
};

const char *token_spelling(TokenKind k) {
    return (unsigned)k < TOK__COUNT ? spellings[k] : "?";
}

bool token_ends_statement(TokenKind k) {
    return (unsigned)k < TOK__COUNT && ends_statement[k];
}

const char *token_kind_name(TokenKind k) {
    return (unsigned)k < TOK__COUNT ? kind_names[k] : "?";
}

/* ---- characters --------------------------------------------------------- */

/* Go's unicode.IsLetter, unicode.IsDigit and unicode.IsPrint for runes
 * >= 0x80; their tables are at the end of this file. */
static bool is_letter(int32_t r);
static bool is_digit(int32_t r);
static bool is_print(int32_t r);

static int lower(int c) { return c | ('a' - 'A'); } /* only for ASCII letters */
static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/* The value of digit c in `base`, or `base` if it is not one. */
static unsigned digit_value(int32_t c, unsigned base) {
    unsigned d = base;
    if (is_decimal(c))
        d = (unsigned)(c - '0');
    else if (c < 0x80 && lower(c) >= 'a' && lower(c) <= 'f')
        d = (unsigned)(lower(c) - 'a' + 10);
    return d < base ? d : base;
}

/* Go's %#U: "U+0040 '@'", the character shown only if printable. */
static void format_unicode(char *buf, size_t size, int32_t r) {
    int n = snprintf(buf, size, "U+%04X", (unsigned)r);
    if (is_print(r) && n > 0 && (size_t)n < size) {
        char enc[4];
        int w = utf8_encode(enc, r);
        snprintf(buf + n, size - (size_t)n, " '%.*s'", w, enc);
    }
}

/* The one-letter escapes and the control characters they stand for. */
static const char letter_escapes[][2] = {
    {'a', '\a'}, {'b', '\b'}, {'f', '\f'}, {'n', '\n'},
    {'r', '\r'}, {'t', '\t'}, {'v', '\v'},
};

/* Finds c in column `col` of letter_escapes and returns the other column
 * of its row, or 0: escape_pair(0, 'n') is '\n', escape_pair(1, '\n') 'n'. */
static char escape_pair(int col, int32_t c) {
    for (size_t i = 0; i < sizeof letter_escapes / sizeof letter_escapes[0]; i++)
        if (letter_escapes[i][col] == c)
            return letter_escapes[i][!col];
    return 0;
}

/* Go's %q of a rune (strconv.QuoteRune): 'x', '\'', '\n', '\x07',
 * '\u00a0', '\U000e0001'. */
static void format_quoted(char *buf, size_t size, int32_t r) {
    if (r == '\'' || r == '\\') {
        snprintf(buf, size, "'\\%c'", (char)r);
        return;
    }
    if (is_print(r)) {
        char enc[4];
        int w = utf8_encode(enc, r);
        snprintf(buf, size, "'%.*s'", w, enc);
        return;
    }
    if (escape_pair(1, r)) {
        snprintf(buf, size, "'\\%c'", escape_pair(1, r));
        return;
    }
    if (r < ' ' || r == 0x7F)
        snprintf(buf, size, "'\\x%02x'", (unsigned)r);
    else if (r < 0x10000)
        snprintf(buf, size, "'\\u%04x'", (unsigned)r);
    else
        snprintf(buf, size, "'\\U%08x'", (unsigned)r);
}

/* ---- positions and errors --------------------------------------------- */

/* How many gaps (see clean_source) lie at or before p. */
static int gaps_upto(const Lexer *lx, const unsigned char *p) {
    uint32_t off = (uint32_t)(p - lx->buf);
    int lo = 0, hi = lx->gaps.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (lx->gaps.data[mid].at <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static Pos pos_of(const Lexer *lx, const unsigned char *p) {
    int n = gaps_upto(lx, p); /* the last of them says how far the file is ahead */
    uint32_t shift = n > 0 ? lx->gaps.data[n - 1].shift : 0;
    return lx->file->base + (uint32_t)(p - lx->buf) + shift;
}

static void error_at(Lexer *lx, const unsigned char *p, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void error_at(Lexer *lx, const unsigned char *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(&lx->comp->diags, pos_of(lx, p), fmt, ap);
    va_end(ap);
}

/* ---- cleaning ------------------------------------------------------------
 * One pass over the raw bytes that reports what gc's reader reports and
 * drops it.  The copy is made lazily, at the first dropped byte, so a clean
 * file (nearly every file) is scanned in place. */

static void drop(Lexer *lx, uint32_t clean_off, uint32_t nbytes) {
    LexGap *last = lx->gaps.len ? &lx->gaps.data[lx->gaps.len - 1] : NULL;
    uint32_t shift = (last ? last->shift : 0) + nbytes;
    if (last && last->at == clean_off)
        last->shift = shift;
    else
        vec_push(lx->comp->arena, &lx->gaps, ((LexGap){clean_off, shift}));
}

/* What gc's reader says about the character at s[i], or NULL if it is
 * fine; "" for a BOM at the very start, which is dropped silently.  *w is
 * the character's width in bytes. */
static const char *check_char(const unsigned char *s, uint32_t i, uint32_t len, int *w) {
    *w = 1;
    if (s[i] == 0) /* gc's reader misses a NUL that is the file's first byte */
        return i == 0 ? "invalid character U+0000" : "invalid NUL character";
    if (s[i] < 0x80)
        return NULL;
    int32_t r = utf8_decode(s + i, len - i, w);
    if (r == RUNE_ERROR && *w == 1)
        return "invalid UTF-8 encoding";
    if (r == 0xFEFF)
        return i == 0 ? "" : "invalid BOM in the middle of the file";
    return NULL;
}

static void clean_source(Lexer *lx) {
    const unsigned char *text = (const unsigned char *)lx->file->text;
    uint32_t len = lx->file->len, n = 0; /* n: bytes kept so far */
    unsigned char *copy = NULL;
    int w;
    for (uint32_t i = 0; i < len; i += (uint32_t)w) {
        const char *msg = check_char(text, i, len, &w);
        if (!msg) {
            if (copy)
                memcpy(copy + n, text + i, (size_t)w);
            n += (uint32_t)w;
            continue;
        }
        if (*msg)
            diag_error(&lx->comp->diags, lx->file->base + i, "%s", msg);
        if (!copy) {
            copy = arena_alloc(lx->comp->arena, (size_t)len + 1); /* zeroed */
            memcpy(copy, text, n);
        }
        drop(lx, n, (uint32_t)w);
    }
    lx->buf = copy ? copy : text;
    lx->cur = lx->tok = lx->buf;
    lx->lim = lx->buf + n;
}

/* ---- making tokens ------------------------------------------------------- */

static Token token(Lexer *lx, TokenKind kind, const char *text) {
    Token t = {0};
    t.kind = kind;
    t.pos = pos_of(lx, lx->tok);
    t.end = lx->cur > lx->tok ? pos_of(lx, lx->cur - 1) + 1 : t.pos;
    t.text = text ? text : spellings[kind];
    return t;
}

static char *spelling(Lexer *lx) {
    return arena_strndup(lx->comp->arena, (const char *)lx->tok,
                         (size_t)(lx->cur - lx->tok));
}

/* An inserted semicolon: text "newline" or "EOF". */
static Token semicolon(Lexer *lx, const char *why) {
    return token(lx, TOK_SEMICOLON, why);
}

/* ---- names ----------------------------------------------------------------
 * spec: identifier = letter { letter | unicode_digit } .
 * Like gc, every non-ASCII character is taken into the name, and the ones
 * that are not letters (or digits, after the first) are reported there. */

static Token name(Lexer *lx, TokenKind kind) {
    /* gc keeps dropped bytes in the spelling, so `if<NUL>` is no keyword */
    if (kind != TOK_IDENT && gaps_upto(lx, lx->cur) == gaps_upto(lx, lx->tok))
        return token(lx, kind, NULL);
    kind = TOK_IDENT;
    for (const unsigned char *p = lx->tok; p < lx->cur;) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        int w;
        int32_t r = utf8_decode(p, (size_t)(lx->cur - p), &w);
        char u[32];
        format_unicode(u, sizeof u, r);
        if (is_digit(r) && p == lx->tok)
            error_at(lx, p, "identifier cannot begin with digit %s", u);
        else if (!is_letter(r) && !is_digit(r))
            error_at(lx, p, "invalid character %s in identifier", u);
        p += w;
    }
    return token(lx, kind, spelling(lx));
}

/* ---- numbers ----------------------------------------------------------------
 * re2c finds the extent of a number exactly as gc's scanner does: greedily,
 * digits of any decimal value (hex ones after 0x) and '_' anywhere, an
 * optional '.', exponent and 'i'.  Then number() walks that spelling again
 * and reports what is wrong with it, in gc's order, at gc's columns. */

static const char *base_name(unsigned base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

/* Skips { digit | '_' } from p.  Digits are decimal ones for base <= 10
 * (the first one too big for the base is remembered in *invalid) and hex
 * ones for base 16. */
static const unsigned char *digits(const unsigned char *p, const unsigned char *end,
                                   unsigned base, const unsigned char **invalid,
                                   bool *seen_digit, bool *seen_sep) {
    for (; p < end; p++) {
        if (*p == '_') {
            *seen_sep = true;
        } else if (base == 16 ? is_hex(*p) : is_decimal(*p)) {
            *seen_digit = true;
            if (base < 10 && *p >= '0' + base && invalid && !*invalid)
                *invalid = p;
        } else {
            break;
        }
    }
    return p;
}

/* The offset of the first '_' in s[0..n) that does not separate two digits
 * (a 0x/0o/0b prefix counts as a digit), or -1.  "1__0" -> 2, "1_" -> 1,
 * "0x_1" -> -1, "1_.5" -> 1. */
static long bad_separator(const unsigned char *s, size_t n) {
    bool hex = false;
    char prev = '.'; /* what came before: '0' a digit, '_', or '.' anything else */
    size_t i = 0;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'x' || lower(s[1]) == 'o' || lower(s[1]) == 'b')) {
        hex = lower(s[1]) == 'x';
        prev = '0';
        i = 2;
    }
    for (; i < n; i++) {
        if (s[i] == '_') {
            if (prev != '0')
                return (long)i;
            prev = '_';
        } else if (is_decimal(s[i]) || (hex && is_hex(s[i]))) {
            prev = '0';
        } else {
            if (prev == '_')
                return (long)i - 1;
            prev = '.';
        }
    }
    return prev == '_' ? (long)n - 1 : -1;
}

static Token number(Lexer *lx) {
    const unsigned char *p = lx->tok, *end = lx->cur, *invalid = NULL;
    TokenKind kind = TOK_INT;
    unsigned base = 10;
    char prefix = 0; /* 0 (decimal), '0' (leading-0 octal), 'x', 'o' or 'b' */
    bool digit = false, sep = false, ok = true;

    if (*p != '.') { /* integer part */
        if (*p == '0') {
            p++;
            int c = p < end ? lower(*p) : 0;
            if (c == 'x' || c == 'o' || c == 'b') {
                p++;
                base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
                prefix = (char)c;
            } else {
                base = 8, prefix = '0', digit = true; /* the 0 itself */
            }
        }
        p = digits(p, end, base, &invalid, &digit, &sep);
        if (p < end && *p == '.') {
            if (prefix == 'o' || prefix == 'b') {
                error_at(lx, p, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            kind = TOK_FLOAT;
            p = digits(p + 1, end, base, &invalid, &digit, &sep);
        }
    } else { /* .5 */
        kind = TOK_FLOAT;
        p = digits(p + 1, end, base, &invalid, &digit, &sep);
    }
    if (!digit && ok) {
        error_at(lx, p, "%s literal has no digits", base_name(base));
        ok = false;
    }

    if (p < end && (lower(*p) == 'e' || lower(*p) == 'p')) {
        if (ok && lower(*p) == 'e' && prefix != 0 && prefix != '0') {
            error_at(lx, p, "'%c' exponent requires decimal mantissa", *p);
            ok = false;
        } else if (ok && lower(*p) == 'p' && prefix != 'x') {
            error_at(lx, p, "'%c' exponent requires hexadecimal mantissa", *p);
            ok = false;
        }
        kind = TOK_FLOAT;
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        bool exp_digit = false;
        p = digits(p, end, 10, NULL, &exp_digit, &sep);
        if (!exp_digit && ok) {
            error_at(lx, p, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == TOK_FLOAT && ok) {
        error_at(lx, p, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (p < end && *p == 'i')
        kind = TOK_IMAG;

    /* 0128.5 and 09i are fine: only an integer must be octal after a 0 */
    if (kind == TOK_INT && invalid && ok) {
        error_at(lx, invalid, "invalid digit '%c' in %s literal", *invalid, base_name(base));
        ok = false;
    }
    if (sep && ok) {
        long i = bad_separator(lx->tok, (size_t)(end - lx->tok));
        if (i >= 0) {
            error_at(lx, lx->tok + i, "'_' must separate successive digits");
            ok = false;
        }
    }
    Token t = token(lx, kind, spelling(lx));
    t.bad = !ok;
    return t;
}

/* ---- escapes, strings and runes --------------------------------------------
 * spec: escaped_char = `\` ( "a" | "b" | "f" | "n" | "r" | "t" | "v" | `\` | "'" | `"` ) .
 *       octal_byte_value = `\` octal_digit octal_digit octal_digit .
 *       hex_byte_value   = `\` "x" hex_digit hex_digit .
 *       little_u_value   = `\` "u" hex_digit hex_digit hex_digit hex_digit .
 *       big_u_value      = `\` "U" hex_digit ... (8 of them) .
 * `\'` is valid only in rune literals and `\"` only in strings. */

typedef struct Escape {
    int32_t value;
    bool is_byte; /* \x and octal: a byte in a string, not a rune's UTF-8 */
} Escape;

/* Reads the escape after a backslash at *pp, reporting gc's errors.  Stops
 * before the offending character, as gc does, so the caller sees it next.
 * At the end of the file it returns true: the caller reports that. */
static bool escape(Lexer *lx, const unsigned char **pp, unsigned char quote, Escape *e) {
    const unsigned char *p = *pp;
    int ndigits;
    unsigned base;
    uint32_t max;

    e->value = 0;
    e->is_byte = false;
    if (p == lx->lim)
        return true;
    if (*p == quote || *p == '\\' || escape_pair(0, *p)) {
        e->value = *p == quote || *p == '\\' ? *p : escape_pair(0, *p);
        *pp = p + 1;
        return true;
    }
    if (*p >= '0' && *p <= '7') {
        ndigits = 3, base = 8, max = 255, e->is_byte = true;
    } else if (*p == 'x') {
        p++, ndigits = 2, base = 16, max = 255, e->is_byte = true;
    } else if (*p == 'u') {
        p++, ndigits = 4, base = 16, max = 0x10FFFF;
    } else if (*p == 'U') {
        p++, ndigits = 8, base = 16, max = 0x10FFFF;
    } else {
        error_at(lx, p, "unknown escape");
        *pp = p;
        return false;
    }

    uint32_t x = 0;
    for (int i = 0; i < ndigits; i++, p++) {
        if (p == lx->lim) {
            *pp = p;
            return true;
        }
        int w;
        int32_t c = utf8_decode(p, (size_t)(lx->lim - p), &w);
        unsigned d = digit_value(c, base);
        if (d == base) {
            char q[32];
            format_quoted(q, sizeof q, c);
            error_at(lx, p, "invalid character %s in %s escape", q, base_name(base));
            *pp = p;
            return false;
        }
        x = x * base + d;
    }
    *pp = p;
    if (base == 8 && x > max) {
        error_at(lx, p, "octal escape value %u > 255", (unsigned)x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        char u[32];
        format_unicode(u, sizeof u, (int32_t)x);
        error_at(lx, p, "escape is invalid Unicode code point %s", u);
        return false;
    }
    e->value = (int32_t)x;
    return true;
}

static void scratch_put(Lexer *lx, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        vec_push(lx->comp->arena, &lx->scratch, s[i]);
}

static Token string_token(Lexer *lx, bool ok) {
    Token t = token(lx, TOK_STRING, spelling(lx));
    t.bad = !ok;
    t.str_len = ok ? (size_t)lx->scratch.len : 0; /* a bad one's value is "" */
    t.str = arena_strndup(lx->comp->arena, t.str_len ? lx->scratch.data : "", t.str_len);
    return t;
}

/* spec: interpreted_string_lit = `"` { unicode_value | byte_value } `"` . */
static Token interpreted_string(Lexer *lx) {
    const unsigned char *p = lx->cur; /* after the opening quote */
    bool ok = true;
    lx->scratch.len = 0;
    for (;;) {
        if (p == lx->lim) {
            error_at(lx, lx->tok, "string not terminated");
            ok = false;
            break;
        }
        if (*p == '"') {
            p++;
            break;
        }
        if (*p == '\n') {
            error_at(lx, p, "newline in string");
            ok = false;
            break;
        }
        if (*p == '\\') {
            Escape e;
            p++;
            if (!escape(lx, &p, '"', &e)) {
                ok = false;
            } else if (e.is_byte) {
                char b = (char)e.value;
                scratch_put(lx, &b, 1);
            } else {
                char enc[4];
                scratch_put(lx, enc, (size_t)utf8_encode(enc, e.value));
            }
            continue;
        }
        scratch_put(lx, (const char *)p, 1);
        p++;
    }
    lx->cur = p;
    return string_token(lx, ok);
}

/* spec: raw_string_lit = "`" { unicode_char | newline } "`" .
 * "Carriage return characters ('\r') inside raw string literals are
 * discarded from the raw string value" (and, here, from its text too). */
static Token raw_string(Lexer *lx) {
    const unsigned char *p = lx->cur;
    bool ok = true;
    lx->scratch.len = 0;
    while (p < lx->lim && *p != '`') {
        if (*p != '\r')
            scratch_put(lx, (const char *)p, 1);
        p++;
    }
    if (p == lx->lim) {
        error_at(lx, lx->tok, "string not terminated");
        ok = false;
    } else {
        p++;
    }
    lx->cur = p;
    Token t = string_token(lx, ok);
    /* the text is the value between backquotes, without its CRs */
    StrBuf b = {0};
    sb_putc(&b, '`');
    sb_putn(&b, lx->scratch.data ? lx->scratch.data : "", (size_t)lx->scratch.len);
    if (ok)
        sb_putc(&b, '`');
    t.text = arena_strdup(lx->comp->arena, b.data);
    sb_free(&b);
    return t;
}

/* spec: rune_lit = "'" ( unicode_value | byte_value ) "'" .
 * Only the first error of a rune literal is reported, as gc does. */
static Token rune_literal(Lexer *lx) {
    const unsigned char *p = lx->cur;
    bool ok = true;
    int32_t value = 0;
    for (int n = 0;; n++) {
        if (p == lx->lim) {
            if (ok)
                error_at(lx, lx->tok, "rune literal not terminated");
            ok = false;
            break;
        }
        if (*p == '\'') {
            if (ok && n == 0)
                error_at(lx, p, "empty rune literal or unescaped '");
            else if (ok && n != 1)
                error_at(lx, lx->tok, "more than one character in rune literal");
            ok = ok && n == 1;
            p++;
            break;
        }
        if (*p == '\n') {
            if (ok)
                error_at(lx, p, "newline in rune literal");
            ok = false;
            break;
        }
        if (*p == '\\') {
            Escape e;
            p++;
            if (!escape(lx, &p, '\'', &e))
                ok = false;
            if (n == 0)
                value = e.value;
            continue;
        }
        int w;
        int32_t r = utf8_decode(p, (size_t)(lx->lim - p), &w);
        if (n == 0)
            value = r;
        p += w;
    }
    lx->cur = p;
    Token t = token(lx, TOK_RUNE, spelling(lx));
    t.bad = !ok;
    t.rune = ok ? value : 0;
    return t;
}

/* ---- comments ---------------------------------------------------------------
 * A line comment is skipped, unless it is a directive, `//go:...`: kept,
 * with whether code precedes it on its line, for the parser to check. */
static void line_comment(Lexer *lx) {
    const unsigned char *text = lx->tok + 2;
    if (lx->cur - text < 3 || memcmp(text, "go:", 3) != 0)
        return;
    bool alone = true;
    for (const unsigned char *q = lx->tok; alone && q > lx->buf && q[-1] != '\n'; q--)
        alone = q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r';
    LexDirective d = {pos_of(lx, text), arena_strndup(lx->comp->arena, (const char *)text,
                                                      (size_t)(lx->cur - text)),
                      alone, TOK_EOF, NOPOS};
    vec_push(lx->comp->arena, &lx->directives, d);
}

/* Skips a general comment whose "/" "*" has been read; reports whether it
 * spans a line, since then it counts as a newline for semicolons. */
static bool general_comment(Lexer *lx) {
    const unsigned char *p = lx->cur;
    bool newline = false;
    for (;;) {
        if (p == lx->lim) {
            error_at(lx, lx->tok, "comment not terminated");
            break;
        }
        if (p[0] == '*' && p[1] == '/') { /* p[1] is at worst the final NUL */
            p += 2;
            break;
        }
        newline |= *p == '\n';
        p++;
    }
    lx->cur = p;
    return newline;
}

/* ---- the scanner ------------------------------------------------------------ */

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "lx->cur";
    re2c:define:YYMARKER = "lx->marker";
    re2c:yyfill:enable = 0;

    nonascii = [\u0080-\U0010FFFF];
    ident    = ([a-zA-Z_] | nonascii) ([a-zA-Z_0-9] | nonascii)*;

    exponent  = [eEpP] [+-]? [0-9_]*;
    pexponent = [pP] [+-]? [0-9_]*;
    decimal   = ([0-9] [0-9_]* ("." [0-9_]*)? | "." [0-9] [0-9_]*) exponent? "i"?;
    hex       = "0" [xX] [0-9a-fA-F_]* ("." [0-9a-fA-F_]*)? pexponent? "i"?;
    octbin    = "0" [oObB] [0-9_]* ("." [0-9_]*)? exponent? "i"?;
*/

/* The next token, or an inserted semicolon; skips white space, comments and
 * invalid characters.  Reads lx->nlsemi but leaves it to lexer_next. */
static Token scan(Lexer *lx) {
    for (;;) {
        lx->tok = lx->cur;
        /*!re2c
        "\x00" {
            if (lx->tok < lx->lim) /* cannot happen: cleaning drops NULs */
                continue;
            lx->cur = lx->tok; /* stay at EOF for later calls */
            return lx->nlsemi ? semicolon(lx, "EOF") : token(lx, TOK_EOF, NULL);
        }
        [ \t\r]+ { continue; }
        "\n"     { if (lx->nlsemi) return semicolon(lx, "newline"); continue; }
        "//" [^\n\x00]* { line_comment(lx); continue; }
        "/*" {
            if (general_comment(lx) && lx->nlsemi)
                return semicolon(lx, "newline");
            continue;
        }

        "break"       { return name(lx, TOK_BREAK); }
        "case"        { return name(lx, TOK_CASE); }
        "chan"        { return name(lx, TOK_CHAN); }
        "const"       { return name(lx, TOK_CONST); }
        "continue"    { return name(lx, TOK_CONTINUE); }
        "default"     { return name(lx, TOK_DEFAULT); }
        "defer"       { return name(lx, TOK_DEFER); }
        "else"        { return name(lx, TOK_ELSE); }
        "fallthrough" { return name(lx, TOK_FALLTHROUGH); }
        "for"         { return name(lx, TOK_FOR); }
        "func"        { return name(lx, TOK_FUNC); }
        "go"          { return name(lx, TOK_GO); }
        "goto"        { return name(lx, TOK_GOTO); }
        "if"          { return name(lx, TOK_IF); }
        "import"      { return name(lx, TOK_IMPORT); }
        "interface"   { return name(lx, TOK_INTERFACE); }
        "map"         { return name(lx, TOK_MAP); }
        "package"     { return name(lx, TOK_PACKAGE); }
        "range"       { return name(lx, TOK_RANGE); }
        "return"      { return name(lx, TOK_RETURN); }
        "select"      { return name(lx, TOK_SELECT); }
        "struct"      { return name(lx, TOK_STRUCT); }
        "switch"      { return name(lx, TOK_SWITCH); }
        "type"        { return name(lx, TOK_TYPE); }
        "var"         { return name(lx, TOK_VAR); }
        ident         { return name(lx, TOK_IDENT); }

        decimal | hex | octbin { return number(lx); }
        ["]  { return interpreted_string(lx); }
        [`]  { return raw_string(lx); }
        [']  { return rune_literal(lx); }

        "+"   { return token(lx, TOK_ADD, NULL); }
        "-"   { return token(lx, TOK_SUB, NULL); }
        "*"   { return token(lx, TOK_MUL, NULL); }
        "/"   { return token(lx, TOK_QUO, NULL); }
        "%"   { return token(lx, TOK_REM, NULL); }
        "&"   { return token(lx, TOK_AND, NULL); }
        "|"   { return token(lx, TOK_OR, NULL); }
        "^"   { return token(lx, TOK_XOR, NULL); }
        "<<"  { return token(lx, TOK_SHL, NULL); }
        ">>"  { return token(lx, TOK_SHR, NULL); }
        "&^"  { return token(lx, TOK_AND_NOT, NULL); }
        "+="  { return token(lx, TOK_ADD_ASSIGN, NULL); }
        "-="  { return token(lx, TOK_SUB_ASSIGN, NULL); }
        "*="  { return token(lx, TOK_MUL_ASSIGN, NULL); }
        "/="  { return token(lx, TOK_QUO_ASSIGN, NULL); }
        "%="  { return token(lx, TOK_REM_ASSIGN, NULL); }
        "&="  { return token(lx, TOK_AND_ASSIGN, NULL); }
        "|="  { return token(lx, TOK_OR_ASSIGN, NULL); }
        "^="  { return token(lx, TOK_XOR_ASSIGN, NULL); }
        "<<=" { return token(lx, TOK_SHL_ASSIGN, NULL); }
        ">>=" { return token(lx, TOK_SHR_ASSIGN, NULL); }
        "&^=" { return token(lx, TOK_AND_NOT_ASSIGN, NULL); }
        "&&"  { return token(lx, TOK_LAND, NULL); }
        "||"  { return token(lx, TOK_LOR, NULL); }
        "<-"  { return token(lx, TOK_ARROW, NULL); }
        "++"  { return token(lx, TOK_INC, NULL); }
        "--"  { return token(lx, TOK_DEC, NULL); }
        "=="  { return token(lx, TOK_EQL, NULL); }
        "<"   { return token(lx, TOK_LSS, NULL); }
        ">"   { return token(lx, TOK_GTR, NULL); }
        "="   { return token(lx, TOK_ASSIGN, NULL); }
        "!"   { return token(lx, TOK_NOT, NULL); }
        "~"   { return token(lx, TOK_TILDE, NULL); }
        "!="  { return token(lx, TOK_NEQ, NULL); }
        "<="  { return token(lx, TOK_LEQ, NULL); }
        ">="  { return token(lx, TOK_GEQ, NULL); }
        ":="  { return token(lx, TOK_DEFINE, NULL); }
        "..." { return token(lx, TOK_ELLIPSIS, NULL); }
        "("   { return token(lx, TOK_LPAREN, NULL); }
        "["   { return token(lx, TOK_LBRACK, NULL); }
        "{"   { return token(lx, TOK_LBRACE, NULL); }
        ","   { return token(lx, TOK_COMMA, NULL); }
        "."   { return token(lx, TOK_PERIOD, NULL); }
        ")"   { return token(lx, TOK_RPAREN, NULL); }
        "]"   { return token(lx, TOK_RBRACK, NULL); }
        "}"   { return token(lx, TOK_RBRACE, NULL); }
        ";"   { return token(lx, TOK_SEMICOLON, NULL); }
        ":"   { return token(lx, TOK_COLON, NULL); }

        * {
            /* only ASCII gets here: every valid non-ASCII rune starts a name */
            char u[32];
            format_unicode(u, sizeof u, *lx->tok);
            error_at(lx, lx->tok, "invalid character %s", u);
            continue;
        }
        */
    }
}

/* ---- the interface ------------------------------------------------------------ */

void lexer_init(Lexer *lx, Compilation *c, SourceFile *f) {
    memset(lx, 0, sizeof *lx);
    lx->comp = c;
    lx->file = f;
    clean_source(lx);
}

/* Every token passes here, so the two pieces of state the grammar depends
 * on are kept in one place. */
Token lexer_next(Lexer *lx) {
    Token t = scan(lx);
    for (; lx->directives_placed < lx->directives.len; lx->directives_placed++) {
        lx->directives.data[lx->directives_placed].next_kind = t.kind;
        lx->directives.data[lx->directives_placed].next_pos = t.pos;
    }
    lx->nlsemi = ends_statement[t.kind];
    switch (t.kind) {
    case TOK_IF: case TOK_FOR: case TOK_SWITCH: case TOK_SELECT:
        lx->body_armed = true;
        break;
    case TOK_LPAREN: case TOK_LBRACK:
        vec_push(lx->comp->arena, &lx->armed_stack, lx->body_armed);
        lx->body_armed = false;
        break;
    case TOK_RPAREN: case TOK_RBRACK: /* unbalanced ones are the parser's to report */
        lx->body_armed = lx->armed_stack.len > 0 && lx->armed_stack.data[--lx->armed_stack.len];
        break;
    case TOK_LBRACE:
        if (lx->body_armed)
            t.kind = TOK_LBODY;
        lx->body_armed = false;
        break;
    default:
        break;
    }
    return t;
}

void lexer_rearm(Lexer *lx, bool armed) { lx->body_armed = armed; }

/* ---- dumping ------------------------------------------------------------------ */

/* Token text on one line: control bytes escaped, everything else as is. */
static void put_text(StrBuf *out, const char *s) {
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\n')
            sb_puts(out, "\\n");
        else if (c == '\t')
            sb_puts(out, "\\t");
        else if (c < ' ' || c == 0x7F)
            sb_printf(out, "\\x%02x", c);
        else
            sb_putc(out, (char)c);
    }
}

void lexer_dump_tokens(StrBuf *out, Compilation *c, SourceFile *f) {
    Lexer lx;
    lexer_init(&lx, c, f);
    for (;;) {
        Token t = lexer_next(&lx);
        Position p = source_position(c->arena, &c->sources, t.pos);
        sb_printf(out, "%d:%d  %s  ", p.line, p.col, token_kind_name(t.kind));
        put_text(out, t.text);
        sb_putc(out, '\n');
        if (t.kind == TOK_EOF)
            break;
    }
}

/* ---- Unicode classes ------------------------------------------------------------
 * Ranges of runes >= 0x80, from Go 1.19's unicode package (Unicode 13.0.0);
 * lexer/README.md has the Go program that printed them.  is_print is exact
 * except for unassigned code points, which Go calls unprintable and we
 * print (they only ever show up inside an error message). */

static bool in_ranges(const uint32_t (*r)[2], size_t n, int32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)c < r[mid][0])
            hi = mid;
        else if ((uint32_t)c > r[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN_TABLE(table, c) in_ranges(table, sizeof table / sizeof table[0], c)

static const uint32_t letter_ranges[][2] = {
    {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6}, {0xD8, 0xF6},
    {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x2EC, 0x2EC},
    {0x2EE, 0x2EE}, {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D},
    {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C},
    {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F},
    {0x531, 0x556}, {0x559, 0x559}, {0x560, 0x588}, {0x5D0, 0x5EA},
    {0x5EF, 0x5F2}, {0x620, 0x64A}, {0x66E, 0x66F}, {0x671, 0x6D3},
    {0x6D5, 0x6D5}, {0x6E5, 0x6E6}, {0x6EE, 0x6EF}, {0x6FA, 0x6FC},
    {0x6FF, 0x6FF}, {0x710, 0x710}, {0x712, 0x72F}, {0x74D, 0x7A5},
    {0x7B1, 0x7B1}, {0x7CA, 0x7EA}, {0x7F4, 0x7F5}, {0x7FA, 0x7FA},
    {0x800, 0x815}, {0x81A, 0x81A}, {0x824, 0x824}, {0x828, 0x828},
    {0x840, 0x858}, {0x860, 0x86A}, {0x8A0, 0x8B4}, {0x8B6, 0x8C7},
    {0x904, 0x939}, {0x93D, 0x93D}, {0x950, 0x950}, {0x958, 0x961},
    {0x971, 0x980}, {0x985, 0x98C}, {0x98F, 0x990}, {0x993, 0x9A8},
    {0x9AA, 0x9B0}, {0x9B2, 0x9B2}, {0x9B6, 0x9B9}, {0x9BD, 0x9BD},
    {0x9CE, 0x9CE}, {0x9DC, 0x9DD}, {0x9DF, 0x9E1}, {0x9F0, 0x9F1},
    {0x9FC, 0x9FC}, {0xA05, 0xA0A}, {0xA0F, 0xA10}, {0xA13, 0xA28},
    {0xA2A, 0xA30}, {0xA32, 0xA33}, {0xA35, 0xA36}, {0xA38, 0xA39},
    {0xA59, 0xA5C}, {0xA5E, 0xA5E}, {0xA72, 0xA74}, {0xA85, 0xA8D},
    {0xA8F, 0xA91}, {0xA93, 0xAA8}, {0xAAA, 0xAB0}, {0xAB2, 0xAB3},
    {0xAB5, 0xAB9}, {0xABD, 0xABD}, {0xAD0, 0xAD0}, {0xAE0, 0xAE1},
    {0xAF9, 0xAF9}, {0xB05, 0xB0C}, {0xB0F, 0xB10}, {0xB13, 0xB28},
    {0xB2A, 0xB30}, {0xB32, 0xB33}, {0xB35, 0xB39}, {0xB3D, 0xB3D},
    {0xB5C, 0xB5D}, {0xB5F, 0xB61}, {0xB71, 0xB71}, {0xB83, 0xB83},
    {0xB85, 0xB8A}, {0xB8E, 0xB90}, {0xB92, 0xB95}, {0xB99, 0xB9A},
    {0xB9C, 0xB9C}, {0xB9E, 0xB9F}, {0xBA3, 0xBA4}, {0xBA8, 0xBAA},
    {0xBAE, 0xBB9}, {0xBD0, 0xBD0}, {0xC05, 0xC0C}, {0xC0E, 0xC10},
    {0xC12, 0xC28}, {0xC2A, 0xC39}, {0xC3D, 0xC3D}, {0xC58, 0xC5A},
    {0xC60, 0xC61}, {0xC80, 0xC80}, {0xC85, 0xC8C}, {0xC8E, 0xC90},
    {0xC92, 0xCA8}, {0xCAA, 0xCB3}, {0xCB5, 0xCB9}, {0xCBD, 0xCBD},
    {0xCDE, 0xCDE}, {0xCE0, 0xCE1}, {0xCF1, 0xCF2}, {0xD04, 0xD0C},
    {0xD0E, 0xD10}, {0xD12, 0xD3A}, {0xD3D, 0xD3D}, {0xD4E, 0xD4E},
    {0xD54, 0xD56}, {0xD5F, 0xD61}, {0xD7A, 0xD7F}, {0xD85, 0xD96},
    {0xD9A, 0xDB1}, {0xDB3, 0xDBB}, {0xDBD, 0xDBD}, {0xDC0, 0xDC6},
    {0xE01, 0xE30}, {0xE32, 0xE33}, {0xE40, 0xE46}, {0xE81, 0xE82},
    {0xE84, 0xE84}, {0xE86, 0xE8A}, {0xE8C, 0xEA3}, {0xEA5, 0xEA5},
    {0xEA7, 0xEB0}, {0xEB2, 0xEB3}, {0xEBD, 0xEBD}, {0xEC0, 0xEC4},
    {0xEC6, 0xEC6}, {0xEDC, 0xEDF}, {0xF00, 0xF00}, {0xF40, 0xF47},
    {0xF49, 0xF6C}, {0xF88, 0xF8C}, {0x1000, 0x102A}, {0x103F, 0x103F},
    {0x1050, 0x1055}, {0x105A, 0x105D}, {0x1061, 0x1061}, {0x1065, 0x1066},
    {0x106E, 0x1070}, {0x1075, 0x1081}, {0x108E, 0x108E}, {0x10A0, 0x10C5},
    {0x10C7, 0x10C7}, {0x10CD, 0x10CD}, {0x10D0, 0x10FA}, {0x10FC, 0x1248},
    {0x124A, 0x124D}, {0x1250, 0x1256}, {0x1258, 0x1258}, {0x125A, 0x125D},
    {0x1260, 0x1288}, {0x128A, 0x128D}, {0x1290, 0x12B0}, {0x12B2, 0x12B5},
    {0x12B8, 0x12BE}, {0x12C0, 0x12C0}, {0x12C2, 0x12C5}, {0x12C8, 0x12D6},
    {0x12D8, 0x1310}, {0x1312, 0x1315}, {0x1318, 0x135A}, {0x1380, 0x138F},
    {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1401, 0x166C}, {0x166F, 0x167F},
    {0x1681, 0x169A}, {0x16A0, 0x16EA}, {0x16F1, 0x16F8}, {0x1700, 0x170C},
    {0x170E, 0x1711}, {0x1720, 0x1731}, {0x1740, 0x1751}, {0x1760, 0x176C},
    {0x176E, 0x1770}, {0x1780, 0x17B3}, {0x17D7, 0x17D7}, {0x17DC, 0x17DC},
    {0x1820, 0x1878}, {0x1880, 0x1884}, {0x1887, 0x18A8}, {0x18AA, 0x18AA},
    {0x18B0, 0x18F5}, {0x1900, 0x191E}, {0x1950, 0x196D}, {0x1970, 0x1974},
    {0x1980, 0x19AB}, {0x19B0, 0x19C9}, {0x1A00, 0x1A16}, {0x1A20, 0x1A54},
    {0x1AA7, 0x1AA7}, {0x1B05, 0x1B33}, {0x1B45, 0x1B4B}, {0x1B83, 0x1BA0},
    {0x1BAE, 0x1BAF}, {0x1BBA, 0x1BE5}, {0x1C00, 0x1C23}, {0x1C4D, 0x1C4F},
    {0x1C5A, 0x1C7D}, {0x1C80, 0x1C88}, {0x1C90, 0x1CBA}, {0x1CBD, 0x1CBF},
    {0x1CE9, 0x1CEC}, {0x1CEE, 0x1CF3}, {0x1CF5, 0x1CF6}, {0x1CFA, 0x1CFA},
    {0x1D00, 0x1DBF}, {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45},
    {0x1F48, 0x1F4D}, {0x1F50, 0x1F57}, {0x1F59, 0x1F59}, {0x1F5B, 0x1F5B},
    {0x1F5D, 0x1F5D}, {0x1F5F, 0x1F7D}, {0x1F80, 0x1FB4}, {0x1FB6, 0x1FBC},
    {0x1FBE, 0x1FBE}, {0x1FC2, 0x1FC4}, {0x1FC6, 0x1FCC}, {0x1FD0, 0x1FD3},
    {0x1FD6, 0x1FDB}, {0x1FE0, 0x1FEC}, {0x1FF2, 0x1FF4}, {0x1FF6, 0x1FFC},
    {0x2071, 0x2071}, {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2102, 0x2102},
    {0x2107, 0x2107}, {0x210A, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211D},
    {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212A, 0x212D},
    {0x212F, 0x2139}, {0x213C, 0x213F}, {0x2145, 0x2149}, {0x214E, 0x214E},
    {0x2183, 0x2184}, {0x2C00, 0x2C2E}, {0x2C30, 0x2C5E}, {0x2C60, 0x2CE4},
    {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3}, {0x2D00, 0x2D25}, {0x2D27, 0x2D27},
    {0x2D2D, 0x2D2D}, {0x2D30, 0x2D67}, {0x2D6F, 0x2D6F}, {0x2D80, 0x2D96},
    {0x2DA0, 0x2DA6}, {0x2DA8, 0x2DAE}, {0x2DB0, 0x2DB6}, {0x2DB8, 0x2DBE},
    {0x2DC0, 0x2DC6}, {0x2DC8, 0x2DCE}, {0x2DD0, 0x2DD6}, {0x2DD8, 0x2DDE},
    {0x2E2F, 0x2E2F}, {0x3005, 0x3006}, {0x3031, 0x3035}, {0x303B, 0x303C},
    {0x3041, 0x3096}, {0x309D, 0x309F}, {0x30A1, 0x30FA}, {0x30FC, 0x30FF},
    {0x3105, 0x312F}, {0x3131, 0x318E}, {0x31A0, 0x31BF}, {0x31F0, 0x31FF},
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFC}, {0xA000, 0xA48C}, {0xA4D0, 0xA4FD},
    {0xA500, 0xA60C}, {0xA610, 0xA61F}, {0xA62A, 0xA62B}, {0xA640, 0xA66E},
    {0xA67F, 0xA69D}, {0xA6A0, 0xA6E5}, {0xA717, 0xA71F}, {0xA722, 0xA788},
    {0xA78B, 0xA7BF}, {0xA7C2, 0xA7CA}, {0xA7F5, 0xA801}, {0xA803, 0xA805},
    {0xA807, 0xA80A}, {0xA80C, 0xA822}, {0xA840, 0xA873}, {0xA882, 0xA8B3},
    {0xA8F2, 0xA8F7}, {0xA8FB, 0xA8FB}, {0xA8FD, 0xA8FE}, {0xA90A, 0xA925},
    {0xA930, 0xA946}, {0xA960, 0xA97C}, {0xA984, 0xA9B2}, {0xA9CF, 0xA9CF},
    {0xA9E0, 0xA9E4}, {0xA9E6, 0xA9EF}, {0xA9FA, 0xA9FE}, {0xAA00, 0xAA28},
    {0xAA40, 0xAA42}, {0xAA44, 0xAA4B}, {0xAA60, 0xAA76}, {0xAA7A, 0xAA7A},
    {0xAA7E, 0xAAAF}, {0xAAB1, 0xAAB1}, {0xAAB5, 0xAAB6}, {0xAAB9, 0xAABD},
    {0xAAC0, 0xAAC0}, {0xAAC2, 0xAAC2}, {0xAADB, 0xAADD}, {0xAAE0, 0xAAEA},
    {0xAAF2, 0xAAF4}, {0xAB01, 0xAB06}, {0xAB09, 0xAB0E}, {0xAB11, 0xAB16},
    {0xAB20, 0xAB26}, {0xAB28, 0xAB2E}, {0xAB30, 0xAB5A}, {0xAB5C, 0xAB69},
    {0xAB70, 0xABE2}, {0xAC00, 0xD7A3}, {0xD7B0, 0xD7C6}, {0xD7CB, 0xD7FB},
    {0xF900, 0xFA6D}, {0xFA70, 0xFAD9}, {0xFB00, 0xFB06}, {0xFB13, 0xFB17},
    {0xFB1D, 0xFB1D}, {0xFB1F, 0xFB28}, {0xFB2A, 0xFB36}, {0xFB38, 0xFB3C},
    {0xFB3E, 0xFB3E}, {0xFB40, 0xFB41}, {0xFB43, 0xFB44}, {0xFB46, 0xFBB1},
    {0xFBD3, 0xFD3D}, {0xFD50, 0xFD8F}, {0xFD92, 0xFDC7}, {0xFDF0, 0xFDFB},
    {0xFE70, 0xFE74}, {0xFE76, 0xFEFC}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
    {0xFF66, 0xFFBE}, {0xFFC2, 0xFFC7}, {0xFFCA, 0xFFCF}, {0xFFD2, 0xFFD7},
    {0xFFDA, 0xFFDC}, {0x10000, 0x1000B}, {0x1000D, 0x10026},
    {0x10028, 0x1003A}, {0x1003C, 0x1003D}, {0x1003F, 0x1004D},
    {0x10050, 0x1005D}, {0x10080, 0x100FA}, {0x10280, 0x1029C},
    {0x102A0, 0x102D0}, {0x10300, 0x1031F}, {0x1032D, 0x10340},
    {0x10342, 0x10349}, {0x10350, 0x10375}, {0x10380, 0x1039D},
    {0x103A0, 0x103C3}, {0x103C8, 0x103CF}, {0x10400, 0x1049D},
    {0x104B0, 0x104D3}, {0x104D8, 0x104FB}, {0x10500, 0x10527},
    {0x10530, 0x10563}, {0x10600, 0x10736}, {0x10740, 0x10755},
    {0x10760, 0x10767}, {0x10800, 0x10805}, {0x10808, 0x10808},
    {0x1080A, 0x10835}, {0x10837, 0x10838}, {0x1083C, 0x1083C},
    {0x1083F, 0x10855}, {0x10860, 0x10876}, {0x10880, 0x1089E},
    {0x108E0, 0x108F2}, {0x108F4, 0x108F5}, {0x10900, 0x10915},
    {0x10920, 0x10939}, {0x10980, 0x109B7}, {0x109BE, 0x109BF},
    {0x10A00, 0x10A00}, {0x10A10, 0x10A13}, {0x10A15, 0x10A17},
    {0x10A19, 0x10A35}, {0x10A60, 0x10A7C}, {0x10A80, 0x10A9C},
    {0x10AC0, 0x10AC7}, {0x10AC9, 0x10AE4}, {0x10B00, 0x10B35},
    {0x10B40, 0x10B55}, {0x10B60, 0x10B72}, {0x10B80, 0x10B91},
    {0x10C00, 0x10C48}, {0x10C80, 0x10CB2}, {0x10CC0, 0x10CF2},
    {0x10D00, 0x10D23}, {0x10E80, 0x10EA9}, {0x10EB0, 0x10EB1},
    {0x10F00, 0x10F1C}, {0x10F27, 0x10F27}, {0x10F30, 0x10F45},
    {0x10FB0, 0x10FC4}, {0x10FE0, 0x10FF6}, {0x11003, 0x11037},
    {0x11083, 0x110AF}, {0x110D0, 0x110E8}, {0x11103, 0x11126},
    {0x11144, 0x11144}, {0x11147, 0x11147}, {0x11150, 0x11172},
    {0x11176, 0x11176}, {0x11183, 0x111B2}, {0x111C1, 0x111C4},
    {0x111DA, 0x111DA}, {0x111DC, 0x111DC}, {0x11200, 0x11211},
    {0x11213, 0x1122B}, {0x11280, 0x11286}, {0x11288, 0x11288},
    {0x1128A, 0x1128D}, {0x1128F, 0x1129D}, {0x1129F, 0x112A8},
    {0x112B0, 0x112DE}, {0x11305, 0x1130C}, {0x1130F, 0x11310},
    {0x11313, 0x11328}, {0x1132A, 0x11330}, {0x11332, 0x11333},
    {0x11335, 0x11339}, {0x1133D, 0x1133D}, {0x11350, 0x11350},
    {0x1135D, 0x11361}, {0x11400, 0x11434}, {0x11447, 0x1144A},
    {0x1145F, 0x11461}, {0x11480, 0x114AF}, {0x114C4, 0x114C5},
    {0x114C7, 0x114C7}, {0x11580, 0x115AE}, {0x115D8, 0x115DB},
    {0x11600, 0x1162F}, {0x11644, 0x11644}, {0x11680, 0x116AA},
    {0x116B8, 0x116B8}, {0x11700, 0x1171A}, {0x11800, 0x1182B},
    {0x118A0, 0x118DF}, {0x118FF, 0x11906}, {0x11909, 0x11909},
    {0x1190C, 0x11913}, {0x11915, 0x11916}, {0x11918, 0x1192F},
    {0x1193F, 0x1193F}, {0x11941, 0x11941}, {0x119A0, 0x119A7},
    {0x119AA, 0x119D0}, {0x119E1, 0x119E1}, {0x119E3, 0x119E3},
    {0x11A00, 0x11A00}, {0x11A0B, 0x11A32}, {0x11A3A, 0x11A3A},
    {0x11A50, 0x11A50}, {0x11A5C, 0x11A89}, {0x11A9D, 0x11A9D},
    {0x11AC0, 0x11AF8}, {0x11C00, 0x11C08}, {0x11C0A, 0x11C2E},
    {0x11C40, 0x11C40}, {0x11C72, 0x11C8F}, {0x11D00, 0x11D06},
    {0x11D08, 0x11D09}, {0x11D0B, 0x11D30}, {0x11D46, 0x11D46},
    {0x11D60, 0x11D65}, {0x11D67, 0x11D68}, {0x11D6A, 0x11D89},
    {0x11D98, 0x11D98}, {0x11EE0, 0x11EF2}, {0x11FB0, 0x11FB0},
    {0x12000, 0x12399}, {0x12480, 0x12543}, {0x13000, 0x1342E},
    {0x14400, 0x14646}, {0x16800, 0x16A38}, {0x16A40, 0x16A5E},
    {0x16AD0, 0x16AED}, {0x16B00, 0x16B2F}, {0x16B40, 0x16B43},
    {0x16B63, 0x16B77}, {0x16B7D, 0x16B8F}, {0x16E40, 0x16E7F},
    {0x16F00, 0x16F4A}, {0x16F50, 0x16F50}, {0x16F93, 0x16F9F},
    {0x16FE0, 0x16FE1}, {0x16FE3, 0x16FE3}, {0x17000, 0x187F7},
    {0x18800, 0x18CD5}, {0x18D00, 0x18D08}, {0x1B000, 0x1B11E},
    {0x1B150, 0x1B152}, {0x1B164, 0x1B167}, {0x1B170, 0x1B2FB},
    {0x1BC00, 0x1BC6A}, {0x1BC70, 0x1BC7C}, {0x1BC80, 0x1BC88},
    {0x1BC90, 0x1BC99}, {0x1D400, 0x1D454}, {0x1D456, 0x1D49C},
    {0x1D49E, 0x1D49F}, {0x1D4A2, 0x1D4A2}, {0x1D4A5, 0x1D4A6},
    {0x1D4A9, 0x1D4AC}, {0x1D4AE, 0x1D4B9}, {0x1D4BB, 0x1D4BB},
    {0x1D4BD, 0x1D4C3}, {0x1D4C5, 0x1D505}, {0x1D507, 0x1D50A},
    {0x1D50D, 0x1D514}, {0x1D516, 0x1D51C}, {0x1D51E, 0x1D539},
    {0x1D53B, 0x1D53E}, {0x1D540, 0x1D544}, {0x1D546, 0x1D546},
    {0x1D54A, 0x1D550}, {0x1D552, 0x1D6A5}, {0x1D6A8, 0x1D6C0},
    {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714},
    {0x1D716, 0x1D734}, {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E},
    {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8}, {0x1D7AA, 0x1D7C2},
    {0x1D7C4, 0x1D7CB}, {0x1E100, 0x1E12C}, {0x1E137, 0x1E13D},
    {0x1E14E, 0x1E14E}, {0x1E2C0, 0x1E2EB}, {0x1E800, 0x1E8C4},
    {0x1E900, 0x1E943}, {0x1E94B, 0x1E94B}, {0x1EE00, 0x1EE03},
    {0x1EE05, 0x1EE1F}, {0x1EE21, 0x1EE22}, {0x1EE24, 0x1EE24},
    {0x1EE27, 0x1EE27}, {0x1EE29, 0x1EE32}, {0x1EE34, 0x1EE37},
    {0x1EE39, 0x1EE39}, {0x1EE3B, 0x1EE3B}, {0x1EE42, 0x1EE42},
    {0x1EE47, 0x1EE47}, {0x1EE49, 0x1EE49}, {0x1EE4B, 0x1EE4B},
    {0x1EE4D, 0x1EE4F}, {0x1EE51, 0x1EE52}, {0x1EE54, 0x1EE54},
    {0x1EE57, 0x1EE57}, {0x1EE59, 0x1EE59}, {0x1EE5B, 0x1EE5B},
    {0x1EE5D, 0x1EE5D}, {0x1EE5F, 0x1EE5F}, {0x1EE61, 0x1EE62},
    {0x1EE64, 0x1EE64}, {0x1EE67, 0x1EE6A}, {0x1EE6C, 0x1EE72},
    {0x1EE74, 0x1EE77}, {0x1EE79, 0x1EE7C}, {0x1EE7E, 0x1EE7E},
    {0x1EE80, 0x1EE89}, {0x1EE8B, 0x1EE9B}, {0x1EEA1, 0x1EEA3},
    {0x1EEA5, 0x1EEA9}, {0x1EEAB, 0x1EEBB}, {0x20000, 0x2A6DD},
    {0x2A700, 0x2B734}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1},
    {0x2CEB0, 0x2EBE0}, {0x2F800, 0x2FA1D}, {0x30000, 0x3134A},
};
static const uint32_t digit_ranges[][2] = {
    {0x660, 0x669}, {0x6F0, 0x6F9}, {0x7C0, 0x7C9}, {0x966, 0x96F},
    {0x9E6, 0x9EF}, {0xA66, 0xA6F}, {0xAE6, 0xAEF}, {0xB66, 0xB6F},
    {0xBE6, 0xBEF}, {0xC66, 0xC6F}, {0xCE6, 0xCEF}, {0xD66, 0xD6F},
    {0xDE6, 0xDEF}, {0xE50, 0xE59}, {0xED0, 0xED9}, {0xF20, 0xF29},
    {0x1040, 0x1049}, {0x1090, 0x1099}, {0x17E0, 0x17E9}, {0x1810, 0x1819},
    {0x1946, 0x194F}, {0x19D0, 0x19D9}, {0x1A80, 0x1A89}, {0x1A90, 0x1A99},
    {0x1B50, 0x1B59}, {0x1BB0, 0x1BB9}, {0x1C40, 0x1C49}, {0x1C50, 0x1C59},
    {0xA620, 0xA629}, {0xA8D0, 0xA8D9}, {0xA900, 0xA909}, {0xA9D0, 0xA9D9},
    {0xA9F0, 0xA9F9}, {0xAA50, 0xAA59}, {0xABF0, 0xABF9}, {0xFF10, 0xFF19},
    {0x104A0, 0x104A9}, {0x10D30, 0x10D39}, {0x11066, 0x1106F},
    {0x110F0, 0x110F9}, {0x11136, 0x1113F}, {0x111D0, 0x111D9},
    {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9},
    {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739},
    {0x118E0, 0x118E9}, {0x11950, 0x11959}, {0x11C50, 0x11C59},
    {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9}, {0x16A60, 0x16A69},
    {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149},
    {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959}, {0x1FBF0, 0x1FBF9},
};
static const uint32_t unprintable_ranges[][2] = {
    {0x80, 0xA0}, {0xAD, 0xAD}, {0x600, 0x605}, {0x61C, 0x61C},
    {0x6DD, 0x6DD}, {0x70F, 0x70F}, {0x8E2, 0x8E2}, {0x1680, 0x1680},
    {0x180E, 0x180E}, {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x2064},
    {0x2066, 0x206F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF},
    {0xFFF9, 0xFFFB}, {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
    {0x13430, 0x13438}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
    {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xF0000, 0xFFFFD},
    {0x100000, 0x10FFFD},
};

static bool is_letter(int32_t r) {
    if (r < 0x80)
        return lower(r) >= 'a' && lower(r) <= 'z';
    return IN_TABLE(letter_ranges, r);
}

static bool is_digit(int32_t r) { return r < 0x80 ? is_decimal(r) : IN_TABLE(digit_ranges, r); }

static bool is_print(int32_t r) {
    if (r < 0x80)
        return r >= ' ' && r < 0x7F;
    return r <= 0x10FFFF && !IN_TABLE(unprintable_ranges, r);
}
