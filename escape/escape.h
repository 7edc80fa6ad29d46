/*
 * escape.h — phase 4: escape analysis.
 *
 *   requires: a type-checked Package with no errors.
 *   establishes: a verdict (stack or heap, with a reason) for every
 *                variable whose address is taken or that a closure uses,
 *                and for every allocation site of the package; a summary
 *                of every function's parameters (what leaks where).
 *
 * Entry point: escape_analyze.  Code generation reads the verdicts through
 * escape_site_of(), escape_box_of() and escape_var_of(); it makes no
 * decisions of its own.
 */
#ifndef GO2C_ESCAPE_H
#define GO2C_ESCAPE_H

#include "../sema/sema.h"

typedef enum EscapeVerdict { ESC_STACK, ESC_HEAP } EscapeVerdict;

/* What kind of allocation a site is. */
typedef enum SiteKind {
    SITE_NEW,             /* new(T) */
    SITE_ADDR_LITERAL,    /* &T{...} */
    SITE_MAKE_SLICE,      /* make([]T, n) */
    SITE_MAKE_MAP,        /* make(map[K]V) */
    SITE_SLICE_LITERAL,   /* []T{...}: its array */
    SITE_MAP_LITERAL,     /* map[K]V{...} */
    SITE_CLOSURE,         /* func literal: its environment */
    SITE_METHOD_VALUE,    /* x.M as a value: its closure */
    SITE_IFACE_BOX,       /* a value converted to an interface */
    SITE_CONVERSION,      /* string(b), []byte(s), []rune(s), string(r) */
    SITE_STRING_CONCAT,   /* a + b on strings: new bytes */
    SITE_VARIADIC_ARGS    /* the implicit slice of a ... call */
} SiteKind;

typedef struct EscapeSite {
    SiteKind kind;
    Expr *expr;                 /* the expression that allocates */
    const Expr *shown;          /* what -m names, when not expr: T(x) for
                                 * the box of an explicit conversion */
    Pos pos;                    /* where gc reports it */
    EscapeVerdict verdict;      /* gc's: what -m says */
    const char *reason;         /* e.g. "returned from f at t.go:3:2" */
    bool reported;              /* gc prints a line for it (not for boxes
                                 * of pointer-shaped values, which gc does
                                 * not allocate) */
    /* go2c's frames end before deferred calls run (runtime/rt_defer.c):
     * what a deferred call uses stays on the heap even when gc's verdict
     * is the stack */
    bool outlives_body;
} EscapeSite;

typedef struct EscapeVar {
    Symbol *var;
    EscapeVerdict verdict;      /* heap: "moved to heap: x" */
    const char *reason;
    bool captured_by_value;     /* closures copy it (gc's rule) */
    bool outlives_body;         /* as for sites */
} EscapeVar;

typedef struct EscapeResult {
    Vec(EscapeSite *) sites;
    Vec(EscapeVar *) vars;
    Vec(const char *) lines;    /* the -m report, in order: see report.c */
    Vec(int) line_levels;       /* 1: -m, 2: -m=2 only */
    Vec(Pos) line_pos;
    void *internal;
} EscapeResult;

EscapeResult *escape_analyze(Compilation *c, Package *pkg);
/* The allocation an expression is (not counting interface boxes), or NULL. */
const EscapeSite *escape_site_of(const EscapeResult *r, const Expr *e);
/* The box of e's value converted to an interface, or NULL. */
const EscapeSite *escape_box_of(const EscapeResult *r, const Expr *e);
/* A variable's verdict; NULL for one nothing can refer to (a plain C local). */
const EscapeVar *escape_var_of(const EscapeResult *r, const Symbol *s);

/* `-m` output lines, in gc's form and order; level 2 (-m=2) adds the
 * explanations (flows and their reasons). */
void escape_report(StrBuf *out, Compilation *c, const EscapeResult *r, int level);
/* `go2c build -json=FILE`: every decision (allocation sites, variables
 * something can refer to, parameters holding pointers) with its position,
 * kind, verdict, reason and flow paths, as JSON (schema: dump.c). */
void escape_write_json(StrBuf *out, Compilation *c, const EscapeResult *r);
/* `go2c dump escape [-dot]`: the location graph, as text or Graphviz DOT. */
void escape_dump(StrBuf *out, Compilation *c, const EscapeResult *r, bool dot);

#endif
