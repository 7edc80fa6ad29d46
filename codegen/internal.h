/*
 * internal.h — what the files of the code generator share.
 *
 *   codegen.c  the layout of the C file; functions, methods, closures
 *   types.c    C types for Go types, type descriptors, method wrappers
 *   vars.c     which variables live on the heap (the one place that decides)
 *   names.c    C names for globals, locals and temporaries
 *   expr.c     expressions (operators, selectors, indexing, literals)
 *   call.c     calls, builtins, conversions, interface boxing
 *   stmt.c     statements
 *   support.c  what cannot be translated (reported before emitting)
 */
#ifndef GO2C_CODEGEN_INTERNAL_H
#define GO2C_CODEGEN_INTERNAL_H

#include "codegen.h"

/* A Go loop, switch or select being generated: where break/continue go. */
typedef struct Target {
    Stmt *stmt;
    int id;                /* numbers the labels: brk_3, cont_3 */
    bool is_loop;
    bool brk_used, cont_used;
} Target;

/* A local's C spelling: a name, or an expression such as ctx->r0; deref:
 * the name is a pointer to the variable (a heap cell, a captured
 * variable's address). */
typedef struct LocalName {
    const Symbol *sym;
    const char *name;
    bool deref;
} LocalName;

/* A Go type and what C calls it (a typedef or a descriptor). */
typedef struct TypeEntry {
    const Type *type;
    const char *name;
} TypeEntry;
typedef Vec(TypeEntry) TypeTable;

/* The function being generated.  A function literal's body is generated
 * with a state of its own and emitted as a separate C function. */
typedef struct FuncState {
    StrBuf *out;           /* where statements go now */
    int indent;
    int next_id;           /* temporaries and labels */
    Vec(LocalName) locals;
    Vec(Target) targets;
    const Type *results;   /* the result tuple */
    ExprVec named_results;
    const char *c_name;    /* the C function's name: closures are named after it */
    int closures;          /* func literals numbered inside it */
    bool defers;           /* runs in a frame: results live in ctx */
    Stmt *body;            /* the Go body being generated */
    const char *recover_flag;  /* C bool: may this call's recover() recover? */
    Expr *discarded;       /* the call of an expression statement: its results go unused */
    const char **result_slots;  /* defers: ctx->res_0 ... */
    Pos pos;               /* the statement being generated (cg_position) */
    /* Declarations at the top of the C function (vars.c): storage on the
     * stack that a pointer may reach after the block that made it ends —
     * Go's frame holds it for the whole call, a C block's locals do not. */
    StrBuf frame;
} FuncState;

typedef struct Gen {
    Compilation *comp;
    Arena *arena;
    const Package *pkg;
    const EscapeResult *esc;
    CodegenOptions opts;
    FuncState *fs;
    /* package-wide output sections, in the order the file shows them */
    StrBuf type_fwd;       /* typedef struct X X; */
    StrBuf type_defs;      /* struct bodies, in dependency order */
    StrBuf protos;         /* function prototypes */
    StrBuf descs;          /* type descriptors (and their method tables) */
    StrBuf funcs;          /* functions, closures, wrappers */
    TypeTable ctypes;      /* struct/array typedef names */
    Vec(const Type *) naming;   /* defined types whose C type is being named */
    TypeTable descriptors;
    Vec(const char *) tuples;   /* Tuple_ typedefs emitted */
    Vec(const char *) extern_protos; /* library functions declared */
    int next_global;       /* numbers Struct_N, Array_N, td_N, ... */
    /* vars.c: variables that live on the heap (-escape=off), and locals
     * Go counts as used but only constant expressions name */
    void *heap_vars;          /* ptrmaps: Symbol -> itself */
    void *const_only_vars;
} Gen;

/* support.c: reports what cannot be emitted; false if anything */
bool cg_supported(Compilation *c, const Package *pkg, bool library);

/* ---- types.c ---- */
const char *cg_ctype(Gen *g, const Type *t);
const char *cg_tuple_type(Gen *g, const Type *tuple);
/* The C type of a function's results: void, one type, or a Tuple_. */
const char *cg_result_type(Gen *g, const Type *fn);
/* `(void *env, P1, P2)`-style parameter type list of a func type's C code
 * (with_env: a leading void * for the closure or receiver). */
const char *cg_param_types(Gen *g, const Type *fn, bool with_env);
const char *cg_type_descriptor(Gen *g, const Type *t);  /* &rt_type_int, &td_3 */
const char *cg_zero_value(Gen *g, const Type *t);
const char *cg_type_suffix(const Type *t);               /* i64, u8, ... */
bool cg_is_interface(const Type *t);
/* The C name of a method's function: main__T__M. */
const char *cg_method_name(Gen *g, const Type *named, const char *method);
const char *cg_pkg_prefix(Gen *g, const char *pkg_path);
const char *cg_declare_method(Gen *g, const Type *owner, const Method *m);         /* unicode/utf8 -> unicode_utf8 */
/* x.f for a Lookup, from x's C value and Go type; returns the C lvalue
 * (or value) and sets *type to the selected field's type.  For a method,
 * navigates to the receiver's owner and returns it (a value or pointer as
 * *type says). */
const char *cg_select_path(Gen *g, const char *x, const Type *xt, const Lookup *l,
                           const Type **type);
/* The method set of t (a named type or pointer to one): each method with
 * the Lookup that reaches it; sorted by name. */
typedef struct MethodEntry { const char *name; Lookup lookup; } MethodEntry;
int cg_method_set(Gen *g, const Type *t, MethodEntry **out);

/* ---- vars.c ---- */
void cg_find_heap_vars(Gen *g);
void cg_find_const_only_vars(Gen *g);
/* Is s a local that only constant expressions name (len(a) of an array,
 * unsafe.Sizeof(x))?  Its C declaration needs a `(void)s;`. */
bool cg_only_in_constants(Gen *g, const Symbol *s);
/* Is s a local whose address is taken or that a closure uses?  Kept on
 * the stack, it is declared in the function's frame (FuncState.frame). */
bool cg_addressed(Gen *g, const Symbol *s);
void cg_frame_local(Gen *g, const char *ctype, const char *name);
/* A C function's body: its frame's declarations, then code; the frame is
 * emptied for the next function. */
const char *cg_body_with_frame(Gen *g, const StrBuf *code);
bool cg_on_heap(Gen *g, const Symbol *s);
const char *cg_heap_reason(Gen *g, const Symbol *s);   /* for the C comment */
bool cg_captured_by_value(Gen *g, const Symbol *s);
/* The heap allocation of one object of type t (count: a C expression, or
 * NULL for one). */
const char *cg_alloc(Gen *g, const Type *t, const char *count);
/* Storage for what allocation site e makes (one t, or count of them: a
 * constant when the site may be on the stack): a C local when escape
 * analysis keeps it in the frame, else the heap.  Emits the declaration
 * with a comment saying where and why; returns a pointer expression. */
const char *cg_alloc_site(Gen *g, const EscapeSite *site, const Type *t, const char *count);
/* `struct S *clo_N = <allocation>;` for a closure-like environment struct
 * (holds pointers); returns clo_N. */
const char *cg_alloc_env(Gen *g, const char *struct_name, const char *why, const EscapeSite *site);
const char *cg_alloc_empty(Gen *g);  /* the backing of an empty slice literal */
/* The heap cell of variable s ("moved to heap: x"), charged to a profile
 * descriptor of its own. */
const char *cg_alloc_var(Gen *g, const Symbol *s);
/* A profile descriptor (its C name) for a heap site the runtime allocates
 * (make of a map, or of a slice of non-constant size): rt_make_*_at. */
const char *cg_alloc_site_desc(Gen *g, const EscapeSite *site);
/* A RT_TMP_BUF-byte buffer in the frame for a conversion or concatenation
 * site that does not escape, or NULL when the result goes to the heap. */
const char *cg_tmp_buffer(Gen *g, const EscapeSite *site);
/* The variables a func literal uses from enclosing functions. */
int cg_captures(Gen *g, Expr *lit, const Symbol ***out);

/* ---- names.c ---- */
const char *cg_global_name(Gen *g, const Symbol *s);
const char *cg_local_name(Gen *g, const Symbol *s);   /* declares on first use */
void cg_set_local_name(Gen *g, const Symbol *s, const char *name);
void cg_set_local(Gen *g, const Symbol *s, const char *name, bool deref);
bool cg_local_deref(Gen *g, const Symbol *s);  /* is its name a pointer to it? */
const char *cg_temp(Gen *g, const char *prefix);
const char *cg_fresh_global(Gen *g, const char *prefix);  /* td_3, Struct_4 */
const char *cg_ident(Gen *g, const char *name);         /* a Go name in C form */

/* ---- expr.c ---- */
const char *cg_expr(Gen *g, Expr *e);
/* Like cg_expr, but every part with side effects or panics is evaluated
 * into a temporary first, in Go's order. */
const char *cg_expr_hoisted(Gen *g, Expr *e);
const char *cg_gen(Gen *g, Expr *e, bool hoist);
/* e converted to type t as assignment does (boxing into interfaces,
 * typing nil). */
const char *cg_value_as(Gen *g, Expr *e, const Type *t, bool hoist);
/* The two steps of cg_value_as, for argument lists: gc evaluates all the
 * operands (calls in order) before converting any of them. */
const char *cg_value_of(Gen *g, Expr *e, const Type *t, bool hoist);
const char *cg_assigned(Gen *g, Expr *e, const char *v, const Type *t);
const char *cg_convert_value(Gen *g, const char *v, const Type *from, const Type *to);
const char *cg_spill(Gen *g, const Type *t, const char *value);
const char *cg_address(Gen *g, Expr *e, bool hoist);   /* &e for an addressable e */
const char *cg_lvalue(Gen *g, Expr *e, bool hoist);    /* e as a C lvalue */
int cg_count_effects(const Expr *e);
Type *cg_default_type(const Type *t);
const char *cg_func_literal(Gen *g, Expr *e);
const char *cg_string_literal(Gen *g, const char *s, size_t n);

/* ---- call.c ---- */
const char *cg_call(Gen *g, Expr *e, bool hoist);
Expr *cg_spread_arg(const Expr *call);
/* A conversion T(x). */
const char *cg_conversion(Gen *g, Expr *e, bool hoist);
/* v of static type from, as an interface value: e is the converted
 * expression (its box's verdict), or NULL for a heap box */
const char *cg_box(Gen *g, const char *v, const Type *from, const Expr *e);
/* a box only for the length of an operation (==): in the frame */
const char *cg_box_temp(Gen *g, const char *v, const Type *from);
/* `defer call`: pushes a thunk on the current frame. */
void cg_defer(Gen *g, Expr *call);
/* print/println as statements */
void cg_print_call(Gen *g, Expr *call, bool newline);

/* ---- stmt.c ---- */
void cg_line(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cg_position(Gen *g, Pos pos);
void cg_block(Gen *g, StmtVec *stmts);
void cg_stmt(Gen *g, Stmt *s);
/* v, ok of m[k] or x.(T) into temporaries; false for other expressions */
bool cg_comma_ok(Gen *g, Expr *rhs, const Type *t0, const Type *t1, const char **v, const char **ok);

/* ---- codegen.c ---- */
bool cg_has_recover(Stmt *body);
/* &NAME__rid: the object that names function NAME to the runtime's
 * recover (see rt_recover_allowed). */
const char *cg_recover_id(Gen *g, const char *c_name);
/* Emits the body of a function (a declared one or a literal) as C
 * function `name`: params may be NULL for none. */
void cg_function(Gen *g, const char *name, Expr *ftype, Stmt *body, Field *recv,
                 const Symbol **captures, int ncaptures, const char *env_type);

#endif
