/*
 * builtins.c — calls of Go's builtin functions (spec: "Built-in functions"):
 * append, copy, delete, make, new, panic, recover, complex, real, imag,
 * close, print and println.  len and cap are checked in call.c.
 *
 * Builtins are not functions with a signature: append's result is its
 * first argument's type, make and new take a type, print takes anything.
 * So each has its own rule here, after two checks common to all (in gc's
 * order): `...` is only for append, and the number of arguments must fit
 * the builtin's: "not enough arguments for copy(s) (expected 2, found 1)".
 *
 * complex, real and imag of constants are constants: exact complex
 * numbers (const.c).
 */
#include "internal.h"

#include <string.h>

static void invalidate(Expr *e) {
    e->sema_mode = MODE_INVALID;
    e->type = NULL;
    e->cval = NULL;
}

/* Each builtin's name, its number of arguments and whether it takes more. */
static const struct {
    const char *name;
    int nargs;
    bool variadic;
} builtin_info[] = {
    [BUILTIN_PRINT] = {"print", 0, true},    [BUILTIN_PRINTLN] = {"println", 0, true},
    [BUILTIN_LEN] = {"len", 1, false},       [BUILTIN_APPEND] = {"append", 1, true},
    [BUILTIN_CAP] = {"cap", 1, false},       [BUILTIN_CLOSE] = {"close", 1, false},
    [BUILTIN_COMPLEX] = {"complex", 2, false}, [BUILTIN_COPY] = {"copy", 2, false},
    [BUILTIN_DELETE] = {"delete", 2, false}, [BUILTIN_IMAG] = {"imag", 1, false},
    [BUILTIN_MAKE] = {"make", 1, true},      [BUILTIN_NEW] = {"new", 1, false},
    [BUILTIN_PANIC] = {"panic", 1, false},   [BUILTIN_REAL] = {"real", 1, false},
    [BUILTIN_RECOVER] = {"recover", 0, false},
};

/* interface{}: what panic takes and recover returns. */
static Type *empty_interface(Checker *k) {
    Type *t = type_new(k->arena, TYPE_INTERFACE);
    t->iface.complete = true;
    return t;
}

static bool is_untyped_nil(const Expr *e) {
    return e->type && e->type->kind == TYPE_UNTYPED_NIL;
}

/* ---- argument checks shared by several builtins ---------------------------- */

/* An untyped constant converted to the (numeric) type t, in types2's words
 * for an implicit conversion: "1.5 (untyped float constant) truncated to
 * int", "... overflows int", "cannot convert "a" (untyped string constant)
 * to type int".  Non-constant untyped values go through check_assignable. */
static bool convert_untyped(Checker *k, Expr *e, Type *t) {
    if (!type_is_untyped(e->type))
        return true;
    if (e->sema_mode != MODE_CONST || !type_is_numeric(t))
        return check_assignable(k, e, t, "assignment");
    ConstVal *v = e->cval;
    const char *why = NULL;
    if (v->kind == CONST_BOOL || v->kind == CONST_STRING)
        why = "";
    else if (type_is_integer(t) && !const_is_integral(v))
        why = "truncated to";
    else if (type_is_integer(t) && !const_fits_int(const_to_int(k->comp, v), type_under(t)->kind))
        why = "overflows";
    if (why && !*why)
        check_error(k, ast_start_pos(e), "cannot convert %s to type %s", operand_string(k, e),
                    type_string(k->arena, t));
    else if (why)
        check_error(k, ast_start_pos(e), "%s %s %s", operand_string(k, e), why,
                    type_string(k->arena, t));
    if (why) {
        invalidate(e);
        return false;
    }
    return check_assignable(k, e, t, "assignment");
}

/* A size argument of make (types2's isValidIndex): an integer, and if
 * constant, non-negative and an int.  *size is its value, or -1. */
static bool make_size(Checker *k, Expr *e, int64_t *size) {
    *size = -1;
    check_expr(k, e);
    if (e->sema_mode == MODE_INVALID)
        return false;
    if (type_is_untyped(e->type) && !convert_untyped(k, e, type_basic(TYPE_INT)))
        return false;
    if (!type_is_integer(e->type)) {
        check_error(k, ast_start_pos(e), "invalid argument: index %s must be integer",
                    operand_string(k, e));
        return false;
    }
    if (e->sema_mode != MODE_CONST)
        return true;
    if (const_sign(e->cval) < 0) {
        check_error(k, ast_start_pos(e), "invalid argument: index %s must not be negative",
                    operand_string(k, e));
        return false;
    }
    if (!const_fits_int(e->cval, TYPE_INT)) {
        check_error(k, ast_start_pos(e), "invalid argument: index %s overflows int",
                    operand_string(k, e));
        return false;
    }
    *size = const_int64(e->cval);
    return true;
}

/* ---- the builtins ----------------------------------------------------------- */

/* spec: "append(s S, x ...E) S  // core type of S is []E", and the special
 * case append([]byte, string...). */
static void check_append(Checker *k, Expr *e) {
    ExprVec *args = &e->call.args;
    Expr *s = args->data[0];
    Type *st = type_under(s->type);
    if (!st || st->kind != TYPE_SLICE) {
        check_error(k, ast_start_pos(s), "first argument to append must be a slice; %s",
                    is_untyped_nil(s) ? "have untyped nil"
                                      : arena_printf(k->arena, "have %s", operand_string(k, s)));
        invalidate(e);
        return;
    }
    e->sema_mode = MODE_VALUE;
    e->type = s->type;
    if (args->len == 2 && e->call.has_ellipsis && type_under(st->slice.elem)->kind == TYPE_UINT8 &&
        args->data[1]->sema_mode != MODE_INVALID && type_is_string(args->data[1]->type)) {
        check_default_type(k, args->data[1]);
        return;
    }
    Type *sig = type_new(k->arena, TYPE_FUNC);
    vec_push(k->arena, &sig->func.params, s->type);
    vec_push(k->arena, &sig->func.params, type_new_slice(k->arena, st->slice.elem));
    sig->func.variadic = true;
    check_call_args(k, e, sig);
    e->sema_mode = MODE_VALUE; /* whatever the arguments were */
    e->type = s->type;
}

/* copy(dst, src []T) int, and copy(dst []byte, src string) int. */
static void check_copy(Checker *k, Expr *e) {
    Expr *x = e->call.args.data[0], *y = e->call.args.data[1];
    Type *dst = type_under(x->type), *src = type_under(y->type);
    if (y->sema_mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    if (src && type_is_string(src))
        src = type_new_slice(k->arena, type_byte());
    if (!dst || dst->kind != TYPE_SLICE || !src || src->kind != TYPE_SLICE) {
        check_error(k, ast_start_pos(x), "invalid argument: copy expects slice arguments; found %s and %s",
                    operand_string(k, x), operand_string(k, y));
        invalidate(e);
        return;
    }
    if (!type_identical(dst->slice.elem, src->slice.elem)) {
        check_error(k, ast_start_pos(x),
                    "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                    operand_string(k, x), operand_string(k, y),
                    type_string(k->arena, dst->slice.elem), type_string(k->arena, src->slice.elem));
        invalidate(e);
        return;
    }
    check_default_type(k, y); /* copy(b, "constant") */
    e->sema_mode = MODE_VALUE;
    e->type = type_basic(TYPE_INT);
}

static void check_delete(Checker *k, Expr *e) {
    Expr *m = e->call.args.data[0], *key = e->call.args.data[1];
    Type *mt = type_under(m->type);
    if (!mt || mt->kind != TYPE_MAP) {
        check_error(k, ast_start_pos(m), "invalid argument: %s is not a map", operand_string(k, m));
        invalidate(e);
        return;
    }
    if (key->sema_mode == MODE_INVALID)
        return;
    check_assignable(k, key, mt->map.key, "argument to delete");
}

/* make(T, n), make(T, n, m): the arguments are not yet checked. */
static void check_make(Checker *k, Expr *e) {
    ExprVec *args = &e->call.args;
    Expr *arg0 = args->data[0];
    Type *t = check_type(k, arg0);
    if (!t) {
        invalidate(e);
        return;
    }
    Type *u = type_under(t);
    int min = u && u->kind == TYPE_SLICE ? 2 : u && (u->kind == TYPE_MAP || u->kind == TYPE_CHAN) ? 1 : 0;
    if (!min) {
        check_error(k, ast_start_pos(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                    expr_string(k, arg0));
        invalidate(e);
        return;
    }
    if (args->len < min || args->len > min + 1) {
        check_error(k, ast_start_pos(e), "invalid operation: %s expects %d or %d arguments; found %d",
                    expr_string(k, e), min, min + 1, args->len);
        invalidate(e);
        return;
    }
    int64_t sizes[2] = {-1, -1};
    for (int i = 1; i < args->len; i++)
        make_size(k, args->data[i], &sizes[i - 1]);
    if (args->len == 3 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
        check_error(k, ast_start_pos(args->data[1]), "invalid argument: length and capacity swapped");
    e->sema_mode = MODE_VALUE;
    e->type = t;
}

/* complex(re, im): two floats of one type, or untyped constants. */
static void check_complex(Checker *k, Expr *e) {
    Expr *x = e->call.args.data[0], *y = e->call.args.data[1];
    if (y->sema_mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    bool ok = true;
    if (ux && !uy) {
        ok = convert_untyped(k, x, y->type);
    } else if (uy && !ux) {
        ok = convert_untyped(k, y, x->type);
    } else if (ux && uy) {
        if (x->sema_mode == MODE_CONST && y->sema_mode == MODE_CONST) {
            /* numeric constants are taken as untyped floats */
            if (type_is_numeric(x->type))
                x->type = type_basic(TYPE_UNTYPED_FLOAT);
            if (type_is_numeric(y->type))
                y->type = type_basic(TYPE_UNTYPED_FLOAT);
        } else {
            ok = convert_untyped(k, x, type_basic(TYPE_FLOAT64)) &&
                 convert_untyped(k, y, type_basic(TYPE_FLOAT64));
        }
    }
    if (!ok || x->sema_mode == MODE_INVALID || y->sema_mode == MODE_INVALID) {
        invalidate(e);
        return;
    }
    if (!type_identical(x->type, y->type)) {
        check_error(k, ast_start_pos(x), "invalid operation: %s (mismatched types %s and %s)",
                    expr_string(k, e), type_string(k->arena, x->type), type_string(k->arena, y->type));
        invalidate(e);
        return;
    }
    Type *u = type_under(x->type);
    TypeKind res = u->kind == TYPE_FLOAT32 ? TYPE_COMPLEX64
                 : u->kind == TYPE_FLOAT64 ? TYPE_COMPLEX128
                 : u->kind == TYPE_UNTYPED_FLOAT ? TYPE_UNTYPED_COMPLEX : TYPE_INVALID;
    if (res == TYPE_INVALID) {
        check_error(k, ast_start_pos(x), "invalid argument: arguments have type %s, expected floating-point",
                    type_string(k->arena, x->type));
        invalidate(e);
        return;
    }
    e->type = type_basic(res);
    e->sema_mode = MODE_VALUE;
    if (x->sema_mode == MODE_CONST && y->sema_mode == MODE_CONST) {
        e->sema_mode = MODE_CONST;
        e->cval = const_complex(k->comp, x->cval, y->cval);
    }
}

/* real(c), imag(c): the parts of a complex number, as floats. */
static void check_real_imag(Checker *k, Expr *e, bool real) {
    Expr *x = e->call.args.data[0];
    if (type_is_untyped(x->type)) {
        if (x->sema_mode == MODE_CONST) {
            /* an untyped numeric constant is a complex one */
            if (type_is_numeric(x->type))
                x->type = type_basic(TYPE_UNTYPED_COMPLEX);
        } else if (!convert_untyped(k, x, type_basic(TYPE_COMPLEX128))) {
            invalidate(e);
            return;
        }
    }
    Type *u = type_under(x->type);
    TypeKind res = u->kind == TYPE_COMPLEX64 ? TYPE_FLOAT32
                 : u->kind == TYPE_COMPLEX128 ? TYPE_FLOAT64
                 : u->kind == TYPE_UNTYPED_COMPLEX ? TYPE_UNTYPED_FLOAT : TYPE_INVALID;
    if (res == TYPE_INVALID) {
        check_error(k, ast_start_pos(x), "invalid argument: argument has type %s, expected complex type",
                    type_string(k->arena, x->type));
        invalidate(e);
        return;
    }
    e->type = type_basic(res);
    e->sema_mode = MODE_VALUE;
    if (x->sema_mode == MODE_CONST) {
        e->sema_mode = MODE_CONST;
        e->cval = const_part(k->comp, x->cval, !real);
        if (res != TYPE_UNTYPED_FLOAT) {
            bool overflow;
            e->cval = const_round_float(k->comp, e->cval, res == TYPE_FLOAT32, &overflow);
        }
    }
}

/* print and println take values of any type; untyped constants get their
 * default type, and print(f()) prints all of f's results. */
/* print and println print scalars, strings, pointers and references;
 * gc rejects arrays and structs (when it lowers the call, at its paren). */
static void check_printable(Checker *k, Expr *call, Type *t) {
    const Type *u = t ? type_under(t) : NULL;
    if (u && (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT))
        check_error(k, call->pos, "illegal types for operand: print\n\t%s", type_string(k->arena, t));
}

static void check_print(Checker *k, Expr *e, const char *name) {
    ExprVec *args = &e->call.args;
    if (args->len == 1 && args->data[0]->type && args->data[0]->type->kind == TYPE_TUPLE &&
        args->data[0]->sema_mode == MODE_VALUE) {
        TypeVec *elems = &args->data[0]->type->tuple.elems;
        for (int i = 0; i < elems->len; i++)
            check_printable(k, e, elems->data[i]);
        return;
    }
    const char *ctx = arena_printf(k->arena, "argument to %s", name);
    for (int i = 0; i < args->len; i++) {
        Expr *a = args->data[i];
        if (!check_is_value(k, a))
            return;
        if (is_untyped_nil(a)) {
            check_error(k, ast_start_pos(a), "use of untyped nil in %s", ctx);
            return;
        }
        if (type_is_untyped(a->type))
            check_assignable(k, a, default_type(a->type), ctx);
        else
            check_printable(k, e, a->type);
    }
}

/* The common checks: `...` and the number of arguments.  make and new get
 * their arguments unchecked (the first is a type); the others have all
 * arguments checked, and an invalid first one ends the call's check. */
bool check_builtin_args(Checker *k, Expr *e, Builtin id) {
    ExprVec *args = &e->call.args;
    const char *name = builtin_info[id].name;
    if (e->call.has_ellipsis && id != BUILTIN_APPEND) {
        check_error(k, ast_start_pos(e), "invalid operation: invalid use of ... with built-in %s", name);
        for (int i = 0; i < args->len; i++)
            check_expr_or_type(k, args->data[i]);
        invalidate(e);
        return false;
    }
    int nargs = args->len;
    if (id != BUILTIN_MAKE && id != BUILTIN_NEW) {
        for (int i = 0; i < args->len; i++) {
            Expr *a = args->data[i];
            check_expr_or_type(k, a);
            bool spread = args->len == 1 && a->sema_mode == MODE_VALUE && a->type &&
                          a->type->kind == TYPE_TUPLE;
            if (!spread && (args->len > 1 || (id != BUILTIN_PRINT && id != BUILTIN_PRINTLN)))
                check_is_value(k, a); /* (print's own check says more) */
        }
        if (nargs == 1 && args->data[0]->sema_mode == MODE_VALUE && args->data[0]->type &&
            args->data[0]->type->kind == TYPE_TUPLE) {
            if (id != BUILTIN_PRINT && id != BUILTIN_PRINTLN) { /* append(f()): valid Go */
                diag_unsupportedf(k->diags, e->pos, "a multi-value call as the arguments of %s",
                                  builtin_info[id].name);
                invalidate(e);
                return false;
            }
            nargs = args->data[0]->type->tuple.elems.len;
        }
        if (nargs > 0 && args->data[0]->sema_mode == MODE_INVALID) {
            invalidate(e);
            return false;
        }
    }
    const char *few = nargs < builtin_info[id].nargs ? "not enough"
                    : !builtin_info[id].variadic && nargs > builtin_info[id].nargs ? "too many" : NULL;
    if (few) {
        check_error(k, ast_start_pos(e), "invalid operation: %s arguments for %s (expected %d, found %d)",
                    few, expr_string(k, e), builtin_info[id].nargs, nargs);
        invalidate(e);
        return false;
    }
    return true;
}

void check_builtin(Checker *k, Expr *e, Builtin id) {
    if (!check_builtin_args(k, e, id))
        return;
    ExprVec *args = &e->call.args;
    e->sema_mode = MODE_NOVALUE;
    e->type = NULL;
    switch (id) {
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN:
        check_print(k, e, builtin_info[id].name);
        return;
    case BUILTIN_APPEND:
        check_append(k, e);
        return;
    case BUILTIN_COPY:
        check_copy(k, e);
        return;
    case BUILTIN_DELETE:
        check_delete(k, e);
        return;
    case BUILTIN_MAKE:
        check_make(k, e);
        return;
    case BUILTIN_NEW: {
        Type *t = check_type(k, args->data[0]);
        if (!t) {
            invalidate(e);
            return;
        }
        e->sema_mode = MODE_VALUE;
        e->type = type_new_pointer(k->arena, t);
        return;
    }
    case BUILTIN_PANIC: {
        /* spec: panic(interface{}): any value; constants get their
         * default type, nil stays the nil interface */
        Expr *x = args->data[0];
        if (type_is_untyped(x->type) && !is_untyped_nil(x))
            check_assignable(k, x, default_type(x->type), "argument to panic");
        return;
    }
    case BUILTIN_RECOVER:
        e->sema_mode = MODE_VALUE;
        e->type = empty_interface(k);
        return;
    case BUILTIN_COMPLEX:
        check_complex(k, e);
        return;
    case BUILTIN_REAL:
    case BUILTIN_IMAG:
        check_real_imag(k, e, id == BUILTIN_REAL);
        return;
    case BUILTIN_CLOSE: {
        Expr *x = args->data[0];
        Type *u = type_under(x->type);
        if (!u || u->kind != TYPE_CHAN) {
            check_error(k, ast_start_pos(x), "invalid operation: cannot close non-channel %s",
                        operand_string(k, x));
            invalidate(e);
        } else if (u->chan.dir == CHAN_RECV) {
            check_error(k, ast_start_pos(x), "invalid operation: cannot close receive-only channel %s",
                        operand_string(k, x));
            invalidate(e);
        } else {
            e->sema_mode = MODE_NOVALUE;
            e->type = NULL;
        }
        return;
    }
    default:
        ice("check_builtin: %s", builtin_info[id].name ? builtin_info[id].name : "?");
    }
}
