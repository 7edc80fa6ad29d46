/*
 * walk.c — a generic pre-order walk over the AST, for the passes that need
 * to see every node of a kind (escape analysis's sites, code generation's
 * support check) without each writing its own traversal.
 */
#include "ast.h"

static void walk_exprs(AstVisitor *v, ExprVec *list) {
    for (int i = 0; i < list->len; i++)
        ast_walk_expr(v, list->data[i]);
}

static void walk_stmts(AstVisitor *v, StmtVec *list) {
    for (int i = 0; i < list->len; i++)
        ast_walk_stmt(v, list->data[i]);
}

static void walk_fields(AstVisitor *v, FieldVec *list) {
    for (int i = 0; i < list->len; i++) {
        walk_exprs(v, &list->data[i]->names);
        ast_walk_expr(v, list->data[i]->type);
    }
}

void ast_walk_expr(AstVisitor *v, Expr *e) {
    if (!e || (v->expr && !v->expr(v, e)))
        return;
    switch (e->kind) {
    case EXPR_COMPOSITE_LIT:
        ast_walk_expr(v, e->composite.type);
        walk_exprs(v, &e->composite.elts);
        break;
    case EXPR_FUNC_LIT:
        ast_walk_expr(v, e->func_lit.type);
        ast_walk_stmt(v, e->func_lit.body);
        break;
    case EXPR_PAREN: ast_walk_expr(v, e->paren.x); break;
    case EXPR_SELECTOR: ast_walk_expr(v, e->selector.x); break;
    case EXPR_INDEX:
        ast_walk_expr(v, e->index.x);
        walk_exprs(v, &e->index.indices);
        break;
    case EXPR_SLICE:
        ast_walk_expr(v, e->slice.x);
        ast_walk_expr(v, e->slice.lo);
        ast_walk_expr(v, e->slice.hi);
        ast_walk_expr(v, e->slice.max);
        break;
    case EXPR_TYPE_ASSERT:
        ast_walk_expr(v, e->assert.x);
        ast_walk_expr(v, e->assert.type);
        break;
    case EXPR_CALL:
        ast_walk_expr(v, e->call.fun);
        walk_exprs(v, &e->call.args);
        break;
    case EXPR_STAR: ast_walk_expr(v, e->star.x); break;
    case EXPR_UNARY: ast_walk_expr(v, e->unary.x); break;
    case EXPR_BINARY:
        ast_walk_expr(v, e->binary.x);
        ast_walk_expr(v, e->binary.y);
        break;
    case EXPR_KEY_VALUE:
        ast_walk_expr(v, e->key_value.key);
        ast_walk_expr(v, e->key_value.value);
        break;
    case EXPR_ARRAY_TYPE:
        ast_walk_expr(v, e->array_type.len);
        ast_walk_expr(v, e->array_type.elem);
        break;
    case EXPR_STRUCT_TYPE: walk_fields(v, &e->struct_type.fields); break;
    case EXPR_FUNC_TYPE:
        walk_fields(v, &e->func_type.tparams);
        walk_fields(v, &e->func_type.params);
        walk_fields(v, &e->func_type.results);
        break;
    case EXPR_INTERFACE_TYPE: walk_fields(v, &e->interface_type.methods); break;
    case EXPR_MAP_TYPE:
        ast_walk_expr(v, e->map_type.key);
        ast_walk_expr(v, e->map_type.value);
        break;
    case EXPR_CHAN_TYPE: ast_walk_expr(v, e->chan_type.elem); break;
    case EXPR_ELLIPSIS: ast_walk_expr(v, e->ellipsis.elem); break;
    case EXPR_BAD: case EXPR_IDENT: case EXPR_BASIC_LIT: break;
    }
}

void ast_walk_stmt(AstVisitor *v, Stmt *s) {
    if (!s || (v->stmt && !v->stmt(v, s)))
        return;
    switch (s->kind) {
    case STMT_DECL:
        for (int i = 0; i < s->decl.decls.len; i++)
            ast_walk_decl(v, s->decl.decls.data[i]);
        break;
    case STMT_LABELED: ast_walk_stmt(v, s->labeled.stmt); break;
    case STMT_EXPR: ast_walk_expr(v, s->expr.x); break;
    case STMT_SEND:
        ast_walk_expr(v, s->send.chan);
        ast_walk_expr(v, s->send.value);
        break;
    case STMT_INC_DEC: ast_walk_expr(v, s->inc_dec.x); break;
    case STMT_ASSIGN:
        walk_exprs(v, &s->assign.lhs);
        walk_exprs(v, &s->assign.rhs);
        break;
    case STMT_GO: ast_walk_expr(v, s->go.call); break;
    case STMT_DEFER: ast_walk_expr(v, s->defer.call); break;
    case STMT_RETURN: walk_exprs(v, &s->ret.results); break;
    case STMT_BLOCK: walk_stmts(v, &s->block.stmts); break;
    case STMT_IF:
        ast_walk_stmt(v, s->if_.init);
        ast_walk_expr(v, s->if_.cond);
        ast_walk_stmt(v, s->if_.then);
        ast_walk_stmt(v, s->if_.else_);
        break;
    case STMT_CASE:
        walk_exprs(v, &s->case_.list);
        walk_stmts(v, &s->case_.body);
        break;
    case STMT_SWITCH:
        ast_walk_stmt(v, s->switch_.init);
        ast_walk_expr(v, s->switch_.tag);
        walk_stmts(v, &s->switch_.clauses);
        break;
    case STMT_TYPE_SWITCH:
        ast_walk_stmt(v, s->type_switch.init);
        ast_walk_expr(v, s->type_switch.bind);
        ast_walk_expr(v, s->type_switch.x);
        walk_stmts(v, &s->type_switch.clauses);
        break;
    case STMT_COMM:
        ast_walk_stmt(v, s->comm.comm);
        walk_stmts(v, &s->comm.body);
        break;
    case STMT_SELECT: walk_stmts(v, &s->select.clauses); break;
    case STMT_FOR:
        ast_walk_stmt(v, s->for_.init);
        ast_walk_expr(v, s->for_.cond);
        ast_walk_stmt(v, s->for_.post);
        ast_walk_stmt(v, s->for_.body);
        break;
    case STMT_RANGE:
        ast_walk_expr(v, s->range.key);
        ast_walk_expr(v, s->range.value);
        ast_walk_expr(v, s->range.x);
        ast_walk_stmt(v, s->range.body);
        break;
    case STMT_BAD: case STMT_EMPTY: case STMT_BRANCH: break;
    }
}

void ast_walk_decl(AstVisitor *v, Decl *d) {
    if (!d || (v->decl && !v->decl(v, d)))
        return;
    switch (d->kind) {
    case DECL_CONST:
    case DECL_VAR:
        walk_exprs(v, &d->value.names);
        ast_walk_expr(v, d->value.type);
        walk_exprs(v, &d->value.values);
        break;
    case DECL_TYPE:
        ast_walk_expr(v, d->type.name);
        walk_fields(v, &d->type.tparams);
        ast_walk_expr(v, d->type.type);
        break;
    case DECL_FUNC:
        ast_walk_expr(v, d->func.name);
        if (d->func.recv) {
            walk_exprs(v, &d->func.recv->names);
            ast_walk_expr(v, d->func.recv->type);
        }
        ast_walk_expr(v, d->func.type);
        ast_walk_stmt(v, d->func.body);
        break;
    case DECL_BAD: case DECL_IMPORT: break;
    }
}
