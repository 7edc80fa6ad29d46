/*
 * json.c — a small JSON reader, enough for the files go2c itself writes
 * (`go2c build -json`) and for hand-edited ones: objects, arrays, strings
 * with every escape (\uXXXX too, surrogate pairs joined, encoded back to
 * UTF-8), numbers, true, false and null.  RFC 8259's grammar, by recursive
 * descent; the values live in the caller's arena.
 *
 * go2c writes JSON with escape_write_json (escape/dump.c) and reads it only
 * here, for `go2c allocs diff`.  A parse error says where, as "line:col:
 * message", so that a hand-edited file can be fixed.
 */
#include "driver.h"

#include <stdlib.h>
#include <string.h>

/* Nesting deeper than this is refused rather than recursed into: a file of
 * 100,000 '[' must not overflow the stack. */
enum { MAX_DEPTH = 200 };

typedef struct Parser {
    Arena *arena;
    const char *text, *p, *end;
    const char *error;   /* the first error, "line:col: message" */
} Parser;

static Json *fail(Parser *ps, const char *msg) {
    if (!ps->error) {
        int line = 1, col = 1;
        for (const char *q = ps->text; q < ps->p; q++) {
            if (*q == '\n')
                line++, col = 1;
            else
                col++;
        }
        ps->error = arena_printf(ps->arena, "%d:%d: %s", line, col, msg);
    }
    return NULL;
}

static void skip_space(Parser *ps) {
    while (ps->p < ps->end &&
           (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
        ps->p++;
}

static Json *new_value(Parser *ps, JsonKind kind) {
    Json *v = ARENA_NEW(ps->arena, Json);
    v->kind = kind;
    return v;
}

/* true, false, null */
static Json *parse_word(Parser *ps) {
    static const struct { const char *word; JsonKind kind; bool b; } words[] = {
        {"true", JSON_BOOL, true}, {"false", JSON_BOOL, false},
        {"null", JSON_NULL, false}};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t n = strlen(words[i].word);
        if ((size_t)(ps->end - ps->p) >= n && memcmp(ps->p, words[i].word, n) == 0) {
            ps->p += n;
            Json *v = new_value(ps, words[i].kind);
            v->boolean = words[i].b;
            return v;
        }
    }
    return fail(ps, "invalid character");
}

static bool is_digit(Parser *ps) {
    return ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9';
}

static void skip_digits(Parser *ps) {
    while (is_digit(ps))
        ps->p++;
}

/* -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
static Json *parse_number(Parser *ps) {
    const char *start = ps->p;
    if (*ps->p == '-')
        ps->p++;
    if (!is_digit(ps))
        return fail(ps, "invalid number");
    if (*ps->p == '0')
        ps->p++;
    else
        skip_digits(ps);
    if (ps->p < ps->end && *ps->p == '.') {
        ps->p++;
        if (!is_digit(ps))
            return fail(ps, "invalid number");
        skip_digits(ps);
    }
    if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
        ps->p++;
        if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-'))
            ps->p++;
        if (!is_digit(ps))
            return fail(ps, "invalid number");
        skip_digits(ps);
    }
    Json *v = new_value(ps, JSON_NUMBER);
    char *copy = arena_strndup(ps->arena, start, (size_t)(ps->p - start));
    v->number = strtod(copy, NULL);
    return v;
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* The four hex digits after \u; -1 if they are not. */
static int32_t read_hex4(Parser *ps) {
    if (ps->end - ps->p < 4)
        return -1;
    int32_t r = 0;
    for (int i = 0; i < 4; i++) {
        int h = hex_value(ps->p[i]);
        if (h < 0)
            return -1;
        r = r * 16 + h;
    }
    ps->p += 4;
    return r;
}

/* \uXXXX, and a second \uXXXX when the first is a high surrogate; a lone
 * surrogate becomes U+FFFD, as Go's encoding/json does. */
static bool parse_unicode_escape(Parser *ps, StrBuf *b) {
    int32_t r = read_hex4(ps);
    if (r < 0)
        return false;
    if (r >= 0xD800 && r < 0xDC00 && ps->end - ps->p >= 6 && ps->p[0] == '\\' &&
        ps->p[1] == 'u') {
        const char *save = ps->p;
        ps->p += 2;
        int32_t lo = read_hex4(ps);
        if (lo >= 0xDC00 && lo < 0xE000)
            r = 0x10000 + ((r - 0xD800) << 10) + (lo - 0xDC00);
        else
            ps->p = save;
    }
    if (r >= 0xD800 && r < 0xE000)
        r = RUNE_ERROR;
    char buf[4];
    sb_putn(b, buf, (size_t)utf8_encode(buf, r));
    return true;
}

static bool parse_escape(Parser *ps, StrBuf *b) {
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    if (ps->p >= ps->end)
        return false;
    char c = *ps->p++;
    if (c == 'u')
        return parse_unicode_escape(ps, b);
    const char *k = strchr(from, c);
    if (!k || !c)
        return false;
    sb_putc(b, to[k - from]);
    return true;
}

/* The string at ps->p (which is '"'), unescaped, NUL-terminated in the
 * arena; *len is its length in bytes. */
static const char *parse_raw_string(Parser *ps, size_t *len) {
    ps->p++;
    StrBuf b = {0};
    const char *result = NULL;
    while (ps->p < ps->end) {
        unsigned char c = (unsigned char)*ps->p;
        if (c == '"') {
            ps->p++;
            result = arena_strndup(ps->arena, b.data ? b.data : "", b.len);
            *len = b.len;
            break;
        }
        if (c < 0x20) {
            fail(ps, "control character in string");
            break;
        }
        ps->p++;
        if (c != '\\') {
            sb_putc(&b, (char)c);
            continue;
        }
        if (!parse_escape(ps, &b)) {
            fail(ps, "invalid escape in string");
            break;
        }
    }
    if (!result)
        fail(ps, "unterminated string");
    sb_free(&b);
    return result;
}

static Json *parse_string(Parser *ps) {
    size_t len = 0;
    const char *s = parse_raw_string(ps, &len);
    if (!s)
        return NULL;
    Json *v = new_value(ps, JSON_STRING);
    v->string = s;
    v->string_len = len;
    return v;
}

static Json *parse_value(Parser *ps, int depth);

typedef Vec(Json *) JsonVec;
typedef Vec(const char *) KeyVec;

/* [ value, ... ] or { "key": value, ... }; close is ']' or '}'. */
static Json *parse_container(Parser *ps, int depth, JsonKind kind, char close) {
    if (depth >= MAX_DEPTH)
        return fail(ps, "too deeply nested");
    ps->p++;
    Json *v = new_value(ps, kind);
    JsonVec items = {0};
    KeyVec keys = {0};
    skip_space(ps);
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        return v;
    }
    for (;;) {
        const char *key = NULL;
        skip_space(ps);
        if (kind == JSON_OBJECT) {
            size_t len;
            if (ps->p >= ps->end || *ps->p != '"')
                return fail(ps, "expected a string key");
            if (!(key = parse_raw_string(ps, &len)))
                return NULL;
            skip_space(ps);
            if (ps->p >= ps->end || *ps->p != ':')
                return fail(ps, "expected ':' after a key");
            ps->p++;
        }
        Json *item = parse_value(ps, depth + 1);
        if (!item)
            return NULL;
        vec_push(ps->arena, &items, item);
        if (kind == JSON_OBJECT)
            vec_push(ps->arena, &keys, key);
        skip_space(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == close) {
            ps->p++;
            break;
        }
        return fail(ps, close == ']' ? "expected ',' or ']'" : "expected ',' or '}'");
    }
    v->items = items.data;
    v->keys = keys.data;
    v->len = items.len;
    return v;
}

static Json *parse_value(Parser *ps, int depth) {
    skip_space(ps);
    if (ps->p >= ps->end)
        return fail(ps, "unexpected end of input");
    switch (*ps->p) {
    case '{': return parse_container(ps, depth, JSON_OBJECT, '}');
    case '[': return parse_container(ps, depth, JSON_ARRAY, ']');
    case '"': return parse_string(ps);
    case '-': return parse_number(ps);
    default:
        if (*ps->p >= '0' && *ps->p <= '9')
            return parse_number(ps);
        return parse_word(ps);
    }
}

Json *json_parse(Arena *a, const char *text, size_t len, const char **error) {
    Parser ps = {a, text, text, text + len, NULL};
    Json *v = parse_value(&ps, 0);
    if (v) {
        skip_space(&ps);
        if (ps.p < ps.end)
            v = fail(&ps, "text after the value");
    }
    *error = ps.error;
    return v;
}

const Json *json_get(const Json *obj, const char *key) {
    if (!obj || obj->kind != JSON_OBJECT)
        return NULL;
    for (int i = 0; i < obj->len; i++)
        if (strcmp(obj->keys[i], key) == 0)
            return obj->items[i];
    return NULL;
}

const char *json_string(const Json *obj, const char *key, const char *dflt) {
    const Json *v = json_get(obj, key);
    return v && v->kind == JSON_STRING ? v->string : dflt;
}

double json_number(const Json *obj, const char *key, double dflt) {
    const Json *v = json_get(obj, key);
    return v && v->kind == JSON_NUMBER ? v->number : dflt;
}
