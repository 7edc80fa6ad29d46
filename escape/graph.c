/*
 * graph.c — the location graph, built from the syntax of one function.
 *
 * Every expression is evaluated into a "hole": the location its value
 * flows to, and how many times the value is dereferenced on the way.
 *   x = y      y is evaluated into x's hole (derefs 0)
 *   x = &y     &y: y's address, a hole one level up (derefs -1)
 *   x = *y     *y: y into a hole one level down (derefs +1)
 * Assignment through a pointer (*p = y, s[i] = y, m[k] = y) flows into
 * the heap: the analysis does not track what p points to.  Each
 * allocation (&T{}, new, make, literals, closures, boxes of values
 * converted to interfaces, string conversions, the slice of a ... call)
 * is a location of its own, whose address flows into the hole of the
 * expression; what the allocation holds flows into the allocation.
 * Calls use the callee's parameter summaries (escape.c), or, for callees
 * analysed in the same batch, its parameter and result locations.
 */
#include "internal.h"

#include <string.h>

static void expr(Analysis *a, Hole k, Expr *e);
static void stmt(Analysis *a, Stmt *s);
static void block(Analysis *a, StmtVec *v);
static void call(Analysis *a, Hole *ks, int nks, Expr *e, Hole *defer_k);

static Expr *unparen(Expr *e) {
    while (e && e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static const Type *under(const Type *t) { return t ? type_under(t) : NULL; }

/* ---- types ---------------------------------------------------------------- */

/* A type gc stores directly in an interface's data word, so that converting
 * it allocates nothing: pointers, maps, channels, funcs, and structs and
 * arrays of exactly one of those. */
static bool direct_iface(const Type *t) {
    const Type *u = under(t);
    switch (u->kind) {
    case TYPE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC: case TYPE_UNSAFE_POINTER:
        return true;
    case TYPE_ARRAY: return u->array.len == 1 && direct_iface(u->array.elem);
    case TYPE_STRUCT: return u->strct.fields.len == 1 && direct_iface(u->strct.fields.data[0].type);
    default: return false;
    }
}

static bool is_interface(const Type *t) {
    const Type *u = under(t);
    return u && u->kind == TYPE_INTERFACE;
}

/* ---- holes ------------------------------------------------------------------ */

static Hole hole_of(Location *l) { return (Hole){l, 0, NULL}; }

static Hole with_note(Analysis *a, Hole k, const Expr *where, const char *why) {
    Note *n = ARENA_NEW(a->arena, Note);
    n->why = why;
    n->where = where;
    n->pos = where ? where->pos : NOPOS;
    n->next = k.notes;
    k.notes = n;
    return k;
}

/* A note about a statement: what gc prints for it, and its position. */
static Hole stmt_note(Analysis *a, Hole k, const char *text, Pos pos, const char *why) {
    Note *n = ARENA_NEW(a->arena, Note);
    n->why = why;
    n->text = text;
    n->pos = pos;
    n->next = k.notes;
    k.notes = n;
    return k;
}

/* "a, b = x, y" as gc prints an assignment. */
static const char *assign_text(Analysis *a, ExprVec *lhs, const char *op, ExprVec *rhs) {
    StrBuf b = {0};
    for (int i = 0; i < lhs->len; i++)
        sb_printf(&b, "%s%s", i ? ", " : "", esc_node_string(a, lhs->data[i]));
    sb_printf(&b, " %s ", op);
    for (int i = 0; i < rhs->len; i++)
        sb_printf(&b, "%s%s", i ? ", " : "", esc_node_string(a, rhs->data[i]));
    const char *r = arena_strdup(a->arena, b.data);
    sb_free(&b);
    return r;
}

static Hole shifted(Analysis *a, Hole k, int delta, const Expr *where, const char *why) {
    k = with_note(a, k, where, why);
    k.derefs += delta;
    return k;
}

static Hole deref(Analysis *a, Hole k, const Expr *where, const char *why) {
    return shifted(a, k, 1, where, why);
}

static Hole addr(Analysis *a, Hole k, const Expr *where, const char *why) {
    return shifted(a, k, -1, where, why);
}

static Hole discard(Analysis *a) { return hole_of(&a->blank); }
static Hole heap_hole(Analysis *a) { return hole_of(&a->heap); }

/* src's value flows into k. */
static void flow(Analysis *a, Hole k, Location *src) {
    if (k.dst == &a->blank || !src || src == &a->blank)
        return;
    if (k.dst == src && k.derefs >= 0)
        return; /* x = x, x = *&x ... */
    if (k.derefs < -1)
        k.derefs = -1; /* &&x is not Go */
    vec_push(a->arena, &k.dst->edges, ((Edge){src, k.derefs, k.notes}));
    if (k.dst->escapes && k.derefs < 0 && src->kind != LOC_HEAP) {
        /* src's address goes where the heap already is (g = &x): decided
         * now, as gc does — so each such statement gets its own -m=2
         * explanation.  The edge stays, for the dumps and the tools. */
        if (!src->escapes)
            src->why = esc_heap_reason(a, k.notes);
        src->escapes = true;
        esc_explain_hops(a, src, &(Hop){src, k.dst, k.dst->edges.len - 1}, 1);
    }
}

/* ---- locations ---------------------------------------------------------------- */

Location *esc_new_loc(Analysis *a, LocKind kind, EFunc *fn) {
    Location *l = ARENA_NEW(a->arena, Location);
    l->kind = kind;
    l->fn = fn;
    l->loop_depth = a->loop_depth;
    l->leak_heap = -1;
    for (int i = 0; i < MAX_RESULTS; i++)
        l->leak_result[i] = -1;
    vec_push(a->arena, &a->locs, l);
    vec_push(a->arena, &a->all_locs, l);
    return l;
}

Location *esc_var_loc(Analysis *a, Symbol *s) {
    if (!s || s->kind != SYM_VAR || s->is_global || strcmp(s->name, "_") == 0)
        return NULL;
    return ptrmap_get(a->var_table, s);
}

/* A local declared now, at the current loop depth. */
static Location *declare(Analysis *a, Symbol *s) {
    if (!s || s->kind != SYM_VAR || s->is_global || strcmp(s->name, "_") == 0)
        return NULL;
    Location *l = ptrmap_get(a->var_table, s);
    if (!l) {
        l = esc_new_loc(a, LOC_VAR, a->cur);
        l->var = s;
        ptrmap_put(a->arena, &a->var_table, s, l);
    }
    l->loop_depth = a->loop_depth;
    l->fn = a->cur;
    return l;
}

/* The hole of a variable: the heap for package-level ones. */
static Hole var_hole(Analysis *a, Symbol *s) {
    if (s && s->kind == SYM_VAR && s->is_global)
        return heap_hole(a);
    Location *l = esc_var_loc(a, s);
    if (!l)
        l = declare(a, s);
    return l ? hole_of(l) : discard(a);
}

/* An allocation: its location, and its address flowing into k.  Returns
 * the hole of what it holds. */
static Hole spill(Analysis *a, Hole k, SiteKind kind, Expr *e, Pos pos) {
    EscapeSite *site = esc_add_site(a, kind, e, pos);
    Location *l = esc_new_loc(a, LOC_SITE, a->cur);
    l->site = site;
    Hole h = addr(a, k, e, "spill");
    h.notes->pos = pos; /* gc's position for the allocation */
    if (kind == SITE_VARIADIC_ARGS)
        h.notes->text = "... argument"; /* gc's node for the implicit slice */
    flow(a, h, l);
    return hole_of(l);
}

/* Where a literal first uses a captured variable (gc's note position). */
typedef struct FirstUse {
    AstVisitor v;
    const Symbol *sym;
    Expr *found;
} FirstUse;

static bool first_use(AstVisitor *v, Expr *e) {
    FirstUse *f = (FirstUse *)v;
    if (!f->found && e->kind == EXPR_IDENT && e->ident.sym == f->sym)
        f->found = e;
    return !f->found;
}

/* ---- functions ---------------------------------------------------------------- */

bool esc_capture_by_value(Analysis *a, Symbol *s) {
    return !ptrmap_get(a->addressed, s) && !ptrmap_get(a->assigned, s) &&
           esc_type_size(s->type) <= 128;
}

/* ---- expressions ---------------------------------------------------------------- */

static void discard_expr(Analysis *a, Expr *e) {
    if (e)
        expr(a, discard(a), e);
}

/* No calls or allocations in e (NULL counts as free). */
/* gc's mayAffectMemory: might evaluating e (an index of a self-assignment)
 * change memory?  Names, constants, arithmetic, len and cap, conversions,
 * and field, element and pointer reads of those cannot. */
static bool may_affect_memory(Analysis *a, const Expr *e) {
    if (!e)
        return false;
    e = unparen((Expr *)e);
    if (e->sema_mode == MODE_CONST)
        return false;
    switch (e->kind) {
    case EXPR_IDENT: case EXPR_BASIC_LIT: return false;
    case EXPR_BINARY:
        switch (e->binary.op) {
        case TOK_ADD: case TOK_SUB: case TOK_MUL: case TOK_QUO: case TOK_REM: case TOK_AND:
        case TOK_OR: case TOK_XOR: case TOK_AND_NOT: case TOK_SHL: case TOK_SHR:
            return may_affect_memory(a, e->binary.x) || may_affect_memory(a, e->binary.y);
        default: return true; /* comparisons, && and || */
        }
    case EXPR_UNARY:
        return e->unary.op == TOK_AND || e->unary.op == TOK_ARROW || may_affect_memory(a, e->unary.x);
    case EXPR_STAR: return may_affect_memory(a, e->star.x);
    case EXPR_INDEX:
        return e->index.indices.len != 1 || under(e->index.x->type)->kind == TYPE_MAP ||
               may_affect_memory(a, e->index.x) || may_affect_memory(a, e->index.indices.data[0]);
    case EXPR_SELECTOR:
        if (e->selector.x->sema_mode == MODE_PACKAGE)
            return false;
        return type_lookup(a->arena, e->selector.x->type, e->selector.sel->ident.name).kind != LOOKUP_FIELD ||
               may_affect_memory(a, e->selector.x);
    case EXPR_CALL: {
        if (e->call.fun->sema_mode == MODE_TYPE) /* a conversion */
            return e->call.args.len != 1 || may_affect_memory(a, e->call.args.data[0]);
        Symbol *fn = sema_callee(e);
        bool len_cap = fn && fn->kind == SYM_BUILTIN && (fn->builtin == BUILTIN_LEN || fn->builtin == BUILTIN_CAP);
        return !len_cap || e->call.args.len != 1 || may_affect_memory(a, e->call.args.data[0]);
    }
    default: return true;
    }
}

/* The operands of a concatenation chain: they are copied, not kept. */
static void discard_operands(Analysis *a, Expr *e) {
    if (e->kind == EXPR_BINARY && e->binary.op == TOK_ADD && e->sema_mode != MODE_CONST &&
        e->type && type_is_string(e->type)) {
        discard_operands(a, e->binary.x);
        discard_operands(a, e->binary.y);
        return;
    }
    discard_expr(a, e);
}

/* gc's "current position" after it has read e, starting from pos: where
 * it puts an implicit conversion made just after.  Reading a variable's
 * name moves it there; a composite literal moves it to its brace before
 * its elements are read; a call moves it to its parenthesis after its
 * arguments are; constants and operators leave it alone. */
static Pos current_pos(const Expr *e, Pos pos) {
    if (!e || e->sema_mode == MODE_CONST)
        return pos;
    switch (e->kind) {
    case EXPR_IDENT: return e->pos;
    case EXPR_PAREN: return current_pos(e->paren.x, pos);
    case EXPR_UNARY: return current_pos(e->unary.x, pos);
    case EXPR_STAR: return current_pos(e->star.x, pos);
    case EXPR_SELECTOR: return current_pos(e->selector.x, pos);
    case EXPR_TYPE_ASSERT: return current_pos(e->assert.x, pos);
    case EXPR_KEY_VALUE: return current_pos(e->key_value.value, current_pos(e->key_value.key, pos));
    case EXPR_BINARY: return current_pos(e->binary.y, current_pos(e->binary.x, pos));
    case EXPR_INDEX:
        pos = current_pos(e->index.x, pos);
        for (int i = 0; i < e->index.indices.len; i++)
            pos = current_pos(e->index.indices.data[i], pos);
        return pos;
    case EXPR_SLICE:
        pos = current_pos(e->slice.x, pos);
        pos = current_pos(e->slice.lo, pos);
        pos = current_pos(e->slice.hi, pos);
        return current_pos(e->slice.max, pos);
    case EXPR_COMPOSITE_LIT:
        pos = e->pos;
        for (int i = 0; i < e->composite.elts.len; i++)
            pos = current_pos(e->composite.elts.data[i], pos);
        return pos;
    case EXPR_CALL:
        return e->pos;
    default:
        return pos;
    }
}

/* The same after reading each expression of v in turn. */
static Pos current_pos_list(const ExprVec *v, Pos pos) {
    for (int i = 0; i < v->len; i++)
        pos = current_pos(v->data[i], pos);
    return pos;
}

/* The position gc gives the implicit conversion of an argument: a
 * variable's name takes the position of the last non-name argument before
 * it (gc's "current position" when it typechecked the name), or the
 * call's; a constant, even a named one, its own. */
static Pos implicit_pos(Expr *e, Pos context) {
    return unparen(e)->kind == EXPR_IDENT && e->sema_mode != MODE_CONST ? context : e->pos;
}

/* The box that e's value goes into when converted to an interface; gc
 * names it by the conversion, explicit (any(x)) or implicit (x). */
static Hole box_of(Analysis *a, Hole k, Expr *e, Expr *named, Pos pos, bool reported) {
    EscapeSite *site = esc_add_site(a, SITE_IFACE_BOX, e, pos);
    site->shown = named != e ? named : NULL;
    site->reported = reported && !ptrmap_get(a->static_boxes, e);
    Location *l = esc_new_loc(a, LOC_SITE, a->cur);
    l->site = site;
    Hole h = addr(a, k, named, "spill");
    h.notes->pos = pos;
    flow(a, h, l);
    return hole_of(l);
}

/* e's value converted to an interface at pos, into k.  named is the
 * conversion as gc prints it: the explicit T(e), or e itself. */
static void convert_to_iface(Analysis *a, Hole k, Expr *e, Expr *named, Pos pos) {
    const Type *from = e->type;
    if (from && type_is_untyped(from)) {
        /* a constant: its box holds no pointers (strings are static) */
        box_of(a, k, e, named, pos, true);
        return;
    }
    /* gc stores a pointer-shaped value itself; go2c's box of it is unreported */
    bool direct = direct_iface(from);
    Hole box = box_of(a, k, e, named, pos, !direct);
    Hole conv = with_note(a, direct ? k : box, named, "interface-converted");
    conv.notes->pos = pos; /* where gc puts the conversion */
    expr(a, conv, e);
}

/* e's value, converted as assignment to type t converts it, into k. */
static void assign_to(Analysis *a, Hole k, Expr *e, const Type *t, Pos pos) {
    if (!t || !is_interface(t) || is_interface(e->type) ||
        (e->type && e->type->kind == TYPE_UNTYPED_NIL)) {
        expr(a, k, e);
        return;
    }
    convert_to_iface(a, k, e, e, pos);
}

static Hole arg_hole(Analysis *a, EFunc *callee, const char *lib, const char *lib_pkg, int i,
                     Hole *ks, int nks, Expr *e);
static Hole tee(Analysis *a, Hole x, Hole y);

/* Where a method value's receiver goes besides its closure: the method's
 * receiver parameter, called later with results going who knows where. */
static Hole method_value_param(Analysis *a, const Lookup *l, Expr *e) {
    int nres = l->method->sig->func.results.len;
    Hole *ks = arena_alloc(a->arena, sizeof(Hole) * (size_t)(nres + 1));
    for (int i = 0; i < nres; i++)
        ks[i] = heap_hole(a);
    EFunc *m = l->in_interface ? NULL : esc_func_of_symbol(a, l->method->func);
    if (m)
        return arg_hole(a, m, NULL, NULL, 0, ks, nres, e);
    const char *pkg = l->owner && l->owner->kind == TYPE_NAMED ? l->owner->named.pkg : NULL;
    if (!l->in_interface && pkg && a->pkg->path && strcmp(pkg, a->pkg->path) != 0)
        return arg_hole(a, NULL,
                        arena_printf(a->arena, "%s.%s", l->owner->named.obj->name, l->method->name),
                        pkg, 0, ks, nres, e);
    return with_note(a, heap_hole(a), e, "call parameter");
}

static void selector(Analysis *a, Hole k, Expr *e) {
    Expr *x = e->selector.x;
    if (x->sema_mode == MODE_PACKAGE) {
        Symbol *s = e->selector.sel->ident.sym;
        if (s && s->kind == SYM_VAR)
            flow(a, k, &a->heap); /* a library package's variable */
        return;
    }
    if (x->sema_mode == MODE_TYPE)
        return; /* a method expression: a static function */
    Lookup l = type_lookup(a->arena, x->type, e->selector.sel->ident.name);
    if (l.kind == LOOKUP_METHOD) {
        /* a method value: a closure holding the receiver */
        Hole clo = spill(a, k, SITE_METHOD_VALUE, e, e->pos);
        clo = tee(a, clo, method_value_param(a, &l, e));
        if (!l.in_interface && l.method->pointer_recv && !l.indirect &&
            under(x->type)->kind != TYPE_POINTER)
            expr(a, addr(a, clo, e, "method value"), x);
        else
            expr(a, with_note(a, clo, e, "method value"), x);
        return;
    }
    /* a field: through each pointer on the way, one more dereference */
    int derefs = under(x->type)->kind == TYPE_POINTER;
    const Type *t = x->type;
    if (derefs)
        t = under(t)->pointer.elem;
    for (int i = 0; i < l.path_len; i++) {
        const Type *ft = under(t)->strct.fields.data[l.path[i]].type;
        if (under(ft)->kind == TYPE_POINTER) {
            derefs++;
            ft = under(ft)->pointer.elem;
        }
        t = ft;
    }
    expr(a, derefs ? shifted(a, k, derefs, e, "dot of pointer") : with_note(a, k, e, "dot"), x);
}

static void index_expr(Analysis *a, Hole k, Expr *e) {
    Expr *x = e->index.x;
    const Type *u = under(x->type);
    for (int i = 0; u->kind != TYPE_MAP && i < e->index.indices.len; i++)
        discard_expr(a, e->index.indices.data[i]);
    switch (u->kind) {
    case TYPE_ARRAY: expr(a, with_note(a, k, e, "fixed-array-index-of"), x); break;
    case TYPE_POINTER: case TYPE_SLICE: expr(a, deref(a, k, e, "dot of pointer"), x); break;
    case TYPE_MAP: /* map contents are heap */
        discard_expr(a, x);
        for (int i = 0; i < e->index.indices.len; i++)
            assign_to(a, discard(a), e->index.indices.data[i], u->map.key,
                      current_pos(e->index.indices.data[i], current_pos(e->index.x, e->pos)));
        flow(a, k, &a->heap);
        break;
    default: discard_expr(a, x); break; /* strings */
    }
}

static void slice_expr(Analysis *a, Hole k, Expr *e) {
    Expr *x = e->slice.x;
    discard_expr(a, e->slice.lo);
    discard_expr(a, e->slice.hi);
    discard_expr(a, e->slice.max);
    if (under(x->type)->kind == TYPE_ARRAY) { /* x[:] takes &x */
        Expr *ux = unparen(x);
        if (ux->kind == EXPR_IDENT) {
            Location *l = esc_var_loc(a, ux->ident.sym);
            if (l)
                l->addrtaken = true;
        }
        expr(a, addr(a, with_note(a, k, e, "slice"), e, "address-of"), x);
        return;
    }
    expr(a, with_note(a, k, e, "slice"), x);
}

static void composite(Analysis *a, Hole k, Expr *e, Pos pos) {
    const Type *t = e->type;
    const Type *u = under(t);
    if (u->kind == TYPE_POINTER) { /* &T elided inside another literal */
        Hole h = spill(a, k, SITE_ADDR_LITERAL, e, pos);
        t = u->pointer.elem;
        u = under(t);
        k = h;
    }
    if (u->kind == TYPE_SLICE) {
        Hole arr = spill(a, k, SITE_SLICE_LITERAL, e, pos);
        for (int i = 0; i < e->composite.elts.len; i++) {
            Expr *el = e->composite.elts.data[i];
            if (el->kind == EXPR_KEY_VALUE) {
                discard_expr(a, el->key_value.key);
                el = el->key_value.value;
            }
            assign_to(a, with_note(a, arr, e, "slice-literal-element"), el, u->slice.elem, el->pos);
        }
        return;
    }
    if (u->kind == TYPE_MAP) {
        spill(a, k, SITE_MAP_LITERAL, e, pos);
        for (int i = 0; i < e->composite.elts.len; i++) {
            Expr *kv = e->composite.elts.data[i];
            assign_to(a, with_note(a, heap_hole(a), e, "map literal key"), kv->key_value.key,
                      u->map.key, kv->pos); /* gc: at the colon */
            assign_to(a, with_note(a, heap_hole(a), e, "map literal value"), kv->key_value.value,
                      u->map.value, kv->pos);
        }
        return;
    }
    for (int i = 0; i < e->composite.elts.len; i++) {
        Expr *el = e->composite.elts.data[i];
        const Type *et = NULL;
        if (u->kind == TYPE_STRUCT) {
            int fi = i;
            if (el->kind == EXPR_KEY_VALUE)
                for (int j = 0; j < u->strct.fields.len; j++)
                    if (strcmp(u->strct.fields.data[j].name, el->key_value.key->ident.name) == 0)
                        fi = j;
            if (fi < u->strct.fields.len)
                et = u->strct.fields.data[fi].type;
        } else if (u->kind == TYPE_ARRAY) {
            et = u->array.elem;
        }
        if (el->kind == EXPR_KEY_VALUE) {
            if (u->kind == TYPE_ARRAY)
                discard_expr(a, el->key_value.key);
            el = el->key_value.value;
        }
        assign_to(a, with_note(a, k, e, u->kind == TYPE_STRUCT ? "struct literal element"
                                                             : "array literal element"),
                  el, et, el->pos);
    }
}

static void func_literal(Analysis *a, Hole k, Expr *e) {
    EFunc *f = esc_func_of_lit(a, e);
    Hole clo = spill(a, k, SITE_CLOSURE, e, e->pos);
    const Symbol **caps;
    int n = 0;
    /* the literal's body first: it decides what is reassigned */
    EFunc *saved = a->cur;
    int saved_depth = a->loop_depth;
    Location *saved_defer = a->defer_loc;
    esc_build_function(a, f);
    a->cur = saved;
    a->loop_depth = saved_depth;
    a->defer_loc = saved_defer;
    n = f->ncaptures;
    caps = f->captures;
    for (int i = 0; i < n; i++) {
        Symbol *s = (Symbol *)caps[i];
        Location *l = esc_var_loc(a, s);
        if (!l)
            continue;
        FirstUse fu = {{.expr = first_use}, s, NULL};
        ast_walk_stmt(&fu.v, e->func_lit.body);
        Expr *use = fu.found ? fu.found : e;
        bool by_value = esc_capture_by_value(a, s);
        esc_note_line2(a, s->pos,
                       arena_printf(a->arena, "%s capturing by %s: %s (addr=%s assign=%s width=%d)",
                                    saved->short_name, by_value ? "value" : "ref", s->name,
                                    /* gc: &x anywhere, or an earlier capture by reference */
                                    ptrmap_get(a->addressed, s) || l->addrtaken ? "true" : "false",
                                    ptrmap_get(a->assigned, s) ? "true" : "false",
                                    esc_type_size(s->type)));
        if (by_value) {
            flow(a, with_note(a, clo, use, "captured by a closure"), l);
        } else {
            l->addrtaken = true;
            flow(a, with_note(a, addr(a, clo, use, "reference"), use, "captured by a closure"), l);
        }
    }
}

/* A uintptr that may hold an address: gc's unsafeValue follows it through
 * arithmetic back to the unsafe.Pointer it came from. */
static void unsafe_value(Analysis *a, Hole k, Expr *e) {
    e = unparen(e);
    if (e->sema_mode == MODE_CONST)
        return;
    switch (e->kind) {
    case EXPR_CALL:
        if (e->call.fun->sema_mode == MODE_TYPE &&
            under(e->call.args.data[0]->type)->kind == TYPE_UNSAFE_POINTER) {
            expr(a, k, e->call.args.data[0]);
            return;
        }
        break;
    case EXPR_UNARY: unsafe_value(a, k, e->unary.x); return;
    case EXPR_BINARY:
        unsafe_value(a, k, e->binary.x);
        if (e->binary.op == TOK_SHL || e->binary.op == TOK_SHR)
            discard_expr(a, e->binary.y);
        else
            unsafe_value(a, k, e->binary.y);
        return;
    default: break;
    }
    discard_expr(a, e);
}

static void conversion(Analysis *a, Hole k, Expr *e) {
    Expr *x = e->call.args.data[0];
    const Type *to = under(e->type), *from = under(x->type);
    if (to->kind == TYPE_UNSAFE_POINTER && from->kind == TYPE_UINTPTR) {
        unsafe_value(a, k, x);
        return;
    }
    if (is_interface(e->type)) {
        if (is_interface(x->type) || x->type->kind == TYPE_UNTYPED_NIL)
            expr(a, k, x);
        else
            convert_to_iface(a, k, x, e, e->pos);
        return;
    }
    bool alloc = (to->kind == TYPE_STRING && from->kind != TYPE_STRING) ||
                 (to->kind == TYPE_SLICE && from->kind == TYPE_STRING);
    if (alloc) {
        if (x->sema_mode == MODE_CONST && to->kind == TYPE_STRING)
            return; /* folded */
        spill(a, k, SITE_CONVERSION, e, e->pos);
        discard_expr(a, x);
        return;
    }
    expr(a, k, x);
}

static void expr(Analysis *a, Hole k, Expr *e) {
    if (!e || e->sema_mode == MODE_CONST || e->sema_mode == MODE_TYPE)
        return;
    /* a value without pointers carries no address anywhere (gc) */
    if (k.derefs >= 0 && e->type && e->type->kind != TYPE_TUPLE && !type_is_untyped(e->type) &&
        !type_has_pointers(e->type))
        k = discard(a);
    switch (e->kind) {
    case EXPR_IDENT: {
        Symbol *s = e->ident.sym;
        if (!s || s->kind != SYM_VAR)
            return;
        if (s->is_global) {
            flow(a, k, &a->heap);
            return;
        }
        Location *l = esc_var_loc(a, s);
        if (l)
            flow(a, k, l);
        return;
    }
    case EXPR_PAREN: expr(a, k, e->paren.x); return;
    case EXPR_UNARY:
        if (e->unary.op == TOK_AND) {
            Expr *x = unparen(e->unary.x);
            if (x->kind == EXPR_COMPOSITE_LIT) {
                Hole h = spill(a, k, SITE_ADDR_LITERAL, e, e->pos);
                composite(a, h, x, x->pos);
                return;
            }
            if (x->kind == EXPR_IDENT) {
                Location *l = esc_var_loc(a, x->ident.sym);
                if (l)
                    l->addrtaken = true;
            }
            expr(a, addr(a, k, e, "address-of"), x);
            return;
        }
        discard_expr(a, e->unary.x);
        return;
    case EXPR_STAR: expr(a, deref(a, k, e, "indirection"), e->star.x); return;
    case EXPR_BINARY:
        if (e->binary.op == TOK_ADD && e->type && type_is_string(e->type)) {
            /* a + b + c is one concatenation (gc's OADDSTR) */
            spill(a, k, SITE_STRING_CONCAT, e, e->pos);
            discard_operands(a, e->binary.x); /* left to right, as gc reads them */
            discard_operands(a, e->binary.y);
            return;
        }
        discard_expr(a, e->binary.x);
        discard_expr(a, e->binary.y);
        return;
    case EXPR_SELECTOR: selector(a, k, e); return;
    case EXPR_INDEX: index_expr(a, k, e); return;
    case EXPR_SLICE: slice_expr(a, k, e); return;
    case EXPR_COMPOSITE_LIT: composite(a, k, e, e->pos); return;
    case EXPR_FUNC_LIT: func_literal(a, k, e); return;
    case EXPR_TYPE_ASSERT: {
        /* the asserted type (v, ok = x.(T) types e as a tuple) */
        const Type *t = e->type && e->type->kind == TYPE_TUPLE ? e->type->tuple.elems.data[0] : e->type;
        if (e->assert.type && !is_interface(t) && !direct_iface(t))
            expr(a, deref(a, k, e, "dot"), e->assert.x);
        else
            expr(a, with_note(a, k, e, "dot"), e->assert.x);
        return;
    }
    case EXPR_CALL:
        if (e->call.fun->sema_mode == MODE_TYPE) {
            conversion(a, k, e);
            return;
        }
        call(a, &k, 1, e, NULL);
        return;
    default:
        return;
    }
}

/* ---- calls -------------------------------------------------------------------- */

/* A hole that sends its value to two places. */
static Hole tee(Analysis *a, Hole x, Hole y) {
    if (x.dst == &a->blank)
        return y;
    if (y.dst == &a->blank)
        return x;
    Location *t = esc_new_loc(a, LOC_TEMP, a->cur);
    flow(a, x, t);
    flow(a, y, t);
    return hole_of(t);
}

/* k, dereferenced `derefs` times more, with no note of its own. */
static Hole shift(Hole k, int derefs) {
    k.derefs += derefs;
    return k;
}

/* The hole of an argument whose summary sends it to the n places of tags
 * at once, as gc's teeHole does: one temporary for two or more.  The
 * call's note goes on what flows into it. */
static Hole tag_hole(Analysis *a, const Hole *tags, int n, Expr *call_e) {
    Hole h = n == 1 ? tags[0] : discard(a);
    if (n > 1) {
        Location *t = esc_new_loc(a, LOC_TEMP, a->cur);
        for (int i = 0; i < n; i++)
            flow(a, tags[i], t);
        h = hole_of(t);
    }
    return with_note(a, h, call_e, "call parameter");
}

/* The hole of argument i of a call of a function summarized by its
 * parameter locations' leaks. */
static Hole param_hole(Analysis *a, Location *p, Hole *ks, int nks, Expr *call_e) {
    Hole tags[1 + MAX_RESULTS];
    int n = 0;
    if (p->leak_heap >= 0)
        tags[n++] = shift(heap_hole(a), p->leak_heap);
    for (int i = 0; i < nks && i < MAX_RESULTS; i++)
        if (p->leak_result[i] >= 0)
            tags[n++] = shift(ks[i], p->leak_result[i]);
    return tag_hole(a, tags, n, call_e);
}

/* Where argument i goes: a callee of this batch's own parameter location,
 * an analysed callee's summary, a library tag, or the heap. */
static Hole arg_hole(Analysis *a, EFunc *callee, const char *lib, const char *lib_pkg, int i,
                     Hole *ks, int nks, Expr *e) {
    if (callee) {
        if (i >= callee->params.len)
            return discard(a);
        Location *p = callee->params.data[i];
        if (!p)
            return discard(a);
        if (callee->batch == a->batch && !callee->analysed)
            return with_note(a, hole_of(p), e, "call parameter");
        return param_hole(a, p, ks, nks, e);
    }
    if (lib) {
        int heap = 0, result = -1, rderefs = 0;
        if (esc_library_tag(lib_pkg, lib, i, &heap, &result, &rderefs)) {
            Hole tags[2];
            int n = 0;
            if (heap >= 0)
                tags[n++] = shift(heap_hole(a), heap);
            if (result >= 0 && result < nks)
                tags[n++] = shift(ks[result], rderefs);
            return tag_hole(a, tags, n, e);
        }
    }
    return with_note(a, heap_hole(a), e, "call parameter");
}

/* gc evaluates a go or defer call's arguments first and builds its ...
 * slice in the wrapper it calls later: its location comes after theirs,
 * which is the order -m reports in. */
static void made_last(Analysis *a, Location *l) {
    for (int i = 0; i < a->locs.len; i++)
        if (a->locs.data[i] == l) {
            memmove(&a->locs.data[i], &a->locs.data[i + 1], sizeof(Location *) * (size_t)(a->locs.len - i - 1));
            a->locs.data[a->locs.len - 1] = l;
            return;
        }
}

/* The arguments of a call, with a ... slice when the callee is variadic. */
static void call_args(Analysis *a, Expr *e, const Type *ft, EFunc *callee, const char *lib,
                      const char *lib_pkg, int first_param, Hole *ks, int nks, Hole *defer_k) {
    ExprVec *args = &e->call.args;
    int np = ft->func.params.len;
    bool variadic = ft->func.variadic && !e->call.has_ellipsis;
    if (args->len == 1 && args->data[0]->type && args->data[0]->type->kind == TYPE_TUPLE) {
        /* f(g()): g's results into f's parameters */
        int n = args->data[0]->type->tuple.elems.len;
        Hole *holes = arena_alloc(a->arena, sizeof(Hole) * (size_t)(n + 1));
        for (int i = 0; i < n; i++) {
            int pi = variadic && i >= np - 1 ? np - 1 : i;
            holes[i] = arg_hole(a, callee, lib, lib_pkg, first_param + pi, ks, nks, e);
            if (defer_k)
                holes[i] = tee(a, holes[i], *defer_k);
        }
        call(a, holes, n, args->data[0], NULL);
        return;
    }
    Hole slice_hole = {0};
    for (int i = 0; i < args->len; i++) {
        Expr *arg = args->data[i];
        bool extra = variadic && i >= np - 1;
        const Type *pt = extra ? under(ft->func.params.data[np - 1])->slice.elem
                               : ft->func.params.data[i < np ? i : np - 1];
        Hole h;
        if (extra) {
            if (i == np - 1) {
                Hole p = arg_hole(a, callee, lib, lib_pkg, first_param + np - 1, ks, nks, e);
                slice_hole = spill(a, p, SITE_VARIADIC_ARGS, e, e->pos);
            }
            /* go and defer keep the elements; the slice is made at the call */
            h = stmt_note(a, slice_hole, "... argument", e->pos, "slice-literal-element");
            if (defer_k)
                h = tee(a, h, *defer_k);
        } else {
            h = arg_hole(a, callee, lib, lib_pkg, first_param + i, ks, nks, e);
            if (defer_k)
                h = tee(a, h, *defer_k);
        }
        /* gc's position for the implicit conversion of a name argument */
        Pos ctx = e->pos;
        for (int j = i - 1; j >= 0; j--)
            if (unparen(args->data[j])->kind != EXPR_IDENT) {
                ctx = args->data[j]->pos;
                break;
            }
        assign_to(a, h, arg, pt, implicit_pos(arg, ctx));
    }
    if (defer_k && slice_hole.dst)
        made_last(a, slice_hole.dst);
}

static bool builtin_call(Analysis *a, Hole *ks, int nks, Expr *e, Symbol *fn) {
    ExprVec *args = &e->call.args;
    Hole k = nks ? ks[0] : discard(a);
    switch (fn->builtin) {
    case BUILTIN_LEN: case BUILTIN_CAP: case BUILTIN_PRINT: case BUILTIN_PRINTLN:
    case BUILTIN_REAL: case BUILTIN_IMAG: case BUILTIN_COMPLEX:
    case BUILTIN_CLOSE: case BUILTIN_OS_EXIT:
        for (int i = 0; i < args->len; i++)
            discard_expr(a, args->data[i]);
        return true;
    case BUILTIN_DELETE: { /* the key is converted to the map's key type: a box for any */
        const Type *m = under(args->data[0]->type);
        discard_expr(a, args->data[0]);
        if (args->len > 1)
            assign_to(a, discard(a), args->data[1], m->kind == TYPE_MAP ? m->map.key : NULL,
                      current_pos(args->data[1], current_pos(args->data[0], e->pos)));
        return true;
    }
    case BUILTIN_RECOVER: return true;
    case BUILTIN_PANIC:
        assign_to(a, with_note(a, heap_hole(a), e, "call parameter"), args->data[0], type_any(),
                  current_pos(args->data[0], e->pos));
        return true;
    case BUILTIN_NEW: spill(a, k, SITE_NEW, e, e->pos); return true;
    case BUILTIN_MAKE: {
        const Type *u = under(e->type);
        for (int i = 1; i < args->len; i++)
            discard_expr(a, args->data[i]);
        if (u->kind == TYPE_SLICE)
            spill(a, k, SITE_MAKE_SLICE, e, e->pos);
        else if (u->kind == TYPE_MAP)
            spill(a, k, SITE_MAKE_MAP, e, e->pos);
        return true;
    }
    case BUILTIN_COPY: {
        discard_expr(a, args->data[0]);
        const Type *src = under(args->data[1]->type);
        if (src->kind == TYPE_SLICE && type_has_pointers(src->slice.elem))
            expr(a, deref(a, heap_hole(a), e, "copied slice"), args->data[1]);
        else
            discard_expr(a, args->data[1]);
        return true;
    }
    case BUILTIN_APPEND: {
        const Type *elem = under(e->type)->slice.elem;
        Hole appendee = k;
        if (type_has_pointers(elem))
            appendee = tee(a, appendee, deref(a, heap_hole(a), e, "appendee slice"));
        expr(a, appendee, args->data[0]);
        if (e->call.has_ellipsis) {
            Expr *t = args->data[1];
            if (under(t->type)->kind == TYPE_SLICE && type_has_pointers(elem))
                expr(a, deref(a, heap_hole(a), e, "appended slice..."), t);
            else
                discard_expr(a, t);
        } else {
            for (int i = 1; i < args->len; i++)
                assign_to(a, with_note(a, heap_hole(a), e, "appended to slice"), args->data[i], elem,
                          implicit_pos(args->data[i], e->pos));
        }
        return true;
    }
    default:
        return false; /* fmt's: ordinary library calls */
    }
}

/* The function type of fmt's builtins, as fmt declares them. */
static Type *fmt_signature(Analysis *a, Symbol *fn) {
    Type *sig = type_new(a->arena, TYPE_FUNC);
    if (fn->builtin == BUILTIN_FMT_PRINTF || fn->builtin == BUILTIN_FMT_SPRINTF)
        vec_push(a->arena, &sig->func.params, type_basic(TYPE_STRING));
    vec_push(a->arena, &sig->func.params, type_new_slice(a->arena, type_any()));
    sig->func.variadic = true;
    return sig;
}

static bool static_func_expr(const Expr *e);

/* gc's StaticValue: what a local variable that is defined once and never
 * reassigned nor addressed always holds, followed through such variables;
 * any other expression is its own value. */
static Expr *static_value(Analysis *a, Expr *e) {
    for (int steps = 0; steps < 16; steps++) {
        e = unparen(e);
        Symbol *s = e->kind == EXPR_IDENT ? e->ident.sym : NULL;
        Expr *v = s ? ptrmap_get(a->static_values, s) : NULL;
        if (!v || ptrmap_get(a->assigned, s) || ptrmap_get(a->addressed, s))
            return e;
        e = v;
    }
    return e;
}

/* gc's devirtualization: a method call on an interface value that holds,
 * statically, a conversion of a concrete type T is a call of T's method
 * (on x.(T)).  The type, or NULL. */
static const Type *devirtualize(Analysis *a, Expr *call_e, Expr *x, const char *name) {
    Expr *v = static_value(a, x);
    if (v->kind == EXPR_CALL && v->call.fun->sema_mode == MODE_TYPE && v->call.args.len == 1 &&
        v->type && is_interface(v->type))
        v = unparen(v->call.args.data[0]); /* an explicit conversion I(v) */
    else if (v == unparen(x) || !v->type || is_interface(v->type))
        return NULL; /* not a conversion: an interface value from elsewhere */
    const Type *t = v->type;
    if (!t || is_interface(t) || type_is_untyped(t))
        return NULL; /* a constant's type has no methods */
    Lookup l = type_lookup(a->arena, (Type *)t, name);
    if (l.kind != LOOKUP_METHOD || l.in_interface)
        return NULL; /* gc only "partially" devirtualizes a promoted interface method */
    esc_note_devirtualized(a, call_e->pos, arena_printf(a->arena, "devirtualizing %s.%s to %s",
                                                        esc_node_string(a, x), name, esc_type_string(a, t)));
    ptrmap_put(a->arena, &a->devirtualized, call_e, (void *)t);
    return t;
}

/* The function a func literal, function name or method expression denotes. */
static EFunc *static_callee(Analysis *a, const Expr *e) {
    if (e->kind == EXPR_FUNC_LIT)
        return esc_func_of_lit(a, e);
    if (e->kind == EXPR_IDENT)
        return esc_func_of_symbol(a, e->ident.sym);
    Lookup l = type_lookup(a->arena, e->selector.x->type, e->selector.sel->ident.name);
    return l.kind == LOOKUP_METHOD && !l.in_interface && l.depth == 0
               ? esc_func_of_symbol(a, l.method->func) : NULL;
}

static void call(Analysis *a, Hole *ks, int nks, Expr *e, Hole *defer_k) {
    Expr *fun = unparen(e->call.fun);
    Symbol *fn = sema_callee(e);
    if (fn && fn->kind == SYM_BUILTIN && builtin_call(a, ks, nks, e, fn))
        return;
    if (fn && fn->kind == SYM_BUILTIN) { /* fmt.Println and friends */
        call_args(a, e, fmt_signature(a, fn), NULL, fn->name, "fmt", 0, ks, nks, defer_k);
        return;
    }
    const Type *ft = under(fun->type);
    EFunc *callee = NULL;
    const char *lib_pkg = NULL;
    const char *lib = NULL;
    int first = 0;
    if (fun->kind == EXPR_IDENT && fn && fn->kind == SYM_FUNC) {
        callee = esc_func_of_symbol(a, fn);
    } else if (fun->kind == EXPR_IDENT && static_func_expr(static_value(a, fun))) {
        /* g := func(...){...}; g(x): known statically (gc's StaticValue) */
        callee = static_callee(a, static_value(a, fun));
    } else if (fun->kind == EXPR_SELECTOR && fun->selector.x->sema_mode == MODE_TYPE) {
        callee = static_callee(a, fun); /* T.M(x, ...) */
    } else if (fun->kind == EXPR_SELECTOR && fun->selector.x->sema_mode == MODE_PACKAGE) {
        lib = fun->selector.sel->ident.name;
        lib_pkg = fun->selector.x->ident.sym->pkg_path;
    } else if (fun->kind == EXPR_SELECTOR && fun->selector.x->sema_mode != MODE_TYPE) {
        Expr *x = fun->selector.x;
        const char *name = fun->selector.sel->ident.name;
        Lookup l = type_lookup(a->arena, x->type, name);
        const Type *dt = l.kind == LOOKUP_METHOD && l.in_interface ? devirtualize(a, e, x, name) : NULL;
        if (dt)
            l = type_lookup(a->arena, (Type *)dt, name);
        if (l.kind == LOOKUP_METHOD) {
            ft = l.method->sig;
            first = 1;
            EFunc *m = l.in_interface ? NULL : esc_func_of_symbol(a, l.method->func);
            const char *mpkg = l.owner && l.owner->kind == TYPE_NAMED ? l.owner->named.pkg : NULL;
            bool library = !m && !l.in_interface && mpkg && a->pkg->path &&
                           strcmp(mpkg, a->pkg->path) != 0;
            const char *mname = library ? arena_printf(a->arena, "%s.%s", l.owner->named.obj->name,
                                                       l.method->name)
                                        : NULL;
            Hole recv;
            if (m)
                recv = arg_hole(a, m, NULL, NULL, 0, ks, nks, e);
            else if (library)
                recv = arg_hole(a, NULL, mname, mpkg, 0, ks, nks, e);
            else
                recv = with_note(a, heap_hole(a), e, "call parameter");
            if (defer_k)
                recv = tee(a, recv, *defer_k);
            /* the receiver as the method takes it: &x, x, or *p (of
             * x.(T) when devirtualized) */
            bool ptr_x = under(dt ? dt : x->type)->kind == TYPE_POINTER;
            Hole into = recv;
            if (!l.in_interface && l.method->pointer_recv && !ptr_x && !l.indirect &&
                l.path_len == 0) {
                Expr *ux = unparen(x);
                if (ux->kind == EXPR_IDENT) {
                    Location *vl = esc_var_loc(a, ux->ident.sym);
                    if (vl)
                        vl->addrtaken = true;
                }
                into = addr(a, recv, e, "address-of");
            } else if (!l.in_interface && !l.method->pointer_recv && (ptr_x || l.indirect)) {
                into = deref(a, recv, e, "indirection");
            } else if (l.path_len > 0 && !l.in_interface) {
                /* through embedded fields: field-insensitive */
                if (l.method->pointer_recv && !ptr_x && !l.indirect)
                    into = addr(a, recv, e, "address-of");
            }
            if (dt) /* x.(T): the boxed value, or the pointer itself */
                into = direct_iface(dt) ? with_note(a, into, e, "dot") : deref(a, into, e, "dot");
            expr(a, into, x);
            if (m) {
                callee = m;
                call_args(a, e, ft, callee, NULL, NULL, 1, ks, nks, defer_k);
                if (callee->batch == a->batch && !callee->analysed)
                    for (int i = 0; i < nks && i < callee->results.len; i++)
                        flow(a, ks[i], callee->results.data[i]);
                return;
            }
            call_args(a, e, ft, NULL, mname, library ? mpkg : NULL, 1, ks, nks, defer_k);
            return;
        }
    }
    if (fun->kind == EXPR_FUNC_LIT) {
        /* a literal called on the spot: its closure does not escape */
        callee = esc_func_of_lit(a, fun);
        expr(a, defer_k ? *defer_k : discard(a), fun);
    } else if (!callee && !lib) {
        expr(a, defer_k ? *defer_k : discard(a), fun); /* a func value: called, not kept */
    } else if (callee && fun->kind == EXPR_IDENT && fn == NULL) {
        expr(a, defer_k ? *defer_k : discard(a), fun);
    } else if (!callee && fun->kind == EXPR_SELECTOR && fun->selector.x->sema_mode == MODE_TYPE) {
        /* an interface's method expression: unknown code */
    }
    call_args(a, e, ft, callee, lib, lib_pkg, first, ks, nks, defer_k);
    if (callee && callee->batch == a->batch && !callee->analysed)
        for (int i = 0; i < nks && i < callee->results.len; i++)
            flow(a, ks[i], callee->results.data[i]);
}

/* ---- statements ------------------------------------------------------------------ */

static void mark_reassigned(Analysis *a, Expr *x) {
    x = unparen(x);
    if (x->kind == EXPR_IDENT) {
        Location *l = esc_var_loc(a, x->ident.sym);
        if (l)
            l->reassigned = true;
    }
}

/* The hole of an assignment's left side (evaluating its operands). */
static Hole lhs_hole(Analysis *a, Expr *x) {
    x = unparen(x);
    switch (x->kind) {
    case EXPR_IDENT:
        if (strcmp(x->ident.name, "_") == 0)
            return discard(a);
        return var_hole(a, x->ident.sym);
    case EXPR_STAR: discard_expr(a, x->star.x); return heap_hole(a);
    case EXPR_SELECTOR: {
        Expr *y = x->selector.x;
        if (y->sema_mode == MODE_PACKAGE)
            return heap_hole(a);
        Lookup l = type_lookup(a->arena, y->type, x->selector.sel->ident.name);
        if (under(y->type)->kind == TYPE_POINTER || l.indirect) {
            discard_expr(a, y);
            return heap_hole(a);
        }
        return lhs_hole(a, y);
    }
    case EXPR_INDEX: {
        Expr *y = x->index.x;
        const Type *u = under(y->type);
        if (u->kind == TYPE_ARRAY) {
            discard_expr(a, x->index.indices.data[0]);
            return lhs_hole(a, y);
        }
        discard_expr(a, y);
        if (u->kind == TYPE_MAP) {
            assign_to(a, with_note(a, heap_hole(a), x, "key of map put"), x->index.indices.data[0],
                      u->map.key, current_pos(x->index.indices.data[0], current_pos(x->index.x, x->pos)));
            return heap_hole(a);
        }
        discard_expr(a, x->index.indices.data[0]);
        return heap_hole(a);
    }
    default:
        discard_expr(a, x);
        return discard(a);
    }
}

/* A func literal or a method expression T.M: a known function. */
static bool static_func_expr(const Expr *e) {
    return e->kind == EXPR_FUNC_LIT ||
           (e->kind == EXPR_IDENT && e->ident.sym && e->ident.sym->kind == SYM_FUNC) ||
           (e->kind == EXPR_SELECTOR && e->selector.x->sema_mode == MODE_TYPE);
}

static bool is_fresh(Stmt *s, Expr *x) {
    return s->assign.op == TOK_DEFINE && x->kind == EXPR_IDENT && x->ident.sym &&
           x->ident.sym->pos == x->pos;
}

/* The pointer variable p of *p or p.f (through the pointer), or NULL. */
static Symbol *deref_base(Expr *e) {
    e = unparen(e);
    Expr *x = NULL;
    if (e->kind == EXPR_STAR)
        x = unparen(e->star.x);
    else if (e->kind == EXPR_SELECTOR && e->selector.x->sema_mode != MODE_PACKAGE &&
             e->selector.x->sema_mode != MODE_TYPE && under(e->selector.x->type)->kind == TYPE_POINTER)
        x = unparen(e->selector.x);
    return x && x->kind == EXPR_IDENT && x->ident.sym && x->ident.sym->kind == SYM_VAR ? x->ident.sym
                                                                                      : NULL;
}

/* gc's SameSafeExpr: the same variable, fields, dereferences and
 * constant or variable indexes, with nothing evaluated that could differ. */
static bool same_safe(Expr *x, Expr *y) {
    x = unparen(x);
    y = unparen(y);
    if (x->sema_mode == MODE_CONST || y->sema_mode == MODE_CONST)
        return x->sema_mode == MODE_CONST && y->sema_mode == MODE_CONST && x->cval && y->cval &&
               x->cval->kind == CONST_INT && y->cval->kind == CONST_INT &&
               const_int64(x->cval) == const_int64(y->cval);
    if (x->kind != y->kind)
        return false;
    switch (x->kind) {
    case EXPR_IDENT: return x->ident.sym && x->ident.sym == y->ident.sym;
    case EXPR_SELECTOR:
        return strcmp(x->selector.sel->ident.name, y->selector.sel->ident.name) == 0 &&
               same_safe(x->selector.x, y->selector.x);
    case EXPR_STAR: return same_safe(x->star.x, y->star.x);
    case EXPR_INDEX:
        return same_safe(x->index.x, y->index.x) &&
               same_safe(x->index.indices.data[0], y->index.indices.data[0]);
    default: return false;
    }
}

/* gc's isSelfAssign and isSliceSelfAssign: x.f = x.g, x[i] = x[j] with
 * the same safe prefix; *p = (*p)[i:j] and p.f = p.g[i:j] (not slicing an
 * array, which would store &p.a): nothing new is stored. */
static bool self_assignment(Analysis *a, Expr *dst, Expr *src) {
    dst = unparen(dst);
    src = unparen(src);
    if (dst->kind == EXPR_SELECTOR && src->kind == EXPR_SELECTOR &&
        dst->selector.x->sema_mode != MODE_PACKAGE && src->selector.x->sema_mode != MODE_PACKAGE)
        return same_safe(dst->selector.x, src->selector.x);
    if (dst->kind == EXPR_INDEX && src->kind == EXPR_INDEX)
        return !may_affect_memory(a, dst->index.indices.data[0]) &&
               !may_affect_memory(a, src->index.indices.data[0]) && same_safe(dst->index.x, src->index.x);
    /* a slice's bounds do not matter: gc's order pass has moved any call
     * out of them */
    Symbol *d = deref_base(dst);
    if (!d || src->kind != EXPR_SLICE || under(src->slice.x->type)->kind == TYPE_ARRAY)
        return false;
    return deref_base(unparen(src->slice.x)) == d;
}

/* How gc names an assignment's flows in -m=2: by the form of the
 * statement; a call's results carry no note of their own. */
static const char *assign_why(ExprVec *lhs, ExprVec *rhs) {
    if (lhs->len == 1)
        return "assign";
    if (rhs->len > 1)
        return "assign-pair";
    Expr *r = unparen(rhs->data[0]);
    if (r->kind == EXPR_TYPE_ASSERT)
        return "assign-pair-dot-type";
    if (r->kind == EXPR_INDEX)
        return "assign-pair-mapr";
    return NULL;
}

static void assign_stmt(Analysis *a, Stmt *s) {
    ExprVec *lhs = &s->assign.lhs, *rhs = &s->assign.rhs;
    const char *why = assign_why(lhs, rhs);
    int n = lhs->len;
    Hole *ks = arena_alloc(a->arena, sizeof(Hole) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Expr *x = lhs->data[i];
        if (is_fresh(s, x) && rhs->len == n)
            ptrmap_put(a->arena, &a->static_values, x->ident.sym, unparen(rhs->data[i]));
        if (is_fresh(s, x))
            ks[i] = hole_of(declare(a, x->ident.sym) ? esc_var_loc(a, x->ident.sym) : &a->blank);
        else {
            ks[i] = lhs_hole(a, x);
            mark_reassigned(a, x);
        }
        if (why)
            ks[i] = stmt_note(a, ks[i],
                              assign_text(a, lhs, token_spelling(s->assign.op), rhs),
                              s->pos, why);
    }
    if (s->assign.op != TOK_ASSIGN && s->assign.op != TOK_DEFINE) {
        /* x op= y: y flows into x, as gc sees it (s += t may leave s = t) */
        expr(a, ks[0], rhs->data[0]);
        return;
    }
    if (rhs->len == 1 && n > 1) {
        Expr *r = unparen(rhs->data[0]);
        if (r->kind == EXPR_CALL && r->call.fun->sema_mode != MODE_TYPE)
            call(a, ks, n, r, NULL);
        else if (r->kind == EXPR_INDEX || r->kind == EXPR_TYPE_ASSERT)
            expr(a, ks[0], r); /* v, ok = m[k] / x.(T) */
        else
            expr(a, ks[0], r);
        return;
    }
    /* gc converts the values once it has read them and the left side */
    Pos conv_pos = current_pos_list(lhs, current_pos_list(rhs, s->pos));
    for (int i = 0; i < n && i < rhs->len; i++) {
        Expr *x = lhs->data[i];
        const Type *t = strcmp(x->ident.name ? x->ident.name : "", "_") == 0 && x->kind == EXPR_IDENT
                            ? NULL : x->type;
        if (self_assignment(a, x, rhs->data[i])) {
            /* gc: p.a = p.b, or a swap a[i], a[j] = a[j], a[i], moves
             * nothing out of what it reads */
            esc_note_line(a, s->pos, arena_printf(a->arena, "%s ignoring self-assignment in %s",
                                                  a->cur->short_name, assign_text(a, lhs, "=", rhs)));
            ks[i] = discard(a);
        }
        assign_to(a, ks[i], rhs->data[i], t, conv_pos);
    }
}

static void var_decl(Analysis *a, Decl *d) {
    ExprVec *names = &d->value.names, *values = &d->value.values;
    int n = names->len;
    Hole *ks = arena_alloc(a->arena, sizeof(Hole) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Location *l = declare(a, names->data[i]->ident.sym);
        ks[i] = l ? hole_of(l) : discard(a);
        if (values->len == n && l)
            ptrmap_put(a->arena, &a->static_values, names->data[i]->ident.sym, unparen(values->data[i]));
        /* gc splits `var a, b = x, y` into a = x and b = y, each at the
         * declaration's first name */
        if (values->len == n)
            ks[i] = stmt_note(a, ks[i],
                              arena_printf(a->arena, "%s = %s", names->data[i]->ident.name,
                                           esc_node_string(a, values->data[i])),
                              names->data[0]->pos, "assign");
    }
    if (values->len == 1 && n > 1) {
        Expr *r = unparen(values->data[0]);
        if (r->kind == EXPR_CALL && r->call.fun->sema_mode != MODE_TYPE)
            call(a, ks, n, r, NULL);
        else
            expr(a, ks[0], r);
        return;
    }
    /* gc converts the values once it has read them all */
    Pos conv_pos = current_pos_list(values, names->data[0]->pos);
    for (int i = 0; i < values->len && i < n; i++) {
        Symbol *s = names->data[i]->ident.sym;
        assign_to(a, ks[i], values->data[i], s ? s->type : NULL, conv_pos);
    }
}

static void return_stmt(Analysis *a, Stmt *s) {
    EFunc *f = a->cur;
    ExprVec *res = &s->ret.results;
    int n = f->results.len;
    Hole *ks = arena_alloc(a->arena, sizeof(Hole) * (size_t)(n + 1));
    StrBuf rt = {0};
    sb_puts(&rt, "return");
    for (int i = 0; i < res->len; i++)
        sb_printf(&rt, "%s%s", i ? ", " : " ", esc_node_string(a, res->data[i]));
    const char *text = arena_strdup(a->arena, rt.data);
    sb_free(&rt);
    for (int i = 0; i < n; i++)
        ks[i] = f->results.data[i] ? stmt_note(a, hole_of(f->results.data[i]), text, s->pos, "return")
                                   : discard(a);
    if (res->len == 1 && n > 1) {
        call(a, ks, n, unparen(res->data[0]), NULL);
        return;
    }
    for (int i = 0; i < res->len && i < n; i++)
        assign_to(a, ks[i], res->data[i], f->type->func.results.data[i], res->data[i]->pos);
}

static void range_stmt(Analysis *a, Stmt *s) {
    Expr *x = s->range.x;
    Location *tmp = esc_new_loc(a, LOC_TEMP, a->cur);
    expr(a, hole_of(tmp), x);
    a->loop_depth++;
    Hole kk = discard(a), kv = discard(a);
    if (s->range.define) {
        if (s->range.key) {
            Location *l = declare(a, s->range.key->ident.sym);
            if (l)
                kk = hole_of(l);
        }
        if (s->range.value) {
            Location *l = declare(a, s->range.value->ident.sym);
            if (l)
                kv = hole_of(l);
        }
    } else {
        if (s->range.key) {
            kk = lhs_hole(a, s->range.key);
            mark_reassigned(a, s->range.key);
        }
        if (s->range.value) {
            kv = lhs_hole(a, s->range.value);
            mark_reassigned(a, s->range.value);
        }
    }
    (void)kk;
    const Type *u = under(x->type);
    /* gc's note names the statement: "for loop", at its range keyword */
    if (u->kind == TYPE_ARRAY) {
        flow(a, stmt_note(a, kv, "for loop", s->range.range_kw, "range"), tmp);
    } else if (u->kind != TYPE_STRING) {
        Hole h = stmt_note(a, kv, "for loop", s->range.range_kw, "range-deref");
        h.derefs++;
        flow(a, h, tmp);
    }
    block(a, &s->range.body->block.stmts);
    a->loop_depth--;
}

static void type_switch(Analysis *a, Stmt *s) {
    if (s->type_switch.init)
        stmt(a, s->type_switch.init);
    Location *tmp = esc_new_loc(a, LOC_TEMP, a->cur);
    expr(a, hole_of(tmp), s->type_switch.x);
    for (int i = 0; i < s->type_switch.clauses.len; i++) {
        Stmt *c = s->type_switch.clauses.data[i];
        Symbol *v = c->case_.implicit;
        if (v) {
            Location *l = declare(a, v);
            if (l)
                l->report_pos = c->case_.colon; /* gc declares it at its case's colon */
            if (l && type_has_pointers(v->type)) { /* gc: only case variables with pointers */
                bool value = c->case_.list.len == 1 && !is_interface(v->type) && !direct_iface(v->type);
                flow(a, value ? deref(a, hole_of(l), s->type_switch.x, "dot")
                              : with_note(a, hole_of(l), s->type_switch.x, "dot"), tmp);
            }
        }
        block(a, &c->case_.body);
    }
}

static void defer_stmt(Analysis *a, Stmt *s) {
    Expr *c = unparen(s->defer.call);
    /* top-level defers run before the function returns: what they use
     * lives as long as the frame (go2c: its ctx, see LOC_DEFER); in a loop
     * they may pile up, so it goes to the heap, as in gc */
    Hole k = a->loop_depth == 1 ? hole_of(a->defer_loc) : heap_hole(a);
    Expr *fun = unparen(c->call.fun);
    if (fun->kind == EXPR_FUNC_LIT && c->call.args.len == 0 && !fun->type->func.results.len) {
        expr(a, k, fun);
        return;
    }
    call(a, NULL, 0, c, &k);
}

static void stmt(Analysis *a, Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_DECL:
        for (int i = 0; i < s->decl.decls.len; i++)
            if (s->decl.decls.data[i]->kind == DECL_VAR)
                var_decl(a, s->decl.decls.data[i]);
        return;
    case STMT_EXPR: {
        Expr *x = unparen(s->expr.x);
        if (x->kind == EXPR_CALL && x->call.fun->sema_mode != MODE_TYPE)
            call(a, NULL, 0, x, NULL);
        else
            discard_expr(a, x);
        return;
    }
    case STMT_INC_DEC: mark_reassigned(a, s->inc_dec.x); lhs_hole(a, s->inc_dec.x); return;
    case STMT_ASSIGN: assign_stmt(a, s); return;
    case STMT_RETURN: return_stmt(a, s); return;
    case STMT_BLOCK: block(a, &s->block.stmts); return;
    case STMT_IF:
        stmt(a, s->if_.init);
        discard_expr(a, s->if_.cond);
        /* gc drops the dead branch of a constant condition first */
        if (s->if_.cond->sema_mode != MODE_CONST || s->if_.cond->cval->b)
            stmt(a, s->if_.then);
        if (s->if_.cond->sema_mode != MODE_CONST || !s->if_.cond->cval->b)
            stmt(a, s->if_.else_);
        return;
    case STMT_FOR:
        stmt(a, s->for_.init);
        a->loop_depth++;
        discard_expr(a, s->for_.cond);
        stmt(a, s->for_.post);
        stmt(a, s->for_.body);
        a->loop_depth--;
        return;
    case STMT_RANGE: range_stmt(a, s); return;
    case STMT_SWITCH:
        stmt(a, s->switch_.init);
        discard_expr(a, s->switch_.tag);
        for (int i = 0; i < s->switch_.clauses.len; i++) {
            Stmt *c = s->switch_.clauses.data[i];
            for (int j = 0; j < c->case_.list.len; j++)
                discard_expr(a, c->case_.list.data[j]);
            block(a, &c->case_.body);
        }
        return;
    case STMT_TYPE_SWITCH: type_switch(a, s); return;
    case STMT_DEFER: defer_stmt(a, s); return;
    case STMT_GO: { /* a goroutine outlives its creator: all to the heap */
        Expr *c = unparen(s->go.call);
        Hole k = heap_hole(a);
        Expr *fun = unparen(c->call.fun);
        if (fun->kind == EXPR_FUNC_LIT && c->call.args.len == 0 && !fun->type->func.results.len)
            expr(a, k, fun);
        else
            call(a, NULL, 0, c, &k);
        return;
    }
    case STMT_SEND: {
        discard_expr(a, s->send.chan);
        const Type *u = under(s->send.chan->type);
        assign_to(a, with_note(a, heap_hole(a), NULL, "send"), s->send.value,
                  u && u->kind == TYPE_CHAN ? u->chan.elem : NULL, s->send.value->pos);
        return;
    }
    case STMT_SELECT:
        for (int i = 0; i < s->select.clauses.len; i++) {
            Stmt *c = s->select.clauses.data[i];
            stmt(a, c->comm.comm);
            block(a, &c->comm.body);
        }
        return;
    case STMT_LABELED:
        if (a->looping_labels && ptrmap_get(a->looping_labels, s))
            a->loop_depth++; /* a backward goto makes a loop; gc never leaves it */
        stmt(a, s->labeled.stmt);
        return;
    default: return;
    }
}

static void block(Analysis *a, StmtVec *v) {
    for (int i = 0; i < v->len; i++)
        stmt(a, v->data[i]);
}

/* ---- a function -------------------------------------------------------------- */

typedef struct LabelFinder {
    AstVisitor v;
    Analysis *a;
    Vec(Stmt *) seen;          /* labeled statements passed so far */
} LabelFinder;

static bool label_stmt(AstVisitor *v, Stmt *s) {
    LabelFinder *f = (LabelFinder *)v;
    if (s->kind == STMT_LABELED)
        vec_push(f->a->arena, &f->seen, s);
    if (s->kind == STMT_BRANCH && s->branch.tok == TOK_GOTO && s->branch.target)
        for (int i = 0; i < f->seen.len; i++)
            if (f->seen.data[i] == s->branch.target)
                ptrmap_put(f->a->arena, &f->a->looping_labels, s->branch.target, s);
    return true;
}

static bool label_expr(AstVisitor *v, Expr *e) {
    (void)v;
    return e->kind != EXPR_FUNC_LIT;
}

/* Parameters and results: locations at loop depth 1, as gc's. */
static void params(Analysis *a, EFunc *f) {
    f->params.len = f->results.len = 0;
    if (f->recv) {
        Symbol *s = f->recv->names.len ? f->recv->names.data[0]->ident.sym : NULL;
        Location *l = declare(a, s);
        if (l)
            l->is_param = true;
        vec_push(a->arena, &f->params, l);
    }
    FieldVec *ps = &f->ftype->func_type.params;
    for (int i = 0; i < ps->len; i++) {
        Field *fd = ps->data[i];
        int names = fd->names.len ? fd->names.len : 1;
        for (int j = 0; j < names; j++) {
            Symbol *s = fd->names.len ? fd->names.data[j]->ident.sym : NULL;
            Location *l = declare(a, s);
            if (l)
                l->is_param = true;
            vec_push(a->arena, &f->params, l);
        }
    }
    FieldVec *rs = &f->ftype->func_type.results;
    int index = 0;
    for (int i = 0; i < rs->len; i++) {
        Field *fd = rs->data[i];
        int names = fd->names.len ? fd->names.len : 1;
        for (int j = 0; j < names; j++, index++) {
            Symbol *s = fd->names.len ? fd->names.data[j]->ident.sym : NULL;
            Location *l = s && strcmp(s->name, "_") != 0 ? declare(a, s) : NULL;
            if (!l)
                l = esc_new_loc(a, LOC_RESULT, f);
            l->is_result = true;
            l->result_index = index;
            vec_push(a->arena, &f->results, l);
        }
    }
}

void esc_declare_params(Analysis *a, EFunc *f) {
    a->cur = f;
    f->batch = a->batch;
    a->loop_depth = 1;
    params(a, f);
}

void esc_build_function(Analysis *a, EFunc *f) {
    if (f->batch != a->batch || (!f->params.len && !f->results.len))
        esc_declare_params(a, f);
    a->cur = f;
    a->loop_depth = 1;
    LabelFinder lf = {{.stmt = label_stmt, .expr = label_expr}, a, {0}};
    ast_walk_stmt(&lf.v, f->body);
    a->defer_loc = esc_new_loc(a, LOC_DEFER, f);
    block(a, &f->body->block.stmts);
}

/* Package-level variables: each initializer into its variable, which for
 * a package-level variable is the heap. */
/* gc lays out a package variable's literal initializer in static data
 * (its staticinit): the arrays of its slice literals, its &T{} and func
 * literals, []byte of a constant, and the box of every value stored in
 * it as an interface are never allocated, and -m says nothing of them.
 * go2c builds them when the program starts, once, on the heap: the
 * JSON's verdict says so, -m stays gc's.  Marked before the flows are
 * built, so that their sites are unreported from the start. */
static void static_init(Analysis *a, const Expr *e) {
    e = unparen((Expr *)e);
    ptrmap_put(a->arena, &a->static_boxes, e, (void *)e);
    switch (e->kind) {
    case EXPR_UNARY:
        if (e->unary.op == TOK_AND && unparen(e->unary.x)->kind == EXPR_COMPOSITE_LIT) {
            ptrmap_put(a->arena, &a->static_data, e, (void *)e);
            static_init(a, e->unary.x);
        }
        return;
    case EXPR_COMPOSITE_LIT: {
        const Type *u = under(e->type);
        if (u->kind == TYPE_POINTER)
            u = under(u->pointer.elem);
        if (u->kind == TYPE_MAP)
            return; /* a map is made at run time */
        ptrmap_put(a->arena, &a->static_data, e, (void *)e);
        for (int i = 0; i < e->composite.elts.len; i++) {
            const Expr *el = e->composite.elts.data[i];
            static_init(a, el->kind == EXPR_KEY_VALUE ? el->key_value.value : el);
        }
        return;
    }
    case EXPR_FUNC_LIT: ptrmap_put(a->arena, &a->static_data, e, (void *)e); return;
    case EXPR_CALL: /* []byte("...") */
        if (e->call.fun->sema_mode == MODE_TYPE && e->call.args.len == 1 &&
            e->call.args.data[0]->sema_mode == MODE_CONST)
            ptrmap_put(a->arena, &a->static_data, e, (void *)e);
        return;
    default: return;
    }
}

void esc_build_globals(Analysis *a, EFunc *f) {
    a->cur = f;
    a->loop_depth = 1;
    a->defer_loc = esc_new_loc(a, LOC_DEFER, f);
    for (int i = 0; i < a->pkg->var_init_order.len; i++) {
        Decl *d = a->pkg->var_init_order.data[i];
        ExprVec *names = &d->value.names, *values = &d->value.values;
        int n = names->len;
        Hole *ks = arena_alloc(a->arena, sizeof(Hole) * (size_t)(n + 1));
        for (int j = 0; j < n; j++)
            ks[j] = strcmp(names->data[j]->ident.name, "_") == 0 ? discard(a) : heap_hole(a);
        if (values->len == 1 && n > 1) {
            Expr *r = unparen(values->data[0]);
            if (r->kind == EXPR_CALL && r->call.fun->sema_mode != MODE_TYPE)
                call(a, ks, n, r, NULL);
            else
                expr(a, ks[0], r);
            continue;
        }
        for (int j = 0; j < values->len && j < n; j++) {
            Symbol *s = names->data[j]->ident.sym;
            static_init(a, values->data[j]);
            if (values->len == n) /* gc: the declaration's own assignment */
                ks[j] = stmt_note(a, ks[j],
                                  arena_printf(a->arena, "%s = %s", names->data[j]->ident.name,
                                               esc_node_string(a, values->data[j])),
                                  names->data[0]->pos, "assign");
            assign_to(a, ks[j], values->data[j], s ? s->type : NULL, values->data[j]->pos);
        }
    }
}
