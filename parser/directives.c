/*
 * directives.c — where compiler directives may stand.
 *
 * gc reads `//go:name` comments as directives for the declaration that
 * follows: //go:noinline, //go:nosplit and their kin for a function,
 * //go:notinheap for a type.  Anywhere else — before a variable, inside a
 * function body, after code on the same line — a directive gc knows is a
 * "misplaced compiler directive", a non-syntax error.  go2c obeys none of
 * them (it has no inliner, no split stacks), but reports what gc reports:
 * a program gc rejects is rejected.  The lexer keeps each directive with
 * the token after it (LexDirective); the grammar notes where functions
 * and type specs begin.
 */
#include "build.h"

#include <string.h>

enum {
    FUNC_PRAGMA = 1,     /* for a function declaration */
    TYPE_PRAGMA = 2,     /* for a type spec (not an alias) */
    RUNTIME_ONLY = 4,    /* "only allowed in runtime" */
    STD_ONLY = 8         /* "only allowed in the standard library" */
};

/* gc's pragmaFlag (noder/lex.go), the directives it knows; others (and
 * go:build, go:embed, go:linkname, go:generate) are not checked here. */
static int directive_kind(const char *verb) {
    static const struct { const char *verb; int kind; } known[] = {
        {"go:noescape", FUNC_PRAGMA},          {"go:norace", FUNC_PRAGMA},
        {"go:nosplit", FUNC_PRAGMA},           {"go:noinline", FUNC_PRAGMA},
        {"go:nocheckptr", FUNC_PRAGMA},        {"go:cgo_unsafe_args", FUNC_PRAGMA},
        {"go:uintptrescapes", FUNC_PRAGMA},    {"go:registerparams", FUNC_PRAGMA},
        {"go:systemstack", FUNC_PRAGMA | RUNTIME_ONLY},
        {"go:nowritebarrier", FUNC_PRAGMA | RUNTIME_ONLY},
        {"go:nowritebarrierrec", FUNC_PRAGMA | RUNTIME_ONLY},
        {"go:yeswritebarrierrec", FUNC_PRAGMA | RUNTIME_ONLY},
        {"go:uintptrkeepalive", FUNC_PRAGMA | STD_ONLY},
        {"go:notinheap", TYPE_PRAGMA},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(known[i].verb, verb) == 0)
            return known[i].kind;
    return 0;
}

/* The declaration the directive stands before, if any: the next token
 * begins one (gc's parser gives it the directives read so far; any other
 * token clears them, and those it knows are misplaced at once). */
static const DeclStart *declaration_after(Parser *p, const LexDirective *d) {
    for (int i = 0; i < p->decl_starts.len; i++)
        if (p->decl_starts.data[i].pos == d->next_pos)
            return &p->decl_starts.data[i];
    return NULL;
}

void parse_check_directives(Parser *p) {
    Diags *diags = &p->comp->diags;
    for (int i = 0; i < p->lx.directives.len; i++) {
        const LexDirective *d = &p->lx.directives.data[i];
        if (!d->alone) { /* gc: a directive must have its line to itself */
            diag_error(diags, d->pos, "misplaced compiler directive");
            continue;
        }
        size_t n = strcspn(d->text, " \t\r");
        const char *verb = arena_strndup(p->arena, d->text, n);
        int kind = directive_kind(verb);
        if (kind & RUNTIME_ONLY)
            diag_error(diags, d->pos, "//%s only allowed in runtime", verb);
        if (kind & STD_ONLY)
            diag_error(diags, d->pos, "//%s is only allowed in the standard library", verb);
        int pragma = kind & (FUNC_PRAGMA | TYPE_PRAGMA);
        if (!pragma)
            continue;
        const DeclStart *decl = declaration_after(p, d);
        if (!decl && d->next_kind != TOK_PACKAGE) {
            diag_error(diags, d->pos, "misplaced compiler directive");
            continue;
        }
        /* taken by a declaration (or the package clause): gc checks it
         * after type checking, and only if nothing else was wrong (the
         * driver reports these) */
        int allowed = !decl ? 0 : decl->func ? FUNC_PRAGMA : decl->type_spec ? TYPE_PRAGMA : 0;
        if (pragma & ~allowed)
            vec_push(p->arena, &p->file->misplaced_directives, d->pos);
    }
}
