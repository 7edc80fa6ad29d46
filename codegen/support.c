/*
 * support.c — what this version of the code generator can emit.
 *
 * The type checker accepts all of sequential Go; the code generator grows
 * toward it.  Before emitting anything, codegen walks the package and
 * reports every construct it cannot translate yet as "go2c does not
 * support X" at the construct's position — so a program is either
 * compiled correctly or rejected, never compiled wrong.
 */
#include "internal.h"

#include <string.h>

/* The types whose values the generated C can hold today. */
static bool emittable(const Type *t) {
    if (!t)
        return true; /* untyped nil and the like never get this far */
    switch (t->kind) {
    case TYPE_BOOL: case TYPE_INT: case TYPE_INT8: case TYPE_INT16: case TYPE_INT32:
    case TYPE_INT64: case TYPE_UINT: case TYPE_UINT8: case TYPE_UINT16: case TYPE_UINT32:
    case TYPE_UINT64: case TYPE_UINTPTR: case TYPE_FLOAT32: case TYPE_FLOAT64:
    case TYPE_STRING:
        return true;
    case TYPE_UNTYPED_BOOL: case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE:
    case TYPE_UNTYPED_FLOAT: case TYPE_UNTYPED_STRING:
        return true; /* constants: emitted with their default type */
    case TYPE_TUPLE:
        for (int i = 0; i < t->tuple.elems.len; i++)
            if (!emittable(t->tuple.elems.data[i]))
                return false;
        return true;
    case TYPE_FUNC: /* only as the callee of a call to a declared function
                     * (see visit_expr) */
        for (int i = 0; i < t->func.params.len; i++)
            if (!emittable(t->func.params.data[i]))
                return false;
        for (int i = 0; i < t->func.results.len; i++)
            if (!emittable(t->func.results.data[i]))
                return false;
        return !t->func.variadic;
    default:
        return false;
    }
}

typedef struct Support {
    AstVisitor v;
    Compilation *comp;
    bool ok;
} Support;

static bool visit_expr(AstVisitor *v, Expr *e);

/* Calls: of declared functions, of the builtins and library functions
 * codegen knows, and conversions.  The callee of a call of a declared
 * function is the only place a function may appear. */
static const char *unsupported_call(AstVisitor *v, Expr *e) {
    Expr *fun = e->call.fun;
    while (fun->kind == EXPR_PAREN)
        fun = fun->paren.x;
    if (fun->sema_mode == MODE_TYPE)
        return NULL;
    Symbol *callee = sema_callee(e);
    if (callee && callee->kind == SYM_BUILTIN) {
        if (callee->builtin >= BUILTIN_APPEND && callee->builtin <= BUILTIN_RECOVER)
            return arena_printf(((Support *)v)->comp->arena, "the builtin %s yet", callee->name);
        return NULL;
    }
    if (fun->kind != EXPR_IDENT || !callee || callee->kind != SYM_FUNC)
        return "calls of function values yet";
    if (e->call.has_ellipsis || (callee->type && callee->type->func.variadic))
        return "variadic functions yet";
    for (int i = 0; i < e->call.args.len; i++)
        ast_walk_expr(v, e->call.args.data[i]);
    return "";
}

/* The expression kinds codegen/expr.c translates today (a constant is
 * emitted as its value, whatever its form). */
static bool emittable_kind(const Expr *e) {
    switch (e->kind) {
    case EXPR_IDENT: case EXPR_BASIC_LIT: case EXPR_PAREN: case EXPR_BINARY: case EXPR_CALL:
        return true;
    case EXPR_ARRAY_TYPE: case EXPR_STRUCT_TYPE: case EXPR_FUNC_TYPE: case EXPR_INTERFACE_TYPE:
    case EXPR_MAP_TYPE: case EXPR_CHAN_TYPE: case EXPR_ELLIPSIS:
        return true; /* types: their parts are checked as they are walked */
    case EXPR_UNARY:
        return e->unary.op == TOK_ADD || e->unary.op == TOK_SUB || e->unary.op == TOK_NOT ||
               e->unary.op == TOK_XOR;
    case EXPR_INDEX:
        return e->index.x->type && type_is_string(e->index.x->type) &&
               e->index.indices.len == 1;
    case EXPR_SELECTOR:
        return e->selector.x->sema_mode == MODE_PACKAGE;
    default:
        return false;
    }
}

static const char *kind_phrase(const Expr *e) {
    switch (e->kind) {
    case EXPR_SLICE: return "slice expressions";
    case EXPR_COMPOSITE_LIT: case EXPR_KEY_VALUE: return "composite literals";
    case EXPR_SELECTOR: return "selectors";
    case EXPR_INDEX: return "indexing";
    case EXPR_TYPE_ASSERT: return "type assertions";
    case EXPR_STAR: case EXPR_UNARY: return "pointers";
    case EXPR_FUNC_LIT: return "function literals";
    default: return "this expression";
    }
}

/* pkg.Name for a name lib/ declares (strings.Repeat, fmt.Errorf ...),
 * whose functions have no bodies yet: what to call it in "go2c does not
 * support X yet" — "package strings", or "fmt.Errorf" in the packages
 * whose builtins codegen translates itself (fmt, os); NULL for anything
 * else. */
static const char *library_selector(Arena *a, const Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    if (e->kind == EXPR_CALL)
        return library_selector(a, e->call.fun);
    if (e->kind != EXPR_SELECTOR || e->selector.x->sema_mode != MODE_PACKAGE)
        return NULL;
    const Symbol *sym = e->selector.sel->ident.sym;
    if (!sym || sym->kind == SYM_BUILTIN)
        return NULL;
    const Symbol *pkg = e->selector.x->ident.sym;
    for (int i = 0; i < pkg->pkg_scope->syms.len; i++)
        if (pkg->pkg_scope->syms.data[i]->kind == SYM_BUILTIN)
            return arena_printf(a, "%s.%s", pkg->pkg_path, sym->name);
    return arena_printf(a, "package %s", pkg->pkg_path);
}

static bool visit_expr(AstVisitor *v, Expr *e) {
    Support *s = (Support *)v;
    if (e->sema_mode == MODE_CONST && emittable(e->type))
        return false; /* emitted as its value */
    const char *lib = library_selector(s->comp->arena, e);
    if (lib) {
        diag_unsupportedf(&s->comp->diags, e->pos, "%s yet", lib);
        s->ok = false;
        return false;
    }
    if (e->sema_mode != MODE_TYPE && !emittable_kind(e) && emittable(e->type)) {
        diag_unsupportedf(&s->comp->diags, e->pos, "%s yet", kind_phrase(e));
        s->ok = false;
        return false;
    }
    if (e->kind == EXPR_FUNC_LIT) {
        diag_unsupported(&s->comp->diags, e->pos, "function literals yet");
        s->ok = false;
        return false;
    }
    if (e->kind == EXPR_CALL && e->sema_mode != MODE_INVALID) {
        const char *why = unsupported_call(v, e);
        if (why && *why) {
            diag_unsupported(&s->comp->diags, e->pos, why);
            s->ok = false;
            return false;
        }
        if (why && emittable(e->type))
            return false; /* a call of a declared function: arguments walked */
    }
    if (e->type && e->type->kind == TYPE_FUNC) {
        diag_unsupported(&s->comp->diags, e->pos, "function values yet");
        s->ok = false;
        return false;
    }
    if (emittable(e->type))
        return true;
    diag_unsupportedf(&s->comp->diags, e->pos, "values of type %s yet",
                      type_string(s->comp->arena, e->type));
    s->ok = false;
    return false; /* one report for the outermost expression */
}

static bool visit_decl(AstVisitor *v, Decl *d) {
    Support *s = (Support *)v;
    if (d->kind == DECL_FUNC && !d->func.body) {
        /* gc's words when a package has no assembly to supply the body */
        diag_error(&s->comp->diags, d->func.name->pos, "missing function body");
        s->ok = false;
        return false;
    }
    if (d->kind == DECL_FUNC && strcmp(d->func.name->ident.name, "init") == 0) {
        diag_unsupported(&s->comp->diags, d->pos, "init functions yet");
        s->ok = false;
        return false;
    }
    if (d->kind != DECL_TYPE)
        return true;
    diag_unsupported(&s->comp->diags, d->pos, "type declarations yet");
    s->ok = false;
    return false;
}

/* Statements the type checker accepts but codegen cannot emit yet. */
static bool visit_stmt(AstVisitor *v, Stmt *st) {
    Support *s = (Support *)v;
    const char *what = NULL;
    switch (st->kind) {
    case STMT_LABELED: case STMT_BRANCH:
        if (st->kind == STMT_LABELED || st->branch.label || st->branch.tok == TOK_GOTO)
            what = "labels and goto yet";
        break;
    case STMT_DEFER: what = "defer yet"; break;
    case STMT_RANGE: what = "range loops yet"; break;
    case STMT_TYPE_SWITCH: what = "type switches yet"; break;
    default: break;
    }
    if (!what)
        return true;
    diag_unsupported(&s->comp->diags, st->pos, what);
    s->ok = false;
    return false;
}

/* A program is package main with a func main (gc's linker says the
 * second; go check accepts both). */
static bool is_program(Compilation *c, const Package *pkg) {
    if (pkg->files.len == 0)
        return false;
    if (strcmp(pkg->name, "main") != 0) {
        diag_error(&c->diags, pkg->files.data[0]->package->pos,
                   "go2c builds only package main, not package %s", pkg->name);
        return false;
    }
    Symbol *main_fn = scope_lookup_local(pkg->scope, "main");
    if (!main_fn || main_fn->kind != SYM_FUNC) {
        diag_error(&c->diags, NOPOS, "function main is undeclared in the main package");
        return false;
    }
    return true;
}

bool cg_supported(Compilation *c, const Package *pkg) {
    if (!is_program(c, pkg))
        return false;
    Support s = {{visit_expr, visit_stmt, visit_decl, NULL}, c, true};
    for (int f = 0; f < pkg->files.len; f++) {
        File *file = pkg->files.data[f];
        for (int i = 0; i < file->decls.len; i++)
            ast_walk_decl(&s.v, file->decls.data[i]);
    }
    return s.ok;
}
