/*
 * internal.h — what the files of the type checker share.  Not for other
 * phases: they include sema.h.
 */
#ifndef GO2C_SEMA_INTERNAL_H
#define GO2C_SEMA_INTERNAL_H

#include "sema.h"


typedef struct Checker {
    Compilation *comp;
    Arena *arena;
    Diags *diags;
    Package *pkg;
    Scope *universe;
    Scope *scope;             /* innermost */
    Type *result_types;       /* TYPE_TUPLE of the function being checked */
    bool results_named;       /* ... and whether its results have names */
    Symbol *decl_sym;         /* package-level object being checked (deps) */
    ConstVal *iota;           /* inside a const declaration */
    void *func_state;          /* stmt.c's per-function state */
    /* checked once every package-level type is resolved (typexpr.c) */
    Vec(Type *) incomplete_ifaces;
    ExprVec delayed_map_keys;
} Checker;

typedef Vec(Symbol *) SymbolVec;

/* errors */
void check_error(Checker *k, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
const char *expr_string(Checker *k, const Expr *e);
const char *operand_string(Checker *k, const Expr *e);

/* expressions (expr.c) */
void check_expr(Checker *k, Expr *e);            /* any single value */
void check_expr_or_type(Checker *k, Expr *e);
Type *check_type(Checker *k, Expr *e);           /* a type expression */
/* Converts e (checked) for use where a value of type t is wanted:
 * untyped constants become t, assignability is checked.  context is gc's
 * phrase: "assignment", "variable declaration", "argument to f" ... */
bool check_assignable(Checker *k, Expr *e, Type *t, const char *context);
/* Gives an untyped expression its default type (int, float64, ...). */
void check_default_type(Checker *k, Expr *e);
Type *default_type(Type *t);
bool check_is_value(Checker *k, Expr *e);       /* reports if not */
/* A call's results: NULL for none, a tuple for several. */
void check_call(Checker *k, Expr *e);

/* statements (stmt.c) */
void check_func_body(Checker *k, Decl *fn);

/* type expressions and declarations (typexpr.c) */
Type *check_type_expr(Checker *k, Expr *e);     /* []T, map[K]V, struct{...} */
Type *check_func_type(Checker *k, Expr *ft);
void check_type_decl(Checker *k, Symbol *sym);
void check_valid_type(Checker *k, Symbol *sym);
void check_complete_types(Checker *k);          /* interfaces, map keys */

/* declarations (check.c) */
void check_resolve(Checker *k, Symbol *sym);     /* package-level object */
/* A const or var spec; declare: add its names to the current scope (local
 * declarations) rather than type the already-declared package-level ones. */
void check_value_spec(Checker *k, Decl *d, bool declare);
Symbol *declare(Checker *k, SymbolKind kind, Expr *name, Type *t);
void check_use(Checker *k, Symbol *sym);
/* Does the standard package export this name (implemented or not)? */
bool check_package_has(const char *path, const char *name);

/* constants (const.c) */
ConstVal *const_bool(Compilation *c, bool b);
ConstVal *const_str(Compilation *c, const char *s, size_t n);
ConstVal *const_int(Compilation *c, int64_t i);
ConstVal *const_from_literal(Compilation *c, const Expr *lit, bool *ok);
ConstVal *const_to_float(Compilation *c, const ConstVal *v);
ConstVal *const_to_int(Compilation *c, const ConstVal *v);
bool const_is_integral(const ConstVal *v);
ConstVal *const_round_float(Compilation *c, const ConstVal *v, bool is32,
                            bool *overflow);
bool const_fits_int(const ConstVal *v, TypeKind k);
int const_sign(const ConstVal *v);
size_t const_bits(const ConstVal *v);
ConstVal *const_binary(Compilation *c, TokenKind op, const ConstVal *x,
                       const ConstVal *y);
ConstVal *const_shift(Compilation *c, TokenKind op, const ConstVal *x,
                      unsigned long s);
int const_compare(const ConstVal *x, const ConstVal *y);
ConstVal *const_unary(Compilation *c, TokenKind op, const ConstVal *x,
                      int unsigned_bits);

#endif
