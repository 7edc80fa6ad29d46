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
    for (int i = 0; i < g->indent; i++)
        sb_puts(g->out, "    ");
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(g->out, fmt, ap);
    va_end(ap);
    sb_putc(g->out, '\n');
}

/* A #line directive, so that C compiler messages and debuggers point at
 * the Go source. */
void cg_position(Gen *g, Pos pos) {
    if (!g->opts.line_directives || pos == NOPOS)
        return;
    Position p = source_position(g->arena, &g->comp->sources, pos);
    sb_printf(g->out, "#line %d \"%s\"\n", p.line, p.file);
}

static bool is_blank(const Expr *e) {
    return e->kind == EXPR_IDENT && strcmp(e->ident.name, "_") == 0;
}

/* The C lvalue of an assignable Go expression (a variable, here). */
static const char *lvalue(Gen *g, Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    return cg_expr(g, e);
}

static void declare_var(Gen *g, Expr *name, const char *init) {
    Symbol *s = name->ident.sym;
    if (is_blank(name)) {
        if (init && strcmp(init, "0") != 0)
            cg_line(g, "(void)%s;", init);
        return;
    }
    cg_line(g, "%s %s = %s;", cg_ctype(g, s->type), cg_local_name(g, s),
            init ? init : cg_zero_value(s->type));
}

/* ---- declarations and assignments --------------------------------------- */

static void var_spec(Gen *g, Decl *d) {
    ExprVec *names = &d->value.names, *values = &d->value.values;
    if (values->len == 1 && values->data[0]->type && values->data[0]->type->kind == TYPE_TUPLE) {
        const char *t = cg_temp(g, "tmp");
        cg_line(g, "%s %s = %s;", cg_ctype(g, values->data[0]->type), t,
                cg_expr(g, values->data[0]));
        for (int i = 0; i < names->len; i++)
            declare_var(g, names->data[i], arena_printf(g->arena, "%s.r%d", t, i));
        return;
    }
    for (int i = 0; i < names->len; i++)
        declare_var(g, names->data[i], i < values->len ? cg_expr(g, values->data[i]) : NULL);
}

/* a, b = x, y: all right-hand sides first, then the assignments (spec:
 * "The assignment proceeds in two phases"). */
static void assign(Gen *g, Stmt *s) {
    ExprVec *lhs = &s->assign.lhs, *rhs = &s->assign.rhs;
    bool define = s->assign.op == TOK_DEFINE;
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)lhs->len);
    if (rhs->len == 1 && lhs->len > 1) {
        const char *t = cg_temp(g, "tmp");
        cg_line(g, "%s %s = %s;", cg_ctype(g, rhs->data[0]->type), t, cg_expr(g, rhs->data[0]));
        for (int i = 0; i < lhs->len; i++)
            values[i] = arena_printf(g->arena, "%s.r%d", t, i);
    } else if (lhs->len == 1) {
        values[0] = cg_expr(g, rhs->data[0]);
    } else {
        for (int i = 0; i < lhs->len; i++) {
            const char *v = cg_expr_hoisted(g, rhs->data[i]);
            Type *t = lhs->data[i]->type ? lhs->data[i]->type : rhs->data[i]->type;
            const char *tmp = cg_temp(g, "tmp");
            cg_line(g, "%s %s = %s;", cg_ctype(g, t), tmp, v);
            values[i] = tmp;
        }
    }
    for (int i = 0; i < lhs->len; i++) {
        Expr *x = lhs->data[i];
        if (is_blank(x)) {
            cg_line(g, "(void)%s;", values[i]);
            continue;
        }
        bool fresh = define && x->ident.sym && x->ident.sym->pos == x->pos;
        if (fresh)
            declare_var(g, x, values[i]);
        else
            cg_line(g, "%s = %s;", lvalue(g, x), values[i]);
    }
}

/* x op= y and x++: x = x op y, with Go's arithmetic. */
static void op_assign(Gen *g, Expr *x, TokenKind op, Expr *y) {
    Expr *bin = ast_expr(g->arena, EXPR_BINARY, x->pos);
    bin->binary.op = op;
    bin->binary.x = x;
    bin->binary.y = y;
    bin->type = x->type;
    bin->sema_mode = MODE_VALUE;
    cg_line(g, "%s = %s;", lvalue(g, x), cg_expr(g, bin));
}

static void inc_dec(Gen *g, Stmt *s) {
    Expr *x = s->inc_dec.x;
    const char *v = lvalue(g, x);
    const char *op = s->inc_dec.op == TOK_INC ? "+" : "-";
    const Type *t = x->type;
    if (t->kind == TYPE_FLOAT64)
        cg_line(g, "%s = %s %s 1.0;", v, v, op);
    else if (t->kind == TYPE_FLOAT32)
        cg_line(g, "%s = %s %s 1.0f;", v, v, op);
    else  /* wrapping, in unsigned arithmetic */
        cg_line(g, "%s = (%s)((%s)%s %s 1u);", v, cg_ctype(g, t),
                type_size(t) == 8 ? "uint64_t" : "uint32_t", v, op);
}

/* ---- print and println ------------------------------------------------------ */

static void print_value(Gen *g, const Type *t, const char *v) {
    switch (t->kind) {
    case TYPE_BOOL: case TYPE_UNTYPED_BOOL: cg_line(g, "rt_print_bool(%s);", v); break;
    case TYPE_STRING: case TYPE_UNTYPED_STRING: cg_line(g, "rt_print_string(%s);", v); break;
    case TYPE_FLOAT32: case TYPE_FLOAT64: cg_line(g, "rt_print_float(%s);", v); break;
    default:
        if (type_is_unsigned(t))
            cg_line(g, "rt_print_uint(%s);", v);
        else
            cg_line(g, "rt_print_int(%s);", v);
    }
}

static void print_call(Gen *g, Expr *call, bool newline) {
    ExprVec *args = &call->call.args;
    Expr *spread = cg_spread_arg(call);   /* println(f()) */
    int n = spread ? spread->type->tuple.elems.len : args->len;
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)(n + 1));
    const Type **types = arena_alloc(g->arena, sizeof(Type *) * (size_t)(n + 1));
    const char *tuple = NULL;
    if (spread) {
        tuple = cg_temp(g, "tmp");
        cg_line(g, "%s %s = %s;", cg_ctype(g, spread->type), tuple, cg_expr(g, spread));
    }
    for (int i = 0; i < n; i++) {
        types[i] = spread ? spread->type->tuple.elems.data[i] : args->data[i]->type;
        values[i] = spread ? arena_printf(g->arena, "%s.r%d", tuple, i)
                           : cg_expr_hoisted(g, args->data[i]);
    }
    for (int i = 0; i < n; i++) {
        if (newline && i)
            cg_line(g, "rt_print_space();");
        print_value(g, types[i], values[i]);
    }
    if (newline)
        cg_line(g, "rt_print_newline();");
}

static void expr_stmt(Gen *g, Expr *x) {
    if (x->kind == EXPR_CALL && x->call.fun->sema_mode != MODE_TYPE) {
        Symbol *s = sema_callee(x);
        if (s && s->kind == SYM_BUILTIN && (s->builtin == BUILTIN_PRINT || s->builtin == BUILTIN_PRINTLN)) {
            print_call(g, x, s->builtin == BUILTIN_PRINTLN);
            return;
        }
    }
    cg_line(g, "%s;", cg_expr(g, x));
}

/* ---- control flow -------------------------------------------------------- */

static Target *push_target(Gen *g, Stmt *s, bool is_loop) {
    Target t = {s, ++g->next_id, is_loop, false, false};
    vec_push(g->arena, &g->targets, t);
    return &g->targets.data[g->targets.len - 1];
}

static Target *find_target(Gen *g, Stmt *s) {
    for (int i = g->targets.len - 1; i >= 0; i--)
        if (g->targets.data[i].stmt == s)
            return &g->targets.data[i];
    ice("codegen: branch target not found");
}

static void branch(Gen *g, Stmt *s) {
    Target *t = find_target(g, s->branch.target);
    bool innermost = t == &g->targets.data[g->targets.len - 1];
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
    g->indent++;
    if (s->if_.init)
        cg_stmt(g, s->if_.init);
    cg_line(g, "if %s {", cg_condition(g, s->if_.cond));
    g->indent++;
    cg_block(g, &s->if_.then->block.stmts);
    g->indent--;
    if (s->if_.else_) {
        cg_line(g, "} else {");
        g->indent++;
        if (s->if_.else_->kind == STMT_IF)
            if_stmt(g, s->if_.else_);
        else
            cg_block(g, &s->if_.else_->block.stmts);
        g->indent--;
    }
    cg_line(g, "}");
    g->indent--;
    cg_line(g, "}");
}

static void for_stmt(Gen *g, Stmt *s) {
    cg_line(g, "{");
    g->indent++;
    if (s->for_.init)
        cg_stmt(g, s->for_.init);
    cg_line(g, "for (;;) {");
    g->indent++;
    if (s->for_.cond)
        cg_line(g, "if (!%s) break;", cg_condition(g, s->for_.cond));
    Target *t = push_target(g, s, true);
    int id = t->id;
    cg_block(g, &s->for_.body->block.stmts);
    t = find_target(g, s);
    bool cont = t->cont_used, brk = t->brk_used;
    g->targets.len--;
    if (cont)
        cg_line(g, "cont_%d:;", id);
    if (s->for_.post)
        cg_stmt(g, s->for_.post);
    g->indent--;
    cg_line(g, "}");
    if (brk)
        cg_line(g, "brk_%d:;", id);
    g->indent--;
    cg_line(g, "}");
}

static bool ends_in_fallthrough(const StmtVec *body) {
    return body->len && body->data[body->len - 1]->kind == STMT_BRANCH &&
           body->data[body->len - 1]->branch.tok == TOK_FALLTHROUGH;
}

static void switch_stmt(Gen *g, Stmt *s) {
    cg_line(g, "{");
    g->indent++;
    if (s->switch_.init)
        cg_stmt(g, s->switch_.init);
    Target *t = push_target(g, s, false);
    int id = t->id;
    const char *tag = NULL;
    Expr *tag_expr = s->switch_.tag;
    if (tag_expr) {
        tag = cg_temp(g, "tag");
        cg_line(g, "%s %s = %s;", cg_ctype(g, tag_expr->type), tag, cg_expr(g, tag_expr));
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
                const char *val = cg_expr(g, v);
                cond = tag_expr->type->kind == TYPE_STRING
                           ? arena_printf(g->arena, "(rt_string_eq(%s, %s))", tag, val)
                           : arena_printf(g->arena, "(%s == %s)", tag, val);
            }
            cg_line(g, "if %s goto case_%d_%d;", cond, id, i);
        }
    }
    if (default_index >= 0)
        cg_line(g, "goto case_%d_%d;", id, default_index);
    else
        cg_line(g, "goto brk_%d;", id);
    for (int i = 0; i < clauses->len; i++) {
        Stmt *c = clauses->data[i];
        cg_line(g, "case_%d_%d: {", id, i);
        g->indent++;
        cg_block(g, &c->case_.body);
        if (!ends_in_fallthrough(&c->case_.body))
            cg_line(g, "goto brk_%d;", id);
        g->indent--;
        cg_line(g, "}");
    }
    g->targets.len--;
    g->indent--;
    cg_line(g, "}");
    cg_line(g, "brk_%d:;", id);
}

static void return_stmt(Gen *g, Stmt *s) {
    ExprVec *results = &s->ret.results;
    int want = g->results->tuple.elems.len;
    if (want == 0) {
        cg_line(g, "return;");
        return;
    }
    if (results->len == 0) { /* bare return of named results */
        if (want == 1) {
            cg_line(g, "return %s;", cg_expr(g, g->named_results.data[0]));
            return;
        }
        StrBuf b = {0};
        for (int i = 0; i < want; i++)
            sb_printf(&b, "%s%s", i ? ", " : "", cg_expr(g, g->named_results.data[i]));
        cg_line(g, "return (%s){%s};", cg_ctype(g, g->results), b.data);
        sb_free(&b);
        return;
    }
    if (want == 1 || results->len == 1) {
        cg_line(g, "return %s;", cg_expr(g, results->data[0]));
        return;
    }
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)want);
    for (int i = 0; i < want; i++)
        values[i] = cg_expr_hoisted(g, results->data[i]);
    StrBuf b = {0};
    for (int i = 0; i < want; i++)
        sb_printf(&b, "%s%s", i ? ", " : "", values[i]);
    cg_line(g, "return (%s){%s};", cg_ctype(g, g->results), b.data);
    sb_free(&b);
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
        g->indent++;
        cg_block(g, &s->block.stmts);
        g->indent--;
        cg_line(g, "}");
        break;
    case STMT_IF: if_stmt(g, s); break;
    case STMT_FOR: for_stmt(g, s); break;
    case STMT_SWITCH: switch_stmt(g, s); break;
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
