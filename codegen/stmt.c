/*
 * stmt.c — Go statements as C statements.
 *
 * Control flow maps onto C with a few labels:
 *   for      ->  for (;;) { if (!cond) break; body; cont_N:; post; }
 *   switch   ->  a chain of `if (match) goto case_N_i;` then the bodies in
 *                order, each ending in `goto brk_N;` unless it falls through
 *   break    ->  C's break directly inside a loop, else goto brk_N
 *   continue ->  goto cont_N when the loop has a post statement
 * C's own switch is never used: Go's cases are arbitrary expressions.
 */
#include "internal.h"

#include <string.h>

void cg_line(Gen *g, const char *fmt, ...) {
    for (int i = 0; i < g->fs->indent; i++)
        sb_puts(g->fs->out, "    ");
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(g->fs->out, fmt, ap);
    va_end(ap);
    sb_putc(g->fs->out, '\n');
}

/* A #line directive, so that C compiler messages and debuggers point at
 * the Go source. */
void cg_position(Gen *g, Pos pos) {
    if (g->fs)
        g->fs->pos = pos; /* for the allocation profile's sites (vars.c) */
    if (!g->opts.line_directives || pos == NOPOS)
        return;
    Position p = source_position(g->arena, &g->comp->sources, pos);
    sb_printf(g->fs->out, "#line %d \"%s\"\n", p.line, p.file);
}

static bool is_blank(const Expr *e) {
    return e->kind == EXPR_IDENT && strcmp(e->ident.name, "_") == 0;
}

static Expr *unparen(Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static const Type *ut(const Type *t) { return type_under(cg_default_type(t)); }

/* Declares the local s, initialized to init (NULL: the zero value).  A
 * variable on the heap is a pointer to its cell (see vars.c). */
static void declare_symbol(Gen *g, Symbol *s, const char *init) {
    const char *ct = cg_ctype(g, s->type);
    const char *name = cg_local_name(g, s);
    if (cg_on_heap(g, s)) {
        cg_line(g, "%s *%s = %s; /* %s */", ct, name, cg_alloc_var(g, s),
                cg_heap_reason(g, s));
        if (init)
            cg_line(g, "*%s = %s;", name, init);
    } else if (cg_addressed(g, s) && g->fs->indent > 1) { /* in a nested block */
        cg_frame_local(g, ct, name);
        cg_line(g, "%s = %s;", name, init ? init : cg_zero_value(g, s->type));
    } else {
        cg_line(g, "%s %s = %s;", ct, name, init ? init : cg_zero_value(g, s->type));
    }
    if (cg_only_in_constants(g, s))
        cg_line(g, "(void)%s; /* used only in constant expressions */", name);
}

static void declare_var(Gen *g, Expr *name, const char *init) {
    if (is_blank(name)) {
        if (init && strcmp(init, "0") != 0)
            cg_line(g, "(void)%s;", init);
        return;
    }
    declare_symbol(g, name->ident.sym, init);
}

/* ---- declarations and assignments --------------------------------------- */

static bool comma_ok_values(Gen *g, Expr *rhs, const char **v, const char **ok, const Type **vt);

/* The two values of a comma-ok expression (m[k], x.(T)) into temporaries,
 * converted to the types of their destinations (NULL: blank): a value or
 * ok that lands in an interface-typed variable is boxed. */
bool cg_comma_ok(Gen *g, Expr *rhs, const Type *t0, const Type *t1, const char **v, const char **ok) {
    const Type *vt = NULL;
    if (!comma_ok_values(g, rhs, v, ok, &vt))
        return false;
    if (t0 && cg_is_interface(t0) && !cg_is_interface(vt))
        *v = cg_box(g, *v, vt, NULL);
    if (t1 && cg_is_interface(t1))
        *ok = cg_box(g, *ok, type_basic(TYPE_BOOL), NULL);
    return true;
}

static bool comma_ok_values(Gen *g, Expr *rhs, const char **v, const char **ok, const Type **vt) {
    Expr *e = unparen(rhs);
    if (e->kind == EXPR_INDEX && ut(e->index.x->type)->kind == TYPE_MAP) {
        const Type *mt = ut(e->index.x->type);
        const char *m = cg_expr_hoisted(g, e->index.x);
        const char *k = cg_value_as(g, e->index.indices.data[0], mt->map.key, true);
        const char *p = cg_temp(g, "tmp");
        cg_line(g, "%s *%s = rt_map_get(%s, %s, (%s[]){%s});", cg_ctype(g, mt->map.value), p,
                cg_type_descriptor(g, e->index.x->type), m, cg_ctype(g, mt->map.key), k);
        *v = cg_spill(g, mt->map.value,
                      arena_printf(g->arena, "%s ? *%s : %s", p, p, cg_zero_value(g, mt->map.value)));
        *ok = arena_printf(g->arena, "(%s != NULL)", p);
        *vt = mt->map.value;
        return true;
    }
    if (e->kind == EXPR_TYPE_ASSERT) {
        const Type *want = e->type->kind == TYPE_TUPLE ? e->type->tuple.elems.data[0] : e->type;
        const char *x = cg_spill(g, e->assert.x->type, cg_expr_hoisted(g, e->assert.x));
        const char *okv = cg_temp(g, "tmp");
        if (cg_is_interface(want)) {
            cg_line(g, "GoBool %s = rt_is_iface(%s, %s);", okv, x, cg_type_descriptor(g, want));
            *v = cg_spill(g, want, arena_printf(g->arena, "%s ? %s : (GoEface){0}", okv, x));
        } else {
            cg_line(g, "GoBool %s = rt_is_type(%s, %s);", okv, x, cg_type_descriptor(g, want));
            *v = cg_spill(g, want, arena_printf(g->arena, "%s ? *(%s *)%s.data : %s", okv,
                                                cg_ctype(g, want), x, cg_zero_value(g, want)));
        }
        *ok = okv;
        *vt = want;
        return true;
    }
    return false;
}

static void var_spec(Gen *g, Decl *d) {
    ExprVec *names = &d->value.names, *values = &d->value.values;
    if (values->len == 1 && names->len == 2) {
        const char *v, *ok;
        Expr *n0 = names->data[0], *n1 = names->data[1];
        if (cg_comma_ok(g, values->data[0], is_blank(n0) ? NULL : n0->ident.sym->type,
                        is_blank(n1) ? NULL : n1->ident.sym->type, &v, &ok)) {
            declare_var(g, n0, v);
            declare_var(g, n1, ok);
            return;
        }
    }
    if (values->len == 1 && values->data[0]->type && values->data[0]->type->kind == TYPE_TUPLE) {
        const char *t = cg_spill(g, values->data[0]->type, cg_expr(g, values->data[0]));
        for (int i = 0; i < names->len; i++) {
            const char *v = arena_printf(g->arena, "%s.r%d", t, i);
            const Type *et = values->data[0]->type->tuple.elems.data[i];
            Expr *x = names->data[i];
            if (!is_blank(x) && cg_is_interface(x->ident.sym->type))
                v = cg_box(g, v, et, NULL);
            declare_var(g, x, v);
        }
        return;
    }
    bool several = names->len > 1;
    for (int i = 0; i < names->len; i++) {
        const Type *t = is_blank(names->data[i]) ? NULL : names->data[i]->ident.sym->type;
        const char *v = NULL;
        if (i < values->len)
            v = several ? cg_value_as(g, values->data[i], t, true)
                        : (t ? cg_value_as(g, values->data[i], t, cg_count_effects(values->data[i]) >= 2)
                             : cg_expr(g, values->data[i]));
        declare_var(g, names->data[i], v);
    }
}

/* A left-hand side evaluated up to the store: a C lvalue, or a map entry
 * (map and key in temporaries). */
typedef struct Dest {
    const char *lv;          /* C lvalue, or NULL for a map entry / blank */
    const char *map, *key;   /* map entry */
    const Type *maptype;
    bool blank;
} Dest;

static Dest destination(Gen *g, Expr *x, bool hoist) {
    Dest d = {0};
    x = unparen(x);
    if (is_blank(x)) {
        d.blank = true;
        return d;
    }
    if (x->kind == EXPR_INDEX && ut(x->index.x->type)->kind == TYPE_MAP) {
        const Type *mt = ut(x->index.x->type);
        d.maptype = x->index.x->type;
        d.map = cg_spill(g, x->index.x->type, cg_gen(g, x->index.x, hoist));
        d.key = cg_spill(g, mt->map.key, cg_value_as(g, x->index.indices.data[0], mt->map.key, hoist));
        return d;
    }
    if (hoist && x->kind != EXPR_IDENT) {
        /* pin the element now: Go evaluates the left's operands first */
        const char *p = cg_temp(g, "tmp");
        cg_line(g, "%s *%s = %s;", cg_ctype(g, x->type), p, cg_address(g, x, true));
        d.lv = arena_printf(g->arena, "(*%s)", p);
        return d;
    }
    d.lv = cg_lvalue(g, x, hoist);
    return d;
}

static void store(Gen *g, Dest *d, const char *v) {
    if (d->blank) {
        cg_line(g, "(void)%s;", v);
        return;
    }
    if (d->map) {
        const Type *mt = ut(d->maptype);
        cg_line(g, "*(%s *)rt_map_set(%s, %s, &%s) = %s;", cg_ctype(g, mt->map.value),
                cg_type_descriptor(g, d->maptype), d->map, d->key, v);
        return;
    }
    cg_line(g, "%s = %s;", d->lv, v);
}

static bool is_fresh(Stmt *s, Expr *x) {
    return s->assign.op == TOK_DEFINE && x->kind == EXPR_IDENT && x->ident.sym &&
           x->ident.sym->pos == x->pos;
}

/* a, b = x, y: the left's operands and the right sides first, then the
 * assignments left to right (spec: "The assignment proceeds in two
 * phases"). */
static void assign(Gen *g, Stmt *s) {
    ExprVec *lhs = &s->assign.lhs, *rhs = &s->assign.rhs;
    int n = lhs->len;
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)n);
    if (n == 1) {
        Expr *x = lhs->data[0];
        if (is_fresh(s, x)) {
            declare_var(g, x, cg_value_as(g, rhs->data[0], x->ident.sym->type,
                                          cg_count_effects(rhs->data[0]) >= 2));
            return;
        }
        bool hoist = cg_count_effects(x) + cg_count_effects(rhs->data[0]) >= 2;
        Dest d = destination(g, x, hoist);
        store(g, &d, cg_value_as(g, rhs->data[0], d.blank ? NULL : x->type, hoist));
        return;
    }
    Dest *dests = arena_alloc(g->arena, sizeof(Dest) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (!is_fresh(s, lhs->data[i]))
            dests[i] = destination(g, lhs->data[i], true);
    const char *ok = NULL;
    if (rhs->len == 1 && n == 2 &&
        cg_comma_ok(g, rhs->data[0], is_blank(lhs->data[0]) ? NULL : lhs->data[0]->type,
                    is_blank(lhs->data[1]) ? NULL : lhs->data[1]->type, &values[0], &ok)) {
        values[1] = ok;
    } else if (rhs->len == 1) {
        const char *t = cg_spill(g, rhs->data[0]->type, cg_expr(g, rhs->data[0]));
        for (int i = 0; i < n; i++) {
            const Type *et = rhs->data[0]->type->tuple.elems.data[i];
            const char *v = arena_printf(g->arena, "%s.r%d", t, i);
            Expr *x = lhs->data[i];
            values[i] = !is_blank(x) && cg_is_interface(x->type) ? cg_box(g, v, et, NULL) : v;
        }
    } else {
        for (int i = 0; i < n; i++) {
            Expr *x = lhs->data[i];
            const Type *t = is_blank(x) ? cg_default_type(rhs->data[i]->type) : x->type;
            values[i] = cg_spill(g, t, cg_value_as(g, rhs->data[i], t, true));
        }
    }
    for (int i = 0; i < n; i++) {
        Expr *x = lhs->data[i];
        if (is_fresh(s, x))
            declare_var(g, x, values[i]);
        else
            store(g, &dests[i], values[i]);
    }
}

/* x op= y and x++: x = x op y, with x's operands evaluated once. */
static void op_assign(Gen *g, Expr *x, TokenKind op, Expr *y) {
    Expr *bin = ast_expr(g->arena, EXPR_BINARY, x->pos);
    Dest d = destination(g, x, true);
    /* a stand-in for the current value, so that binary_op sees x's type */
    Symbol *cur = ARENA_NEW(g->arena, Symbol);
    cur->kind = SYM_VAR;
    cur->name = "cur";
    cur->type = x->type;
    Expr *id = ast_expr(g->arena, EXPR_IDENT, x->pos);
    id->ident.name = "cur";
    id->ident.sym = cur;
    id->type = x->type;
    id->sema_mode = MODE_VAR;
    const char *now;
    if (d.map) {
        const Type *mt = ut(d.maptype);
        const char *p = cg_temp(g, "tmp");
        cg_line(g, "%s *%s = rt_map_get(%s, %s, &%s);", cg_ctype(g, mt->map.value), p,
                cg_type_descriptor(g, d.maptype), d.map, d.key);
        now = arena_printf(g->arena, "(%s ? *%s : %s)", p, p, cg_zero_value(g, mt->map.value));
    } else {
        now = d.lv;
    }
    cg_set_local_name(g, cur, cg_spill(g, x->type, now));
    bin->binary.op = op;
    bin->binary.x = id;
    bin->binary.y = y;
    bin->type = x->type;
    bin->sema_mode = MODE_VALUE;
    store(g, &d, cg_expr(g, bin));
}

static void inc_dec(Gen *g, Stmt *s) {
    Symbol *sym = ARENA_NEW(g->arena, Symbol);
    sym->kind = SYM_VAR;
    sym->name = "one";
    sym->type = s->inc_dec.x->type;
    Expr *one = ast_expr(g->arena, EXPR_IDENT, s->pos);
    one->ident.name = "one";
    one->ident.sym = sym;
    one->type = sym->type;
    one->sema_mode = MODE_VALUE;
    const char *ctype = cg_ctype(g, sym->type); /* complex numbers are structs in C */
    cg_set_local_name(g, sym, type_is_complex(sym->type) ? arena_printf(g->arena, "((%s){1.0, 0.0})", ctype)
                                                         : arena_printf(g->arena, "(%s)1", ctype));
    op_assign(g, s->inc_dec.x, s->inc_dec.op == TOK_INC ? TOK_ADD : TOK_SUB, one);
}

static void expr_stmt(Gen *g, Expr *x) {
    g->fs->discarded = unparen(x); /* fmt.Println(x): no (n, err) to build */
    const char *c = cg_expr(g, x);
    g->fs->discarded = NULL;
    bool temp = strncmp(c, "tmp_", 4) == 0 && !strpbrk(c, "(.[");
    if (temp) /* the call is done: its result goes unused */
        cg_line(g, "(void)%s;", c);
    else if (strcmp(c, "(void)0") != 0)
        cg_line(g, "%s;", c);
}

/* ---- control flow -------------------------------------------------------- */

static Target *push_target(Gen *g, Stmt *s, bool is_loop) {
    Target t = {s, ++g->fs->next_id, is_loop, false, false};
    vec_push(g->arena, &g->fs->targets, t);
    return &g->fs->targets.data[g->fs->targets.len - 1];
}

static Target *find_target(Gen *g, Stmt *s) {
    for (int i = g->fs->targets.len - 1; i >= 0; i--)
        if (g->fs->targets.data[i].stmt == s)
            return &g->fs->targets.data[i];
    ice("codegen: branch target not found");
}

static void branch(Gen *g, Stmt *s) {
    if (s->branch.tok == TOK_GOTO) {
        cg_line(g, "goto lbl_%s;", cg_ident(g, s->branch.label->ident.name));
        return;
    }
    Target *t = find_target(g, s->branch.target);
    bool innermost = t == &g->fs->targets.data[g->fs->targets.len - 1];
    if (s->branch.tok == TOK_BREAK) {
        if (t->is_loop && innermost) {
            cg_line(g, "break;");
        } else {
            t->brk_used = true;
            cg_line(g, "goto brk_%d;", t->id);
        }
        return;
    }
    /* continue */
    t->cont_used = true;
    cg_line(g, "goto cont_%d;", t->id);
}

/* A condition in parentheses exactly once: `if (x == 1)`, never
 * `if ((x == 1))`, which clang warns about. */
static const char *cg_condition(Gen *g, Expr *cond) {
    const char *c = cg_expr(g, cond);
    size_t n = strlen(c);
    int depth = 0;
    bool wrapped = n >= 2 && c[0] == '(';
    for (size_t i = 0; wrapped && i < n; i++) {
        if (c[i] == '"') { /* a string literal's parentheses don't count */
            for (i++; i < n && c[i] != '"'; i++)
                i += c[i] == '\\';
            continue;
        }
        depth += c[i] == '(' ? 1 : c[i] == ')' ? -1 : 0;
        if (depth == 0 && i != n - 1)
            wrapped = false; /* "(a) && (b)": the first ( closes early */
    }
    return wrapped ? c : arena_printf(g->arena, "(%s)", c);
}

static void if_stmt(Gen *g, Stmt *s) {
    cg_line(g, "{");
    g->fs->indent++;
    if (s->if_.init)
        cg_stmt(g, s->if_.init);
    cg_line(g, "if %s {", cg_condition(g, s->if_.cond));
    g->fs->indent++;
    cg_block(g, &s->if_.then->block.stmts);
    g->fs->indent--;
    if (s->if_.else_) {
        cg_line(g, "} else {");
        g->fs->indent++;
        if (s->if_.else_->kind == STMT_IF)
            if_stmt(g, s->if_.else_);
        else
            cg_block(g, &s->if_.else_->block.stmts);
        g->fs->indent--;
    }
    cg_line(g, "}");
    g->fs->indent--;
    cg_line(g, "}");
}

static void for_stmt(Gen *g, Stmt *s) {
    cg_line(g, "{");
    g->fs->indent++;
    if (s->for_.init)
        cg_stmt(g, s->for_.init);
    cg_line(g, "for (;;) {");
    g->fs->indent++;
    if (s->for_.cond)
        cg_line(g, "if (!%s) break;", cg_condition(g, s->for_.cond));
    Target *t = push_target(g, s, true);
    int id = t->id;
    cg_block(g, &s->for_.body->block.stmts);
    t = find_target(g, s);
    bool cont = t->cont_used, brk = t->brk_used;
    g->fs->targets.len--;
    if (cont)
        cg_line(g, "cont_%d:;", id);
    if (s->for_.post)
        cg_stmt(g, s->for_.post);
    g->fs->indent--;
    cg_line(g, "}");
    if (brk)
        cg_line(g, "brk_%d:;", id);
    g->fs->indent--;
    cg_line(g, "}");
}

static bool ends_in_fallthrough(const StmtVec *body) {
    return body->len && body->data[body->len - 1]->kind == STMT_BRANCH &&
           body->data[body->len - 1]->branch.tok == TOK_FALLTHROUGH;
}

/* After a switch's dispatch: default's body, or the end. */
static void no_case_matched(Gen *g, int id, int default_index) {
    if (default_index >= 0)
        cg_line(g, "goto case_%d_%d;", id, default_index);
    else
        cg_line(g, "goto brk_%d;", id);
}

static void switch_stmt(Gen *g, Stmt *s) {
    cg_line(g, "{");
    g->fs->indent++;
    if (s->switch_.init)
        cg_stmt(g, s->switch_.init);
    Target *t = push_target(g, s, false);
    int id = t->id;
    Expr *tag_expr = s->switch_.tag, *tag = NULL;
    int case_values = 0;
    for (int i = 0; i < s->switch_.clauses.len; i++)
        case_values += s->switch_.clauses.data[i]->case_.list.len;
    if (tag_expr && !case_values) { /* nothing compares with it: evaluated for its effects */
        cg_line(g, "(void)%s;", cg_expr(g, tag_expr));
        tag_expr = NULL;
    }
    if (tag_expr) {
        /* the tag, evaluated once, stands in for x in each `x == v` */
        Symbol *sym = ARENA_NEW(g->arena, Symbol);
        sym->kind = SYM_VAR;
        sym->name = "tag";
        sym->type = cg_default_type(tag_expr->type);
        tag = ast_expr(g->arena, EXPR_IDENT, tag_expr->pos);
        tag->ident.name = "tag";
        tag->ident.sym = sym;
        tag->type = sym->type;
        tag->sema_mode = MODE_VAR;
        cg_set_local_name(g, sym, cg_spill(g, sym->type, cg_expr(g, tag_expr)));
    }
    StmtVec *clauses = &s->switch_.clauses;
    int default_index = -1;
    /* dispatch: the cases in order, then default */
    for (int i = 0; i < clauses->len; i++) {
        Stmt *c = clauses->data[i];
        if (c->case_.is_default)
            default_index = i;
        for (int j = 0; j < c->case_.list.len; j++) {
            Expr *v = c->case_.list.data[j];
            const char *cond;
            if (!tag) {
                cond = cg_condition(g, v);
            } else {
                Expr *eq = ast_expr(g->arena, EXPR_BINARY, v->pos);
                eq->binary.op = TOK_EQL;
                eq->binary.x = tag;
                eq->binary.y = v;
                eq->type = type_basic(TYPE_BOOL);
                eq->sema_mode = MODE_VALUE;
                cond = cg_condition(g, eq);
            }
            cg_line(g, "if %s goto case_%d_%d;", cond, id, i);
        }
    }
    no_case_matched(g, id, default_index);
    for (int i = 0; i < clauses->len; i++) {
        Stmt *c = clauses->data[i];
        cg_line(g, "case_%d_%d: {", id, i);
        g->fs->indent++;
        cg_block(g, &c->case_.body);
        if (!ends_in_fallthrough(&c->case_.body))
            cg_line(g, "goto brk_%d;", id);
        g->fs->indent--;
        cg_line(g, "}");
    }
    g->fs->targets.len--;
    g->fs->indent--;
    cg_line(g, "}");
    cg_line(g, "brk_%d:;", id);
}

/* ---- range ----------------------------------------------------------------- */

/* Assigns (or, for :=, declares before the loop) a range variable. */
typedef struct RangeVar {
    Expr *x;          /* NULL or blank: unused */
    bool define;
} RangeVar;

static bool used(const RangeVar *v) { return v->x && !is_blank(v->x); }

static void range_declare(Gen *g, RangeVar *v) {
    if (used(v) && v->define)
        declare_symbol(g, v->x->ident.sym, NULL);
}

static void range_set(Gen *g, RangeVar *v, const char *value) {
    if (!used(v))
        return;
    if (v->define) {
        cg_line(g, "%s = %s;", cg_lvalue(g, v->x, false), value);
        return;
    }
    Dest d = destination(g, v->x, true);
    store(g, &d, cg_is_interface(v->x->type) ? value : value);
}

static void loop_body(Gen *g, Stmt *s, Stmt *body, Target **tp) {
    (void)tp;
    cg_block(g, &body->block.stmts);
    Target *t = find_target(g, s);
    if (t->cont_used)
        cg_line(g, "cont_%d:;", t->id);
}

static void end_loop(Gen *g, Stmt *s) {
    Target *t = find_target(g, s);
    bool brk = t->brk_used;
    int id = t->id;
    g->fs->targets.len--;
    g->fs->indent--;
    cg_line(g, "}");
    if (brk)
        cg_line(g, "brk_%d:;", id);
    g->fs->indent--;
    cg_line(g, "}");
}

static void range_stmt(Gen *g, Stmt *s) {
    RangeVar k = {s->range.key, s->range.define}, v = {s->range.value, s->range.define};
    Expr *x = s->range.x;
    const Type *u = ut(x->type);
    cg_line(g, "{");
    g->fs->indent++;
    const Type *pa = u->kind == TYPE_POINTER ? type_under(u->pointer.elem) : NULL;
    const char *xv;
    if (u->kind == TYPE_ARRAY && !used(&v) && !cg_count_effects(x))
        xv = NULL; /* only len(x), a constant, is needed */
    else
        xv = cg_spill(g, x->type, cg_expr_hoisted(g, x));
    if (xv && !used(&v) && (u->kind == TYPE_ARRAY || pa))
        cg_line(g, "(void)%s; /* evaluated for its effects; only its length counts */", xv);
    range_declare(g, &k);
    range_declare(g, &v);
    push_target(g, s, true);
    const char *i = cg_temp(g, "idx");
    if (u->kind == TYPE_MAP) {
        const char *it = cg_temp(g, "it");
        cg_line(g, "GoMapIter %s;", it);
        cg_line(g, "rt_map_iter_init(&%s, %s);", it, xv);
        cg_line(g, "while (rt_map_next(&%s)) {", it);
        g->fs->indent++;
        range_set(g, &k, arena_printf(g->arena, "*(%s *)%s.key", cg_ctype(g, u->map.key), it));
        range_set(g, &v, arena_printf(g->arena, "*(%s *)%s.value", cg_ctype(g, u->map.value), it));
    } else if (u->kind == TYPE_STRING) {
        const char *w = cg_temp(g, "len");
        cg_line(g, "GoInt %s = 0;", w);
        cg_line(g, "for (GoInt %s = 0; %s < %s.len; %s += %s) {", i, i, xv, i, w);
        g->fs->indent++;
        const char *r = cg_temp(g, "val");
        cg_line(g, "GoInt32 %s = rt_decode_rune(%s, %s, &%s);", r, xv, i, w);
        if (!used(&v))
            cg_line(g, "(void)%s;", r);
        range_set(g, &k, i);
        range_set(g, &v, r);
    } else {
        const Type *at = pa ? pa : u;
        const char *n = at->kind == TYPE_SLICE ? arena_printf(g->arena, "%s.len", xv)
                                               : arena_printf(g->arena, "%lld", (long long)at->array.len);
        cg_line(g, "for (GoInt %s = 0; %s < %s; %s++) {", i, i, n, i);
        g->fs->indent++;
        range_set(g, &k, i);
        if (used(&v)) {
            const char *elem;
            if (at->kind == TYPE_SLICE)
                elem = arena_printf(g->arena, "((%s *)%s.ptr)[%s]", cg_ctype(g, at->slice.elem), xv, i);
            else if (pa)
                elem = arena_printf(g->arena, "(*(%s *)rt_nilcheck(%s)).a[%s]",
                                    cg_ctype(g, u->pointer.elem), xv, i);
            else
                elem = arena_printf(g->arena, "%s.a[%s]", xv, i);
            range_set(g, &v, elem);
        }
    }
    loop_body(g, s, s->range.body, NULL);
    end_loop(g, s);
}

/* ---- type switches ------------------------------------------------------------ */

static const char *type_case(Gen *g, const char *x, Expr *t) {
    if (t->type && t->type->kind == TYPE_UNTYPED_NIL)
        return arena_printf(g->arena, "%s.type == NULL", x);
    if (cg_is_interface(t->type))
        return arena_printf(g->arena, "rt_is_iface(%s, %s)", x, cg_type_descriptor(g, t->type));
    return arena_printf(g->arena, "rt_is_type(%s, %s)", x, cg_type_descriptor(g, t->type));
}

static void type_switch(Gen *g, Stmt *s) {
    cg_line(g, "{");
    g->fs->indent++;
    if (s->type_switch.init)
        cg_stmt(g, s->type_switch.init);
    Target *t = push_target(g, s, false);
    int id = t->id;
    Expr *xe = s->type_switch.x;
    const char *x = cg_spill(g, xe->type, cg_expr_hoisted(g, xe));
    StmtVec *clauses = &s->type_switch.clauses;
    int default_index = -1;
    for (int i = 0; i < clauses->len; i++) {
        Stmt *c = clauses->data[i];
        if (c->case_.is_default)
            default_index = i;
        for (int j = 0; j < c->case_.list.len; j++)
            cg_line(g, "if (%s) goto case_%d_%d;", type_case(g, x, c->case_.list.data[j]), id, i);
    }
    no_case_matched(g, id, default_index);
    for (int i = 0; i < clauses->len; i++) {
        Stmt *c = clauses->data[i];
        cg_line(g, "case_%d_%d: {", id, i);
        g->fs->indent++;
        Symbol *v = c->case_.implicit;
        if (v) {
            const Type *vt = v->type;
            const char *init = x;
            bool single = c->case_.list.len == 1 && !(c->case_.list.data[0]->type &&
                                                      c->case_.list.data[0]->type->kind == TYPE_UNTYPED_NIL);
            if (single && !cg_is_interface(vt))
                init = arena_printf(g->arena, "*(%s *)%s.data", cg_ctype(g, vt), x);
            declare_symbol(g, v, init);
            cg_line(g, "(void)%s;", cg_local_name(g, v));
        }
        cg_block(g, &c->case_.body);
        cg_line(g, "goto brk_%d;", id);
        g->fs->indent--;
        cg_line(g, "}");
    }
    g->fs->targets.len--;
    g->fs->indent--;
    cg_line(g, "}");
    cg_line(g, "brk_%d:;", id);
}

/* ---- return ----------------------------------------------------------------------- */

static void return_stmt(Gen *g, Stmt *s) {
    ExprVec *results = &s->ret.results;
    const TypeVec *want = &g->fs->results->tuple.elems;
    int n = want->len;
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)(n + 1));
    if (n && results->len == 0) { /* bare return of named results */
        for (int i = 0; i < n; i++)
            values[i] = cg_expr(g, g->fs->named_results.data[i]);
    } else if (n > 1 && results->len == 1) { /* return f() */
        const char *t = cg_spill(g, results->data[0]->type, cg_expr(g, results->data[0]));
        for (int i = 0; i < n; i++) {
            const char *v = arena_printf(g->arena, "%s.r%d", t, i);
            values[i] = cg_is_interface(want->data[i])
                            ? cg_box(g, v, results->data[0]->type->tuple.elems.data[i], NULL) : v;
        }
    } else {
        for (int i = 0; i < n; i++)
            values[i] = n == 1 ? cg_value_as(g, results->data[0], want->data[0],
                                             cg_count_effects(results->data[0]) >= 2)
                               : cg_spill(g, want->data[i], cg_value_as(g, results->data[i], want->data[i], true));
    }
    if (g->fs->defers) {
        for (int i = 0; i < n; i++)
            if (strcmp(values[i], g->fs->result_slots[i]) != 0)
                cg_line(g, "%s = %s;", g->fs->result_slots[i], values[i]);
        cg_line(g, "return;");
        return;
    }
    if (n == 0) {
        cg_line(g, "return;");
        return;
    }
    if (n == 1) {
        cg_line(g, "return %s;", values[0]);
        return;
    }
    StrBuf b = {0};
    for (int i = 0; i < n; i++)
        sb_printf(&b, "%s%s", i ? ", " : "", values[i]);
    cg_line(g, "return (%s){%s};", cg_ctype(g, g->fs->results), b.data);
    sb_free(&b);
}

/* ---- labels -------------------------------------------------------------------- */

typedef struct GotoFinder {
    AstVisitor v;
    const char *name;
    bool found;
} GotoFinder;

static bool find_goto(AstVisitor *v, Stmt *s) {
    GotoFinder *f = (GotoFinder *)v;
    if (s->kind == STMT_BRANCH && s->branch.tok == TOK_GOTO && s->branch.label &&
        strcmp(s->branch.label->ident.name, f->name) == 0)
        f->found = true;
    return true;
}

static bool skip_literals(AstVisitor *v, Expr *e) {
    (void)v;
    return e->kind != EXPR_FUNC_LIT; /* a literal's labels are its own */
}

static void cg_label(Gen *g, Stmt *s) {
    GotoFinder f = {{.expr = skip_literals, .stmt = find_goto}, s->labeled.label->ident.name, false};
    ast_walk_stmt(&f.v, g->fs->body);
    if (f.found)
        cg_line(g, "lbl_%s:;", cg_ident(g, s->labeled.label->ident.name));
}

void cg_stmt(Gen *g, Stmt *s) {
    switch (s->kind) {
    case STMT_EMPTY: return;
    case STMT_DECL:
        for (int i = 0; i < s->decl.decls.len; i++)
            if (s->decl.decls.data[i]->kind == DECL_VAR)
                var_spec(g, s->decl.decls.data[i]);
        return;
    default: break;
    }
    cg_position(g, s->pos);
    switch (s->kind) {
    case STMT_EXPR: expr_stmt(g, s->expr.x); break;
    case STMT_INC_DEC: inc_dec(g, s); break;
    case STMT_ASSIGN:
        if (s->assign.op == TOK_ASSIGN || s->assign.op == TOK_DEFINE)
            assign(g, s);
        else
            op_assign(g, s->assign.lhs.data[0], s->assign.op - (TOK_ADD_ASSIGN - TOK_ADD),
                      s->assign.rhs.data[0]);
        break;
    case STMT_RETURN: return_stmt(g, s); break;
    case STMT_BRANCH: branch(g, s); break;
    case STMT_BLOCK:
        cg_line(g, "{");
        g->fs->indent++;
        cg_block(g, &s->block.stmts);
        g->fs->indent--;
        cg_line(g, "}");
        break;
    case STMT_IF: if_stmt(g, s); break;
    case STMT_FOR: for_stmt(g, s); break;
    case STMT_RANGE: range_stmt(g, s); break;
    case STMT_SWITCH: switch_stmt(g, s); break;
    case STMT_TYPE_SWITCH: type_switch(g, s); break;
    case STMT_DEFER: cg_defer(g, s->defer.call); break;
    case STMT_LABELED:
        /* a C label only for goto: break and continue have their own */
        cg_label(g, s);
        cg_stmt(g, s->labeled.stmt);
        break;
    default: ice("codegen: unexpected %s", ast_stmt_kind_name(s->kind));
    }
}

void cg_block(Gen *g, StmtVec *stmts) {
    for (int i = 0; i < stmts->len; i++) {
        Stmt *s = stmts->data[i];
        if (s->kind == STMT_BRANCH && s->branch.tok == TOK_FALLTHROUGH)
            continue; /* the case body just runs into the next one */
        cg_stmt(g, s);
    }
}
