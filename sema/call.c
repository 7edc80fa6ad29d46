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

/* "(number, string)": how gc lists argument types in arity errors
 * (types2's typesSummary): untyped numbers are "number", other untyped
 * values their kind ("string", "nil"). */
static const char *arg_types(Checker *k, Type **types, int n) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        Type *t = types[i];
        if (i)
            sb_puts(&b, ", ");
        if (!t)
            sb_puts(&b, "<T>");
        else if (type_is_untyped(t) && type_is_numeric(t))
            sb_puts(&b, "number");
        else if (type_is_untyped(t))
            sb_puts(&b, type_kind_name(t->kind) + strlen("untyped "));
        else
            sb_puts(&b, type_string(k->arena, t));
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
    /* spec: "x's type and T have identical underlying types" (function
     * types among them) */
    if (type_under(from) && type_under(to) &&
        type_identical_ignoring_tags(type_under(from), type_under(to)))
        return true;
    if (type_is_numeric(from) && type_is_numeric(to))
        return true;
    if (type_is_string(to) && (type_is_string(from) || type_is_integer(from)))
        return true;
    return type_is_boolean(from) && type_is_boolean(to);
}

static void check_conversion(Checker *k, Expr *e, Type *to) {
    ExprVec *args = &e->call.args;
    if (args->len != 1) { /* gc: at the call, or at the last argument */
        for (int i = 0; i < args->len; i++)
            check_expr_or_type(k, args->data[i]);
        check_error(k, ast_start_pos(args->len ? args->data[args->len - 1] : e),
                    args->len ? "too many arguments in conversion to %s"
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
    const char *why = NULL; /* to an interface: methods.c */
    if (type_under(to) && type_under(to)->kind == TYPE_INTERFACE) {
        if (type_is_untyped(x->type) && x->type->kind != TYPE_UNTYPED_NIL)
            check_default_type(k, x);
        if (x->sema_mode != MODE_INVALID && x->type->kind != TYPE_UNTYPED_NIL &&
            !check_implements(k, x->type, to, &why)) {
            check_error(k, ast_start_pos(x), "cannot convert %s to type %s:\n\t%s does not implement %s %s",
                        operand_string(k, x), type_string(k->arena, to),
                        type_string(k->arena, x->type), type_string(k->arena, to), why);
            invalidate(e);
        }
        return;
    }
    bool conv_ok;
    if (check_conversion_composite(k, x, to, &conv_ok)) { /* composite.c */
        if (!conv_ok) {
            check_error(k, ast_start_pos(x), "cannot convert %s to type %s", operand_string(k, x),
                        type_string(k->arena, to));
            invalidate(e);
        }
        return;
    }
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
        if (v->kind == CONST_COMPLEX && !type_is_complex(to) && const_is_real(v))
            v = const_part(k->comp, v, false); /* float64(complex(1, 0)) */
        if (!convertible(x->type, to) || (!type_is_complex(to) && !const_is_real(v)))
            ok = false;
        else if (type_is_integer(to)) {
            ok = (v->kind == CONST_INT || v->kind == CONST_FLOAT) && const_is_integral(v);
            if (ok) {
                e->cval = const_to_int(k->comp, v);
                ok = const_fits_int(e->cval, type_under(to)->kind);
                if (!ok) /* gc's message shows the integer: 1e20 as 100000000000000000000 */
                    x->cval = e->cval;
            }
        } else if (type_is_float(to)) {
            bool overflow;
            e->cval = const_round_float(k->comp, v, type_under(to)->kind == TYPE_FLOAT32, &overflow);
            ok = !overflow;
        } else {
            e->cval = type_is_complex(to) ? const_to_complex(k->comp, v) : v;
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
        /* nil is a nil interface{} here: it keeps its type */
        if (type_is_untyped(a->type) && a->type->kind != TYPE_UNTYPED_NIL)
            ok &= check_assignable(k, a, default_type(a->type),
                                   arena_printf(k->arena, "argument to %s", fname));
    }
    return ok;
}

/* unsafe.Sizeof(x), Alignof(x), Offsetof(x.f): uintptr constants. */
static void check_unsafe_call(Checker *k, Expr *e, Symbol *fn) {
    if (e->call.args.len != 1) {
        check_error(k, e->call.rparen, "%s arguments for %s (expected 1, found %d)",
                    e->call.args.len ? "too many" : "not enough", expr_string(k, e),
                    e->call.args.len);
        invalidate(e);
        return;
    }
    Expr *x = e->call.args.data[0];
    check_expr(k, x);
    if (x->sema_mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    check_default_type(k, x);
    if (x->sema_mode == MODE_INVALID || !x->type || !type_under(x->type)) {
        invalidate(e);
        return;
    }
    int64_t v = 0;
    if (fn->builtin == BUILTIN_UNSAFE_SIZEOF) {
        v = type_sizeof(x->type);
    } else if (fn->builtin == BUILTIN_UNSAFE_ALIGNOF) {
        v = type_alignof(x->type);
    } else {
        Expr *sel = x;
        while (sel->kind == EXPR_PAREN)
            sel = sel->paren.x;
        Lookup l = sel->kind == EXPR_SELECTOR && sel->selector.x->sema_mode != MODE_PACKAGE
                       ? type_lookup(k->arena, sel->selector.x->type, sel->selector.sel->ident.name)
                       : (Lookup){0};
        if (l.kind != LOOKUP_FIELD) {
            check_error(k, ast_start_pos(x), "invalid argument: %s is %s", expr_string(k, x),
                        l.kind == LOOKUP_METHOD ? "a method value" : "not a selector expression");
            invalidate(e);
            return;
        }
        if (l.indirect && l.path_len > 0) {
            Type *holder = sel->selector.x->type; /* gc names the struct, not the pointer to it */
            if (type_under(holder) && type_under(holder)->kind == TYPE_POINTER)
                holder = type_under(holder)->pointer.elem;
            check_error(k, ast_start_pos(x), "invalid argument: field %s is embedded via a pointer in %s",
                        sel->selector.sel->ident.name, type_string(k->arena, holder));
            invalidate(e);
            return;
        }
        /* the offset in the struct that holds the field (through embedding) */
        Type *st = sel->selector.x->type;
        if (type_under(st) && type_under(st)->kind == TYPE_POINTER)
            st = type_under(st)->pointer.elem;
        for (int i = 0; i <= l.path_len; i++) {
            Type *u = st ? type_under(st) : NULL;
            if (!u || u->kind != TYPE_STRUCT) {
                invalidate(e);
                return;
            }
            int idx = i == l.path_len ? l.field_index : l.path[i];
            int64_t off = 0;
            for (int j = 0; j <= idx; j++) {
                Type *ft = u->strct.fields.data[j].type;
                if (!ft || !type_under(ft)) {
                    invalidate(e);
                    return;
                }
                int64_t al = type_alignof(ft);
                off = (off + al - 1) / al * al;
                if (j < idx)
                    off += type_sizeof(ft);
            }
            v += off;
            st = u->strct.fields.data[idx].type;
        }
    }
    e->sema_mode = MODE_CONST;
    e->type = type_basic(TYPE_UINTPTR);
    e->cval = const_int(k->comp, v);
}

/* fmt.Print, Println and Printf return (n int, err error). */
static void printed(Checker *k, Expr *e) {
    Type *tuple = type_new(k->arena, TYPE_TUPLE);
    vec_push(k->arena, &tuple->tuple.elems, type_basic(TYPE_INT));
    vec_push(k->arena, &tuple->tuple.elems, scope_lookup(k->universe, "error")->type);
    e->sema_mode = MODE_VALUE;
    e->type = tuple;
}

static void check_builtin_call(Checker *k, Expr *e, Symbol *fn) {
    const char *fname = expr_string(k, e->call.fun);
    /* Go's builtins but len and cap: builtins.c */
    if (!fn->pkg_path && fn->builtin != BUILTIN_LEN && fn->builtin != BUILTIN_CAP) {
        check_builtin(k, e, fn->builtin);
        return;
    }
    if (fn->builtin >= BUILTIN_UNSAFE_SIZEOF) {
        check_unsafe_call(k, e, fn);
        return;
    }
    if (e->call.has_ellipsis && fn->builtin >= BUILTIN_FMT_PRINT &&
        fn->builtin <= BUILTIN_FMT_SPRINTF) {
        /* fmt.Println(args...): checked against fmt's own signature,
         * func([format string,] a ...any) */
        bool format = fn->builtin == BUILTIN_FMT_PRINTF || fn->builtin == BUILTIN_FMT_SPRINTF;
        bool sprint = fn->builtin >= BUILTIN_FMT_SPRINT;
        Type *sig = type_new(k->arena, TYPE_FUNC);
        if (format)
            vec_push(k->arena, &sig->func.params, type_basic(TYPE_STRING));
        vec_push(k->arena, &sig->func.params, type_new_slice(k->arena, type_any()));
        sig->func.variadic = true;
        for (int i = 0; i < e->call.args.len; i++)
            check_expr_or_type(k, e->call.args.data[i]);
        check_call_args(k, e, sig);
        e->sema_mode = MODE_VALUE;
        e->type = type_basic(TYPE_STRING);
        if (!sprint)
            printed(k, e);
        return;
    }
    if (e->call.has_ellipsis) {
        diag_unsupported(k->diags, e->pos, "... arguments");
        invalidate(e);
        return;
    }
    e->sema_mode = MODE_NOVALUE;
    e->type = NULL;
    switch (fn->builtin) {
    case BUILTIN_FMT_PRINT:
    case BUILTIN_FMT_PRINTLN:
        check_any_args(k, e, fname, 0);
        printed(k, e);
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
        } else {
            printed(k, e);
        }
        return;
    case BUILTIN_OS_EXIT:
        if (e->call.args.len != 1) { /* an ordinary func(code int) to gc */
            Type *sig = type_new(k->arena, TYPE_FUNC);
            vec_push(k->arena, &sig->func.params, type_basic(TYPE_INT));
            for (int i = 0; i < e->call.args.len; i++)
                check_expr(k, e->call.args.data[i]);
            check_call_args(k, e, sig);
            return;
        }
        break;
    case BUILTIN_LEN:
    case BUILTIN_CAP:
        if (e->call.args.len != 1) {
            check_error(k, e->call.args.len ? e->call.args.data[1]->pos : e->call.rparen,
                        "invalid operation: %s arguments for %s (expected 1, found %d)",
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
    check_len_cap(k, e, a, fn->builtin == BUILTIN_CAP); /* composite.c */
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

/* spec: "Calls", and "Passing arguments to ... parameters".  Passes e's
 * arguments (already checked) to the parameters of the signature sig.  A
 * single call returning several values passes them all: f(g()).  A
 * variadic function takes any number of values for its final ...T, or, in
 * f(s...), a slice for it.  Mismatches are reported as gc does:
 *   not enough arguments in call to f
 *   	have (number)
 *   	want (string, ...int)                                                  */
void check_call_args(Checker *k, Expr *e, Type *sig) {
    ExprVec *args = &e->call.args;
    const char *fname = expr_string(k, e->call.fun);
    Expr *a0 = args->len ? args->data[0] : NULL;
    bool tuple = args->len == 1 && a0->sema_mode == MODE_VALUE && a0->type &&
                 a0->type->kind == TYPE_TUPLE;
    int nargs = tuple ? a0->type->tuple.elems.len : args->len;
    Type **types = arena_alloc(k->arena, sizeof(Type *) * (size_t)(nargs + 1));
    for (int i = 0; i < nargs; i++) {
        if (!tuple && !check_is_value(k, args->data[i]))
            return;
        types[i] = tuple ? a0->type->tuple.elems.data[i] : args->data[i]->type;
    }
    TypeVec *params = &sig->func.params;
    int npars = params->len;
    bool variadic = sig->func.variadic, ddd = e->call.has_ellipsis;
    bool spread = false; /* the ...T parameter takes the arguments from npars-1 on */
    if (variadic && ddd && tuple && nargs > 1) {
        check_error(k, ast_start_pos(e), "cannot use ... with %d-valued %s", nargs, expr_string(k, a0));
        return;
    } else if (variadic && !ddd) {
        if (nargs >= npars - 1) {
            spread = true;
            npars = nargs;
        } else {
            npars--;
        }
    } else if (!variadic && ddd) {
        check_error(k, ast_start_pos(e), "cannot use ... in call to non-variadic %s", fname);
        return;
    }
    if (nargs != npars) {
        Pos at = ast_start_pos(e);
        if (nargs > npars)
            at = ast_start_pos(tuple ? a0 : args->data[npars]);
        else if (nargs > 0)
            at = ast_start_pos(tuple ? a0 : args->data[nargs - 1]);
        Type want = {.kind = TYPE_FUNC, .func = {.params = *params, .variadic = variadic}};
        check_error(k, at, "%s arguments in call to %s\n\thave %s\n\twant %s",
                    nargs > npars ? "too many" : "not enough", fname, arg_types(k, types, nargs),
                    type_string(k->arena, &want) + strlen("func"));
        return;
    }
    const char *ctx = arena_printf(k->arena, "argument to %s", fname);
    for (int i = 0; i < nargs; i++) {
        Type *pt = spread && i >= params->len - 1 ? params->data[params->len - 1]->slice.elem
                                                  : params->data[i];
        if (tuple) {
            /* each result is an operand spelled as the call: "cannot use
             * g() (value of type string) as type int in argument to f" */
            Expr one = *a0;
            one.type = types[i];
            check_assignable(k, &one, pt, ctx);
        } else if (args->data[i]->sema_mode != MODE_INVALID) {
            check_assignable(k, args->data[i], pt, ctx);
        }
    }
}

/* A call of a function or function value: checked as gc does, its result
 * stays usable even when its arguments were wrong. */
static void check_func_call(Checker *k, Expr *e, Type *ft) {
    for (int i = 0; i < e->call.args.len; i++)
        check_expr_or_type(k, e->call.args.data[i]);
    check_call_args(k, e, ft);
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
    Type *ft = type_under(fun->type);
    if (!ft || ft->kind != TYPE_FUNC) {
        check_error(k, ast_start_pos(e), "invalid operation: cannot call non-function %s",
                    operand_string(k, fun));
        invalidate(e);
        return;
    }
    check_func_call(k, e, ft);
}

/* ---- function literals --------------------------------------------------------
 * spec: "Function literals ... are closures: they may refer to variables
 * defined in a surrounding function."  The body is checked where the
 * literal stands, so the enclosing scopes are visible. */

void check_func_lit(Checker *k, Expr *e) {
    Type *t = check_func_type(k, e->func_lit.type);
    if (!t) {
        e->sema_mode = MODE_INVALID;
        e->type = NULL;
        return;
    }
    e->func_lit.type->type = t;
    e->func_lit.type->sema_mode = MODE_TYPE;
    e->type = t;
    e->sema_mode = MODE_VALUE;
    check_func_lit_body(k, e, t);
}
