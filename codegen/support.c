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

/* Types the generated C cannot hold yet: channels. */
static const char *unsupported_type(const Type *t) {
    if (!t)
        return NULL;
    const Type *u = type_under(t);
    if (!u)
        return NULL;
    switch (u->kind) {
    case TYPE_CHAN: return "channels";
    default: return NULL;
    }
}

typedef struct Support {
    AstVisitor v;
    Compilation *comp;
    bool ok;
    bool library;      /* another package's body may come from elsewhere */
} Support;

static void report(Support *s, Pos pos, const char *what) {
    diag_unsupportedf(&s->comp->diags, pos, "%s yet", what);
    s->ok = false;
}

/* A library function that runtime/lib/ does not implement (yet). */
static bool missing_library_function(const Symbol *sym) {
    (void)sym;
    return false;
}

static bool visit_expr(AstVisitor *v, Expr *e) {
    Support *s = (Support *)v;
    if (e->sema_mode == MODE_CONST) {
        const char *why = unsupported_type(e->type);
        if (why)
            report(s, e->pos, why);
        return false; /* emitted as its value */
    }
    const char *why = unsupported_type(e->type);
    if (why) {
        report(s, e->pos, why);
        return false;
    }
    if (e->kind == EXPR_UNARY && e->unary.op == TOK_ARROW) {
        report(s, e->pos, "channels");
        return false;
    }
    if (e->kind == EXPR_CALL && e->call.fun->sema_mode != MODE_TYPE) {
        Symbol *callee = sema_callee(e);
        if (callee && callee->kind == SYM_BUILTIN &&
            callee->builtin == BUILTIN_CLOSE) {
            report(s, e->pos, arena_printf(s->comp->arena, "the builtin %s", callee->name));
            return false;
        }
    }
    if (e->kind == EXPR_SELECTOR && e->selector.x->sema_mode == MODE_PACKAGE) {
        const Symbol *sym = e->selector.sel->ident.sym;
        if (sym && missing_library_function(sym)) {
            report(s, e->pos, arena_printf(s->comp->arena, "%s.%s",
                                           e->selector.x->ident.sym->pkg_path, sym->name));
            return false;
        }
    }
    return true;
}

static bool visit_decl(AstVisitor *v, Decl *d) {
    Support *s = (Support *)v;
    if (d->kind == DECL_FUNC && !d->func.body && !s->library) {
        /* gc's words when a package has no assembly to supply the body */
        diag_error(&s->comp->diags, d->pos, "missing function body"); /* gc: the token after func */
        s->ok = false;
        return false;
    }
    return d->kind != DECL_TYPE; /* types are emitted as they are used */
}

/* Statements the type checker accepts but codegen cannot emit yet. */
static bool visit_stmt(AstVisitor *v, Stmt *st) {
    Support *s = (Support *)v;
    switch (st->kind) {
    case STMT_GO: report(s, st->pos, "goroutines"); return false;
    case STMT_SEND: case STMT_SELECT: report(s, st->pos, "channels"); return false;
    default: return true;
    }
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

bool cg_supported(Compilation *c, const Package *pkg, bool library) {
    if (!library && !is_program(c, pkg))
        return false;
    Support s = {{visit_expr, visit_stmt, visit_decl, NULL}, c, true, library};
    for (int f = 0; f < pkg->files.len; f++) {
        File *file = pkg->files.data[f];
        for (int i = 0; i < file->decls.len; i++)
            ast_walk_decl(&s.v, file->decls.data[i]);
    }
    return s.ok;
}
