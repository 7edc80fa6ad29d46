/*
 * escape.c — escape analysis: which variables and allocations may live in
 * a function's frame, and which must go to the garbage-collected heap.
 *
 * Go has no "stack" or "heap" in the language: a variable lives as long as
 * something can reach it.  A compiler may keep a value in the frame of the
 * function that creates it only if no reference to it outlives that frame.
 * Two invariants make that safe (they are gc's):
 *   1. no pointer to a stack object is stored in the heap;
 *   2. no pointer to a stack object outlives the object's frame.
 *
 * THE GRAPH (graph.c).  The analysis, built like gc's, sees a function as
 * a directed, weighted graph.  Its nodes are abstract LOCATIONS: each
 * variable, each allocation site (&T{}, new, make, slice and map literals,
 * closures, method values, boxes of values converted to interfaces,
 * string conversions and concatenations, the slice of a ... call), each
 * unnamed result, and one location standing for the heap.  Its edges are
 * assignments: for `dst = src` an edge src -> dst labelled with how many
 * times src is dereferenced on the way:
 *       p = &x      x -> p, derefs -1  (p holds x's address)
 *       p = q       q -> p, derefs  0
 *       p = *q      q -> p, derefs +1
 * Storing through a pointer (*p = x, s[i] = x, m[k] = x) is an edge to
 * the heap: where p points is not tracked.  Each location also knows its
 * loop depth: a variable declared in a loop is a new variable each time
 * around, and one declared outside lives longer than all of them.
 *
 * THE WALK (esc_solve below).  From every location ROOT, a shortest-path
 * walk follows the edges backwards and finds, for every location L that
 * can reach ROOT, the least number of dereferences on the way.  A count
 * of -1 means L's ADDRESS reaches ROOT.  If ROOT outlives L — ROOT is the
 * heap, or a result of L's function, or a variable declared outside L's
 * loop or in an enclosing function — then L's address outlives L, and L
 * must be heap allocated: "moved to heap: x", "&T{} escapes to heap".  An
 * escaping location becomes a root itself, since what its address reaches
 * now lives on the heap.  (Negative counts stop at -1: "p = &x; q = &p"
 * says q holds p's address, and x's address only through p.)
 *
 * SUMMARIES.  Functions are analysed bottom-up over the strongly connected
 * components of the call graph (Tarjan's algorithm).  When the walk finds
 * that a PARAMETER's value reaches the heap or a result, the parameter's
 * summary records it with the dereference count: "leaking param: p" (p
 * itself reaches the heap), "leaking param content: p" (what p points to
 * does), "leaking param: p to result ~r0 level=0".  Callers use the
 * summary instead of the callee's body: an argument flows to the heap, or
 * to the call's result, exactly as the summary says.  Functions of one
 * component see each other's parameter locations directly.  Calls through
 * function values and interfaces, and library functions without a known
 * summary (tags.c), are conservative: their arguments leak to the heap.
 *
 * TOO BIG FOR THE STACK.  As in gc: a variable over 10 MB, an implicit
 * allocation (new, &T{}, make, literals, closures) over 64 KB, and a make
 * with a size that is not a constant go to the heap.
 *
 * CLOSURES capture a variable by value when it is never reassigned and
 * never has its address taken (and is at most 128 bytes), else by
 * reference; a closure that does not escape keeps its environment in the
 * frame.
 *
 * go2c'S FRAMES.  A function that defers runs its body in a C function
 * of its own, and the deferred calls run after that body has returned
 * (runtime/rt_defer.c).  What a deferred call uses must therefore outlive
 * the body: it is found by a walk from one more root (LOC_DEFER) and kept
 * on the heap, while -m reports gc's verdict (which concerns gc's frames).
 *
 * Code generation reads the verdicts (escape_var_of, escape_site_of,
 * escape_box_of) and makes no decisions of its own.
 */
#include "internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- sizes ----------------------------------------------------------------------- */

#define size_of type_sizeof

int esc_type_size(const Type *t) {
    int64_t s = size_of(t);
    return s > INT32_MAX ? INT32_MAX : (int)s;
}

enum {
    MAX_STACK_VAR = 10 * 1024 * 1024,   /* gc's ir.MaxStackVarSize */
    MAX_IMPLICIT_STACK_VAR = 64 * 1024  /* gc's ir.MaxImplicitStackVarSize */
};

/* ---- sites ------------------------------------------------------------------------ */

typedef struct Result {
    EscapeResult pub;
    void *sites;      /* Expr -> EscapeSite (allocations) */
    void *boxes;      /* Expr -> EscapeSite (interface boxes) */
    void *vars;       /* Symbol -> EscapeVar */
    Arena *arena;
} Result;

EscapeSite *esc_add_site(Analysis *a, SiteKind kind, Expr *e, Pos pos) {
    Result *r = (Result *)a->result;
    EscapeSite *s = ARENA_NEW(a->arena, EscapeSite);
    s->kind = kind;
    s->expr = e;
    s->pos = pos;
    s->verdict = ESC_STACK;
    s->reason = "does not escape";
    /* gc's static data (graph.c): not its interface boxes, keyed alike */
    s->reported = kind == SITE_IFACE_BOX || !ptrmap_get(a->static_data, e);
    vec_push(a->arena, &r->pub.sites, s);
    ptrmap_put(a->arena, kind == SITE_IFACE_BOX ? &r->boxes : &r->sites, e, s);
    return s;
}

const EscapeSite *escape_site_of(const EscapeResult *r, const Expr *e) {
    return ptrmap_get(((const Result *)r)->sites, e);
}

const EscapeSite *escape_box_of(const EscapeResult *r, const Expr *e) {
    return ptrmap_get(((const Result *)r)->boxes, e);
}

const EscapeVar *escape_var_of(const EscapeResult *r, const Symbol *s) {
    return ptrmap_get(((const Result *)r)->vars, s);
}

/* Why an implicit allocation cannot be on the stack, or NULL (gc's
 * HeapAllocReason). */
static const char *heap_alloc_reason(const EscapeSite *s) {
    const Expr *e = s->expr;
    switch (s->kind) {
    case SITE_NEW: case SITE_ADDR_LITERAL: {
        const Type *t = type_under(e->type);
        if (t->kind == TYPE_POINTER && size_of(t->pointer.elem) > MAX_IMPLICIT_STACK_VAR)
            return "too large for stack";
        return NULL;
    }
    case SITE_MAKE_SLICE: {
        const Expr *n = e->call.args.len > 2 ? e->call.args.data[2] : e->call.args.data[1];
        if (n->sema_mode != MODE_CONST)
            return "non-constant size";
        int64_t elem = size_of(type_under(e->type)->slice.elem);
        if (elem && const_int64(n->cval) > MAX_IMPLICIT_STACK_VAR / elem)
            return "too large for stack";
        return NULL;
    }
    case SITE_SLICE_LITERAL: {
        int64_t elem = size_of(type_under(e->type)->slice.elem);
        if (elem && e->composite.elts.len > MAX_IMPLICIT_STACK_VAR / elem)
            return "too large for stack";
        return NULL;
    }
    default: return NULL;
    }
}

/* ---- the walk ---------------------------------------------------------------------- */

/* Is f (a literal) inside g? */
static bool contains_closure(const EFunc *g, const EFunc *f) {
    if (!f || !g || f == g)
        return false;
    for (const EFunc *x = f->outer; x; x = x->outer)
        if (x == g)
            return true;
    return false;
}

/* Does root's storage live longer than l's? */
bool esc_outlives(const Location *root, const Location *l) {
    if (root->escapes)
        return true;
    if (root->is_result)
        return true; /* the caller may keep a result anywhere */
    if (root->fn == l->fn && root->loop_depth < l->loop_depth)
        return true;
    return contains_closure(root->fn, l->fn);
}

static void record_leak(Location *param, const Location *sink, int derefs) {
    if (!sink->escapes && sink->is_result && sink->fn == param->fn &&
        sink->result_index < MAX_RESULTS) {
        int *r = &param->leak_result[sink->result_index];
        if (*r < 0 || derefs < *r)
            *r = derefs;
        return;
    }
    if (param->leak_heap < 0 || derefs < param->leak_heap)
        param->leak_heap = derefs;
}

typedef struct Walk {
    Analysis *a;
    LocVec todo;       /* roots still to walk from */
} Walk;

static void enqueue(Walk *w, Location *l) {
    if (l->queued)
        return;
    l->queued = true;
    vec_push(w->a->arena, &w->todo, l);
}

/* A root whose storage must outlive go2c's body frame (not the heap). */
static bool body_root(const Location *r) {
    return r->kind == LOC_DEFER || (r->outlives_body && !r->escapes);
}

/* Why a value reaches the heap by an edge with these notes: the oldest
 * note says how the value got there. */
const char *esc_heap_reason(Analysis *a, const Note *notes) {
    const Note *oldest = NULL;
    for (const Note *n = notes; n; n = n->next)
        if (n->why)
            oldest = n;
    if (oldest && oldest->pos != NOPOS) {
        Position p = source_position(a->arena, &a->comp->sources, oldest->pos);
        return arena_printf(a->arena, "reaches the heap (%s at %s:%d:%d)", oldest->why, p.file, p.line,
                            p.col);
    }
    return oldest ? arena_printf(a->arena, "reaches the heap (%s)", oldest->why) : "reaches the heap";
}

/* Why l must be on the heap, from the root its address reaches. */
static const char *escape_why(Analysis *a, const Location *root, const Location *l) {
    if (root->kind == LOC_HEAP) {
        int steps = 0; /* the chain may loop back (s.p = &s) */
        for (const Location *x = l; x->dst && steps < 64; x = x->dst, steps++)
            if (x->dst == root)
                return esc_heap_reason(a, root->edges.data[x->dst_edge].notes);
        return "reaches the heap";
    }
    if (root->is_result)
        return "returned to the caller";
    if (root->escapes)
        return "held by an object on the heap";
    if (root->fn == l->fn)
        return "outlives its loop iteration";
    return "used by an enclosing function";
}

static void walk_one(Walk *w, Location *root, unsigned gen) {
    Analysis *a = w->a;
    LocVec stack = {0};
    root->walkgen = gen;
    root->derefs = 0;
    root->dst = NULL;
    vec_push(a->arena, &stack, root);
    while (stack.len) {
        Location *l = stack.data[--stack.len];
        int derefs = l->derefs;
        bool address = derefs < 0;
        if (address)
            derefs = 0;
        if (body_root(root)) {
            /* go2c only: the frame of the body ends before defers run */
            const EFunc *body = root->fn;
            if (address && !l->escapes && !l->outlives_body && l->fn == body &&
                l->kind != LOC_DEFER && !l->is_param && !l->is_result && l != root) {
                l->outlives_body = true;
                l->why = "a deferred call uses it after the function's body returns";
                enqueue(w, l);
            }
        } else if (esc_outlives(root, l)) {
            if (l->is_param && l->kind == LOC_VAR) {
                if (a->explain && !l->escapes) /* gc explains leaks of stack params only */
                    esc_explain(a, l, root, derefs, true);
                record_leak(l, root, derefs);
            }
            if (address && !l->escapes) {
                l->escapes = true;
                l->why = escape_why(a, root, l);
                if (a->explain)
                    esc_explain(a, l, root, derefs, false);
                enqueue(w, l);
                continue;
            }
        }
        for (int i = 0; i < l->edges.len; i++) {
            Edge *e = &l->edges.data[i];
            Location *src = e->src;
            if (src->escapes)
                continue;
            int d = derefs + e->derefs;
            if (src->walkgen != gen || src->derefs > d) {
                src->walkgen = gen;
                src->derefs = d;
                src->dst = l;
                src->dst_edge = i;
                vec_push(a->arena, &stack, src);
            }
        }
    }
}

void esc_solve(Analysis *a) {
    Walk w = {a, {0}};
    for (int i = 0; i < a->locs.len; i++)
        enqueue(&w, a->locs.data[i]);
    enqueue(&w, &a->heap);
    unsigned gen = 0;
    while (w.todo.len) {
        Location *root = w.todo.data[--w.todo.len];
        root->queued = false;
        walk_one(&w, root, ++gen + a->walkgen_base);
    }
    a->walkgen_base += gen + 1;
}

/* ---- functions and the call graph ----------------------------------------------------- */

EFunc *esc_func_of_symbol(Analysis *a, const Symbol *s) {
    return s ? ptrmap_get(a->func_table, s) : NULL;
}

EFunc *esc_func_of_lit(Analysis *a, const Expr *lit) { return ptrmap_get(a->func_table, lit); }

typedef struct Collector {
    AstVisitor v;
    Analysis *a;
    EFunc *cur;
} Collector;

typedef struct CaptureWalk {
    AstVisitor v;
    Analysis *a;
    Pos from, to;
    Vec(const Symbol *) found;
} CaptureWalk;

static bool capture_expr(AstVisitor *v, Expr *e) {
    CaptureWalk *c = (CaptureWalk *)v;
    if (e->kind != EXPR_IDENT)
        return true;
    Symbol *s = e->ident.sym;
    if (!s || s->kind != SYM_VAR || s->is_global || strcmp(s->name, "_") == 0)
        return true;
    if (s->pos >= c->from && s->pos <= c->to)
        return true;
    for (int i = 0; i < c->found.len; i++)
        if (c->found.data[i] == s)
            return true;
    vec_push(c->a->arena, &c->found, s);
    return true;
}

static EFunc *new_func(Analysis *a, EFunc *outer) {
    EFunc *f = ARENA_NEW(a->arena, EFunc);
    f->outer = outer;
    f->batch = -1;
    vec_push(a->arena, &a->funcs, f);
    return f;
}

static Expr *unparen(Expr *e) {
    while (e && e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

/* &x, x[:] of an array, x.M() with M on *T: x's address is taken. */
static Symbol *root_var(Analysis *a, Expr *e) {
    e = unparen(e);
    if (e->kind == EXPR_IDENT)
        return e->ident.sym;
    if (e->kind == EXPR_SELECTOR && e->selector.x->sema_mode != MODE_PACKAGE &&
        type_under(e->selector.x->type)->kind != TYPE_POINTER) {
        Lookup l = type_lookup(a->arena, e->selector.x->type, e->selector.sel->ident.name);
        return l.kind == LOOKUP_FIELD && !l.indirect ? root_var(a, e->selector.x) : NULL;
    }
    if (e->kind == EXPR_INDEX && type_under(e->index.x->type)->kind == TYPE_ARRAY)
        return root_var(a, e->index.x);
    return NULL;
}

static void mark(Analysis *a, void **table, Symbol *s) {
    if (s && s->kind == SYM_VAR && !s->is_global && strcmp(s->name, "_") != 0)
        ptrmap_put(a->arena, table, s, s);
}

static bool collect_expr(AstVisitor *v, Expr *e) {
    Collector *c = (Collector *)v;
    Analysis *a = c->a;
    switch (e->kind) {
    case EXPR_FUNC_LIT: {
        EFunc *f = new_func(a, c->cur);
        f->lit = e;
        f->body = e->func_lit.body;
        f->ftype = e->func_lit.type;
        f->type = e->type;
        f->name = c->cur->name;
        f->short_name = arena_printf(a->arena, "%s.func%d", c->cur->short_name, ++c->cur->nlits);
        ptrmap_put(a->arena, &a->func_table, e, f);
        CaptureWalk cw = {{.expr = capture_expr}, a, e->pos, e->func_lit.body->block.rbrace, {0}};
        ast_walk_stmt(&cw.v, e->func_lit.body);
        f->captures = cw.found.data;
        f->ncaptures = cw.found.len;
        EFunc *saved = c->cur;
        c->cur = f;
        ast_walk_stmt(&c->v, e->func_lit.body);
        c->cur = saved;
        return false;
    }
    case EXPR_UNARY:
        if (e->unary.op == TOK_AND)
            mark(a, &a->addressed, root_var(a, e->unary.x));
        return true;
    case EXPR_SLICE:
        if (type_under(e->slice.x->type)->kind == TYPE_ARRAY)
            mark(a, &a->addressed, root_var(a, e->slice.x));
        return true;
    case EXPR_SELECTOR: {
        Expr *x = e->selector.x;
        if (x->sema_mode == MODE_PACKAGE || x->sema_mode == MODE_TYPE ||
            type_under(x->type)->kind == TYPE_POINTER)
            return true;
        Lookup l = type_lookup(a->arena, x->type, e->selector.sel->ident.name);
        if (l.kind == LOOKUP_METHOD && !l.in_interface && l.method->pointer_recv && !l.indirect)
            mark(a, &a->addressed, root_var(a, x));
        return true;
    }
    default: return true;
    }
}

static bool collect_stmt(AstVisitor *v, Stmt *s) {
    Collector *c = (Collector *)v;
    Analysis *a = c->a;
    switch (s->kind) {
    case STMT_ASSIGN:
        for (int i = 0; i < s->assign.lhs.len; i++) {
            Expr *x = unparen(s->assign.lhs.data[i]);
            bool fresh = s->assign.op == TOK_DEFINE && x->kind == EXPR_IDENT && x->ident.sym &&
                         x->ident.sym->pos == x->pos;
            if (!fresh) /* x = v, x.f = v, x[i] = v of an array x */
                mark(a, &a->assigned, root_var(a, x));
        }
        return true;
    case STMT_INC_DEC:
        mark(a, &a->assigned, root_var(a, s->inc_dec.x));
        return true;
    case STMT_RETURN: /* return v assigns the named results */
        if (s->ret.results.len && c->cur->ftype) {
            FieldVec *rs = &c->cur->ftype->func_type.results;
            for (int i = 0; i < rs->len; i++)
                for (int j = 0; j < rs->data[i]->names.len; j++)
                    mark(a, &a->assigned, rs->data[i]->names.data[j]->ident.sym);
        }
        return true;
    case STMT_RANGE: /* assigned at every iteration (one variable, Go 1.19) */
        if (s->range.key)
            mark(a, &a->assigned, root_var(a, s->range.key));
        if (s->range.value)
            mark(a, &a->assigned, root_var(a, s->range.value));
        return true;
    default: return true;
    }
}

static const char *func_name(Analysis *a, Decl *d) {
    if (!d->func.recv)
        return arena_printf(a->arena, "%s.%s", a->pkg->name, d->func.name->ident.name);
    Type *rt = d->func.recv->type->type;
    bool ptr = rt && rt->kind == TYPE_POINTER;
    if (ptr)
        rt = rt->pointer.elem;
    const char *tn = rt && rt->kind == TYPE_NAMED ? rt->named.obj->name : "?";
    return arena_printf(a->arena, ptr ? "%s.(*%s).%s" : "%s.%s.%s", a->pkg->name, tn,
                        d->func.name->ident.name);
}

/* Is there a //go:noescape among the comments and blank lines just
 * before pos (gc's pragma for a function without a body)? */
static bool noescape_pragma(Analysis *a, Pos pos) {
    SourceFile *f = source_file_of(&a->comp->sources, pos);
    if (!f)
        return false;
    const char *text = f->text;
    long end = (long)(pos - f->base);
    while (end > 0) {
        long start = end - 1; /* the previous line: [start, end) */
        while (start > 0 && text[start - 1] != '\n')
            start--;
        const char *p = text + start;
        while (*p == ' ' || *p == '\t')
            p++;
        if (strncmp(p, "//go:noescape", 13) == 0)
            return true;
        if (*p != '\n' && *p != '\r' && strncmp(p, "//", 2) != 0 && p < text + end - 1)
            return false;
        end = start;
    }
    return false;
}

/* A function declared without a body (gc: assembly): its parameters leak
 * to the heap, unless //go:noescape says they do not. */
static void external_func(Analysis *a, Decl *d) {
    EFunc *f = new_func(a, NULL);
    f->decl = d;
    f->ftype = d->func.type;
    f->recv = d->func.recv;
    f->type = d->func.sym->type;
    f->name = func_name(a, d);
    f->short_name = f->name + strlen(a->pkg->name) + 1;
    f->external = true;
    f->analysed = true;
    f->batch = -2;
    ptrmap_put(a->arena, &a->func_table, d->func.sym, f);
    bool noescape = noescape_pragma(a, d->pos);
    esc_declare_params(a, f);
    for (int i = 0; i < f->params.len; i++) {
        Location *p = f->params.data[i];
        if (p && p->var && type_has_pointers(p->var->type) && !noescape)
            p->leak_heap = 0;
        if (!p) { /* unnamed: a location of its own for the summary */
            p = esc_new_loc(a, LOC_TEMP, f);
            p->is_param = true;
            int first = f->recv ? 1 : 0;
            const Type *t = i >= first ? f->type->func.params.data[i - first] : NULL;
            if (t && type_has_pointers(t) && !noescape)
                p->leak_heap = 0;
            f->params.data[i] = p;
        }
    }
    vec_push(a->arena, &a->externals, f);
}

void esc_collect_funcs(Analysis *a) {
    for (int fi = 0; fi < a->pkg->files.len; fi++) {
        DeclVec *decls = &a->pkg->files.data[fi]->decls;
        for (int i = 0; i < decls->len; i++) {
            Decl *d = decls->data[i];
            if (d->kind != DECL_FUNC || !d->func.sym)
                continue;
            if (!d->func.body) {
                external_func(a, d);
                continue;
            }
            EFunc *f = new_func(a, NULL);
            f->decl = d;
            f->body = d->func.body;
            f->ftype = d->func.type;
            f->recv = d->func.recv;
            f->type = d->func.sym->type;
            f->name = func_name(a, d);
            f->short_name = f->name + strlen(a->pkg->name) + 1;
            ptrmap_put(a->arena, &a->func_table, d->func.sym, f);
        }
    }
    /* literals, and what is assigned or addressed, function by function */
    int n = a->funcs.len;
    for (int i = 0; i < n; i++) {
        EFunc *f = a->funcs.data[i];
        Collector c = {{.expr = collect_expr, .stmt = collect_stmt}, a, f};
        ast_walk_stmt(&c.v, f->body);
    }
    /* and package-level initializers, in a function of their own */
    a->init_fn = new_func(a, NULL);
    a->init_fn->name = arena_printf(a->arena, "%s.init", a->pkg->name);
    a->init_fn->short_name = "init";
    Collector c = {{.expr = collect_expr, .stmt = collect_stmt}, a, a->init_fn};
    for (int i = 0; i < a->pkg->var_init_order.len; i++)
        ast_walk_decl(&c.v, a->pkg->var_init_order.data[i]);
}

/* ---- Tarjan's strongly connected components over the declared functions ---------------- */

typedef struct Tarjan {
    Analysis *a;
    void *index, *low;      /* EFunc -> int+1 */
    Vec(EFunc *) stack;
    void *on_stack;
    int next;
    Vec(EFunc *) order;     /* functions, callees before callers */
    Vec(int) comp;          /* the component of each, in order */
    int ncomp;
} Tarjan;

typedef struct CallFinder {
    AstVisitor v;
    Analysis *a;
    Vec(EFunc *) callees;
} CallFinder;

static bool find_calls(AstVisitor *v, Expr *e) {
    CallFinder *c = (CallFinder *)v;
    Symbol *s = NULL;
    if (e->kind == EXPR_IDENT && e->ident.sym && e->ident.sym->kind == SYM_FUNC)
        s = e->ident.sym;
    if (e->kind == EXPR_SELECTOR && e->selector.x->sema_mode != MODE_PACKAGE && e->selector.x->type) {
        Lookup l = type_lookup(c->a->arena, e->selector.x->type, e->selector.sel->ident.name);
        if (l.kind == LOOKUP_METHOD && !l.in_interface)
            s = l.method->func;
    }
    EFunc *f = esc_func_of_symbol(c->a, s);
    if (f && !f->external)
        vec_push(c->a->arena, &c->callees, f);
    return true;
}

static intptr_t get_int(void *t, const void *k) { return (intptr_t)ptrmap_get(t, k); }

static void strongconnect(Tarjan *t, EFunc *f) {
    Analysis *a = t->a;
    ptrmap_put(a->arena, &t->index, f, (void *)(intptr_t)(++t->next));
    ptrmap_put(a->arena, &t->low, f, (void *)(intptr_t)t->next);
    vec_push(a->arena, &t->stack, f);
    ptrmap_put(a->arena, &t->on_stack, f, (void *)1);
    CallFinder cf = {{.expr = find_calls}, a, {0}};
    ast_walk_stmt(&cf.v, f->body);
    for (int i = 0; i < cf.callees.len; i++) {
        EFunc *g = cf.callees.data[i];
        if (!get_int(t->index, g)) {
            strongconnect(t, g);
            if (get_int(t->low, g) < get_int(t->low, f))
                ptrmap_put(a->arena, &t->low, f, (void *)get_int(t->low, g));
        } else if (get_int(t->on_stack, g) == 1 && get_int(t->index, g) < get_int(t->low, f)) {
            ptrmap_put(a->arena, &t->low, f, (void *)get_int(t->index, g));
        }
    }
    if (get_int(t->low, f) == get_int(t->index, f)) {
        EFunc *g;
        do {
            g = t->stack.data[--t->stack.len];
            ptrmap_put(a->arena, &t->on_stack, g, (void *)2);
            vec_push(a->arena, &t->order, g);
            vec_push(a->arena, &t->comp, t->ncomp);
        } while (g != f);
        t->ncomp++;
    }
}

/* ---- verdicts ------------------------------------------------------------------------ */

static void finish_batch(Analysis *a) {
    Result *r = (Result *)a->result;
    for (int i = 0; i < a->locs.len; i++) {
        Location *l = a->locs.data[i];
        if (l->kind == LOC_SITE) {
            EscapeSite *s = (EscapeSite *)l->site;
            s->verdict = l->escapes ? ESC_HEAP : ESC_STACK;
            s->outlives_body = l->outlives_body;
            s->reason = l->why ? l->why : "does not escape";
            continue;
        }
        if (l->kind != LOC_VAR || !l->var)
            continue;
        bool captured = ptrmap_get(a->captured, l->var) != NULL;
        if (!l->addrtaken && !captured && !l->escapes)
            continue; /* nothing can refer to it: a plain C local */
        EscapeVar *v = ARENA_NEW(a->arena, EscapeVar);
        v->var = l->var;
        v->verdict = l->escapes ? ESC_HEAP : ESC_STACK;
        v->reason = l->why ? l->why : "does not escape";
        v->captured_by_value = captured && esc_capture_by_value(a, l->var);
        v->outlives_body = l->outlives_body;
        vec_push(a->arena, &r->pub.vars, v);
        ptrmap_put(a->arena, &r->vars, l->var, v);
    }
}

void esc_report_batch(Analysis *a, EFunc **funcs, int n);

void esc_explain_too_large(Analysis *a, Location *l, const char *why);

static void too_large(Analysis *a) {
    for (int i = 0; i < a->locs.len; i++) {
        Location *l = a->locs.data[i];
        const char *why = NULL;
        if (l->kind == LOC_SITE)
            why = heap_alloc_reason(l->site);
        else if (l->kind == LOC_VAR && l->var && !l->is_param && !l->is_result &&
                 size_of(l->var->type) > MAX_STACK_VAR)
            why = "too large for stack";
        if (why) {
            Note *note = ARENA_NEW(a->arena, Note);
            note->why = why;
            note->where = l->site ? l->site->expr : NULL;
            note->pos = l->site ? l->site->pos : l->var->pos;
            vec_push(a->arena, &a->heap.edges, ((Edge){l, -1, note}));
            l->escapes = true;
            l->why = why;
            if (a->explain && l->site)
                esc_explain_too_large(a, l, why);
        }
    }
}

/* The heap's edges so far move aside (a dump still shows them): the next
 * batch's walks need not cross them again. */
static void keep_heap_edges(Analysis *a) {
    for (int i = 0; i < a->heap.edges.len; i++)
        vec_push(a->arena, &a->heap_edges, a->heap.edges.data[i]);
    a->heap.edges.len = 0;
}

static void analyse_batch(Analysis *a, EFunc **funcs, int n) {
    a->locs.len = 0;
    keep_heap_edges(a); /* earlier batches' flows are summarized already */
    a->batch++;
    for (int i = 0; i < n; i++)
        funcs[i]->batch = a->batch;
    for (int i = 0; i < n; i++)
        esc_declare_params(a, funcs[i]);
    for (int i = 0; i < n; i++)
        esc_build_function(a, funcs[i]);
    too_large(a);
    esc_solve(a);
    for (int i = 0; i < a->funcs.len; i++)
        if (a->funcs.data[i]->batch == a->batch)
            a->funcs.data[i]->analysed = true;
    finish_batch(a);
    esc_report_batch(a, funcs, n);
}

/* Package-level variables: their initializers, in a function of their own
 * whose every store goes to the heap. */
void esc_build_globals(Analysis *a, EFunc *f);

EscapeResult *escape_analyze(Compilation *c, Package *pkg) {
    Result *r = ARENA_NEW(c->arena, Result);
    r->arena = c->arena;
    Analysis *a = ARENA_NEW(c->arena, Analysis);
    a->comp = c;
    a->arena = c->arena;
    a->pkg = pkg;
    a->result = &r->pub;
    a->explain = true;
    a->heap.kind = LOC_HEAP;
    a->heap.escapes = true;
    a->heap.leak_heap = -1;
    a->blank.kind = LOC_BLANK;
    r->pub.internal = a;
    esc_collect_funcs(a);
    for (int i = 0; i < a->funcs.len; i++) {
        EFunc *f = a->funcs.data[i];
        for (int j = 0; j < f->ncaptures; j++)
            ptrmap_put(a->arena, &a->captured, f->captures[j], (void *)f->captures[j]);
    }

    /* functions without bodies: their summaries are known already */
    if (a->externals.len) {
        a->locs.len = 0;
        esc_report_batch(a, a->externals.data, a->externals.len);
    }
    Tarjan t = {a, NULL, NULL, {0}, NULL, 0, {0}, {0}, 0};
    int ndecl = a->funcs.len;
    for (int i = 0; i < ndecl; i++) {
        EFunc *f = a->funcs.data[i];
        if (!f->lit && !f->external && f != a->init_fn && !get_int(t.index, f))
            strongconnect(&t, f);
    }
    for (int i = 0; i < t.order.len;) {
        int j = i;
        while (j < t.order.len && t.comp.data[j] == t.comp.data[i])
            j++;
        analyse_batch(a, t.order.data + i, j - i);
        i = j;
    }
    /* package-level initializers last: they call everything */
    EFunc *init = a->init_fn;
    a->locs.len = 0;
    keep_heap_edges(a);
    a->batch++;
    init->batch = a->batch;
    esc_build_globals(a, init);
    too_large(a);
    esc_solve(a);
    finish_batch(a);
    esc_report_batch(a, &init, 1);
    keep_heap_edges(a);
    esc_finish_report(a);
    esc_check_assertions(a);
    return &r->pub;
}
