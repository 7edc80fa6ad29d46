/*
 * report.c — the decisions in gc's words: `go2c build -m` prints what
 * `go build -gcflags='-m -l'` prints, and -m=2 adds gc's explanations.
 *
 *   leaking param: p                     p reaches the heap
 *   leaking param content: p             what p points to does
 *   leaking param: p to result ~r0 level=0
 *   p does not escape                    (parameters holding pointers)
 *   moved to heap: x                     x's address outlives its frame
 *   &T{...} escapes to heap / new(T) does not escape / ... argument ...
 *
 * Lines are produced per batch of functions, in gc's order within a
 * function: parameters, variables moved to the heap, then the allocation
 * sites by position.  Expressions are printed as gc prints its nodes
 * (composite literals elided as {...}, conversions to composite types
 * parenthesized: ([]byte)(s)).
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- gc's printing of types and expressions --------------------------------- */

static void type_str(Analysis *a, StrBuf *b, const Type *t);

static void type_list(Analysis *a, StrBuf *b, const TypeVec *v, bool variadic) {
    for (int i = 0; i < v->len; i++) {
        if (i)
            sb_puts(b, ", ");
        if (variadic && i == v->len - 1) {
            sb_puts(b, "...");
            type_str(a, b, type_under(v->data[i])->slice.elem);
        } else {
            type_str(a, b, v->data[i]);
        }
    }
}

static void type_str(Analysis *a, StrBuf *b, const Type *t) {
    if (!t) {
        sb_puts(b, "?");
        return;
    }
    if (t->name && t->kind != TYPE_NAMED) { /* byte, rune, any as written */
        sb_puts(b, t->name);
        return;
    }
    switch (t->kind) {
    case TYPE_NAMED: {
        const char *pkg = t->named.pkg;
        if (pkg && a && a->pkg->path && strcmp(pkg, a->pkg->path) != 0) {
            const char *slash = strrchr(pkg, '/');
            sb_printf(b, "%s.", slash ? slash + 1 : pkg);
        }
        sb_puts(b, t->named.obj->name);
        return;
    }
    case TYPE_POINTER: sb_putc(b, '*'); type_str(a, b, t->pointer.elem); return;
    case TYPE_SLICE: sb_puts(b, "[]"); type_str(a, b, t->slice.elem); return;
    case TYPE_ARRAY: sb_printf(b, "[%lld]", (long long)t->array.len); type_str(a, b, t->array.elem); return;
    case TYPE_MAP:
        sb_puts(b, "map[");
        type_str(a, b, t->map.key);
        sb_putc(b, ']');
        type_str(a, b, t->map.value);
        return;
    case TYPE_FUNC:
        sb_puts(b, "func(");
        type_list(a, b, &t->func.params, t->func.variadic);
        sb_putc(b, ')');
        if (t->func.results.len == 1) {
            sb_putc(b, ' ');
            type_str(a, b, t->func.results.data[0]);
        } else if (t->func.results.len > 1) {
            sb_puts(b, " (");
            type_list(a, b, &t->func.results, false);
            sb_putc(b, ')');
        }
        return;
    case TYPE_INTERFACE:
        if (!t->iface.all.len) {
            sb_puts(b, "interface {}");
            return;
        }
        sb_puts(b, "interface { ");
        for (int i = 0; i < t->iface.all.len; i++) {
            StrBuf sig = {0};
            type_str(a, &sig, t->iface.all.data[i].sig);
            sb_printf(b, "%s%s%s", i ? "; " : "", t->iface.all.data[i].name, sig.data + 4);
            sb_free(&sig);
        }
        sb_puts(b, " }");
        return;
    case TYPE_STRUCT:
        if (!t->strct.fields.len) {
            sb_puts(b, "struct {}");
            return;
        }
        sb_puts(b, "struct { ");
        for (int i = 0; i < t->strct.fields.len; i++) {
            const StructField *f = &t->strct.fields.data[i];
            if (i)
                sb_puts(b, "; ");
            if (!f->embedded)
                sb_printf(b, "%s ", f->name);
            type_str(a, b, f->type);
        }
        sb_puts(b, " }");
        return;
    default:
        sb_puts(b, type_kind_name(t->kind));
    }
}

/* b's text, kept in the arena; b is freed. */
static const char *take_text(Analysis *a, StrBuf *b) {
    const char *r = arena_strdup(a->arena, b->data ? b->data : "");
    sb_free(b);
    return r;
}

const char *esc_type_string(Analysis *a, const Type *t) {
    StrBuf b = {0};
    type_str(a, &b, t);
    return take_text(a, &b);
}

static void node(Analysis *a, StrBuf *b, const Expr *e);
static void node_prec(Analysis *a, StrBuf *b, const Expr *e, int prec);

static void node_list(Analysis *a, StrBuf *b, const ExprVec *v) {
    for (int i = 0; i < v->len; i++) {
        if (i)
            sb_puts(b, ", ");
        node(a, b, v->data[i]);
    }
}

/* A type operand of a conversion, new or make, as gc prints it. */
static void type_operand(Analysis *a, StrBuf *b, const Expr *te, const Type *t) {
    (void)te;
    type_str(a, b, t);
}

/* A type gc prints bare before a conversion's operand: a name (any too),
 * not a literal such as []byte or interface {}. */
static bool simple_type_name(const Type *t) {
    return t->kind == TYPE_NAMED || t->kind <= TYPE_STRING || (t->name && t->kind == TYPE_INTERFACE);
}

/* A call's arguments as gc prints them once it has packed the extra
 * arguments of a variadic function into a slice: `... argument...`, or
 * `nil...` when there are none. */
static void call_args_node(Analysis *a, StrBuf *b, const Expr *e, bool after_receiver) {
    const Expr *fun = e->call.fun;
    while (fun->kind == EXPR_PAREN)
        fun = fun->paren.x;
    const Type *ft = fun->sema_mode == MODE_BUILTIN || !fun->type ? NULL : type_under(fun->type);
    bool tuple = e->call.args.len == 1 && e->call.args.data[0]->type &&
                 e->call.args.data[0]->type->kind == TYPE_TUPLE;
    bool variadic = ft && ft->kind == TYPE_FUNC && ft->func.variadic;
    int fixed = variadic ? ft->func.params.len - 1 : e->call.args.len;
    const Symbol *s = sema_callee(e);
    if (s && s->kind == SYM_BUILTIN) { /* fmt's printing functions are the compiler's */
        switch (s->builtin) {
        case BUILTIN_FMT_PRINT: case BUILTIN_FMT_PRINTLN: case BUILTIN_FMT_SPRINT:
        case BUILTIN_FMT_SPRINTLN: variadic = true; fixed = 0; break;
        case BUILTIN_FMT_PRINTF: case BUILTIN_FMT_SPRINTF: variadic = true; fixed = 1; break;
        default: break;
        }
    }
    bool packed = variadic && !e->call.has_ellipsis && !tuple;
    if (!packed)
        fixed = e->call.args.len;
    for (int i = 0; i < fixed && i < e->call.args.len; i++) {
        if (i || after_receiver)
            sb_puts(b, ", ");
        node(a, b, e->call.args.data[i]);
    }
    if (packed) {
        if (fixed || after_receiver)
            sb_puts(b, ", ");
        sb_puts(b, e->call.args.len > fixed ? "... argument..." : "nil...");
    } else if (e->call.has_ellipsis) {
        sb_puts(b, "...");
    }
}

/* gc prints a call of a concrete type's method as a call of its method
 * expression, the receiver first as written (no & or *), with the
 * embedded fields it is promoted through: (*T).M(x.Inner, args). */
static bool method_call_node(Analysis *a, StrBuf *b, const Expr *e, const Expr *fun) {
    if (fun->kind != EXPR_SELECTOR)
        return false;
    const Expr *x = fun->selector.x;
    const char *name = fun->selector.sel->ident.name;
    if (x->sema_mode == MODE_PACKAGE || x->sema_mode == MODE_TYPE || !x->type)
        return false;
    const Type *dt = ptrmap_get(a->devirtualized, e); /* gc calls T's method on x.(T) */
    Lookup l = type_lookup(a->arena, (Type *)(dt ? dt : x->type), name);
    if (l.kind != LOOKUP_METHOD || l.in_interface || !l.owner)
        return false;
    if (l.method->pointer_recv) {
        sb_puts(b, "(*");
        type_str(a, b, l.owner);
        sb_putc(b, ')');
    } else {
        type_str(a, b, l.owner);
    }
    sb_printf(b, ".%s(", name);
    node_prec(a, b, x, 8);
    if (dt) {
        sb_puts(b, ".(");
        type_str(a, b, dt);
        sb_putc(b, ')');
    }
    const Type *t = dt ? dt : x->type;
    for (int i = 0; i < l.path_len; i++) {
        const Type *u = type_under(t);
        if (u->kind == TYPE_POINTER)
            u = type_under(u->pointer.elem);
        const StructField *f = &u->strct.fields.data[l.path[i]];
        sb_printf(b, ".%s", f->name);
        t = f->type;
    }
    call_args_node(a, b, e, true);
    sb_putc(b, ')');
    return true;
}

static void call_node(Analysis *a, StrBuf *b, const Expr *e) {
    const Expr *fun = e->call.fun;
    while (fun->kind == EXPR_PAREN)
        fun = fun->paren.x;
    if (fun->sema_mode == MODE_TYPE) { /* a conversion */
        const Type *t = fun->type;
        const Expr *x = e->call.args.len == 1 ? e->call.args.data[0] : NULL;
        if (x && x->sema_mode == MODE_CONST && type_is_string(x->type) &&
            type_under(t)->kind == TYPE_SLICE && type_under(type_under(t)->slice.elem)->kind == TYPE_INT32) {
            /* gc turns []rune("const") into a literal of the runes */
            type_str(a, b, t);
            sb_puts(b, x->cval && x->cval->s_len ? "{...}" : "{}");
            return;
        }
        if (simple_type_name(t)) {
            type_str(a, b, t);
        } else {
            sb_putc(b, '(');
            type_str(a, b, t);
            sb_putc(b, ')');
        }
        sb_putc(b, '(');
        node_list(a, b, &e->call.args);
        sb_putc(b, ')');
        return;
    }
    Symbol *s = sema_callee(e);
    if (s && s->kind == SYM_BUILTIN && (s->builtin == BUILTIN_NEW || s->builtin == BUILTIN_MAKE)) {
        sb_printf(b, "%s(", s->name);
        type_operand(a, b, e->call.args.data[0], e->call.args.data[0]->type);
        for (int i = 1; i < e->call.args.len; i++) {
            sb_puts(b, ", ");
            node(a, b, e->call.args.data[i]);
        }
        sb_putc(b, ')');
        return;
    }
    if (method_call_node(a, b, e, fun))
        return;
    node_prec(a, b, fun, 8);
    sb_putc(b, '(');
    call_args_node(a, b, e, false);
    sb_putc(b, ')');
}

/* gc's precedence of an expression when it prints it (ir.OpPrec): an
 * operand printed where a higher one is expected gets parentheses.  A
 * string concatenation (OADDSTR) and a func literal have none, so they are
 * always parenthesized inside another operator; user parentheses are not
 * kept (gc has dropped them). */
static bool is_concat(const Expr *e) {
    return e->kind == EXPR_BINARY && e->binary.op == TOK_ADD && e->sema_mode != MODE_CONST &&
           e->type && type_is_string(e->type);
}

static int prec_of(const Expr *e) {
    switch (e->kind) {
    case EXPR_BINARY:
        if (is_concat(e))
            return 0;
        switch (e->binary.op) {
        case TOK_MUL: case TOK_QUO: case TOK_REM: case TOK_SHL: case TOK_SHR: case TOK_AND:
        case TOK_AND_NOT: return 6;
        case TOK_ADD: case TOK_SUB: case TOK_OR: case TOK_XOR: return 5;
        case TOK_LAND: return 2;
        case TOK_LOR: return 1;
        default: return 4; /* comparisons */
        }
    case EXPR_UNARY: case EXPR_STAR: return 7;
    case EXPR_FUNC_LIT: return 0;
    default: return 8;
    }
}

static void node_prec(Analysis *a, StrBuf *b, const Expr *e, int prec);

static const Expr *strip_parens(const Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static void node(Analysis *a, StrBuf *b, const Expr *e) { node_prec(a, b, e, 0); }

/* The operands of a concatenation chain, flattened as gc's OADDSTR. */
static void concat_node(Analysis *a, StrBuf *b, const Expr *e) {
    if (is_concat(e)) {
        concat_node(a, b, strip_parens(e->binary.x));
        sb_puts(b, " + ");
        concat_node(a, b, strip_parens(e->binary.y));
        return;
    }
    node_prec(a, b, e, 0);
}

/* A field selected through embedded fields: gc spells out the path. */
static void selector_node(Analysis *a, StrBuf *b, const Expr *e) {
    const Expr *x = e->selector.x;
    node_prec(a, b, x, 8);
    if (x->sema_mode != MODE_PACKAGE && x->sema_mode != MODE_TYPE && x->type) {
        Lookup l = type_lookup(a->arena, x->type, e->selector.sel->ident.name);
        const Type *t = x->type;
        for (int i = 0; l.kind == LOOKUP_FIELD && i < l.path_len; i++) {
            const Type *u = type_under(t);
            if (u->kind == TYPE_POINTER)
                u = type_under(u->pointer.elem);
            const StructField *f = &u->strct.fields.data[l.path[i]];
            sb_printf(b, ".%s", f->name);
            t = f->type;
        }
    }
    sb_printf(b, ".%s", e->selector.sel->ident.name);
}

static void node_prec(Analysis *a, StrBuf *b, const Expr *e, int prec) {
    if (e->sema_mode == MODE_CONST && e->kind != EXPR_CALL) {
        /* a constant keeps its source text, as written */
        sb_puts(b, ast_expr_string(a->arena, e));
        return;
    }
    e = strip_parens(e);
    if (prec > prec_of(e)) {
        sb_putc(b, '(');
        node_prec(a, b, e, 0);
        sb_putc(b, ')');
        return;
    }
    switch (e->kind) {
    case EXPR_IDENT: sb_puts(b, e->ident.name); return;
    case EXPR_BASIC_LIT: sb_puts(b, e->lit.text); return;
    case EXPR_UNARY:
        sb_puts(b, token_spelling(e->unary.op));
        if (e->unary.x->kind == EXPR_UNARY && e->unary.x->unary.op == e->unary.op)
            sb_putc(b, ' '); /* - -x */
        node_prec(a, b, e->unary.x, 8);
        return;
    case EXPR_STAR:
        sb_putc(b, '*');
        node_prec(a, b, e->star.x, 8);
        return;
    case EXPR_BINARY:
        if (is_concat(e)) {
            concat_node(a, b, e);
            return;
        }
        node_prec(a, b, e->binary.x, prec_of(e));
        sb_printf(b, " %s ", token_spelling(e->binary.op));
        node_prec(a, b, e->binary.y, prec_of(e) + 1);
        return;
    case EXPR_SELECTOR: selector_node(a, b, e); return;
    case EXPR_INDEX:
        node_prec(a, b, e->index.x, 8);
        sb_putc(b, '[');
        node_list(a, b, &e->index.indices);
        sb_putc(b, ']');
        return;
    case EXPR_SLICE:
        node_prec(a, b, e->slice.x, 8);
        sb_putc(b, '[');
        if (e->slice.lo)
            node(a, b, e->slice.lo);
        sb_putc(b, ':');
        if (e->slice.hi)
            node(a, b, e->slice.hi);
        if (e->slice.three) {
            sb_putc(b, ':');
            if (e->slice.max)
                node(a, b, e->slice.max);
        }
        sb_putc(b, ']');
        return;
    case EXPR_CALL: call_node(a, b, e); return;
    case EXPR_COMPOSITE_LIT: {
        const Type *t = e->type;
        if (t && type_under(t)->kind == TYPE_POINTER) {
            sb_putc(b, '&');
            t = type_under(t)->pointer.elem;
        }
        type_str(a, b, t);
        sb_puts(b, e->composite.elts.len ? "{...}" : "{}");
        return;
    }
    case EXPR_FUNC_LIT: sb_puts(b, "func literal"); return;
    case EXPR_TYPE_ASSERT:
        node_prec(a, b, e->assert.x, 8);
        sb_puts(b, ".(");
        type_str(a, b, e->type && e->type->kind == TYPE_TUPLE ? e->type->tuple.elems.data[0] : e->type);
        sb_putc(b, ')');
        return;
    case EXPR_KEY_VALUE:
        node(a, b, e->key_value.key);
        sb_puts(b, ": ");
        node(a, b, e->key_value.value);
        return;
    default:
        sb_puts(b, ast_expr_string(a->arena, e));
    }
}

const char *esc_node_string(Analysis *a, const Expr *e) {
    StrBuf b = {0};
    node(a, &b, e);
    return take_text(a, &b);
}

/* ---- lines -------------------------------------------------------------------------- */

bool esc_has_path_to(Location *l, const Location *root) {
    for (int i = 0; i < l->path_roots.len; i++)
        if (l->path_roots.data[i] == root)
            return true;
    return false;
}

static void add_line(Analysis *a, Pos pos, int level, const char *text) {
    EscapeResult *r = a->result;
    const Location *l = a->explaining;
    if (a->paths_only || (l && l->kind == LOC_SITE && !l->site->reported)) {
        if (a->explaining)
            vec_push(a->arena, &a->explaining->explain, text);
        return;
    }
    vec_push(a->arena, &r->lines, text);
    vec_push(a->arena, &r->line_levels, level);
    vec_push(a->arena, &r->line_pos, pos);
    if (level == 2 && a->explaining) /* the chain of why, kept with its location */
        vec_push(a->arena, &a->explaining->explain, text);
}

void esc_note_line(Analysis *a, Pos pos, const char *text) { add_line(a, pos, 1, text); }

/* gc devirtualizes every function before it analyses any, so its lines
 * come first, in source order (esc_finish_report). */
void esc_note_devirtualized(Analysis *a, Pos pos, const char *text) {
    vec_push(a->arena, &a->devirt_lines, text);
    vec_push(a->arena, &a->devirt_pos, pos);
}

void esc_finish_report(Analysis *a) {
    EscapeResult *r = a->result;
    int n = a->devirt_lines.len;
    if (!n)
        return;
    /* insertion sort by position: there are few */
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && a->devirt_pos.data[j - 1] > a->devirt_pos.data[j]; j--) {
            Pos p = a->devirt_pos.data[j];
            a->devirt_pos.data[j] = a->devirt_pos.data[j - 1];
            a->devirt_pos.data[j - 1] = p;
            const char *t = a->devirt_lines.data[j];
            a->devirt_lines.data[j] = a->devirt_lines.data[j - 1];
            a->devirt_lines.data[j - 1] = t;
        }
    EscapeResult old = *r;
    memset(&r->lines, 0, sizeof r->lines);
    memset(&r->line_levels, 0, sizeof r->line_levels);
    memset(&r->line_pos, 0, sizeof r->line_pos);
    for (int i = 0; i < n; i++) {
        vec_push(a->arena, &r->lines, a->devirt_lines.data[i]);
        vec_push(a->arena, &r->line_levels, 1);
        vec_push(a->arena, &r->line_pos, a->devirt_pos.data[i]);
    }
    for (int i = 0; i < old.lines.len; i++) {
        vec_push(a->arena, &r->lines, old.lines.data[i]);
        vec_push(a->arena, &r->line_levels, old.line_levels.data[i]);
        vec_push(a->arena, &r->line_pos, old.line_pos.data[i]);
    }
}
void esc_note_line2(Analysis *a, Pos pos, const char *text) { add_line(a, pos, 2, text); }

static const char *where(Analysis *a, Pos pos) {
    Position p = source_position(a->arena, &a->comp->sources, pos);
    return arena_printf(a->arena, "%s:%d:%d", p.file, p.line, p.col);
}

/* A site as -m names it. */
const char *esc_site_name(Analysis *a, const EscapeSite *s) {
    switch (s->kind) {
    case SITE_VARIADIC_ARGS: return "... argument";
    case SITE_CLOSURE: return "func literal";
    default: return esc_node_string(a, s->shown ? s->shown : s->expr);
    }
}

static const char *loc_name(Analysis *a, const Location *l) {
    switch (l->kind) {
    case LOC_VAR: return l->var ? l->var->name : "?";
    case LOC_RESULT: return arena_printf(a->arena, "~r%d", l->result_index);
    case LOC_SITE: return arena_printf(a->arena, "{storage for %s}", esc_site_name(a, l->site));
    case LOC_HEAP: return "{heap}";
    case LOC_DEFER: return "{defer}";
    default: return "{temp}";
    }
}

static Pos loc_pos(const Location *l) {
    if (l->report_pos)
        return l->report_pos;
    if (l->kind == LOC_VAR && l->var)
        return l->var->pos;
    if (l->kind == LOC_SITE)
        return l->site->pos;
    return NOPOS;
}

/* One flow of a path, as gc's explainFlow prints it: the assignment, then
 * the notes that say where in the source it happens. */
static void explain_hop(Analysis *a, Pos pos, const Hop *h) {
    const Edge *e = &h->dst->edges.data[h->edge];
    StrBuf stars = {0};
    for (int i = 0; i < e->derefs; i++)
        sb_putc(&stars, '*');
    add_line(a, pos, 2, arena_printf(a->arena, "  flow: %s = %s%s%s:", loc_name(a, h->dst),
                                     e->derefs < 0 ? "&" : "", stars.data ? stars.data : "",
                                     loc_name(a, h->src)));
    sb_free(&stars);
    for (const Note *n = e->notes; n; n = n->next) {
        if (!n->where && !n->text)
            continue;
        add_line(a, pos, 2, arena_printf(a->arena, "    from %s (%s) at %s",
                                         n->text ? n->text : esc_node_string(a, n->where),
                                         n->why, where(a, n->pos)));
    }
}

static const char *escape_head(Analysis *a, const Location *l) {
    return arena_printf(a->arena, "%s escapes to heap:",
                        l->kind == LOC_SITE ? esc_site_name(a, l->site) : loc_name(a, l));
}

/* gc's explainPath: the chain of flows from l to the root, which the walk
 * left in the locations' dst links. */
void esc_explain(Analysis *a, Location *l, Location *root, int derefs, bool leak) {
    Pos pos = loc_pos(l);
    if (pos == NOPOS)
        return;
    a->explaining = l;
    vec_push(a->arena, &l->path_roots, root);
    add_line(a, pos, 2, leak ? arena_printf(a->arena, "parameter %s leaks to %s with derefs=%d:",
                                            loc_name(a, l), loc_name(a, root), derefs)
                             : escape_head(a, l));
    /* The path can loop back on itself (s.p = &s): like gc, stop at the
       first location seen twice and say so. */
    enum { MAX_PATH = 64 };
    Location *seen[MAX_PATH];
    int steps = 0;
    for (Location *x = l; x->dst && x != root; x = x->dst) {
        bool again = steps == MAX_PATH;
        for (int i = 0; i < steps && !again; i++)
            again = seen[i] == x;
        if (again) {
            add_line(a, pos, 2, "  warning: truncated explanation due to assignment cycle; "
                                "see golang.org/issue/35518");
            break;
        }
        seen[steps++] = x;
        explain_hop(a, pos, &(Hop){x, x->dst, x->dst_edge});
    }
    a->explaining = NULL;
}

/* Another path that makes l escape (paths.c finds them): recorded with l
 * for the tools, in the same words, never printed by -m=2. */
void esc_explain_hops(Analysis *a, Location *l, const Hop *hops, int n) {
    Pos pos = loc_pos(l);
    if (pos == NOPOS)
        return;
    a->explaining = l;
    add_line(a, pos, 2, escape_head(a, l));
    for (int i = 0; i < n; i++)
        explain_hop(a, pos, &hops[i]);
    a->explaining = NULL;
}

/* An implicit allocation too big (or unsized) for the stack. */
void esc_explain_too_large(Analysis *a, Location *l, const char *why) {
    const char *name = esc_site_name(a, l->site);
    Pos pos = l->site->pos;
    a->explaining = l;
    add_line(a, pos, 2, arena_printf(a->arena, "%s escapes to heap:", name));
    add_line(a, pos, 2, arena_printf(a->arena, "  flow: {heap} = &{storage for %s}:", name));
    add_line(a, pos, 2, arena_printf(a->arena, "    from %s (%s) at %s", name, why, where(a, pos)));
    a->explaining = NULL;
}

/* ---- a batch's lines ------------------------------------------------------------------- */

static int by_pos(const void *x, const void *y) {
    const Location *a = *(Location *const *)x, *b = *(Location *const *)y;
    Pos pa = loc_pos(a), pb = loc_pos(b);
    return pa < pb ? -1 : pa > pb;
}

static const char *result_name(Analysis *a, const EFunc *f, int i) {
    if (i < f->results.len && f->results.data[i]->kind == LOC_VAR)
        return f->results.data[i]->var->name;
    return arena_printf(a->arena, "~r%d", i);
}

static void param_lines(Analysis *a, EFunc *f) {
    for (int i = 0; i < f->params.len; i++) {
        Location *p = f->params.data[i];
        if (!p || !p->var || p->escapes || !type_has_pointers(p->var->type))
            continue;
        const char *name = p->var->name;
        /* results reached no sooner than the heap add nothing (gc's Optimize) */
        for (int j = 0; j < MAX_RESULTS; j++)
            if (p->leak_heap >= 0 && p->leak_result[j] >= p->leak_heap)
                p->leak_result[j] = -1;
        bool any = p->leak_heap >= 0;
        for (int j = 0; j < MAX_RESULTS; j++)
            any |= p->leak_result[j] >= 0;
        if (!any)
            add_line(a, p->var->pos, 1, arena_printf(a->arena, "%s does not escape", name));
        if (p->leak_heap == 0)
            add_line(a, p->var->pos, 1, arena_printf(a->arena, "leaking param: %s", name));
        else if (p->leak_heap > 0)
            add_line(a, p->var->pos, 1, arena_printf(a->arena, "leaking param content: %s", name));
        for (int j = 0; j < MAX_RESULTS; j++)
            if (p->leak_result[j] >= 0)
                add_line(a, p->var->pos, 1,
                         arena_printf(a->arena, "leaking param: %s to result %s level=%d", name,
                                      result_name(a, f, j), p->leak_result[j]));
    }
}

static Pos func_pos(const EFunc *f) {
    return f->decl ? f->decl->pos : f->lit ? f->lit->pos : NOPOS;
}

static int by_func_pos(const void *x, const void *y) {
    Pos pa = func_pos(*(EFunc *const *)x), pb = func_pos(*(EFunc *const *)y);
    return pa < pb ? -1 : pa > pb;
}

void esc_report_batch(Analysis *a, EFunc **funcs, int n) {
    /* a batch of mutually recursive functions, in source order as gc's */
    EFunc **ordered = arena_alloc(a->arena, sizeof(EFunc *) * (size_t)(n ? n : 1));
    if (n)
        memcpy(ordered, funcs, sizeof(EFunc *) * (size_t)n);
    qsort(ordered, (size_t)n, sizeof *ordered, by_func_pos);
    for (int i = 0; i < n; i++)
        param_lines(a, ordered[i]);
    /* closures' parameters too */
    for (int i = 0; i < a->funcs.len; i++) {
        EFunc *f = a->funcs.data[i];
        if (f->lit && f->batch == a->batch)
            param_lines(a, f);
    }
    /* gc prints each line as it goes (-m flushes at once), over its
     * locations in the order it made them: first every declared variable
     * (in declaration order), then the allocations as its walk met them */
    size_t m = (size_t)a->locs.len;
    Location **vars = arena_alloc(a->arena, sizeof(Location *) * (m ? m : 1));
    size_t nvars = 0;
    for (size_t i = 0; i < m; i++)
        if (a->locs.data[i]->kind == LOC_VAR && a->locs.data[i]->var)
            vars[nvars++] = a->locs.data[i];
    qsort(vars, nvars, sizeof *vars, by_pos);
    for (size_t i = 0; i < nvars; i++)
        if (vars[i]->escapes)
            add_line(a, loc_pos(vars[i]), 1, arena_printf(a->arena, "moved to heap: %s", vars[i]->var->name));
    for (size_t i = 0; i < m; i++) {
        Location *l = a->locs.data[i];
        if (l->kind == LOC_SITE && l->site->reported)
            add_line(a, l->site->pos, 1,
                     arena_printf(a->arena, "%s %s", esc_site_name(a, l->site),
                                  l->escapes ? "escapes to heap" : "does not escape"));
    }
}

void escape_report(StrBuf *out, Compilation *c, const EscapeResult *r, int level) {
    for (int i = 0; i < r->lines.len; i++) {
        if (r->line_levels.data[i] > level)
            continue;
        Pos pos = r->line_pos.data[i];
        Position p = source_position(c->arena, &c->sources, pos);
        sb_printf(out, "%s:%d:%d: %s\n", p.file, p.line, p.col, r->lines.data[i]);
    }
}
