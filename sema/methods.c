/*
 * methods.c — methods and interfaces: method declarations, method
 * selectors (x.m, T.m, promoted methods), method sets and interface
 * satisfaction, type assertions and type switches' operands.
 *
 * Method declarations may appear anywhere in the package, before or after
 * their receiver's type, so they are attached in a step of their own:
 * collect() hands each one to check_collect_method, and once every
 * package-level name is known check_associate_methods resolves each
 * receiver's base type and adds a Method to its named.methods.  The bodies
 * are checked with the other functions' (check_method_bodies).
 *
 * spec: "Method sets": "The method set of a defined type T consists of all
 * methods declared with receiver type T.  The method set of a pointer to a
 * defined type T (where T is neither a pointer nor an interface) is the set
 * of all methods declared with receiver *T or T."  A selector x.m on an
 * addressable T may still call a *T method: spec: "If x is addressable and
 * &x's method set contains m, x.m() is shorthand for (&x).m()".
 */
#include "internal.h"

#include <string.h>
#include <strings.h>

static void invalidate(Expr *e) {
    e->sema_mode = MODE_INVALID;
    e->type = NULL;
    e->cval = NULL;
}

static Expr *unparen(Expr *e) {
    while (e && e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static const char *where(Checker *k, Pos pos) {
    Position p = source_position(k->arena, &k->comp->sources, pos);
    return arena_printf(k->arena, "%s:%d:%d", p.file, p.line, p.col);
}

/* ---- method declarations --------------------------------------------------- */

void check_collect_method(Checker *k, Decl *d) {
    vec_push(k->arena, &k->method_decls, d);
}

/* The position gc reports receiver errors at: the receiver's name, else
 * its type. */
static Pos recv_pos(Field *recv) {
    return recv->names.len ? recv->names.data[0]->pos : ast_start_pos(recv->type);
}

/* The defined type a receiver `T` or `*T` names, or NULL after an error. */
static Type *receiver_base(Checker *k, Field *recv, bool *pointer) {
    Expr *te = unparen(recv->type);
    *pointer = false;
    if (te->kind == EXPR_STAR) {
        *pointer = true;
        te = unparen(te->star.x);
    }
    if (te->kind == EXPR_INDEX) {
        diag_unsupported(k->diags, te->pos, "generics");
        return NULL;
    }
    if (te->kind == EXPR_BAD) /* "method has no receiver": reported */
        return NULL;
    if (te->kind != EXPR_IDENT) {
        if (te->kind == EXPR_SELECTOR) {
            if (check_type(k, te)) /* resolved: its package counts as used */
                check_error(k, recv_pos(recv), "cannot define new methods on non-local type %s",
                            expr_string(k, te));
        }
        else
            check_error(k, recv_pos(recv), "invalid receiver type %s", expr_string(k, recv->type));
        return NULL;
    }
    Symbol *s = scope_lookup(k->pkg->scope, te->ident.name);
    if (!s) {
        check_error(k, te->pos, "undefined: %s", te->ident.name);
        return NULL;
    }
    if (s->kind != SYM_TYPE) {
        check_error(k, te->pos, "%s is not a type", te->ident.name);
        return NULL;
    }
    check_resolve(k, s);
    Type *t = s->type;
    if (!t)
        return NULL; /* reported, or a type go2c does not support */
    if (t->kind != TYPE_NAMED || !t->named.obj || !((Symbol *)t->named.obj)->decl) {
        check_error(k, recv_pos(recv), "cannot define new methods on non-local type %s",
                    type_string(k->arena, t));
        return NULL;
    }
    Type *u = type_under(t);
    if (u && (u->kind == TYPE_POINTER || u->kind == TYPE_INTERFACE)) {
        check_error(k, recv_pos(recv), "invalid receiver type %s (pointer or interface type)",
                    te->ident.name);
        return NULL;
    }
    return t;
}

static void associate(Checker *k, Decl *d) {
    Field *recv = d->func.recv;
    const char *name = d->func.name->ident.name;
    if (d->func.type->func_type.tparams.len) {
        diag_unsupported(k->diags, d->pos, "generics");
        return;
    }
    bool pointer;
    Scope *saved = k->scope;
    k->scope = k->pkg->scope;
    Type *base = receiver_base(k, recv, &pointer);
    Type *sig = base ? check_func_type(k, d->func.type) : NULL;
    k->scope = saved;
    if (!base || !sig)
        return;
    Type *rt = pointer ? type_new_pointer(k->arena, base) : base;
    recv->type->type = rt;
    recv->type->sema_mode = MODE_TYPE;

    Symbol *fn = ARENA_NEW(k->arena, Symbol);
    fn->kind = SYM_FUNC;
    fn->name = name;
    fn->pos = d->func.name->pos;
    fn->type = sig;
    fn->decl = d;
    fn->state = 2;
    fn->used = true;
    d->func.sym = fn;
    d->func.name->ident.sym = fn;
    if (strcmp(name, "_") == 0)
        return; /* spec: blank methods are never in a method set */

    MethodList *ms = &base->named.methods;
    for (int i = 0; i < ms->len; i++)
        if (strcmp(ms->data[i].name, name) == 0) {
            check_error(k, d->func.name->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s",
                        ((Symbol *)base->named.obj)->name, name, where(k, ms->data[i].pos), name);
            return;
        }
    Type *u = type_under(base);
    if (u && u->kind == TYPE_STRUCT)
        for (int i = 0; i < u->strct.fields.len; i++)
            if (strcmp(u->strct.fields.data[i].name, name) == 0) {
                check_error(k, d->func.name->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
                            name, where(k, u->strct.fields.data[i].pos), name);
                return;
            }
    Method m = {name, sig, d->func.name->pos, fn, pointer};
    vec_push(k->arena, ms, m);
}

void check_associate_methods(Checker *k) {
    for (int i = 0; i < k->method_decls.len; i++)
        associate(k, k->method_decls.data[i]);
}

/* A method's body: as a function's, with the receiver a parameter. */
static void check_method_body(Checker *k, Decl *d) {
    Symbol *fn = d->func.sym;
    if (!fn)
        return;
    check_function_body(k, d, fn);
}

void check_method_bodies(Checker *k) {
    for (int i = 0; i < k->method_decls.len; i++)
        check_method_body(k, k->method_decls.data[i]);
}

/* ---- looking up methods ------------------------------------------------------ */

/* An unexported field or method of another package's type is invisible
 * (spec: "Exported identifiers"). */
static bool hidden(Checker *k, const Lookup *l, const char *name) {
    unsigned char c = (unsigned char)name[0];
    if ((c >= 'A' && c <= 'Z') || c >= 0x80 || !l->owner || l->owner->kind != TYPE_NAMED)
        return false;
    const char *pkg = l->owner->named.pkg;
    return pkg && k->pkg && k->pkg->path && strcmp(pkg, k->pkg->path) != 0;
}

Lookup check_lookup(Checker *k, Type *t, const char *name) {
    if (t && k->incomplete_ifaces.len)
        check_complete_types(k); /* an interface literal of a function body */
    if (strcmp(name, "_") == 0)
        return (Lookup){0}; /* blank fields and methods cannot be selected */
    Lookup l = type_lookup(k->arena, t, name);
    if (l.kind == LOOKUP_FIELD && hidden(k, &l, name))
        l = (Lookup){0};
    return l;
}

/* ---- method sets and interfaces ---------------------------------------------- */

static bool is_interface(const Type *t) {
    Type *u = type_under(t);
    return u && u->kind == TYPE_INTERFACE;
}

/* "M(x int) string": a method as gc writes it in have/want lines. */
static const char *method_string(Checker *k, const Method *m) {
    if (m->func && m->func->decl && m->func->decl->kind == DECL_FUNC) {
        const char *s = expr_string(k, m->func->decl->func.type);
        if (strncmp(s, "func", 4) == 0)
            return arena_printf(k->arena, "%s%s", m->name, s + 4);
    }
    const char *s = type_string(k->arena, m->sig);
    return arena_printf(k->arena, "%s%s", m->name, s + 4);
}

/* Does a value of type v implement interface t?  When not, *why says why
 * in gc's words: "(missing M method)", "(M method has pointer receiver)". */
bool check_implements(Checker *k, Type *v, Type *t, const char **why) {
    Type *it = type_under(t);
    if (!it || it->kind != TYPE_INTERFACE || !v)
        return false;
    if (k->incomplete_ifaces.len)
        check_complete_types(k);
    bool v_iface = is_interface(v);
    for (int i = 0; i < it->iface.all.len; i++) {
        Method *want = &it->iface.all.data[i];
        Lookup l = check_lookup(k, v, want->name);
        const char *reason = NULL;
        if (l.kind != LOOKUP_METHOD) {
            reason = arena_printf(k->arena, "(missing %s method)", want->name);
            /* a method of another case: "have m()" */
            if (!v_iface && v->kind == TYPE_NAMED)
                for (int j = 0; j < v->named.methods.len; j++)
                    if (strcasecmp(v->named.methods.data[j].name, want->name) == 0)
                        reason = arena_printf(k->arena, "%s\n\t\thave %s\n\t\twant %s", reason,
                                              method_string(k, &v->named.methods.data[j]),
                                              method_string(k, want));
        } else if (!type_identical(l.method->sig, want->sig)) {
            reason = arena_printf(k->arena, "(wrong type for %s method)\n\t\thave %s\n\t\twant %s",
                                  want->name, method_string(k, l.method), method_string(k, want));
        } else if (l.method->pointer_recv && !l.indirect && v->kind != TYPE_POINTER) {
            reason = arena_printf(k->arena, "(%s method has pointer receiver)", want->name);
        }
        if (reason) {
            if (why)
                *why = reason;
            return false;
        }
    }
    return true;
}

/* check_assignable's case of an interface target: may e be used as a t?
 * Untyped constants take their default type first. */
bool check_assign_interface(Checker *k, Expr *e, Type *t, const char *context) {
    if (!is_interface(t))
        return false;
    if (type_is_untyped(e->type)) {
        if (e->type->kind == TYPE_UNTYPED_NIL)
            return true;
        check_default_type_in(k, e, context);
        if (e->sema_mode == MODE_INVALID)
            return true; /* reported */
    }
    const char *why = NULL;
    if (check_implements(k, e->type, t, &why))
        return true;
    check_error(k, ast_start_pos(e), "cannot use %s as type %s in %s:\n\t%s does not implement %s %s",
                operand_string(k, e), type_string(k->arena, t), context,
                type_string(k->arena, e->type), type_string(k->arena, t), why);
    return true;
}

/* ---- selectors -------------------------------------------------------------- */

/* func(recv, params...) results: the type of a method expression T.m. */
static Type *with_receiver(Checker *k, Type *recv, Type *sig) {
    Type *f = type_new(k->arena, TYPE_FUNC);
    vec_push(k->arena, &f->func.params, recv);
    for (int i = 0; i < sig->func.params.len; i++)
        vec_push(k->arena, &f->func.params, sig->func.params.data[i]);
    f->func.results = sig->func.results;
    f->func.variadic = sig->func.variadic;
    return f;
}

/* x.m for a method m; false when x.sel is something else (a field, or a
 * selector on an operand this file does not know) for the caller to
 * handle. */
bool check_method_selector(Checker *k, Expr *e) {
    Expr *x = e->selector.x;
    const char *sel = e->selector.sel->ident.name;
    Type *t = x->type;
    if (!t || x->sema_mode == MODE_PACKAGE)
        return false;
    Lookup l = check_lookup(k, t, sel);
    if (l.kind == LOOKUP_FIELD)
        return false;
    if (l.kind == LOOKUP_AMBIGUOUS) {
        check_error(k, e->selector.sel->pos, "ambiguous selector %s", expr_string(k, e));
        invalidate(e);
        return true;
    }
    if (l.kind == LOOKUP_NONE) {
        Type *u = type_under(t);
        if (t->kind == TYPE_POINTER && is_interface(t->pointer.elem))
            check_error(k, e->selector.sel->pos, "%s undefined (type %s is pointer to interface, not interface)",
                        expr_string(k, e), type_string(k->arena, t));
        else if (x->sema_mode == MODE_TYPE)
            check_error(k, e->selector.sel->pos, "%s undefined (type %s has no method %s)",
                        expr_string(k, e), type_string(k->arena, t), sel);
        else if (u && u->kind == TYPE_STRUCT)
            return false; /* fields: reported with them */
        else
            check_error(k, e->selector.sel->pos, "%s undefined (type %s has no field or method %s)",
                        expr_string(k, e), type_string(k->arena, t), sel);
        invalidate(e);
        return true;
    }
    Method *m = l.method;
    if (m->func) {
        e->selector.sel->ident.sym = m->func;
        check_use(k, m->func);
    }
    if (x->sema_mode == MODE_TYPE) {
        /* a method expression: spec: "The method set of T consists of the
         * methods with receiver T"; (*T).m has them all */
        if (m->pointer_recv && !l.indirect && t->kind != TYPE_POINTER) {
            check_error(k, e->selector.sel->pos, "cannot call pointer method %s on %s", sel,
                        type_string(k->arena, t));
            invalidate(e);
            return true;
        }
        e->type = with_receiver(k, t, m->sig);
        e->sema_mode = MODE_VALUE;
        return true;
    }
    if (!check_is_value(k, x)) {
        invalidate(e);
        return true;
    }
    if (m->pointer_recv && !l.indirect && t->kind != TYPE_POINTER && x->sema_mode != MODE_VAR) {
        check_error(k, e->selector.sel->pos, "cannot call pointer method %s on %s", sel,
                    type_string(k->arena, t));
        invalidate(e);
        return true;
    }
    e->type = m->sig;
    e->sema_mode = MODE_VALUE;
    return true;
}

/* ---- type assertions ------------------------------------------------------- */

/* x.(T): x must be an interface, and T must implement it when T is not an
 * interface itself (spec: "Type assertions"). */
void check_type_assert(Checker *k, Expr *e) {
    Expr *x = e->assert.x;
    check_expr(k, x);
    if (!e->assert.type) {
        check_error(k, e->pos, "invalid syntax tree: use of .(type) outside type switch");
        invalidate(e);
        return;
    }
    Type *t = check_type(k, e->assert.type);
    if (x->sema_mode == MODE_INVALID || !t) {
        invalidate(e);
        return;
    }
    if (!is_interface(x->type)) {
        check_error(k, ast_start_pos(x), "invalid operation: %s is not an interface",
                    operand_string(k, x));
        invalidate(e);
        return;
    }
    const char *why = NULL;
    if (!is_interface(t) && !check_implements(k, t, x->type, &why)) {
        check_error(k, ast_start_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
                    expr_string(k, e), type_string(k->arena, t), type_string(k->arena, x->type), why);
        invalidate(e);
        return;
    }
    e->type = t;
    e->sema_mode = MODE_VALUE;
}

/* The comma-ok forms v, ok = x.(T): the assertion gets the type (T, bool)
 * of a two-valued call. */
bool check_comma_ok(Checker *k, Expr *v) {
    Expr *x = unparen(v);
    if (x->kind == EXPR_UNARY && x->unary.op == TOK_ARROW) { /* v, ok = <-ch */
        if (x->sema_mode == MODE_INVALID || !x->type)
            return false;
        if (x->type->kind == TYPE_TUPLE)
            return true;
        Type *tuple = type_new(k->arena, TYPE_TUPLE);
        vec_push(k->arena, &tuple->tuple.elems, x->type);
        vec_push(k->arena, &tuple->tuple.elems, type_basic(TYPE_BOOL));
        x->type = tuple;
        v->type = tuple;
        return true;
    }
    if (x->kind != EXPR_TYPE_ASSERT || x->sema_mode == MODE_INVALID || !x->type ||
        x->type->kind == TYPE_TUPLE)
        return x->kind == EXPR_TYPE_ASSERT && x->type && x->type->kind == TYPE_TUPLE;
    Type *tuple = type_new(k->arena, TYPE_TUPLE);
    vec_push(k->arena, &tuple->tuple.elems, x->type);
    vec_push(k->arena, &tuple->tuple.elems, type_basic(TYPE_BOOL));
    x->type = tuple;
    v->type = tuple;
    return true;
}
