/*
 * ast.c — making, naming, printing and dumping syntax tree nodes.
 *
 * The constructors only allocate and stamp kind and position; the grammar's
 * builders (build.c) fill the rest.  ast_dump prints the tree for tests and
 * `go2c dump ast`: one node a line, indented two spaces a level, as
 *
 *     [role: ]Kind line:col [details]
 *
 * where role names the child's place in its parent (cond, then, x...) when
 * that is not obvious from the order.  The format is stable: tests compare
 * it.  ast_expr_string prints an expression back as Go source, the way gc
 * quotes expressions in its messages.
 */
#include "ast.h"

#include <string.h>

/* ---- constructors ------------------------------------------------------ */

Expr *ast_expr(Arena *a, ExprKind kind, Pos pos) {
    Expr *e = ARENA_NEW(a, Expr);
    e->kind = kind;
    e->pos = pos;
    return e;
}

Stmt *ast_stmt(Arena *a, StmtKind kind, Pos pos) {
    Stmt *s = ARENA_NEW(a, Stmt);
    s->kind = kind;
    s->pos = pos;
    return s;
}

Decl *ast_decl(Arena *a, DeclKind kind, Pos pos) {
    Decl *d = ARENA_NEW(a, Decl);
    d->kind = kind;
    d->pos = pos;
    return d;
}

Field *ast_field(Arena *a, Pos pos) {
    Field *f = ARENA_NEW(a, Field);
    f->pos = pos;
    return f;
}

Expr *ast_ident(Arena *a, Pos pos, const char *name) {
    Expr *e = ast_expr(a, EXPR_IDENT, pos);
    e->ident.name = name;
    return e;
}

/* ---- kind names -------------------------------------------------------- */

static const char *const expr_names[] = {
#define X(kind, name, member) name,
    EXPR_KINDS(X)
#undef X
};

static const char *const stmt_names[] = {
#define X(kind, name, member) name,
    STMT_KINDS(X)
#undef X
};

static const char *const decl_names[] = {
#define X(kind, name, member) name,
    DECL_KINDS(X)
#undef X
};

const char *ast_expr_kind_name(ExprKind k) { return expr_names[k]; }
const char *ast_stmt_kind_name(StmtKind k) { return stmt_names[k]; }
const char *ast_decl_kind_name(DeclKind k) { return decl_names[k]; }

/* ---- start positions --------------------------------------------------- */

/* Like gc's syntax.StartPos: nodes sit at their operator (x.f at the dot,
 * f(x) at the paren), but types2 reports most errors where the expression
 * starts.  As in gc 1.19, a slice expression and a key: value pair start
 * at their own position (the `[`, the `:`). */
Pos ast_start_pos(const Expr *e) {
    for (;;) {
        switch (e->kind) {
        case EXPR_SELECTOR: e = e->selector.x; break;
        case EXPR_INDEX: e = e->index.x; break;
        case EXPR_TYPE_ASSERT: e = e->assert.x; break;
        case EXPR_CALL: e = e->call.fun; break;
        case EXPR_BINARY: e = e->binary.x; break;
        case EXPR_COMPOSITE_LIT:
            if (!e->composite.type)
                return e->pos;
            e = e->composite.type;
            break;
        default:
            return e->pos;
        }
    }
}

/* ---- expressions as Go source ------------------------------------------ */

static void put_expr(StrBuf *b, const Expr *e);

static void put_exprs(StrBuf *b, const ExprVec *v) {
    for (int i = 0; i < v->len; i++) {
        if (i > 0)
            sb_puts(b, ", ");
        put_expr(b, v->data[i]);
    }
}

static void put_fields(StrBuf *b, const FieldVec *v, const char *sep) {
    for (int i = 0; i < v->len; i++) {
        const Field *f = v->data[i];
        if (i > 0)
            sb_puts(b, sep);
        put_exprs(b, &f->names);
        if (f->names.len > 0 && f->type)
            sb_putc(b, ' ');
        if (f->type)
            put_expr(b, f->type);
    }
}

static void put_signature(StrBuf *b, const Expr *e) {
    sb_putc(b, '(');
    put_fields(b, &e->func_type.params, ", ");
    sb_putc(b, ')');
    const FieldVec *r = &e->func_type.results;
    if (r->len == 0)
        return;
    sb_putc(b, ' ');
    if (r->len == 1 && r->data[0]->names.len == 0) {
        put_expr(b, r->data[0]->type);
        return;
    }
    sb_putc(b, '(');
    put_fields(b, r, ", ");
    sb_putc(b, ')');
}

static void put_expr(StrBuf *b, const Expr *e) {
    if (!e)
        return;
    switch (e->kind) {
    case EXPR_BAD: sb_puts(b, "BadExpr"); break;
    case EXPR_IDENT: sb_puts(b, e->ident.name); break;
    case EXPR_BASIC_LIT: sb_puts(b, e->lit.text); break;
    case EXPR_COMPOSITE_LIT:
        put_expr(b, e->composite.type);
        sb_puts(b, e->composite.elts.len ? "{…}" : "{}");
        break;
    case EXPR_FUNC_LIT:
        put_expr(b, e->func_lit.type);
        sb_puts(b, " {…}");
        break;
    case EXPR_PAREN:
        sb_putc(b, '(');
        put_expr(b, e->paren.x);
        sb_putc(b, ')');
        break;
    case EXPR_SELECTOR:
        put_expr(b, e->selector.x);
        sb_putc(b, '.');
        put_expr(b, e->selector.sel);
        break;
    case EXPR_INDEX:
        put_expr(b, e->index.x);
        sb_putc(b, '[');
        put_exprs(b, &e->index.indices);
        sb_putc(b, ']');
        break;
    case EXPR_SLICE:
        put_expr(b, e->slice.x);
        sb_putc(b, '[');
        put_expr(b, e->slice.lo);
        sb_putc(b, ':');
        put_expr(b, e->slice.hi);
        if (e->slice.three) {
            sb_putc(b, ':');
            put_expr(b, e->slice.max);
        }
        sb_putc(b, ']');
        break;
    case EXPR_TYPE_ASSERT:
        put_expr(b, e->assert.x);
        sb_puts(b, ".(");
        if (e->assert.type)
            put_expr(b, e->assert.type);
        else
            sb_puts(b, "type");
        sb_putc(b, ')');
        break;
    case EXPR_CALL:
        put_expr(b, e->call.fun);
        sb_putc(b, '(');
        put_exprs(b, &e->call.args);
        if (e->call.has_ellipsis)
            sb_puts(b, "...");
        sb_putc(b, ')');
        break;
    case EXPR_STAR:
        sb_putc(b, '*');
        put_expr(b, e->star.x);
        break;
    case EXPR_UNARY:
        sb_puts(b, token_spelling(e->unary.op));
        put_expr(b, e->unary.x);
        break;
    case EXPR_BINARY:
        put_expr(b, e->binary.x);
        sb_printf(b, " %s ", token_spelling(e->binary.op));
        put_expr(b, e->binary.y);
        break;
    case EXPR_KEY_VALUE:
        put_expr(b, e->key_value.key);
        sb_puts(b, ": ");
        put_expr(b, e->key_value.value);
        break;
    case EXPR_ARRAY_TYPE:
        sb_putc(b, '[');
        if (e->array_type.len && e->array_type.len->kind == EXPR_ELLIPSIS &&
            !e->array_type.len->ellipsis.elem)
            sb_puts(b, "...");
        else
            put_expr(b, e->array_type.len);
        sb_putc(b, ']');
        put_expr(b, e->array_type.elem);
        break;
    case EXPR_STRUCT_TYPE:
        sb_puts(b, "struct{");
        put_fields(b, &e->struct_type.fields, "; ");
        sb_putc(b, '}');
        break;
    case EXPR_FUNC_TYPE:
        sb_puts(b, "func");
        put_signature(b, e);
        break;
    case EXPR_INTERFACE_TYPE:
        sb_puts(b, "interface{");
        for (int i = 0; i < e->interface_type.methods.len; i++) {
            const Field *f = e->interface_type.methods.data[i];
            if (i > 0)
                sb_puts(b, "; ");
            if (f->names.len > 0) {
                put_expr(b, f->names.data[0]);
                put_signature(b, f->type);
            } else {
                put_expr(b, f->type);
            }
        }
        sb_putc(b, '}');
        break;
    case EXPR_MAP_TYPE:
        sb_puts(b, "map[");
        put_expr(b, e->map_type.key);
        sb_putc(b, ']');
        put_expr(b, e->map_type.value);
        break;
    case EXPR_CHAN_TYPE:
        sb_puts(b, e->chan_type.dir == CHAN_RECV   ? "<-chan "
                   : e->chan_type.dir == CHAN_SEND ? "chan<- "
                                                   : "chan ");
        put_expr(b, e->chan_type.elem);
        break;
    case EXPR_ELLIPSIS:
        sb_puts(b, "...");
        put_expr(b, e->ellipsis.elem);
        break;
    }
}

const char *ast_expr_string(Arena *a, const Expr *e) {
    StrBuf b = {0};
    put_expr(&b, e);
    char *s = arena_strdup(a, b.data ? b.data : "");
    sb_free(&b);
    return s;
}

/* ---- the dump ---------------------------------------------------------- */

typedef struct Dumper {
    StrBuf *out;
    Compilation *c;
} Dumper;

/* Starts a node's line: indentation, role, kind, position. */
static void line(Dumper *d, int depth, const char *role, const char *kind, Pos pos) {
    for (int i = 0; i < depth; i++)
        sb_puts(d->out, "  ");
    if (role)
        sb_printf(d->out, "%s: ", role);
    Position p = source_position(d->c->arena, &d->c->sources, pos);
    sb_printf(d->out, "%s %d:%d", kind, p.line, p.col);
}

/* A line for a list of children that may be empty. */
static void heading(Dumper *d, int depth, const char *role, int n) {
    for (int i = 0; i < depth; i++)
        sb_puts(d->out, "  ");
    sb_printf(d->out, "%s (%d)\n", role, n);
}

static void dump_expr(Dumper *d, int depth, const char *role, const Expr *e);
static void dump_stmt(Dumper *d, int depth, const char *role, const Stmt *s);
static void dump_decl(Dumper *d, int depth, const Decl *decl);

static void dump_exprs(Dumper *d, int depth, const char *role, const ExprVec *v) {
    for (int i = 0; i < v->len; i++)
        dump_expr(d, depth, role, v->data[i]);
}

static void dump_stmts(Dumper *d, int depth, const StmtVec *v) {
    for (int i = 0; i < v->len; i++)
        dump_stmt(d, depth, NULL, v->data[i]);
}

static void dump_field(Dumper *d, int depth, const Field *f) {
    line(d, depth, NULL, "Field", f->pos);
    for (int i = 0; i < f->names.len; i++)
        sb_printf(d->out, "%s%s", i ? ", " : " ", f->names.data[i]->ident.name);
    sb_putc(d->out, '\n');
    dump_expr(d, depth + 1, "type", f->type);
    dump_expr(d, depth + 1, "tag", f->tag);
}

static void dump_fields(Dumper *d, int depth, const char *role, const FieldVec *v) {
    if (!role) {
        for (int i = 0; i < v->len; i++)
            dump_field(d, depth, v->data[i]);
        return;
    }
    heading(d, depth, role, v->len);
    for (int i = 0; i < v->len; i++)
        dump_field(d, depth + 1, v->data[i]);
}

static const char *chan_dir_name(ChanDir dir) {
    return dir == CHAN_SEND ? "send" : dir == CHAN_RECV ? "recv" : "both";
}

static const char *literal_kind_name(TokenKind k) {
    switch (k) {
    case TOK_INT: return "INT";
    case TOK_FLOAT: return "FLOAT";
    case TOK_IMAG: return "IMAG";
    case TOK_RUNE: return "CHAR";
    case TOK_STRING: return "STRING";
    default: return token_spelling(k);
    }
}

/* The quoted source text of a literal, control bytes escaped. */
static void put_literal(StrBuf *out, const char *s) {
    for (; *s; s++) {
        if (*s == '\n')
            sb_puts(out, "\\n");
        else if (*s == '\t')
            sb_puts(out, "\\t");
        else if ((unsigned char)*s < 0x20)
            sb_printf(out, "\\x%02x", (unsigned char)*s);
        else
            sb_putc(out, *s);
    }
}

static void dump_expr(Dumper *d, int depth, const char *role, const Expr *e) {
    if (!e)
        return;
    line(d, depth, role, ast_expr_kind_name(e->kind), e->pos);
    int k = depth + 1;
    switch (e->kind) {
    case EXPR_BAD:
        sb_putc(d->out, '\n');
        break;
    case EXPR_IDENT:
        sb_printf(d->out, " %s\n", e->ident.name);
        break;
    case EXPR_BASIC_LIT:
        sb_printf(d->out, " %s ", literal_kind_name(e->lit.kind));
        put_literal(d->out, e->lit.text ? e->lit.text : "");
        sb_puts(d->out, e->lit.bad ? " (bad)\n" : "\n");
        break;
    case EXPR_COMPOSITE_LIT:
        sb_putc(d->out, '\n');
        dump_expr(d, k, "type", e->composite.type);
        dump_exprs(d, k, NULL, &e->composite.elts);
        break;
    case EXPR_FUNC_LIT:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, e->func_lit.type);
        dump_stmt(d, k, NULL, e->func_lit.body);
        break;
    case EXPR_PAREN:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, e->paren.x);
        break;
    case EXPR_SELECTOR:
        sb_printf(d->out, " .%s\n", e->selector.sel->ident.name);
        dump_expr(d, k, NULL, e->selector.x);
        break;
    case EXPR_INDEX:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, e->index.x);
        dump_exprs(d, k, "index", &e->index.indices);
        break;
    case EXPR_SLICE:
        sb_puts(d->out, e->slice.three ? " 3-index\n" : "\n");
        dump_expr(d, k, NULL, e->slice.x);
        dump_expr(d, k, "lo", e->slice.lo);
        dump_expr(d, k, "hi", e->slice.hi);
        dump_expr(d, k, "max", e->slice.max);
        break;
    case EXPR_TYPE_ASSERT:
        sb_puts(d->out, e->assert.type ? "\n" : " (type)\n");
        dump_expr(d, k, NULL, e->assert.x);
        dump_expr(d, k, "type", e->assert.type);
        break;
    case EXPR_CALL:
        sb_puts(d->out, e->call.has_ellipsis ? " ...\n" : "\n");
        dump_expr(d, k, "fun", e->call.fun);
        dump_exprs(d, k, "arg", &e->call.args);
        break;
    case EXPR_STAR:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, e->star.x);
        break;
    case EXPR_UNARY:
        sb_printf(d->out, " %s\n", token_spelling(e->unary.op));
        dump_expr(d, k, NULL, e->unary.x);
        break;
    case EXPR_BINARY:
        sb_printf(d->out, " %s\n", token_spelling(e->binary.op));
        dump_expr(d, k, NULL, e->binary.x);
        dump_expr(d, k, NULL, e->binary.y);
        break;
    case EXPR_KEY_VALUE:
        sb_putc(d->out, '\n');
        dump_expr(d, k, "key", e->key_value.key);
        dump_expr(d, k, "value", e->key_value.value);
        break;
    case EXPR_ARRAY_TYPE:
        sb_puts(d->out, e->array_type.len ? "\n" : " slice\n");
        dump_expr(d, k, "len", e->array_type.len);
        dump_expr(d, k, "elem", e->array_type.elem);
        break;
    case EXPR_STRUCT_TYPE:
        sb_putc(d->out, '\n');
        dump_fields(d, k, NULL, &e->struct_type.fields);
        break;
    case EXPR_FUNC_TYPE:
        sb_putc(d->out, '\n');
        if (e->func_type.tparams.len > 0)
            dump_fields(d, k, "tparams", &e->func_type.tparams);
        dump_fields(d, k, "params", &e->func_type.params);
        if (e->func_type.results.len > 0)
            dump_fields(d, k, "results", &e->func_type.results);
        break;
    case EXPR_INTERFACE_TYPE:
        sb_putc(d->out, '\n');
        dump_fields(d, k, NULL, &e->interface_type.methods);
        break;
    case EXPR_MAP_TYPE:
        sb_putc(d->out, '\n');
        dump_expr(d, k, "key", e->map_type.key);
        dump_expr(d, k, "value", e->map_type.value);
        break;
    case EXPR_CHAN_TYPE:
        sb_printf(d->out, " %s\n", chan_dir_name(e->chan_type.dir));
        dump_expr(d, k, NULL, e->chan_type.elem);
        break;
    case EXPR_ELLIPSIS:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, e->ellipsis.elem);
        break;
    }
}

static void dump_stmt(Dumper *d, int depth, const char *role, const Stmt *s) {
    if (!s)
        return;
    line(d, depth, role, ast_stmt_kind_name(s->kind), s->pos);
    int k = depth + 1;
    switch (s->kind) {
    case STMT_BAD:
        sb_putc(d->out, '\n');
        break;
    case STMT_DECL:
        sb_putc(d->out, '\n');
        for (int i = 0; i < s->decl.decls.len; i++)
            dump_decl(d, k, s->decl.decls.data[i]);
        break;
    case STMT_EMPTY:
        sb_putc(d->out, '\n');
        break;
    case STMT_LABELED:
        sb_printf(d->out, " %s\n", s->labeled.label->ident.name);
        dump_stmt(d, k, NULL, s->labeled.stmt);
        break;
    case STMT_EXPR:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, s->expr.x);
        break;
    case STMT_SEND:
        sb_putc(d->out, '\n');
        dump_expr(d, k, "chan", s->send.chan);
        dump_expr(d, k, "value", s->send.value);
        break;
    case STMT_INC_DEC:
        sb_printf(d->out, " %s\n", token_spelling(s->inc_dec.op));
        dump_expr(d, k, NULL, s->inc_dec.x);
        break;
    case STMT_ASSIGN:
        sb_printf(d->out, " %s\n", token_spelling(s->assign.op));
        dump_exprs(d, k, "lhs", &s->assign.lhs);
        dump_exprs(d, k, "rhs", &s->assign.rhs);
        break;
    case STMT_GO:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, s->go.call);
        break;
    case STMT_DEFER:
        sb_putc(d->out, '\n');
        dump_expr(d, k, NULL, s->defer.call);
        break;
    case STMT_RETURN:
        sb_putc(d->out, '\n');
        dump_exprs(d, k, NULL, &s->ret.results);
        break;
    case STMT_BRANCH:
        sb_printf(d->out, " %s%s%s\n", token_spelling(s->branch.tok),
                  s->branch.label ? " " : "",
                  s->branch.label ? s->branch.label->ident.name : "");
        break;
    case STMT_BLOCK:
        sb_putc(d->out, '\n');
        dump_stmts(d, k, &s->block.stmts);
        break;
    case STMT_IF:
        sb_putc(d->out, '\n');
        dump_stmt(d, k, "init", s->if_.init);
        dump_expr(d, k, "cond", s->if_.cond);
        dump_stmt(d, k, "then", s->if_.then);
        dump_stmt(d, k, "else", s->if_.else_);
        break;
    case STMT_CASE:
        sb_puts(d->out, s->case_.is_default ? " default\n" : "\n");
        dump_exprs(d, k, "case", &s->case_.list);
        dump_stmts(d, k, &s->case_.body);
        break;
    case STMT_SWITCH:
        sb_putc(d->out, '\n');
        dump_stmt(d, k, "init", s->switch_.init);
        dump_expr(d, k, "tag", s->switch_.tag);
        dump_stmts(d, k, &s->switch_.clauses);
        break;
    case STMT_TYPE_SWITCH:
        sb_putc(d->out, '\n');
        dump_stmt(d, k, "init", s->type_switch.init);
        dump_expr(d, k, "bind", s->type_switch.bind);
        dump_expr(d, k, "x", s->type_switch.x);
        dump_stmts(d, k, &s->type_switch.clauses);
        break;
    case STMT_COMM:
        sb_puts(d->out, s->comm.comm ? "\n" : " default\n");
        dump_stmt(d, k, "comm", s->comm.comm);
        dump_stmts(d, k, &s->comm.body);
        break;
    case STMT_SELECT:
        sb_putc(d->out, '\n');
        dump_stmts(d, k, &s->select.clauses);
        break;
    case STMT_FOR:
        sb_putc(d->out, '\n');
        dump_stmt(d, k, "init", s->for_.init);
        dump_expr(d, k, "cond", s->for_.cond);
        dump_stmt(d, k, "post", s->for_.post);
        dump_stmt(d, k, "body", s->for_.body);
        break;
    case STMT_RANGE:
        sb_puts(d->out, s->range.define ? " :=\n" : "\n");
        dump_expr(d, k, "key", s->range.key);
        dump_expr(d, k, "value", s->range.value);
        dump_expr(d, k, "x", s->range.x);
        dump_stmt(d, k, "body", s->range.body);
        break;
    }
}

static void dump_decl(Dumper *d, int depth, const Decl *decl) {
    line(d, depth, NULL, ast_decl_kind_name(decl->kind), decl->pos);
    int k = depth + 1;
    switch (decl->kind) {
    case DECL_BAD:
        sb_putc(d->out, '\n');
        break;
    case DECL_IMPORT:
        sb_putc(d->out, '\n');
        dump_expr(d, k, "name", decl->import.name);
        dump_expr(d, k, "path", decl->import.path);
        break;
    case DECL_CONST:
    case DECL_VAR:
        for (int i = 0; i < decl->value.names.len; i++)
            sb_printf(d->out, "%s%s", i ? ", " : " ", decl->value.names.data[i]->ident.name);
        if (decl->kind == DECL_CONST) {
            sb_printf(d->out, " iota=%d", decl->value.iota);
            if (decl->value.implicit_from) {
                Position p = source_position(d->c->arena, &d->c->sources,
                                             decl->value.implicit_from->pos);
                sb_printf(d->out, " implicit_from=%d:%d", p.line, p.col);
            }
        }
        sb_putc(d->out, '\n');
        dump_expr(d, k, "type", decl->value.type);
        dump_exprs(d, k, "value", &decl->value.values);
        break;
    case DECL_TYPE:
        sb_printf(d->out, " %s%s\n", decl->type.name->ident.name,
                  decl->type.alias ? " alias" : "");
        if (decl->type.tparams.len > 0)
            dump_fields(d, k, "tparams", &decl->type.tparams);
        dump_expr(d, k, "type", decl->type.type);
        break;
    case DECL_FUNC:
        sb_printf(d->out, " %s\n", decl->func.name->ident.name);
        if (decl->func.recv) {
            heading(d, k, "recv", 1);
            dump_field(d, k + 1, decl->func.recv);
        }
        dump_expr(d, k, NULL, decl->func.type);
        dump_stmt(d, k, "body", decl->func.body);
        break;
    }
}

void ast_dump(StrBuf *out, Compilation *c, const File *f) {
    Dumper d = {out, c};
    line(&d, 0, NULL, "File", f->pos);
    sb_printf(out, " package %s\n",
              f->package && f->package->kind == EXPR_IDENT ? f->package->ident.name : "?");
    for (int i = 0; i < f->imports.len; i++)
        dump_decl(&d, 1, f->imports.data[i]);
    for (int i = 0; i < f->decls.len; i++)
        dump_decl(&d, 1, f->decls.data[i]);
}
