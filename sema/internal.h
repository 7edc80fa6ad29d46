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
    ExprVec delayed_embeds;    /* interface elements whose type was resolving */
    Vec(Symbol *) pending_underlying;  /* type T2 T1 while T1 resolves */
    Vec(Symbol *) resolving;   /* package-level objects being resolved, outermost first */
    void *sized;               /* types found too large, each reported once (typexpr.c) */
    Vec(struct TooLarge { Pos pos; const char *msg; bool type_decl; }) too_large; /* reported last */
    /* methods, interfaces and statements (methods.c, flow.c) */
    DeclVec method_decls;      /* every method declaration, in source order */
    struct LibState *libs;     /* standard packages from lib/ (library.c) */
} Checker;

typedef Vec(Symbol *) SymbolVec;

/* errors */
void check_error(Checker *k, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
const char *expr_string(Checker *k, const Expr *e);
const char *operand_string(Checker *k, const Expr *e);
/* gc's word for a type in comparison errors: "slice", "untyped complex" */
const char *check_kind_string(Checker *k, Type *t);

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
void check_default_type_in(Checker *k, Expr *e, const char *context);
Type *default_type(Type *t);
bool check_is_value(Checker *k, Expr *e);       /* reports if not */
/* A call's results: NULL for none, a tuple for several. */
void check_call(Checker *k, Expr *e);

/* calls and builtins (call.c, builtins.c) */
/* Passes a call's checked arguments to the parameters of sig (TYPE_FUNC). */
void check_call_args(Checker *k, Expr *e, Type *sig);
/* A call of a builtin other than len and cap; and the checks common to
 * all builtins (`...`, the number of arguments), false if they failed. */
void check_builtin(Checker *k, Expr *e, Builtin id);
bool check_builtin_args(Checker *k, Expr *e, Builtin id);
/* A function literal: its type, and its body checked as a closure. */
void check_func_lit(Checker *k, Expr *e);

/* statements (stmt.c) */
void check_func_body(Checker *k, Decl *fn);
/* A function literal's body, with its own results, locals and loops, in
 * the scope of the code around it (calls and functions area). */
void check_func_lit_body(Checker *k, Expr *lit, Type *sig);

/* type expressions and declarations (typexpr.c) */
Type *check_type_expr(Checker *k, Expr *e);     /* []T, map[K]V, struct{...} */
Type *check_func_type(Checker *k, Expr *ft);
void check_type_decl(Checker *k, Symbol *sym);
void check_valid_type(Checker *k, Symbol *sym);
void check_complete_types(Checker *k);
/* gc's limit on the size of a type (2^50 bytes on amd64): a variable or
 * type declared at pos whose type t passes it is an error. */
void check_type_size(Checker *k, Pos pos, Type *t, bool type_decl);          /* interfaces, map keys */

/* declarations (check.c) */
void check_resolve(Checker *k, Symbol *sym);     /* package-level object */
/* A const or var spec; declare: add its names to the current scope (local
 * declarations) rather than type the already-declared package-level ones. */
void check_value_spec(Checker *k, Decl *d, bool declare);
/* A function's or method's body, its signature resolved (check.c). */
void check_function_body(Checker *k, Decl *fn, Symbol *sym);
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
/* complex constants (calls and functions area) */
ConstVal *const_complex(Compilation *c, const ConstVal *re, const ConstVal *im);
ConstVal *const_to_complex(Compilation *c, const ConstVal *v);
ConstVal *const_part(Compilation *c, const ConstVal *v, bool imag); /* real, imag */
bool const_is_real(const ConstVal *v);                              /* imag 0 */
/* false for a float past big.Float's exponent range: "not representable" */
bool const_is_representable(const ConstVal *v);

/* ---- methods, interfaces and statements (methods.c, flow.c) ---------- */

/* methods.c */
void check_collect_method(Checker *k, Decl *d);  /* from collect() */
void check_associate_methods(Checker *k);        /* attach them to their types */
void check_method_bodies(Checker *k);

Lookup check_lookup(Checker *k, Type *t, const char *name);
/* Does v implement interface t?  If not, *why: "(missing M method)". */
bool check_implements(Checker *k, Type *v, Type *t, const char **why);
/* check_assignable for an interface t: true when it handled (and maybe
 * reported) e; false when t is not an interface. */
bool check_assign_interface(Checker *k, Expr *e, Type *t, const char *context);
/* x.m as a method value or method expression: false if not a method. */
bool check_method_selector(Checker *k, Expr *e);
void check_type_assert(Checker *k, Expr *e);
/* v, ok = x.(T): retypes the assertion as the tuple (T, bool). */
bool check_comma_ok(Checker *k, Expr *v);

/* flow.c: labels, goto, defer, range, type switches */
void check_labels(Checker *k, Stmt *body);      /* a function body, before its statements */
void check_defer(Checker *k, Stmt *s);
void check_range(Checker *k, Stmt *s);
void check_type_switch(Checker *k, Stmt *s);

/* stmt.c, for flow.c */
void check_stmt_in(Checker *k, Stmt *s);
Symbol *check_declare_local(Checker *k, Expr *name, Type *t);
bool check_assign_target(Checker *k, Expr *e);    /* the left side of = */
void check_push_breakable(Checker *k, Stmt *s);
void check_pop_breakable(Checker *k);

/* ---- composite values (composite.c) ------------------------------------ */

void check_composite_lit(Checker *k, Expr *e);
void check_slice_expr(Checker *k, Expr *e);
void check_address_of(Checker *k, Expr *e);          /* &x */
/* x.f for a field f of a value x (after check_method_selector). */
void check_field_selector(Checker *k, Expr *e);
/* a[i] of arrays, pointers to arrays, slices, maps: e->index.x checked. */
void check_index_composite(Checker *k, Expr *e);
/* v, ok = m[k]: retypes the map index as the tuple (V, bool). */
bool check_map_comma_ok(Checker *k, Expr *e);
/* `x op y` for comparison op when x or y is composite or nil: false,
 * doing nothing, when neither is. */
bool check_composite_comparison(Checker *k, Expr *e);
/* switch statements: a case value v compared with the tag, when either
 * is composite or v is nil (false, doing nothing, otherwise); the tag must
 * be comparable. */
bool check_case_comparison(Checker *k, Expr *tag, Expr *v);
void check_switch_tag(Checker *k, Expr *tag);
/* spec: "Assignability" of a typed value of type v to type t. */
bool type_assignable(Checker *k, Type *v, Type *t);
/* nil where a value of type t is wanted. */
bool check_assign_nil(Checker *k, Expr *e, Type *t, const char *context);
/* len(a), cap(a): a checked and valid, e the call. */
void check_len_cap(Checker *k, Expr *e, Expr *a, bool is_cap);
/* Reports gc's specific message for assigning to a non-variable, if it
 * has one ("cannot assign to struct field m[k].f in map"). */
bool check_assign_target_error(Checker *k, Expr *e);
/* T(x) where x or T is composite, nil, or a string to or from a slice:
 * false, doing nothing, for conversions between basic types. */
bool check_conversion_composite(Checker *k, Expr *x, Type *to, bool *ok);
/* expr.c's conversion of an untyped operand to t (reports overflow). */
bool check_convert_operand(Checker *k, Expr *e, Type *t);

/* ---- the standard packages' declarations (library.c) -------------------- */

typedef struct LibState {
    const Library *libs;
    int nlibs;
    Package **pkgs;            /* checked, or NULL */
    bool *checking;            /* import cycles */
} LibState;
/* The package scope of the library package path, checked on first use;
 * NULL if lib/ does not declare it. */
Package *check_library(Checker *k, const char *path);
/* x.Sel for an imported package x (e checked as far as x). */
void check_package_selector(Checker *k, Expr *e);
/* check.c: a package's files, once k->pkg and k->scope are set up. */
void check_package_files(Checker *k, File **files, int nfiles);

#endif
