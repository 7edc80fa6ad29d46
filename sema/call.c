/*
 * call.c — calls: of functions, of builtins and of the library functions
 * go2c implements itself, and conversions T(x).
 */
#include "internal.h"

#include <string.h>

static void invalidate(Expr *e) {
    e->sema_mode = MODE_INVALID;
    e->type = NULL;
}

/* "(number, string)": how gc lists argument types in arity errors. */
static const char *arg_types(Checker *k, const ExprVec *args) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < args->len; i++) {
        Expr *a = args->data[i];
        if (i)
            sb_puts(&b, ", ");
        if (!a->type)
            sb_puts(&b, "invalid type");
        else if (type_is_untyped(a->type) && type_is_numeric(a->type))
            sb_puts(&b, "number");
        else
            sb_puts(&b, type_string(k->arena, default_type(a->type)));
    }
    sb_putc(&b, ')');
    char *s = arena_strdup(k->arena, b.data);
    sb_free(&b);
    return s;
}

/* ---- conversions ---------------------------------------------------------
 * spec: "Conversions".  For the basic types: numeric to numeric, integer
 * to string (a rune), string to string. */

static bool convertible(Type *from, Type *to) {
    if (type_is_numeric(from) && type_is_numeric(to))
        return true;
    if (type_is_string(to) && (type_is_string(from) || type_is_integer(from)))
        return true;
    return type_is_boolean(from) && type_is_boolean(to);
}

static void check_conversion(Checker *k, Expr *e, Type *to) {
    if (e->call.args.len != 1) {
        check_error(k, e->call.rparen, e->call.args.len ? "too many arguments in conversion to %s"
                                                        : "missing argument in conversion to %s",
                    type_string(k->arena, to));
        invalidate(e);
        return;
    }
    Expr *x = e->call.args.data[0];
    check_expr(k, x);
    if (x->sema_mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    e->type = to;
    e->sema_mode = MODE_VALUE;
    if (x->sema_mode == MODE_CONST) {
        ConstVal *v = x->cval;
        bool ok = true;
        if (type_is_string(to) && type_is_integer(x->type)) {
            /* string(65) == "A"; out-of-range runes become U+FFFD */
            int64_t r = const_fits_int(v, TYPE_INT64) ? const_int64(v) : -1;
            char buf[4];
            int n = utf8_encode(buf, r < 0 || r > 0x10FFFF ? RUNE_ERROR : (int32_t)r);
            e->cval = const_str(k->comp, arena_strndup(k->arena, buf, (size_t)n), (size_t)n);
            e->sema_mode = MODE_CONST;
            return;
        }
        if (!convertible(x->type, to))
            ok = false;
        else if (type_is_integer(to)) {
            ok = (v->kind == CONST_INT || v->kind == CONST_FLOAT) && const_is_integral(v) &&
                 const_fits_int(const_to_int(k->comp, v), type_under(to)->kind);
            if (ok)
                e->cval = const_to_int(k->comp, v);
        } else if (type_is_float(to)) {
            bool overflow;
            e->cval = const_round_float(k->comp, v, type_under(to)->kind == TYPE_FLOAT32, &overflow);
            ok = !overflow;
        } else {
            e->cval = v;
        }
        if (!ok) {
            check_error(k, ast_start_pos(x), "cannot convert %s to type %s", operand_string(k, x),
                        type_string(k->arena, to));
            invalidate(e);
            return;
        }
        e->sema_mode = MODE_CONST;
        return;
    }
    if (!convertible(x->type, to)) {
        check_error(k, ast_start_pos(x), "cannot convert %s to type %s", operand_string(k, x),
                    type_string(k->arena, to));
        invalidate(e);
        return;
    }
    if (type_is_untyped(x->type)) {
        /* e.g. float64(1 << s): the shift takes the conversion's type */
        Type *target = type_is_numeric(to) ? to : default_type(x->type);
        check_assignable(k, x, target, "conversion");
    }
}

/* ---- builtins and library functions --------------------------------------- */

/* Checks each argument as a value passed to an interface{} or print
 * parameter: untyped constants take their default type. */
static bool check_any_args(Checker *k, Expr *e, const char *fname, int from) {
    bool ok = true;
    ExprVec *args = &e->call.args;
    if (from == 0 && args->len == 1) {
        /* print(f()) and fmt.Println(f()) take all of f's results */
        Expr *a = args->data[0];
        check_expr_or_type(k, a);
        if (a->sema_mode == MODE_VALUE && a->type && a->type->kind == TYPE_TUPLE)
            return true;
        check_is_value(k, a);
    }
    for (int i = from; i < args->len; i++) {
        Expr *a = args->data[i];
        if (!(from == 0 && args->len == 1))
            check_expr(k, a);
        if (a->sema_mode == MODE_INVALID) {
            ok = false;
            continue;
        }
        if (type_is_untyped(a->type)) {
            if (a->type->kind == TYPE_UNTYPED_NIL) {
                diag_unsupported(k->diags, a->pos, "nil");
                ok = false;
                continue;
            }
            ok &= check_assignable(k, a, default_type(a->type),
                                   arena_printf(k->arena, "argument to %s", fname));
        }
        if (a->type && type_is_complex(a->type)) {
            diag_unsupported(k->diags, a->pos, "complex numbers");
            ok = false;
        }
    }
    return ok;
}

static void check_builtin_call(Checker *k, Expr *e, Symbol *fn) {
    const char *fname = expr_string(k, e->call.fun);
    if (e->call.has_ellipsis) {
        diag_unsupported(k->diags, e->pos, "... arguments");
        invalidate(e);
        return;
    }
    e->sema_mode = MODE_NOVALUE;
    e->type = NULL;
    switch (fn->builtin) {
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN:
    case BUILTIN_FMT_PRINT:
    case BUILTIN_FMT_PRINTLN:
        check_any_args(k, e, fname, 0);
        return;
    case BUILTIN_FMT_SPRINT:
    case BUILTIN_FMT_SPRINTLN:
        check_any_args(k, e, fname, 0);
        e->sema_mode = MODE_VALUE;
        e->type = type_basic(TYPE_STRING);
        return;
    case BUILTIN_FMT_PRINTF:
    case BUILTIN_FMT_SPRINTF:
        if (e->call.args.len == 0) {
            check_error(k, e->call.rparen, "not enough arguments in call to %s\n\thave ()\n\twant (string, ...any)",
                        fname);
            invalidate(e);
            return;
        }
        check_expr(k, e->call.args.data[0]);
        check_assignable(k, e->call.args.data[0], type_basic(TYPE_STRING),
                         arena_printf(k->arena, "argument to %s", fname));
        check_any_args(k, e, fname, 1);
        if (fn->builtin == BUILTIN_FMT_SPRINTF) {
            e->sema_mode = MODE_VALUE;
            e->type = type_basic(TYPE_STRING);
        }
        return;
    case BUILTIN_OS_EXIT:
    case BUILTIN_LEN:
        if (e->call.args.len != 1) {
            check_error(k, e->call.args.len ? e->call.args.data[1]->pos : e->call.rparen,
                        "%s arguments for %s (expected 1, found %d)",
                        e->call.args.len ? "too many" : "not enough", expr_string(k, e),
                        e->call.args.len);
            invalidate(e);
            return;
        }
        break;
    default:
        diag_unsupportedf(k->diags, ast_start_pos(e->call.fun), "the builtin %s", fname);
        invalidate(e);
        return;
    }
    Expr *a = e->call.args.data[0];
    check_expr(k, a);
    if (a->sema_mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    if (fn->builtin == BUILTIN_OS_EXIT) {
        check_assignable(k, a, type_basic(TYPE_INT), "argument to os.Exit");
        return;
    }
    /* len */
    if (!type_is_string(a->type)) {
        check_error(k, ast_start_pos(a), "invalid argument: %s for len", operand_string(k, a));
        invalidate(e);
        return;
    }
    check_default_type(k, a);
    e->type = type_basic(TYPE_INT);
    e->sema_mode = MODE_VALUE;
    if (a->sema_mode == MODE_CONST) {
        e->sema_mode = MODE_CONST;
        e->cval = const_int(k->comp, (int64_t)a->cval->s_len);
    }
}

Symbol *sema_callee(const Expr *call) {
    const Expr *f = call->call.fun;
    while (f->kind == EXPR_PAREN)
        f = f->paren.x;
    if (f->kind == EXPR_SELECTOR)
        f = f->selector.sel;
    return f->kind == EXPR_IDENT ? f->ident.sym : NULL;
}

/* ---- calls of functions ------------------------------------------------------ */

static void check_func_call(Checker *k, Expr *e, Type *ft) {
    const char *fname = expr_string(k, e->call.fun);
    ExprVec *args = &e->call.args;
    TypeVec *params = &ft->func.params;
    for (int i = 0; i < args->len; i++)
        check_expr_or_type(k, args->data[i]);
    if (e->call.has_ellipsis) {
        diag_unsupported(k->diags, e->pos, "... arguments");
        invalidate(e);
        return;
    }
    /* f(g()) with g returning several values: spread them */
    if (args->len == 1 && args->data[0]->type && args->data[0]->type->kind == TYPE_TUPLE &&
        args->data[0]->sema_mode != MODE_INVALID) {
        Type *tuple = args->data[0]->type;
        if (!type_identical(tuple, &(Type){.kind = TYPE_TUPLE, .tuple.elems = *params})) {
            check_error(k, args->data[0]->pos,
                        "cannot use %s as arguments to %s: want %s", operand_string(k, args->data[0]),
                        fname, type_string(k->arena, &(Type){.kind = TYPE_TUPLE, .tuple.elems = *params}));
            invalidate(e);
            return;
        }
    } else if (args->len != params->len) {
        bool few = args->len < params->len;
        Type want = {.kind = TYPE_TUPLE, .tuple.elems = *params};
        check_error(k, few ? e->call.rparen : args->data[params->len]->pos,
                    "%s arguments in call to %s\n\thave %s\n\twant %s",
                    few ? "not enough" : "too many", fname, arg_types(k, args),
                    type_string(k->arena, &want));
        invalidate(e);
        return;
    } else {
        const char *ctx = arena_printf(k->arena, "argument to %s", fname);
        for (int i = 0; i < args->len; i++) {
            if (args->data[i]->sema_mode == MODE_INVALID)
                continue;
            check_assignable(k, args->data[i], params->data[i], ctx);
        }
    }
    TypeVec *results = &ft->func.results;
    if (results->len == 0) {
        e->sema_mode = MODE_NOVALUE;
        e->type = NULL;
    } else if (results->len == 1) {
        e->sema_mode = MODE_VALUE;
        e->type = results->data[0];
    } else {
        Type *t = ARENA_NEW(k->arena, Type);
        t->kind = TYPE_TUPLE;
        t->tuple.elems = *results;
        e->sema_mode = MODE_VALUE;
        e->type = t;
    }
}

void check_call(Checker *k, Expr *e) {
    Expr *fun = e->call.fun;
    check_expr_or_type(k, fun);
    switch ((Mode)fun->sema_mode) {
    case MODE_INVALID:
        for (int i = 0; i < e->call.args.len; i++)
            check_expr_or_type(k, e->call.args.data[i]);
        invalidate(e);
        return;
    case MODE_TYPE:
        check_conversion(k, e, fun->type);
        return;
    case MODE_BUILTIN:
        check_builtin_call(k, e, sema_callee(e));
        return;
    default:
        break;
    }
    if (!fun->type || fun->type->kind != TYPE_FUNC) {
        check_error(k, ast_start_pos(e), "invalid operation: cannot call non-function %s",
                    operand_string(k, fun));
        invalidate(e);
        return;
    }
    if (fun->kind != EXPR_IDENT || fun->ident.sym->kind != SYM_FUNC) {
        diag_unsupported(k->diags, e->pos, "calls of function values");
        invalidate(e);
        return;
    }
    check_func_call(k, e, fun->type);
}
