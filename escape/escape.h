/*
 * escape.h — phase 4: escape analysis.
 *
 *   requires: a type-checked Package with no errors.
 *   establishes: a verdict (stack or heap, with a reason) for every
 *                variable and every allocation site of the package.
 *
 * Entry point: escape_analyze.  Code generation reads the verdicts through
 * escape_site_of() and escape_var_of(); it makes no decisions of its own.
 */
#ifndef GO2C_ESCAPE_H
#define GO2C_ESCAPE_H

#include "../sema/sema.h"

typedef enum EscapeVerdict { ESC_STACK, ESC_HEAP } EscapeVerdict;

/* What kind of allocation a site is. */
typedef enum SiteKind {
    SITE_STRING_CONCAT,   /* a + b on strings: new bytes */
    SITE_IFACE_BOX,       /* a value converted to an interface */
    SITE_CONVERSION,      /* string(rune) and friends */
    SITE_VARIADIC_ARGS    /* the implicit slice of a ... call */
} SiteKind;

typedef struct EscapeSite {
    SiteKind kind;
    Expr *expr;                 /* the expression that allocates */
    EscapeVerdict verdict;
    const char *reason;         /* e.g. "passed to fmt.Println" */
} EscapeSite;

typedef struct EscapeVar {
    Symbol *var;
    EscapeVerdict verdict;
    const char *reason;
} EscapeVar;

typedef struct EscapeResult {
    Vec(EscapeSite *) sites;
    Vec(EscapeVar *) vars;
} EscapeResult;

EscapeResult *escape_analyze(Compilation *c, Package *pkg);
/* The site an allocating expression is, or NULL. */
const EscapeSite *escape_site_of(const EscapeResult *r, const Expr *e);

/* `-m` output lines, in gc's form and order; level 2 (-m=2) adds the
 * explanations (flows and their reasons). */
void escape_report(StrBuf *out, Compilation *c, const EscapeResult *r, int level);

#endif
