/*
 * typexpr.c — type expressions and type declarations.
 *
 * A type expression ([]T, map[K]V, struct{...}, func(...), *T ...) becomes
 * a Type built from its parts.  A type declaration `type T U` makes a
 * defined type T whose underlying type is U's; `type A = B` makes A another
 * name for B.
 *
 * Recursive types are where the subtlety lies (spec: "Type definitions").
 * `type L []L` and `type P *P` are fine: the recursion goes through an
 * indirection.  `type S struct{ s S }` is not: an S would contain itself.
 * So a defined type is resolved in two steps:
 *   1. its underlying type is computed, with references to defined types
 *      (itself included) left as TYPE_NAMED — only `type T T`-like chains,
 *      where the underlying type would be its own, fail here;
 *   2. afterwards, check_valid_types follows the edges "contains by value"
 *      (struct fields, array elements, embedded interfaces) and reports a
 *      cycle as gc does: "invalid recursive type S".
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* [N]T: N must be a constant non-negative int. */
static bool array_length(Checker *k, Expr *len, int64_t *out) {
    check_expr(k, len);
    if (len->sema_mode == MODE_INVALID)
        return false;
    if (len->sema_mode != MODE_CONST) {
        check_error(k, ast_start_pos(len), "array length %s must be constant",
                    operand_string(k, len));
        return false;
    }
    /* gc: a value that is no int at all "must be integer"; a negative
     * one is an "invalid array length" */
    bool integral = type_is_integer(len->type) ||
                    (type_is_untyped(len->type) && const_is_integral(len->cval));
    ConstVal *v = integral ? const_to_int(k->comp, len->cval) : NULL;
    if (!integral || !const_fits_int(v, TYPE_INT)) {
        check_error(k, ast_start_pos(len), "array length %s must be integer", operand_string(k, len));
        return false;
    }
    if (const_sign(v) < 0) {
        check_error(k, ast_start_pos(len), "invalid array length %s", operand_string(k, len));
        return false;
    }
    *out = const_int64(v);
    return true;
}

static Type *field_list_types(Checker *k, FieldVec *fields, TypeVec *out, bool *variadic,
                              bool params) {
    for (int i = 0; i < fields->len; i++) {
        Field *f = fields->data[i];
        Expr *te = f->type;
        Type *t;
        if (te->kind == EXPR_ELLIPSIS) {
            if (!params || i != fields->len - 1 || f->names.len > 1) {
                check_error(k, te->pos, "can only use ... with final parameter in list");
                return NULL;
            }
            Type *elem = check_type(k, te->ellipsis.elem);
            if (!elem)
                return NULL;
            t = type_new_slice(k->arena, elem);
            te->type = t;
            te->sema_mode = MODE_TYPE;
            *variadic = true;
        } else {
            t = check_type(k, te);
            if (!t)
                return NULL;
        }
        int n = f->names.len ? f->names.len : 1;
        for (int j = 0; j < n; j++)
            vec_push(k->arena, out, t);
    }
    return type_basic(TYPE_BOOL); /* any non-NULL: success */
}

Type *check_func_type(Checker *k, Expr *ft) {
    if (ft->func_type.tparams.len) {
        diag_unsupported(k->diags, ft->pos, "generics");
        return NULL;
    }
    Type *t = type_new(k->arena, TYPE_FUNC);
    bool variadic = false, unused = false;
    if (!field_list_types(k, &ft->func_type.params, &t->func.params, &variadic, true) ||
        !field_list_types(k, &ft->func_type.results, &t->func.results, &unused, false))
        return NULL;
    t->func.variadic = variadic;
    return t;
}

/* A function type outside a declaration (`func(i, i int)`, an interface
 * method): its parameter and result names share one block, as they do in
 * a function's body, where declaring them reports a name used twice. */
static Type *func_type_literal(Checker *k, Expr *ft) {
    Type *t = check_func_type(k, ft);
    Scope *saved = k->scope;
    k->scope = scope_new(k->arena, NULL);
    for (int pass = 0; pass < 2; pass++) {
        FieldVec *fields = pass ? &ft->func_type.results : &ft->func_type.params;
        for (int i = 0; i < fields->len; i++)
            for (int j = 0; j < fields->data[i]->names.len; j++)
                declare(k, SYM_VAR, fields->data[i]->names.data[j], NULL);
    }
    k->scope = saved;
    return t;
}

/* The name an embedded field gets: T for T, *T, pkg.T. */
static const char *embedded_name(Expr *te) {
    if (te->kind == EXPR_STAR)
        te = te->star.x;
    if (te->kind == EXPR_SELECTOR)
        te = te->selector.sel;
    return te->kind == EXPR_IDENT ? te->ident.name : NULL;
}

static Type *struct_type(Checker *k, Expr *e) {
    Type *t = type_new(k->arena, TYPE_STRUCT);
    FieldVec *fields = &e->struct_type.fields;
    bool ok = true;
    for (int i = 0; i < fields->len; i++) {
        Field *f = fields->data[i];
        Type *ft = check_type(k, f->type);
        ok &= ft != NULL;
        const char *tag = f->tag ? f->tag->lit.text : NULL;
        int n = f->names.len ? f->names.len : 1;
        for (int j = 0; j < n; j++) {
            StructField sf = {NULL, ft, f->names.len == 0, tag, f->pos};
            if (sf.embedded) {
                sf.name = embedded_name(f->type);
                Type *u = type_under(ft);
                if (ft && ft->kind == TYPE_POINTER)
                    u = type_under(ft->pointer.elem);
                if (u && (u->kind == TYPE_POINTER || (ft->kind == TYPE_POINTER && u->kind == TYPE_INTERFACE))) {
                    check_error(k, ast_start_pos(f->type), "embedded field type cannot be a pointer%s",
                                u->kind == TYPE_INTERFACE ? " to an interface" : "");
                    ok = false;
                }
            } else {
                sf.name = f->names.data[j]->ident.name;
                sf.pos = f->names.data[j]->pos;
            }
            if (!sf.name)
                continue;
            for (int m = 0; m < t->strct.fields.len && strcmp(sf.name, "_") != 0; m++)
                if (strcmp(t->strct.fields.data[m].name, sf.name) == 0) {
                    check_error(k, sf.pos, "%s redeclared", sf.name);
                    ok = false;
                }
            vec_push(k->arena, &t->strct.fields, sf);
        }
    }
    return ok ? t : NULL;
}

/* An interface may embed interfaces; any other type makes it a type
 * constraint (`interface{ int }`), which go2c does not support. */
static bool embeds_interface(Checker *k, Expr *elem) {
    Type *u = type_under(elem->type);
    if (!u || u->kind == TYPE_INTERFACE)
        return true;
    diag_unsupported(k->diags, ast_start_pos(elem), "generics");
    return false;
}

static Type *interface_type(Checker *k, Expr *e) {
    Type *t = type_new(k->arena, TYPE_INTERFACE);
    FieldVec *elems = &e->interface_type.methods;
    for (int i = 0; i < elems->len; i++) {
        Field *f = elems->data[i];
        if (f->names.len) {
            Type *sig = func_type_literal(k, f->type);
            if (!sig)
                return NULL;
            Method m = {f->names.data[0]->ident.name, sig, f->names.data[0]->pos, NULL, false};
            bool dup = false; /* explicit methods: the same name twice, whatever the types */
            for (int j = 0; j < t->iface.methods.len && !dup; j++)
                dup = strcmp(t->iface.methods.data[j].name, m.name) == 0 && strcmp(m.name, "_") != 0;
            if (dup)
                check_error(k, m.pos, "duplicate method %s", m.name);
            else
                vec_push(k->arena, &t->iface.methods, m);
            continue;
        }
        /* an embedded interface, or a type-set term of a constraint */
        if (f->type->kind == EXPR_BINARY || f->type->kind == EXPR_UNARY) {
            diag_unsupported(k->diags, f->type->pos, "generics");
            return NULL;
        }
        Type *et = check_type(k, f->type);
        if (!et)
            return NULL;
        if (!type_under(et))
            vec_push(k->arena, &k->delayed_embeds, f->type); /* checked when resolved */
        else if (!embeds_interface(k, f->type))
            continue;
        vec_push(k->arena, &t->iface.embedded, et);
    }
    vec_push(k->arena, &k->incomplete_ifaces, t);
    return t;
}

/* Map keys must be comparable; a key type still being resolved is checked
 * once all types are. */
static void check_map_key(Checker *k, Expr *key_expr, Type *key) {
    if (!type_comparable(key))
        check_error(k, ast_start_pos(key_expr), "invalid map key type %s",
                    type_string(k->arena, key));
}

Type *check_type_expr(Checker *k, Expr *e) {
    switch (e->kind) {
    case EXPR_ARRAY_TYPE: {
        if (e->array_type.len && e->array_type.len->kind == EXPR_ELLIPSIS &&
            !e->array_type.len->ellipsis.elem) {
            check_error(k, e->pos, "invalid use of [...] array (outside a composite literal)");
            return NULL;
        }
        Type *elem = check_type(k, e->array_type.elem);
        if (!e->array_type.len)
            return elem ? type_new_slice(k->arena, elem) : NULL;
        int64_t n;
        if (!array_length(k, e->array_type.len, &n) || !elem)
            return NULL;
        return type_new_array(k->arena, elem, n);
    }
    case EXPR_STAR: {
        Type *elem = check_type(k, e->star.x);
        return elem ? type_new_pointer(k->arena, elem) : NULL;
    }
    case EXPR_MAP_TYPE: {
        Type *key = check_type(k, e->map_type.key);
        Type *value = check_type(k, e->map_type.value);
        if (!key || !value)
            return NULL;
        Type *t = type_new_map(k->arena, key, value);
        if (type_under(key))
            check_map_key(k, e->map_type.key, key);
        else
            vec_push(k->arena, &k->delayed_map_keys, e);
        return t;
    }
    case EXPR_CHAN_TYPE: {
        Type *elem = check_type(k, e->chan_type.elem);
        if (!elem)
            return NULL;
        return type_new_chan(k->arena, elem, e->chan_type.dir);
    }
    case EXPR_FUNC_TYPE:
        return func_type_literal(k, e);
    case EXPR_STRUCT_TYPE:
        return struct_type(k, e);
    case EXPR_INTERFACE_TYPE:
        return interface_type(k, e);
    default:
        ice("check_type_expr: %s", ast_expr_kind_name(e->kind));
    }
}

/* ---- type declarations ----------------------------------------------------- */

void check_type_decl(Checker *k, Symbol *sym) {
    Decl *d = sym->decl;
    if (d->type.tparams.len) {
        diag_unsupported(k->diags, d->pos, "generics");
        sym->type = NULL;
        return;
    }
    if (d->type.alias) {
        sym->type = check_type(k, d->type.type);
        return;
    }
    Type *named = type_new_named(k->arena, sym, k->pkg->path ? k->pkg->path : "main");
    sym->type = named; /* visible to its own definition: a cycle back to it is valid
                        * if it runs through types only (check.c, declaration_cycle) */
    Type *rhs = check_type(k, d->type.type);
    if (!rhs) {
        sym->type = NULL;
        return;
    }
    Type *under = type_under(rhs);
    if (!under) {
        /* type T2 T1 while T1 is still being defined (T1 may refer to T2):
         * T2's underlying type is T1's, known once T1 is done; a chain
         * that never ends (type T T) is reported then */
        vec_push(k->arena, &k->pending_underlying, sym);
        return;
    }
    named->named.underlying = under;
}

/* ---- validity: no type contains itself ----------------------------------- */

/* Does t contain target without an indirection?  path collects the named
 * types on the way, for the message. */
static bool contains(Checker *k, Type *t, Type *target, int depth, SymbolVec *path) {
    if (!t || depth > 100)
        return false;
    switch (t->kind) {
    case TYPE_NAMED: {
        if (t == target && depth > 0)
            return true;
        Symbol *s = t->named.obj;
        if (depth > 0 && s && s->state == 4)
            return false; /* another type, already found valid */
        if (depth > 0 && s)
            vec_push(k->arena, path, s);
        if (contains(k, t->named.underlying, target, depth + 1, path))
            return true;
        if (depth > 0 && s)
            path->len--;
        return false;
    }
    case TYPE_ARRAY:
        return contains(k, t->array.elem, target, depth + 1, path);
    case TYPE_STRUCT:
        for (int i = 0; i < t->strct.fields.len; i++)
            if (contains(k, t->strct.fields.data[i].type, target, depth + 1, path))
                return true;
        return false;
    case TYPE_INTERFACE:
        for (int i = 0; i < t->iface.embedded.len; i++)
            if (contains(k, t->iface.embedded.data[i], target, depth + 1, path))
                return true;
        return false;
    default:
        return false; /* pointers, slices, maps, funcs: an indirection */
    }
}

/* A type that contains itself: "invalid recursive type T", and each type
 * on the way "refers to" the next, back to T. */
void check_valid_type(Checker *k, Symbol *sym) {
    Type *t = sym->type;
    if (!t || t->kind != TYPE_NAMED || sym->state == 4)
        return;
    SymbolVec path = {0};
    if (contains(k, t, t, 0, &path)) {
        StrBuf b = {0};
        for (int i = -1; i <= path.len; i++) {
            Symbol *s = i >= 0 && i < path.len ? path.data[i] : sym;
            Position p = source_position(k->arena, &k->comp->sources, s->pos);
            sb_printf(&b, "\n\t%s:%d:%d: %s%s", p.file, p.line, p.col, s->name,
                      i < path.len ? " refers to" : "");
        }
        check_error(k, sym->pos, "invalid recursive type %s%s", sym->name, b.data);
        sb_free(&b);
        t->named.underlying = NULL;
        sym->type = NULL;
        return;
    }
    sym->state = 4; /* valid */
    check_type_size(k, sym->pos, t, true);
}

/* ---- gc's limit on sizes ---------------------------------------------------
 * gc's backend refuses a type of 2^50 bytes or more (amd64's MaxWidth):
 * "type [N]T larger than address space", "type struct { ... } too large",
 * at each declaration of a variable or type of that type; a type that
 * merely contains one it reported is not reported.  k->sized remembers
 * each verdict: SIZE_OK or the message. */

enum { MAX_WIDTH_SHIFT = 50 };
static const char SIZE_OK[] = "ok";

/* A struct as gc's backend prints it: struct { a T; b U }. */
static const char *backend_struct_string(Checker *k, const Type *u) {
    StrBuf b = {0};
    sb_puts(&b, "struct {");
    for (int i = 0; i < u->strct.fields.len; i++) {
        const StructField *f = &u->strct.fields.data[i];
        sb_printf(&b, "%s %s%s%s", i ? ";" : "", f->embedded ? "" : f->name, f->embedded ? "" : " ",
                  type_string(k->arena, f->type));
    }
    sb_puts(&b, u->strct.fields.len ? " }" : "}");
    const char *s = arena_strdup(k->arena, b.data);
    sb_free(&b);
    return s;
}

static void report_too_large(Checker *k, Pos pos, const char *msg, bool type_decl) {
    struct TooLarge tl = {pos, msg, type_decl}; /* reported at the end (check.c) */
    vec_push(k->arena, &k->too_large, tl);
}

static bool size_ok(Checker *k, Pos pos, Type *t, int depth, bool type_decl) {
    Type *u = type_under(t);
    if (!u || depth > 100 || (u->kind != TYPE_ARRAY && u->kind != TYPE_STRUCT))
        return true;
    const char *verdict = ptrmap_get(k->sized, u);
    if (verdict && verdict != SIZE_OK && depth == 0)
        report_too_large(k, pos, verdict, type_decl);
    if (verdict)
        return verdict == SIZE_OK;
    const int64_t max = (int64_t)1 << MAX_WIDTH_SHIFT;
    const char *msg = NULL;
    if (u->kind == TYPE_ARRAY) {
        if (!size_ok(k, pos, u->array.elem, depth + 1, type_decl))
            return false;
        int64_t e = type_sizeof(u->array.elem);
        if (e > 0 && u->array.len > (max - 1) / e)
            msg = arena_printf(k->arena, "type %s larger than address space", type_string(k->arena, u));
    } else {
        for (int i = 0; i < u->strct.fields.len; i++)
            if (!size_ok(k, pos, u->strct.fields.data[i].type, depth + 1, type_decl))
                return false;
        if (type_sizeof(u) >= max)
            msg = arena_printf(k->arena, "type %s too large", backend_struct_string(k, u));
    }
    if (msg)
        report_too_large(k, pos, msg, type_decl);
    ptrmap_put(k->arena, &k->sized, u, (void *)(msg ? msg : SIZE_OK));
    return !msg;
}

void check_type_size(Checker *k, Pos pos, Type *t, bool type_decl) {
    size_ok(k, pos, t, 0, type_decl);
}

/* ---- completing types once all are known -------------------------------- */

static int by_name(const void *x, const void *y) {
    return strcmp(((const Method *)x)->name, ((const Method *)y)->name);
}

/* An interface's method set: its own methods and those of the interfaces
 * it embeds, sorted by name; the same name twice must be the same method. */
static void complete_interface(Checker *k, Type *t, int depth) {
    if (t->iface.complete || depth > 100)
        return;
    t->iface.complete = true;
    MethodList all = {0};
    for (int i = 0; i < t->iface.methods.len; i++)
        vec_push(k->arena, &all, t->iface.methods.data[i]);
    for (int i = 0; i < t->iface.embedded.len; i++) {
        Type *e = type_under(t->iface.embedded.data[i]);
        if (!e)
            continue;
        if (e->kind != TYPE_INTERFACE)
            continue; /* a constraint: reported (check_complete_types) */
        complete_interface(k, e, depth + 1);
        for (int j = 0; j < e->iface.all.len; j++)
            vec_push(k->arena, &all, e->iface.all.data[j]);
    }
    if (all.len)
        qsort(all.data, (size_t)all.len, sizeof(Method), by_name);
    MethodList unique = {0};
    for (int i = 0; i < all.len; i++) {
        if (unique.len && strcmp(unique.data[unique.len - 1].name, all.data[i].name) == 0) {
            if (!type_identical(unique.data[unique.len - 1].sig, all.data[i].sig))
                check_error(k, all.data[i].pos, "duplicate method %s", all.data[i].name);
            continue;
        }
        vec_push(k->arena, &unique, all.data[i]);
    }
    t->iface.all = unique;
}

static int by_position(const void *x, const void *y) {
    const Symbol *a = *(Symbol *const *)x, *b = *(Symbol *const *)y;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* type A B; type B A: gc names the cycle once, at its first type:
 * "invalid recursive type A / A refers to / B refers to / A". */
static void report_name_cycle(Checker *k, Symbol *start) {
    StrBuf b = {0};
    sb_printf(&b, "invalid recursive type %s", start->name);
    Symbol *sym = start;
    for (int n = 0; sym && n < 100; n++) {
        Position p = source_position(k->arena, &k->comp->sources, sym->pos);
        sb_printf(&b, "\n\t%s:%d:%d: %s%s", p.file, p.line, p.col, sym->name,
                  n > 0 && sym == start ? "" : " refers to");
        if (n > 0 && sym == start)
            break;
        Type *rhs = sym->decl->type.type->type;
        Symbol *next = rhs && rhs->kind == TYPE_NAMED ? (Symbol *)rhs->named.obj : NULL;
        if (sym->type)
            sym->type->named.underlying = NULL;
        sym->type = NULL; /* every member is invalid; one report */
        sym = next;
    }
    check_error(k, start->decl->type.name->pos, "%s", b.data);
    sb_free(&b);
}

/* Gives each pending `type T2 T1` the underlying type of T1, now that the
 * types are resolved; what is left is a cycle of names. */
static void settle_underlying(Checker *k) {
    bool progress = true;
    while (progress) {
        progress = false;
        for (int i = 0; i < k->pending_underlying.len; i++) {
            Symbol *sym = k->pending_underlying.data[i];
            Type *rhs = sym->decl->type.type->type;
            if (!sym->type || sym->type->named.underlying || !type_under(rhs))
                continue;
            sym->type->named.underlying = type_under(rhs);
            progress = true;
        }
    }
    if (k->pending_underlying.len) /* report cycles from their first type */
        qsort(k->pending_underlying.data, (size_t)k->pending_underlying.len, sizeof(Symbol *),
              by_position);
    for (int i = 0; i < k->pending_underlying.len; i++) {
        Symbol *sym = k->pending_underlying.data[i];
        if (sym->type && !sym->type->named.underlying)
            report_name_cycle(k, sym);
    }
    k->pending_underlying.len = 0;
}

void check_complete_types(Checker *k) {
    settle_underlying(k);
    for (int i = 0; i < k->incomplete_ifaces.len; i++)
        complete_interface(k, k->incomplete_ifaces.data[i], 0);
    k->incomplete_ifaces.len = 0;
    for (int i = 0; i < k->delayed_map_keys.len; i++) {
        Expr *m = k->delayed_map_keys.data[i];
        if (m->map_type.key->type)
            check_map_key(k, m->map_type.key, m->map_type.key->type);
    }
    k->delayed_map_keys.len = 0;
    for (int i = 0; i < k->delayed_embeds.len; i++)
        embeds_interface(k, k->delayed_embeds.data[i]);
    k->delayed_embeds.len = 0;
}
