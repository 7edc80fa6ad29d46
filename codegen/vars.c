/*
 * vars.c — where variables and allocations live: the one place in the code
 * generator that decides, by reading escape analysis's verdicts.
 *
 * A C local dies with its function; a Go variable lives as long as
 * something refers to it.  A variable escape analysis keeps in the frame
 * is a C local, even when its address is taken (&x is then C's &x).  One
 * whose address outlives the frame ("moved to heap: x") lives in a
 * garbage-collected cell: the C local is a pointer to it (`T *x`) and uses
 * read `(*x)`.  A closure holds a captured variable's address (by
 * reference), or a copy of it when gc's rule captures it by value.
 *
 * With -escape=off the verdicts are ignored and go2c falls back to what it
 * did before escape analysis: every variable whose address is taken or
 * that a closure uses lives on the heap, and so does every allocation.
 *
 * Every allocation site of the generated program goes through this file
 * (cg_alloc_site, cg_alloc_env, cg_tmp_buffer): frame storage when escape
 * analysis keeps the site in the frame, the GC heap otherwise.  The
 * runtime's own allocations (append growth, map tables, strings built by
 * fmt) are always on the heap.
 */
#include "internal.h"

#include <stdarg.h>
#include <string.h>

/* ---- the addressed variables ---------------------------------------------------
 * A local whose address is taken (&x, x.M() with M on *T, x[:] of an array)
 * or that a closure uses.  With -escape=off each lives on the heap; else
 * escape analysis decides, and one that stays on the stack is declared in
 * the function's frame, since the pointer may be used after the block that
 * declares the variable has ended (its C lifetime). */

static void heap_add(Gen *g, const Symbol *s) {
    if (s && s->kind == SYM_VAR && !s->is_global)
        ptrmap_put(g->arena, &g->heap_vars, s, (void *)s);
}

bool cg_addressed(Gen *g, const Symbol *s) { return ptrmap_get(g->heap_vars, s) != NULL; }

bool cg_on_heap(Gen *g, const Symbol *s) {
    if (!g->opts.escape_off) {
        const EscapeVar *v = escape_var_of(g->esc, s);
        return v && (v->verdict == ESC_HEAP || v->outlives_body);
    }
    return cg_addressed(g, s);
}

/* "T name;" at the top of the function (FuncState.frame). */
static void frame_decl(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void frame_decl(Gen *g, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_puts(&g->fs->frame, "    ");
    sb_vprintf(&g->fs->frame, fmt, ap);
    sb_puts(&g->fs->frame, "\n");
    va_end(ap);
}

const char *cg_body_with_frame(Gen *g, const StrBuf *code) {
    StrBuf *frame = &g->fs->frame;
    const char *body = arena_printf(g->arena, "%s%s", frame->len ? frame->data : "",
                                    code->len ? code->data : "");
    sb_free(frame);
    *frame = (StrBuf){0};
    return body;
}

/* Declares a stack local in the frame; the statement that declares it in
 * Go sets it, each time it runs. */
void cg_frame_local(Gen *g, const char *ctype, const char *name) {
    frame_decl(g, "%s %s; /* its address is taken: lives as long as the call */", ctype, name);
}

/* ---- finding them ------------------------------------------------------------ */

static Expr *unparen(Expr *e) {
    while (e && e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_pointer(const Type *t) {
    const Type *u = t ? type_under(t) : NULL;
    return u && u->kind == TYPE_POINTER;
}

static bool is_array(const Type *t) {
    const Type *u = t ? type_under(t) : NULL;
    return u && u->kind == TYPE_ARRAY;
}

/* The variable whose storage e is part of (x, x.f, x[i] of an array x),
 * or NULL when e is reached through a pointer, a slice or a map. */
static Symbol *root_var(Gen *g, Expr *e) {
    e = unparen(e);
    switch (e->kind) {
    case EXPR_IDENT: return e->ident.sym;
    case EXPR_SELECTOR:
        if (e->selector.x->sema_mode == MODE_PACKAGE || is_pointer(e->selector.x->type))
            return NULL;
        {   /* an embedded pointer on the way ends the variable */
            Lookup l = type_lookup(g->arena, e->selector.x->type, e->selector.sel->ident.name);
            if (l.kind != LOOKUP_FIELD || l.indirect)
                return NULL;
        }
        return root_var(g, e->selector.x);
    case EXPR_INDEX:
        return is_array(e->index.x->type) ? root_var(g, e->index.x) : NULL;
    default: return NULL;
    }
}

typedef struct Finder {
    AstVisitor v;
    Gen *g;
} Finder;

/* x.M() or x.M with M on *T and x a T variable: Go takes &x. */
static void pointer_method_use(Gen *g, Expr *e) {
    Expr *x = e->selector.x;
    if (x->sema_mode == MODE_PACKAGE || x->sema_mode == MODE_TYPE || is_pointer(x->type))
        return;
    Lookup l = type_lookup(g->arena, x->type, e->selector.sel->ident.name);
    if (l.kind == LOOKUP_METHOD && !l.in_interface && l.method->pointer_recv && !l.indirect)
        heap_add(g, root_var(g, x));
}

static bool find_expr(AstVisitor *v, Expr *e) {
    Gen *g = ((Finder *)v)->g;
    switch (e->kind) {
    case EXPR_UNARY:
        if (e->unary.op == TOK_AND)
            heap_add(g, root_var(g, e->unary.x));
        break;
    case EXPR_SLICE:
        if (is_array(e->slice.x->type))
            heap_add(g, root_var(g, e->slice.x));
        break;
    case EXPR_SELECTOR:
        pointer_method_use(g, e);
        break;
    case EXPR_FUNC_LIT: {
        const Symbol **caps;
        int n = cg_captures(g, e, &caps);
        for (int i = 0; i < n; i++)
            heap_add(g, caps[i]);
        break;
    }
    default: break;
    }
    return true;
}

const char *cg_heap_reason(Gen *g, const Symbol *s) {
    if (g->opts.escape_off)
        return "heap: its address is taken or a closure uses it (-escape=off)";
    const EscapeVar *v = escape_var_of(g->esc, s);
    return arena_printf(g->arena, "heap: %s", v ? v->reason : "escapes");
}

bool cg_captured_by_value(Gen *g, const Symbol *s) {
    if (g->opts.escape_off)
        return false;
    const EscapeVar *v = escape_var_of(g->esc, s);
    return v && v->captured_by_value;
}

/* Every function body and package variable initializer. */
static void walk_package(Gen *g, AstVisitor *v) {
    for (int i = 0; i < g->pkg->files.len; i++) {
        DeclVec *decls = &g->pkg->files.data[i]->decls;
        for (int j = 0; j < decls->len; j++)
            if (decls->data[j]->kind == DECL_FUNC)
                ast_walk_decl(v, decls->data[j]);
    }
    for (int i = 0; i < g->pkg->var_init_order.len; i++)
        ast_walk_decl(v, g->pkg->var_init_order.data[i]);
}

void cg_find_heap_vars(Gen *g) {
    Finder f = {{.expr = find_expr}, g};
    walk_package(g, &f.v);
}

/* ---- locals only constants name ----------------------------------------------
 * Go counts `a` in len(a) (a an array) or in unsafe.Sizeof(a) as a use, but
 * those are constant expressions: the C has their value and names `a`
 * nowhere, and the C compiler would call `a` unused.  Such a local's
 * declaration gets a `(void)a;`. */

typedef struct UseFinder {
    AstVisitor v;
    Gen *g;
    Vec(Symbol *) in_constants;
    void *at_run_time;  /* Symbol -> itself */
} UseFinder;

/* The local variable an identifier uses (not the one it declares). */
static Symbol *local_var(Expr *e) {
    if (e->kind != EXPR_IDENT || !e->ident.sym)
        return NULL;
    Symbol *s = e->ident.sym;
    return s->kind == SYM_VAR && !s->is_global && s->pos != e->pos ? s : NULL;
}

static bool note_constant_use(AstVisitor *v, Expr *e) {
    UseFinder *f = v->data;
    Symbol *s = local_var(e);
    if (s)
        vec_push(f->g->arena, &f->in_constants, s);
    return true;
}

static bool note_use(AstVisitor *v, Expr *e) {
    UseFinder *f = (UseFinder *)v;
    if (e->sema_mode == MODE_CONST) {
        AstVisitor folded = {.expr = note_constant_use, .data = f};
        ast_walk_expr(&folded, e);
        return false;
    }
    Symbol *s = local_var(e);
    if (s)
        ptrmap_put(f->g->arena, &f->at_run_time, s, s);
    return true;
}

void cg_find_const_only_vars(Gen *g) {
    UseFinder f = {.v = {.expr = note_use}, .g = g};
    walk_package(g, &f.v);
    for (int i = 0; i < f.in_constants.len; i++) {
        Symbol *s = f.in_constants.data[i];
        if (!ptrmap_get(f.at_run_time, s))
            ptrmap_put(g->arena, &g->const_only_vars, s, s);
    }
}

bool cg_only_in_constants(Gen *g, const Symbol *s) { return ptrmap_get(g->const_only_vars, s) != NULL; }

/* ---- captures ------------------------------------------------------------------ */

typedef struct Capture {
    AstVisitor v;
    Gen *g;
    Pos from, to;          /* the literal's extent */
    Vec(const Symbol *) found;
} Capture;

static bool capture_expr(AstVisitor *v, Expr *e) {
    Capture *c = (Capture *)v;
    if (e->kind != EXPR_IDENT)
        return true;
    Symbol *s = e->ident.sym;
    if (!s || s->kind != SYM_VAR || s->is_global || strcmp(s->name, "_") == 0)
        return true;
    if (s->pos >= c->from && s->pos <= c->to)
        return true; /* declared inside the literal */
    for (int i = 0; i < c->found.len; i++)
        if (c->found.data[i] == s)
            return true;
    vec_push(c->g->arena, &c->found, s);
    return true;
}

int cg_captures(Gen *g, Expr *lit, const Symbol ***out) {
    Capture c = {{.expr = capture_expr}, g, lit->pos, lit->func_lit.body->block.rbrace, {0}};
    ast_walk_stmt(&c.v, lit->func_lit.body);
    *out = c.found.data;
    return c.found.len;
}

/* ---- allocation ------------------------------------------------------------------ */

/* Does the site stay in the frame? */
static bool on_stack(Gen *g, const EscapeSite *site) {
    return site && !g->opts.escape_off && site->verdict == ESC_STACK && !site->outlives_body;
}

/* Why a heap site is on the heap, in words. */
static const char *heap_why(Gen *g, const EscapeSite *site) {
    if (g->opts.escape_off)
        return "-escape=off";
    if (!site)
        return "always on the heap";
    return site->outlives_body ? "a deferred call uses it after the body returns" : site->reason;
}

static const char *site_comment(Gen *g, const EscapeSite *site) {
    if (on_stack(g, site))
        return "stack: does not escape";
    if (!g->opts.escape_off && !site)
        return "heap";
    return arena_printf(g->arena, "heap: %s", heap_why(g, site));
}

/* ---- the allocation profile's site descriptors (GO2CDEBUG=allocs=1) ----------
 * Each heap allocation in the C names a static GoAllocSite: where it is in
 * the Go source, what it allocates and why it is on the heap, which
 * runtime/rt_profile.c prints at exit when the profile is on. */

/* s as a C string literal (quotes, backslashes, ? and controls escaped). */
static void put_c_string(StrBuf *b, const char *s) {
    sb_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\' || *p == '?')  /* ? : no trigraphs */
            sb_printf(b, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f)
            sb_printf(b, "\\%03o", *p);
        else
            sb_putc(b, (char)*p);
    }
    sb_putc(b, '"');
}

/* Declares a descriptor; returns its name (site__N). */
static const char *site_descriptor(Gen *g, Pos pos, const char *what, const char *reason) {
    const char *name = cg_fresh_global(g, "site_");
    const char *where = "-";
    if (pos != NOPOS) {
        Position p = source_position(g->arena, &g->comp->sources, pos);
        where = arena_printf(g->arena, "%s:%d:%d", p.file, p.line, p.col);
    }
    sb_printf(&g->descs, "static GoAllocSite %s = {.pos = ", name);
    put_c_string(&g->descs, where);
    sb_puts(&g->descs, ", .what = ");
    put_c_string(&g->descs, what);
    sb_puts(&g->descs, ", .reason = ");
    put_c_string(&g->descs, reason);
    sb_puts(&g->descs, "};\n");
    return name;
}

/* Go source as the profile shows it: ASCII, `{...}` for literals' bodies. */
static const char *expr_text(Gen *g, const Expr *e) {
    const char *s = ast_expr_string(g->arena, e);
    StrBuf b = {0};
    for (; *s; s++) {
        if (strncmp(s, "\xE2\x80\xA6", 3) == 0) { /* the ellipsis character */
            sb_puts(&b, "...");
            s += 2;
        } else {
            sb_putc(&b, *s);
        }
    }
    const char *r = arena_strdup(g->arena, b.data ? b.data : "");
    sb_free(&b);
    return r;
}

/* What an allocation site allocates, as -m names it. */
static const char *site_what(Gen *g, const EscapeSite *site, const Type *t) {
    if (!site)
        return t ? arena_printf(g->arena, "%s value", type_string(g->arena, t)) : "allocation";
    switch (site->kind) {
    case SITE_VARIADIC_ARGS: return "... argument";
    case SITE_CLOSURE: return "func literal";
    default: return site->expr ? expr_text(g, site->expr) : "allocation";
    }
}

/* Where a site without an EscapeSite is: the statement being generated. */
static Pos site_pos(Gen *g, const EscapeSite *site) {
    if (site)
        return site->pos;
    return g->fs ? g->fs->pos : NOPOS;
}

/* The heap allocation expression of count t's (count NULL: one) charged to
 * the descriptor `desc`. */
static const char *alloc_at(Gen *g, const Type *t, const char *count, const char *desc) {
    const char *ct = cg_ctype(g, t);
    const char *fn = type_has_pointers(t) ? "rt_alloc_at" : "rt_alloc_atomic_at";
    if (count)
        return arena_printf(g->arena, "(%s *)%s(sizeof(%s) * (size_t)(%s), &%s)", ct, fn, ct, count,
                            desc);
    return arena_printf(g->arena, "(%s *)%s(sizeof(%s), &%s)", ct, fn, ct, desc);
}

const char *cg_alloc_var(Gen *g, const Symbol *s) {
    const char *reason;
    if (g->opts.escape_off) {
        reason = "-escape=off: its address is taken or a closure uses it";
    } else {
        const EscapeVar *v = escape_var_of(g->esc, s);
        reason = !v ? "escapes"
                 : v->verdict == ESC_HEAP ? v->reason
                                          : "a deferred call uses it after the body returns";
    }
    const char *desc = site_descriptor(g, s->pos, arena_printf(g->arena, "moved to heap: %s", s->name),
                                       reason);
    return alloc_at(g, s->type, NULL, desc);
}

const char *cg_alloc_env(Gen *g, const char *struct_name, const char *why, const EscapeSite *site) {
    const char *c = cg_temp(g, "clo");
    if (on_stack(g, site)) {
        const char *stk = cg_temp(g, "stk");
        frame_decl(g, "struct %s %s;", struct_name, stk);
        cg_line(g, "memset(&%s, 0, sizeof %s); /* %s: stack: does not escape */", stk, stk, why);
        cg_line(g, "struct %s *%s = &%s;", struct_name, c, stk);
        return c;
    }
    const char *what = site ? site_what(g, site, NULL) : why;
    const char *desc = site_descriptor(g, site_pos(g, site), what, heap_why(g, site));
    cg_line(g, "struct %s *%s = rt_alloc_at(sizeof *%s, &%s); /* %s: %s */", struct_name, c, c, desc,
            why, site_comment(g, site));
    return c;
}

const char *cg_tmp_buffer(Gen *g, const EscapeSite *site) {
    if (!on_stack(g, site))
        return NULL;
    const char *buf = cg_temp(g, "stk");
    frame_decl(g, "uint8_t %s[RT_TMP_BUF]; /* stack: does not escape (longer results: heap) */", buf);
    return buf;
}

const char *cg_alloc_site(Gen *g, const EscapeSite *site, const Type *t, const char *count) {
    const char *ct = cg_ctype(g, t);
    const char *p = cg_temp(g, "tmp");
    if (on_stack(g, site)) {
        const char *stk = cg_temp(g, "stk");
        frame_decl(g, "%s %s[%s];", ct, stk, count ? count : "1");
        cg_line(g, "memset(%s, 0, sizeof %s); /* %s */", stk, stk, site_comment(g, site));
        cg_line(g, "%s *%s = %s;", ct, p, stk);
        return p;
    }
    const char *desc = site_descriptor(g, site_pos(g, site), site_what(g, site, t), heap_why(g, site));
    cg_line(g, "%s *%s = %s; /* %s */", ct, p, alloc_at(g, t, count, desc), site_comment(g, site));
    return p;
}

const char *cg_alloc_site_desc(Gen *g, const EscapeSite *site) {
    const char *why = on_stack(g, site)
                          ? "the runtime allocates it (escape analysis: does not escape)"
                          : heap_why(g, site);
    return site_descriptor(g, site_pos(g, site), site_what(g, site, NULL), why);
}

const char *cg_alloc_empty(Gen *g) {
    (void)g;
    return "rt_alloc_atomic(1)"; /* a zero-sized object's address: not nil */
}

const char *cg_alloc(Gen *g, const Type *t, const char *count) {
    const char *ct = cg_ctype(g, t);
    const char *fn = type_has_pointers(t) ? "rt_alloc" : "rt_alloc_atomic";
    if (count)
        return arena_printf(g->arena, "(%s *)%s(sizeof(%s) * (size_t)(%s))", ct, fn, ct, count);
    return arena_printf(g->arena, "(%s *)%s(sizeof(%s))", ct, fn, ct);
}
