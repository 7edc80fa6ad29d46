/*
 * types.c — the predeclared types, type predicates and printing, scopes.
 */
#include "types.h"

#include <string.h>

static Type basic_types[TYPE__COUNT] = {
#define X(k, name) [k] = {.kind = k},
    TYPE_KINDS(X)
#undef X
};

static const char *kind_names[] = {
#define X(kind, name) [kind] = name,
    TYPE_KINDS(X)
#undef X
};

/* The basic types are immutable and shared by every compilation. */
Type *type_basic(TypeKind k) { return &basic_types[k]; }

const char *type_kind_name(TypeKind k) { return kind_names[k]; }

static Type byte_type = {.kind = TYPE_UINT8, .name = "byte"};
static Type rune_type = {.kind = TYPE_INT32, .name = "rune"};
Type *type_byte(void) { return &byte_type; }
Type *type_rune(void) { return &rune_type; }

static void write_type(StrBuf *b, const Type *t);

static void write_list(StrBuf *b, const TypeVec *v, bool variadic) {
    for (int i = 0; i < v->len; i++) {
        if (i)
            sb_puts(b, ", ");
        if (variadic && i == v->len - 1)
            sb_puts(b, "...");  /* the slice's element type, later */
        write_type(b, v->data[i]);
    }
}

static void write_type(StrBuf *b, const Type *t) {
    if (!t) {
        sb_puts(b, "invalid type");
        return;
    }
    switch (t->kind) {
    case TYPE_TUPLE:
        sb_putc(b, '(');
        write_list(b, &t->tuple.elems, false);
        sb_putc(b, ')');
        return;
    case TYPE_FUNC:
        sb_puts(b, "func(");
        write_list(b, &t->func.params, t->func.variadic);
        sb_putc(b, ')');
        if (t->func.results.len == 1) {
            sb_putc(b, ' ');
            write_type(b, t->func.results.data[0]);
        } else if (t->func.results.len > 1) {
            sb_puts(b, " (");
            write_list(b, &t->func.results, false);
            sb_putc(b, ')');
        }
        return;
    default:
        sb_puts(b, t->name ? t->name : kind_names[t->kind]);
    }
}

const char *type_string(Arena *a, const Type *t) {
    StrBuf b = {0};
    write_type(&b, t);
    char *s = arena_strdup(a, b.data);
    sb_free(&b);
    return s;
}

bool type_is_integer(const Type *t) {
    return (t->kind >= TYPE_INT && t->kind <= TYPE_UINTPTR) ||
           t->kind == TYPE_UNTYPED_INT || t->kind == TYPE_UNTYPED_RUNE;
}
bool type_is_unsigned(const Type *t) {
    return t->kind >= TYPE_UINT && t->kind <= TYPE_UINTPTR;
}
bool type_is_float(const Type *t) {
    return t->kind == TYPE_FLOAT32 || t->kind == TYPE_FLOAT64 ||
           t->kind == TYPE_UNTYPED_FLOAT;
}
bool type_is_complex(const Type *t) {
    return t->kind == TYPE_COMPLEX64 || t->kind == TYPE_COMPLEX128 ||
           t->kind == TYPE_UNTYPED_COMPLEX;
}
bool type_is_numeric(const Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}
bool type_is_string(const Type *t) {
    return t->kind == TYPE_STRING || t->kind == TYPE_UNTYPED_STRING;
}
bool type_is_boolean(const Type *t) {
    return t->kind == TYPE_BOOL || t->kind == TYPE_UNTYPED_BOOL;
}
bool type_is_untyped(const Type *t) {
    return t->kind >= TYPE_UNTYPED_BOOL && t->kind <= TYPE_UNTYPED_NIL;
}

static bool lists_identical(const TypeVec *a, const TypeVec *b) {
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++)
        if (!type_identical(a->data[i], b->data[i]))
            return false;
    return true;
}

bool type_identical(const Type *a, const Type *b) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TYPE_TUPLE:
        return lists_identical(&a->tuple.elems, &b->tuple.elems);
    case TYPE_FUNC:
        return a->func.variadic == b->func.variadic &&
               lists_identical(&a->func.params, &b->func.params) &&
               lists_identical(&a->func.results, &b->func.results);
    default:
        return true; /* basic types are unique */
    }
}

int type_size(const Type *t) {
    switch (t->kind) {
    case TYPE_BOOL: case TYPE_INT8: case TYPE_UINT8: return 1;
    case TYPE_INT16: case TYPE_UINT16: return 2;
    case TYPE_INT32: case TYPE_UINT32: case TYPE_FLOAT32: return 4;
    case TYPE_STRING: case TYPE_COMPLEX128: return 16;
    default: return 8;
    }
}

/* ---- scopes ------------------------------------------------------------
 * A scope is a short list searched linearly: Go blocks hold few names, and
 * the package block is searched once per identifier only on a miss. */

Scope *scope_new(Arena *a, Scope *parent) {
    Scope *s = ARENA_NEW(a, Scope);
    s->parent = parent;
    return s;
}

Symbol *scope_lookup_local(const Scope *s, const char *name) {
    for (int i = s->syms.len - 1; i >= 0; i--)
        if (strcmp(s->syms.data[i]->name, name) == 0)
            return s->syms.data[i];
    return NULL;
}

Symbol *scope_lookup(const Scope *s, const char *name) {
    for (; s; s = s->parent) {
        Symbol *sym = scope_lookup_local(s, name);
        if (sym)
            return sym;
    }
    return NULL;
}

void scope_insert(Arena *a, Scope *s, Symbol *sym) { vec_push(a, &s->syms, sym); }
