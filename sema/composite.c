/*
 * composite.c — values of composite types: composite literals, selectors
 * of struct fields, indexing, slicing, &x, nil, assignability, comparison
 * (operators and switch cases) and conversions of composite types, len and
 * cap.  expr.c, call.c and stmt.c call in through the hooks declared in
 * internal.h's "composite values" section.
 *
 * Fields are found with methods.c's check_lookup (spec: "Selectors": the
 * shallowest depth of embedding wins; two at that depth are ambiguous).
 * Composite literals check their elements with the element type as a
 * hint, so that `[]Point{{1, 2}}` may elide the inner literals' types.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

static void invalidate(Expr *e) {
    e->sema_mode = MODE_INVALID;
    e->type = NULL;
    e->cval = NULL;
}

static bool is_invalid(const Expr *e) { return e->sema_mode == MODE_INVALID; }

static Expr *unparen(Expr *e) {
    while (e->kind == EXPR_PAREN)
        e = e->paren.x;
    return e;
}

static bool is_nil(const Expr *e) {
    return e->type && e->type->kind == TYPE_UNTYPED_NIL;
}

/* spec: the types whose zero value is nil. */
static bool has_nil(const Type *t) {
    Type *u = type_under(t);
    if (!u)
        return false;
    switch (u->kind) {
    case TYPE_POINTER: case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC:
    case TYPE_INTERFACE: case TYPE_CHAN: case TYPE_UNSAFE_POINTER:
        return true;
    default:
        return false;
    }
}

/* ---- a small set of strings, for duplicate keys and indices --------------- */

typedef struct KeySet {
    const char **slots;
    int cap, len;
} KeySet;

static uint32_t key_hash(const char *s) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

/* Adds s; returns false when it was there already. */
static bool keyset_add(Arena *a, KeySet *set, const char *s) {
    if (2 * (set->len + 1) > set->cap) {
        KeySet bigger = {0};
        bigger.cap = set->cap ? 2 * set->cap : 32;
        bigger.slots = arena_alloc(a, sizeof(char *) * (size_t)bigger.cap);
        for (int i = 0; i < set->cap; i++)
            if (set->slots[i])
                keyset_add(a, &bigger, set->slots[i]);
        *set = bigger;
    }
    uint32_t mask = (uint32_t)set->cap - 1;
    for (uint32_t i = key_hash(s) & mask;; i = (i + 1) & mask) {
        if (!set->slots[i]) {
            set->slots[i] = s;
            set->len++;
            return true;
        }
        if (strcmp(set->slots[i], s) == 0)
            return false;
    }
}

/* x.f where x is a value (the package case and x a type are elsewhere). */
void check_field_selector(Checker *k, Expr *e) {
    Expr *x = e->selector.x;
    const char *name = e->selector.sel->ident.name;
    if (x->sema_mode == MODE_TYPE) {
        check_error(k, e->selector.sel->pos, "%s undefined (type %s has no method %s)",
                    expr_string(k, e), type_string(k->arena, x->type), name);
        invalidate(e);
        return;
    }
    if (!check_is_value(k, x)) {
        invalidate(e);
        return;
    }
    Lookup s = check_lookup(k, x->type, name);
    switch (s.kind) {
    case LOOKUP_NONE: {
        /* gc's hint when only the case of the first letter is wrong */
        char *other = arena_strdup(k->arena, name);
        if (other[0] >= 'a' && other[0] <= 'z')
            other[0] = (char)(other[0] - 'a' + 'A');
        else if (other[0] >= 'A' && other[0] <= 'Z')
            other[0] = (char)(other[0] - 'A' + 'a');
        bool hint = strcmp(other, name) != 0 && check_lookup(k, x->type, other).kind != LOOKUP_NONE;
        check_error(k, e->selector.sel->pos, "%s undefined (type %s has no field or method %s%s%s)",
                    expr_string(k, e), type_string(k->arena, x->type), name,
                    hint ? ", but does have " : "", hint ? other : "");
        invalidate(e);
        return;
    }
    case LOOKUP_AMBIGUOUS:
        check_error(k, e->selector.sel->pos, "ambiguous selector %s", expr_string(k, e));
        invalidate(e);
        return;
    case LOOKUP_METHOD: /* methods.c's: not reached */
        invalidate(e);
        return;
    case LOOKUP_FIELD:
        break;
    }
    /* spec: "if the type of x is a defined pointer type and (*x).f is a
     * valid selector expression denoting a field (but not a method), x.f
     * is shorthand for (*x).f." */
    e->type = s.field->type;
    e->sema_mode = x->sema_mode == MODE_VAR || s.indirect ? MODE_VAR : MODE_VALUE;
    e->selector.sel->type = s.field->type;
}

/* The messages gc gives for an assignment to something that is not a
 * variable, where they are more specific than "cannot assign to x": a
 * field of a struct stored in a map.  Reports and returns true if so. */
bool check_assign_target_error(Checker *k, Expr *e) {
    Expr *x = unparen(e);
    if (x->kind != EXPR_SELECTOR)
        return false;
    if (unparen(x->selector.x)->sema_mode != MODE_MAPINDEX)
        return false; /* m[k].a.b is "cannot assign to m[k].a.b (value of type T)" */
    check_error(k, ast_start_pos(e), "cannot assign to struct field %s in map", expr_string(k, e));
    return true;
}

/* ---- assignability and comparison ------------------------------------------ */

/* "Named" in the sense of the spec's assignability rule: defined types and
 * the predeclared types (not aliases such as any). */
static bool is_named(const Type *t) {
    return t->kind == TYPE_NAMED || (t->kind >= TYPE_BOOL && t->kind <= TYPE_STRING);
}

/* spec: "Assignability", for typed values: a value of type v may be
 * assigned to a variable of type t. */
bool type_assignable(Checker *k, Type *v, Type *t) {
    if (!v || !t)
        return true; /* reported already */
    if (type_identical(v, t))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (!vu || !tu)
        return false;
    if (vu->kind == TYPE_UNTYPED_NIL)
        return has_nil(t);
    if (vu->kind == TYPE_UNTYPED_BOOL) /* a comma-ok's ok */
        return tu->kind == TYPE_BOOL || (tu->kind == TYPE_INTERFACE && check_implements(k, type_basic(TYPE_BOOL), t, NULL));
    /* identical underlying types, and at least one is not named */
    if ((!is_named(v) || !is_named(t)) && type_identical(vu, tu))
        return true;
    if (tu->kind == TYPE_INTERFACE)
        return check_implements(k, v, t, NULL);
    /* a bidirectional channel to a directional one of the same element */
    if (vu->kind == TYPE_CHAN && tu->kind == TYPE_CHAN && vu->chan.dir == CHAN_BOTH &&
        type_identical(vu->chan.elem, tu->chan.elem) && (!is_named(v) || !is_named(t)))
        return true;
    return false;
}

/* Gives nil the type a context wants: "cannot use nil as int value in
 * assignment" where it has no nil. */
bool check_assign_nil(Checker *k, Expr *e, Type *t, const char *context) {
    if (!has_nil(t)) {
        check_error(k, ast_start_pos(e), "cannot use nil as %s value in %s",
                    type_string(k->arena, t), context);
        return false;
    }
    e->type = t;
    return true;
}

/* gc's word for a type in comparison errors: its kind, for composites. */
const char *check_kind_string(Checker *k, Type *t) {
    Type *u = type_under(t);
    switch (u ? u->kind : TYPE_INVALID) {
    case TYPE_ARRAY: return "array";
    case TYPE_SLICE: return "slice";
    case TYPE_STRUCT: return "struct";
    case TYPE_POINTER: return "pointer";
    case TYPE_FUNC: return "func";
    case TYPE_INTERFACE: return "interface";
    case TYPE_MAP: return "map";
    case TYPE_CHAN: return "chan";
    default: return type_string(k->arena, t);
    }
}

/* Why values of t cannot be compared: "slice can only be compared to
 * nil", "struct containing []int cannot be compared". */
static const char *incomparable_cause(Checker *k, Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_SLICE: case TYPE_FUNC: case TYPE_MAP:
        return arena_printf(k->arena, "%s can only be compared to nil", check_kind_string(k, t));
    case TYPE_STRUCT:
        for (int i = 0; i < u->strct.fields.len; i++)
            if (!type_comparable(u->strct.fields.data[i].type))
                return arena_printf(k->arena, "struct containing %s cannot be compared",
                                    type_string(k->arena, u->strct.fields.data[i].type));
        break;
    case TYPE_ARRAY:
        return arena_printf(k->arena, "%s cannot be compared", type_string(k->arena, u));
    default:
        break;
    }
    return arena_printf(k->arena, "operator == not defined on %s", check_kind_string(k, t));
}

static bool is_composite_operand(const Expr *e) {
    if (is_nil(e))
        return true;
    Type *u = type_under(e->type);
    return u && u->kind >= TYPE_ARRAY && u->kind != TYPE_TUPLE;
}

static bool is_ordered_op(TokenKind op) {
    return op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR || op == TOK_GEQ;
}

/* Reports a comparison x op y that is not allowed: "invalid operation:
 * p < q (operator < not defined on pointer)" for an operator bin, "invalid
 * case x in switch on y (...)" for a case value x (bin NULL). */
static void comparison_error(Checker *k, Expr *bin, Expr *x, Expr *y, Expr *at,
                             const char *cause) {
    if (bin)
        check_error(k, ast_start_pos(at), "invalid operation: %s (%s)", expr_string(k, bin), cause);
    else
        check_error(k, ast_start_pos(x), "invalid case %s in switch on %s (%s)", expr_string(k, x),
                    expr_string(k, y), cause);
}

/* spec: "Comparison operators": "In any comparison, the first operand
 * must be assignable to the type of the second operand, or vice versa";
 * == and != need comparable operands (or one nil), the ordered operators
 * ordered ones.  For operands of composite type or nil; false if an error
 * was reported. */
static bool compare(Checker *k, Expr *x, Expr *y, TokenKind op, Expr *bin) {
    bool xnil = is_nil(x), ynil = is_nil(y);
    /* an untyped operand takes the other's type where it may */
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if ((ux != uy) && !xnil && !ynil) {
        Expr *u = ux ? x : y, *o = ux ? y : x;
        Type *ou = type_under(o->type);
        /* types2's mayConvert: always beside an interface; never across
         * booleans and strings */
        bool iface = ou && ou->kind == TYPE_INTERFACE;
        if (iface || (type_is_boolean(u->type) == type_is_boolean(o->type) &&
                      type_is_string(u->type) == type_is_string(o->type))) {
            if (!iface || ou->iface.all.len) {
                check_error(k, ast_start_pos(u), "cannot convert %s to %s", operand_string(k, u),
                            type_string(k->arena, ou));
                return false;
            }
            check_default_type(k, u);
            if (is_invalid(u))
                return false;
        }
    }
    bool ok;
    if (xnil || ynil)
        ok = xnil && ynil ? true : has_nil(xnil ? y->type : x->type);
    else
        ok = !type_is_untyped(x->type) && !type_is_untyped(y->type) &&
             (type_assignable(k, x->type, y->type) || type_assignable(k, y->type, x->type));
    if (!ok) {
        comparison_error(k, bin, x, y, y,
                         arena_printf(k->arena, "mismatched types %s and %s",
                                      type_string(k->arena, x->type), type_string(k->arena, y->type)));
        return false;
    }
    Expr *err_op = NULL;
    const char *cause = NULL;
    if (!is_ordered_op(op)) {
        if (xnil || ynil) {
            Type *t = xnil ? y->type : x->type;
            if (!has_nil(t))
                err_op = y;
        } else if (!type_comparable(x->type)) {
            err_op = x;
            cause = incomparable_cause(k, x->type);
        } else if (!type_comparable(y->type)) {
            err_op = y;
            cause = incomparable_cause(k, y->type);
        }
    } else {
        err_op = x; /* no composite type is ordered */
    }
    if (err_op) {
        if (!cause)
            cause = arena_printf(k->arena, "operator %s not defined on %s", token_spelling(op),
                                 check_kind_string(k, err_op->type));
        comparison_error(k, bin, x, y, err_op, cause);
        return false;
    }
    if (xnil && !ynil)
        x->type = y->type;
    if (ynil && !xnil)
        y->type = x->type;
    return true;
}

/* x op y for a comparison op when an operand has a composite type or is
 * nil (the basic types are expr.c's).  Returns false, doing nothing, when
 * neither is.  x and y are checked and valid. */
bool check_composite_comparison(Checker *k, Expr *e) {
    Expr *x = e->binary.x, *y = e->binary.y;
    if (!is_composite_operand(x) && !is_composite_operand(y))
        return false;
    e->sema_mode = MODE_VALUE;
    e->type = type_basic(TYPE_UNTYPED_BOOL);
    if (!compare(k, x, y, e->binary.op, e))
        invalidate(e);
    return true;
}

/* A case value v of a switch on tag (both checked, valid), compared as
 * v == tag, when either is composite or v is nil: false, doing nothing,
 * otherwise (untyped constants are stmt.c's). */
bool check_case_comparison(Checker *k, Expr *tag, Expr *v) {
    if (!is_composite_operand(v) && !is_composite_operand(tag))
        return false;
    if (type_is_untyped(v->type) && !(is_nil(v) && has_nil(tag->type)))
        return false;
    compare(k, v, tag, TOK_EQL, NULL);
    return true;
}

/* spec: "Switch statements": the tag is compared with ==, so it must be
 * comparable (or have nil).  Invalidates it when it is not. */
void check_switch_tag(Checker *k, Expr *tag) {
    if (is_invalid(tag) || !tag->type || type_comparable(tag->type) || has_nil(tag->type))
        return;
    check_error(k, ast_start_pos(tag), "cannot switch on %s (%s is not comparable)",
                operand_string(k, tag), type_string(k->arena, tag->type));
    invalidate(tag);
}

/* ---- composite literals ------------------------------------------------------ */

static void check_lit(Checker *k, Expr *e, Type *hint);

/* An element of a composite literal: a literal whose type is elided takes
 * the element type (spec: "Within a composite literal of array, slice, or
 * map type T, elements or map keys that are themselves composite literals
 * may elide the respective literal type if it is identical to the element
 * or key type of T.  Similarly, elements or keys that are addresses of
 * composite literals may elide the &T when the element or key type is
 * *T."). */
static void check_elem(Checker *k, Expr *e, Type *hint) {
    if (e->kind == EXPR_COMPOSITE_LIT && !e->composite.type) {
        check_lit(k, e, hint);
        return;
    }
    check_expr(k, e);
}

static void check_value_as(Checker *k, Expr *v, Type *t, Type *hint, const char *context) {
    check_elem(k, v, hint);
    if (!is_invalid(v))
        check_assignable(k, v, t, context);
}

/* An index of an array, slice or string: a non-negative int, in range
 * [0:max) when max >= 0 and the index is constant.  Returns the constant
 * index, -1 if not constant, -2 on error (reported). */
static int64_t check_index_value(Checker *k, Expr *i, int64_t max) {
    check_expr(k, i);
    if (is_invalid(i))
        return -2;
    if (type_is_untyped(i->type) && !check_convert_operand(k, i, type_basic(TYPE_INT))) {
        if (!is_invalid(i))
            check_error(k, ast_start_pos(i), "invalid argument: index %s must be integer",
                        operand_string(k, i));
        return -2;
    }
    if (!type_is_integer(i->type)) {
        check_error(k, ast_start_pos(i), "invalid argument: index %s must be integer",
                    operand_string(k, i));
        return -2;
    }
    if (i->sema_mode != MODE_CONST)
        return -1;
    if (const_sign(i->cval) < 0) {
        check_error(k, ast_start_pos(i), "invalid argument: index %s must not be negative",
                    operand_string(k, i));
        return -2;
    }
    if (!const_fits_int(i->cval, TYPE_INT)) {
        check_error(k, ast_start_pos(i), "invalid argument: index %s overflows int",
                    operand_string(k, i));
        return -2;
    }
    int64_t v = const_int64(i->cval);
    if (max >= 0 && v >= max) {
        check_error(k, ast_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]",
                    const_string(k->arena, i->cval), (long long)max);
        return -2;
    }
    return v;
}

/* The elements of an array or slice literal, keyed by index or not.
 * Returns the length the literal needs. */
static int64_t indexed_elts(Checker *k, ExprVec *elts, Type *elem, int64_t length) {
    KeySet visited = {0};
    int64_t index = 0, max = 0;
    for (int n = 0; n < elts->len; n++) {
        Expr *e = elts->data[n];
        Expr *value = e;
        bool valid = false;
        if (e->kind == EXPR_KEY_VALUE) {
            int64_t i = check_index_value(k, e->key_value.key, length);
            if (i >= 0) {
                index = i;
                valid = true;
            } else if (i == -1) {
                check_error(k, e->pos, "index %s must be integer constant",
                            expr_string(k, e->key_value.key));
            }
            value = e->key_value.value;
        } else if (length >= 0 && index >= length) {
            check_error(k, ast_start_pos(e), "index %lld is out of bounds (>= %lld)",
                        (long long)index, (long long)length);
        } else {
            valid = true;
        }
        if (valid) {
            char buf[32];
            snprintf(buf, sizeof buf, "%lld", (long long)index);
            if (!keyset_add(k->arena, &visited, arena_strdup(k->arena, buf)))
                check_error(k, e->kind == EXPR_KEY_VALUE ? e->pos : ast_start_pos(e),
                            "duplicate index %lld in array or slice literal", (long long)index);
        }
        index++;
        if (index > max)
            max = index;
        check_value_as(k, value, elem, elem, "array or slice literal");
    }
    return max;
}

static void check_struct_lit(Checker *k, Expr *e, Type *base, Type *st) {
    ExprVec *elts = &e->composite.elts;
    FieldList *fields = &st->strct.fields;
    if (elts->len == 0)
        return;
    if (elts->data[0]->kind == EXPR_KEY_VALUE) {
        bool *visited = arena_alloc(k->arena, sizeof(bool) * (size_t)(fields->len + 1));
        for (int n = 0; n < elts->len; n++) {
            Expr *kv = elts->data[n];
            if (kv->kind != EXPR_KEY_VALUE) {
                check_error(k, ast_start_pos(kv),
                            "mixture of field:value and value elements in struct literal");
                continue;
            }
            Expr *key = kv->key_value.key, *value = kv->key_value.value;
            check_expr(k, value);
            if (key->kind != EXPR_IDENT) {
                check_error(k, kv->pos, "invalid field name %s in struct literal",
                            expr_string(k, key));
                continue;
            }
            int i = 0; /* blank fields have no name to give */
            while (i < fields->len && (strcmp(fields->data[i].name, key->ident.name) != 0 ||
                                       strcmp(key->ident.name, "_") == 0))
                i++;
            if (i == fields->len) {
                check_error(k, key->pos, "unknown field '%s' in struct literal of type %s",
                            key->ident.name, type_string(k->arena, base));
                continue;
            }
            key->type = fields->data[i].type;
            if (!is_invalid(value))
                check_assignable(k, value, fields->data[i].type, "struct literal");
            if (visited[i]) {
                check_error(k, kv->pos, "duplicate field name %s in struct literal",
                            key->ident.name);
                continue;
            }
            visited[i] = true;
        }
        return;
    }
    for (int n = 0; n < elts->len; n++) {
        Expr *v = elts->data[n];
        if (v->kind == EXPR_KEY_VALUE) {
            check_error(k, v->pos, "mixture of field:value and value elements in struct literal");
            continue;
        }
        check_expr(k, v);
        if (n >= fields->len) {
            check_error(k, ast_start_pos(v), "too many values in %s{…}", type_string(k->arena, base));
            return;
        }
        if (!is_invalid(v))
            check_assignable(k, v, fields->data[n].type, "struct literal");
    }
    if (elts->len < fields->len)
        check_error(k, e->composite.rbrace, "too few values in %s{…}", type_string(k->arena, base));
}

static void check_map_lit(Checker *k, Expr *e, Type *mt) {
    ExprVec *elts = &e->composite.elts;
    KeySet visited = {0};
    for (int n = 0; n < elts->len; n++) {
        Expr *kv = elts->data[n];
        if (kv->kind != EXPR_KEY_VALUE) {
            check_error(k, ast_start_pos(kv), "missing key in map literal");
            check_expr(k, kv);
            continue;
        }
        Expr *key = kv->key_value.key;
        check_elem(k, key, mt->map.key);
        if (!is_invalid(key) && check_assignable(k, key, mt->map.key, "map literal") &&
            key->sema_mode == MODE_CONST) {
            /* for interface keys the dynamic type counts too */
            const char *id = arena_printf(k->arena, "%d:%s:%s", key->cval->kind,
                                          type_string(k->arena, key->type),
                                          const_string(k->arena, key->cval));
            if (!keyset_add(k->arena, &visited, id)) {
                check_error(k, ast_start_pos(key), "duplicate key %s in map literal",
                            const_string(k->arena, key->cval));
                continue;
            }
        }
        check_value_as(k, kv->key_value.value, mt->map.value, mt->map.value, "map literal");
    }
}

/* [...]T{...}: an array type whose length the literal gives. */
static bool is_open_array(const Expr *te) {
    return te && te->kind == EXPR_ARRAY_TYPE && te->array_type.len &&
           te->array_type.len->kind == EXPR_ELLIPSIS && !te->array_type.len->ellipsis.elem;
}

static void check_lit(Checker *k, Expr *e, Type *hint) {
    Expr *te = e->composite.type;
    Type *typ, *base;
    bool open = false;
    if (is_open_array(te)) {
        Type *elem = check_type(k, te->array_type.elem);
        if (!elem) {
            for (int i = 0; i < e->composite.elts.len; i++) {
                Expr *v = e->composite.elts.data[i];
                check_elem(k, v->kind == EXPR_KEY_VALUE ? v->key_value.value : v, NULL);
            }
            invalidate(e);
            return;
        }
        typ = base = type_new_array(k->arena, elem, -1);
        open = true;
    } else if (te) {
        typ = base = check_type(k, te);
        if (!typ) {
            invalidate(e);
            return;
        }
    } else if (hint) {
        typ = hint;
        Type *hu = type_under(hint);
        /* gc: base is the core (underlying) type, or *T's T, and names
         * the literal in messages */
        base = hu ? hu : hint;
        if (hu && hu->kind == TYPE_POINTER && hint->kind == TYPE_POINTER)
            base = hu->pointer.elem; /* *T implies &T{} */
    } else {
        check_error(k, e->pos, "missing type in composite literal");
        for (int i = 0; i < e->composite.elts.len; i++) {
            Expr *v = e->composite.elts.data[i];
            check_elem(k, v->kind == EXPR_KEY_VALUE ? v->key_value.value : v, NULL);
        }
        invalidate(e);
        return;
    }
    Type *u = type_under(base);
    switch (u ? u->kind : TYPE_INVALID) {
    case TYPE_STRUCT:
        check_struct_lit(k, e, base, u);
        break;
    case TYPE_ARRAY: {
        int64_t n = indexed_elts(k, &e->composite.elts, u->array.elem, open ? -1 : u->array.len);
        if (open) {
            u->array.len = n;
            te->type = typ;
            te->sema_mode = MODE_TYPE;
        }
        break;
    }
    case TYPE_SLICE:
        indexed_elts(k, &e->composite.elts, u->slice.elem, -1);
        break;
    case TYPE_MAP:
        check_map_lit(k, e, u);
        break;
    default:
        for (int i = 0; i < e->composite.elts.len; i++) {
            Expr *v = e->composite.elts.data[i];
            check_elem(k, v->kind == EXPR_KEY_VALUE ? v->key_value.value : v, NULL);
        }
        check_error(k, ast_start_pos(e), "invalid composite literal type %s",
                    type_string(k->arena, typ));
        invalidate(e);
        return;
    }
    e->sema_mode = MODE_VALUE;
    e->type = typ;
}

void check_composite_lit(Checker *k, Expr *e) { check_lit(k, e, NULL); }

/* ---- &x ------------------------------------------------------------------------- */

/* spec: "The operand must be addressable, that is, either a variable,
 * pointer indirection, or slice indexing operation; or a field selector
 * of an addressable struct operand; or an array indexing operation of an
 * addressable array.  As an exception to the addressability requirement,
 * x may also be a (possibly parenthesized) composite literal." */
void check_address_of(Checker *k, Expr *e) {
    Expr *x = e->unary.x;
    check_expr(k, x);
    if (is_invalid(x)) {
        invalidate(e);
        return;
    }
    if (unparen(x)->kind != EXPR_COMPOSITE_LIT && x->sema_mode != MODE_VAR) {
        check_error(k, ast_start_pos(x), "invalid operation: cannot take address of %s",
                    operand_string(k, x));
        invalidate(e);
        return;
    }
    e->sema_mode = MODE_VALUE;
    e->type = type_new_pointer(k->arena, x->type);
}

/* ---- indexing and slicing ----------------------------------------------------- */

/* a[i] for arrays, pointers to arrays, slices and maps (strings are
 * expr.c's).  e->index.x is checked and valid. */
void check_index_composite(Checker *k, Expr *e) {
    Expr *x = e->index.x;
    if (!check_is_value(k, x)) {
        invalidate(e);
        return;
    }
    Type *u = type_under(x->type);
    Mode mode = x->sema_mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
    if (u && u->kind == TYPE_POINTER) {
        Type *pu = type_under(u->pointer.elem);
        if (pu && pu->kind == TYPE_ARRAY) {
            u = pu;
            mode = MODE_VAR;
        }
    }
    if (!u || (u->kind != TYPE_ARRAY && u->kind != TYPE_SLICE && u->kind != TYPE_MAP)) {
        check_error(k, e->pos, "invalid operation: cannot index %s", operand_string(k, x));
        for (int i = 0; i < e->index.indices.len; i++)
            check_expr_or_type(k, e->index.indices.data[i]);
        invalidate(e);
        return;
    }
    if (e->index.indices.len != 1) {
        diag_unsupported(k->diags, e->pos, "generics");
        invalidate(e);
        return;
    }
    Expr *i = e->index.indices.data[0];
    if (u->kind == TYPE_MAP) {
        check_elem(k, i, u->map.key);
        if (is_invalid(i) || !check_assignable(k, i, u->map.key, "map index")) {
            invalidate(e);
            return;
        }
        e->sema_mode = MODE_MAPINDEX;
        e->type = u->map.value;
        return;
    }
    int64_t length = u->kind == TYPE_ARRAY ? u->array.len : -1;
    if (check_index_value(k, i, length) == -2) {
        invalidate(e);
        return;
    }
    if (u->kind == TYPE_SLICE) {
        mode = MODE_VAR;
        e->type = u->slice.elem;
    } else {
        e->type = u->array.elem;
    }
    e->sema_mode = mode;
}

/* v, ok := m[k]: the map index gets the type (V, bool) of a two-valued
 * call (methods.c's check_comma_ok does x.(T)). */
bool check_map_comma_ok(Checker *k, Expr *e) {
    Expr *x = unparen(e);
    if (x->kind != EXPR_INDEX || !x->type)
        return false;
    if (x->type->kind == TYPE_TUPLE)
        return true; /* retyped already */
    if (x->sema_mode != MODE_MAPINDEX)
        return false;
    Type *t = type_new(k->arena, TYPE_TUPLE);
    vec_push(k->arena, &t->tuple.elems, x->type);
    vec_push(k->arena, &t->tuple.elems, type_basic(TYPE_BOOL));
    x->type = t;
    e->type = t;
    return true;
}

/* spec: "Slice expressions": a[lo:hi] and a[lo:hi:max]. */
void check_slice_expr(Checker *k, Expr *e) {
    Expr *x = e->slice.x;
    check_expr(k, x);
    Expr *idx[3] = {e->slice.lo, e->slice.hi, e->slice.max};
    if (is_invalid(x)) {
        for (int i = 0; i < 3; i++)
            if (idx[i])
                check_expr(k, idx[i]);
        invalidate(e);
        return;
    }
    Type *u = type_under(x->type);
    int64_t length = -1;
    bool valid = false;
    Type *result = NULL;
    if (type_is_string(x->type)) {
        if (e->slice.three) {
            Expr *at = e->slice.max ? e->slice.max : e;
            check_error(k, ast_start_pos(at), "invalid operation: 3-index slice of string");
            invalidate(e);
            return;
        }
        valid = true;
        if (x->sema_mode == MODE_CONST)
            length = (int64_t)x->cval->s_len;
        check_default_type(k, x);
        result = x->type;
    } else if (u && u->kind == TYPE_ARRAY) {
        valid = true;
        length = u->array.len;
        if (x->sema_mode != MODE_VAR) {
            check_error(k, ast_start_pos(x), "invalid operation: %s (slice of unaddressable value)",
                        operand_string(k, x));
            invalidate(e);
            return;
        }
        result = type_new_slice(k->arena, u->array.elem);
    } else if (u && u->kind == TYPE_POINTER && type_under(u->pointer.elem) &&
               type_under(u->pointer.elem)->kind == TYPE_ARRAY) {
        valid = true;
        length = type_under(u->pointer.elem)->array.len;
        result = type_new_slice(k->arena, type_under(u->pointer.elem)->array.elem);
    } else if (u && u->kind == TYPE_SLICE) {
        valid = true;
        result = x->type;
    }
    if (!valid) {
        check_error(k, ast_start_pos(x), "invalid operation: cannot slice %s", operand_string(k, x));
        invalidate(e);
        return;
    }
    int64_t ind[3];
    bool ok = true;
    for (int i = 0; i < 3; i++) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t r = check_index_value(k, idx[i], length >= 0 ? length + 1 : -1);
            if (r == -2)
                ok = false;
            else
                v = r;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    if (!ok) {
        invalidate(e);
        return;
    }
    /* constant indices must be in order */
    for (int i = 0; i < 2; i++) {
        if (ind[i] <= 0)
            continue;
        for (int j = i + 1; j < 3; j++) {
            if (ind[j] >= 0 && ind[j] < ind[i]) {
                check_error(k, ast_start_pos(idx[j]), "invalid slice indices: %lld < %lld",
                            (long long)ind[j], (long long)ind[i]);
                invalidate(e);
                return;
            }
        }
    }
    e->sema_mode = MODE_VALUE;
    e->type = result;
}

/* ---- len and cap ------------------------------------------------------------------ */

/* Does e contain a call (other than a conversion or a constant builtin)?
 * spec: len(a) of an array is constant "if ... the expression s does not
 * contain channel receives or (non-constant) function calls". */
static bool has_call(const Expr *e) {
    if (!e)
        return false;
    switch (e->kind) {
    case EXPR_CALL:
        if (e->call.fun->sema_mode != MODE_TYPE && e->sema_mode != MODE_CONST)
            return true;
        for (int i = 0; i < e->call.args.len; i++)
            if (has_call(e->call.args.data[i]))
                return true;
        return false;
    case EXPR_UNARY: return e->unary.op == TOK_ARROW || has_call(e->unary.x);
    case EXPR_BINARY: return has_call(e->binary.x) || has_call(e->binary.y);
    case EXPR_PAREN: return has_call(e->paren.x);
    case EXPR_SELECTOR: return has_call(e->selector.x);
    case EXPR_STAR: return has_call(e->star.x);
    case EXPR_INDEX:
        if (has_call(e->index.x))
            return true;
        for (int i = 0; i < e->index.indices.len; i++)
            if (has_call(e->index.indices.data[i]))
                return true;
        return false;
    case EXPR_SLICE:
        return has_call(e->slice.x) || has_call(e->slice.lo) || has_call(e->slice.hi) ||
               has_call(e->slice.max);
    case EXPR_KEY_VALUE: return has_call(e->key_value.key) || has_call(e->key_value.value);
    case EXPR_COMPOSITE_LIT:
        for (int i = 0; i < e->composite.elts.len; i++)
            if (has_call(e->composite.elts.data[i]))
                return true;
        return false;
    case EXPR_TYPE_ASSERT: return has_call(e->assert.x);
    default: return false;
    }
}

/* len(a) and cap(a): a is checked and valid; e is the call. */
void check_len_cap(Checker *k, Expr *e, Expr *a, bool is_cap) {
    const char *name = is_cap ? "cap" : "len";
    Type *u = type_under(a->type);
    if (u && u->kind == TYPE_POINTER && type_under(u->pointer.elem) &&
        type_under(u->pointer.elem)->kind == TYPE_ARRAY)
        u = type_under(u->pointer.elem);
    Mode mode = MODE_INVALID;
    ConstVal *val = NULL;
    if (!is_cap && type_is_string(a->type)) {
        mode = MODE_VALUE;
        if (a->sema_mode == MODE_CONST) {
            mode = MODE_CONST;
            val = const_int(k->comp, (int64_t)a->cval->s_len);
        }
        check_default_type(k, a);
    } else if (u && u->kind == TYPE_ARRAY) {
        mode = MODE_VALUE;
        if (!has_call(a)) {
            mode = MODE_CONST;
            val = const_int(k->comp, u->array.len);
        }
    } else if (u && (u->kind == TYPE_SLICE || u->kind == TYPE_CHAN ||
                     (u->kind == TYPE_MAP && !is_cap))) {
        mode = MODE_VALUE;
    }
    if (mode == MODE_INVALID) {
        check_error(k, ast_start_pos(a), "invalid argument: %s for %s", operand_string(k, a), name);
        invalidate(e);
        return;
    }
    e->sema_mode = mode;
    e->type = type_basic(TYPE_INT);
    e->cval = val;
}

/* ---- conversions -------------------------------------------------------------------- */

static bool is_basic(const Type *t) {
    Type *u = type_under(t);
    return u && u->kind < TYPE_ARRAY && u->kind != TYPE_UNSAFE_POINTER;
}

/* []byte or []rune (of any byte or rune type, named or not) */
static bool is_bytes_or_runes(const Type *t) {
    Type *u = type_under(t);
    if (!u || u->kind != TYPE_SLICE)
        return false;
    Type *eu = type_under(u->slice.elem);
    return eu && (eu->kind == TYPE_UINT8 || eu->kind == TYPE_INT32);
}

/* spec: "Conversions", the cases with composite types: x assignable to T;
 * identical underlying types; unnamed pointers to identical underlying
 * types; strings to and from slices of bytes or runes; a slice to a
 * pointer to an array of its element type.  (Interfaces are methods.c's.) */
bool check_conversion_composite(Checker *k, Expr *x, Type *to, bool *ok) {
    Type *tu = type_under(to);
    *ok = false;
    if (!tu || !x->type)
        return false;
    if (is_nil(x)) {
        *ok = has_nil(to);
        if (*ok)
            x->type = to;
        return true;
    }
    if (is_basic(x->type) && is_basic(to))
        return false;
    if (type_is_untyped(x->type)) {
        /* a constant string to []byte or []rune; nothing else composite */
        *ok = type_is_string(x->type) && is_bytes_or_runes(to);
        if (*ok)
            check_default_type(k, x);
        return true;
    }
    Type *vu = type_under(x->type);
    if (vu && (vu->kind == TYPE_UNSAFE_POINTER || tu->kind == TYPE_UNSAFE_POINTER)) {
        /* spec: any pointer or uintptr to unsafe.Pointer, and back */
        Type *other = vu->kind == TYPE_UNSAFE_POINTER ? tu : vu;
        *ok = other->kind == TYPE_POINTER || other->kind == TYPE_UINTPTR ||
              other->kind == TYPE_UNSAFE_POINTER;
        return true;
    }
    if (type_assignable(k, x->type, to) || type_identical_ignoring_tags(vu, tu)) {
        *ok = true;
    } else if (x->type->kind == TYPE_POINTER && to->kind == TYPE_POINTER) {
        *ok = type_identical_ignoring_tags(type_under(x->type->pointer.elem),
                                           type_under(to->pointer.elem));
    } else if (type_is_string(to)) {
        *ok = is_bytes_or_runes(x->type);
    } else if (type_is_string(x->type)) {
        *ok = is_bytes_or_runes(to);
    } else if (vu->kind == TYPE_SLICE && tu->kind == TYPE_POINTER) {
        Type *au = type_under(tu->pointer.elem);
        *ok = au && au->kind == TYPE_ARRAY && type_identical(au->array.elem, vu->slice.elem);
    }
    return true;
}
