/*
 * expr.c — Go expressions as C expressions.
 *
 * Go fixes what C leaves open, and this file closes each gap:
 *   - order: Go evaluates calls (and operations that may panic) left to
 *     right; C leaves the order of operands unspecified.  When a full
 *     expression has two or more such parts, each is evaluated into a
 *     temporary first, in Go's order ("hoisting"); an expression with at
 *     most one stays a single readable C expression.
 *   - overflow: signed + - * wrap in Go and are undefined in C, so they are
 *     computed in unsigned arithmetic of at least 32 bits and converted back.
 *   - shifts, division and float-to-integer conversion go through the
 *     runtime's inline helpers, which give Go's results and panics.
 *   - memory safety: indexing checks bounds (rt_index), dereferencing
 *     checks for nil (rt_nilcheck); both panic as Go does.
 * Expressions that need statements (a slice literal fills its array, a map
 * literal its table) emit them before the statement being generated.
 */
#include "internal.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *gen(Gen *g, Expr *e, bool hoist);

Type *cg_default_type(const Type *t) {
    switch (t->kind) {
    case TYPE_UNTYPED_BOOL: return type_basic(TYPE_BOOL);
    case TYPE_UNTYPED_INT: return type_basic(TYPE_INT);
    case TYPE_UNTYPED_RUNE: return type_basic(TYPE_INT32);
    case TYPE_UNTYPED_FLOAT: return type_basic(TYPE_FLOAT64);
    case TYPE_UNTYPED_COMPLEX: return type_basic(TYPE_COMPLEX128);
    case TYPE_UNTYPED_STRING: return type_basic(TYPE_STRING);
    default: return (Type *)t;
    }
}

/* The underlying type of the default type: what decides the C operation. */
static const Type *ut(const Type *t) { return type_under(cg_default_type(t)); }

static Expr *unparen(Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_nil(const Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    return (e->type && e->type->kind == TYPE_UNTYPED_NIL) ||
           (e->kind == EXPR_IDENT && e->ident.sym && e->ident.sym->kind == SYM_NIL);
}

/* ---- which parts have effects --------------------------------------------
 * An effect is anything whose order Go defines or that emits statements: a
 * call, an operation that may panic (division, indexing, a shift by a
 * signed count, a type assertion), a literal that fills memory. */

static int count_list(const ExprVec *v) {
    int n = 0;
    for (int i = 0; i < v->len; i++)
        n += cg_count_effects(v->data[i]);
    return n;
}

static bool is_signed_int(const Type *t) { return type_is_integer(t) && !type_is_unsigned(t); }

int cg_count_effects(const Expr *e) {
    if (!e || e->sema_mode == MODE_CONST || e->sema_mode == MODE_TYPE)
        return 0;
    switch (e->kind) {
    case EXPR_PAREN: return cg_count_effects(e->paren.x);
    case EXPR_UNARY: return cg_count_effects(e->unary.x) + (e->unary.op == TOK_AND &&
                                                             unparen(e->unary.x)->kind == EXPR_COMPOSITE_LIT);
    case EXPR_STAR: return cg_count_effects(e->star.x);
    case EXPR_SELECTOR: return cg_count_effects(e->selector.x);
    case EXPR_BINARY: {
        int n = cg_count_effects(e->binary.x) + cg_count_effects(e->binary.y);
        TokenKind op = e->binary.op;
        if ((op == TOK_QUO || op == TOK_REM) && type_is_integer(ut(e->type)) &&
            e->binary.y->sema_mode != MODE_CONST)
            n++;
        if ((op == TOK_SHL || op == TOK_SHR) && e->binary.y->sema_mode != MODE_CONST &&
            is_signed_int(ut(e->binary.y->type)))
            n++;
        return n;
    }
    case EXPR_INDEX: return 1 + cg_count_effects(e->index.x) + count_list(&e->index.indices);
    case EXPR_SLICE:
        return 1 + cg_count_effects(e->slice.x) + cg_count_effects(e->slice.lo) +
               cg_count_effects(e->slice.hi) + cg_count_effects(e->slice.max);
    case EXPR_TYPE_ASSERT: return 1 + cg_count_effects(e->assert.x);
    case EXPR_COMPOSITE_LIT: {
        int n = 0;
        const Type *u = ut(e->type);
        if (u->kind == TYPE_SLICE || u->kind == TYPE_MAP)
            n++;
        for (int i = 0; i < e->composite.elts.len; i++) {
            Expr *el = e->composite.elts.data[i];
            if (el->kind == EXPR_KEY_VALUE)
                n += cg_count_effects(el->key_value.key) + cg_count_effects(el->key_value.value);
            else
                n += cg_count_effects(el);
        }
        return n;
    }
    case EXPR_FUNC_LIT: return 1;
    case EXPR_CALL: {
        int n = count_list(&e->call.args);
        if (e->call.fun->sema_mode == MODE_TYPE)
            return n + (e->type && ut(e->type)->kind != TYPE_INTERFACE &&
                        (ut(e->type)->kind == TYPE_SLICE || ut(e->type)->kind == TYPE_STRING) &&
                        !type_identical(ut(e->type), ut(e->call.args.data[0]->type)));
        Symbol *s = sema_callee(e);
        if (s && s->kind == SYM_BUILTIN && (s->builtin == BUILTIN_LEN || s->builtin == BUILTIN_CAP))
            return n;
        return n + 1 + cg_count_effects(e->call.fun);
    }
    default:
        return 0;
    }
}

/* Emits `T tmp = value;` and returns tmp. */
const char *cg_spill(Gen *g, const Type *t, const char *value) {
    const char *tmp = cg_temp(g, "tmp");
    cg_line(g, "%s %s = %s;", cg_ctype(g, cg_default_type(t)), tmp, value);
    return tmp;
}

/* ---- constants --------------------------------------------------------- */

const char *cg_string_literal(Gen *g, const char *s, size_t n) {
    StrBuf b = {0};
    sb_puts(&b, "RT_STR(\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\' || c == '?')  /* ? : no trigraphs */
            sb_printf(&b, "\\%c", c);
        else if (c == '\n')
            sb_puts(&b, "\\n");
        else if (c == '\t')
            sb_puts(&b, "\\t");
        else if (c < 0x20 || c >= 0x7f)
            sb_printf(&b, "\\%03o", c);
        else
            sb_putc(&b, (char)c);
    }
    sb_puts(&b, "\")");
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

/* The shortest decimal that reads back as the same float or double. */
static const char *float_literal(Gen *g, double d, bool is32) {
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (is32 ? strtof(buf, NULL) == (float)d : strtod(buf, NULL) == d)
            break;
    }
    if (!strpbrk(buf, ".en"))
        strcat(buf, ".0");
    return arena_printf(g->arena, "%s%s", buf, is32 ? "f" : "");
}

static const char *constant(Gen *g, const Expr *e) {
    const ConstVal *v = e->cval;
    const Type *t = ut(e->type);
    if (t->kind == TYPE_INTERFACE) /* a constant assigned to an interface */
        return NULL;
    if (t->kind == TYPE_BOOL)
        return v->b ? "true" : "false";
    if (t->kind == TYPE_STRING)
        return cg_string_literal(g, v->s, v->s_len);
    if (t->kind == TYPE_FLOAT32)
        return float_literal(g, const_float32(v), true);
    if (t->kind == TYPE_FLOAT64)
        return float_literal(g, const_float64(v), false);
    if (t->kind == TYPE_COMPLEX64)
        return arena_printf(g->arena, "(GoComplex64){%s, %s}", float_literal(g, const_float32(v), true),
                            float_literal(g, const_imag64(v, true), true));
    if (t->kind == TYPE_COMPLEX128)
        return arena_printf(g->arena, "(GoComplex128){%s, %s}", float_literal(g, const_float64(v), false),
                            float_literal(g, const_imag64(v, false), false));
    if (type_is_unsigned(t))
        return arena_printf(g->arena, "%" PRIu64 "u%s", const_uint64(v),
                            const_uint64(v) > UINT32_MAX ? "LL" : "");
    int64_t i = const_int64(v);
    if (i == INT64_MIN)
        return "INT64_MIN";
    return arena_printf(g->arena, "%" PRId64 "%s", i, i > INT32_MAX || i < INT32_MIN ? "LL" : "");
}

/* ---- operators ----------------------------------------------------------- */

/* The unsigned type in which a wrapping operation on t is done: at least
 * 32 bits, so that C's promotions never reach a signed int. */
static const char *wide_unsigned(const Type *t) {
    return type_size(t) == 8 ? "uint64_t" : "uint32_t";
}

static const char *shift_count(Gen *g, Expr *y, const char *count) {
    if (y->sema_mode == MODE_CONST)
        return arena_printf(g->arena, "%" PRIu64 "u", const_uint64(y->cval));
    if (is_signed_int(ut(y->type)))
        return arena_printf(g->arena, "rt_shift_count(%s)", count);
    return arena_printf(g->arena, "(uint64_t)%s", count);
}

static const char *string_compare(Gen *g, TokenKind op, const char *a, const char *b) {
    if (op == TOK_EQL)
        return arena_printf(g->arena, "rt_string_eq(%s, %s)", a, b);
    if (op == TOK_NEQ)
        return arena_printf(g->arena, "!rt_string_eq(%s, %s)", a, b);
    return arena_printf(g->arena, "(rt_string_cmp(%s, %s) %s 0)", a, b, token_spelling(op));
}

/* x == nil and x != nil, for each kind that has nil. */
static const char *nil_compare(Gen *g, TokenKind op, const char *x, const Type *t) {
    const Type *u = ut(t);
    const char *eq = op == TOK_EQL ? "==" : "!=";
    switch (u->kind) {
    case TYPE_SLICE: return arena_printf(g->arena, "(%s.ptr %s NULL)", x, eq);
    case TYPE_INTERFACE: return arena_printf(g->arena, "(%s.type %s NULL)", x, eq);
    default: return arena_printf(g->arena, "(%s %s NULL)", x, eq);
    }
}

/* == and != on values C cannot compare with ==. */
static const char *composite_compare(Gen *g, TokenKind op, const Type *t, const char *a,
                                     const char *b) {
    const char *not = op == TOK_NEQ ? "!" : "";
    if (cg_is_interface(t))
        return arena_printf(g->arena, "%srt_iface_equal(%s, %s)", not, a, b);
    const char *ct = cg_ctype(g, t);
    return arena_printf(g->arena, "%srt_equal(%s, (%s[]){%s}, (%s[]){%s})", not,
                        cg_type_descriptor(g, t), ct, a, ct, b);
}

static const char *comparison(Gen *g, Expr *e, const char *a, const char *b) {
    TokenKind op = e->binary.op;
    Expr *x = e->binary.x, *y = e->binary.y;
    if (is_nil(x))
        return nil_compare(g, op, b, y->type);
    if (is_nil(y))
        return nil_compare(g, op, a, x->type);
    const Type *xt = ut(x->type), *yt = ut(y->type);
    if (xt->kind == TYPE_INTERFACE || yt->kind == TYPE_INTERFACE) {
        /* mixed: the non-interface operand is converted (spec) */
        if (xt->kind != TYPE_INTERFACE)
            a = cg_box_temp(g, a, cg_default_type(x->type));
        if (yt->kind != TYPE_INTERFACE)
            b = cg_box_temp(g, b, cg_default_type(y->type));
        return composite_compare(g, op, xt->kind == TYPE_INTERFACE ? x->type : y->type, a, b);
    }
    if (xt->kind == TYPE_STRING)
        return string_compare(g, op, a, b);
    if (xt->kind == TYPE_STRUCT || xt->kind == TYPE_ARRAY)
        return composite_compare(g, op, x->type, a, b);
    if (xt->kind == TYPE_COMPLEX64 || xt->kind == TYPE_COMPLEX128)
        return arena_printf(g->arena, "(%s(%s.real == %s.real && %s.imag == %s.imag))",
                            op == TOK_NEQ ? "!" : "", a, b, a, b);
    return arena_printf(g->arena, "(%s %s %s)", a, token_spelling(op), b);
}

static const char *binary_op(Gen *g, Expr *e, const char *a, const char *b) {
    TokenKind op = e->binary.op;
    const Type *t = ut(e->type);
    switch (op) {
    case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
        return comparison(g, e, a, b);
    case TOK_LAND: case TOK_LOR:
        return arena_printf(g->arena, "(%s %s %s)", a, token_spelling(op), b);
    case TOK_SHL: case TOK_SHR:
        return arena_printf(g->arena, "rt_%s_%s(%s, %s)", op == TOK_SHL ? "shl" : "shr",
                            cg_type_suffix(t), a, shift_count(g, e->binary.y, b));
    default:
        break;
    }
    const char *ct = cg_ctype(g, t);
    if (t->kind == TYPE_STRING) {
        /* a + b that does not escape: a buffer in the frame (a chain's
         * inner concatenations are not sites of their own: heap) */
        const char *buf = cg_tmp_buffer(g, escape_site_of(g->esc, e));
        if (buf)
            return arena_printf(g->arena, "rt_string_concat_buf(%s, %s, %s)", a, b, buf);
        return arena_printf(g->arena, "rt_string_concat(%s, %s)", a, b);
    }
    if (t->kind == TYPE_COMPLEX64 || t->kind == TYPE_COMPLEX128) {
        const char *fn = op == TOK_ADD ? "add" : op == TOK_SUB ? "sub" : op == TOK_MUL ? "mul" : "div";
        return arena_printf(g->arena, "rt_c%s_%s(%s, %s)", t->kind == TYPE_COMPLEX64 ? "64" : "128",
                            fn, a, b);
    }
    if (type_is_float(t)) {
        if (t->kind == TYPE_FLOAT32)
            return arena_printf(g->arena, "(GoFloat32)(%s %s %s)", a, token_spelling(op), b);
        return arena_printf(g->arena, "(%s %s %s)", a, token_spelling(op), b);
    }
    const char *wide = wide_unsigned(t);
    switch (op) {
    case TOK_ADD: case TOK_SUB: case TOK_MUL:
        return arena_printf(g->arena, "(%s)((%s)%s %s (%s)%s)", ct, wide, a,
                            token_spelling(op), wide, b);
    case TOK_QUO: case TOK_REM:
        return arena_printf(g->arena, "rt_%s_%s(%s, %s)", op == TOK_QUO ? "div" : "rem",
                            cg_type_suffix(t), a, b);
    case TOK_AND_NOT:
        return arena_printf(g->arena, "(%s)(%s & ~%s)", ct, a, b);
    default: /* & | ^ */
        return arena_printf(g->arena, "(%s)(%s %s %s)", ct, a, token_spelling(op), b);
    }
}

/* && and || whose right side has effects: the right side's statements may
 * only run when Go would evaluate it. */
static const char *short_circuit(Gen *g, Expr *e) {
    const char *result = cg_temp(g, "cond");
    cg_line(g, "GoBool %s = %s;", result, gen(g, e->binary.x, true));
    cg_line(g, "if (%s%s) {", e->binary.op == TOK_LAND ? "" : "!", result);
    g->fs->indent++;
    const char *y = gen(g, e->binary.y, true);
    cg_line(g, "%s = %s;", result, y);
    g->fs->indent--;
    cg_line(g, "}");
    return result;
}

static const char *unary_op(Gen *g, Expr *e, const char *x) {
    const Type *t = ut(e->type);
    switch (e->unary.op) {
    case TOK_ADD: return x;
    case TOK_NOT: return arena_printf(g->arena, "(!%s)", x);
    case TOK_SUB:
        if (type_is_float(t))
            return arena_printf(g->arena, "(-%s)", x);
        if (t->kind == TYPE_COMPLEX64 || t->kind == TYPE_COMPLEX128)
            return arena_printf(g->arena, "rt_c%s_neg(%s)", t->kind == TYPE_COMPLEX64 ? "64" : "128", x);
        return arena_printf(g->arena, "(%s)(0 - (%s)%s)", cg_ctype(g, t), wide_unsigned(t), x);
    default: /* ^x */
        return arena_printf(g->arena, "(%s)~(%s)%s", cg_ctype(g, t), wide_unsigned(t), x);
    }
}

/* ---- variables ------------------------------------------------------------ */

static const char *variable(Gen *g, Symbol *s) {
    if (s->is_global)
        return cg_global_name(g, s);
    const char *name = cg_local_name(g, s);
    return cg_local_deref(g, s) ? arena_printf(g->arena, "(*%s)", name) : name;
}

/* A declared (or library) function used as a value: a static closure
 * whose code forwards to it (a closure's code takes the closure first; the
 * function does not). */
static const char *forwarder(Gen *g, const char *target, const Type *ft) {
    const char *fwd = arena_printf(g->arena, "%s__fv", target);
    for (int i = 0; i < g->extern_protos.len; i++)
        if (strcmp(g->extern_protos.data[i], fwd) == 0)
            return arena_printf(g->arena, "(GoFunc *)&%s", fwd);
    vec_push(g->arena, &g->extern_protos, fwd);
    StrBuf b = {0}, args = {0};
    sb_printf(&b, "static %s %s__code(void *env", cg_result_type(g, ft), fwd);
    for (int i = 0; i < ft->func.params.len; i++) {
        sb_printf(&b, ", %s p%d", cg_ctype(g, ft->func.params.data[i]), i);
        sb_printf(&args, "%sp%d", i ? ", " : "", i);
    }
    sb_printf(&b, ") {\n    (void)env;\n    %s%s(%s);\n}\n", ft->func.results.len ? "return " : "",
              target, args.data ? args.data : "");
    sb_printf(&b, "static GoFunc %s = {(void (*)(void))%s__code};\n", fwd, fwd);
    sb_puts(&g->funcs, b.data);
    sb_printf(&g->protos, "static GoFunc %s;\n", fwd);
    sb_free(&b);
    sb_free(&args);
    return arena_printf(g->arena, "(GoFunc *)&%s", fwd);
}

static const char *func_value(Gen *g, Symbol *fn) {
    return forwarder(g, cg_global_name(g, fn), fn->type);
}

/* ---- selectors ---------------------------------------------------------------- */

static const char *lvalue(Gen *g, Expr *e, bool hoist);

/* The receiver operand of x.f: its C expression (an lvalue when x is
 * addressable) and type. */
static const char *operand(Gen *g, Expr *x, bool hoist) {
    x = unparen(x);
    const Type *u = ut(x->type);
    if (u->kind == TYPE_POINTER)
        return gen(g, x, hoist);
    if (x->sema_mode == MODE_VAR)
        return lvalue(g, x, hoist);
    return gen(g, x, hoist);
}

/* A method value x.M: a closure holding the receiver (evaluated now). */
static const char *method_value(Gen *g, Expr *e, bool hoist) {
    Expr *x = e->selector.x;
    const Type *rt = x->type;
    Lookup ml = type_lookup(g->arena, (Type *)rt, e->selector.sel->ident.name);
    const char *xv;
    if (ml.kind == LOOKUP_METHOD && !ml.in_interface && ml.method->pointer_recv && !ml.indirect &&
        ut(rt)->kind != TYPE_POINTER) {
        rt = type_new_pointer(g->arena, (Type *)rt); /* x.M means (&x).M */
        xv = cg_spill(g, rt, cg_address(g, x, hoist));
    } else {
        xv = cg_spill(g, rt, gen(g, x, hoist));
    }
    const Type *sig = e->type;
    const char *st = cg_fresh_global(g, "bound");
    sb_printf(&g->type_defs, "struct %s { void (*code__)(void); %s recv; };\n", st, cg_ctype(g, rt));
    StrBuf b = {0}, args = {0};
    sb_printf(&b, "static %s %s__code(void *env", cg_result_type(g, sig), st);
    for (int i = 0; i < sig->func.params.len; i++) {
        sb_printf(&b, ", %s p%d", cg_ctype(g, sig->func.params.data[i]), i);
        sb_printf(&args, ", p%d", i);
    }
    /* the call through the descriptor's wrapper, which handles embedding,
     * pointer receivers and interfaces alike */
    const char *call;
    if (cg_is_interface(rt)) {
        call = arena_printf(g->arena, "((%s (*)(%s))rt_imethod(((struct %s *)env)->recv, \"%s\", &cache))"
                            "(((struct %s *)env)->recv.data%s)",
                            cg_result_type(g, sig), cg_param_types(g, sig, true), st,
                            e->selector.sel->ident.name, st, args.data ? args.data : "");
    } else {
        call = arena_printf(g->arena, "((%s (*)(%s))rt_method(%s, \"%s\", &cache))(&((struct %s *)env)->recv%s)",
                            cg_result_type(g, sig), cg_param_types(g, sig, true),
                            cg_type_descriptor(g, rt), e->selector.sel->ident.name, st,
                            args.data ? args.data : "");
    }
    sb_printf(&b, ") {\n    static GoMethodCache cache;\n    %s%s;\n}\n",
              sig->func.results.len ? "return " : "", call);
    sb_puts(&g->funcs, b.data);
    sb_printf(&g->protos, "struct %s;\n", st);
    sb_free(&b);
    sb_free(&args);
    if (cg_is_interface(rt))
        cg_line(g, "rt_imethod(%s, \"%s\", NULL); /* nil interface: panics now, as Go */", xv,
                e->selector.sel->ident.name);
    else if (ut(rt)->kind == TYPE_POINTER) {
        Lookup l = type_lookup(g->arena, (Type *)rt, e->selector.sel->ident.name);
        if (l.kind == LOOKUP_METHOD && !l.method->pointer_recv && l.depth == 0)
            cg_line(g, "(void)rt_nilcheck(%s); /* *p is copied now */", xv);
    }
    const char *c = cg_alloc_env(g, st, "a method value", escape_site_of(g->esc, e));
    cg_line(g, "%s->code__ = (void (*)(void))%s__code;", c, st);
    cg_line(g, "%s->recv = %s;", c, xv);
    return arena_printf(g->arena, "(GoFunc *)%s", c);
}

/* A method expression T.M or (*T).M: a function taking the receiver first. */
static const char *method_expr(Gen *g, Expr *e) {
    const Type *recv = e->selector.x->type;
    const Type *ft = e->type;
    const char *st = cg_fresh_global(g, "mexpr");
    StrBuf b = {0}, args = {0};
    sb_printf(&b, "static %s %s__code(void *env", cg_result_type(g, ft), st);
    for (int i = 0; i < ft->func.params.len; i++) {
        sb_printf(&b, ", %s p%d", cg_ctype(g, ft->func.params.data[i]), i);
        if (i)
            sb_printf(&args, ", p%d", i);
    }
    const char *call;
    /* Build the cast from the method's own signature (without receiver). */
    Type sig = *ft;
    sig.func.params.data = ft->func.params.data + 1;
    sig.func.params.len = ft->func.params.len - 1;
    if (cg_is_interface(recv))
        call = arena_printf(g->arena, "((%s (*)(%s))rt_imethod(p0, \"%s\", &cache))(p0.data%s)",
                            cg_result_type(g, ft), cg_param_types(g, &sig, true),
                            e->selector.sel->ident.name, args.data ? args.data : "");
    else
        call = arena_printf(g->arena, "((%s (*)(%s))rt_method(%s, \"%s\", &cache))(&p0%s)",
                            cg_result_type(g, ft), cg_param_types(g, &sig, true),
                            cg_type_descriptor(g, recv), e->selector.sel->ident.name,
                            args.data ? args.data : "");
    sb_printf(&b, ") {\n    (void)env;\n    static GoMethodCache cache;\n    %s%s;\n}\n",
              ft->func.results.len ? "return " : "", call);
    sb_printf(&b, "static GoFunc %s = {(void (*)(void))%s__code};\n", st, st);
    sb_puts(&g->funcs, b.data);
    sb_printf(&g->protos, "static GoFunc %s;\n", st);
    sb_free(&b);
    sb_free(&args);
    return arena_printf(g->arena, "(GoFunc *)&%s", st);
}

/* pkg.Name of a standard package: its C global (functions are called, not
 * read, in call.c). */
static const char *package_member(Gen *g, Expr *e) {
    Symbol *s = e->selector.sel->ident.sym;
    const char *pkg = e->selector.x->ident.sym->pkg_path;
    const char *name = arena_printf(g->arena, "%s__%s", cg_pkg_prefix(g, pkg), s->name);
    for (int i = 0; i < g->extern_protos.len; i++)
        if (strcmp(g->extern_protos.data[i], name) == 0)
            return name;
    vec_push(g->arena, &g->extern_protos, name);
    if (s->kind == SYM_VAR)
        sb_printf(&g->protos, "extern %s %s;\n", cg_ctype(g, s->type), name);
    else if (s->kind == SYM_FUNC)
        sb_printf(&g->protos, "extern %s %s(%s);\n", cg_result_type(g, s->type), name,
                  cg_param_types(g, s->type, false));
    return name;
}

static const char *selector(Gen *g, Expr *e, bool hoist) {
    Expr *x = e->selector.x;
    if (x->sema_mode == MODE_PACKAGE) {
        Symbol *s = e->selector.sel->ident.sym;
        if (s && s->kind == SYM_FUNC) /* a library function as a value */
            return forwarder(g, package_member(g, e), s->type);
        return package_member(g, e);
    }
    if (x->sema_mode == MODE_TYPE)
        return method_expr(g, e);
    Lookup l = type_lookup(g->arena, x->type, e->selector.sel->ident.name);
    if (l.kind == LOOKUP_METHOD)
        return method_value(g, e, hoist);
    const Type *ft;
    return cg_select_path(g, operand(g, x, hoist), x->type, &l, &ft);
}

/* ---- indexing and slicing ------------------------------------------------------ */

static const Type *pointee_array(const Type *t) {
    const Type *u = ut(t);
    if (u->kind == TYPE_POINTER && type_under(u->pointer.elem)->kind == TYPE_ARRAY)
        return u->pointer.elem;
    return NULL;
}

/* x[i] as a C lvalue (arrays, slices, pointers to arrays). */
static const char *element(Gen *g, Expr *e, bool hoist, bool as_lvalue) {
    Expr *x = e->index.x;
    const Type *u = ut(x->type);
    const Type *pa = pointee_array(x->type);
    const char *base;
    if (pa) {
        const char *p = gen(g, x, hoist);
        base = arena_printf(g->arena, "(*(%s *)rt_nilcheck(%s))", cg_ctype(g, pa), p);
        u = type_under(pa);
    } else if (u->kind == TYPE_ARRAY) {
        base = as_lvalue || x->sema_mode == MODE_VAR ? lvalue(g, x, hoist) : gen(g, x, hoist);
        if (x->sema_mode != MODE_VAR && !as_lvalue && cg_count_effects(x))
            base = cg_spill(g, x->type, base);
    } else {
        base = NULL;
    }
    Expr *index = e->index.indices.data[0];
    const char *s = base ? NULL : gen(g, x, hoist);
    if (s && hoist && cg_count_effects(index))
        s = cg_spill(g, x->type, s);
    const char *i = gen(g, index, hoist);
    if (base) {
        if (index->sema_mode == MODE_CONST)
            return arena_printf(g->arena, "%s.a[%s]", base, i);
        return arena_printf(g->arena, "%s.a[rt_index(%s, %lld)]", base, i,
                            (long long)u->array.len);
    }
    if (u->kind == TYPE_STRING)
        return arena_printf(g->arena, "rt_string_index(%s, %s)", s, i);
    /* a slice: evaluated once, as its pointer and length are both read */
    if (!(unparen(x)->kind == EXPR_IDENT))
        s = cg_spill(g, x->type, s);
    return arena_printf(g->arena, "((%s *)%s.ptr)[rt_index(%s, %s.len)]",
                        cg_ctype(g, u->slice.elem), s, i, s);
}

/* m[k] as a value: the zero value when k is absent. */
static const char *map_index(Gen *g, Expr *e, bool hoist) {
    Expr *m = e->index.x;
    const Type *mt = ut(m->type);
    const char *mv = gen(g, m, hoist);
    if (hoist && cg_count_effects(e->index.indices.data[0]))
        mv = cg_spill(g, m->type, mv);
    const char *k = cg_value_as(g, e->index.indices.data[0], mt->map.key, hoist);
    const char *vt = cg_ctype(g, mt->map.value);
    const char *p = cg_temp(g, "tmp");
    cg_line(g, "%s *%s = rt_map_get(%s, %s, (%s[]){%s});", vt, p, cg_type_descriptor(g, m->type),
            mv, cg_ctype(g, mt->map.key), k);
    return arena_printf(g->arena, "(%s ? *%s : %s)", p, p, cg_zero_value(g, mt->map.value));
}

static const char *slice_expr(Gen *g, Expr *e, bool hoist) {
    Expr *x = e->slice.x;
    const Type *u = ut(x->type);
    const Type *pa = pointee_array(x->type);
    const char *s;
    const Type *elem;
    if (u->kind == TYPE_STRING) {
        const char *sv = gen(g, x, hoist);
        const char *lo = e->slice.lo ? gen(g, e->slice.lo, hoist) : "0";
        const char *hi = e->slice.hi ? gen(g, e->slice.hi, hoist) : "0";
        return arena_printf(g->arena, "rt_string_slice(%s, %s, %s, %s)", sv, lo, hi,
                            e->slice.hi ? "true" : "false");
    }
    if (pa || u->kind == TYPE_ARRAY) {
        const Type *at = pa ? type_under(pa) : u;
        const char *addr = pa ? arena_printf(g->arena, "(%s *)rt_nilcheck(%s)", cg_ctype(g, pa), gen(g, x, hoist))
                              : arena_printf(g->arena, "&%s", lvalue(g, x, hoist));
        s = arena_printf(g->arena, "(GoSlice){(%s)->a, %lld, %lld}", addr, (long long)at->array.len,
                         (long long)at->array.len);
        elem = at->array.elem;
    } else {
        s = gen(g, x, hoist);
        elem = u->slice.elem;
    }
    const char *lo = e->slice.lo ? gen(g, e->slice.lo, hoist) : "0";
    const char *hi = e->slice.hi ? gen(g, e->slice.hi, hoist) : "0";
    const char *max = e->slice.max ? gen(g, e->slice.max, hoist) : "0";
    return arena_printf(g->arena, "rt_%s_slice(%s, sizeof(%s), %s, %s, %s, %s, %s)",
                        ut(x->type)->kind == TYPE_SLICE ? "slice" : "array", s,
                        cg_ctype(g, elem), lo, hi, max, e->slice.hi ? "true" : "false",
                        e->slice.three ? "true" : "false");
}

/* ---- lvalues and addresses ------------------------------------------------------ */

static const char *lvalue(Gen *g, Expr *e, bool hoist) {
    e = unparen(e);
    switch (e->kind) {
    case EXPR_IDENT: return variable(g, e->ident.sym);
    case EXPR_STAR: {
        const char *p = gen(g, e->star.x, hoist);
        return arena_printf(g->arena, "(*(%s *)rt_nilcheck(%s))", cg_ctype(g, e->type), p);
    }
    case EXPR_SELECTOR:
        if (e->selector.x->sema_mode == MODE_PACKAGE)
            return package_member(g, e);
        return selector(g, e, hoist);
    case EXPR_INDEX: return element(g, e, hoist, true);
    case EXPR_COMPOSITE_LIT: return cg_spill(g, e->type, gen(g, e, hoist));
    default: return cg_spill(g, e->type, gen(g, e, hoist));
    }
}

/* &T{...}: the literal in storage of its own; site is the allocation
 * (the & expression, or an elided &T literal inside another). */
static const char *literal_address(Gen *g, Expr *lit, const Expr *site, bool hoist) {
    const char *v = gen(g, lit, hoist);
    const char *p = cg_alloc_site(g, escape_site_of(g->esc, site), lit->type, NULL);
    cg_line(g, "*%s = %s;", p, v);
    return p;
}

const char *cg_address(Gen *g, Expr *e, bool hoist) {
    e = unparen(e);
    if (e->kind == EXPR_IDENT && !e->ident.sym->is_global && cg_local_deref(g, e->ident.sym))
        return cg_local_name(g, e->ident.sym);
    if (e->kind == EXPR_COMPOSITE_LIT)
        return literal_address(g, e, e, hoist);
    if (e->kind == EXPR_STAR)
        return arena_printf(g->arena, "(%s *)rt_nilcheck(%s)", cg_ctype(g, e->type),
                            gen(g, e->star.x, hoist));
    return arena_printf(g->arena, "&%s", lvalue(g, e, hoist));
}

/* ---- composite literals ---------------------------------------------------------- */

/* The index each element of an array or slice literal goes to, and the
 * length: keys are constants, unkeyed elements follow the previous one. */
static int64_t literal_indices(Expr *e, int64_t *indices) {
    int64_t next = 0, max = 0;
    for (int i = 0; i < e->composite.elts.len; i++) {
        Expr *el = e->composite.elts.data[i];
        if (el->kind == EXPR_KEY_VALUE)
            next = (int64_t)const_int64(el->key_value.key->cval);
        indices[i] = next++;
        if (next > max)
            max = next;
    }
    return max;
}

static Expr *elt_value(Expr *el) { return el->kind == EXPR_KEY_VALUE ? el->key_value.value : el; }

static const char *struct_literal(Gen *g, Expr *e, const Type *t, bool hoist) {
    const Type *u = type_under(t);
    const ExprVec *elts = &e->composite.elts;
    if (!elts->len)
        return cg_zero_value(g, t);
    StrBuf b = {0};
    sb_printf(&b, "(%s){", cg_ctype(g, t));
    for (int i = 0; i < elts->len; i++) {
        Expr *el = elts->data[i];
        int fi = i;
        if (el->kind == EXPR_KEY_VALUE) {
            const char *name = el->key_value.key->ident.name;
            for (int j = 0; j < u->strct.fields.len; j++)
                if (strcmp(u->strct.fields.data[j].name, name) == 0)
                    fi = j;
        }
        const StructField *f = &u->strct.fields.data[fi];
        const char *v = cg_value_as(g, elt_value(el), f->type, hoist);
        if (strcmp(f->name, "_") == 0)
            sb_printf(&b, "%s.blank__%d = %s", i ? ", " : "", fi, v);
        else
            sb_printf(&b, "%s.%s = %s", i ? ", " : "", cg_ident(g, f->name), v);
    }
    sb_putc(&b, '}');
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

static const char *array_literal(Gen *g, Expr *e, const Type *t, bool hoist) {
    const Type *u = type_under(t);
    const ExprVec *elts = &e->composite.elts;
    if (!elts->len || u->array.len == 0)
        return cg_zero_value(g, t);
    int64_t *idx = arena_alloc(g->arena, sizeof(int64_t) * (size_t)elts->len);
    literal_indices(e, idx);
    StrBuf b = {0};
    sb_printf(&b, "(%s){{", cg_ctype(g, t));
    for (int i = 0; i < elts->len; i++)
        sb_printf(&b, "%s[%lld] = %s", i ? ", " : "", (long long)idx[i],
                  cg_value_as(g, elt_value(elts->data[i]), u->array.elem, hoist));
    sb_puts(&b, "}}");
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

static const char *slice_literal(Gen *g, Expr *e, const Type *t, bool hoist) {
    const Type *u = type_under(t);
    const ExprVec *elts = &e->composite.elts;
    int64_t *idx = arena_alloc(g->arena, sizeof(int64_t) * (size_t)(elts->len + 1));
    int64_t n = literal_indices(e, idx);
    if (n == 0)
        return arena_printf(g->arena, "(GoSlice){%s, 0, 0}", cg_alloc_empty(g)); /* empty, not nil */
    const char *p = cg_alloc_site(g, escape_site_of(g->esc, e), u->slice.elem,
                                  arena_printf(g->arena, "%lld", (long long)n));
    /* the elements first (calls in order, as gc), then the stores */
    const char **vals = arena_alloc(g->arena, sizeof(char *) * (size_t)(elts->len + 1));
    for (int i = 0; i < elts->len; i++)
        vals[i] = cg_value_of(g, elt_value(elts->data[i]), u->slice.elem, true);
    for (int i = 0; i < elts->len; i++)
        cg_line(g, "%s[%lld] = %s;", p, (long long)idx[i],
                cg_assigned(g, elt_value(elts->data[i]), vals[i], u->slice.elem));
    return arena_printf(g->arena, "(GoSlice){%s, %lld, %lld}", p, (long long)n, (long long)n);
}

static const char *map_literal(Gen *g, Expr *e, const Type *t) {
    const Type *u = type_under(t);
    const ExprVec *elts = &e->composite.elts;
    const char *m = cg_temp(g, "tmp");
    const char *desc = cg_type_descriptor(g, t);
    cg_line(g, "GoMap *%s = rt_make_map_at(%s, %d, &%s);", m, desc, elts->len,
            cg_alloc_site_desc(g, escape_site_of(g->esc, e)));
    for (int i = 0; i < elts->len; i++) {
        Expr *kv = elts->data[i];
        const char *k = cg_value_as(g, kv->key_value.key, u->map.key, true);
        const char *v = cg_value_as(g, kv->key_value.value, u->map.value, true);
        cg_line(g, "*(%s *)rt_map_set(%s, %s, (%s[]){%s}) = %s;", cg_ctype(g, u->map.value), desc,
                m, cg_ctype(g, u->map.key), k, v);
    }
    return m;
}

static const char *composite_literal(Gen *g, Expr *e, bool hoist) {
    const Type *t = e->type;
    const Type *u = type_under(t);
    if (u->kind == TYPE_POINTER) { /* &T elided in [] *T{{...}} */
        Expr *c = ARENA_NEW(g->arena, Expr);
        *c = *e;
        c->type = u->pointer.elem;
        return literal_address(g, c, e, hoist);
    }
    switch (u->kind) {
    case TYPE_STRUCT: return struct_literal(g, e, t, hoist);
    case TYPE_ARRAY: return array_literal(g, e, t, hoist);
    case TYPE_SLICE: return slice_literal(g, e, t, hoist);
    case TYPE_MAP: return map_literal(g, e, t);
    default: ice("codegen: composite literal of %s", type_string(g->arena, t));
    }
}

/* ---- type assertions --------------------------------------------------------------- */

static const char *type_assert(Gen *g, Expr *e, bool hoist) {
    Expr *x = e->assert.x;
    const char *v = gen(g, x, hoist);
    const Type *want = e->type;
    if (cg_is_interface(want))
        return arena_printf(g->arena, "rt_assert_iface(%s, %s, %s)", v,
                            cg_type_descriptor(g, x->type), cg_type_descriptor(g, want));
    return arena_printf(g->arena, "(*(%s *)rt_assert_type(%s, %s, %s))", cg_ctype(g, want), v,
                        cg_type_descriptor(g, x->type), cg_type_descriptor(g, want));
}

/* ---- conversions in assignments ------------------------------------------------------ */

/* e's value before assignment converts it: a constant assigned to an
 * interface is emitted with its default type. */
const char *cg_value_of(Gen *g, Expr *e, const Type *t, bool hoist) {
    if (t && is_nil(e))
        return NULL;
    if (t && cg_is_interface(t) && !cg_is_interface(e->type) && e->sema_mode == MODE_CONST)
        return constant(g, &(Expr){.type = cg_default_type(e->type), .cval = e->cval});
    return gen(g, e, hoist);
}

/* v, the value of e, as assignment to type t converts it. */
const char *cg_assigned(Gen *g, Expr *e, const char *v, const Type *t) {
    if (!t)
        return v;
    if (is_nil(e))
        return cg_zero_value(g, t);
    if (cg_is_interface(t) && !cg_is_interface(e->type))
        return cg_box(g, v, cg_default_type(e->type), e);
    const Type *u = ut(t);
    if ((u->kind == TYPE_STRUCT || u->kind == TYPE_ARRAY) && e->type && !type_is_untyped(e->type) &&
        strcmp(cg_ctype(g, e->type), cg_ctype(g, t)) != 0)
        return cg_convert_value(g, v, e->type, t); /* same layout, other name */
    return v;
}

const char *cg_value_as(Gen *g, Expr *e, const Type *t, bool hoist) {
    return cg_assigned(g, e, cg_value_of(g, e, t, hoist), t);
}

/* ---- the dispatcher ---------------------------------------------------- */

static const char *maybe_spill(Gen *g, Expr *e, const char *r, bool hoist) {
    return hoist ? cg_spill(g, e->type, r) : r;
}

static const char *gen(Gen *g, Expr *e, bool hoist) {
    if (e->sema_mode == MODE_CONST) {
        const char *c = constant(g, e);
        if (c)
            return c;
    }
    switch (e->kind) {
    case EXPR_IDENT: {
        Symbol *s = e->ident.sym;
        if (s->kind == SYM_NIL)
            return cg_zero_value(g, e->type);
        if (s->kind == SYM_FUNC)
            return func_value(g, s);
        return variable(g, s);
    }
    case EXPR_PAREN:
        return gen(g, e->paren.x, hoist);
    case EXPR_UNARY:
        if (e->unary.op == TOK_AND) {
            if (unparen(e->unary.x)->kind == EXPR_COMPOSITE_LIT)
                return literal_address(g, unparen(e->unary.x), e, hoist);
            return cg_address(g, e->unary.x, hoist);
        }
        return unary_op(g, e, gen(g, e->unary.x, hoist));
    case EXPR_STAR:
        return lvalue(g, e, hoist);
    case EXPR_BINARY: {
        if ((e->binary.op == TOK_LAND || e->binary.op == TOK_LOR) &&
            cg_count_effects(e->binary.y) > 0)
            return short_circuit(g, e);
        const char *a = gen(g, e->binary.x, hoist);
        const char *b = gen(g, e->binary.y, hoist);
        const char *r = binary_op(g, e, a, b);
        bool panics = (e->binary.op == TOK_QUO || e->binary.op == TOK_REM ||
                       e->binary.op == TOK_SHL || e->binary.op == TOK_SHR) &&
                      cg_count_effects(e) > cg_count_effects(e->binary.x) + cg_count_effects(e->binary.y);
        return hoist && panics ? cg_spill(g, e->type, r) : r;
    }
    case EXPR_SELECTOR:
        return selector(g, e, hoist);
    case EXPR_INDEX:
        if (ut(e->index.x->type)->kind == TYPE_MAP)
            return map_index(g, e, hoist);
        return maybe_spill(g, e, element(g, e, hoist, false), hoist);
    case EXPR_SLICE:
        return maybe_spill(g, e, slice_expr(g, e, hoist), hoist);
    case EXPR_CALL:
        return cg_call(g, e, hoist);
    case EXPR_COMPOSITE_LIT:
        return composite_literal(g, e, hoist);
    case EXPR_FUNC_LIT:
        return cg_func_literal(g, e);
    case EXPR_TYPE_ASSERT:
        return maybe_spill(g, e, type_assert(g, e, hoist), hoist);
    default:
        ice("codegen: unexpected %s", ast_expr_kind_name(e->kind));
    }
}

const char *cg_gen(Gen *g, Expr *e, bool hoist) { return gen(g, e, hoist); }

const char *cg_expr(Gen *g, Expr *e) { return gen(g, e, cg_count_effects(e) >= 2); }

const char *cg_expr_hoisted(Gen *g, Expr *e) { return gen(g, e, true); }

const char *cg_lvalue(Gen *g, Expr *e, bool hoist) { return lvalue(g, e, hoist); }
