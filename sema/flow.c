/*
 * flow.c — the statements that move control in less plain ways: labels
 * with goto and labeled break/continue, defer, range loops and type
 * switches.
 *
 * Labels are checked per function body, before its statements, by a walk
 * of the statements alone (spec: "The scope of a label is the body of the
 * function in which it is declared and excludes the body of any nested
 * function").  gc checks them in its syntax package, so its words are
 * those: "label L defined and not used", "goto L jumps into block
 * starting at ...", "goto L jumps over declaration of x at ...".
 */
#include "internal.h"

#include <string.h>

static void invalidate(Expr *e) {
    e->sema_mode = MODE_INVALID;
    e->type = NULL;
    e->cval = NULL;
}

static const char *where(Checker *k, Pos pos) {
    Position p = source_position(k->arena, &k->comp->sources, pos);
    return arena_printf(k->arena, "%s:%d:%d", p.file, p.line, p.col);
}

static bool is_blank(const Expr *e) {
    return e && e->kind == EXPR_IDENT && strcmp(e->ident.name, "_") == 0;
}

/* ---- labels ------------------------------------------------------------------ */

/* A statement list: a block, a case clause's body. */
typedef struct Block {
    StmtVec *list;
    struct Block *parent;
    int parent_index;        /* the statement of parent that holds this block */
    Pos start;
} Block;

typedef struct Label {
    const char *name;
    Stmt *stmt;              /* STMT_LABELED */
    Block *block;
    int index;
    bool used;
} Label;

typedef struct Jump {
    Stmt *s;                 /* STMT_BRANCH */
    Block *block;
    int index;
    Vec(Stmt *) enclosing;   /* labeled statements around it, innermost last */
} Jump;

typedef struct Labels {
    Checker *k;
    Vec(Label *) labels;
    Vec(Jump *) jumps;
    Vec(Stmt *) enclosing;
} Labels;

static Label *find_label(Labels *ls, const char *name) {
    for (int i = 0; i < ls->labels.len; i++)
        if (strcmp(ls->labels.data[i]->name, name) == 0)
            return ls->labels.data[i];
    return NULL;
}

static void walk_list(Labels *ls, StmtVec *list, Block *parent, int parent_index, Pos start);

static void walk_stmt(Labels *ls, Stmt *s, Block *b, int index) {
    Checker *k = ls->k;
    if (!s)
        return;
    switch (s->kind) {
    case STMT_LABELED: {
        const char *name = s->labeled.label->ident.name;
        Label *old = find_label(ls, name);
        if (old && strcmp(name, "_") != 0) {
            check_error(k, s->labeled.label->pos, "label %s already defined at %s", name,
                        where(k, old->stmt->labeled.label->pos));
        } else if (strcmp(name, "_") != 0) {
            Label *l = ARENA_NEW(k->arena, Label);
            *l = (Label){name, s, b, index, false};
            vec_push(k->arena, &ls->labels, l);
        }
        vec_push(k->arena, &ls->enclosing, s);
        walk_stmt(ls, s->labeled.stmt, b, index);
        ls->enclosing.len--;
        return;
    }
    case STMT_BRANCH:
        if (s->branch.label || s->branch.tok == TOK_GOTO) {
            Jump *j = ARENA_NEW(k->arena, Jump);
            j->s = s;
            j->block = b;
            j->index = index;
            for (int i = 0; i < ls->enclosing.len; i++)
                vec_push(k->arena, &j->enclosing, ls->enclosing.data[i]);
            vec_push(k->arena, &ls->jumps, j);
        }
        return;
    case STMT_BLOCK:
        walk_list(ls, &s->block.stmts, b, index, s->pos);
        return;
    case STMT_IF:
        walk_stmt(ls, s->if_.then, b, index);
        walk_stmt(ls, s->if_.else_, b, index);
        return;
    case STMT_FOR:
        walk_stmt(ls, s->for_.body, b, index);
        return;
    case STMT_RANGE:
        walk_stmt(ls, s->range.body, b, index);
        return;
    case STMT_SWITCH:
        for (int i = 0; i < s->switch_.clauses.len; i++) {
            Stmt *c = s->switch_.clauses.data[i];
            walk_list(ls, &c->case_.body, b, index, c->pos);
        }
        return;
    case STMT_TYPE_SWITCH:
        for (int i = 0; i < s->type_switch.clauses.len; i++) {
            Stmt *c = s->type_switch.clauses.data[i];
            walk_list(ls, &c->case_.body, b, index, c->pos);
        }
        return;
    case STMT_SELECT:
        for (int i = 0; i < s->select.clauses.len; i++) {
            Stmt *c = s->select.clauses.data[i];
            walk_list(ls, &c->comm.body, b, index, c->pos);
        }
        return;
    default:
        return;
    }
}

static void walk_list(Labels *ls, StmtVec *list, Block *parent, int parent_index, Pos start) {
    Block *b = ARENA_NEW(ls->k->arena, Block);
    *b = (Block){list, parent, parent_index, start};
    for (int i = 0; i < list->len; i++)
        walk_stmt(ls, list->data[i], b, i);
}

/* The variable a statement declares, if any: `var x ...`, `x := ...`. */
static bool declares_var(Stmt *s, const char **name, Pos *pos) {
    if (s->kind == STMT_DECL) {
        for (int i = s->decl.decls.len - 1; i >= 0; i--) {
            Decl *d = s->decl.decls.data[i];
            if (d->kind == DECL_VAR && d->value.names.len) {
                *name = d->value.names.data[0]->ident.name;
                *pos = d->value.names.data[0]->pos;
                return true;
            }
        }
    }
    if (s->kind == STMT_ASSIGN && s->assign.op == TOK_DEFINE && s->assign.lhs.len &&
        s->assign.lhs.data[0]->kind == EXPR_IDENT) {
        *name = s->assign.lhs.data[0]->ident.name;
        *pos = s->pos;
        return true;
    }
    return false;
}

static void check_goto(Labels *ls, Jump *j, Label *l) {
    Checker *k = ls->k;
    const char *name = l->name;
    Pos at = j->s->branch.label->pos;
    /* the statement of l's block that holds the goto, if l's block
     * encloses it */
    Block *b = j->block;
    int index = j->index;
    while (b && b != l->block) {
        index = b->parent_index;
        b = b->parent;
    }
    if (!b) {
        check_error(k, at, "goto %s jumps into block starting at %s", name, where(k, l->block->start));
        return;
    }
    if (l->index <= index)
        return; /* backwards: nothing is skipped */
    for (int i = l->index - 1; i > index; i--) {
        const char *var;
        Pos pos;
        if (declares_var(b->list->data[i], &var, &pos)) {
            check_error(k, at, "goto %s jumps over declaration of %s at %s", name, var, where(k, pos));
            return;
        }
    }
}

static Stmt *unlabeled(Stmt *s) {
    while (s && s->kind == STMT_LABELED)
        s = s->labeled.stmt;
    return s;
}

void check_labels(Checker *k, Stmt *body) {
    Labels ls = {.k = k};
    walk_list(&ls, &body->block.stmts, NULL, 0, body->pos);
    for (int i = 0; i < ls.jumps.len; i++) {
        Jump *j = ls.jumps.data[i];
        Stmt *s = j->s;
        Expr *le = s->branch.label;
        if (!le)
            continue; /* goto without a label: a syntax error */
        const char *name = le->ident.name;
        Label *l = find_label(&ls, name);
        if (s->branch.tok == TOK_GOTO) {
            if (!l) {
                check_error(k, le->pos, "label %s not defined", name);
                continue;
            }
            l->used = true;
            s->branch.target = l->stmt;
            check_goto(&ls, j, l);
            continue;
        }
        const char *word = s->branch.tok == TOK_BREAK ? "break" : "continue";
        if (!l) {
            check_error(k, le->pos, "%s label not defined: %s", word, name);
            continue;
        }
        l->used = true;
        bool enclosing = false;
        for (int e = 0; e < j->enclosing.len; e++)
            enclosing |= j->enclosing.data[e] == l->stmt;
        Stmt *t = unlabeled(l->stmt);
        bool ok = enclosing && t &&
                  (t->kind == STMT_FOR || t->kind == STMT_RANGE ||
                   (s->branch.tok == TOK_BREAK &&
                    (t->kind == STMT_SWITCH || t->kind == STMT_TYPE_SWITCH ||
                     t->kind == STMT_SELECT)));
        if (!ok) {
            check_error(k, le->pos, "invalid %s label %s", word, name);
            continue;
        }
        s->branch.target = t;
    }
    for (int i = 0; i < ls.labels.len; i++) {
        Label *l = ls.labels.data[i];
        l->stmt->labeled.sym = NULL;
        if (!l->used)
            check_error(k, l->stmt->labeled.label->pos, "label %s defined and not used", l->name);
    }
}

/* ---- defer --------------------------------------------------------------------- */

/* spec: "The expression must be a function or method call; it cannot be
 * parenthesized.  Calls of built-in functions are restricted as for
 * expression statements." */
void check_defer(Checker *k, Stmt *s) {
    const char *word = s->kind == STMT_GO ? "go" : "defer";
    Expr *call = s->kind == STMT_GO ? s->go.call : s->defer.call;
    check_expr_or_type(k, call);
    if (call->kind != EXPR_CALL || call->sema_mode == MODE_INVALID)
        return; /* the parser reported what is not a call */
    Expr *fun = call->call.fun;
    if (fun->sema_mode == MODE_TYPE) {
        check_error(k, ast_start_pos(call), "%s requires function call, not conversion %s", word,
                    operand_string(k, call));
        return;
    }
    if (fun->sema_mode == MODE_BUILTIN) {
        Symbol *b = sema_callee(call);
        switch (b ? b->builtin : BUILTIN_NONE) {
        case BUILTIN_LEN: case BUILTIN_CAP: case BUILTIN_APPEND: case BUILTIN_COMPLEX:
        case BUILTIN_IMAG: case BUILTIN_REAL: case BUILTIN_MAKE: case BUILTIN_NEW:
            check_error(k, ast_start_pos(call), "%s discards result of %s", word, operand_string(k, call));
            return;
        default:
            return;
        }
    }
}

/* ---- range loops ------------------------------------------------------------------ */

/* The key and value types of `range x` (spec: "For statements with range
 * clause"); false when x cannot be ranged over. */
static bool range_types(Checker *k, Expr *x, Type **key, Type **value) {
    Type *u = type_under(x->type);
    if (!u)
        return false;
    if (u->kind == TYPE_POINTER) {
        Type *a = type_under(u->pointer.elem);
        if (!a || a->kind != TYPE_ARRAY)
            return false;
        u = a;
    }
    switch (u->kind) {
    case TYPE_STRING:
    case TYPE_UNTYPED_STRING:
        check_default_type(k, x);
        *key = type_basic(TYPE_INT);
        *value = type_rune();
        return true;
    case TYPE_ARRAY:
        *key = type_basic(TYPE_INT);
        *value = u->array.elem;
        return true;
    case TYPE_SLICE:
        *key = type_basic(TYPE_INT);
        *value = u->slice.elem;
        return true;
    case TYPE_MAP:
        *key = u->map.key;
        *value = u->map.value;
        return true;
    case TYPE_CHAN:
        if (u->chan.dir == CHAN_SEND)
            return false;
        *key = u->chan.elem;
        *value = NULL; /* one iteration variable only */
        return true;
    default:
        return false;
    }
}

/* `for k, v = range x`: each iteration value is assigned to its variable. */
static void assign_iteration(Checker *k, Expr *lhs, Type *t) {
    if (!lhs || !check_assign_target(k, lhs) || !t)
        return;
    if (is_blank(lhs))
        return;
    Expr v = *lhs; /* the value, named as gc does: as its variable */
    v.sema_mode = MODE_VALUE;
    v.type = t;
    v.cval = NULL;
    check_assignable(k, &v, lhs->type, "assignment");
}

void check_range(Checker *k, Stmt *s) {
    Expr *x = s->range.x;
    check_expr(k, x);
    Type *kt = NULL, *vt = NULL;
    if (x->sema_mode != MODE_INVALID && !range_types(k, x, &kt, &vt)) {
        check_error(k, ast_start_pos(x), "cannot range over %s", operand_string(k, x));
        invalidate(x);
    }
    Type *xu = x->type ? type_under(x->type) : NULL;
    if (xu && xu->kind == TYPE_CHAN && s->range.value)
        check_error(k, ast_start_pos(s->range.value), "range over %s permits only one iteration variable",
                    operand_string(k, x));
    k->scope = scope_new(k->arena, k->scope);
    Expr *vars[2] = {s->range.key, s->range.value};
    Type *types[2] = {kt, vt};
    if (s->range.define) {
        for (int i = 0; i < 2; i++) {
            if (!vars[i])
                continue;
            if (vars[i]->kind != EXPR_IDENT) {
                check_error(k, ast_start_pos(vars[i]), "non-name %s on left side of :=",
                            expr_string(k, vars[i]));
                continue;
            }
            Symbol *sym = check_declare_local(k, vars[i], types[i]);
            if (!types[i])
                sym->used = true;
            vars[i]->type = types[i];
            vars[i]->sema_mode = MODE_VAR;
        }
    } else {
        for (int i = 0; i < 2; i++)
            assign_iteration(k, vars[i], types[i]);
    }
    check_push_breakable(k, s);
    check_stmt_in(k, s->range.body);
    check_pop_breakable(k);
    k->scope = k->scope->parent;
}

/* ---- type switches ------------------------------------------------------------------ */

static bool is_nil(Checker *k, Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    if (e->kind != EXPR_IDENT)
        return false;
    Symbol *s = scope_lookup(k->scope, e->ident.name);
    return s && s->kind == SYM_NIL;
}

/* spec: "Type switches".  Each clause of `switch v := x.(type)` declares
 * its own v: of the clause's type when it lists exactly one, else of x's
 * type. */
void check_type_switch(Checker *k, Stmt *s) {
    k->scope = scope_new(k->arena, k->scope);
    if (s->type_switch.init)
        check_stmt_in(k, s->type_switch.init);
    Expr *x = s->type_switch.x;
    Expr *bind = s->type_switch.bind;
    check_expr(k, x);
    Type *xt = x->sema_mode != MODE_INVALID ? x->type : NULL;
    Type *xu = type_under(xt);
    if (xt && (!xu || xu->kind != TYPE_INTERFACE)) {
        check_error(k, ast_start_pos(x), "%s is not an interface", operand_string(k, x));
        xt = NULL;
    }
    int unsupported = k->diags->unsupported;
    Vec(Symbol *) vars = {0};
    Vec(Expr *) seen = {0};
    Expr *seen_nil = NULL;
    Stmt *first_default = NULL;
    check_push_breakable(k, s);
    for (int i = 0; i < s->type_switch.clauses.len; i++) {
        Stmt *c = s->type_switch.clauses.data[i];
        if (c->case_.is_default) {
            if (first_default)
                check_error(k, c->pos, "multiple defaults (first at %s)", where(k, first_default->pos));
            else
                first_default = c;
        }
        Type *single = NULL;
        for (int j = 0; j < c->case_.list.len; j++) {
            Expr *te = c->case_.list.data[j];
            if (is_nil(k, te)) {
                te->sema_mode = MODE_VALUE;
                te->type = type_basic(TYPE_UNTYPED_NIL);
                if (seen_nil)
                    check_error(k, ast_start_pos(te), "multiple nil cases in type switch (first at %s)",
                                where(k, ast_start_pos(seen_nil)));
                else
                    seen_nil = te;
                single = NULL;
                continue;
            }
            Type *t = check_type(k, te);
            single = t;
            if (!t || !xt)
                continue;
            bool dup = false;
            for (int m = 0; m < seen.len && !dup; m++)
                if (type_identical(seen.data[m]->type, t)) {
                    check_error(k, ast_start_pos(te), "duplicate case %s in type switch\n\t%s: previous case",
                                expr_string(k, te), where(k, ast_start_pos(seen.data[m])));
                    dup = true;
                }
            if (dup)
                continue;
            vec_push(k->arena, &seen, te);
            const char *why = NULL;
            if (type_under(t) && type_under(t)->kind != TYPE_INTERFACE &&
                !check_implements(k, t, xt, &why))
                check_error(k, ast_start_pos(te), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                            expr_string(k, te), operand_string(k, x), type_string(k->arena, t), why);
        }
        k->scope = scope_new(k->arena, k->scope);
        if (bind && !is_blank(bind)) {
            /* one listed type: v has it (none if it failed: no follow-on
             * errors in the clause), nil or several: x's type */
            bool one = c->case_.list.len == 1 && c->case_.list.data[0]->sema_mode != MODE_VALUE;
            Type *vt = one ? single : xt;
            Symbol *v = declare(k, SYM_VAR, bind, vt);
            v->used = !vt;
            c->case_.implicit = v;
            vec_push(k->arena, &vars, v);
        }
        for (int j = 0; j < c->case_.body.len; j++) {
            Stmt *b = c->case_.body.data[j];
            if (b->kind == STMT_BRANCH && b->branch.tok == TOK_FALLTHROUGH)
                check_error(k, b->pos, "cannot fallthrough in type switch");
            else
                check_stmt_in(k, b);
        }
        k->scope = k->scope->parent;
    }
    check_pop_breakable(k);
    if (bind && !is_blank(bind) && xt && k->diags->unsupported == unsupported) {
        bool used = false;
        for (int i = 0; i < vars.len; i++)
            used |= vars.data[i]->used;
        if (!used)
            check_error(k, bind->pos, "%s declared but not used", bind->ident.name);
    }
    k->scope = k->scope->parent;
}
