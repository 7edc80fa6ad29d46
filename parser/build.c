/*
 * build.c — the constructors the grammar's actions call.
 *
 * Each builder makes one node from what a rule matched.  A few also check
 * what an LALR grammar cannot say but gc's parser reports as a syntax
 * error: parameter lists that mix named and unnamed entries, `go x` where x
 * is not a call, a missing if condition, an assignment used as a
 * condition, 3-index slices without their indices...  Everything else -
 * resolving names, telling types from values - is left to sema.
 *
 * Positions follow gc's syntax package (see the comment in ast.h): a node
 * sits at its keyword or operator, or at its first token.
 */
#include "build.h"

#include <string.h>

/* A syntax error the builders find, in gc's form. */
static void syntax_error(Parser *p, Pos pos, const char *msg) {
    diag_error(&p->comp->diags, pos, "syntax error: %s", msg);
}

/* ---- lists ------------------------------------------------------------- */

ExprVec build_exprs1(Parser *p, Expr *x) {
    ExprVec v = {0};
    vec_push(p->arena, &v, x);
    return v;
}

/* Empty statements (NULL) are dropped, as gc drops them. */
StmtVec build_stmts_add(Parser *p, StmtVec v, Stmt *s) {
    if (s)
        vec_push(p->arena, &v, s);
    return v;
}

FieldVec build_fields1(Parser *p, Field *f) {
    FieldVec v = {0};
    vec_push(p->arena, &v, f);
    return v;
}

DeclVec build_decls1(Parser *p, Decl *d) {
    DeclVec v = {0};
    vec_push(p->arena, &v, d);
    return v;
}

void build_add_decls(Parser *p, DeclVec *to, DeclVec decls) {
    for (int i = 0; i < decls.len; i++)
        vec_push(p->arena, to, decls.data[i]);
}

/* ---- expressions ------------------------------------------------------- */

Expr *build_bad_expr(Parser *p, Pos pos) {
    return ast_expr(p->arena, EXPR_BAD, pos);
}

Expr *build_ident(Parser *p, Token t) {
    return ast_ident(p->arena, t.pos, t.text ? t.text : "_");
}

Expr *build_literal(Parser *p, Token t) {
    Expr *x = ast_expr(p->arena, EXPR_BASIC_LIT, t.pos);
    x->lit.kind = t.kind;
    x->lit.text = t.text;
    x->lit.str = t.str;
    x->lit.str_len = t.str_len;
    x->lit.rune = t.rune;
    x->lit.bad = t.bad;
    return x;
}

Expr *build_unary(Parser *p, Token op, Expr *x) {
    Expr *e = ast_expr(p->arena, EXPR_UNARY, op.pos);
    e->unary.op = op.kind;
    e->unary.x = x;
    return e;
}

Expr *build_binary(Parser *p, Token op, Expr *x, Expr *y) {
    Expr *e = ast_expr(p->arena, EXPR_BINARY, op.pos);
    e->binary.op = op.kind;
    e->binary.x = x;
    e->binary.y = y;
    return e;
}

Expr *build_paren(Parser *p, Pos lparen, Expr *x) {
    Expr *e = ast_expr(p->arena, EXPR_PAREN, lparen);
    e->paren.x = x;
    return e;
}

Expr *build_selector(Parser *p, Pos dot, Expr *x, Token sel) {
    Expr *e = ast_expr(p->arena, EXPR_SELECTOR, dot);
    e->selector.x = x;
    e->selector.sel = build_ident(p, sel);
    return e;
}

Expr *build_assert(Parser *p, Pos dot, Expr *x, Expr *type) {
    Expr *e = ast_expr(p->arena, EXPR_TYPE_ASSERT, dot);
    e->assert.x = x;
    e->assert.type = type;
    return e;
}

Expr *build_index(Parser *p, Pos lbrack, Expr *x, TypeList idx, Pos rbrack) {
    Expr *e = ast_expr(p->arena, EXPR_INDEX, lbrack);
    e->index.x = x;
    e->index.indices = idx.list;
    e->index.rbrack = rbrack;
    return e;
}

Expr *build_instance(Parser *p, Pos lbrack, Expr *x, TypeList args, Pos rbrack) {
    return build_index(p, lbrack, x, args, rbrack);
}

/* spec: "the middle and final index are required" in x[lo:hi:max]. */
Expr *build_slice(Parser *p, Pos lbrack, Expr *x, Expr *lo, Expr *hi,
                  Expr *max, bool three, Pos colon2, Pos rbrack) {
    Expr *e = ast_expr(p->arena, EXPR_SLICE, lbrack);
    if (three && !hi) {
        diag_error(&p->comp->diags, colon2, "middle index required in 3-index slice");
        hi = build_bad_expr(p, colon2);
    }
    if (three && !max) {
        diag_error(&p->comp->diags, rbrack, "final index required in 3-index slice");
        max = build_bad_expr(p, rbrack);
    }
    e->slice.x = x;
    e->slice.lo = lo;
    e->slice.hi = hi;
    e->slice.max = max;
    e->slice.three = three;
    e->slice.rbrack = rbrack;
    return e;
}

Expr *build_call(Parser *p, Pos lparen, Expr *fun, ArgList args, Pos rparen) {
    Expr *e = ast_expr(p->arena, EXPR_CALL, lparen);
    e->call.fun = fun;
    e->call.args = args.list;
    e->call.has_ellipsis = args.dots;
    e->call.rparen = rparen;
    return e;
}

/* `[]byte(s)`: a call whose function is a type, as in gc. */
Expr *build_composite(Parser *p, Pos lbrace, Expr *type, ExprVec elts,
                      Pos rbrace) {
    Expr *e = ast_expr(p->arena, EXPR_COMPOSITE_LIT, lbrace);
    e->composite.type = type;
    e->composite.elts = elts;
    e->composite.lbrace = lbrace;
    e->composite.rbrace = rbrace;
    return e;
}

Expr *build_key_value(Parser *p, Pos colon, Expr *key, Expr *value) {
    Expr *e = ast_expr(p->arena, EXPR_KEY_VALUE, colon);
    e->key_value.key = key;
    e->key_value.value = value;
    return e;
}

Expr *build_func_lit(Parser *p, Expr *type, Stmt *body) {
    Expr *e = ast_expr(p->arena, EXPR_FUNC_LIT, type->pos);
    e->func_lit.type = type;
    e->func_lit.body = body;
    return e;
}

/* ---- types ------------------------------------------------------------- */

Expr *build_array_type(Parser *p, Pos lbrack, Expr *len, Expr *elem) {
    Expr *e = ast_expr(p->arena, EXPR_ARRAY_TYPE, lbrack);
    e->array_type.len = len;
    e->array_type.elem = elem;
    return e;
}

Expr *build_dots_array_type(Parser *p, Pos lbrack, Pos dots, Expr *elem) {
    return build_array_type(p, lbrack, build_ellipsis(p, dots, NULL), elem);
}

Expr *build_star(Parser *p, Pos star, Expr *x) {
    Expr *e = ast_expr(p->arena, EXPR_STAR, star);
    e->star.x = x;
    return e;
}

Expr *build_map_type(Parser *p, Pos pos, Expr *key, Expr *value) {
    Expr *e = ast_expr(p->arena, EXPR_MAP_TYPE, pos);
    e->map_type.key = key;
    e->map_type.value = value;
    return e;
}

Expr *build_chan_type(Parser *p, Pos pos, ChanDir dir, Expr *elem) {
    Expr *e = ast_expr(p->arena, EXPR_CHAN_TYPE, pos);
    e->chan_type.dir = dir;
    e->chan_type.elem = elem;
    return e;
}

Expr *build_func_type(Parser *p, Pos pos, FieldVec params, FieldVec results) {
    Expr *e = ast_expr(p->arena, EXPR_FUNC_TYPE, pos);
    e->func_type.params = params;
    e->func_type.results = results;
    return e;
}

Expr *build_struct_type(Parser *p, Pos pos, FieldVec fields) {
    Expr *e = ast_expr(p->arena, EXPR_STRUCT_TYPE, pos);
    e->struct_type.fields = fields;
    return e;
}

Expr *build_interface_type(Parser *p, Pos pos, FieldVec elems) {
    Expr *e = ast_expr(p->arena, EXPR_INTERFACE_TYPE, pos);
    e->interface_type.methods = elems;
    return e;
}

Expr *build_ellipsis(Parser *p, Pos pos, Expr *elem) {
    Expr *e = ast_expr(p->arena, EXPR_ELLIPSIS, pos);
    e->ellipsis.elem = elem;
    return e;
}

Field *build_field(Parser *p, Pos pos, ExprVec names, Expr *type, Expr *tag) {
    Field *f = ast_field(p->arena, pos);
    f->names = names;
    f->type = type;
    f->tag = tag;
    return f;
}

/* `a [N]T` (elem given) or `T[A, B]` (embedded or unnamed generic type). */
Field *build_bracket_field(Parser *p, Token name, Pos lbrack, TypeList list,
                           Pos rbrack, Expr *elem, Expr *tag) {
    Expr *id = build_ident(p, name);
    if (!elem)
        return build_field(p, name.pos, (ExprVec){0},
                           build_instance(p, lbrack, id, list, rbrack), tag);
    if (list.list.len != 1 || list.comma) {
        /* gc: x[a, b] followed by a type is neither */
        syntax_error(p, rbrack, "unexpected comma; expecting ]");
        elem = build_bad_expr(p, lbrack);
    } else {
        elem = build_array_type(p, lbrack, list.list.data[0], elem);
    }
    return build_field(p, name.pos, build_exprs1(p, id), elem, tag);
}

/* gc: struct { (T) } */
Field *build_paren_embedded(Parser *p, Pos lparen, Expr *type, Expr *tag) {
    syntax_error(p, lparen, "cannot parenthesize embedded type");
    return build_field(p, lparen, (ExprVec){0}, type, tag);
}

/* gc: `(T){...}` */
Expr *build_paren_composite(Parser *p, Pos lbrace, Expr *type, ExprVec elts,
                            Pos rbrace) {
    syntax_error(p, lbrace, "cannot parenthesize type in composite literal");
    return build_composite(p, lbrace, type, elts, rbrace);
}

/* gc: `func(a ...)`, reported where the type should have been. */
Expr *build_missing_type(Parser *p, Pos pos) {
    syntax_error(p, pos, "... is missing type");
    return build_bad_expr(p, pos);
}

Field *build_param(Parser *p, Pos pos, Expr *name, Expr *type) {
    ExprVec names = {0};
    if (name)
        vec_push(p->arena, &names, name);
    return build_field(p, pos, names, type, NULL);
}

/*
 * spec: "Within a list of parameters or results, the names must either all
 * be present or all be absent."  Entries come as either "name type" or a
 * lone type; if any entry has a name, each lone entry is a name sharing
 * the type of the next named one: (a, b int, c string).  A lone entry that
 * is not a plain identifier, or lone names at the end, make gc report
 * "mixed named and unnamed parameters" at the offending entry.
 */
FieldVec build_params(Parser *p, FieldVec entries) {
    bool named = false;
    for (int i = 0; i < entries.len; i++) {
        /* a syntax error (grammar.y's `param: error`) broke the list and
         * was reported; its bad entry would read as an unnamed parameter */
        if (entries.data[i]->type->kind == EXPR_BAD)
            return entries;
        named |= entries.data[i]->names.len > 0;
    }
    if (!named)
        return entries;

    FieldVec out = {0};
    ExprVec pending = {0};
    Pos pending_pos = NOPOS;
    bool reported = false;
    for (int i = 0; i < entries.len; i++) {
        Field *f = entries.data[i];
        if (f->names.len == 0) {
            if (f->type->kind != EXPR_IDENT) {
                if (!reported)
                    syntax_error(p, f->pos, "mixed named and unnamed parameters");
                reported = true;
                continue;
            }
            if (pending.len == 0)
                pending_pos = f->pos;
            vec_push(p->arena, &pending, f->type);
            continue;
        }
        if (pending.len > 0) {
            for (int j = 0; j < f->names.len; j++)
                vec_push(p->arena, &pending, f->names.data[j]);
            f->names = pending;
            f->pos = pending_pos;
            pending = (ExprVec){0};
        }
        vec_push(p->arena, &out, f);
    }
    if (pending.len > 0 && !reported)
        syntax_error(p, pending.data[pending.len - 1]->pos,
                     "mixed named and unnamed parameters");
    return out;
}

Field *build_method_elem(Parser *p, Token name, Expr *sig) {
    sig->pos = name.pos;
    return build_field(p, name.pos, build_exprs1(p, build_ident(p, name)), sig, NULL);
}

/* ---- statements -------------------------------------------------------- */

Stmt *build_bad_stmt(Parser *p, Pos pos) {
    return ast_stmt(p->arena, STMT_BAD, pos);
}

Stmt *build_decl_stmt(Parser *p, Pos pos, DeclVec decls) {
    Stmt *s = ast_stmt(p->arena, STMT_DECL, pos);
    s->decl.decls = decls;
    return s;
}

Stmt *build_expr_stmt(Parser *p, Expr *x) {
    Stmt *s = ast_stmt(p->arena, STMT_EXPR, ast_start_pos(x));
    s->expr.x = x;
    return s;
}

Stmt *build_send(Parser *p, Pos arrow, Expr *ch, Expr *v) {
    Stmt *s = ast_stmt(p->arena, STMT_SEND, arrow);
    s->send.chan = ch;
    s->send.value = v;
    return s;
}

Stmt *build_inc_dec(Parser *p, Token op, Expr *x) {
    Stmt *s = ast_stmt(p->arena, STMT_INC_DEC, op.pos);
    s->inc_dec.x = x;
    s->inc_dec.op = op.kind;
    return s;
}

Stmt *build_assign(Parser *p, Token op, ExprVec lhs, ExprVec rhs) {
    Stmt *s = ast_stmt(p->arena, STMT_ASSIGN, op.pos);
    s->assign.lhs = lhs;
    s->assign.op = op.kind;
    s->assign.rhs = rhs;
    return s;
}

Stmt *build_labeled(Parser *p, Token label, Stmt *stmt, Pos colon) {
    Stmt *s = ast_stmt(p->arena, STMT_LABELED, label.pos);
    s->labeled.label = build_ident(p, label);
    if (!stmt) {
        /* `L: }` labels an empty statement */
        stmt = ast_stmt(p->arena, STMT_EMPTY, colon);
        stmt->empty.implicit = true;
    }
    s->labeled.stmt = stmt;
    return s;
}

/* gc: "expression in go must be function call", and no parentheses. */
Stmt *build_call_stmt(Parser *p, Token kw, Expr *call) {
    Stmt *s = ast_stmt(p->arena, kw.kind == TOK_GO ? STMT_GO : STMT_DEFER, kw.pos);
    const char *what = kw.kind == TOK_GO ? "go" : "defer";
    if (call->kind == EXPR_PAREN) {
        diag_error(&p->comp->diags, call->pos,
                   "expression in %s must not be parenthesized", what);
        while (call->kind == EXPR_PAREN)
            call = call->paren.x;
    }
    if (call->kind != EXPR_CALL && call->kind != EXPR_BAD) {
        diag_error(&p->comp->diags, ast_start_pos(call),
                   "expression in %s must be function call", what);
        call = build_bad_expr(p, call->pos);
    }
    if (kw.kind == TOK_GO)
        s->go.call = call;
    else
        s->defer.call = call;
    return s;
}

Stmt *build_return(Parser *p, Pos pos, ExprVec results) {
    Stmt *s = ast_stmt(p->arena, STMT_RETURN, pos);
    s->ret.results = results;
    return s;
}

Stmt *build_branch(Parser *p, Token kw, Expr *label) {
    Stmt *s = ast_stmt(p->arena, STMT_BRANCH, kw.pos);
    s->branch.tok = kw.kind;
    s->branch.label = label;
    return s;
}

Stmt *build_block(Parser *p, Pos lbrace, StmtVec stmts, Pos rbrace) {
    Stmt *s = ast_stmt(p->arena, STMT_BLOCK, lbrace);
    s->block.stmts = stmts;
    s->block.rbrace = rbrace;
    return s;
}

static const char *exprs_string(Parser *p, const ExprVec *v) {
    const char *s = "";
    for (int i = 0; i < v->len; i++)
        s = arena_printf(p->arena, "%s%s%s", s, i ? ", " : "",
                         ast_expr_string(p->arena, v->data[i]));
    return s;
}

/*
 * The condition of an if, or the tag of a switch: an expression statement.
 * gc reports "cannot use x := 0 as value" at the operator for anything
 * else, and spells a plain `=` out as "assignment (lhs) = (rhs)" since it
 * is most likely a mistyped `==`.
 */
static Expr *header_expr(Parser *p, Stmt *s) {
    if (!s)
        return NULL;
    if (s->kind == STMT_EXPR)
        return s->expr.x;
    if (s->kind == STMT_BAD)
        return build_bad_expr(p, s->pos);
    const char *what = "statement";
    switch (s->kind) {
    case STMT_ASSIGN:
        if (s->assign.op == TOK_ASSIGN)
            what = arena_printf(p->arena, "assignment (%s) = (%s)",
                                exprs_string(p, &s->assign.lhs),
                                exprs_string(p, &s->assign.rhs));
        else
            what = arena_printf(p->arena, "%s %s %s", exprs_string(p, &s->assign.lhs),
                                token_spelling(s->assign.op),
                                exprs_string(p, &s->assign.rhs));
        break;
    case STMT_INC_DEC:
        what = arena_printf(p->arena, "%s%s", ast_expr_string(p->arena, s->inc_dec.x),
                            token_spelling(s->inc_dec.op));
        break;
    case STMT_SEND:
        what = arena_printf(p->arena, "%s <- %s", ast_expr_string(p->arena, s->send.chan),
                            ast_expr_string(p->arena, s->send.value));
        break;
    default:
        break;
    }
    diag_error(&p->comp->diags, s->pos, "syntax error: cannot use %s as value", what);
    return build_bad_expr(p, s->pos);
}

/* `if x \n {` parses as `if x; {`: gc's message names the newline. */
static void missing_if_cond(Parser *p, Pos ifpos, Header h) {
    if (h.has_semi && h.semi_text && strcmp(h.semi_text, ";") != 0)
        syntax_error(p, h.semi,
                     arena_printf(p->arena, "unexpected %s, expecting { after if clause",
                                  h.semi_text));
    else
        syntax_error(p, h.has_semi ? h.semi : ifpos, "missing condition in if statement");
    /* without a `;`, ifpos is the body's `{`: that is where gc stands */
}

Stmt *build_if(Parser *p, Pos pos, Header h, Stmt *then, Stmt *else_) {
    Stmt *s = ast_stmt(p->arena, STMT_IF, pos);
    s->if_.init = h.init;
    s->if_.cond = header_expr(p, h.cond);
    if (!s->if_.cond) {
        missing_if_cond(p, then->pos, h);
        s->if_.cond = build_bad_expr(p, h.has_semi ? h.semi : pos);
    }
    s->if_.then = then;
    s->if_.else_ = else_;
    return s;
}

Stmt *build_for(Parser *p, Pos pos, Header h, Stmt *body) {
    Stmt *s = ast_stmt(p->arena, STMT_FOR, pos);
    s->for_.init = h.init;
    s->for_.cond = header_expr(p, h.cond);
    s->for_.post = h.post;
    if (h.post && h.post->kind == STMT_ASSIGN && h.post->assign.op == TOK_DEFINE)
        syntax_error(p, h.post->pos, "cannot declare in post statement of for loop");
    s->for_.body = body;
    return s;
}

/* The range clause alone; build_range_for adds the body. */
Stmt *build_range(Parser *p, Pos pos, Pos range_kw, ExprVec lhs, bool define, Expr *x) {
    Stmt *s = ast_stmt(p->arena, STMT_RANGE, pos);
    s->range.range_kw = range_kw;
    if (lhs.len > 0)
        s->range.key = lhs.data[0];
    if (lhs.len > 1)
        s->range.value = lhs.data[1];
    if (lhs.len > 2 && !define) /* gc leaves `:=` to the type checker */
        diag_error(&p->comp->diags, ast_start_pos(lhs.data[2]),
                   "range clause permits at most two iteration variables");
    s->range.define = define;
    s->range.x = x;
    return s;
}

Stmt *build_range_for(Parser *p, Pos pos, Stmt *range, Stmt *body) {
    (void)p;
    range->pos = pos;
    range->range.body = body;
    return range;
}

/* A switch whose tag is `x.(type)` or `v := x.(type)` is a type switch. */
static Expr *type_guard(Stmt *s, Expr **bind) {
    *bind = NULL;
    if (!s)
        return NULL;
    if (s->kind == STMT_EXPR && s->expr.x->kind == EXPR_TYPE_ASSERT &&
        !s->expr.x->assert.type)
        return s->expr.x;
    if (s->kind == STMT_ASSIGN && s->assign.op == TOK_DEFINE &&
        s->assign.lhs.len == 1 && s->assign.rhs.len == 1 &&
        s->assign.rhs.data[0]->kind == EXPR_TYPE_ASSERT &&
        !s->assign.rhs.data[0]->assert.type) {
        *bind = s->assign.lhs.data[0];
        return s->assign.rhs.data[0];
    }
    return NULL;
}

Stmt *build_switch(Parser *p, Pos pos, Header h, Pos lbrace, StmtVec clauses) {
    Expr *bind;
    Expr *guard = type_guard(h.cond, &bind);
    if (guard) {
        Stmt *s = ast_stmt(p->arena, STMT_TYPE_SWITCH, pos);
        s->type_switch.init = h.init;
        s->type_switch.bind = bind;
        s->type_switch.x = guard->assert.x;
        s->type_switch.clauses = clauses;
        s->type_switch.lbrace = lbrace;
        return s;
    }
    Stmt *s = ast_stmt(p->arena, STMT_SWITCH, pos);
    s->switch_.init = h.init;
    s->switch_.tag = header_expr(p, h.cond);
    s->switch_.clauses = clauses;
    s->switch_.lbrace = lbrace;
    return s;
}

Stmt *build_case(Parser *p, Pos pos, Pos colon, ExprVec list, bool is_default,
                 StmtVec body) {
    Stmt *s = ast_stmt(p->arena, STMT_CASE, pos);
    s->case_.colon = colon;
    s->case_.list = list;
    s->case_.is_default = is_default;
    s->case_.body = body;
    return s;
}

Stmt *build_select(Parser *p, Pos pos, StmtVec clauses) {
    Stmt *s = ast_stmt(p->arena, STMT_SELECT, pos);
    s->select.clauses = clauses;
    return s;
}

Stmt *build_comm(Parser *p, Pos pos, Stmt *comm, StmtVec body) {
    Stmt *s = ast_stmt(p->arena, STMT_COMM, pos);
    s->comm.comm = comm;
    s->comm.body = body;
    return s;
}

/* ---- declarations ------------------------------------------------------ */

Decl *build_bad_decl(Parser *p, Pos pos) {
    return ast_decl(p->arena, DECL_BAD, pos);
}

Decl *build_import(Parser *p, Expr *name, Token path) {
    Decl *d = ast_decl(p->arena, DECL_IMPORT, name ? name->pos : path.pos);
    d->import.name = name;
    d->import.path = build_literal(p, path);
    if (path.kind != TOK_STRING) {
        syntax_error(p, path.pos, "import path must be a string");
        d->import.path->lit.bad = true;
    }
    return d;
}

Decl *build_value_spec(Parser *p, DeclKind kind, ExprVec names, Expr *type,
                       ExprVec values) {
    Decl *d = ast_decl(p->arena, kind, names.data[0]->pos);
    d->value.names = names;
    d->value.type = type;
    d->value.values = values;
    return d;
}

/*
 * spec: "Within a parenthesized const declaration list the expression list
 * may be omitted from any but the first ConstSpec.  Such an empty list is
 * equivalent to the textual substitution of the first preceding non-empty
 * expression list and its type if any."  The substitution itself is
 * sema's; here each spec learns its index (iota) and where its values are.
 */
DeclVec build_group(Parser *p, DeclVec specs) {
    (void)p;
    Decl *last = NULL;
    for (int i = 0; i < specs.len; i++) {
        Decl *d = specs.data[i];
        if (d->kind != DECL_CONST && d->kind != DECL_VAR)
            continue;
        d->value.iota = i;
        if (d->kind != DECL_CONST)
            continue;
        if (d->value.values.len > 0 || d->value.type)
            last = d;
        else
            d->value.implicit_from = last;
    }
    return specs;
}

void build_note_decl(Parser *p, Pos pos, Decl *d) {
    DeclStart at = {pos, d->kind == DECL_FUNC, d->kind == DECL_TYPE && !d->type.alias};
    vec_push(p->arena, &p->decl_starts, at);
}

void build_note_group(Parser *p, DeclVec specs) {
    for (int i = 0; i < specs.len; i++)
        build_note_decl(p, specs.data[i]->pos, specs.data[i]);
}

Decl *build_type_spec(Parser *p, Token name, FieldVec tparams, bool alias,
                      Expr *type) {
    Decl *d = ast_decl(p->arena, DECL_TYPE, name.pos);
    d->type.name = build_ident(p, name);
    d->type.tparams = tparams;
    d->type.alias = alias;
    d->type.type = type;
    return d;
}

/* gc: a method has exactly one receiver and no type parameters. */
Decl *build_func_decl(Parser *p, Pos pos, FieldVec recv, Pos recv_pos,
                      Token name, FieldVec tparams, Expr *sig, Stmt *body) {
    Decl *d = ast_decl(p->arena, DECL_FUNC, pos);
    d->func.name = build_ident(p, name);
    if (recv_pos != NOPOS) {
        int n = 0;
        for (int i = 0; i < recv.len; i++)
            n += recv.data[i]->names.len ? recv.data[i]->names.len : 1;
        if (n == 0)
            diag_error(&p->comp->diags, name.pos, "method has no receiver");
        else if (n > 1)
            diag_error(&p->comp->diags, name.pos, "method has multiple receivers");
        if (recv.len > 0)
            d->func.recv = recv.data[0];
        else
            d->func.recv = build_param(p, recv_pos, NULL, build_bad_expr(p, recv_pos));
        if (tparams.len > 0)
            syntax_error(p, tparams.data[0]->pos, "method must have no type parameters");
    } else {
        sig->func_type.tparams = tparams;
    }
    d->func.type = sig;
    d->func.body = body;
    return d;
}
