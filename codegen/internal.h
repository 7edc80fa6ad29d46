/*
 * internal.h — what the files of the code generator share.
 */
#ifndef GO2C_CODEGEN_INTERNAL_H
#define GO2C_CODEGEN_INTERNAL_H

#include "codegen.h"

/* A Go loop or switch being generated: where break/continue go. */
typedef struct Target {
    Stmt *stmt;
    int id;                /* numbers the labels: brk_3, cont_3 */
    bool is_loop;
    bool brk_used, cont_used;
} Target;

/* A local's C name. */
typedef struct LocalName {
    const Symbol *sym;
    const char *name;
} LocalName;

typedef struct Gen {
    Compilation *comp;
    Arena *arena;
    const Package *pkg;
    const EscapeResult *esc;
    CodegenOptions opts;
    StrBuf *out;           /* where statements go now */
    int indent;
    int next_id;           /* temporaries and labels, per function */
    Vec(LocalName) locals;
    Vec(Target) targets;
    Vec(const Type *) tuples;  /* result tuples that have a C typedef */
    StrBuf tuple_defs;
    const Type *results;   /* the current function's result tuple */
    ExprVec named_results; /* its named results, if any */
} Gen;

/* support.c: reports what cannot be emitted yet; false if anything */
bool cg_supported(Compilation *c, const Package *pkg);

/* names.c */
const char *cg_ctype(Gen *g, const Type *t);
const char *cg_tuple_type(Gen *g, const Type *tuple);
const char *cg_global_name(Gen *g, const Symbol *s);
const char *cg_local_name(Gen *g, const Symbol *s);   /* declares on first use */
const char *cg_temp(Gen *g, const char *prefix);
const char *cg_type_suffix(const Type *t);           /* i64, u8, ... */
const char *cg_type_descriptor(const Type *t);        /* &rt_type_int */
const char *cg_zero_value(const Type *t);

/* expr.c */
const char *cg_expr(Gen *g, Expr *e);
/* Like cg_expr, but every part with side effects or panics is evaluated
 * into a temporary first, in Go's order: for operands that must all be
 * evaluated before something else happens (print's arguments). */
const char *cg_expr_hoisted(Gen *g, Expr *e);
/* The one argument whose several values a call spreads (f(g())), or NULL. */
Expr *cg_spread_arg(const Expr *call);
/* A value converted to another basic type. */
const char *cg_convert(Gen *g, const char *value, const Type *from, const Type *to);

/* stmt.c */
void cg_line(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cg_position(Gen *g, Pos pos);
void cg_block(Gen *g, StmtVec *stmts);
void cg_stmt(Gen *g, Stmt *s);

#endif
