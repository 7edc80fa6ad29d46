/*
 * expr.c — typing expressions.
 *
 * check_expr gives every expression a mode (value, variable, constant,
 * type, ...), a type, and — for constants — an exact value.  The subtle
 * part is untyped constants (spec: "Constants"): `1 << 70` or `0.1` have no
 * size until their context gives them one, so an untyped expression keeps
 * its exact value and an untyped type until convert_untyped() gives it the
 * type the context wants, checking that the value is representable there.
 */
#include "internal.h"

#include <string.h>

/* ---- printing expressions as gc does in messages ---------------------- */

const char *expr_string(Checker *k, const Expr *e) { return ast_expr_string(k->arena, e); }

/* "x (variable of type int)", "1 << 70 (untyped int constant 1180...)" */
const char *operand_string(Checker *k, const Expr *e) {
    const char *text = expr_string(k, e);
    const char *ty = type_string(k->arena, e->type);
    switch ((Mode)e->sema_mode) {
    case MODE_CONST: {
        const char *val = const_string(k->arena, e->cval);
        if (type_is_untyped(e->type))
            return strcmp(val, text) == 0
                       ? arena_printf(k->arena, "%s (%s constant)", text, ty)
                       : arena_printf(k->arena, "%s (%s constant %s)", text, ty, val);
        return strcmp(val, text) == 0
                   ? arena_printf(k->arena, "%s (constant of type %s)", text, ty)
                   : arena_printf(k->arena, "%s (constant %s of type %s)", text, val, ty);
    }
    case MODE_VAR:
        return arena_printf(k->arena, "%s (variable of type %s)", text, ty);
    case MODE_MAPINDEX:
        return arena_printf(k->arena, "%s (map index expression of type %s)", text, ty);
    case MODE_NOVALUE:
        return arena_printf(k->arena, "%s (no value)", text);
    case MODE_TYPE:
        return arena_printf(k->arena, "%s (type)", text);
    case MODE_BUILTIN:
        return arena_printf(k->arena, "%s (built-in)", text);
    default:
        if (e->type && e->type->kind == TYPE_UNTYPED_NIL)
            return "nil";
        if (e->type && type_is_untyped(e->type))
            return arena_printf(k->arena, "%s (%s value)", text, ty);
        return arena_printf(k->arena, "%s (value of type %s)", text, ty);
    }
}

static void invalidate(Expr *e) {
    e->sema_mode = MODE_INVALID;
    e->type = NULL;
    e->cval = NULL;
}

static bool is_invalid(const Expr *e) { return e->sema_mode == MODE_INVALID; }

/* ---- untyped values ---------------------------------------------------- */

Type *default_type(Type *t) {
    switch (t->kind) {
    case TYPE_UNTYPED_BOOL: return type_basic(TYPE_BOOL);
    case TYPE_UNTYPED_INT: return type_basic(TYPE_INT);
    case TYPE_UNTYPED_RUNE: return type_basic(TYPE_INT32);
    case TYPE_UNTYPED_FLOAT: return type_basic(TYPE_FLOAT64);
    case TYPE_UNTYPED_COMPLEX: return type_basic(TYPE_COMPLEX128);
    case TYPE_UNTYPED_STRING: return type_basic(TYPE_STRING);
    default: return t;
    }
}

typedef enum Fit { FIT_OK, FIT_OVERFLOWS, FIT_TRUNCATED, FIT_MISMATCH } Fit;

/* Converts a constant to the representation of type t, if it can be:
 * spec: "Representability". */
static Fit represent(Checker *k, ConstVal *v, Type *t, ConstVal **out) {
    *out = v;
    if (type_is_boolean(t))
        return v->kind == CONST_BOOL ? FIT_OK : FIT_MISMATCH;
    if (type_is_string(t))
        return v->kind == CONST_STRING ? FIT_OK : FIT_MISMATCH;
    if (v->kind == CONST_BOOL || v->kind == CONST_STRING || !type_is_numeric(t))
        return FIT_MISMATCH;
    TypeKind ck = type_under(t)->kind;
    if (ck == TYPE_COMPLEX64 || ck == TYPE_COMPLEX128) {
        /* each part is rounded as a float of half the size */
        bool o1, o2;
        ConstVal *re = const_round_float(k->comp, const_part(k->comp, v, false), ck == TYPE_COMPLEX64, &o1);
        ConstVal *im = const_round_float(k->comp, const_part(k->comp, v, true), ck == TYPE_COMPLEX64, &o2);
        *out = const_complex(k->comp, re, im);
        return o1 || o2 ? FIT_OVERFLOWS : FIT_OK;
    }
    if (ck == TYPE_UNTYPED_COMPLEX) {
        *out = const_to_complex(k->comp, v);
        return FIT_OK;
    }
    if (v->kind == CONST_COMPLEX) {
        /* to a real type: only a complex constant without imaginary part;
         * gc calls the loss "truncated" for integers, "overflows" else */
        if (!const_is_real(v))
            return type_is_integer(t) ? FIT_TRUNCATED : FIT_OVERFLOWS;
        *out = v = const_part(k->comp, v, false);
    }
    if (type_is_integer(t)) {
        if (!const_is_integral(v))
            return FIT_TRUNCATED;
        *out = const_to_int(k->comp, v);
        return const_fits_int(*out, type_under(t)->kind) ? FIT_OK : FIT_OVERFLOWS;
    }
    TypeKind kind = type_under(t)->kind;
    if (kind == TYPE_FLOAT32 || kind == TYPE_FLOAT64) {
        bool overflow;
        *out = const_round_float(k->comp, v, kind == TYPE_FLOAT32, &overflow);
        return overflow ? FIT_OVERFLOWS : FIT_OK;
    }
    if (kind == TYPE_UNTYPED_FLOAT) {
        *out = const_to_float(k->comp, v);
        return FIT_OK;
    }
    return FIT_MISMATCH;
}

/* Gives an untyped non-constant expression its final type, down through
 * the operands whose type is the result's (spec: "the type of the
 * (untyped) expression is the type it would assume"...). */
static void set_untyped_type(Expr *e, Type *t) {
    if (!e->type || !type_is_untyped(e->type))
        return;
    e->type = t;
    switch (e->kind) {
    case EXPR_PAREN: set_untyped_type(e->paren.x, t); break;
    case EXPR_UNARY: set_untyped_type(e->unary.x, t); break;
    case EXPR_BINARY:
        switch (e->binary.op) {
        case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR:
        case TOK_GEQ:
            break; /* operands keep their own types */
        case TOK_SHL: case TOK_SHR:
            set_untyped_type(e->binary.x, t);
            break;
        default:
            set_untyped_type(e->binary.x, t);
            set_untyped_type(e->binary.y, t);
        }
        break;
    default:
        break;
    }
}

static bool is_comparison(TokenKind op) {
    return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ ||
           op == TOK_GTR || op == TOK_GEQ;
}

/* Does a non-constant untyped shift end up with an integer type?  spec:
 * "If the left operand of a non-constant shift expression is an untyped
 * constant, it is first implicitly converted to the type it would assume
 * if the shift expression were replaced by its left operand alone." */
static bool check_untyped_shift(Checker *k, Expr *e, Type *t) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    if (e->kind != EXPR_BINARY || e->sema_mode == MODE_CONST || !e->type ||
        !type_is_untyped(e->type) || is_comparison(e->binary.op))
        return true; /* only untyped operands take the context's type */
    if ((e->binary.op == TOK_SHL || e->binary.op == TOK_SHR) &&
        !type_is_integer(t)) {
        check_error(k, ast_start_pos(e), "invalid operation: shifted operand %s (type %s) must be integer",
                    expr_string(k, e->binary.x), type_string(k->arena, t));
        return false;
    }
    return check_untyped_shift(k, e->binary.x, t) &&
           (e->binary.op == TOK_SHL || e->binary.op == TOK_SHR ||
            check_untyped_shift(k, e->binary.y, t));
}

/* Converts an untyped expression to t for an operand of a binary
 * operation: errors read "1.5 (untyped float constant) truncated to int". */
static bool convert_operand(Checker *k, Expr *e, Type *t) {
    if (!type_is_untyped(e->type))
        return true;
    if (e->sema_mode == MODE_CONST) {
        ConstVal *v;
        Fit fit = represent(k, e->cval, t, &v);
        if (fit == FIT_OVERFLOWS || fit == FIT_TRUNCATED) {
            check_error(k, ast_start_pos(e), "%s %s %s", operand_string(k, e),
                        fit == FIT_OVERFLOWS ? "overflows" : "truncated to",
                        type_string(k->arena, t));
            invalidate(e);
            return false;
        }
        if (fit == FIT_MISMATCH)
            return false;
        e->cval = v;
        e->type = t;
        return true;
    }
    if (type_is_boolean(e->type) != type_is_boolean(t))
        return false;
    if (!check_untyped_shift(k, e, t))
        return false;
    set_untyped_type(e, t);
    return true;
}

bool check_convert_operand(Checker *k, Expr *e, Type *t) { return convert_operand(k, e, t); }

bool check_assignable(Checker *k, Expr *e, Type *t, const char *context) {
    if (is_invalid(e) || !t)
        return false;
    if (!check_is_value(k, e))
        return false;
    if (type_is_untyped(e->type) && check_assign_interface(k, e, t, context))
        return e->sema_mode != MODE_INVALID; /* methods.c */
    if (e->type->kind == TYPE_UNTYPED_NIL)
        return check_assign_nil(k, e, t, context); /* composite.c */
    if (type_is_untyped(e->type)) {
        if (e->sema_mode == MODE_CONST) {
            ConstVal *v;
            Fit fit = represent(k, e->cval, t, &v);
            if (fit != FIT_OK) {
                check_error(k, ast_start_pos(e), "cannot use %s as %s value in %s%s",
                            operand_string(k, e), type_string(k->arena, t), context,
                            fit == FIT_OVERFLOWS   ? " (overflows)"
                            : fit == FIT_TRUNCATED ? " (truncated)"
                                                   : "");
                return false;
            }
            e->cval = v;
            e->type = t;
            return true;
        }
        if (type_is_boolean(e->type) != type_is_boolean(t)) {
            check_error(k, ast_start_pos(e), "cannot use %s as %s value in %s",
                        operand_string(k, e), type_string(k->arena, t), context);
            return false;
        }
        if (!check_untyped_shift(k, e, t))
            return false;
        set_untyped_type(e, t);
        return true;
    }
    if (!type_identical(e->type, t) && check_assign_interface(k, e, t, context))
        return e->sema_mode != MODE_INVALID; /* methods.c */
    if (!type_assignable(k, e->type, t)) { /* composite.c */
        /* gc's hint when t implements e's interface type */
        const char *why = NULL;
        Type *eu = type_under(e->type);
        bool hint = eu && eu->kind == TYPE_INTERFACE && check_implements(k, t, e->type, &why);
        check_error(k, ast_start_pos(e), "cannot use %s as type %s in %s%s",
                    operand_string(k, e), type_string(k->arena, t), context,
                    hint ? ":\n\tneed type assertion" : "");
        return false;
    }
    return true;
}

/* An untyped value takes its default type; context names the use in the
 * error if the value does not fit it ("variable declaration"). */
void check_default_type_in(Checker *k, Expr *e, const char *context) {
    if (is_invalid(e) || !e->type || !type_is_untyped(e->type))
        return;
    if (e->type->kind == TYPE_UNTYPED_NIL) {
        check_error(k, ast_start_pos(e), "use of untyped nil in %s", context);
        invalidate(e);
        return;
    }
    check_assignable(k, e, default_type(e->type), context);
}

void check_default_type(Checker *k, Expr *e) { check_default_type_in(k, e, "assignment"); }

bool check_is_value(Checker *k, Expr *e) {
    switch ((Mode)e->sema_mode) {
    case MODE_INVALID:
        return false;
    case MODE_NOVALUE:
        check_error(k, ast_start_pos(e), "%s (no value) used as value", expr_string(k, e));
        break;
    case MODE_TYPE:
        check_error(k, ast_start_pos(e), "%s (type) is not an expression", expr_string(k, e));
        break;
    case MODE_BUILTIN:
        check_error(k, ast_start_pos(e), "%s must be called", operand_string(k, e));
        break;
    case MODE_PACKAGE:
        check_error(k, ast_start_pos(e), "use of package %s without selector", expr_string(k, e));
        break;
    default:
        if (!e->type)
            break; /* a value of a type go2c rejected: reported already */
        if (e->type->kind == TYPE_TUPLE) {
            check_error(k, ast_start_pos(e), "multiple-value %s (value of type %s) in single-value context",
                        expr_string(k, e), type_string(k->arena, e->type));
            break;
        }
        return true;
    }
    invalidate(e);
    return false;
}

/* ---- names ---------------------------------------------------------------- */

static void check_ident(Checker *k, Expr *e) {
    const char *name = e->ident.name;
    if (strcmp(name, "_") == 0) {
        check_error(k, ast_start_pos(e), "cannot use _ as value or type");
        invalidate(e);
        return;
    }
    Symbol *s = scope_lookup(k->scope, name);
    if (!s) {
        check_error(k, ast_start_pos(e), "undefined: %s", name);
        invalidate(e);
        return;
    }
    e->ident.sym = s;
    check_use(k, s);
    check_resolve(k, s);
    e->type = s->type;
    switch (s->kind) {
    case SYM_CONST:
        if (s == scope_lookup_local(k->universe, "iota")) { /* not a constant named iota */
            if (!k->iota) {
                check_error(k, ast_start_pos(e), "cannot use iota outside constant declaration");
                invalidate(e);
                return;
            }
            e->cval = k->iota;
        } else {
            e->cval = s->cval;
        }
        e->sema_mode = e->cval && s->type ? MODE_CONST : MODE_INVALID;
        break;
    case SYM_VAR:
        e->sema_mode = s->type ? MODE_VAR : MODE_INVALID;
        break;
    case SYM_TYPE:
        if (!s->type) {
            if (!s->decl) /* a user's unsupported type was reported already */
                diag_unsupportedf(k->diags, ast_start_pos(e), "type %s", name);
            else if (s->state == 1 && s->decl->type.alias) /* types2's wording */
                check_error(k, ast_start_pos(e), "invalid use of type alias %s in recursive type "
                            "(see issue #50729)", name);
            invalidate(e);
            return;
        }
        e->sema_mode = MODE_TYPE;
        break;
    case SYM_FUNC:
        e->sema_mode = s->type ? MODE_VALUE : MODE_INVALID;
        break;
    case SYM_BUILTIN:
        e->sema_mode = MODE_BUILTIN;
        break;
    case SYM_PACKAGE:
        e->sema_mode = MODE_PACKAGE;
        break;
    case SYM_NIL:
        e->sema_mode = MODE_VALUE;
        break;
    default:
        invalidate(e);
    }
}

static void check_selector(Checker *k, Expr *e) {
    Expr *x = e->selector.x;
    const char *sel = e->selector.sel->ident.name;
    check_expr_or_type(k, x);
    if (is_invalid(x)) {
        invalidate(e);
        return;
    }
    if (x->sema_mode == MODE_PACKAGE) {
        check_package_selector(k, e); /* library.c */
        return;
    }
    if (check_method_selector(k, e)) /* methods.c */
        return;
    if (x->sema_mode != MODE_TYPE && x->type && x->type->kind <= TYPE_UNTYPED_STRING) {
        check_error(k, e->selector.sel->pos, "%s undefined (type %s has no field or method %s)",
                    expr_string(k, e), type_string(k->arena, x->type), sel);
    } else {
        check_field_selector(k, e); /* composite.c */
        return;
    }
    invalidate(e);
}

/* ---- operators ------------------------------------------------------------ */


/* The rank of an untyped numeric kind: an operation on two untyped
 * operands takes the kind that comes later in int, rune, float, complex. */
static int untyped_rank(TypeKind k) {
    switch (k) {
    case TYPE_UNTYPED_INT: return 1;
    case TYPE_UNTYPED_RUNE: return 2;
    case TYPE_UNTYPED_FLOAT: return 3;
    case TYPE_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

static void mismatch(Checker *k, Expr *e) {
    check_error(k, ast_start_pos(e), "invalid operation: %s (mismatched types %s and %s)",
                expr_string(k, e), type_string(k->arena, e->binary.x->type),
                type_string(k->arena, e->binary.y->type));
}

/* Brings the operands of a binary operation to one type (spec: "the
 * operand types must be identical unless the operation involves shifts or
 * untyped constants"). */
static bool match_operands(Checker *k, Expr *e) {
    Expr *x = e->binary.x, *y = e->binary.y;
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && uy) {
        int rx = untyped_rank(x->type->kind), ry = untyped_rank(y->type->kind);
        if (rx && ry) {
            Expr *lower = rx < ry ? x : y, *higher = rx < ry ? y : x;
            if (rx != ry && lower->sema_mode == MODE_CONST && higher->type->kind == TYPE_UNTYPED_FLOAT)
                lower->cval = const_to_float(k->comp, lower->cval);
            if (rx != ry && lower->sema_mode == MODE_CONST && higher->type->kind == TYPE_UNTYPED_COMPLEX)
                lower->cval = const_to_complex(k->comp, lower->cval);
            if (rx != ry)
                lower->type = higher->type;
            return true;
        }
        if (x->type == y->type)
            return true;
        mismatch(k, e);
        return false;
    }
    if (ux || uy) {
        Expr *u = ux ? x : y, *t = ux ? y : x;
        Type *tu = type_under(t->type);
        if (tu && tu->kind == TYPE_INTERFACE && u->type->kind != TYPE_UNTYPED_NIL) {
            /* gc: beside an empty interface an untyped operand takes its
             * default type; no interface with methods takes one */
            if (tu->iface.all.len) {
                check_error(k, ast_start_pos(u), "cannot convert %s to %s", operand_string(k, u),
                            type_string(k->arena, tu));
                invalidate(u);
                return false;
            }
            check_default_type(k, u);
            if (is_invalid(u))
                return false;
            if (type_identical(x->type, y->type))
                return true;
            mismatch(k, e);
            return false;
        }
        if (convert_operand(k, u, t->type))
            return true;
        if (!is_invalid(u))
            mismatch(k, e);
        return false;
    }
    if (!type_identical(x->type, y->type)) {
        mismatch(k, e);
        return false;
    }
    return true;
}

static bool operator_defined(TokenKind op, Type *t) {
    switch (op) {
    case TOK_ADD: return type_is_numeric(t) || type_is_string(t);
    case TOK_SUB: case TOK_MUL: case TOK_QUO: return type_is_numeric(t);
    case TOK_REM: case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT:
        return type_is_integer(t);
    case TOK_LAND: case TOK_LOR: return type_is_boolean(t);
    case TOK_EQL: case TOK_NEQ:
        return type_is_numeric(t) || type_is_string(t) || type_is_boolean(t);
    case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
        return type_is_integer(t) || type_is_float(t) || type_is_string(t);
    default: return false;
    }
}

/* Untyped constants may not grow without bound.  gc's rule: an untyped
 * integer over 512 bits is "constant multiplication overflow" (naming the
 * operation).  A float past big.Float's exponent range is no value at all. */
static bool check_constant_size(Checker *k, Expr *e) {
    enum { MAX_INT_BITS = 512 };
    if (e->sema_mode != MODE_CONST || !e->cval)
        return true;
    size_t bits = const_bits(e->cval);
    if (e->cval->kind == CONST_INT && type_is_untyped(e->type) && bits > MAX_INT_BITS) {
        TokenKind op = e->kind == EXPR_BINARY ? e->binary.op
                     : e->kind == EXPR_UNARY  ? e->unary.op : TOK_ILLEGAL;
        const char *name = e->kind == EXPR_UNARY
                               ? (op == TOK_SUB ? "negation " : op == TOK_XOR ? "bitwise complement " : "")
                           : op == TOK_ADD ? "addition " : op == TOK_SUB ? "subtraction "
                           : op == TOK_MUL ? "multiplication " : op == TOK_SHL ? "shift "
                           : op == TOK_XOR ? "bitwise XOR " : "";
        check_error(k, e->pos, "constant %soverflow", name);
        invalidate(e);
        return false;
    }
    if (!const_is_representable(e->cval)) {
        check_error(k, e->pos, "constant result is not representable");
        invalidate(e);
        return false;
    }
    return true;
}

/* A typed constant result must fit its type: "c + 1 (constant 256 of
 * type byte) overflows byte"; a typed float result is rounded. */
static void fit_typed_constant(Checker *k, Expr *e) {
    if (e->sema_mode != MODE_CONST || type_is_untyped(e->type) ||
        !type_is_numeric(e->type))
        return;
    ConstVal *v;
    if (represent(k, e->cval, e->type, &v) != FIT_OK) {
        check_error(k, ast_start_pos(e), "%s overflows %s", operand_string(k, e),
                    type_string(k->arena, e->type));
        invalidate(e);
        return;
    }
    e->cval = v;
}

static bool is_const_zero(const Expr *e) {
    return e->sema_mode == MODE_CONST && e->cval->kind != CONST_BOOL &&
           e->cval->kind != CONST_STRING && const_sign(e->cval) == 0;
}

/* A constant complex division whose divisor's parts both square to 0
 * (1e-600000000i: its square is past the smallest constant) would divide
 * by zero: types2 reports it as such. */
static bool complex_divisor_underflows(Checker *k, const Expr *x, const Expr *y, Type *t) {
    if (x->sema_mode != MODE_CONST || y->sema_mode != MODE_CONST || !type_is_complex(t))
        return false;
    for (int part = 0; part < 2; part++) {
        ConstVal *p = const_part(k->comp, y->cval, part);
        if (const_sign(const_binary(k->comp, TOK_MUL, p, p)) != 0)
            return false;
    }
    return true;
}

static void fold_binary(Checker *k, Expr *e, Type *operand_type) {
    Expr *x = e->binary.x, *y = e->binary.y;
    TokenKind op = e->binary.op;
    ConstVal *a = x->cval, *b = y->cval;
    if (a->kind == CONST_INT && b->kind == CONST_FLOAT)
        a = const_to_float(k->comp, a);
    if (b->kind == CONST_INT && a->kind == CONST_FLOAT)
        b = const_to_float(k->comp, b);
    if (a->kind == CONST_COMPLEX || b->kind == CONST_COMPLEX) {
        a = const_to_complex(k->comp, a);
        b = const_to_complex(k->comp, b);
    }
    if (is_comparison(op)) {
        int c = const_compare(a, b);
        bool r = op == TOK_EQL ? c == 0 : op == TOK_NEQ ? c != 0
               : op == TOK_LSS ? c < 0  : op == TOK_LEQ ? c <= 0
               : op == TOK_GTR ? c > 0  : c >= 0;
        e->cval = const_bool(k->comp, r);
        return;
    }
    /* integer operands divide as integers, even when untyped */
    if (op == TOK_QUO && type_is_integer(operand_type) && a->kind == CONST_FLOAT) {
        a = const_to_int(k->comp, a);
        b = const_to_int(k->comp, b);
    }
    e->cval = const_binary(k->comp, op, a, b);
}

static void check_shift(Checker *k, Expr *e) {
    Expr *x = e->binary.x, *y = e->binary.y;
    const char *count_string = NULL;
    /* the count: any integer; an untyped constant must be a uint */
    if (y->sema_mode == MODE_CONST) {
        ConstVal *v = y->cval;
        if (v->kind == CONST_FLOAT && !const_is_integral(v)) {
            check_error(k, ast_start_pos(y), "%s truncated to uint", operand_string(k, y));
            invalidate(e);
            return;
        }
        bool untyped = type_is_untyped(y->type);
        if (!const_is_integral(v) || v->kind == CONST_STRING || v->kind == CONST_BOOL) {
            /* gc converts an untyped count to uint */
            check_error(k, ast_start_pos(y),
                        untyped ? "cannot convert %s to uint"
                                : "invalid operation: shift count %s must be integer",
                        operand_string(k, y));
            invalidate(e);
            return;
        }
        y->cval = const_to_int(k->comp, v);
        if (const_sign(y->cval) < 0) {
            check_error(k, ast_start_pos(y), "invalid operation: negative shift count %s",
                        operand_string(k, y));
            invalidate(e);
            return;
        }
        if (untyped && !const_fits_int(y->cval, TYPE_UINT)) {
            check_error(k, ast_start_pos(y), "%s overflows uint", operand_string(k, y));
            invalidate(e);
            return;
        }
        /* gc names a constant count as written, not as a uint */
        count_string = operand_string(k, y);
        if (untyped)
            y->type = type_basic(TYPE_UINT);
    } else if (!type_is_integer(y->type)) {
        check_error(k, ast_start_pos(y), "invalid operation: shift count %s must be integer",
                    operand_string(k, y));
        invalidate(e);
        return;
    } else if (type_is_untyped(y->type)) {
        set_untyped_type(y, type_basic(TYPE_UINT));
    }
    if (x->sema_mode == MODE_CONST) {
        if (!const_is_integral(x->cval) || x->cval->kind == CONST_STRING ||
            x->cval->kind == CONST_BOOL) {
            check_error(k, ast_start_pos(x), "invalid operation: shifted operand %s must be integer",
                        operand_string(k, x));
            invalidate(e);
            return;
        }
        if (y->sema_mode == MODE_CONST) {
            /* a constant shift: exact */
            enum { MAX_SHIFT = 1074 }; /* the largest a float64 can need */
            if (const_uint64(y->cval) > MAX_SHIFT || !const_fits_int(y->cval, TYPE_UINT)) {
                check_error(k, ast_start_pos(y), "invalid operation: invalid shift count %s",
                            count_string);
                invalidate(e);
                return;
            }
            e->sema_mode = MODE_CONST;
            e->type = x->type->kind == TYPE_UNTYPED_FLOAT ? type_basic(TYPE_UNTYPED_INT) : x->type;
            e->cval = const_shift(k->comp, e->binary.op, const_to_int(k->comp, x->cval),
                                  (unsigned long)const_uint64(y->cval));
            if (check_constant_size(k, e))
                fit_typed_constant(k, e);
            return;
        }
        if (type_is_untyped(x->type)) {
            /* non-constant shift of an untyped constant: typed by context */
            x->cval = const_to_int(k->comp, x->cval);
            e->sema_mode = MODE_VALUE;
            e->type = type_basic(TYPE_UNTYPED_INT);
            return;
        }
    }
    if (!type_is_integer(x->type)) {
        check_error(k, ast_start_pos(x), "invalid operation: shifted operand %s must be integer",
                    operand_string(k, x));
        invalidate(e);
        return;
    }
    e->sema_mode = MODE_VALUE;
    e->type = x->type;
}

static void check_binary(Checker *k, Expr *e) {
    Expr *x = e->binary.x, *y = e->binary.y;
    TokenKind op = e->binary.op;
    check_expr(k, x);
    check_expr(k, y);
    if (is_invalid(x) || is_invalid(y)) {
        invalidate(e);
        return;
    }
    if (op == TOK_SHL || op == TOK_SHR) {
        check_shift(k, e);
        return;
    }
    if (is_comparison(op) && check_composite_comparison(k, e)) /* composite.c */
        return;
    if (!match_operands(k, e)) {
        invalidate(e);
        return;
    }
    Type *t = x->type;
    if (!operator_defined(op, t)) {
        if (is_comparison(op))
            check_error(k, ast_start_pos(e), "invalid operation: %s (operator %s not defined on %s)",
                        expr_string(k, e), token_spelling(op), check_kind_string(k, x->type));
        else
            check_error(k, ast_start_pos(e), "invalid operation: operator %s not defined on %s",
                        token_spelling(op), operand_string(k, x));
        invalidate(e);
        return;
    }
    if ((op == TOK_QUO || op == TOK_REM) &&
        ((is_const_zero(y) && (type_is_integer(t) || x->sema_mode == MODE_CONST)) ||
         complex_divisor_underflows(k, x, y, t))) {
        check_error(k, ast_start_pos(y), "invalid operation: division by zero");
        invalidate(e);
        return;
    }
    bool constant = x->sema_mode == MODE_CONST && y->sema_mode == MODE_CONST;
    e->sema_mode = constant ? MODE_CONST : MODE_VALUE;
    e->type = is_comparison(op) ? type_basic(TYPE_UNTYPED_BOOL) : t;
    if (constant) {
        fold_binary(k, e, t);
        if (check_constant_size(k, e))
            fit_typed_constant(k, e);
    }
}

static void check_unary(Checker *k, Expr *e) {
    Expr *x = e->unary.x;
    TokenKind op = e->unary.op;
    if (op == TOK_AND) {
        check_address_of(k, e); /* composite.c */
        return;
    }
    if (op == TOK_ARROW) { /* <-ch */
        check_expr(k, x);
        if (is_invalid(x)) {
            invalidate(e);
            return;
        }
        Type *u = type_under(x->type);
        if (!u || u->kind != TYPE_CHAN) {
            check_error(k, ast_start_pos(e), "invalid operation: cannot receive from non-channel %s",
                        operand_string(k, x));
            invalidate(e);
            return;
        }
        if (u->chan.dir == CHAN_SEND) {
            check_error(k, ast_start_pos(e), "invalid operation: cannot receive from send-only channel %s",
                        operand_string(k, x));
            invalidate(e);
            return;
        }
        e->sema_mode = MODE_VALUE;
        e->type = u->chan.elem;
        return;
    }
    if (op == TOK_TILDE) {
        diag_unsupported(k->diags, e->pos, "generics");
        invalidate(e);
        return;
    }
    check_expr(k, x);
    if (is_invalid(x)) {
        invalidate(e);
        return;
    }
    bool ok = op == TOK_NOT ? type_is_boolean(x->type)
            : op == TOK_XOR ? type_is_integer(x->type)
                            : type_is_numeric(x->type);
    if (!ok) {
        check_error(k, ast_start_pos(e), "invalid operation: operator %s not defined on %s",
                    token_spelling(op), operand_string(k, x));
        invalidate(e);
        return;
    }
    e->type = x->type;
    e->sema_mode = x->sema_mode == MODE_CONST ? MODE_CONST : MODE_VALUE;
    if (e->sema_mode == MODE_CONST) {
        int bits = type_is_unsigned(x->type) ? 8 * type_size(x->type) : 0;
        e->cval = const_unary(k->comp, op, x->cval, bits);
        if (check_constant_size(k, e))
            fit_typed_constant(k, e);
    }
}

/* ---- indexing -------------------------------------------------------------- */

static void check_index(Checker *k, Expr *e) {
    Expr *x = e->index.x;
    check_expr(k, x);
    if (is_invalid(x)) {
        invalidate(e);
        return;
    }
    if (!type_is_string(x->type) || e->index.indices.len != 1) {
        check_index_composite(k, e); /* composite.c */
        return;
    }
    check_default_type(k, x);
    Expr *i = e->index.indices.data[0];
    check_expr(k, i);
    if (is_invalid(i)) {
        invalidate(e);
        return;
    }
    if (i->sema_mode == MODE_CONST) {
        if (!convert_operand(k, i, type_basic(TYPE_INT))) {
            invalidate(e);
            return;
        }
        if (const_sign(i->cval) < 0) {
            check_error(k, ast_start_pos(i), "invalid argument: index %s must not be negative",
                        arena_printf(k->arena, "%s (constant of type int)", expr_string(k, i)));
            invalidate(e);
            return;
        }
        if (x->sema_mode == MODE_CONST && const_int64(i->cval) >= (int64_t)x->cval->s_len) {
            check_error(k, ast_start_pos(i), "invalid argument: index %s out of bounds [0:%zu]",
                        expr_string(k, i), x->cval->s_len);
            invalidate(e);
            return;
        }
    } else if (!type_is_integer(i->type)) {
        check_error(k, ast_start_pos(i), "invalid argument: index %s must be integer",
                    operand_string(k, i));
        invalidate(e);
        return;
    } else {
        check_default_type(k, i);
    }
    e->sema_mode = MODE_VALUE;
    e->type = type_byte();
}

/* *x: a pointer type when x is a type, else an indirection. */
static void check_star(Checker *k, Expr *e) {
    Expr *x = e->star.x;
    check_expr_or_type(k, x);
    if (is_invalid(x)) {
        invalidate(e);
        return;
    }
    if (x->sema_mode == MODE_TYPE) {
        e->type = type_new_pointer(k->arena, x->type);
        e->sema_mode = MODE_TYPE;
        return;
    }
    if (!check_is_value(k, x)) {
        invalidate(e);
        return;
    }
    Type *u = type_under(x->type);
    if (!u || u->kind != TYPE_POINTER) {
        check_error(k, ast_start_pos(e), "invalid operation: cannot indirect %s", operand_string(k, x));
        invalidate(e);
        return;
    }
    e->type = u->pointer.elem;
    e->sema_mode = MODE_VAR;
}

/* ---- the dispatcher ---------------------------------------------------- */

static const char *unsupported_expr(ExprKind kind) {
    switch (kind) {
    case EXPR_COMPOSITE_LIT: return "composite literals";
    case EXPR_FUNC_LIT: return "function literals";
    case EXPR_SLICE: return "slice expressions";
    case EXPR_TYPE_ASSERT: return "type assertions";
    case EXPR_STAR: return "pointers";
    case EXPR_KEY_VALUE: return "composite literals";
    case EXPR_ARRAY_TYPE: return "array and slice types";
    case EXPR_STRUCT_TYPE: return "struct types";
    case EXPR_FUNC_TYPE: return "function types";
    case EXPR_INTERFACE_TYPE: return "interface types";
    case EXPR_MAP_TYPE: return "map types";
    case EXPR_CHAN_TYPE: return "channels";
    default: return "this expression";
    }
}

void check_expr_or_type(Checker *k, Expr *e) {
    switch (e->kind) {
    case EXPR_BAD:
        invalidate(e);
        return;
    case EXPR_IDENT:
        check_ident(k, e);
        return;
    case EXPR_BASIC_LIT: {
        if (e->lit.bad) { /* the lexer reported it */
            invalidate(e);
            return;
        }
        bool ok;
        e->cval = const_from_literal(k->comp, e, &ok);
        if (!ok)
            check_error(k, e->pos, "malformed constant: %s", e->lit.text);
        static const TypeKind lit_types[] = {
            [TOK_INT] = TYPE_UNTYPED_INT, [TOK_FLOAT] = TYPE_UNTYPED_FLOAT,
            [TOK_RUNE] = TYPE_UNTYPED_RUNE, [TOK_STRING] = TYPE_UNTYPED_STRING,
            [TOK_IMAG] = TYPE_UNTYPED_COMPLEX};
        e->type = type_basic(lit_types[e->lit.kind]);
        e->sema_mode = ok ? MODE_CONST : MODE_INVALID;
        return;
    }
    case EXPR_PAREN:
        check_expr_or_type(k, e->paren.x);
        e->sema_mode = e->paren.x->sema_mode;
        e->type = e->paren.x->type;
        e->cval = e->paren.x->cval;
        return;
    case EXPR_SELECTOR:
        check_selector(k, e);
        return;
    case EXPR_CALL:
        check_call(k, e);
        return;
    case EXPR_FUNC_LIT:
        check_func_lit(k, e);
        return;
    case EXPR_UNARY:
        check_unary(k, e);
        return;
    case EXPR_BINARY:
        check_binary(k, e);
        return;
    case EXPR_INDEX:
        check_index(k, e);
        return;
    case EXPR_STAR:
        check_star(k, e);
        return;
    case EXPR_COMPOSITE_LIT:
        check_composite_lit(k, e); /* composite.c */
        return;
    case EXPR_SLICE:
        check_slice_expr(k, e); /* composite.c */
        return;
    case EXPR_TYPE_ASSERT:
        check_type_assert(k, e); /* methods.c */
        return;
    case EXPR_ARRAY_TYPE:
    case EXPR_STRUCT_TYPE:
    case EXPR_FUNC_TYPE:
    case EXPR_INTERFACE_TYPE:
    case EXPR_MAP_TYPE:
    case EXPR_CHAN_TYPE:
        e->type = check_type_expr(k, e);
        e->sema_mode = e->type ? MODE_TYPE : MODE_INVALID;
        return;
    default:
        diag_unsupported(k->diags, e->pos, unsupported_expr(e->kind));
        invalidate(e);
        return;
    }
}

void check_expr(Checker *k, Expr *e) {
    check_expr_or_type(k, e);
    check_is_value(k, e);
}

Type *check_type(Checker *k, Expr *e) {
    check_expr_or_type(k, e);
    if (is_invalid(e))
        return NULL;
    if (e->sema_mode != MODE_TYPE) {
        check_error(k, ast_start_pos(e), "%s is not a type", expr_string(k, e));
        invalidate(e);
        return NULL;
    }
    return e->type;
}
