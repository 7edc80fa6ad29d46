/*
 * sema_harness.h — what the type checker's unit tests share: run the front
 * end (lexer, parser, the imported standard packages, sema) over a source
 * held in a string, and get its diagnostics back as text.
 */
#ifndef GO2C_SEMA_HARNESS_H
#define GO2C_SEMA_HARNESS_H

#include "parser/parser.h"
#include "sema/sema.h"
#include "stdlib/stdlib.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Checks src (as file t.go); returns the diagnostics ("" when none), to be
 * freed.  When there are none and dump is given, *dump receives `go2c dump
 * types` output (also to be freed). */
static inline char *harness_check(const char *src, char **dump) {
    Compilation *c = compilation_new();
    SourceFile *f = source_add(c->arena, &c->sources, "t.go", src, strlen(src));
    File *file = parse_file(c, f);
    int nlibs = 0;
    Library *libs = stdlib_load(c, &file, 1, &nlibs);
    if (diag_count(&c->diags) == 0) {
        Package *pkg = sema_check(c, &file, 1, libs, nlibs);
        if (dump && diag_count(&c->diags) == 0) {
            StrBuf b = {0};
            sema_dump(&b, c, pkg);
            *dump = strdup(b.data ? b.data : "");
            sb_free(&b);
        }
    }
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    diag_print(&c->diags, &c->sources, mem);
    fclose(mem);
    compilation_free(c);
    return text;
}

/* Asserts that the diagnostics text equals expected, and frees it. */
#define EXPECT_DIAGNOSTICS(text, expected)                                     \
    do {                                                                       \
        char *got_ = (text);                                                   \
        ck_assert_str_eq(got_, expected);                                      \
        free(got_);                                                            \
    } while (0)

#endif
