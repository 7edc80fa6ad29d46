/*
 * stmt.c — checking function bodies: statements, local declarations,
 * scopes, "declared but not used" and "missing return".
 */
#include "internal.h"

#include <string.h>

static void check_stmt(Checker *k, Stmt *s);
static void check_stmts(Checker *k, StmtVec *v);

typedef struct FuncState {
    Vec(Symbol *) locals;      /* for "declared but not used" */
    Vec(Stmt *) breakables;    /* enclosing for/switch, innermost last */
} FuncState;

/* The checker is shared by all functions; the per-function state lives on
 * the C stack of check_func_body and is reached through this pointer. */
static FuncState *state(Checker *k) { return (FuncState *)k->func_state; }

static void open_scope(Checker *k) { k->scope = scope_new(k->arena, k->scope); }
static void close_scope(Checker *k) { k->scope = k->scope->parent; }

static bool is_blank(const Expr *e) {
    return e->kind == EXPR_IDENT && strcmp(e->ident.name, "_") == 0;
}

static Symbol *declare_local(Checker *k, Expr *name, Type *t) {
    Symbol *s = declare(k, SYM_VAR, name, t);
    if (!is_blank(name) && state(k))
        vec_push(k->arena, &state(k)->locals, s);
    return s;
}

/* var a, b = 1, 2, 3 and const a, b = 1: gc's messages name the first
 * name without a value or the first value without a name. */
static bool check_init_count(Checker *k, ExprVec *names, ExprVec *values) {
    if (values->len > names->len) {
        Expr *extra = values->data[names->len];
        check_error(k, ast_start_pos(extra), "extra init expr %s", expr_string(k, extra));
        return false;
    }
    if (values->len < names->len) {
        Expr *name = names->data[values->len];
        check_error(k, name->pos, "missing init expr for %s", name->ident.name);
        return false;
    }
    return true;
}

/* ---- const and var specs ------------------------------------------------ */

static void check_const_spec(Checker *k, Decl *d, bool decl_names) {
    Decl *src = d->value.values.len ? d : d->value.implicit_from;
    ExprVec *names = &d->value.names;
    ConstVal *saved_iota = k->iota;
    k->iota = const_int(k->comp, d->value.iota);
    Type *t = src && src->value.type ? check_type(k, src->value.type) : NULL;
    if (t && !type_is_boolean(t) && !type_is_numeric(t) && !type_is_string(t)) {
        /* spec: constants are booleans, numbers or strings */
        if (src == d)
            check_error(k, ast_start_pos(src->value.type), "invalid constant type %s",
                        type_string(k->arena, t));
        for (int i = 0; i < names->len; i++) {
            Symbol *s = decl_names ? declare(k, SYM_CONST, names->data[i], NULL)
                                   : names->data[i]->ident.sym;
            if (s)
                s->state = 2, s->used = true;
        }
        k->iota = saved_iota;
        return;
    }
    int nvalues = src ? src->value.values.len : 0;
    for (int i = 0; i < names->len; i++) {
        Type *vt = NULL;
        ConstVal *cv = NULL;
        if (i < nvalues) {
            Expr *v = src->value.values.data[i];
            check_expr(k, v);
            if (v->sema_mode == MODE_CONST) {
                if (!t || check_assignable(k, v, t, "constant declaration"))
                    vt = v->type, cv = v->cval;
            } else if (v->sema_mode != MODE_INVALID) {
                check_error(k, ast_start_pos(v), "%s is not constant", operand_string(k, v));
            }
        }
        Symbol *s = decl_names ? declare(k, SYM_CONST, names->data[i], vt)
                               : names->data[i]->ident.sym;
        if (!s)
            continue;
        s->type = vt;
        s->cval = cv;
        s->state = 2;
        s->used = true; /* unused constants are not an error */
    }
    if (!src)
        check_error(k, d->pos, "missing init expr for const declaration");
    else
        check_init_count(k, names, &src->value.values);
    k->iota = saved_iota;
}

/* How n values match n variables: one to one, as the results of one call
 * (a, b := f()), or not at all (an error was reported).  gc's messages:
 * "assignment mismatch: 2 variables but f returns 1 value" for a call,
 * "assignment mismatch: 2 variables but 1 value" for assignments, and
 * "extra init expr" / "missing init expr for x" in declarations. */
typedef enum Match { MATCH_NONE, MATCH_EACH, MATCH_TUPLE } Match;

static Match match_values(Checker *k, ExprVec *names, int nvars, ExprVec *values) {
    if (values->len == 0)
        return MATCH_NONE;
    Expr *v0 = values->data[0];
    if (values->len == 1 && v0->sema_mode == MODE_INVALID)
        return MATCH_NONE;
    bool call = values->len == 1 && v0->kind == EXPR_CALL &&
                v0->call.fun->sema_mode != MODE_TYPE;
    int results = !call ? values->len
                : !v0->type ? 0
                : v0->type->kind == TYPE_TUPLE ? v0->type->tuple.elems.len : 1;
    if (call && results == nvars && nvars > 1)
        return MATCH_TUPLE;
    if (values->len == 1 && nvars == 2 &&
        (check_comma_ok(k, v0) || check_map_comma_ok(k, v0) /* composite.c */))
        return MATCH_TUPLE; /* v, ok = x.(T) */
    if (call && results != nvars && (nvars > 1 || results > 1)) {
        check_error(k, ast_start_pos(v0), "assignment mismatch: %d variable%s but %s returns %d value%s",
                    nvars, nvars == 1 ? "" : "s", expr_string(k, v0->call.fun), results,
                    results == 1 ? "" : "s");
        return MATCH_NONE;
    }
    if (values->len == nvars)
        return MATCH_EACH;
    if (names && values->len != 1) /* one value might have been a call: gc's arity check waits */
        check_init_count(k, names, values);
    else
        check_error(k, ast_start_pos(v0), "assignment mismatch: %d variable%s but %d value%s", nvars,
                    nvars == 1 ? "" : "s", values->len, values->len == 1 ? "" : "s");
    return MATCH_NONE;
}

/* Element i of the tuple value v gives, for assignability: the ok of a
 * comma-ok form (m[k], x.(T), <-c) is an untyped boolean, so a named
 * boolean type may take it (spec: "Index expressions" and others). */
static Type *tuple_elem_for_assign(Expr *v, int i) {
    Type *et = v->type->tuple.elems.data[i];
    Expr *x = v;
    while (x->kind == EXPR_PAREN)
        x = x->paren.x;
    return i == 1 && x->kind != EXPR_CALL ? type_basic(TYPE_UNTYPED_BOOL) : et;
}

/* Element i of the tuple value v may be assigned to a t; if not, says so
 * in gc's words and returns false. */
static bool check_tuple_elem(Checker *k, Expr *v, int i, Type *t) {
    Type *et = tuple_elem_for_assign(v, i);
    if (type_assignable(k, et, t))
        return true;
    if (et->kind == TYPE_UNTYPED_BOOL)
        check_error(k, ast_start_pos(v), "cannot use %s (untyped bool value) as %s value in assignment",
                    expr_string(k, v), type_string(k->arena, t));
    else
        check_error(k, ast_start_pos(v), "cannot use %s (value of type %s) as type %s in assignment",
                    expr_string(k, v), type_string(k->arena, et), type_string(k->arena, t));
    return false;
}

static void check_var_spec(Checker *k, Decl *d, bool decl_names) {
    ExprVec *names = &d->value.names, *values = &d->value.values;
    Type *t = d->value.type ? check_type(k, d->value.type) : NULL;
    Type **types = arena_alloc(k->arena, sizeof(Type *) * (size_t)names->len);
    for (int i = 0; i < names->len; i++)
        types[i] = t;
    for (int i = 0; i < values->len; i++)
        check_expr_or_type(k, values->data[i]);
    bool *failed = arena_alloc(k->arena, sizeof(bool) * (size_t)(names->len + 1));
    Match m = match_values(k, names, names->len, values);
    if (m == MATCH_TUPLE) {
        for (int i = 0; i < names->len; i++) {
            Type *et = values->data[0]->type->tuple.elems.data[i];
            if (t)
                check_tuple_elem(k, values->data[0], i, t);
            types[i] = t ? t : et;
        }
    } else if (m == MATCH_EACH) {
        for (int i = 0; i < names->len; i++) {
            Expr *v = values->data[i];
            if (!check_is_value(k, v)) {
                failed[i] = true;
                continue;
            }
            if (t)
                failed[i] = !check_assignable(k, v, t, "variable declaration");
            else if (v->type && v->type->kind == TYPE_UNTYPED_NIL)
                check_error(k, ast_start_pos(v), "use of untyped nil in variable declaration");
            else
                check_default_type_in(k, v, "variable declaration"), types[i] = v->type;
        }
    } else {
        for (int i = 0; i < values->len; i++)
            check_is_value(k, values->data[i]);
    }
    for (int i = 0; i < names->len; i++) {
        Symbol *s = decl_names ? declare_local(k, names->data[i], types[i])
                               : names->data[i]->ident.sym;
        s->type = types[i];
        if (types[i])
            check_type_size(k, names->data[i]->pos, types[i], false);
        s->state = 2;
        s->is_global = !decl_names;
        s->decl = d;
        if (!types[i] || failed[i] || (values->len && m == MATCH_NONE))
            s->used = true; /* one error is enough: no "declared but not used" */
    }
}

void check_value_spec(Checker *k, Decl *d, bool declare_names) {
    if (d->kind == DECL_CONST)
        check_const_spec(k, d, declare_names);
    else
        check_var_spec(k, d, declare_names);
}

/* ---- assignments ----------------------------------------------------------- */

/* The left side of `=`: a variable or _.  Reading it does not count as a
 * use (spec: a variable must be *used*, and assigning is not using). */
static bool check_lhs(Checker *k, Expr *e, bool is_use) {
    if (is_blank(e)) {
        e->type = NULL;
        e->sema_mode = MODE_VAR;
        return true;
    }
    bool was_used = false;
    Symbol *sym = NULL;
    if (e->kind == EXPR_IDENT) {
        sym = scope_lookup(k->scope, e->ident.name);
        if (sym)
            was_used = sym->used;
    }
    check_expr_or_type(k, e);
    if (sym && sym->kind == SYM_VAR && !is_use)
        sym->used = was_used;
    if (e->sema_mode == MODE_INVALID)
        return false;
    if (e->sema_mode == MODE_BUILTIN)
        return check_is_value(k, e); /* "new (built-in) must be called" */
    if (e->sema_mode != MODE_VAR && e->sema_mode != MODE_MAPINDEX) {
        if (!check_assign_target_error(k, e)) /* composite.c */
            check_error(k, ast_start_pos(e), "cannot assign to %s", operand_string(k, e));
        return false;
    }
    return true;
}

/* A variable whose assignment failed counts as used, as in gc: the one
 * error is enough. */
static void mark_used(Expr *lhs) {
    if (lhs->kind == EXPR_IDENT && lhs->ident.sym)
        lhs->ident.sym->used = true;
}

static void check_assign_values(Checker *k, Stmt *s, Type **lhs_types, bool *ok) {
    ExprVec *lhs = &s->assign.lhs, *rhs = &s->assign.rhs;
    for (int i = 0; i < rhs->len; i++)
        check_expr_or_type(k, rhs->data[i]);
    Match m = match_values(k, NULL, lhs->len, rhs);
    if (m == MATCH_TUPLE) {
        for (int i = 0; i < lhs->len; i++) {
            Type *et = rhs->data[0]->type->tuple.elems.data[i];
            if (lhs_types[i] && ok[i] && !check_tuple_elem(k, rhs->data[0], i, lhs_types[i])) {
                mark_used(lhs->data[i]);
            } else if (!lhs_types[i]) {
                lhs_types[i] = et;
            }
        }
        return;
    }
    if (m == MATCH_NONE) {
        for (int i = 0; i < lhs->len; i++)
            mark_used(lhs->data[i]);
        return;
    }
    for (int i = 0; i < rhs->len; i++) {
        Expr *v = rhs->data[i];
        bool blank = is_blank(lhs->data[i]);
        /* `_ = f` may discard a function value */
        if (blank && v->sema_mode == MODE_VALUE && v->type && v->type->kind == TYPE_FUNC)
            continue;
        if (!check_is_value(k, v)) {
            mark_used(lhs->data[i]);
            continue;
        }
        if (lhs_types[i] && ok[i]) {
            if (!check_assignable(k, v, lhs_types[i], "assignment"))
                mark_used(lhs->data[i]);
        } else if (!lhs_types[i]) {
            if (v->type && v->type->kind == TYPE_UNTYPED_NIL) {
                if (ok[i]) /* (a failed left side was error enough) */
                    check_error(k, ast_start_pos(v), "use of untyped nil in assignment%s",
                                blank ? " to _ identifier" : "");
            } else {
                check_default_type(k, v);
            }
            lhs_types[i] = v->type;
        }
    }
}

/* spec: "Unlike regular variable declarations, a short variable
 * declaration may redeclare variables provided they were originally
 * declared earlier in the same block ... and at least one of the
 * non-blank variables is new." */
static void check_define(Checker *k, Stmt *s) {
    ExprVec *lhs = &s->assign.lhs;
    Type **types = arena_alloc(k->arena, sizeof(Type *) * (size_t)lhs->len);
    bool *ok = arena_alloc(k->arena, sizeof(bool) * (size_t)lhs->len);
    bool *fresh = arena_alloc(k->arena, sizeof(bool) * (size_t)lhs->len);
    bool any_new = false, has_err = false;
    for (int i = 0; i < lhs->len; i++) {
        Expr *e = lhs->data[i];
        if (e->kind != EXPR_IDENT) {
            check_error(k, ast_start_pos(e), "non-name %s on left side of :=", expr_string(k, e));
            has_err = true;
            continue;
        }
        bool repeated = false;
        for (int j = 0; j < i && !is_blank(e); j++)
            repeated |= lhs->data[j]->kind == EXPR_IDENT &&
                        strcmp(lhs->data[j]->ident.name, e->ident.name) == 0;
        if (repeated) {
            check_error(k, ast_start_pos(e), "%s repeated on left side of :=", e->ident.name);
            has_err = true;
            continue;
        }
        Symbol *old = is_blank(e) ? NULL : scope_lookup_local(k->scope, e->ident.name);
        if (old && old->kind != SYM_VAR) {
            check_error(k, ast_start_pos(e), "cannot assign to %s", e->ident.name);
            has_err = true;
        } else if (old) {
            ok[i] = check_lhs(k, e, false);
            types[i] = e->type;
        } else {
            fresh[i] = true;
            any_new |= !is_blank(e);
        }
    }
    check_assign_values(k, s, types, ok);
    if (!has_err && !any_new)
        check_error(k, s->pos, "no new variables on left side of :=");
    for (int i = 0; i < lhs->len; i++) {
        if (!fresh[i])
            continue;
        Symbol *sym = declare_local(k, lhs->data[i], types[i]);
        if (!types[i])
            sym->used = true; /* its value was in error: say nothing more */
        lhs->data[i]->type = types[i];
        lhs->data[i]->sema_mode = MODE_VAR;
    }
}

static void check_assign(Checker *k, Stmt *s) {
    ExprVec *lhs = &s->assign.lhs;
    if (s->assign.op == TOK_DEFINE) {
        check_define(k, s);
        return;
    }
    if (s->assign.op != TOK_ASSIGN) {
        /* x op= y behaves as x = x op y, with x evaluated once */
        if (lhs->len != 1 || s->assign.rhs.len != 1) {
            check_error(k, s->pos, "assignment operation %s requires single-valued expressions",
                        token_spelling(s->assign.op));
            return;
        }
        Expr *x = lhs->data[0];
        if (!check_lhs(k, x, true) || is_blank(x)) {
            if (is_blank(x))
                check_error(k, ast_start_pos(x), "cannot use _ as value or type");
            check_expr(k, s->assign.rhs.data[0]);
            return;
        }
        Expr *bin = ast_expr(k->arena, EXPR_BINARY, s->pos);
        bin->binary.op = s->assign.op - (TOK_ADD_ASSIGN - TOK_ADD);
        bin->binary.x = x;
        bin->binary.y = s->assign.rhs.data[0];
        check_expr(k, bin);
        if (bin->sema_mode != MODE_INVALID)
            check_assignable(k, bin, x->type, "assignment");
        return;
    }
    Type **types = arena_alloc(k->arena, sizeof(Type *) * (size_t)lhs->len);
    bool *ok = arena_alloc(k->arena, sizeof(bool) * (size_t)lhs->len);
    for (int i = 0; i < lhs->len; i++) {
        ok[i] = check_lhs(k, lhs->data[i], false);
        types[i] = lhs->data[i]->type;
    }
    check_assign_values(k, s, types, ok);
}

/* ---- control flow --------------------------------------------------------- */

static void check_cond(Checker *k, Expr *cond, const char *what) {
    check_expr(k, cond);
    if (cond->sema_mode == MODE_INVALID)
        return;
    if (!type_is_boolean(cond->type)) {
        check_error(k, ast_start_pos(cond), "non-boolean condition in %s statement", what);
        return;
    }
    check_default_type(k, cond);
}

static void check_simple(Checker *k, Stmt *s) {
    if (s)
        check_stmt(k, s);
}

static void push_breakable(Checker *k, Stmt *s) {
    vec_push(k->arena, &state(k)->breakables, s);
}
static void pop_breakable(Checker *k) { state(k)->breakables.len--; }

/* for flow.c (range loops, type switches) */
void check_stmt_in(Checker *k, Stmt *s) { check_stmt(k, s); }
Symbol *check_declare_local(Checker *k, Expr *name, Type *t) { return declare_local(k, name, t); }
bool check_assign_target(Checker *k, Expr *e) { return check_lhs(k, e, false); }
void check_push_breakable(Checker *k, Stmt *s) { push_breakable(k, s); }
void check_pop_breakable(Checker *k) { pop_breakable(k); }

static void check_for(Checker *k, Stmt *s) {
    open_scope(k);
    check_simple(k, s->for_.init);
    if (s->for_.cond)
        check_cond(k, s->for_.cond, "for");
    if (s->for_.post && s->for_.post->kind == STMT_ASSIGN &&
        s->for_.post->assign.op == TOK_DEFINE)
        check_error(k, s->for_.post->pos, "cannot declare in post statement of for loop");
    else
        check_simple(k, s->for_.post);
    push_breakable(k, s);
    check_stmt(k, s->for_.body);
    pop_breakable(k);
    close_scope(k);
}

/* Duplicate constant cases: "duplicate case 1 in expression switch". */
static void check_duplicate_case(Checker *k, Expr *e, ExprVec *seen) {
    if (e->sema_mode != MODE_CONST)
        return;
    for (int i = 0; i < seen->len; i++) {
        Expr *o = seen->data[i];
        if (o->cval->kind == e->cval->kind && const_compare(o->cval, e->cval) == 0 &&
            type_identical(o->type, e->type)) {
            Position p = source_position(k->arena, &k->comp->sources, o->pos);
            check_error(k, ast_start_pos(e), "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                        operand_string(k, e), p.file, p.line, p.col);
            return;
        }
    }
    vec_push(k->arena, seen, e);
}

static void check_case_value(Checker *k, Expr *tag, Expr *v) {
    check_expr(k, v);
    if (v->sema_mode == MODE_INVALID)
        return;
    if (!tag) {
        if (type_under(v->type) && type_under(v->type)->kind == TYPE_INTERFACE &&
            check_implements(k, type_basic(TYPE_BOOL), v->type, NULL))
            return; /* compared with true, which converts to the interface */
        if (!type_is_boolean(v->type))
            check_error(k, ast_start_pos(v), "invalid case %s in switch (mismatched types %s and bool)",
                        expr_string(k, v), type_string(k->arena, default_type(v->type)));
        else
            check_default_type(k, v);
        return;
    }
    if (tag->sema_mode == MODE_INVALID)
        return;
    if (check_case_comparison(k, tag, v)) /* composite.c */
        return;
    /* spec: the case expression x and the tag t are compared as x == t */
    if (type_under(tag->type) && type_under(tag->type)->kind == TYPE_INTERFACE &&
        !type_identical(v->type, tag->type) && (type_is_untyped(v->type) || !type_under(v->type) ||
                                                type_under(v->type)->kind != TYPE_INTERFACE)) {
        check_assignable(k, v, tag->type, "switch case"); /* methods.c: x implements t */
        return;
    }
    if (type_is_untyped(v->type) && v->sema_mode == MODE_CONST &&
        type_is_string(v->type) != type_is_string(tag->type)) {
        check_error(k, ast_start_pos(v), "cannot convert %s to %s", operand_string(k, v),
                    type_string(k->arena, tag->type));
    } else if (type_is_untyped(v->type)) {
        check_assignable(k, v, tag->type, "switch case");
    } else if (!type_identical(v->type, tag->type)) {
        check_error(k, ast_start_pos(v), "invalid case %s in switch on %s (mismatched types %s and %s)",
                    expr_string(k, v), expr_string(k, tag), type_string(k->arena, v->type),
                    type_string(k->arena, tag->type));
    }
}

/* ---- channels ------------------------------------------------------------------ */

/* spec: "Send statements": ch <- v. */
static void check_send(Checker *k, Stmt *s) {
    Expr *ch = s->send.chan, *v = s->send.value;
    check_expr(k, ch);
    check_expr(k, v);
    if (ch->sema_mode == MODE_INVALID)
        return;
    Type *u = type_under(ch->type);
    if (!u || u->kind != TYPE_CHAN) {
        check_error(k, s->pos, "invalid operation: cannot send to non-channel %s", operand_string(k, ch));
        return;
    }
    if (u->chan.dir == CHAN_RECV) {
        check_error(k, s->pos, "invalid operation: cannot send to receive-only channel %s",
                    operand_string(k, ch));
        return;
    }
    check_assignable(k, v, u->chan.elem, "send");
}

/* spec: "Select statements": each case a send or a receive. */
static void check_select(Checker *k, Stmt *s) {
    push_breakable(k, s);
    for (int i = 0; i < s->select.clauses.len; i++) {
        Stmt *c = s->select.clauses.data[i];
        open_scope(k);
        if (c->comm.comm)
            check_stmt(k, c->comm.comm);
        for (int j = 0; j < c->comm.body.len; j++)
            check_stmt(k, c->comm.body.data[j]);
        close_scope(k);
    }
    pop_breakable(k);
}

static void check_switch(Checker *k, Stmt *s) {
    open_scope(k);
    check_simple(k, s->switch_.init);
    Expr *tag = s->switch_.tag;
    if (tag) {
        check_expr(k, tag);
        check_default_type_in(k, tag, "switch expression");
        check_switch_tag(k, tag); /* composite.c */
    }
    ExprVec seen = {0};
    Stmt *first_default = NULL;
    push_breakable(k, s);
    for (int i = 0; i < s->switch_.clauses.len; i++) {
        Stmt *c = s->switch_.clauses.data[i];
        if (c->case_.is_default) {
            if (first_default) {
                Position p = source_position(k->arena, &k->comp->sources, first_default->pos);
                check_error(k, c->pos, "multiple defaults (first at %s:%d:%d)", p.file, p.line,
                            p.col);
            } else {
                first_default = c;
            }
        }
        for (int j = 0; j < c->case_.list.len; j++) {
            Expr *v = c->case_.list.data[j];
            check_case_value(k, tag, v);
            if (tag || (v->sema_mode == MODE_CONST))
                check_duplicate_case(k, v, &seen);
        }
        open_scope(k);
        for (int j = 0; j < c->case_.body.len; j++) {
            Stmt *b = c->case_.body.data[j];
            if (b->kind == STMT_BRANCH && b->branch.tok == TOK_FALLTHROUGH) {
                if (j != c->case_.body.len - 1)
                    check_error(k, b->pos, "fallthrough statement out of place");
                else if (i == s->switch_.clauses.len - 1)
                    check_error(k, b->pos, "cannot fallthrough final case in switch");
                b->branch.target = s;
                continue;
            }
            check_stmt(k, b);
        }
        close_scope(k);
    }
    pop_breakable(k);
    close_scope(k);
}

static void check_branch(Checker *k, Stmt *s) {
    const char *word = token_spelling(s->branch.tok);
    if (s->branch.label || s->branch.tok == TOK_GOTO)
        return; /* resolved by check_labels (flow.c) */
    if (s->branch.tok == TOK_FALLTHROUGH) {
        check_error(k, s->pos, "fallthrough statement out of place");
        return;
    }
    FuncState *fs = state(k);
    for (int i = fs->breakables.len - 1; i >= 0; i--) {
        Stmt *t = fs->breakables.data[i];
        if (s->branch.tok == TOK_BREAK || t->kind == STMT_FOR || t->kind == STMT_RANGE) {
            s->branch.target = t;
            return;
        }
    }
    check_error(k, s->pos, "%s is not in a loop%s", word,
                s->branch.tok == TOK_BREAK ? ", switch, or select" : "");
}

static void check_return(Checker *k, Stmt *s) {
    ExprVec *results = &s->ret.results;
    TypeVec *want = &k->result_types->tuple.elems;
    for (int i = 0; i < results->len; i++)
        check_expr_or_type(k, results->data[i]);
    if (results->len == 0) {
        /* a bare return: fine with no or named results */
        if (want->len && !k->results_named)
            check_error(k, s->pos, "not enough return values\n\thave ()\n\twant %s",
                        type_string(k->arena, k->result_types));
        return;
    }
    if (results->len == 1 && results->data[0]->type &&
        results->data[0]->type->kind == TYPE_TUPLE &&
        type_identical(results->data[0]->type, k->result_types))
        return;
    Expr *r0 = results->data[0];
    if (results->len == 1 && r0->type && r0->type->kind == TYPE_TUPLE &&
        r0->type->tuple.elems.len != want->len) { /* return f(), f's results counted */
        check_error(k, ast_start_pos(r0), "%s return values\n\thave %s\n\twant %s",
                    r0->type->tuple.elems.len < want->len ? "not enough" : "too many",
                    type_string(k->arena, r0->type), type_string(k->arena, k->result_types));
        return;
    }
    if (results->len != want->len) {
        bool few = results->len < want->len;
        Expr *at = few ? results->data[results->len - 1] : results->data[want->len];
        StrBuf have = {0};
        sb_putc(&have, '(');
        for (int i = 0; i < results->len; i++) {
            Expr *a = results->data[i];
            if (i)
                sb_puts(&have, ", ");
            sb_puts(&have, !a->type ? "invalid type"
                           : type_is_untyped(a->type) && type_is_numeric(a->type)
                               ? "number"
                               : type_string(k->arena, default_type(a->type)));
        }
        sb_putc(&have, ')');
        check_error(k, ast_start_pos(at), "%s return values\n\thave %s\n\twant %s",
                    few ? "not enough" : "too many", have.data,
                    type_string(k->arena, k->result_types));
        sb_free(&have);
        return;
    }
    for (int i = 0; i < results->len; i++)
        if (check_is_value(k, results->data[i]))
            check_assignable(k, results->data[i], want->data[i], "return statement");
}

static void check_expr_stmt(Checker *k, Stmt *s) {
    Expr *x = s->expr.x;
    check_expr_or_type(k, x);
    if (x->sema_mode == MODE_INVALID)
        return;
    if (x->kind == EXPR_CALL && x->call.fun->sema_mode != MODE_TYPE) {
        Symbol *b = sema_callee(x);
        /* spec: "Expression statements": not the builtins that only
         * compute a value */
        if (!(b && b->kind == SYM_BUILTIN &&
              (b->builtin == BUILTIN_LEN || b->builtin == BUILTIN_CAP ||
               b->builtin == BUILTIN_APPEND || b->builtin == BUILTIN_COMPLEX ||
               b->builtin == BUILTIN_REAL || b->builtin == BUILTIN_IMAG ||
               b->builtin == BUILTIN_MAKE || b->builtin == BUILTIN_NEW)))
            return;
    }
    Expr *inner = x;
    while (inner->kind == EXPR_PAREN)
        inner = inner->paren.x;
    if (inner->kind == EXPR_UNARY && inner->unary.op == TOK_ARROW)
        return; /* a receive statement: <-ch */
    check_error(k, ast_start_pos(x), x->sema_mode == MODE_TYPE ? "%s is not an expression" : "%s is not used",
                operand_string(k, x));
}

static void check_inc_dec(Checker *k, Stmt *s) {
    Expr *x = s->inc_dec.x;
    if (!check_lhs(k, x, true))
        return;
    if (is_blank(x)) {
        check_error(k, ast_start_pos(x), "cannot use _ as value or type");
        return;
    }
    if (!type_is_numeric(x->type))
        check_error(k, ast_start_pos(x), "invalid operation: %s%s (non-numeric type %s)",
                    expr_string(k, x), token_spelling(s->inc_dec.op),
                    type_string(k->arena, x->type));
}

static void check_stmt(Checker *k, Stmt *s) {
    switch (s->kind) {
    case STMT_BAD:
    case STMT_EMPTY:
        return;
    case STMT_DECL:
        for (int i = 0; i < s->decl.decls.len; i++) {
            Decl *d = s->decl.decls.data[i];
            if (d->kind == DECL_CONST || d->kind == DECL_VAR) {
                check_value_spec(k, d, true);
            } else if (d->kind == DECL_TYPE) {
                /* spec: the scope of a local type name starts at its
                 * identifier, so it may refer to itself */
                Symbol *t = declare(k, SYM_TYPE, d->type.name, NULL);
                t->decl = d;
                t->used = true;
                t->state = 0; /* unresolved: declare() made it resolved */
                check_resolve(k, t);
                check_complete_types(k);
                check_valid_type(k, t);
            }
        }
        return;
    case STMT_EXPR: check_expr_stmt(k, s); return;
    case STMT_INC_DEC: check_inc_dec(k, s); return;
    case STMT_ASSIGN: check_assign(k, s); return;
    case STMT_RETURN: check_return(k, s); return;
    case STMT_BRANCH: check_branch(k, s); return;
    case STMT_BLOCK:
        open_scope(k);
        check_stmts(k, &s->block.stmts);
        close_scope(k);
        return;
    case STMT_IF:
        open_scope(k);
        check_simple(k, s->if_.init);
        check_cond(k, s->if_.cond, "if");
        check_stmt(k, s->if_.then);
        if (s->if_.else_)
            check_stmt(k, s->if_.else_);
        close_scope(k);
        return;
    case STMT_FOR: check_for(k, s); return;
    case STMT_SWITCH: check_switch(k, s); return;
    case STMT_LABELED: check_stmt(k, s->labeled.stmt); return;
    case STMT_SEND: check_send(k, s); return;
    case STMT_GO: check_defer(k, s); return; /* flow.c: the same rules */
    case STMT_DEFER: check_defer(k, s); return;
    case STMT_TYPE_SWITCH: check_type_switch(k, s); return;
    case STMT_SELECT: check_select(k, s); return;
    case STMT_RANGE: check_range(k, s); return;
    case STMT_CASE:
    case STMT_COMM:
        ice("case clause outside switch");
    }
}

static void check_stmts(Checker *k, StmtVec *v) {
    for (int i = 0; i < v->len; i++)
        check_stmt(k, v->data[i]);
}

/* ---- terminating statements (spec: "Terminating statements") ---------- */

static bool has_break(Stmt *s, Stmt *target);

static bool list_has_break(StmtVec *v, Stmt *target) {
    for (int i = 0; i < v->len; i++)
        if (has_break(v->data[i], target))
            return true;
    return false;
}

static bool has_break(Stmt *s, Stmt *target) {
    if (!s)
        return false;
    switch (s->kind) {
    case STMT_BRANCH: return s->branch.tok == TOK_BREAK && s->branch.target == target;
    case STMT_BLOCK: return list_has_break(&s->block.stmts, target);
    case STMT_IF: return has_break(s->if_.then, target) || has_break(s->if_.else_, target);
    case STMT_FOR: return has_break(s->for_.body, target);
    case STMT_RANGE: return has_break(s->range.body, target);
    case STMT_LABELED: return has_break(s->labeled.stmt, target);
    case STMT_TYPE_SWITCH:
        for (int i = 0; i < s->type_switch.clauses.len; i++)
            if (list_has_break(&s->type_switch.clauses.data[i]->case_.body, target))
                return true;
        return false;
    case STMT_SWITCH:
        for (int i = 0; i < s->switch_.clauses.len; i++)
            if (list_has_break(&s->switch_.clauses.data[i]->case_.body, target))
                return true;
        return false;
    default: return false;
    }
}

static bool is_terminating(Stmt *s);

static bool list_terminating(StmtVec *v) {
    /* trailing empty statements don't count */
    int n = v->len;
    while (n > 0 && v->data[n - 1]->kind == STMT_EMPTY)
        n--;
    return n > 0 && is_terminating(v->data[n - 1]);
}

/* An unlabeled break that leaves the statement list itself (one inside a
 * nested for, switch or select leaves that instead). */
static bool list_breaks_out(StmtVec *v);

static bool breaks_out(Stmt *s) {
    if (!s)
        return false;
    switch (s->kind) {
    case STMT_BRANCH: return s->branch.tok == TOK_BREAK && !s->branch.label;
    case STMT_BLOCK: return list_breaks_out(&s->block.stmts);
    case STMT_IF: return breaks_out(s->if_.then) || breaks_out(s->if_.else_);
    case STMT_LABELED: return breaks_out(s->labeled.stmt);
    default: return false;
    }
}

static bool list_breaks_out(StmtVec *v) {
    for (int i = 0; i < v->len; i++)
        if (breaks_out(v->data[i]))
            return true;
    return false;
}

/* Is there a `break label` anywhere inside s? */
static bool breaks_to_label(Stmt *s, const char *label);

static bool list_breaks_to_label(StmtVec *v, const char *label) {
    for (int i = 0; i < v->len; i++)
        if (breaks_to_label(v->data[i], label))
            return true;
    return false;
}

static bool breaks_to_label(Stmt *s, const char *label) {
    if (!s)
        return false;
    switch (s->kind) {
    case STMT_BRANCH:
        return s->branch.tok == TOK_BREAK && s->branch.label &&
               strcmp(s->branch.label->ident.name, label) == 0;
    case STMT_BLOCK: return list_breaks_to_label(&s->block.stmts, label);
    case STMT_IF:
        return breaks_to_label(s->if_.then, label) || breaks_to_label(s->if_.else_, label);
    case STMT_LABELED: return breaks_to_label(s->labeled.stmt, label);
    case STMT_FOR: return breaks_to_label(s->for_.body, label);
    case STMT_RANGE: return breaks_to_label(s->range.body, label);
    case STMT_SWITCH: return list_breaks_to_label(&s->switch_.clauses, label);
    case STMT_TYPE_SWITCH: return list_breaks_to_label(&s->type_switch.clauses, label);
    case STMT_SELECT: return list_breaks_to_label(&s->select.clauses, label);
    case STMT_CASE: return list_breaks_to_label(&s->case_.body, label);
    case STMT_COMM: return list_breaks_to_label(&s->comm.body, label);
    default: return false;
    }
}

/* spec: a select statement in which there are no break statements
 * referring to it, and every clause's list ends in a terminating
 * statement.  (go2c does not check select's cases, so its breaks have no
 * targets: look for them by position.) */
static bool select_terminates(Stmt *s) {
    for (int i = 0; i < s->select.clauses.len; i++) {
        StmtVec *body = &s->select.clauses.data[i]->comm.body;
        if (!list_terminating(body) || list_breaks_out(body))
            return false;
    }
    return true;
}

static bool is_terminating(Stmt *s) {
    switch (s->kind) {
    case STMT_RETURN: return true;
    case STMT_BRANCH: return s->branch.tok == TOK_GOTO;
    case STMT_EXPR: {
        Expr *x = s->expr.x;
        /* a call of the builtin panic; in code go2c did not check (a
         * select's cases) names are unresolved: go by the name */
        return x->kind == EXPR_CALL && x->call.fun->kind == EXPR_IDENT &&
               strcmp(x->call.fun->ident.name, "panic") == 0 &&
               (!x->call.fun->ident.sym || x->call.fun->ident.sym->kind == SYM_BUILTIN);
    }
    case STMT_BLOCK: return list_terminating(&s->block.stmts);
    case STMT_IF:
        return s->if_.else_ && is_terminating(s->if_.then) && is_terminating(s->if_.else_);
    case STMT_FOR: return !s->for_.cond && !has_break(s->for_.body, s);
    case STMT_SWITCH: {
        bool has_default = false;
        for (int i = 0; i < s->switch_.clauses.len; i++) {
            Stmt *c = s->switch_.clauses.data[i];
            has_default |= c->case_.is_default;
            StmtVec *b = &c->case_.body;
            bool ends_fallthrough = b->len && b->data[b->len - 1]->kind == STMT_BRANCH &&
                                    b->data[b->len - 1]->branch.tok == TOK_FALLTHROUGH;
            if (!ends_fallthrough && !list_terminating(b))
                return false;
            if (list_has_break(b, s))
                return false;
        }
        return has_default;
    }
    case STMT_TYPE_SWITCH: {
        bool has_default = false;
        for (int i = 0; i < s->type_switch.clauses.len; i++) {
            Stmt *c = s->type_switch.clauses.data[i];
            has_default |= c->case_.is_default;
            if (!list_terminating(&c->case_.body) || list_has_break(&c->case_.body, s))
                return false;
        }
        return has_default;
    }
    case STMT_LABELED:
        /* a select's cases are not checked, so `break L` has no target:
         * look for one by name */
        if (s->labeled.stmt->kind == STMT_SELECT &&
            breaks_to_label(s->labeled.stmt, s->labeled.label->ident.name))
            return false;
        return is_terminating(s->labeled.stmt);
    case STMT_SELECT: return select_terminates(s);
    default: return false;
    }
}

/* ---- a function body -------------------------------------------------------- */

static void check_body(Checker *k, Stmt *body);

void check_func_body(Checker *k, Decl *fn) { check_body(k, fn->func.body); }

/* A function literal's parameters are declared in a new function scope
 * inside the current one; its results, locals and loops are its own, and
 * the enclosing function's are back afterwards. */
void check_func_lit_body(Checker *k, Expr *lit, Type *sig) {
    Scope *saved_scope = k->scope;
    Type *saved_results = k->result_types;
    bool saved_named = k->results_named;
    k->scope = scope_new(k->arena, k->scope);
    k->scope->is_func = true;
    Expr *ft = lit->func_lit.type;
    for (int pass = 0; pass < 2; pass++) {
        FieldVec *fields = pass ? &ft->func_type.results : &ft->func_type.params;
        for (int i = 0; i < fields->len; i++) {
            Field *f = fields->data[i];
            for (int j = 0; j < f->names.len; j++) {
                Symbol *p = declare(k, SYM_VAR, f->names.data[j], f->type->type);
                p->is_param = true;
                p->used = true;
            }
        }
    }
    Type *results = type_new(k->arena, TYPE_TUPLE);
    results->tuple.elems = sig->func.results;
    k->result_types = results;
    FieldVec *rf = &ft->func_type.results;
    k->results_named = rf->len > 0 && rf->data[0]->names.len > 0;
    check_body(k, lit->func_lit.body);
    k->scope = saved_scope;
    k->result_types = saved_results;
    k->results_named = saved_named;
}

static void check_body(Checker *k, Stmt *body) {
    FuncState fs = {0};
    void *saved = k->func_state;
    k->func_state = &fs;
    int unsupported = k->diags->unsupported;
    check_labels(k, body);
    check_stmts(k, &body->block.stmts);
    if (k->result_types->tuple.elems.len && !list_terminating(&body->block.stmts))
        check_error(k, body->block.rbrace, "missing return");
    /* a variable used only in code go2c skipped is not unused */
    for (int i = 0; i < fs.locals.len && k->diags->unsupported == unsupported; i++)
        if (!fs.locals.data[i]->used)
            check_error(k, fs.locals.data[i]->pos, "%s declared but not used",
                        fs.locals.data[i]->name);
    k->func_state = saved;
}
