/*
 * fuzz_frontend.c — a libFuzzer target for go2c's whole in-process pipeline.
 *
 * Each input is one Go source file, taken byte for byte (NULs, invalid
 * UTF-8 and all).  It goes through every phase a `go2c build` runs before
 * the C compiler, in this process, as the driver's compile.c runs them:
 *
 *   lex       lexer_init/lexer_next to EOF on their own, so the lexer sees
 *             the whole input even where the parser would give up early
 *   parse     parse_file (which lexes again, driven by the grammar)
 *   check     stdlib_load (the lib/ packages imported), then sema_check,
 *             each only if nothing before it reported errors
 *   escape    escape_analyze + escape_report, only if checking reported none
 *   emit      codegen_emit into a StrBuf
 *
 * and then frees everything (compilation_free, sb_free), so LeakSanitizer
 * reports any memory a phase keeps outside the Compilation.  A finding is
 * a crash, a sanitizer report (ASan, UBSan, LSan), an internal compiler
 * error (ice() aborts), a timeout or a blow-up of memory: go2c must answer
 * every input with output or diagnostics, never with any of those.
 *
 * Built by `cmake -DGO2C_FUZZ=ON` with clang; fuzz/run.sh runs it and
 * docs/fuzzing.md explains how to read and replay what it finds.
 */
#include "codegen/codegen.h"
#include "lexer/lexer.h"
#include "parser/parser.h"
#include "stdlib/stdlib.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The lexer alone: every token up to EOF.  A Compilation of its own, so
 * its diagnostics do not stop the pipeline below. */
static void lex_only(const uint8_t *data, size_t size) {
    Compilation *c = compilation_new();
    SourceFile *f = source_add(c->arena, &c->sources, "fuzz.go",
                               (const char *)data, size);
    Lexer lx;
    lexer_init(&lx, c, f);
    /* Every token consumes at least one byte or is EOF, so this ends;
     * the bound only turns a lexer that stops advancing into a finding. */
    for (size_t n = 0; lexer_next(&lx).kind != TOK_EOF; n++)
        if (n > 4 * size + 16)
            ice("fuzz: the lexer did not reach EOF after %zu tokens", n);
    compilation_free(c);
}

static void pipeline(const uint8_t *data, size_t size) {
    Compilation *c = compilation_new();
    SourceFile *f = source_add(c->arena, &c->sources, "fuzz.go",
                               (const char *)data, size);
    File *file = parse_file(c, f);
    /* As the driver does (driver/compile.c): after each phase, stop if
     * there were errors. */
    int nlibs = 0;
    Library *libs = NULL;
    Package *pkg = NULL;
    EscapeResult *esc = NULL;
    if (diag_count(&c->diags) == 0)
        libs = stdlib_load(c, &file, 1, &nlibs);
    if (diag_count(&c->diags) == 0)
        pkg = sema_check(c, &file, 1, libs, nlibs);
    if (diag_count(&c->diags) == 0)
        esc = escape_analyze(c, pkg);
    if (diag_count(&c->diags) == 0) {
        StrBuf report = {0}, csrc = {0};
        escape_report(&report, c, esc, 2);
        CodegenOptions opts = {.line_directives = true};
        codegen_emit(&csrc, c, pkg, esc, &opts);
        sb_free(&report);
        sb_free(&csrc);
    }
    /* Sorting, deduplicating and printing diagnostics (with line tables)
     * is part of every failed compilation too; the text goes nowhere. */
    static FILE *devnull;
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    if (devnull)
        diag_print(&c->diags, &c->sources, devnull);
    compilation_free(c);
}

/* As in go2c itself (driver/main.c), the phases run on a thread with a
 * big stack: deeply nested valid programs recurse that deep. */
typedef struct Input {
    const uint8_t *data;
    size_t size;
} Input;

static void *run_input(void *arg) {
    Input *in = arg;
    lex_only(in->data, in->size);
    pipeline(in->data, in->size);
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Input in = {data, size};
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, 1u << 30) == 0 &&
        pthread_create(&thread, &attr, run_input, &in) == 0) {
        pthread_join(thread, NULL);
        pthread_attr_destroy(&attr);
    } else {
        run_input(&in);
    }
    return 0;
}
