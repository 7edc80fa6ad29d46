/*
 * sema.h — phase 3: scopes, types and constants.
 *
 *   requires: the Files of one package, as parsed.
 *   establishes: every name resolved to a Symbol; every expression typed
 *                (Expr.type) and every constant valued (Expr.cval); untyped
 *                constants converted to the type their context gives them;
 *                every type error reported to c->diags in gc's words; Go the
 *                later phases do not support rejected with "go2c does not
 *                support X".  When diag_count() is still 0 afterwards, the
 *                Package is ready for escape analysis and code generation.
 *
 * Entry point: sema_check.
 */
#ifndef GO2C_SEMA_H
#define GO2C_SEMA_H

#include "../parser/ast.h"
#include "types.h"

typedef struct Package {
    const char *name;            /* "main" */
    const char *path;            /* import path: "main", "unicode/utf8" */
    bool is_library;             /* a standard package's declarations (lib/) */
    Vec(File *) files;
    Scope *scope;                /* package block */
    /* Package-level variables in initialization order (spec: "Package
     * initialization"): each entry is the DECL_VAR spec to run. */
    DeclVec var_init_order;
    /* Every function with a body, in source order (FuncDecls). */
    DeclVec funcs;
    /* Package-level type names, in source order. */
    Vec(Symbol *) types;
    /* The imported packages actually used, e.g. "fmt", "os". */
    Vec(const char *) imports;
} Package;

/* A standard package declared in Go source (lib/, see stdlib/stdlib.h):
 * its import path and parsed files.  Its functions may have no bodies. */
typedef struct Library {
    const char *path;
    File **files;
    int nfiles;
} Library;

/* Checks the package of files; libs are the standard packages it may
 * import (each checked once, before its first importer). */
Package *sema_check(Compilation *c, File **files, int nfiles, const Library *libs,
                    int nlibs);

/* The function or builtin a call names (f(x), fmt.Println(x), (f)(x)), or
 * NULL when it calls something else (a conversion, a function value). */
Symbol *sema_callee(const Expr *call);

/* `go2c dump types`: each declaration with its type, each constant with
 * its value. */
void sema_dump(StrBuf *out, Compilation *c, const Package *pkg);

#endif
