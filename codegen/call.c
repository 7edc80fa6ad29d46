/*
 * call.c — calls, builtins, conversions and interface values.
 *
 * The calling convention (docs/internals.md, "Calls"):
 *   f(a, b)        a declared function: main__f(a, b); several results come
 *                  back in a Tuple_ struct
 *   x.M(a)         a method: main__T__M(recv, a), recv a value or pointer as
 *                  M's receiver is declared, found through embedded fields
 *   i.M(a)         an interface method: the code from the dynamic type's
 *                  method table (rt_imethod, cached per call site), called
 *                  with the interface's data pointer
 *   fv(a)          a func value: fv->fn(fv, a) — the closure comes first
 *   f(xs...)       variadic: the extra arguments packed in a new slice
 * Arguments are converted to the parameter types as assignment does
 * (boxing into interfaces), and evaluated left to right.
 */
#include "internal.h"

#include <string.h>

static Expr *unparen(Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static const Type *ut(const Type *t) { return type_under(cg_default_type(t)); }

static const char *join(Gen *g, const char **parts, int n, const char *first) {
    StrBuf b = {0};
    sb_puts(&b, first ? first : "");
    for (int i = 0; i < n; i++)
        sb_printf(&b, "%s%s", (i || (first && *first)) ? ", " : "", parts[i]);
    const char *r = arena_strdup(g->arena, b.data ? b.data : "");
    sb_free(&b);
    return r;
}

/* ---- interface values ------------------------------------------------------ */

/* A box: the value copied to storage the interface's data word points to. */
static const char *box_at(Gen *g, const char *v, const Type *from, const EscapeSite *site) {
    if (cg_is_interface(from))
        return v;
    if (from->kind == TYPE_UNTYPED_NIL)
        return "(GoEface){0}";
    const char *p = cg_alloc_site(g, site, from, NULL);
    cg_line(g, "*%s = %s;", p, v);
    return arena_printf(g->arena, "(GoEface){%s, %s}", cg_type_descriptor(g, from), p);
}

const char *cg_box(Gen *g, const char *v, const Type *from, const Expr *e) {
    return box_at(g, v, from, e ? escape_box_of(g->esc, e) : NULL);
}

const char *cg_box_temp(Gen *g, const char *v, const Type *from) {
    if (cg_is_interface(from))
        return v;
    return arena_printf(g->arena, "(GoEface){%s, (%s[]){%s}}", cg_type_descriptor(g, from),
                        cg_ctype(g, from), v);
}

/* ---- conversions -------------------------------------------------------------- */

static const char *numeric(Gen *g, const char *v, const Type *from, const Type *to) {
    const char *ct = cg_ctype(g, to);
    if (type_is_integer(to) && type_is_float(from)) {
        /* gc on amd64: 64-bit unsigned via its two-step sequence, uint32
         * and 64-bit signed via CVTTSD2SQ, the narrower ones via the
         * 32-bit CVTTSD2SL, truncated */
        const char *helper = to->kind == TYPE_UINT64 || to->kind == TYPE_UINT ||
                                     to->kind == TYPE_UINTPTR
                                 ? "rt_f64_to_u64"
                             : type_size(to) == 8 || to->kind == TYPE_UINT32 ? "rt_f64_to_i64"
                                                                             : "rt_f64_to_i32";
        return arena_printf(g->arena, "(%s)%s(%s)", ct, helper, v);
    }
    return arena_printf(g->arena, "(%s)%s", ct, v);
}

const char *cg_convert_value(Gen *g, const char *v, const Type *from, const Type *to) {
    const Type *fu = ut(from), *tu = ut(to);
    if (cg_is_interface(to))
        return cg_box(g, v, cg_default_type(from), NULL);
    if (tu->kind == TYPE_STRING) {
        if (fu->kind == TYPE_STRING)
            return v;
        if (fu->kind == TYPE_SLICE)
            return arena_printf(g->arena, "rt_%s_to_string(%s)",
                                ut(fu->slice.elem)->kind == TYPE_UINT8 ? "bytes" : "runes", v);
        /* string(r): a uint64 above MaxInt64 is no rune either */
        if (type_is_unsigned(fu) && type_size(fu) >= 4)
            return arena_printf(g->arena, "rt_string_from_rune((GoUint64)%s > 0x7fffffff ? -1 : (GoInt64)%s)", v, v);
        return arena_printf(g->arena, "rt_string_from_rune((GoInt64)%s)", v);
    }
    if (tu->kind == TYPE_SLICE && fu->kind == TYPE_STRING)
        return arena_printf(g->arena, "rt_string_to_%s(%s)",
                            ut(tu->slice.elem)->kind == TYPE_UINT8 ? "bytes" : "runes", v);
    if (tu->kind == TYPE_POINTER && fu->kind == TYPE_SLICE)
        return arena_printf(g->arena, "(%s)rt_slice_to_array(%s, %lld)", cg_ctype(g, to), v,
                            (long long)type_under(tu->pointer.elem)->array.len);
    if (type_is_numeric(tu) && type_is_numeric(fu)) {
        if (tu->kind == fu->kind)
            return v;
        if (tu->kind == TYPE_COMPLEX64)
            return arena_printf(g->arena, "rt_c128_to_c64(%s)", v);
        if (tu->kind == TYPE_COMPLEX128)
            return arena_printf(g->arena, "rt_c64_to_c128(%s)", v);
        return numeric(g, v, fu, tu);
    }
    const char *fc = cg_ctype(g, from), *tc = cg_ctype(g, to);
    if (strcmp(fc, tc) == 0)
        return v;
    if (tu->kind == TYPE_POINTER || tu->kind == TYPE_UNSAFE_POINTER || fu->kind == TYPE_UNSAFE_POINTER)
        return arena_printf(g->arena, "(%s)%s", tc,
                            tu->kind == TYPE_UINTPTR || fu->kind == TYPE_UINTPTR
                                ? arena_printf(g->arena, "(uintptr_t)%s", v) : v);
    /* structs of different names with one layout */
    const char *tmp = cg_spill(g, from, v);
    return arena_printf(g->arena, "(*(%s *)&%s)", tc, tmp);
}

const char *cg_conversion(Gen *g, Expr *e, bool hoist) {
    Expr *x = e->call.args.data[0];
    if (x->type && x->type->kind == TYPE_UNTYPED_NIL)
        return cg_zero_value(g, e->type);
    const char *v = cg_gen(g, x, hoist);
    if (cg_is_interface(e->type))
        return cg_box(g, v, cg_default_type(x->type), x);
    const Type *tu = ut(e->type), *fu = ut(x->type);
    bool to_bytes = tu->kind == TYPE_SLICE && fu->kind == TYPE_STRING &&
                    ut(tu->slice.elem)->kind == TYPE_UINT8;
    bool from_bytes = tu->kind == TYPE_STRING && fu->kind == TYPE_SLICE &&
                      ut(fu->slice.elem)->kind == TYPE_UINT8;
    const EscapeSite *site = escape_site_of(g->esc, e);
    if (to_bytes && x->sema_mode == MODE_CONST && site && !g->opts.escape_off &&
        site->verdict == ESC_STACK && !site->outlives_body && x->cval->s_len > 0) {
        /* []byte("const") in the frame: exactly its length, as gc */
        long long n = (long long)x->cval->s_len;
        const char *p = cg_alloc_site(g, site, tu->slice.elem, arena_printf(g->arena, "%lld", n));
        cg_line(g, "memcpy(%s, %s.ptr, %lld);", p, v, n);
        return arena_printf(g->arena, "(GoSlice){%s, %lld, %lld}", p, n, n);
    }
    if (to_bytes || from_bytes) {
        const char *buf = cg_tmp_buffer(g, site);
        if (buf)
            return arena_printf(g->arena, "rt_%s_buf(%s, %s)",
                                to_bytes ? "string_to_bytes" : "bytes_to_string", v, buf);
    }
    return cg_convert_value(g, v, x->type, e->type);
}

/* ---- arguments ------------------------------------------------------------------ */

/* The one argument whose several values a call spreads, or NULL. */
Expr *cg_spread_arg(const Expr *call) {
    const ExprVec *args = &call->call.args;
    if (args->len == 1 && args->data[0]->type && args->data[0]->type->kind == TYPE_TUPLE)
        return args->data[0];
    return NULL;
}

/* Packs values (already converted to elem) into a new slice: the ...
 * argument of call. */
static const char *pack(Gen *g, const Expr *call, const Type *elem, const char **values, int n) {
    if (n == 0)
        return "(GoSlice){0}";
    const char *p = cg_alloc_site(g, escape_site_of(g->esc, call), elem, arena_printf(g->arena, "%d", n));
    for (int i = 0; i < n; i++)
        cg_line(g, "%s[%d] = %s;", p, i, values[i]);
    return arena_printf(g->arena, "(GoSlice){%s, %d, %d}", p, n, n);
}

/* The C arguments of a call of a function of type ft. */
static const char **call_args(Gen *g, Expr *e, const Type *ft, bool hoist, int *count) {
    const TypeVec *params = &ft->func.params;
    int np = params->len;
    const char **out = arena_alloc(g->arena, sizeof(char *) * (size_t)(np + 1));
    Expr *spread = cg_spread_arg(e);
    bool variadic = ft->func.variadic && !e->call.has_ellipsis;
    int nargs = spread ? spread->type->tuple.elems.len : e->call.args.len;
    const char **vals = arena_alloc(g->arena, sizeof(char *) * (size_t)(nargs + 1));
    const Type **types = arena_alloc(g->arena, sizeof(Type *) * (size_t)(nargs + 1));
    if (spread) {
        const char *t = cg_spill(g, spread->type, cg_gen(g, spread, hoist));
        for (int i = 0; i < nargs; i++) {
            vals[i] = arena_printf(g->arena, "%s.r%d", t, i);
            types[i] = spread->type->tuple.elems.data[i];
        }
    }
    const Type **ptypes = arena_alloc(g->arena, sizeof(Type *) * (size_t)(nargs + 1));
    for (int i = 0; i < nargs; i++)
        ptypes[i] = variadic && i >= np - 1 ? params->data[np - 1]->slice.elem
                                            : params->data[i < np ? i : np - 1];
    /* every operand first (calls in order), then the conversions */
    for (int i = 0; !spread && i < nargs; i++)
        vals[i] = cg_value_of(g, e->call.args.data[i], ptypes[i], hoist || (variadic && i >= np - 1));
    for (int i = 0; i < nargs; i++) {
        if (spread)
            vals[i] = cg_is_interface(ptypes[i]) ? cg_box(g, vals[i], types[i], NULL) : vals[i];
        else
            vals[i] = cg_assigned(g, e->call.args.data[i], vals[i], ptypes[i]);
    }
    if (!variadic) {
        *count = nargs;
        return vals;
    }
    for (int i = 0; i < np - 1; i++)
        out[i] = vals[i];
    out[np - 1] = pack(g, e, type_under(params->data[np - 1])->slice.elem, vals + (np - 1),
                       nargs - (np - 1));
    *count = np;
    return out;
}

/* ---- builtins ----------------------------------------------------------------------- */

/* fmt's variadic arguments as a C array of GoEface, plus its length. */
static const char *fmt_args(Gen *g, Expr *call, int first) {
    if (call->call.has_ellipsis) {
        const char *s = cg_gen(g, call->call.args.data[first], true);
        return arena_printf(g->arena, "(const GoEface *)%s.ptr, %s.len", s, s);
    }
    int n = call->call.args.len - first;
    if (n <= 0)
        return "NULL, 0";
    Expr *spread = cg_spread_arg(call);
    if (spread)
        n = spread->type->tuple.elems.len;
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)n);
    const char *tuple = spread ? cg_spill(g, spread->type, cg_gen(g, spread, true)) : NULL;
    /* every operand first (calls in order, as gc), then the boxes */
    const char **raw = arena_alloc(g->arena, sizeof(char *) * (size_t)n);
    for (int i = 0; !spread && i < n; i++)
        raw[i] = cg_value_of(g, call->call.args.data[first + i], type_any(), true);
    for (int i = 0; i < n; i++) {
        Expr *arg = spread ? spread : call->call.args.data[first + i];
        const Type *t = spread ? spread->type->tuple.elems.data[i] : arg->type;
        if (spread) {
            values[i] = cg_box(g, arena_printf(g->arena, "%s.r%d", tuple, i), t, NULL);
            continue;
        }
        if (cg_is_interface(t) || t->kind == TYPE_UNTYPED_NIL)
            values[i] = cg_assigned(g, arg, raw[i], type_any());
        else
            values[i] = box_at(g, raw[i], cg_default_type(t), escape_box_of(g->esc, arg));
    }
    /* the ... slice: a C array in the frame when it does not escape */
    const EscapeSite *slice = escape_site_of(g->esc, call);
    if (slice && !g->opts.escape_off && slice->verdict == ESC_STACK)
        return arena_printf(g->arena, "(GoEface[]){%s}, %d", join(g, values, n, NULL), n);
    const char *p = cg_alloc_site(g, slice, type_any(), arena_printf(g->arena, "%d", n));
    for (int i = 0; i < n; i++)
        cg_line(g, "%s[%d] = %s;", p, i, values[i]);
    return arena_printf(g->arena, "%s, %d", p, n);
}

static const char *append_call(Gen *g, Expr *e, bool hoist) {
    (void)hoist;
    Expr *s = e->call.args.data[0];
    const Type *st = e->type;
    const Type *elem = ut(st)->slice.elem;
    const char *desc = cg_type_descriptor(g, elem);
    const char *sv = cg_spill(g, st, cg_gen(g, s, true));
    if (e->call.has_ellipsis) {
        Expr *t = e->call.args.data[1];
        const char *tv = cg_gen(g, t, true);
        if (ut(t->type)->kind == TYPE_STRING)
            return arena_printf(g->arena, "rt_append_slice(%s, %s, %s.ptr, %s.len)", desc, sv, tv, tv);
        if (t->type->kind == TYPE_UNTYPED_NIL)
            return sv;
        const char *tt = cg_spill(g, t->type, tv);
        return arena_printf(g->arena, "rt_append_slice(%s, %s, %s.ptr, %s.len)", desc, sv, tt, tt);
    }
    int n = e->call.args.len - 1;
    if (n == 0)
        return sv;
    const char **vals = arena_alloc(g->arena, sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++)
        vals[i] = cg_spill(g, elem, cg_value_as(g, e->call.args.data[i + 1], elem, true));
    cg_line(g, "%s = rt_grow_slice(%s, %s, %d);", sv, desc, sv, n);
    for (int i = 0; i < n; i++)
        cg_line(g, "((%s *)%s.ptr)[%s.len - %d] = %s;", cg_ctype(g, elem), sv, sv, n - i, vals[i]);
    return sv;
}

static const char *len_cap(Gen *g, Expr *e, bool is_len, bool hoist) {
    Expr *x = e->call.args.data[0];
    const Type *u = ut(x->type);
    if (u->kind == TYPE_POINTER)
        u = type_under(u->pointer.elem);
    if (u->kind == TYPE_ARRAY) {
        if (cg_count_effects(x))
            cg_line(g, "(void)%s;", cg_gen(g, x, hoist));
        return arena_printf(g->arena, "(GoInt)%lld", (long long)u->array.len);
    }
    const char *v = cg_gen(g, x, hoist);
    if (u->kind == TYPE_MAP)
        return arena_printf(g->arena, "rt_map_len(%s)", v);
    return arena_printf(g->arena, "(%s).%s", v, is_len ? "len" : "cap");
}

static const char *make_call(Gen *g, Expr *e, bool hoist) {
    const Type *t = e->type;
    const Type *u = ut(t);
    ExprVec *args = &e->call.args;
    if (u->kind == TYPE_MAP) {
        const char *hint = args->len > 1 ? cg_gen(g, args->data[1], hoist) : "0";
        return arena_printf(g->arena, "rt_make_map_at(%s, (GoInt)%s, &%s)", cg_type_descriptor(g, t),
                            hint, cg_alloc_site_desc(g, escape_site_of(g->esc, e)));
    }
    const EscapeSite *site = escape_site_of(g->esc, e);
    Expr *cap_e = args->len > 2 ? args->data[2] : args->data[1];
    if (site && !g->opts.escape_off && site->verdict == ESC_STACK && !site->outlives_body &&
        args->data[1]->sema_mode == MODE_CONST && cap_e->sema_mode == MODE_CONST) {
        /* a constant size that does not escape: an array in the frame */
        const char *n = arena_printf(g->arena, "%lld", (long long)const_int64(cap_e->cval));
        const char *p = cg_alloc_site(g, site, u->slice.elem, const_int64(cap_e->cval) ? n : "1");
        return arena_printf(g->arena, "(GoSlice){%s, %lld, %s}", p,
                            (long long)const_int64(args->data[1]->cval), n);
    }
    const char *len = cg_gen(g, args->data[1], hoist);
    const char *cap = args->len > 2 ? cg_gen(g, args->data[2], hoist) : NULL;
    if (!cap && args->data[1]->sema_mode != MODE_CONST)
        len = cg_spill(g, type_basic(TYPE_INT), arena_printf(g->arena, "(GoInt)%s", len));
    return arena_printf(g->arena, "rt_make_slice_at(%s, (GoInt)%s, (GoInt)%s, &%s)",
                        cg_type_descriptor(g, u->slice.elem), len, cap ? cap : len,
                        cg_alloc_site_desc(g, site));
}

static const char *builtin_call(Gen *g, Expr *e, Symbol *fn, bool hoist) {
    ExprVec *args = &e->call.args;
    switch (fn->builtin) {
    case BUILTIN_LEN: return len_cap(g, e, true, hoist);
    case BUILTIN_CAP: return len_cap(g, e, false, hoist);
    case BUILTIN_APPEND: return append_call(g, e, hoist);
    case BUILTIN_MAKE: return make_call(g, e, hoist);
    case BUILTIN_NEW: return cg_alloc_site(g, escape_site_of(g->esc, e), e->type->pointer.elem, NULL);
    case BUILTIN_COPY: {
        const char *d = cg_spill(g, args->data[0]->type, cg_gen(g, args->data[0], true));
        const char *s = cg_spill(g, args->data[1]->type, cg_gen(g, args->data[1], true));
        return arena_printf(g->arena, "rt_copy(%s, %s.ptr, %s.len, sizeof(%s))", d, s, s,
                            cg_ctype(g, ut(args->data[0]->type)->slice.elem));
    }
    case BUILTIN_DELETE: {
        const Type *mt = ut(args->data[0]->type);
        const char *m = cg_gen(g, args->data[0], true);
        const char *k = cg_value_as(g, args->data[1], mt->map.key, true);
        return arena_printf(g->arena, "rt_map_delete(%s, %s, (%s[]){%s})",
                            cg_type_descriptor(g, args->data[0]->type), m,
                            cg_ctype(g, mt->map.key), k);
    }
    case BUILTIN_PANIC:
        return arena_printf(g->arena, "rt_panic(%s)", cg_value_as(g, args->data[0], type_any(), hoist));
    case BUILTIN_RECOVER:
        return arena_printf(g->arena, "rt_recover_if(%s)",
                            g->fs->recover_flag ? g->fs->recover_flag : "false");
    case BUILTIN_COMPLEX: {
        const char *re = cg_gen(g, args->data[0], true);
        const char *im = cg_gen(g, args->data[1], true);
        return arena_printf(g->arena, "(%s){%s, %s}", cg_ctype(g, e->type), re, im);
    }
    case BUILTIN_REAL: case BUILTIN_IMAG:
        return arena_printf(g->arena, "(%s).%s", cg_gen(g, args->data[0], hoist),
                            fn->builtin == BUILTIN_REAL ? "real" : "imag");
    case BUILTIN_PRINT: case BUILTIN_PRINTLN:
        cg_print_call(g, e, fn->builtin == BUILTIN_PRINTLN);
        return "(void)0";
    case BUILTIN_FMT_SPRINT: return arena_printf(g->arena, "rt_fmt_sprint(%s)", fmt_args(g, e, 0));
    case BUILTIN_FMT_SPRINTLN:
        return arena_printf(g->arena, "rt_fmt_sprintln(%s)", fmt_args(g, e, 0));
    case BUILTIN_FMT_SPRINTF: {
        const char *f = cg_gen(g, args->data[0], true);
        return arena_printf(g->arena, "rt_fmt_sprintf(%s, %s)", f, fmt_args(g, e, 1));
    }
    case BUILTIN_FMT_PRINT: case BUILTIN_FMT_PRINTLN: case BUILTIN_FMT_PRINTF: {
        /* (n int, err error): writes to stdout never report an error */
        const char *c;
        if (fn->builtin == BUILTIN_FMT_PRINTF) {
            const char *f = cg_gen(g, args->data[0], true);
            c = arena_printf(g->arena, "rt_fmt_printf(%s, %s)", f, fmt_args(g, e, 1));
        } else {
            c = arena_printf(g->arena, "rt_fmt_print%s(%s)",
                             fn->builtin == BUILTIN_FMT_PRINTLN ? "ln" : "", fmt_args(g, e, 0));
        }
        if (g->fs->discarded == e)
            return c;
        return arena_printf(g->arena, "(%s){%s, {0}}", cg_ctype(g, e->type), c);
    }
    case BUILTIN_OS_EXIT:
        return arena_printf(g->arena, "rt_exit(%s)", cg_gen(g, args->data[0], hoist));
    default:
        ice("codegen: builtin %s", fn->name);
    }
}

/* ---- calls -------------------------------------------------------------------------- */

static const char *method_call(Gen *g, Expr *e, const Lookup *l, bool hoist) {
    Expr *sel = unparen(e->call.fun);
    Expr *x = sel->selector.x;
    const Type *sig = l->method->sig;
    bool effects = hoist || cg_count_effects(e) > 1;
    const char *xv;
    const Type *xt = x->type;
    if (ut(xt)->kind == TYPE_POINTER || x->sema_mode != MODE_VAR)
        xv = cg_gen(g, x, effects);
    else
        xv = cg_lvalue(g, x, effects);
    const Type *rt;
    const char *r = cg_select_path(g, xv, xt, l, &rt);
    if (l->in_interface) {
        const char *iv = cg_spill(g, rt, r);
        int n;
        const char **args = call_args(g, e, sig, effects, &n);
        const char *cache = cg_temp(g, "cache");
        cg_line(g, "static GoMethodCache %s;", cache);
        return arena_printf(g->arena, "((%s (*)(%s))rt_imethod(%s, \"%s\", &%s))(%s)",
                            cg_result_type(g, sig), cg_param_types(g, sig, true), iv, l->method->name,
                            cache, join(g, args, n, arena_printf(g->arena, "%s.data", iv)));
    }
    bool have_ptr = ut(rt)->kind == TYPE_POINTER;
    const char *recv;
    if (l->method->pointer_recv) {
        recv = have_ptr ? r : arena_printf(g->arena, "&%s", r);
    } else {
        recv = have_ptr ? arena_printf(g->arena, "(*(%s *)rt_nilcheck(%s))", cg_ctype(g, l->owner), r)
                        : r;
    }
    if (effects && (have_ptr || !l->method->pointer_recv))
        recv = cg_spill(g, l->method->pointer_recv ? (Type *)rt : l->owner, recv);
    int n;
    const char **args = call_args(g, e, sig, effects, &n);
    const char *fn = cg_declare_method(g, l->owner, l->method);
    return arena_printf(g->arena, "%s(%s)", fn, join(g, args, n, recv));
}

static const char *func_value_call(Gen *g, Expr *e, bool hoist) {
    const Type *ft = ut(e->call.fun->type);
    const char *f = cg_gen(g, e->call.fun, hoist);
    if (unparen(e->call.fun)->kind != EXPR_IDENT)
        f = cg_spill(g, e->call.fun->type, f);
    int n;
    const char **args = call_args(g, e, ft, hoist || cg_count_effects(e) > 1, &n);
    return arena_printf(g->arena, "((%s (*)(%s))((GoFunc *)rt_nilcheck(%s))->fn)(%s)",
                        cg_result_type(g, ft), cg_param_types(g, ft, true), f,
                        join(g, args, n, f));
}

static const char *library_call(Gen *g, Expr *e, Symbol *fn, bool hoist) {
    Expr *sel = unparen(e->call.fun);
    const char *pkg = sel->selector.x->ident.sym->pkg_path;
    const char *name = arena_printf(g->arena, "%s__%s", cg_pkg_prefix(g, pkg), fn->name);
    bool known = false;
    for (int i = 0; i < g->extern_protos.len; i++)
        known |= strcmp(g->extern_protos.data[i], name) == 0;
    if (!known) {
        vec_push(g->arena, &g->extern_protos, name);
        sb_printf(&g->protos, "extern %s %s(%s);\n", cg_result_type(g, fn->type), name,
                  cg_param_types(g, fn->type, false));
    }
    int n;
    const char **args = call_args(g, e, fn->type, hoist || cg_count_effects(e) > 1, &n);
    return arena_printf(g->arena, "%s(%s)", name, join(g, args, n, NULL));
}

static const char *plain_call(Gen *g, Expr *e, bool hoist) {
    if (e->call.fun->sema_mode == MODE_TYPE)
        return cg_conversion(g, e, hoist);
    Symbol *fn = sema_callee(e);
    if (fn && fn->kind == SYM_BUILTIN)
        return builtin_call(g, e, fn, hoist);
    Expr *fun = unparen(e->call.fun);
    if (fun->kind == EXPR_SELECTOR) {
        Expr *x = fun->selector.x;
        if (x->sema_mode == MODE_PACKAGE && fn && fn->kind == SYM_FUNC)
            return library_call(g, e, fn, hoist);
        if (x->sema_mode != MODE_PACKAGE && x->sema_mode != MODE_TYPE) {
            Lookup l = type_lookup(g->arena, x->type, fun->selector.sel->ident.name);
            if (l.kind == LOOKUP_METHOD)
                return method_call(g, e, &l, hoist);
        }
    }
    if (fun->kind == EXPR_IDENT && fn && fn->kind == SYM_FUNC) {
        int n;
        const char **args = call_args(g, e, fn->type, hoist || cg_count_effects(e) > 1, &n);
        return arena_printf(g->arena, "%s(%s)", cg_global_name(g, fn), join(g, args, n, NULL));
    }
    return func_value_call(g, e, hoist);
}

const char *cg_call(Gen *g, Expr *e, bool hoist) {
    const char *c = plain_call(g, e, hoist);
    if (hoist && e->type && e->sema_mode != MODE_NOVALUE && e->type->kind != TYPE_TUPLE &&
        strcmp(c, "(void)0") != 0) {
        Symbol *s = e->call.fun->sema_mode == MODE_TYPE ? NULL : sema_callee(e);
        if (!(s && s->kind == SYM_BUILTIN && (s->builtin == BUILTIN_LEN || s->builtin == BUILTIN_CAP)))
            return cg_spill(g, e->type, c);
    }
    return c;
}

/* ---- defer --------------------------------------------------------------------------- */

/* A stand-in for a value evaluated at the defer statement: a variable
 * that the thunk reads from its environment. */
static Expr *stand_in(Gen *g, const Type *t, int i, Symbol **sym) {
    Symbol *s = ARENA_NEW(g->arena, Symbol);
    s->kind = SYM_VAR;
    s->name = arena_printf(g->arena, "a%d", i);
    s->type = (Type *)t;
    Expr *id = ast_expr(g->arena, EXPR_IDENT, NOPOS);
    id->ident.name = s->name;
    id->ident.sym = s;
    id->type = (Type *)t;
    id->sema_mode = MODE_VAR;
    *sym = s;
    return id;
}

/* The deferred function of a thunk's call, as recover knows it: a
 * declared function or method that calls recover(), or a func value. */
static const char *recover_target(Gen *g, Expr *call) {
    if (call->call.fun->sema_mode == MODE_TYPE)
        return NULL;
    Symbol *fn = sema_callee(call);
    if (fn && fn->kind == SYM_BUILTIN)
        return NULL;
    Expr *fun = unparen(call->call.fun);
    if (fun->kind == EXPR_IDENT && fn && fn->kind == SYM_FUNC)
        return fn->decl && cg_has_recover(fn->decl->func.body) ? cg_recover_id(g, cg_global_name(g, fn))
                                                               : NULL;
    if (fun->kind == EXPR_SELECTOR) {
        Expr *x = fun->selector.x;
        if (x->sema_mode == MODE_PACKAGE || x->sema_mode == MODE_TYPE)
            return NULL;
        Lookup l = type_lookup(g->arena, x->type, fun->selector.sel->ident.name);
        if (l.kind != LOOKUP_METHOD || l.in_interface || !l.method->func || !l.method->func->decl)
            return NULL;
        if (!cg_has_recover(l.method->func->decl->func.body))
            return NULL;
        return cg_recover_id(g, cg_method_name(g, l.owner, l.method->name));
    }
    return cg_gen(g, fun, false); /* a func value: its closure */
}

void cg_defer(Gen *g, Expr *call) {
    const char *frame = "&ctx__->fr";
    Expr *fun = unparen(call->call.fun);
    if (fun->kind == EXPR_FUNC_LIT && call->call.args.len == 0 && !fun->type->func.results.len) {
        cg_line(g, "rt_defer(%s, %s);", frame, cg_func_literal(g, fun));
        return;
    }
    /* Evaluate what Go evaluates now: the function value or receiver and
     * the arguments; the thunk makes the call later. */
    Expr *copy = ARENA_NEW(g->arena, Expr);
    *copy = *call;
    copy->call.args.data = arena_alloc(g->arena, sizeof(Expr *) * (size_t)(call->call.args.len + 1));
    copy->call.args.len = copy->call.args.cap = call->call.args.len;
    Vec(Symbol *) syms = {0};
    Vec(const char *) vals = {0};
    Symbol *s;
    bool is_builtin_or_type = call->call.fun->sema_mode == MODE_TYPE ||
                              (sema_callee(call) && sema_callee(call)->kind == SYM_BUILTIN);
    if (!is_builtin_or_type && fun->kind == EXPR_SELECTOR && fun->selector.x->sema_mode != MODE_PACKAGE &&
        fun->selector.x->sema_mode != MODE_TYPE) {
        Expr *x = fun->selector.x;
        Lookup l = type_lookup(g->arena, x->type, fun->selector.sel->ident.name);
        const Type *xt = x->type;
        const char *xv;
        if (l.kind == LOOKUP_METHOD && l.method->pointer_recv && !l.indirect && !l.in_interface &&
            ut(xt)->kind != TYPE_POINTER && x->sema_mode == MODE_VAR) {
            xv = cg_address(g, x, true);
            xt = type_new_pointer(g->arena, (Type *)xt);
        } else {
            xv = cg_spill(g, xt, cg_gen(g, x, true));
        }
        /* Go evaluates the method value now: a nil interface or a nil
         * pointer to copy from panics at the defer statement */
        if (l.kind == LOOKUP_METHOD && l.in_interface && l.depth == 0)
            cg_line(g, "(void)rt_imethod(%s, \"%s\", NULL);", xv, l.method->name);
        else if (l.kind == LOOKUP_METHOD && !l.method->pointer_recv && l.depth == 0 &&
                 ut(xt)->kind == TYPE_POINTER)
            cg_line(g, "(void)rt_nilcheck(%s);", xv);
        Expr *sel = ARENA_NEW(g->arena, Expr);
        *sel = *fun;
        sel->selector.x = stand_in(g, xt, syms.len, &s);
        vec_push(g->arena, &syms, s);
        vec_push(g->arena, &vals, xv);
        copy->call.fun = sel;
    } else if (!is_builtin_or_type && !(fun->kind == EXPR_IDENT && fun->ident.sym->kind == SYM_FUNC) &&
               fun->kind != EXPR_SELECTOR) {
        const char *fv = cg_spill(g, fun->type, cg_gen(g, fun, true));
        copy->call.fun = stand_in(g, fun->type, syms.len, &s);
        vec_push(g->arena, &syms, s);
        vec_push(g->arena, &vals, fv);
    }
    for (int i = 0; i < call->call.args.len; i++) {
        Expr *a = call->call.args.data[i];
        if (a->sema_mode == MODE_CONST || a->sema_mode == MODE_TYPE || (a->type && a->type->kind == TYPE_UNTYPED_NIL)) {
            copy->call.args.data[i] = a;
            continue;
        }
        const char *v = cg_spill(g, a->type, cg_gen(g, a, true));
        copy->call.args.data[i] = stand_in(g, a->type, syms.len, &s);
        vec_push(g->arena, &syms, s);
        vec_push(g->arena, &vals, v);
    }
    /* the environment and the thunk */
    const char *st = cg_fresh_global(g, "defer");
    StrBuf def = {0};
    sb_printf(&def, "struct %s { void (*code__)(void);", st);
    for (int i = 0; i < syms.len; i++)
        sb_printf(&def, " %s a%d;", cg_ctype(g, syms.data[i]->type), i);
    sb_puts(&def, " };\n");
    sb_puts(&g->type_defs, def.data);
    sb_free(&def);

    FuncState fs = {0}, *saved = g->fs;
    StrBuf body = {0};
    fs.out = &body;
    fs.indent = 1;
    fs.c_name = st;
    g->fs = &fs;
    cg_line(g, "struct %s *d = env;", st);
    cg_line(g, "(void)d;");
    for (int i = 0; i < syms.len; i++)
        cg_set_local_name(g, syms.data[i], arena_printf(g->arena, "d->a%d", i));
    fs.discarded = copy;
    const char *rearm = recover_target(g, copy);
    if (rearm)
        cg_line(g, "rt_recover_rearm(%s); /* the deferred function may recover */", rearm);
    const char *c = plain_call(g, copy, false);
    if (strcmp(c, "(void)0") != 0)
        cg_line(g, "%s;", c);
    const char *text = cg_body_with_frame(g, &body);
    g->fs = saved;
    sb_printf(&g->protos, "static void %s__code(void *env);\n", st);
    sb_printf(&g->funcs, "\n/* a deferred call */\nstatic void %s__code(void *env) {\n%s}\n", st,
              text);
    sb_free(&body);

    const char *d = cg_alloc_env(g, st, "a deferred call's arguments", NULL);
    cg_line(g, "%s->code__ = (void (*)(void))%s__code;", d, st);
    for (int i = 0; i < syms.len; i++)
        cg_line(g, "%s->a%d = %s;", d, i, vals.data[i]);
    cg_line(g, "rt_defer(%s, (GoFunc *)%s);", frame, d);
}

/* ---- print and println ---------------------------------------------------------------- */

static void print_value(Gen *g, const Type *t, const char *v) {
    const Type *u = ut(t);
    switch (u->kind) {
    case TYPE_BOOL: cg_line(g, "rt_print_bool(%s);", v); break;
    case TYPE_STRING: cg_line(g, "rt_print_string(%s);", v); break;
    case TYPE_FLOAT32: case TYPE_FLOAT64: cg_line(g, "rt_print_float(%s);", v); break;
    case TYPE_POINTER: case TYPE_MAP: case TYPE_FUNC: case TYPE_UNTYPED_NIL: case TYPE_UNSAFE_POINTER:
        cg_line(g, "rt_print_pointer((const void *)%s);", t->kind == TYPE_UNTYPED_NIL ? "NULL" : v);
        break;
    case TYPE_SLICE: cg_line(g, "rt_print_slice(%s);", v); break;
    case TYPE_COMPLEX128: cg_line(g, "rt_print_complex(%s);", v); break;
    case TYPE_COMPLEX64: cg_line(g, "rt_print_complex(rt_c64_to_c128(%s));", v); break;
    case TYPE_INTERFACE: cg_line(g, "rt_print_eface(%s);", v); break;
    default:
        if (type_is_unsigned(u))
            cg_line(g, "rt_print_uint(%s);", v);
        else
            cg_line(g, "rt_print_int(%s);", v);
    }
}

void cg_print_call(Gen *g, Expr *call, bool newline) {
    ExprVec *args = &call->call.args;
    Expr *spread = cg_spread_arg(call);   /* println(f()) */
    int n = spread ? spread->type->tuple.elems.len : args->len;
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)(n + 1));
    const Type **types = arena_alloc(g->arena, sizeof(Type *) * (size_t)(n + 1));
    const char *tuple = spread ? cg_spill(g, spread->type, cg_expr(g, spread)) : NULL;
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
