/*
 * types.c — the predeclared types, type predicates and printing, scopes.
 */
#include "types.h"

#include <stdint.h>
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
static Type any_type = {.kind = TYPE_INTERFACE, .name = "any", .iface.complete = true};
Type *type_byte(void) { return &byte_type; }
Type *type_rune(void) { return &rune_type; }
Type *type_any(void) { return &any_type; }

/* ---- constructors ------------------------------------------------------ */

Type *type_new(Arena *a, TypeKind kind) {
    Type *t = ARENA_NEW(a, Type);
    t->kind = kind;
    return t;
}

Type *type_new_array(Arena *a, Type *elem, int64_t len) {
    Type *t = type_new(a, TYPE_ARRAY);
    t->array.elem = elem;
    t->array.len = len;
    return t;
}

Type *type_new_slice(Arena *a, Type *elem) {
    Type *t = type_new(a, TYPE_SLICE);
    t->slice.elem = elem;
    return t;
}

Type *type_new_pointer(Arena *a, Type *elem) {
    Type *t = type_new(a, TYPE_POINTER);
    t->pointer.elem = elem;
    return t;
}

Type *type_new_map(Arena *a, Type *key, Type *value) {
    Type *t = type_new(a, TYPE_MAP);
    t->map.key = key;
    t->map.value = value;
    return t;
}

Type *type_new_chan(Arena *a, Type *elem, ChanDir dir) {
    Type *t = type_new(a, TYPE_CHAN);
    t->chan.elem = elem;
    t->chan.dir = dir;
    return t;
}

Type *type_new_named(Arena *a, struct Symbol *obj, const char *pkg) {
    Type *t = type_new(a, TYPE_NAMED);
    t->named.obj = obj;
    t->named.pkg = pkg;
    return t;
}

Type *type_under(const Type *t) {
    return t && t->kind == TYPE_NAMED ? t->named.underlying : (Type *)t;
}

static void write_type(StrBuf *b, const Type *t);

static void write_list(StrBuf *b, const TypeVec *v, bool variadic) {
    for (int i = 0; i < v->len; i++) {
        if (i)
            sb_puts(b, ", ");
        if (variadic && i == v->len - 1 && v->data[i]->kind == TYPE_SLICE) {
            sb_puts(b, "...");  /* ...T: the parameter's type is []T */
            write_type(b, v->data[i]->slice.elem);
            continue;
        }
        write_type(b, v->data[i]);
    }
}

static void write_signature(StrBuf *b, const Type *t) {
    sb_putc(b, '(');
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
}

/* gc's spelling of types in messages: []int, map[string]int, *T,
 * struct{x int}, interface{M()}, func(int) string, chan<- int, fmt.Stringer
 * (types of package main go unqualified). */
/* Type strings are cut off at this many bytes.  gc spells types in full,
 * but a type built from aliases of unnamed structs doubles with each level
 * (type A1 = struct{ a, b A0 } ...): forty levels would be a terabyte. */
enum { TYPE_STRING_LIMIT = 1 << 16 };

static void write_type(StrBuf *b, const Type *t) {
    if (b->len > TYPE_STRING_LIMIT)
        return; /* type_string marks the cut */
    if (!t) {
        sb_puts(b, "invalid type");
        return;
    }
    if (t->name) {
        sb_puts(b, t->name);
        return;
    }
    switch (t->kind) {
    case TYPE_TUPLE:
        sb_putc(b, '(');
        write_list(b, &t->tuple.elems, false);
        sb_putc(b, ')');
        return;
    case TYPE_FUNC:
        sb_puts(b, "func");
        write_signature(b, t);
        return;
    case TYPE_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->array.len);
        write_type(b, t->array.elem);
        return;
    case TYPE_SLICE:
        sb_puts(b, "[]");
        write_type(b, t->slice.elem);
        return;
    case TYPE_POINTER:
        sb_putc(b, '*');
        write_type(b, t->pointer.elem);
        return;
    case TYPE_MAP:
        sb_puts(b, "map[");
        write_type(b, t->map.key);
        sb_putc(b, ']');
        write_type(b, t->map.value);
        return;
    case TYPE_CHAN:
        sb_puts(b, t->chan.dir == CHAN_RECV ? "<-chan " : t->chan.dir == CHAN_SEND ? "chan<- " : "chan ");
        /* chan (<-chan T) needs parentheses to mean what it says */
        if (t->chan.dir == CHAN_BOTH && t->chan.elem && t->chan.elem->kind == TYPE_CHAN &&
            !t->chan.elem->name && t->chan.elem->chan.dir == CHAN_RECV) {
            sb_putc(b, '(');
            write_type(b, t->chan.elem);
            sb_putc(b, ')');
        } else {
            write_type(b, t->chan.elem);
        }
        return;
    case TYPE_STRUCT:
        sb_puts(b, "struct{");
        for (int i = 0; i < t->strct.fields.len; i++) {
            const StructField *f = &t->strct.fields.data[i];
            if (i)
                sb_puts(b, "; ");
            if (!f->embedded)
                sb_printf(b, "%s ", f->name);
            write_type(b, f->type);
            if (f->tag)
                sb_printf(b, " %s", f->tag);
        }
        sb_putc(b, '}');
        return;
    case TYPE_INTERFACE:
        sb_puts(b, "interface{");
        for (int i = 0; i < t->iface.embedded.len; i++) {
            if (i)
                sb_puts(b, "; ");
            write_type(b, t->iface.embedded.data[i]);
        }
        for (int i = 0; i < t->iface.methods.len; i++) {
            if (i || t->iface.embedded.len)
                sb_puts(b, "; ");
            sb_puts(b, t->iface.methods.data[i].name);
            write_signature(b, t->iface.methods.data[i].sig);
        }
        sb_putc(b, '}');
        return;
    case TYPE_NAMED: {
        const struct Symbol *obj = t->named.obj;
        const char *pkg = t->named.pkg;
        if (pkg && strcmp(pkg, "main") != 0)
            sb_printf(b, "%s.", strrchr(pkg, '/') ? strrchr(pkg, '/') + 1 : pkg);
        sb_puts(b, obj ? ((const Symbol *)obj)->name : "?");
        return;
    }
    default:
        sb_puts(b, kind_names[t->kind]);
    }
}

const char *type_string(Arena *a, const Type *t) {
    StrBuf b = {0};
    write_type(&b, t);
    if (b.len > TYPE_STRING_LIMIT)
        sb_puts(&b, "...");
    char *s = arena_strdup(a, b.data);
    sb_free(&b);
    return s;
}

/* The predicates look through defined types: a `type Celsius float64` is a
 * float to the spec's operators. */
static TypeKind kind_of(const Type *t) {
    t = type_under(t);
    return t ? t->kind : TYPE_INVALID;
}

bool type_is_integer(const Type *t) {
    TypeKind k = kind_of(t);
    return (k >= TYPE_INT && k <= TYPE_UINTPTR) || k == TYPE_UNTYPED_INT || k == TYPE_UNTYPED_RUNE;
}
bool type_is_unsigned(const Type *t) {
    TypeKind k = kind_of(t);
    return k >= TYPE_UINT && k <= TYPE_UINTPTR;
}
bool type_is_float(const Type *t) {
    TypeKind k = kind_of(t);
    return k == TYPE_FLOAT32 || k == TYPE_FLOAT64 || k == TYPE_UNTYPED_FLOAT;
}
bool type_is_complex(const Type *t) {
    TypeKind k = kind_of(t);
    return k == TYPE_COMPLEX64 || k == TYPE_COMPLEX128 || k == TYPE_UNTYPED_COMPLEX;
}
bool type_is_numeric(const Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}
bool type_is_string(const Type *t) {
    TypeKind k = kind_of(t);
    return k == TYPE_STRING || k == TYPE_UNTYPED_STRING;
}
bool type_is_boolean(const Type *t) {
    TypeKind k = kind_of(t);
    return k == TYPE_BOOL || k == TYPE_UNTYPED_BOOL;
}
bool type_is_untyped(const Type *t) {
    return t->kind >= TYPE_UNTYPED_BOOL && t->kind <= TYPE_UNTYPED_NIL;
}

/* Interfaces may refer to themselves without a name in between
 * (type I interface{ F() interface{I} }); comparing two such must not
 * recurse forever.  The pairs being compared are kept on the C stack, and
 * a pair met again is taken as identical (spec-wise: the comparison holds
 * unless something else differs). */
typedef struct Seen {
    const Type *a, *b;
    const struct Seen *next;
    bool ignore_tags;        /* conversions: struct tags do not count */
} Seen;

static bool identical(const Type *a, const Type *b, const Seen *seen);

static bool lists_identical(const TypeVec *a, const TypeVec *b, const Seen *seen) {
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++)
        if (!identical(a->data[i], b->data[i], seen))
            return false;
    return true;
}

static bool fields_identical(const FieldList *a, const FieldList *b, const Seen *seen) {
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++) {
        const StructField *x = &a->data[i], *y = &b->data[i];
        if (strcmp(x->name, y->name) != 0 || x->embedded != y->embedded ||
            !identical(x->type, y->type, seen) ||
            (!(seen && seen->ignore_tags) &&
             strcmp(x->tag ? x->tag : "", y->tag ? y->tag : "") != 0))
            return false;
    }
    return true;
}

/* Interfaces are identical when their method sets are (the checker
 * completes `all` when it builds an interface). */
static bool methods_identical(const MethodList *a, const MethodList *b, const Seen *seen) {
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++)
        if (strcmp(a->data[i].name, b->data[i].name) != 0 ||
            !identical(a->data[i].sig, b->data[i].sig, seen))
            return false;
    return true;
}

/* spec: "Type identity".  Defined types are identical only to themselves;
 * the others are identical when built alike from identical parts.  byte is
 * uint8 and any is interface{}: compare by kind and contents, not by the
 * Type object. */
bool type_identical(const Type *a, const Type *b) { return identical(a, b, NULL); }

/* spec (Conversions): "ignoring struct tags, x's type and T have identical
 * underlying types".  The root of the chain carries the flag. */
bool type_identical_ignoring_tags(const Type *a, const Type *b) {
    Seen root = {NULL, NULL, NULL, true};
    return identical(a, b, &root);
}

static bool identical(const Type *a, const Type *b, const Seen *seen) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TYPE_TUPLE:
        return lists_identical(&a->tuple.elems, &b->tuple.elems, seen);
    case TYPE_FUNC:
        return a->func.variadic == b->func.variadic &&
               lists_identical(&a->func.params, &b->func.params, seen) &&
               lists_identical(&a->func.results, &b->func.results, seen);
    case TYPE_ARRAY:
        return a->array.len == b->array.len && identical(a->array.elem, b->array.elem, seen);
    case TYPE_SLICE:
        return identical(a->slice.elem, b->slice.elem, seen);
    case TYPE_POINTER:
        return identical(a->pointer.elem, b->pointer.elem, seen);
    case TYPE_MAP:
        return identical(a->map.key, b->map.key, seen) &&
               identical(a->map.value, b->map.value, seen);
    case TYPE_CHAN:
        return a->chan.dir == b->chan.dir && identical(a->chan.elem, b->chan.elem, seen);
    case TYPE_STRUCT:
        return fields_identical(&a->strct.fields, &b->strct.fields, seen);
    case TYPE_INTERFACE:
        for (const Seen *p = seen; p; p = p->next)
            if ((p->a == a && p->b == b) || (p->a == b && p->b == a))
                return true;
        {
            Seen here = {a, b, seen, seen && seen->ignore_tags};
            return methods_identical(&a->iface.all, &b->iface.all, &here);
        }
    case TYPE_NAMED:
        return false; /* distinct defined types */
    default:
        return true; /* basic kinds */
    }
}

/* Struct and array types already found comparable during one
 * type_comparable call.  A type can share a component many times over
 * (type T1 struct{ a, b T0 }; type T2 struct{ a, b T1 }; ...): checking
 * every occurrence again takes time exponential in the nesting.  A result
 * that met the depth cut-off is not remembered; when the table is full,
 * nothing more is. */
typedef struct ComparableMemo {
    const Type *done[256];
    int n;
    bool cut; /* the depth limit was hit */
} ComparableMemo;

/* depth: invalid recursive types (type T struct{ T }) reach here too */
static bool comparable(const Type *t, int depth, ComparableMemo *memo) {
    t = type_under(t);
    if (!t)
        return true; /* still being resolved: reported elsewhere */
    if (depth > 64) {
        memo->cut = true;
        return true; /* invalid: reported elsewhere */
    }
    if (t->kind != TYPE_ARRAY && t->kind != TYPE_STRUCT) {
        switch (t->kind) {
        case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC: case TYPE_TUPLE: case TYPE_UNTYPED_NIL:
            return false;
        default:
            return true;
        }
    }
    for (int i = 0; i < memo->n; i++)
        if (memo->done[i] == t)
            return true;
    bool cut = memo->cut, ok = true;
    memo->cut = false;
    if (t->kind == TYPE_ARRAY)
        ok = comparable(t->array.elem, depth + 1, memo);
    else
        for (int i = 0; ok && i < t->strct.fields.len; i++)
            ok = comparable(t->strct.fields.data[i].type, depth + 1, memo);
    if (ok && !memo->cut && memo->n < (int)(sizeof memo->done / sizeof memo->done[0]))
        memo->done[memo->n++] = t;
    memo->cut = memo->cut || cut;
    return ok;
}

/* Each named type is looked at once per question: struct{ a, b T59 } with
 * T59 struct{ a, b T58 } ... is not 2^60 steps.  A named type met again
 * was found pointer-free (a pointer would have ended the search), since a
 * valid type cannot contain itself but through an indirection. */
static bool has_pointers(const Type *t, const Type **seen, int *nseen, int cap) {
    const Type *u = t ? type_under(t) : NULL;
    if (!u)
        return false;
    if (t->kind == TYPE_NAMED) {
        for (int i = 0; i < *nseen; i++)
            if (seen[i] == t)
                return false;
        if (*nseen < cap)
            seen[(*nseen)++] = t;
    }
    switch (u->kind) {
    case TYPE_STRING: case TYPE_SLICE: case TYPE_MAP: case TYPE_FUNC: case TYPE_POINTER:
    case TYPE_INTERFACE: case TYPE_CHAN: case TYPE_UNTYPED_NIL: case TYPE_UNTYPED_STRING:
    case TYPE_UNSAFE_POINTER:
        return true;
    case TYPE_ARRAY:
        return u->array.len > 0 && has_pointers(u->array.elem, seen, nseen, cap);
    case TYPE_STRUCT:
        for (int i = 0; i < u->strct.fields.len; i++)
            if (has_pointers(u->strct.fields.data[i].type, seen, nseen, cap))
                return true;
        return false;
    default:
        return false;
    }
}

bool type_has_pointers(const Type *t) {
    enum { MAX_SEEN = 256 };
    const Type *seen[MAX_SEEN];
    int nseen = 0;
    return has_pointers(t, seen, &nseen, MAX_SEEN);
}

bool type_comparable(const Type *t) {
    ComparableMemo memo = {.n = 0};
    return comparable(t, 0, &memo);
}

int type_size(const Type *t) {
    t = type_under(t);
    switch (t ? t->kind : TYPE_INVALID) {
    case TYPE_BOOL: case TYPE_INT8: case TYPE_UINT8: return 1;
    case TYPE_INT16: case TYPE_UINT16: return 2;
    case TYPE_INT32: case TYPE_UINT32: case TYPE_FLOAT32: return 4;
    case TYPE_STRING: case TYPE_COMPLEX128: return 16;
    default: return 8;
    }
}

/* ---- scopes ------------------------------------------------------------
 * A scope is a list of symbols in declaration order.  Go blocks hold few
 * names and are searched linearly; a scope that grows past SCOPE_INDEX_MIN
 * names (the package block of a large program, the universe) also gets a
 * hash index, so looking up a global or predeclared name costs O(1) rather
 * than a scan of every package-level name.  Both ways the latest symbol of
 * a name wins. */

enum { SCOPE_INDEX_MIN = 16 };

Scope *scope_new(Arena *a, Scope *parent) {
    Scope *s = ARENA_NEW(a, Scope);
    s->parent = parent;
    return s;
}

static uint32_t name_hash(const char *name) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

/* The slot holding name, or the empty slot where it would go. */
static Symbol **index_slot(const Scope *s, const char *name) {
    uint32_t mask = (uint32_t)s->index_cap - 1;
    for (uint32_t i = name_hash(name) & mask;; i = (i + 1) & mask)
        if (!s->index[i] || strcmp(s->index[i]->name, name) == 0)
            return &s->index[i];
}

/* (Re)builds the index at twice the symbols' count, at most half full. */
static void index_rebuild(Arena *a, Scope *s) {
    int cap = 2 * SCOPE_INDEX_MIN;
    while (cap < 2 * s->syms.len)
        cap *= 2;
    s->index = arena_alloc(a, sizeof(Symbol *) * (size_t)cap);
    s->index_cap = cap;
    for (int i = 0; i < s->syms.len; i++)
        *index_slot(s, s->syms.data[i]->name) = s->syms.data[i];
}

Symbol *scope_lookup_local(const Scope *s, const char *name) {
    if (s->index)
        return *index_slot(s, name);
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

void scope_insert(Arena *a, Scope *s, Symbol *sym) {
    vec_push(a, &s->syms, sym);
    if (s->index && 2 * s->syms.len <= s->index_cap)
        *index_slot(s, sym->name) = sym;
    else if (s->syms.len >= SCOPE_INDEX_MIN)
        index_rebuild(a, s);
}

/* ---- selectors ---------------------------------------------------------------
 * spec: "Selectors": "For a value x of type T or *T where T is not a pointer
 * or interface type, x.f denotes the field or method at the shallowest
 * depth in T where there is such an f."  The search goes breadth first
 * through embedded fields; two at the shallowest depth are ambiguous. */

typedef struct Embedded {
    Type *type;
    bool indirect;      /* reached through a pointer */
    const PathStep *path; /* the embedded fields taken to get here */
} Embedded;
typedef Vec(Embedded) EmbeddedVec;

/* The embedded-field path as an array, outermost first. */
static void set_path(Arena *a, Lookup *r, const PathStep *path) {
    int n = 0;
    for (const PathStep *p = path; p; p = p->prev)
        n++;
    int *steps = n ? arena_alloc(a, sizeof(int) * (size_t)n) : NULL;
    for (const PathStep *p = path; p; p = p->prev)
        steps[--n] = p->field;
    r->path = steps;
    r->path_len = r->depth;
}

Lookup type_lookup(Arena *a, Type *t, const char *name) {
    Lookup r = {0};
    if (!t)
        return r;
    Type *defined_pointer = t->kind == TYPE_NAMED ? type_under(t) : NULL;
    if (defined_pointer && defined_pointer->kind == TYPE_POINTER) {
        /* spec: for x of a defined pointer type, x.f is (*x).f when f is a
         * field (not a method: such a type has none) */
        Lookup l = type_lookup(a, defined_pointer, name);
        return l.kind == LOOKUP_FIELD ? l : r;
    }
    bool indirect = false;
    if (t->kind == TYPE_POINTER && t->pointer.elem && t->pointer.elem->kind == TYPE_NAMED) {
        Type *u = type_under(t->pointer.elem);
        if (u && u->kind == TYPE_INTERFACE)
            return r; /* *I has no methods */
        t = t->pointer.elem;
        indirect = true;
    } else if (t->kind == TYPE_POINTER) {
        Type *u = type_under(t->pointer.elem);
        if (u && u->kind == TYPE_STRUCT) {
            t = t->pointer.elem;
            indirect = true;
        }
    }
    EmbeddedVec current = {0}, next = {0};
    TypeVec seen = {0};
    vec_push(a, &current, ((Embedded){t, indirect, NULL}));
    for (int depth = 0; current.len && depth < 64; depth++) {
        int found = 0;
        Lookup hit = {0};
        const PathStep *hit_path = NULL;
        next.len = 0;
        for (int i = 0; i < current.len; i++) {
            Embedded e = current.data[i];
            Type *typ = e.type;
            if (typ->kind == TYPE_NAMED) {
                bool dup = false;
                for (int j = 0; j < seen.len; j++)
                    dup |= seen.data[j] == typ;
                if (dup)
                    continue;
                vec_push(a, &seen, typ);
                MethodList *ms = &typ->named.methods;
                for (int j = 0; j < ms->len; j++)
                    if (strcmp(ms->data[j].name, name) == 0) {
                        found++;
                        hit = (Lookup){.kind = LOOKUP_METHOD, .method = &ms->data[j], .indirect = e.indirect,
                                       .depth = depth, .owner = typ};
                        hit_path = e.path;
                    }
            }
            Type *u = type_under(typ);
            if (!u)
                continue;
            if (u->kind == TYPE_STRUCT) {
                for (int j = 0; j < u->strct.fields.len; j++) {
                    StructField *f = &u->strct.fields.data[j];
                    if (strcmp(f->name, name) == 0) {
                        found++;
                        hit = (Lookup){.kind = LOOKUP_FIELD, .field = f, .indirect = e.indirect,
                                       .depth = depth, .owner = typ, .field_index = j};
                        hit_path = e.path;
                    }
                    if (!f->embedded || !f->type)
                        continue;
                    Type *ft = f->type;
                    bool ind = e.indirect;
                    if (ft->kind == TYPE_POINTER) {
                        ft = ft->pointer.elem;
                        ind = true;
                    }
                    if (ft) {
                        PathStep *step = ARENA_NEW(a, PathStep);
                        step->field = j;
                        step->prev = e.path;
                        vec_push(a, &next, ((Embedded){ft, ind, step}));
                    }
                }
            } else if (u->kind == TYPE_INTERFACE) {
                for (int j = 0; j < u->iface.all.len; j++)
                    if (strcmp(u->iface.all.data[j].name, name) == 0) {
                        found++;
                        hit = (Lookup){.kind = LOOKUP_METHOD, .method = &u->iface.all.data[j],
                                       .indirect = e.indirect, .depth = depth, .owner = typ,
                                       .in_interface = true};
                        hit_path = e.path;
                    }
            }
        }
        if (found == 1) {
            set_path(a, &hit, hit_path);
            return hit;
        }
        if (found > 1) {
            r.kind = LOOKUP_AMBIGUOUS;
            return r;
        }
        EmbeddedVec tmp = current;
        current = next;
        next = tmp;
    }
    return r;
}

/* ---- sizes, as gc's on amd64 -------------------------------------------------- */

/* Sizes and alignments, as gc on amd64.  A struct's are its fields', so a
 * type met twice is looked up, not walked again (each query keeps a small
 * memo): struct{ a, b T59 } with T59 struct{ a, b T58 } ... is linear, not
 * 2^60 steps. */
typedef struct SizeMemo {
    struct { const Type *t; int64_t size, align; } at[256];
    int len;
} SizeMemo;

static void layout(const Type *t, SizeMemo *m, int64_t *size, int64_t *align);

static void composite_layout(const Type *u, SizeMemo *m, int64_t *size, int64_t *align) {
    if (u->kind == TYPE_ARRAY) {
        int64_t e, a;
        layout(u->array.elem, m, &e, &a);
        *size = u->array.len > 0 && e > INT64_MAX / u->array.len ? INT64_MAX : e * u->array.len;
        *align = a;
        return;
    }
    int64_t off = 0, al = 1;
    for (int i = 0; i < u->strct.fields.len; i++) {
        int64_t fs, fa;
        layout(u->strct.fields.data[i].type, m, &fs, &fa);
        off = (off + fa - 1) / fa * fa;
        off = fs > INT64_MAX - off ? INT64_MAX : off + fs;
        if (fa > al)
            al = fa;
    }
    *size = off == INT64_MAX ? INT64_MAX : (off + al - 1) / al * al;
    *align = al;
}

static void layout(const Type *t, SizeMemo *m, int64_t *size, int64_t *align) {
    const Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_INT8: case TYPE_UINT8: *size = 1; break;
    case TYPE_INT16: case TYPE_UINT16: *size = 2; break;
    case TYPE_INT32: case TYPE_UINT32: case TYPE_FLOAT32: *size = 4; break;
    case TYPE_STRING: case TYPE_INTERFACE: case TYPE_COMPLEX128: *size = 16; break;
    case TYPE_COMPLEX64: *size = 8, *align = 4; return;
    case TYPE_SLICE: *size = 24; break;
    case TYPE_ARRAY: case TYPE_STRUCT:
        for (int i = 0; i < m->len; i++)
            if (m->at[i].t == u) {
                *size = m->at[i].size, *align = m->at[i].align;
                return;
            }
        composite_layout(u, m, size, align);
        if (m->len < (int)(sizeof m->at / sizeof m->at[0]))
            m->at[m->len].t = u, m->at[m->len].size = *size, m->at[m->len++].align = *align;
        return;
    default: *size = 8; break;
    }
    *align = *size >= 8 ? 8 : *size ? *size : 1;
}

/* t's layout, with a fresh memo; want_align picks the answer. */
static int64_t layout_of(const Type *t, bool want_align) {
    SizeMemo m;
    m.len = 0;
    int64_t size, align;
    layout(t, &m, &size, &align);
    return want_align ? align : size;
}

int64_t type_sizeof(const Type *t) { return layout_of(t, false); }

int64_t type_alignof(const Type *t) { return layout_of(t, true); }
