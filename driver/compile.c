/*
 * compile.c — the pipeline: Go source files in, C text out.
 *
 * Every phase has one entry point and reports its errors into the
 * Compilation's Diags instead of stopping.  The driver runs the phases in
 * order and, after each, stops if there were errors, printing them all
 * sorted by position (exit status 1).  A later phase never sees the output
 * of a phase that failed: each one's contract (its header says what it
 * requires and establishes) assumes an error-free input.  One exception,
 * gc's: only syntax errors stop after parsing.  The lexer's and parser's
 * other errors (a bad literal, `middle index required in 3-index slice`,
 * `method has no receiver`) leave a complete tree with the bad parts
 * marked (a literal's `bad`, EXPR_BAD), which the checker takes as
 * invalid without a word, so that its own errors are reported too.
 *
 *   read      source_read       bytes of each file
 *   parse     parse_file        a File (AST) per file; lexing happens inside
 *   libraries stdlib_load       the standard packages imported, parsed (lib/)
 *   check     sema_check        a typed Package
 *   escape    escape_analyze    stack or heap for every allocation
 *   emit      codegen_emit      one C translation unit
 *
 * `go2c check` stops after sema, `go2c dump` after the phase it shows
 * (escape for `dump escape`, the location graph).
 */
#include "driver.h"

#include "../codegen/codegen.h"
#include "../escape/escape.h"
#include "../lexer/lexer.h"
#include "../parser/parser.h"
#include "../sema/sema.h"
#include "../stdlib/stdlib.h"

#include <errno.h>
#include <string.h>

static bool stop_if_errors(Compilation *c) {
    if (diag_count(&c->diags) == 0)
        return false;
    diag_print(&c->diags, &c->sources, stderr);
    return true;
}

static void put(const StrBuf *b, FILE *out) {
    if (b->len)
        fwrite(b->data, 1, b->len, out);
}

/* Reads every file; NULL after saying which one could not be read. */
static SourceFile **read_sources(Compilation *c, const Options *o) {
    SourceFile **srcs =
        arena_alloc(c->arena, sizeof(SourceFile *) * (size_t)o->nfiles);
    for (int i = 0; i < o->nfiles; i++) {
        if (path_is_dir(o->files[i])) {
            report_os_error("read", o->files[i], EISDIR);
            return NULL;
        }
        srcs[i] = source_read(c->arena, &c->sources, o->files[i]);
        if (!srcs[i]) {
            report_os_error("open", o->files[i], errno);
            return NULL;
        }
    }
    return srcs;
}

static File **parse_sources(Compilation *c, const Options *o,
                            SourceFile **srcs) {
    File **files = arena_alloc(c->arena, sizeof(File *) * (size_t)o->nfiles);
    for (int i = 0; i < o->nfiles; i++)
        files[i] = parse_file(c, srcs[i]);
    return files;
}

/* Read, parse, check: what every command but `dump tokens|ast` runs.
 * NULL after the errors were printed. */
static Package *front_end(Compilation *c, const Options *o) {
    SourceFile **srcs = read_sources(c, o);
    if (!srcs)
        return NULL;

    File **files = parse_sources(c, o, srcs);
    if (diag_syntax_errors(&c->diags) && stop_if_errors(c))
        return NULL;

    int nlibs, parse_errors = diag_count(&c->diags);
    Library *libs = stdlib_load(c, files, o->nfiles, &nlibs);
    if (diag_count(&c->diags) > parse_errors && stop_if_errors(c))
        return NULL;

    Package *pkg = sema_check(c, files, o->nfiles, libs, nlibs);
    if (stop_if_errors(c))
        return NULL;
    /* gc checks the directives a declaration took last, once the package
     * is otherwise right: //go:noinline before a var (parser/directives.c) */
    for (int i = 0; i < o->nfiles; i++)
        for (int j = 0; j < files[i]->misplaced_directives.len; j++)
            diag_error(&c->diags, files[i]->misplaced_directives.data[j], "misplaced compiler directive");
    if (stop_if_errors(c))
        return NULL;
    return pkg;
}

int compile_to_c(Compilation *c, const Options *o, bool need_main,
                 StrBuf *csrc, bool *library, StrBuf *json) {
    Package *pkg = front_end(c, o);
    if (!pkg)
        return STATUS_ERROR;
    /* A package other than main is compiled as `go tool compile` compiles
     * one (gc's escape tests are such packages): all but the entry point.
     * go run needs a program, and says so in the go command's words. */
    *library = strcmp(pkg->name, "main") != 0;
    if (*library && need_main) {
        fprintf(stderr, "package command-line-arguments is not a main "
                        "package\n");
        return STATUS_ERROR;
    }

    EscapeResult *esc = escape_analyze(c, pkg);
    if (stop_if_errors(c))
        return STATUS_ERROR;
    if (o->escape_report) {
        StrBuf report = {0};
        escape_report(&report, c, esc, o->escape_report);
        put(&report, stderr);
        sb_free(&report);
    }
    if (json)
        escape_write_json(json, c, esc);

    CodegenOptions opts = {.line_directives = o->line_directives,
                           .escape_off = o->escape_off,
                           .library = *library};
    codegen_emit(csrc, c, pkg, esc, &opts);
    if (stop_if_errors(c))
        return STATUS_ERROR;
    return STATUS_OK;
}

int cmd_check(Arena *a, const Options *o) {
    (void)a;
    Compilation *c = compilation_new();
    int status = front_end(c, o) ? STATUS_OK : STATUS_ERROR;
    compilation_free(c);
    return status;
}

/* dump tokens and dump ast show each file on its own, even one with
 * errors: seeing what the lexer or parser made of bad input is the point. */
static int dump_files(Compilation *c, const Options *o, bool tokens) {
    SourceFile **srcs = read_sources(c, o);
    if (!srcs)
        return STATUS_ERROR;
    for (int i = 0; i < o->nfiles; i++) {
        StrBuf out = {0};
        if (o->nfiles > 1)
            sb_printf(&out, "# %s\n", o->files[i]);
        if (tokens)
            lexer_dump_tokens(&out, c, srcs[i]);
        else
            ast_dump(&out, c, parse_file(c, srcs[i]));
        put(&out, stdout);
        sb_free(&out);
    }
    fflush(stdout);
    return stop_if_errors(c) ? STATUS_ERROR : STATUS_OK;
}

/* dump types needs a package without errors: sema's output is only
 * complete then. */
static int dump_types(Compilation *c, const Options *o) {
    Package *pkg = front_end(c, o);
    if (!pkg)
        return STATUS_ERROR;
    StrBuf out = {0};
    sema_dump(&out, c, pkg);
    put(&out, stdout);
    sb_free(&out);
    return STATUS_OK;
}

/* dump escape: the location graph the analysis built, as text or DOT;
 * only for a package without errors, as dump types. */
static int dump_escape(Compilation *c, const Options *o) {
    Package *pkg = front_end(c, o);
    if (!pkg)
        return STATUS_ERROR;
    EscapeResult *esc = escape_analyze(c, pkg);
    if (stop_if_errors(c))
        return STATUS_ERROR;
    StrBuf out = {0};
    escape_dump(&out, c, esc, o->dot);
    put(&out, stdout);
    sb_free(&out);
    return STATUS_OK;
}

int cmd_dump(Arena *a, const Options *o) {
    (void)a;
    if (o->dot && strcmp(o->mode, "escape") != 0)
        return usage_error(command_find("dump"),
                           "go2c dump: -dot is only for dump escape");
    Compilation *c = compilation_new();
    int status;
    if (strcmp(o->mode, "types") == 0)
        status = dump_types(c, o);
    else if (strcmp(o->mode, "escape") == 0)
        status = dump_escape(c, o);
    else
        status = dump_files(c, o, strcmp(o->mode, "tokens") == 0);
    compilation_free(c);
    return status;
}
