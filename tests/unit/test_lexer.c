/*
 * test_lexer.c — unit tests for phase 1, the lexer (lexer/lexer.re).
 *
 * Every token class, every escape and its decoded value, the number forms,
 * automatic semicolons, the BOM, body braces, and every lexical error with
 * its message and line:col.  The expected errors were produced by running
 * Go 1.19's compiler (`go tool compile`) on each snippet, so they are gc's
 * words at gc's positions.
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"

/* ---- helpers --------------------------------------------------------- */

enum { MAX_TOKENS = 4096 };

typedef struct Lexed {
    Compilation *c;
    SourceFile *f;
    Token tok[MAX_TOKENS];
    int n;
} Lexed;

/* Lexes src[0..len) to the end; the result is freed with done(). */
static Lexed *lex_n(const char *src, size_t len) {
    Lexed *l = calloc(1, sizeof *l);
    ck_assert_ptr_nonnull(l);
    l->c = compilation_new();
    l->f = source_add(l->c->arena, &l->c->sources, "t.go", src, len);
    Lexer lx;
    lexer_init(&lx, l->c, l->f);
    do
        l->tok[l->n] = lexer_next(&lx);
    while (l->tok[l->n++].kind != TOK_EOF && l->n < MAX_TOKENS);
    return l;
}

static Lexed *lex(const char *src) { return lex_n(src, strlen(src)); }

static void done(Lexed *l) {
    compilation_free(l->c);
    free(l);
}

/* "KIND KIND ..." of every token before EOF. */
static void kinds(const char *src, char *buf, size_t size) {
    Lexed *l = lex(src);
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < l->n && l->tok[i].kind != TOK_EOF; i++)
        n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%s", i ? " " : "",
                              token_kind_name(l->tok[i].kind));
    done(l);
}

/* The diagnostics as the driver prints them, "line:col: msg\n" each. */
static char *errors_of(Lexed *l) {
    char *text = NULL;
    size_t size = 0;
    FILE *fp = open_memstream(&text, &size);
    ck_assert_ptr_nonnull(fp);
    if (diag_count(&l->c->diags))
        diag_print(&l->c->diags, &l->c->sources, fp);
    fclose(fp);
    /* drop the "t.go:" in front of each line */
    char *out = calloc(1, size + 1), *o = out;
    for (const char *s = text; *s;) {
        if (strncmp(s, "t.go:", 5) == 0)
            s += 5;
        while (*s && *s != '\n')
            *o++ = *s++;
        if (*s)
            *o++ = *s++;
    }
    free(text);
    return out;
}

#define CHECK_KINDS(src, want)                                                 \
    do {                                                                       \
        char got_[2048];                                                       \
        kinds((src), got_, sizeof got_);                                       \
        ck_assert_str_eq(got_, (want));                                        \
    } while (0)

#define CHECK_ERRORS_N(src, len, want)                                         \
    do {                                                                       \
        Lexed *l_ = lex_n((src), (len));                                       \
        char *got_ = errors_of(l_);                                            \
        ck_assert_msg(strcmp(got_, (want)) == 0, "lexing %s\nwant: %sgot:  %s", \
                      (src), (want), got_);                                    \
        free(got_);                                                            \
        done(l_);                                                              \
    } while (0)

#define CHECK_ERRORS(src, want) CHECK_ERRORS_N((src), strlen(src), (want))
#define CHECK_NO_ERRORS(src) CHECK_ERRORS((src), "")

static Position pos_of(Lexed *l, Pos p) {
    return source_position(l->c->arena, &l->c->sources, p);
}


/* ---- token classes ---------------------------------------------------- */

START_TEST(test_operators) {
    /* every operator and punctuation token, spelled as the spec lists them */
    static const struct { const char *src; TokenKind kind; } ops[] = {
        {"+", TOK_ADD}, {"-", TOK_SUB}, {"*", TOK_MUL}, {"/", TOK_QUO},
        {"%", TOK_REM}, {"&", TOK_AND}, {"|", TOK_OR}, {"^", TOK_XOR},
        {"<<", TOK_SHL}, {">>", TOK_SHR}, {"&^", TOK_AND_NOT},
        {"+=", TOK_ADD_ASSIGN}, {"-=", TOK_SUB_ASSIGN}, {"*=", TOK_MUL_ASSIGN},
        {"/=", TOK_QUO_ASSIGN}, {"%=", TOK_REM_ASSIGN}, {"&=", TOK_AND_ASSIGN},
        {"|=", TOK_OR_ASSIGN}, {"^=", TOK_XOR_ASSIGN}, {"<<=", TOK_SHL_ASSIGN},
        {">>=", TOK_SHR_ASSIGN}, {"&^=", TOK_AND_NOT_ASSIGN}, {"&&", TOK_LAND},
        {"||", TOK_LOR}, {"<-", TOK_ARROW}, {"++", TOK_INC}, {"--", TOK_DEC},
        {"==", TOK_EQL}, {"<", TOK_LSS}, {">", TOK_GTR}, {"=", TOK_ASSIGN},
        {"!", TOK_NOT}, {"~", TOK_TILDE}, {"!=", TOK_NEQ}, {"<=", TOK_LEQ},
        {">=", TOK_GEQ}, {":=", TOK_DEFINE}, {"...", TOK_ELLIPSIS},
        {"(", TOK_LPAREN}, {"[", TOK_LBRACK}, {"{", TOK_LBRACE}, {",", TOK_COMMA},
        {".", TOK_PERIOD}, {")", TOK_RPAREN}, {"]", TOK_RBRACK}, {"}", TOK_RBRACE},
        {";", TOK_SEMICOLON}, {":", TOK_COLON},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        Lexed *l = lex(ops[i].src);
        ck_assert_msg(l->tok[0].kind == ops[i].kind, "%s lexed as %s", ops[i].src,
                      token_kind_name(l->tok[0].kind));
        ck_assert_str_eq(l->tok[0].text, ops[i].src);
        ck_assert_str_eq(token_spelling(ops[i].kind), ops[i].src);
        ck_assert_int_eq(l->tok[0].end - l->tok[0].pos, (int)strlen(ops[i].src));
        ck_assert_int_eq(diag_count(&l->c->diags), 0);
        done(l);
    }
}
END_TEST

START_TEST(test_longest_match) {
    CHECK_KINDS("a<<=b>>c&^d", "IDENT SHL_ASSIGN IDENT SHR IDENT AND_NOT IDENT SEMICOLON");
    CHECK_KINDS("x...", "IDENT ELLIPSIS");
    CHECK_KINDS("x..y", "IDENT PERIOD PERIOD IDENT SEMICOLON");
    CHECK_KINDS("a<-b<=c", "IDENT ARROW IDENT LEQ IDENT SEMICOLON");
    CHECK_KINDS("a&&b||!c", "IDENT LAND IDENT LOR NOT IDENT SEMICOLON");
    CHECK_KINDS("x+++y", "IDENT INC ADD IDENT SEMICOLON");
    CHECK_KINDS("a/b", "IDENT QUO IDENT SEMICOLON");
}
END_TEST

START_TEST(test_keywords) {
    static const char *const words[] = {
        "break", "case", "chan", "const", "continue", "default", "defer", "else",
        "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
        "map", "package", "range", "return", "select", "struct", "switch", "type",
        "var",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        Lexed *l = lex(words[i]);
        ck_assert_int_eq(l->tok[0].kind, TOK_BREAK + (int)i);
        ck_assert_str_eq(l->tok[0].text, words[i]);
        done(l);
    }
    /* a keyword only when the whole name is one */
    CHECK_KINDS("iff _if if_ If goto2 func\xc3\xa9", "IDENT IDENT IDENT IDENT IDENT IDENT SEMICOLON");
}
END_TEST

START_TEST(test_identifiers) {
    Lexed *l = lex("_ x1 _x9_ \xc3\xa9t\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac x\xd9\xa0 \xc3\x80" "b");
    const char *want[] = {"_", "x1", "_x9_", "\xc3\xa9t\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac",
                          "x\xd9\xa0", "\xc3\x80\x62"};
    for (int i = 0; i < 7; i++) {
        ck_assert_int_eq(l->tok[i].kind, TOK_IDENT);
        ck_assert_str_eq(l->tok[i].text, want[i]);
    }
    /* positions count bytes, as gc's columns do */
    ck_assert_int_eq(pos_of(l, l->tok[3].pos).col, 11);
    ck_assert_int_eq(l->tok[3].end - l->tok[3].pos, 5);
    ck_assert_int_eq(pos_of(l, l->tok[4].pos).col, 17);
    ck_assert_int_eq(diag_count(&l->c->diags), 0);
    done(l);
}
END_TEST

START_TEST(test_integers) {
    static const char *const ints[] = {
        "0", "42", "1_000_000", "0x1F", "0XaBcD", "0x_1f", "0o17", "0O7_7", "017",
        "0_17", "0b1010", "0B_1", "0600", "170141183460469231731687303715884105727",
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        Lexed *l = lex(ints[i]);
        ck_assert_msg(l->tok[0].kind == TOK_INT, "%s", ints[i]);
        ck_assert_str_eq(l->tok[0].text, ints[i]);
        ck_assert(!l->tok[0].bad);
        ck_assert_int_eq(diag_count(&l->c->diags), 0);
        done(l);
    }
}
END_TEST

START_TEST(test_floats) {
    static const char *const floats[] = {
        "0.", "1.5", ".25", "1e10", "1E-5", "6.67428e-11", "1_5.0_1e+1_0", "0128.5",
        "08.5", "0e0", "0x1p-2", "0x1.8p1", "0X.8P0", "0x_1_f.8p-1_0", "0x1p1_0", "1.e2",
    };
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        Lexed *l = lex(floats[i]);
        ck_assert_msg(l->tok[0].kind == TOK_FLOAT, "%s", floats[i]);
        ck_assert_str_eq(l->tok[0].text, floats[i]);
        ck_assert_int_eq(diag_count(&l->c->diags), 0);
        done(l);
    }
}
END_TEST

START_TEST(test_imaginary) {
    static const char *const imags[] = {
        "0i", "1i", "1.5i", ".5i", "1e3i", "0x1p-2i", "0o17i", "0b1i", "017i", "09i", "0x10i",
    };
    for (size_t i = 0; i < sizeof imags / sizeof imags[0]; i++) {
        Lexed *l = lex(imags[i]);
        ck_assert_msg(l->tok[0].kind == TOK_IMAG, "%s", imags[i]);
        ck_assert_str_eq(l->tok[0].text, imags[i]);
        ck_assert_int_eq(diag_count(&l->c->diags), 0);
        done(l);
    }
}
END_TEST

START_TEST(test_number_boundaries) {
    /* e is a hex digit, so 0x1e+2 is a sum, not an exponent */
    CHECK_KINDS("0x1e+2", "INT ADD INT SEMICOLON");
    CHECK_KINDS("1..2", "FLOAT FLOAT SEMICOLON");
    CHECK_KINDS("1...", "FLOAT PERIOD PERIOD");
    CHECK_KINDS("x.5", "IDENT FLOAT SEMICOLON");
    CHECK_KINDS("1x", "INT IDENT SEMICOLON");
    CHECK_KINDS("0x1p1.5", "FLOAT FLOAT SEMICOLON");
    CHECK_KINDS("1.5.x", "FLOAT PERIOD IDENT SEMICOLON");
    CHECK_KINDS("0_x", "INT IDENT SEMICOLON");
    CHECK_KINDS("2ii", "IMAG IDENT SEMICOLON");
}
END_TEST

/* ---- strings and runes ------------------------------------------------ */

START_TEST(test_string_escapes) {
    static const struct { const char *src; const char *value; size_t len; } strs[] = {
        {"\"\"", "", 0},
        {"\"abc\"", "abc", 3},
        {"\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\a\b\f\n\r\t\v\\\"", 9},
        {"\"\\101\\000\\377\"", "A\0\377", 3},
        {"\"\\x41\\xfF\\x00\"", "A\xff\0", 3},
        {"\"\\u00e9\\u65e5\"", "\xc3\xa9\xe6\x97\xa5", 5},
        {"\"\\U0001F600\\U0010FFFF\"", "\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf", 8},
        {"\"\xe6\x97\xa5\xe6\x9c\xac\"", "\xe6\x97\xa5\xe6\x9c\xac", 6},
        {"\"a\rb\"", "a\rb", 3},
        {"\"'\"", "'", 1},
        {"\"\\uFFFD\\xef\\xbf\\xbd\"", "\xef\xbf\xbd\xef\xbf\xbd", 6},
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        Lexed *l = lex(strs[i].src);
        ck_assert_int_eq(l->tok[0].kind, TOK_STRING);
        ck_assert_str_eq(l->tok[0].text, strs[i].src);
        ck_assert_msg(l->tok[0].str_len == strs[i].len, "%s: length %zu", strs[i].src,
                      l->tok[0].str_len);
        ck_assert(memcmp(l->tok[0].str, strs[i].value, strs[i].len) == 0);
        ck_assert(!l->tok[0].bad);
        ck_assert_int_eq(diag_count(&l->c->diags), 0);
        done(l);
    }
}
END_TEST

START_TEST(test_raw_strings) {
    Lexed *l = lex("`a\\n\"b`  `line1\r\nline2\r` `` x");
    ck_assert_int_eq(l->tok[0].kind, TOK_STRING);
    ck_assert_str_eq(l->tok[0].str, "a\\n\"b");
    ck_assert_str_eq(l->tok[1].text, "`line1\nline2`"); /* CRs are dropped */
    ck_assert_uint_eq(l->tok[1].str_len, 11);
    ck_assert_str_eq(l->tok[1].str, "line1\nline2");
    ck_assert_uint_eq(l->tok[2].str_len, 0);
    /* the token after a multi-line raw string is placed right */
    Position p = pos_of(l, l->tok[3].pos);
    ck_assert_int_eq(p.line, 2);
    ck_assert_int_eq(p.col, 12);
    ck_assert_int_eq(diag_count(&l->c->diags), 0);
    done(l);
}
END_TEST

START_TEST(test_runes) {
    static const struct { const char *src; int32_t value; } runes[] = {
        {"'a'", 'a'}, {"' '", ' '}, {"'\"'", '"'}, {"'\xc3\xa9'", 0xE9},
        {"'\xe6\x97\xa5'", 0x65E5}, {"'\xf0\x9f\x98\x80'", 0x1F600},
        {"'\\a'", 7}, {"'\\b'", 8}, {"'\\f'", 12}, {"'\\n'", 10}, {"'\\r'", 13},
        {"'\\t'", 9}, {"'\\v'", 11}, {"'\\\\'", '\\'}, {"'\\''", '\''},
        {"'\\000'", 0}, {"'\\377'", 255}, {"'\\x41'", 'A'}, {"'\\xff'", 255},
        {"'\\u00e9'", 0xE9}, {"'\\U0010FFFF'", 0x10FFFF}, {"'\\uFFFD'", 0xFFFD},
    };
    for (size_t i = 0; i < sizeof runes / sizeof runes[0]; i++) {
        Lexed *l = lex(runes[i].src);
        ck_assert_int_eq(l->tok[0].kind, TOK_RUNE);
        ck_assert_str_eq(l->tok[0].text, runes[i].src);
        ck_assert_msg(l->tok[0].rune == runes[i].value, "%s is %d", runes[i].src,
                      (int)l->tok[0].rune);
        ck_assert(!l->tok[0].bad);
        ck_assert_int_eq(diag_count(&l->c->diags), 0);
        done(l);
    }
}
END_TEST

START_TEST(test_bad_literals_are_marked) {
    Lexed *l = lex("\"\\q\" 'ab' 08 1 \"ok\" `x");
    ck_assert(l->tok[0].bad);
    ck_assert_uint_eq(l->tok[0].str_len, 0);
    ck_assert(l->tok[1].bad);
    ck_assert_int_eq(l->tok[1].kind, TOK_RUNE);
    ck_assert(l->tok[2].bad);
    ck_assert(!l->tok[3].bad);
    ck_assert(!l->tok[4].bad);
    ck_assert(l->tok[5].bad);
    ck_assert_int_eq(l->tok[5].kind, TOK_STRING);
    done(l);
}
END_TEST

/* ---- comments ------------------------------------------------------------ */

START_TEST(test_comments) {
    CHECK_KINDS("a // b c\nd", "IDENT SEMICOLON IDENT SEMICOLON");
    CHECK_KINDS("a /* b */ c", "IDENT IDENT SEMICOLON");
    CHECK_KINDS("/* x */ a /**/ + /*/ */ b", "IDENT ADD IDENT SEMICOLON");
    CHECK_KINDS("a /***/", "IDENT SEMICOLON");
    CHECK_KINDS("a // only a comment", "IDENT SEMICOLON");
    CHECK_KINDS("a /* // */ b", "IDENT IDENT SEMICOLON");
    CHECK_KINDS("a // /* \n b */", "IDENT SEMICOLON IDENT MUL QUO");
    CHECK_NO_ERRORS("// \x01 is fine in a comment\n/* and \x7f here */");
}
END_TEST

/* ---- semicolons ---------------------------------------------------------- */

START_TEST(test_semicolon_after) {
    /* spec: after a name, a literal, break continue fallthrough return,
     * ++ -- ) ] } */
    static const char *const enders[] = {
        "x", "_", "1", "1.5", "1i", "'a'", "\"s\"", "`r`", ")", "]", "}", "++", "--",
        "return", "break", "continue", "fallthrough", "\xc3\xa9",
    };
    for (size_t i = 0; i < sizeof enders / sizeof enders[0]; i++) {
        char src[64];
        snprintf(src, sizeof src, "%s\ny", enders[i]);
        Lexed *l = lex(src);
        ck_assert_msg(l->tok[1].kind == TOK_SEMICOLON, "no semicolon after %s", enders[i]);
        ck_assert_str_eq(l->tok[1].text, "newline");
        Position p = pos_of(l, l->tok[1].pos); /* at the newline */
        ck_assert_int_eq(p.col, (int)strlen(enders[i]) + 1);
        done(l);
    }
}
END_TEST

START_TEST(test_no_semicolon_after) {
    static const char *const others[] = {
        "+", "-", "*", "/", "%", "&", "|", "^", "<<", "&&", "<-", "==", "=", ":=", "!",
        "~", ",", ".", "(", "[", "{", ":", ";", "...", "if", "else", "func", "var",
        "go", "case", "default", "chan", "struct", "type", "import",
    };
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++) {
        char src[64];
        snprintf(src, sizeof src, "%s\ny", others[i]);
        Lexed *l = lex(src);
        ck_assert_msg(l->tok[1].kind == TOK_IDENT, "semicolon after %s", others[i]);
        done(l);
    }
}
END_TEST

START_TEST(test_semicolon_text_and_eof) {
    Lexed *l = lex("x; y");
    ck_assert_int_eq(l->tok[1].kind, TOK_SEMICOLON);
    ck_assert_str_eq(l->tok[1].text, ";");
    ck_assert_int_eq(l->tok[3].kind, TOK_SEMICOLON); /* at EOF */
    ck_assert_str_eq(l->tok[3].text, "EOF");
    ck_assert_int_eq(l->tok[3].pos, l->f->base + 4);
    ck_assert_int_eq(l->tok[4].kind, TOK_EOF);
    ck_assert_int_eq(l->n, 5);
    done(l);
    CHECK_KINDS("x\n\n\ny", "IDENT SEMICOLON IDENT SEMICOLON");
    CHECK_KINDS("x +\n", "IDENT ADD");
    CHECK_KINDS("", "");
    CHECK_KINDS("\n\n", "");
    CHECK_KINDS("return\r\n", "RETURN SEMICOLON");
}
END_TEST

START_TEST(test_semicolon_comments) {
    /* a general comment that spans lines is a newline; one that does not
     * is nothing; a line comment leaves its newline */
    Lexed *l = lex("x /* a\nb */ y");
    ck_assert_int_eq(l->tok[1].kind, TOK_SEMICOLON);
    ck_assert_str_eq(l->tok[1].text, "newline");
    ck_assert_int_eq(pos_of(l, l->tok[1].pos).col, 3); /* where the comment starts */
    done(l);
    CHECK_KINDS("x /* a */ y", "IDENT IDENT SEMICOLON");
    CHECK_KINDS("x + /*\n*/ y", "IDENT ADD IDENT SEMICOLON");
    CHECK_KINDS("x // c\ny", "IDENT SEMICOLON IDENT SEMICOLON");
    CHECK_KINDS("x /* a\nb", "IDENT SEMICOLON");
    CHECK_KINDS("x @\ny", "IDENT SEMICOLON IDENT SEMICOLON"); /* invalid characters are transparent */
    l = lex("x // c");
    ck_assert_str_eq(l->tok[1].text, "EOF");
    done(l);
}
END_TEST

/* ---- BOM and bad bytes ------------------------------------------------- */

START_TEST(test_bom) {
    Lexed *l = lex("\xef\xbb\xbfpackage p");
    ck_assert_int_eq(l->tok[0].kind, TOK_PACKAGE);
    ck_assert_int_eq(pos_of(l, l->tok[0].pos).col, 4);
    ck_assert_int_eq(diag_count(&l->c->diags), 0);
    done(l);
    CHECK_ERRORS("\xef\xbb\xbf\xef\xbb\xbfpackage p", "1:4: invalid BOM in the middle of the file\n");
    CHECK_ERRORS("x\n\xef\xbb\xbfy", "2:1: invalid BOM in the middle of the file\n");
    CHECK_KINDS("\xef\xbb\xbf", "");
}
END_TEST

START_TEST(test_dropped_bytes) {
    /* gc reads past a NUL or a bad byte as if it were not there */
    Lexed *l = lex_n("ab\0cd + \xff" "1\n\"x\0y\" z", 17);
    ck_assert_int_eq(l->tok[0].kind, TOK_IDENT);
    ck_assert_str_eq(l->tok[0].text, "abcd");
    ck_assert_int_eq(l->tok[0].end - l->tok[0].pos, 5);
    ck_assert_int_eq(l->tok[2].kind, TOK_INT);
    ck_assert_int_eq(pos_of(l, l->tok[2].pos).col, 10);
    ck_assert_int_eq(l->tok[4].kind, TOK_STRING);
    ck_assert_int_eq(pos_of(l, l->tok[5].pos).col, 7);
    char *e = errors_of(l);
    ck_assert_str_eq(e, "1:3: invalid NUL character\n1:9: invalid UTF-8 encoding\n"
                        "2:3: invalid NUL character\n");
    free(e);
    done(l);
    CHECK_ERRORS_N("x\0", 2, "1:2: invalid NUL character\n");
    CHECK_ERRORS_N("x := \"a\0b\"", 10, "1:8: invalid NUL character\n");
    CHECK_ERRORS_N("`a\0b`", 5, "1:3: invalid NUL character\n");
    /* gc's reader misses a NUL in the first byte; its scanner reports it */
    CHECK_ERRORS_N("\0", 1, "1:1: invalid character U+0000\n");
    CHECK_ERRORS_N("x\n\0", 3, "2:1: invalid NUL character\n");
    /* a keyword with a dropped byte in it (or right after) is a name to gc */
    l = lex_n("if\0 go\xff x if", 12);
    ck_assert_int_eq(l->tok[0].kind, TOK_IDENT);
    ck_assert_str_eq(l->tok[0].text, "if");
    ck_assert_int_eq(l->tok[1].kind, TOK_IDENT);
    ck_assert_int_eq(l->tok[2].kind, TOK_IDENT);
    ck_assert_int_eq(l->tok[3].kind, TOK_IF);
    done(l);
    /* an encoded surrogate is three bad bytes; like gc, one message a line */
    CHECK_ERRORS("\xed\xa0\x80\n\xed", "1:1: invalid UTF-8 encoding\n2:1: invalid UTF-8 encoding\n");
}
END_TEST

/* ---- errors, each as gc reports it --------------------------------------- */

static const struct { const char *src; const char *errors; } error_cases[] = {
    {"x := 1 @ 2", "1:8: invalid character U+0040 '@'\n"},
    {"a # b", "1:3: invalid character U+0023 '#'\n"},
    {"a \x07 b", "1:3: invalid character U+0007\n"},
    {"a \xff b", "1:3: invalid UTF-8 encoding\n"},
    {"a \xef\xbb\xbf b", "1:3: invalid BOM in the middle of the file\n"},
    {"\xd9\xa0x", "1:1: identifier cannot begin with digit U+0660 '\xd9\xa0'\n"},
    {"x\xe2\x82\xac", "1:2: invalid character U+20AC '\xe2\x82\xac' in identifier\n"},
    {"x\xc2\xa0", "1:2: invalid character U+00A0 in identifier\n"},
    {"\"abc", "1:1: string not terminated\n"},
    {"\"abc\n\"", "1:5: newline in string\n2:1: string not terminated\n"},
    {"\"abc\n", "1:5: newline in string\n"},
    {"`abc", "1:1: string not terminated\n"},
    {"'ab'", "1:1: more than one character in rune literal\n"},
    {"''", "1:2: empty rune literal or unescaped '\n"},
    {"'a", "1:1: rune literal not terminated\n"},
    {"'a\n", "1:3: newline in rune literal\n"},
    {"'''", "1:2: empty rune literal or unescaped '\n1:3: rune literal not terminated\n"},
    {"/* abc", "1:1: comment not terminated\n"},
    {"\"\\q\"", "1:3: unknown escape\n"},
    {"\"\\'\"", "1:3: unknown escape\n"},
    {"'\\\"'", "1:3: unknown escape\n"},
    {"\"\\400\"", "1:6: octal escape value 256 > 255\n"},
    {"\"\\777\"", "1:6: octal escape value 511 > 255\n"},
    {"\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800\n"},
    {"\"\\udfff\"", "1:8: escape is invalid Unicode code point U+DFFF\n"},
    {"\"\\U00110000\"", "1:12: escape is invalid Unicode code point U+110000\n"},
    {"\"\\x4\"", "1:5: invalid character '\"' in hexadecimal escape\n"},
    {"\"\\x4g\"", "1:5: invalid character 'g' in hexadecimal escape\n"},
    {"\"\\12\"", "1:5: invalid character '\"' in octal escape\n"},
    {"\"\\19\"", "1:4: invalid character '9' in octal escape\n"},
    {"'\\u12'", "1:6: invalid character '\\'' in hexadecimal escape\n"},
    {"\"\\x\xc2\xa0\"", "1:4: invalid character '\\u00a0' in hexadecimal escape\n"},
    {"\"\\x\x07\"", "1:4: invalid character '\\a' in hexadecimal escape\n"},
    {"\"\\x\n\"", "1:4: invalid character '\\n' in hexadecimal escape\n1:4: newline in string\n2:1: string not terminated\n"},
    {"'ab\\q'", "1:5: unknown escape\n"},
    {"'\\ud800\\ud800'", "1:8: escape is invalid Unicode code point U+D800\n"},
    {"'\\q\n", "1:3: unknown escape\n"},
    {"\"\\", "1:1: string not terminated\n"},
    {"0x", "1:3: hexadecimal literal has no digits\n"},
    {"0b102", "1:5: invalid digit '2' in binary literal\n"},
    {"0o78", "1:4: invalid digit '8' in octal literal\n"},
    {"08", "1:2: invalid digit '8' in octal literal\n"},
    {"1__0", "1:3: '_' must separate successive digits\n"},
    {"1_", "1:2: '_' must separate successive digits\n"},
    {"0_x", "1:2: '_' must separate successive digits\n"},
    {"0b.1", "1:3: invalid radix point in binary literal\n"},
    {"0o1.2", "1:4: invalid radix point in octal literal\n"},
    {"0x1.2", "1:6: hexadecimal mantissa requires a 'p' exponent\n"},
    {"0x1p", "1:5: exponent has no digits\n"},
    {"1e+", "1:4: exponent has no digits\n"},
    {"0b1e3", "1:4: 'e' exponent requires decimal mantissa\n"},
    {"0b1E2", "1:4: 'E' exponent requires decimal mantissa\n"},
    {"1p3", "1:2: 'p' exponent requires hexadecimal mantissa\n"},
    {"0P1", "1:2: 'P' exponent requires hexadecimal mantissa\n"},
    {"0x.p1", "1:4: hexadecimal literal has no digits\n"},
    {"1_.5", "1:2: '_' must separate successive digits\n"},
    {"1._5", "1:3: '_' must separate successive digits\n"},
    {"1e_5", "1:3: '_' must separate successive digits\n"},
    {"0b_", "1:4: binary literal has no digits\n"},
    {"0o", "1:3: octal literal has no digits\n"},
    {"0b9_", "1:3: invalid digit '9' in binary literal\n"},
    {"0x1__2", "1:5: '_' must separate successive digits\n"},
    {"0X_", "1:4: hexadecimal literal has no digits\n"},
    {"// \xff", "1:4: invalid UTF-8 encoding\n"},
    {"'\\ud800\\U00110000'", "1:8: escape is invalid Unicode code point U+D800\n1:18: escape is invalid Unicode code point U+110000\n"},
};

START_TEST(test_errors) {
    CHECK_ERRORS(error_cases[_i].src, error_cases[_i].errors);
}
END_TEST

START_TEST(test_errors_do_not_stop_lexing) {
    CHECK_KINDS("x := 1 @ 2", "IDENT DEFINE INT INT SEMICOLON");
    CHECK_KINDS("a := \"\\q\" + 08", "IDENT DEFINE STRING ADD INT SEMICOLON");
    CHECK_KINDS("'ab' + x", "RUNE ADD IDENT SEMICOLON");
    CHECK_KINDS("\"abc\nx", "STRING SEMICOLON IDENT SEMICOLON");
    CHECK_KINDS("x\xe2\x82\xacy z", "IDENT IDENT SEMICOLON");
}
END_TEST

/* ---- body braces --------------------------------------------------------- */

START_TEST(test_body_braces) {
    CHECK_KINDS("if x {", "IF IDENT LBODY");
    CHECK_KINDS("for {", "FOR LBODY");
    CHECK_KINDS("switch {", "SWITCH LBODY");
    CHECK_KINDS("select {", "SELECT LBODY");
    CHECK_KINDS("func() {", "FUNC LPAREN RPAREN LBRACE");
    CHECK_KINDS("x := T{", "IDENT DEFINE IDENT LBRACE");
    /* parentheses and brackets hide the header: a literal inside is fine */
    CHECK_KINDS("if f(T{}) {", "IF IDENT LPAREN IDENT LBRACE RBRACE RPAREN LBODY");
    CHECK_KINDS("if (T{}) == x {", "IF LPAREN IDENT LBRACE RBRACE RPAREN EQL IDENT LBODY");
    CHECK_KINDS("for i := range m[T{}] {",
                "FOR IDENT DEFINE RANGE IDENT LBRACK IDENT LBRACE RBRACE RBRACK LBODY");
    /* the body disarms: braces inside it are plain */
    CHECK_KINDS("if x { y := T{} }", "IF IDENT LBODY IDENT DEFINE IDENT LBRACE RBRACE RBRACE SEMICOLON");
    CHECK_KINDS("if a { if b {", "IF IDENT LBODY IF IDENT LBODY");
    CHECK_KINDS("switch x := f(); x {", "SWITCH IDENT DEFINE IDENT LPAREN RPAREN SEMICOLON IDENT LBODY");
}
END_TEST

START_TEST(test_rearm) {
    /* what the parser does for `for _, v := range []int{1} {`: the first
     * brace comes as LBODY, the parser takes it as a literal's, and re-arms
     * after the literal's closing brace */
    Compilation *c = compilation_new();
    const char *src = "for range []int{1} {";
    SourceFile *f = source_add(c->arena, &c->sources, "t.go", src, strlen(src));
    Lexer lx;
    lexer_init(&lx, c, f);
    TokenKind want[] = {TOK_FOR, TOK_RANGE, TOK_LBRACK, TOK_RBRACK, TOK_IDENT, TOK_LBODY,
                        TOK_INT, TOK_RBRACE};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        ck_assert_int_eq(lexer_next(&lx).kind, want[i]);
    lexer_rearm(&lx, true);
    ck_assert_int_eq(lexer_next(&lx).kind, TOK_LBODY);
    /* and disarming makes the next brace a plain one */
    lexer_rearm(&lx, false);
    ck_assert_int_eq(lexer_next(&lx).kind, TOK_EOF);
    compilation_free(c);

    c = compilation_new();
    src = "if x {";
    f = source_add(c->arena, &c->sources, "t.go", src, strlen(src));
    lexer_init(&lx, c, f);
    lexer_next(&lx);
    lexer_next(&lx);
    lexer_rearm(&lx, false);
    ck_assert_int_eq(lexer_next(&lx).kind, TOK_LBRACE);
    compilation_free(c);
}
END_TEST

/* ---- positions, dump, robustness ----------------------------------------- */

START_TEST(test_positions) {
    Lexed *l = lex("package p\n\nfunc  main() {\n\tx := \"s\"\n}\n");
    Position p = pos_of(l, l->tok[3].pos); /* func */
    ck_assert_int_eq(p.line, 3);
    ck_assert_int_eq(p.col, 1);
    p = pos_of(l, l->tok[4].pos); /* main */
    ck_assert_int_eq(p.col, 7);
    p = pos_of(l, l->tok[10].pos); /* "s" */
    ck_assert_int_eq(p.line, 4);
    ck_assert_int_eq(p.col, 7);
    ck_assert_int_eq(l->tok[10].end - l->tok[10].pos, 3);
    Token eof = l->tok[l->n - 1];
    ck_assert_int_eq(eof.kind, TOK_EOF);
    ck_assert_int_eq(eof.pos, l->f->base + l->f->len);
    done(l);
}
END_TEST

START_TEST(test_eof_repeats) {
    Compilation *c = compilation_new();
    SourceFile *f = source_add(c->arena, &c->sources, "t.go", "x", 1);
    Lexer lx;
    lexer_init(&lx, c, f);
    ck_assert_int_eq(lexer_next(&lx).kind, TOK_IDENT);
    ck_assert_int_eq(lexer_next(&lx).kind, TOK_SEMICOLON);
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(lexer_next(&lx).kind, TOK_EOF);
    compilation_free(c);
}
END_TEST

START_TEST(test_dump) {
    Compilation *c = compilation_new();
    const char *src = "package p\nvar s = `a\nb` + 'x' // c\n";
    SourceFile *f = source_add(c->arena, &c->sources, "t.go", src, strlen(src));
    StrBuf out = {0};
    lexer_dump_tokens(&out, c, f);
    ck_assert_str_eq(out.data, "1:1  PACKAGE  package\n"
                               "1:9  IDENT  p\n"
                               "1:10  SEMICOLON  newline\n"
                               "2:1  VAR  var\n"
                               "2:5  IDENT  s\n"
                               "2:7  ASSIGN  =\n"
                               "2:9  STRING  `a\\nb`\n"
                               "3:4  ADD  +\n"
                               "3:6  RUNE  'x'\n"
                               "3:14  SEMICOLON  newline\n"
                               "4:1  EOF  EOF\n");
    sb_free(&out);
    compilation_free(c);
}
END_TEST

/* Every prefix of a tricky text, and pseudo-random bytes: the lexer must
 * end with TOK_EOF and never read out of bounds (run under ASan). */
START_TEST(test_never_crashes) {
    static const char tricky[] =
        "package p\xef\xbb\xbf/* \n */ x := 0x1.fp-2i + 'a' + '\\u12' + \"\\U0010ffff\\x\" +"
        " `raw\r` // \xff\n 1_0e+_ 0b12 \xe2\x82\xac\xd9\xa0 '\\\\' \"\\";
    size_t n = sizeof tricky - 1;
    for (size_t len = 0; len <= n; len++) {
        char *copy = malloc(len ? len : 1); /* exactly len bytes: ASan sees overreads */
        memcpy(copy, tricky, len);
        Lexed *l = lex_n(copy, len);
        ck_assert_int_eq(l->tok[l->n - 1].kind, TOK_EOF);
        done(l);
        free(copy);
    }
    unsigned seed = 12345;
    static const char alphabet[] = "\0\n\r\t '\"`\\/*.0123456789eEpPxXoObBi_+-<>=!&|^{}()[];:,"
                                   "\xef\xbb\xbf\xc3\xa9\xff\xed\xa0\x80uU";
    for (int round = 0; round < 300; round++) {
        char buf[64];
        size_t len = (size_t)(round % 64);
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        Lexed *l = lex_n(buf, len);
        ck_assert_int_eq(l->tok[l->n - 1].kind, TOK_EOF);
        done(l);
    }
}
END_TEST

START_TEST(test_token_table) {
    ck_assert_str_eq(token_spelling(TOK_LBODY), "{");
    ck_assert_str_eq(token_kind_name(TOK_LBODY), "LBODY");
    ck_assert_str_eq(token_kind_name(TOK_AND_NOT_ASSIGN), "AND_NOT_ASSIGN");
    ck_assert(token_ends_statement(TOK_RBRACE));
    ck_assert(!token_ends_statement(TOK_LBRACE));
    ck_assert(!token_ends_statement(TOK_SEMICOLON));
    ck_assert_str_eq(token_spelling((TokenKind)TOK__COUNT), "?");
}
END_TEST

static Suite *lexer_suite(void) {
    Suite *s = suite_create("lexer");
    TCase *t = tcase_create("lexer");
    tcase_add_test(t, test_operators);
    tcase_add_test(t, test_longest_match);
    tcase_add_test(t, test_keywords);
    tcase_add_test(t, test_identifiers);
    tcase_add_test(t, test_integers);
    tcase_add_test(t, test_floats);
    tcase_add_test(t, test_imaginary);
    tcase_add_test(t, test_number_boundaries);
    tcase_add_test(t, test_string_escapes);
    tcase_add_test(t, test_raw_strings);
    tcase_add_test(t, test_runes);
    tcase_add_test(t, test_bad_literals_are_marked);
    tcase_add_test(t, test_comments);
    tcase_add_test(t, test_semicolon_after);
    tcase_add_test(t, test_no_semicolon_after);
    tcase_add_test(t, test_semicolon_text_and_eof);
    tcase_add_test(t, test_semicolon_comments);
    tcase_add_test(t, test_bom);
    tcase_add_test(t, test_dropped_bytes);
    tcase_add_loop_test(t, test_errors, 0, (int)(sizeof error_cases / sizeof error_cases[0]));
    tcase_add_test(t, test_errors_do_not_stop_lexing);
    tcase_add_test(t, test_body_braces);
    tcase_add_test(t, test_rearm);
    tcase_add_test(t, test_positions);
    tcase_add_test(t, test_eof_repeats);
    tcase_add_test(t, test_dump);
    tcase_add_test(t, test_never_crashes);
    tcase_add_test(t, test_token_table);
    suite_add_tcase(s, t);
    return s;
}

int main(void) {
    SRunner *r = srunner_create(lexer_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
