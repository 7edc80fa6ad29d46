/*
 * escape.c — escape analysis: which allocations may live in a function's
 * frame, and which must go to the garbage-collected heap.
 *
 * Go has no "stack" or "heap" in the language: a variable lives as long as
 * something can reach it.  A compiler may keep a value in the frame of the
 * function that creates it only if no reference to it outlives that frame.
 * Two invariants make that safe (they are gc's):
 *   1. no pointer to a stack object is stored in the heap;
 *   2. no pointer to a stack object outlives the object's frame.
 *
 * This first version of the pass finds every allocation site of the Go
 * that go2c supports today and records a verdict for each; the location
 * graph of gc's analysis (assignments as weighted edges, a walk from every
 * location, per-parameter summaries) comes with pointers and closures,
 * when there is something to prove.  The sites today:
 *
 *   - a value passed to fmt's ...interface{} parameters is boxed: fmt's
 *     functions keep their arguments reachable from what they print (as
 *     gc's summaries of fmt say: "leaking param content"), so the box goes
 *     to the heap; the implicit ... slice itself does not escape;
 *   - string concatenation and string(rune) make new bytes; their results
 *     may be stored anywhere, so they are allocated on the heap.
 *
 * Variables: without `&` and closures no variable can be referenced after
 * its frame ends, so every local stays a C local.
 *
 * Code generation reads the verdicts (escape_site_of) and makes no
 * decisions of its own.
 */
#include "escape.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- a hash table from Expr * to its site ------------------------------ */

typedef struct SiteTable {
    const Expr **keys;
    EscapeSite **values;
    size_t cap;
} SiteTable;

/* The table lives after the public struct, so the header stays simple. */
typedef struct Result {
    EscapeResult pub;
    SiteTable table;
    Arena *arena;
} Result;

static size_t hash_ptr(const void *p) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static void table_put(Arena *a, SiteTable *t, const Expr *k, EscapeSite *v);

static void table_grow(Arena *a, SiteTable *t) {
    SiteTable old = *t;
    t->cap = old.cap ? old.cap * 2 : 64;
    t->keys = arena_alloc(a, sizeof(*t->keys) * t->cap);
    t->values = arena_alloc(a, sizeof(*t->values) * t->cap);
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i])
            table_put(a, t, old.keys[i], old.values[i]);
}

static void table_put(Arena *a, SiteTable *t, const Expr *k, EscapeSite *v) {
    if (t->cap == 0)
        table_grow(a, t);
    size_t i = hash_ptr(k) & (t->cap - 1);
    while (t->keys[i])
        i = (i + 1) & (t->cap - 1);
    t->keys[i] = k;
    t->values[i] = v;
}

const EscapeSite *escape_site_of(const EscapeResult *r, const Expr *e) {
    const SiteTable *t = &((const Result *)r)->table;
    if (t->cap == 0)
        return NULL;
    for (size_t i = hash_ptr(e) & (t->cap - 1); t->keys[i]; i = (i + 1) & (t->cap - 1))
        if (t->keys[i] == e)
            return t->values[i];
    return NULL;
}

static void add_site(Result *r, SiteKind kind, Expr *e, EscapeVerdict v,
                     const char *reason) {
    EscapeSite *s = ARENA_NEW(r->arena, EscapeSite);
    s->kind = kind;
    s->expr = e;
    s->verdict = v;
    s->reason = reason;
    vec_push(r->arena, &r->pub.sites, s);
    /* keep the load factor under 1/2 */
    if (2 * (size_t)r->pub.sites.len > r->table.cap)
        table_grow(r->arena, &r->table);
    table_put(r->arena, &r->table, e, s);
}

/* ---- finding the sites ------------------------------------------------------ */

static bool is_fmt_call(const Symbol *s) {
    return s && s->kind == SYM_BUILTIN && s->builtin >= BUILTIN_FMT_PRINT &&
           s->builtin <= BUILTIN_FMT_SPRINTF;
}

static void fmt_call_sites(Result *r, Expr *e, Symbol *fn) {
    int first = fn->builtin == BUILTIN_FMT_PRINTF || fn->builtin == BUILTIN_FMT_SPRINTF;
    const char *reason =
        arena_printf(r->arena, "passed to fmt.%s, whose ...interface{} arguments escape",
                     fn->name);
    for (int i = first; i < e->call.args.len; i++)
        add_site(r, SITE_IFACE_BOX, e->call.args.data[i], ESC_HEAP, reason);
    add_site(r, SITE_VARIADIC_ARGS, e, ESC_STACK, "fmt does not keep the ... slice");
}

static bool visit_expr(AstVisitor *v, Expr *e) {
    Result *r = v->data;
    if (e->cval)
        return false; /* constants allocate nothing */
    if (e->kind == EXPR_BINARY && e->binary.op == TOK_ADD && e->type && type_is_string(e->type))
        add_site(r, SITE_STRING_CONCAT, e, ESC_HEAP,
                 "the result of a string concatenation may be kept anywhere");
    if (e->kind != EXPR_CALL)
        return true;
    if (e->call.fun->sema_mode == MODE_TYPE /* a conversion */ && e->type &&
        type_is_string(e->type) && e->call.args.len == 1 && e->call.args.data[0]->type &&
        type_is_integer(e->call.args.data[0]->type))
        add_site(r, SITE_CONVERSION, e, ESC_HEAP, "the result of string(rune) may be kept anywhere");
    Symbol *fn = sema_callee(e);
    if (is_fmt_call(fn))
        fmt_call_sites(r, e, fn);
    return true;
}

/* s += t makes new bytes too */
static bool visit_stmt(AstVisitor *v, Stmt *s) {
    Result *r = v->data;
    if (s->kind == STMT_ASSIGN && s->assign.op == TOK_ADD_ASSIGN && s->assign.lhs.len == 1 &&
        s->assign.lhs.data[0]->type && type_is_string(s->assign.lhs.data[0]->type))
        add_site(r, SITE_STRING_CONCAT, s->assign.rhs.data[0], ESC_HEAP,
                 "the result of a string concatenation may be kept anywhere");
    return true;
}

EscapeResult *escape_analyze(Compilation *c, Package *pkg) {
    Result *r = ARENA_NEW(c->arena, Result);
    r->arena = c->arena;
    AstVisitor v = {visit_expr, visit_stmt, NULL, r};
    for (int i = 0; i < pkg->var_init_order.len; i++)
        ast_walk_decl(&v, pkg->var_init_order.data[i]);
    for (int i = 0; i < pkg->funcs.len; i++)
        ast_walk_stmt(&v, pkg->funcs.data[i]->func.body);
    return &r->pub;
}

/* ---- -m ---------------------------------------------------------------------- */

static int by_pos(const void *x, const void *y) {
    const EscapeSite *a = *(EscapeSite *const *)x, *b = *(EscapeSite *const *)y;
    return a->expr->pos < b->expr->pos ? -1 : a->expr->pos > b->expr->pos;
}

void escape_report(StrBuf *out, Compilation *c, const EscapeResult *r, int level) {
    (void)level;
    size_t n = (size_t)r->sites.len;
    EscapeSite **sorted = arena_alloc(c->arena, sizeof(EscapeSite *) * (n ? n : 1));
    if (n)
        memcpy(sorted, r->sites.data, sizeof(EscapeSite *) * n);
    qsort(sorted, n, sizeof(EscapeSite *), by_pos);
    for (size_t i = 0; i < n; i++) {
        EscapeSite *s = sorted[i];
        Position p = source_position(c->arena, &c->sources, s->expr->pos);
        if (s->kind == SITE_VARIADIC_ARGS)
            sb_printf(out, "%s:%d:%d: ... argument does not escape\n", p.file, p.line, p.col);
        else
            sb_printf(out, "%s:%d:%d: %s %s\n", p.file, p.line, p.col,
                      ast_expr_string(c->arena, s->expr),
                      s->verdict == ESC_HEAP ? "escapes to heap" : "does not escape");
    }
}
