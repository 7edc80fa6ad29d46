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
 */
#include "internal.h"

#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *gen(Gen *g, Expr *e, bool hoist);

static Type *builtin_of(const Type *t) {
    switch (t->kind) {
    case TYPE_UNTYPED_BOOL: return type_basic(TYPE_BOOL);
    case TYPE_UNTYPED_INT: return type_basic(TYPE_INT);
    case TYPE_UNTYPED_RUNE: return type_basic(TYPE_INT32);
    case TYPE_UNTYPED_FLOAT: return type_basic(TYPE_FLOAT64);
    case TYPE_UNTYPED_STRING: return type_basic(TYPE_STRING);
    default: return (Type *)t;
    }
}


/* ---- which parts have effects --------------------------------------------
 * An effect is anything whose order Go defines: a call, or an operation
 * that may panic (division, indexing, a shift by a signed count). */

static int count_effects(const Expr *e);

static int count_list(const ExprVec *v) {
    int n = 0;
    for (int i = 0; i < v->len; i++)
        n += count_effects(v->data[i]);
    return n;
}

static bool is_signed_int(const Type *t) { return type_is_integer(t) && !type_is_unsigned(t); }

static int count_effects(const Expr *e) {
    if (!e || e->sema_mode == MODE_CONST)
        return 0;
    switch (e->kind) {
    case EXPR_PAREN: return count_effects(e->paren.x);
    case EXPR_UNARY: return count_effects(e->unary.x);
    case EXPR_BINARY: {
        int n = count_effects(e->binary.x) + count_effects(e->binary.y);
        TokenKind op = e->binary.op;
        if ((op == TOK_QUO || op == TOK_REM) && type_is_integer(e->type) &&
            e->binary.y->sema_mode != MODE_CONST)
            n++;
        if ((op == TOK_SHL || op == TOK_SHR) && e->binary.y->sema_mode != MODE_CONST &&
            is_signed_int(e->binary.y->type))
            n++;
        return n;
    }
    case EXPR_INDEX: return 1 + count_effects(e->index.x) + count_list(&e->index.indices);
    case EXPR_CALL: {
        int n = count_list(&e->call.args);
        if (e->call.fun->sema_mode == MODE_TYPE)
            return n;
        Symbol *s = sema_callee(e);
        if (s && s->kind == SYM_BUILTIN && s->builtin == BUILTIN_LEN)
            return n;
        return n + 1;
    }
    default:
        return 0;
    }
}

/* Emits `T tmp = value;` and returns tmp. */
static const char *spill(Gen *g, const Type *t, const char *value) {
    const char *tmp = cg_temp(g, "tmp");
    cg_line(g, "%s %s = %s;", cg_ctype(g, builtin_of(t)), tmp, value);
    return tmp;
}

/* ---- constants --------------------------------------------------------- */

static const char *string_literal(Gen *g, const char *s, size_t n) {
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
    const Type *t = builtin_of(e->type);
    if (t->kind == TYPE_BOOL)
        return v->b ? "true" : "false";
    if (t->kind == TYPE_STRING)
        return string_literal(g, v->s, v->s_len);
    if (t->kind == TYPE_FLOAT32)
        return float_literal(g, const_float32(v), true);
    if (t->kind == TYPE_FLOAT64)
        return float_literal(g, const_float64(v), false);
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
    if (is_signed_int(y->type))
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

static const char *binary_op(Gen *g, Expr *e, const char *a, const char *b) {
    TokenKind op = e->binary.op;
    const Type *xt = builtin_of(e->binary.x->type);
    const Type *t = builtin_of(e->type);
    const char *ct = cg_ctype(g, t);
    switch (op) {
    case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
        if (xt->kind == TYPE_STRING)
            return string_compare(g, op, a, b);
        return arena_printf(g->arena, "(%s %s %s)", a, token_spelling(op), b);
    case TOK_LAND: case TOK_LOR:
        return arena_printf(g->arena, "(%s %s %s)", a, token_spelling(op), b);
    case TOK_SHL: case TOK_SHR:
        return arena_printf(g->arena, "rt_%s_%s(%s, %s)", op == TOK_SHL ? "shl" : "shr",
                            cg_type_suffix(t), a, shift_count(g, e->binary.y, b));
    default:
        break;
    }
    if (t->kind == TYPE_STRING)
        return arena_printf(g->arena, "rt_string_concat(%s, %s)", a, b);
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

/* && and || whose right side has effects, under hoisting: the right side's
 * temporaries may only be computed when Go would evaluate it. */
static const char *short_circuit(Gen *g, Expr *e) {
    const char *result = cg_temp(g, "cond");
    cg_line(g, "GoBool %s = %s;", result, gen(g, e->binary.x, true));
    cg_line(g, "if (%s%s) {", e->binary.op == TOK_LAND ? "" : "!", result);
    g->indent++;
    const char *y = gen(g, e->binary.y, true);
    cg_line(g, "%s = %s;", result, y);
    g->indent--;
    cg_line(g, "}");
    return result;
}

static const char *unary_op(Gen *g, Expr *e, const char *x) {
    const Type *t = builtin_of(e->type);
    switch (e->unary.op) {
    case TOK_ADD: return x;
    case TOK_NOT: return arena_printf(g->arena, "(!%s)", x);
    case TOK_SUB:
        if (type_is_float(t))
            return arena_printf(g->arena, "(-%s)", x);
        return arena_printf(g->arena, "(%s)(0 - (%s)%s)", cg_ctype(g, t), wide_unsigned(t), x);
    default: /* ^x */
        return arena_printf(g->arena, "(%s)~(%s)%s", cg_ctype(g, t), wide_unsigned(t), x);
    }
}

/* ---- conversions --------------------------------------------------------- */

const char *cg_convert(Gen *g, const char *v, const Type *from, const Type *to) {
    from = builtin_of(from);
    to = builtin_of(to);
    if (type_identical(from, to))
        return v;
    const char *ct = cg_ctype(g, to);
    if (to->kind == TYPE_STRING) {
        if (from->kind == TYPE_STRING)
            return v;
        /* string(r): a uint64 above MaxInt64 is no rune either */
        return arena_printf(g->arena, "rt_string_from_rune((GoInt64)%s)", v);
    }
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

/* ---- calls ----------------------------------------------------------------- */

/* The interface value for a fmt argument: a type descriptor and a pointer
 * to a copy of the value, where escape analysis put it. */
static const char *box(Gen *g, Expr *arg, const Type *type, const char *value) {
    const Type *t = builtin_of(type);
    const char *ct = cg_ctype(g, t);
    const EscapeSite *site = escape_site_of(g->esc, arg);
    if (site && site->verdict == ESC_HEAP) {
        const char *p = cg_temp(g, "box");
        cg_line(g, "%s *%s = %s(sizeof(%s)); /* heap: %s */", ct, p,
                t->kind == TYPE_STRING ? "rt_alloc" : "rt_alloc_atomic", ct, site->reason);
        cg_line(g, "*%s = %s;", p, value);
        return arena_printf(g->arena, "{%s, %s}", cg_type_descriptor(t), p);
    }
    /* an array compound literal, so that a struct value initializes the
     * element rather than the struct's first member */
    return arena_printf(g->arena, "{%s, (%s[]){%s}}", cg_type_descriptor(t), ct, value);
}

/* fmt's variadic arguments as a C array of GoEface, plus its length. */
static const char *fmt_args(Gen *g, Expr *call, int first) {
    int n = call->call.args.len - first;
    if (n <= 0)
        return "NULL, 0";
    Expr *spread = cg_spread_arg(call);  /* fmt.Println(f()) */
    if (spread)
        n = spread->type->tuple.elems.len;
    const char **values = arena_alloc(g->arena, sizeof(char *) * (size_t)n);
    const Type **types = arena_alloc(g->arena, sizeof(Type *) * (size_t)n);
    const char *tuple = spread ? spill(g, spread->type, gen(g, spread, true)) : NULL;
    for (int i = 0; i < n; i++) {
        Expr *arg = spread ? spread : call->call.args.data[first + i];
        types[i] = spread ? spread->type->tuple.elems.data[i] : arg->type;
        values[i] = spread ? arena_printf(g->arena, "%s.r%d", tuple, i) : gen(g, arg, true);
    }
    StrBuf b = {0};
    sb_puts(&b, "(GoEface[]){");
    for (int i = 0; i < n; i++)
        sb_printf(&b, "%s%s", i ? ", " : "",
                  box(g, spread ? spread : call->call.args.data[first + i], types[i], values[i]));
    sb_printf(&b, "}, %d", n);
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

/* The one argument whose several values a call spreads, or NULL. */
Expr *cg_spread_arg(const Expr *call) {
    const ExprVec *args = &call->call.args;
    if (args->len == 1 && args->data[0]->type && args->data[0]->type->kind == TYPE_TUPLE)
        return args->data[0];
    return NULL;
}

static const char *builtin_call(Gen *g, Expr *e, Symbol *fn, bool hoist) {
    switch (fn->builtin) {
    case BUILTIN_LEN:
        return arena_printf(g->arena, "(%s).len", gen(g, e->call.args.data[0], hoist));
    case BUILTIN_FMT_SPRINT:
        return arena_printf(g->arena, "rt_fmt_sprint(%s)", fmt_args(g, e, 0));
    case BUILTIN_FMT_SPRINTLN:
        return arena_printf(g->arena, "rt_fmt_sprintln(%s)", fmt_args(g, e, 0));
    case BUILTIN_FMT_SPRINTF: {
        const char *f = gen(g, e->call.args.data[0], true);
        return arena_printf(g->arena, "rt_fmt_sprintf(%s, %s)", f, fmt_args(g, e, 1));
    }
    case BUILTIN_FMT_PRINT:
        return arena_printf(g->arena, "rt_fmt_print(%s)", fmt_args(g, e, 0));
    case BUILTIN_FMT_PRINTLN:
        return arena_printf(g->arena, "rt_fmt_println(%s)", fmt_args(g, e, 0));
    case BUILTIN_FMT_PRINTF: {
        const char *f = gen(g, e->call.args.data[0], true);
        return arena_printf(g->arena, "rt_fmt_printf(%s, %s)", f, fmt_args(g, e, 1));
    }
    case BUILTIN_OS_EXIT:
        return arena_printf(g->arena, "rt_exit(%s)", gen(g, e->call.args.data[0], hoist));
    default:
        ice("codegen: builtin %s", fn->name);
    }
}

static const char *func_call(Gen *g, Expr *e, Symbol *fn, bool hoist) {
    StrBuf b = {0};
    sb_printf(&b, "%s(", cg_global_name(g, fn));
    ExprVec *args = &e->call.args;
    if (args->len == 1 && args->data[0]->type && args->data[0]->type->kind == TYPE_TUPLE) {
        /* f(g()): spread g's results */
        const char *t = spill(g, args->data[0]->type, gen(g, args->data[0], hoist));
        for (int i = 0; i < args->data[0]->type->tuple.elems.len; i++)
            sb_printf(&b, "%s%s.r%d", i ? ", " : "", t, i);
    } else {
        for (int i = 0; i < args->len; i++)
            sb_printf(&b, "%s%s", i ? ", " : "", gen(g, args->data[i], hoist));
    }
    sb_putc(&b, ')');
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

static const char *call(Gen *g, Expr *e, bool hoist) {
    if (e->call.fun->sema_mode == MODE_TYPE) {
        Expr *x = e->call.args.data[0];
        return cg_convert(g, gen(g, x, hoist), x->type, e->type);
    }
    Symbol *fn = sema_callee(e);
    const char *c = fn->kind == SYM_BUILTIN ? builtin_call(g, e, fn, hoist)
                                            : func_call(g, e, fn, hoist);
    if (hoist && e->type && !(fn->kind == SYM_BUILTIN && fn->builtin == BUILTIN_LEN))
        return spill(g, e->type, c);
    return c;
}

/* ---- the dispatcher ---------------------------------------------------- */

static const char *gen(Gen *g, Expr *e, bool hoist) {
    if (e->sema_mode == MODE_CONST)
        return constant(g, e);
    switch (e->kind) {
    case EXPR_IDENT: {
        Symbol *s = e->ident.sym;
        bool global = s->is_global || s->kind == SYM_FUNC;
        return global ? cg_global_name(g, s) : cg_local_name(g, s);
    }
    case EXPR_PAREN:
        return gen(g, e->paren.x, hoist);
    case EXPR_UNARY:
        return unary_op(g, e, gen(g, e->unary.x, hoist));
    case EXPR_BINARY: {
        if (hoist && (e->binary.op == TOK_LAND || e->binary.op == TOK_LOR) &&
            count_effects(e->binary.y) > 0)
            return short_circuit(g, e);
        const char *a = gen(g, e->binary.x, hoist);
        const char *b = gen(g, e->binary.y, hoist);
        const char *r = binary_op(g, e, a, b);
        bool panics = (e->binary.op == TOK_QUO || e->binary.op == TOK_REM ||
                       e->binary.op == TOK_SHL || e->binary.op == TOK_SHR) &&
                      count_effects(e) > count_effects(e->binary.x) + count_effects(e->binary.y);
        return hoist && panics ? spill(g, e->type, r) : r;
    }
    case EXPR_INDEX: {
        const char *s = gen(g, e->index.x, hoist);
        const char *i = gen(g, e->index.indices.data[0], hoist);
        const char *r = arena_printf(g->arena, "rt_string_index(%s, %s)", s, i);
        return hoist ? spill(g, e->type, r) : r;
    }
    case EXPR_CALL:
        return call(g, e, hoist);
    default:
        ice("codegen: unexpected %s", ast_expr_kind_name(e->kind));
    }
}

const char *cg_expr(Gen *g, Expr *e) { return gen(g, e, count_effects(e) >= 2); }

const char *cg_expr_hoisted(Gen *g, Expr *e) { return gen(g, e, true); }
