/*
 * types.c — Go types in C, and the descriptors the runtime reads.
 *
 * Each Go type has one C type:
 *   bool int ... float64 string   GoBool GoInt ... GoFloat64 GoString
 *   []T                           GoSlice (one struct for every element type)
 *   map[K]V                       GoMap *
 *   func(...)                     GoFunc * (a closure: code pointer first)
 *   any interface                 GoEface (dynamic type + pointer to a copy)
 *   *T                            T's C type followed by *
 *   [N]T                          Array_N, a struct wrapping `T a[N]` so that
 *                                 arrays are values, as in Go
 *   struct{...}                   Struct_N, or main__T for a defined type T
 *   defined non-struct types      their underlying type's C type
 * Struct and array typedefs are emitted on first use, each after the types
 * it holds by value, so the file compiles top to bottom.
 *
 * A type that meets an interface, a map or == on composite values gets a
 * descriptor (static GoType td_N): its kind, size, %T name, element and
 * field descriptors and, for defined types, the method set as a table of
 * wrappers.  A wrapper takes `void *recv` (an interface's data pointer),
 * walks to the method's receiver through embedded fields, and calls the
 * method: this is how an interface call finds its code.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static void reflect_name(Gen *g, StrBuf *b, const Type *t);
static const char *c_string(Gen *g, const char *s);

/* ---- helpers ------------------------------------------------------------ */

static const char *lookup_table(TypeTable *tt, const Type *t) {
    for (int i = 0; i < tt->len; i++)
        if (tt->data[i].type == t ||
            (t->kind != TYPE_NAMED && tt->data[i].type->kind != TYPE_NAMED &&
             type_identical(tt->data[i].type, t)))
            return tt->data[i].name;
    return NULL;
}

bool cg_is_interface(const Type *t) {
    const Type *u = t ? type_under(t) : NULL;
    return u && u->kind == TYPE_INTERFACE;
}

const char *cg_pkg_prefix(Gen *g, const char *path) {
    if (!path)
        return "main";
    if (!strchr(path, '/'))
        return path;
    char *p = arena_strdup(g->arena, path);
    for (char *q = p; *q; q++)
        if (*q == '/' || *q == '.' || *q == '-')
            *q = '_';
    return p;
}

/* Package-level types keep their Go name; types declared inside functions
 * (which may repeat a name) get a number. */
static bool is_package_level(Gen *g, const Symbol *obj) {
    for (int i = 0; i < g->pkg->types.len; i++)
        if (g->pkg->types.data[i] == obj)
            return true;
    return false;
}

static const char *named_c_name(Gen *g, const Type *t) {
    const Symbol *obj = t->named.obj;
    const char *pkg = t->named.pkg ? t->named.pkg : "main";
    bool user = strcmp(pkg, g->pkg->path ? g->pkg->path : "main") == 0;
    const char *base = arena_printf(g->arena, "%s__%s", cg_pkg_prefix(g, pkg), cg_ident(g, obj->name));
    if (!user || is_package_level(g, obj))
        return base;
    return cg_fresh_global(g, base);
}

const char *cg_type_suffix(const Type *t) {
    switch (t->kind) {
    case TYPE_INT8: return "i8";
    case TYPE_INT16: return "i16";
    case TYPE_INT32: return "i32";
    case TYPE_INT: case TYPE_INT64: return "i64";
    case TYPE_UINT8: return "u8";
    case TYPE_UINT16: return "u16";
    case TYPE_UINT32: return "u32";
    default: return "u64";
    }
}

/* ---- C types ---------------------------------------------------------------- */

static const char *basic_ctype(TypeKind k) {
    switch (k) {
    case TYPE_BOOL: case TYPE_UNTYPED_BOOL: return "GoBool";
    case TYPE_INT: case TYPE_UNTYPED_INT: return "GoInt";
    case TYPE_INT8: return "GoInt8";
    case TYPE_INT16: return "GoInt16";
    case TYPE_INT32: case TYPE_UNTYPED_RUNE: return "GoInt32";
    case TYPE_INT64: return "GoInt64";
    case TYPE_UINT: return "GoUint";
    case TYPE_UINT8: return "GoUint8";
    case TYPE_UINT16: return "GoUint16";
    case TYPE_UINT32: return "GoUint32";
    case TYPE_UINT64: return "GoUint64";
    case TYPE_UINTPTR: return "GoUintptr";
    case TYPE_FLOAT32: return "GoFloat32";
    case TYPE_FLOAT64: case TYPE_UNTYPED_FLOAT: return "GoFloat64";
    case TYPE_COMPLEX64: return "GoComplex64";
    case TYPE_COMPLEX128: case TYPE_UNTYPED_COMPLEX: return "GoComplex128";
    case TYPE_STRING: case TYPE_UNTYPED_STRING: return "GoString";
    case TYPE_UNSAFE_POINTER: return "void *";
    default: return NULL;
    }
}

static void struct_body(Gen *g, StrBuf *b, const Type *st) {
    const FieldList *fs = &st->strct.fields;
    for (int i = 0; i < fs->len; i++) {
        const StructField *f = &fs->data[i];
        const char *ct = cg_ctype(g, f->type);
        if (strcmp(f->name, "_") == 0)
            sb_printf(b, "    %s blank__%d;\n", ct, i);
        else
            sb_printf(b, "    %s %s;\n", ct, cg_ident(g, f->name));
    }
    (void)b; /* no fields: an empty struct, size 0 as in Go (a GNU C extension) */
}

/* Registers name for t and emits its definition after its parts'. */
static const char *define_aggregate(Gen *g, const Type *t, const char *name) {
    vec_push(g->arena, &g->ctypes, ((TypeEntry){t, name}));
    sb_printf(&g->type_fwd, "typedef struct %s %s;\n", name, name);
    StrBuf body = {0};
    const Type *u = type_under(t);
    sb_printf(&body, "struct %s {", name);
    if (t->kind == TYPE_NAMED) {
        StrBuf nm = {0};
        reflect_name(g, &nm, t);
        sb_printf(&body, " /* %s */", nm.data);
        sb_free(&nm);
    }
    sb_putc(&body, '\n');
    if (u->kind == TYPE_STRUCT) {
        struct_body(g, &body, u);
    } else { /* array */
        int64_t n = u->array.len;
        sb_printf(&body, "    %s a[%lld];\n", cg_ctype(g, u->array.elem), (long long)n);
    }
    sb_puts(&body, "};\n");
    sb_puts(&g->type_defs, body.data);
    sb_free(&body);
    return name;
}

const char *cg_ctype(Gen *g, const Type *t) {
    if (!t)
        return "void";
    const char *basic = basic_ctype(t->kind);
    if (basic)
        return basic;
    switch (t->kind) {
    case TYPE_NAMED: {
        const Type *u = type_under(t);
        if (u->kind != TYPE_STRUCT) {
            /* type P *P: C cannot name it; the pointer becomes void * */
            for (int i = 0; i < g->naming.len; i++)
                if (g->naming.data[i] == t)
                    return "void";
            vec_push(g->arena, &g->naming, t);
            const char *c = cg_ctype(g, u);
            g->naming.len--;
            return c;
        }
        const char *name = lookup_table(&g->ctypes, t);
        return name ? name : define_aggregate(g, t, named_c_name(g, t));
    }
    case TYPE_STRUCT: case TYPE_ARRAY: {
        const char *name = lookup_table(&g->ctypes, t);
        if (name)
            return name;
        return define_aggregate(g, t, cg_fresh_global(g, t->kind == TYPE_STRUCT ? "Struct" : "Array"));
    }
    case TYPE_SLICE: return "GoSlice";
    case TYPE_MAP: return "GoMap *";
    case TYPE_FUNC: return "GoFunc *";
    case TYPE_INTERFACE: case TYPE_UNTYPED_NIL: return "GoEface";
    case TYPE_POINTER: return arena_printf(g->arena, "%s *", cg_ctype(g, t->pointer.elem));
    case TYPE_CHAN: return "void *";
    case TYPE_TUPLE: return cg_tuple_type(g, t);
    default: ice("codegen: no C type for %s", type_string(g->arena, t));
    }
}

/* The C type as an identifier, for tuple names: GoInt, ptr_main__T ... */
static const char *type_ident(Gen *g, const Type *t) {
    const char *c = cg_ctype(g, t);
    const Type *u = type_under(t);
    if (u && u->kind == TYPE_POINTER) {
        const char *elem = cg_ctype(g, u->pointer.elem);
        if (strcmp(elem, "void") == 0 || strchr(elem, '*'))
            return "ptr_ptr"; /* pointers to pointers: one layout */
        return arena_printf(g->arena, "ptr_%s", type_ident(g, u->pointer.elem));
    }
    if (u && u->kind == TYPE_MAP)
        return "GoMap";
    if (u && u->kind == TYPE_FUNC)
        return "GoFunc";
    return c;
}

/* Several results travel in a struct named after their types:
 * (int, string) is `Tuple_GoInt_GoString { GoInt r0; GoString r1; }`. */
const char *cg_tuple_type(Gen *g, const Type *tuple) {
    StrBuf name = {0};
    sb_puts(&name, "Tuple");
    for (int i = 0; i < tuple->tuple.elems.len; i++)
        sb_printf(&name, "_%s", type_ident(g, tuple->tuple.elems.data[i]));
    const char *result = arena_strdup(g->arena, name.data);
    sb_free(&name);
    for (int i = 0; i < g->tuples.len; i++)
        if (strcmp(g->tuples.data[i], result) == 0)
            return result;
    vec_push(g->arena, &g->tuples, result);
    StrBuf def = {0};
    sb_puts(&def, "typedef struct {");
    for (int i = 0; i < tuple->tuple.elems.len; i++)
        sb_printf(&def, " %s r%d;", cg_ctype(g, tuple->tuple.elems.data[i]), i);
    sb_printf(&def, " } %s;\n", result);
    sb_puts(&g->type_defs, def.data);
    sb_free(&def);
    return result;
}

const char *cg_result_type(Gen *g, const Type *fn) {
    const TypeVec *r = &fn->func.results;
    if (r->len == 0)
        return "void";
    if (r->len == 1)
        return cg_ctype(g, r->data[0]);
    Type tuple = {.kind = TYPE_TUPLE, .tuple.elems = *r};
    return cg_tuple_type(g, &tuple);
}

const char *cg_param_types(Gen *g, const Type *fn, bool with_env) {
    StrBuf b = {0};
    sb_puts(&b, with_env ? "void *" : "");
    for (int i = 0; i < fn->func.params.len; i++)
        sb_printf(&b, "%s%s", (i || with_env) ? ", " : "", cg_ctype(g, fn->func.params.data[i]));
    if (!b.len)
        sb_puts(&b, "void");
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

const char *cg_zero_value(Gen *g, const Type *t) {
    const Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_UNTYPED_BOOL: return "false";
    case TYPE_STRING: case TYPE_UNTYPED_STRING: return "(GoString){0}";
    case TYPE_POINTER: case TYPE_MAP: case TYPE_FUNC: case TYPE_CHAN:
    case TYPE_UNSAFE_POINTER: return "NULL";
    case TYPE_STRUCT: case TYPE_ARRAY:
        /* {}: zero everything, however nested (a GNU C extension,
         * also C23), where {0} would need braces for each level */
        return arena_printf(g->arena, "(%s){}", cg_ctype(g, t));
    case TYPE_SLICE: case TYPE_INTERFACE: case TYPE_TUPLE:
    case TYPE_COMPLEX64: case TYPE_COMPLEX128: case TYPE_UNTYPED_NIL:
        return arena_printf(g->arena, "(%s){0}", cg_ctype(g, t));
    default: return "0";
    }
}

/* ---- selectors through embedded fields ------------------------------------ */

static const Type *pointer_elem(const Type *t) {
    const Type *u = type_under(t);
    return u && u->kind == TYPE_POINTER ? u->pointer.elem : NULL;
}

/* *p as a C lvalue, with Go's nil check. */
static const char *deref(Gen *g, const char *p, const Type *elem) {
    return arena_printf(g->arena, "(*(%s *)rt_nilcheck(%s))", cg_ctype(g, elem), p);
}

const char *cg_select_path(Gen *g, const char *x, const Type *xt, const Lookup *l,
                           const Type **type) {
    const char *cur = x;
    const Type *ct = xt;
    for (int i = 0; i <= l->path_len; i++) {
        bool last = i == l->path_len;
        if (last && l->kind == LOOKUP_METHOD)
            break; /* the caller decides how the receiver is passed */
        const Type *pe = pointer_elem(ct);
        if (pe && type_under(pe)->kind == TYPE_STRUCT) {
            cur = deref(g, cur, pe);
            ct = pe;
        }
        const Type *st = type_under(ct);
        int index = last ? l->field_index : l->path[i];
        const StructField *f = &st->strct.fields.data[index];
        cur = strcmp(f->name, "_") == 0 ? arena_printf(g->arena, "%s.blank__%d", cur, index)
                                        : arena_printf(g->arena, "%s.%s", cur, cg_ident(g, f->name));
        ct = f->type;
    }
    *type = ct;
    return cur;
}

const char *cg_method_name(Gen *g, const Type *named, const char *method) {
    const char *pkg = named->named.pkg ? named->named.pkg : "main";
    const char *tname = lookup_table(&g->ctypes, named);
    if (!tname) {
        const Type *u = type_under(named);
        tname = u->kind == TYPE_STRUCT ? cg_ctype(g, named) : named_c_name(g, named);
    }
    (void)pkg;
    return arena_printf(g->arena, "%s__%s", tname, cg_ident(g, method));
}

/* A method's C function, with an extern prototype when a library
 * package (runtime/lib/) defines it. */
const char *cg_declare_method(Gen *g, const Type *owner, const Method *m) {
    const char *name = cg_method_name(g, owner, m->name);
    const char *pkg = owner->named.pkg;
    if (!pkg || strcmp(pkg, g->pkg->path ? g->pkg->path : "main") == 0)
        return name;
    for (int i = 0; i < g->extern_protos.len; i++)
        if (strcmp(g->extern_protos.data[i], name) == 0)
            return name;
    vec_push(g->arena, &g->extern_protos, name);
    const char *recv = cg_ctype(g, owner);
    if (m->pointer_recv)
        recv = arena_printf(g->arena, "%s *", recv);
    const char *params = cg_param_types(g, m->sig, false);
    sb_printf(&g->protos, "extern %s %s(%s%s%s);\n", cg_result_type(g, m->sig), name, recv,
              strcmp(params, "void") ? ", " : "", strcmp(params, "void") ? params : "");
    return name;
}

/* ---- method sets ------------------------------------------------------------ */

typedef Vec(const char *) NameVec;

static void add_name(Gen *g, NameVec *names, const char *n) {
    for (int i = 0; i < names->len; i++)
        if (strcmp(names->data[i], n) == 0)
            return;
    vec_push(g->arena, names, n);
}

/* Every method name declared on t or on what it embeds. */
static void candidate_names(Gen *g, const Type *t, NameVec *names, int depth) {
    if (!t || depth > 8)
        return;
    const Type *pe = pointer_elem(t);
    if (pe)
        t = pe;
    if (t->kind == TYPE_NAMED)
        for (int i = 0; i < t->named.methods.len; i++)
            add_name(g, names, t->named.methods.data[i].name);
    const Type *u = type_under(t);
    if (!u)
        return;
    if (u->kind == TYPE_INTERFACE && depth > 0)
        for (int i = 0; i < u->iface.all.len; i++)
            add_name(g, names, u->iface.all.data[i].name);
    if (u->kind == TYPE_STRUCT)
        for (int i = 0; i < u->strct.fields.len; i++)
            if (u->strct.fields.data[i].embedded)
                candidate_names(g, u->strct.fields.data[i].type, names, depth + 1);
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const MethodEntry *)a)->name, ((const MethodEntry *)b)->name);
}

int cg_method_set(Gen *g, const Type *t, MethodEntry **out) {
    NameVec names = {0};
    if (cg_is_interface(t)) {
        *out = NULL;
        return 0;
    }
    candidate_names(g, t, &names, 0);
    bool is_pointer = pointer_elem(t) != NULL;
    MethodEntry *set = arena_alloc(g->arena, sizeof(MethodEntry) * (size_t)(names.len + 1));
    int n = 0;
    for (int i = 0; i < names.len; i++) {
        Lookup l = type_lookup(g->arena, (Type *)t, names.data[i]);
        if (l.kind != LOOKUP_METHOD)
            continue;
        if (!is_pointer && !l.in_interface && l.method->pointer_recv && !l.indirect)
            continue; /* *T's method, not in T's method set */
        set[n++] = (MethodEntry){names.data[i], l};
    }
    qsort(set, (size_t)n, sizeof *set, by_name);
    *out = set;
    return n;
}

/* ---- descriptors -------------------------------------------------------------- */

static const char *rt_kind(const Type *t) {
    static const char *const names[] = {
        [TYPE_BOOL] = "BOOL", [TYPE_INT] = "INT", [TYPE_INT8] = "INT8", [TYPE_INT16] = "INT16",
        [TYPE_INT32] = "INT32", [TYPE_INT64] = "INT64", [TYPE_UINT] = "UINT",
        [TYPE_UINT8] = "UINT8", [TYPE_UINT16] = "UINT16", [TYPE_UINT32] = "UINT32",
        [TYPE_UINT64] = "UINT64", [TYPE_UINTPTR] = "UINTPTR", [TYPE_FLOAT32] = "FLOAT32",
        [TYPE_FLOAT64] = "FLOAT64", [TYPE_COMPLEX64] = "COMPLEX64",
        [TYPE_COMPLEX128] = "COMPLEX128", [TYPE_STRING] = "STRING",
        [TYPE_UNSAFE_POINTER] = "UNSAFE_POINTER", [TYPE_ARRAY] = "ARRAY",
        [TYPE_SLICE] = "SLICE", [TYPE_STRUCT] = "STRUCT", [TYPE_POINTER] = "POINTER",
        [TYPE_FUNC] = "FUNC", [TYPE_INTERFACE] = "INTERFACE", [TYPE_MAP] = "MAP",
        [TYPE_CHAN] = "CHAN"};
    const Type *u = type_under(t);
    return names[u->kind] ? names[u->kind] : "INVALID";
}

/* The type as reflect (and so %T) spells it. */
static void reflect_name(Gen *g, StrBuf *b, const Type *t) {
    switch (t->kind) {
    case TYPE_NAMED: {
        const char *pkg = t->named.pkg;
        if (pkg && *pkg) {
            const char *slash = strrchr(pkg, '/');
            sb_printf(b, "%s.", slash ? slash + 1 : pkg);
        }
        sb_puts(b, t->named.obj->name);
        return;
    }
    case TYPE_POINTER: sb_putc(b, '*'); reflect_name(g, b, t->pointer.elem); return;
    case TYPE_SLICE: sb_puts(b, "[]"); reflect_name(g, b, t->slice.elem); return;
    case TYPE_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->array.len);
        reflect_name(g, b, t->array.elem);
        return;
    case TYPE_MAP:
        sb_puts(b, "map[");
        reflect_name(g, b, t->map.key);
        sb_putc(b, ']');
        reflect_name(g, b, t->map.value);
        return;
    case TYPE_FUNC: {
        sb_puts(b, "func(");
        for (int i = 0; i < t->func.params.len; i++) {
            if (i)
                sb_puts(b, ", ");
            const Type *p = t->func.params.data[i];
            if (t->func.variadic && i == t->func.params.len - 1) {
                sb_puts(b, "...");
                p = p->slice.elem;
            }
            reflect_name(g, b, p);
        }
        sb_putc(b, ')');
        const TypeVec *r = &t->func.results;
        if (r->len == 1) {
            sb_putc(b, ' ');
            reflect_name(g, b, r->data[0]);
        } else if (r->len > 1) {
            sb_puts(b, " (");
            for (int i = 0; i < r->len; i++) {
                if (i)
                    sb_puts(b, ", ");
                reflect_name(g, b, r->data[i]);
            }
            sb_putc(b, ')');
        }
        return;
    }
    case TYPE_STRUCT: {
        const FieldList *fs = &t->strct.fields;
        if (!fs->len) {
            sb_puts(b, "struct {}");
            return;
        }
        sb_puts(b, "struct { ");
        for (int i = 0; i < fs->len; i++) {
            if (i)
                sb_puts(b, "; ");
            if (!fs->data[i].embedded)
                sb_printf(b, "%s ", fs->data[i].name);
            reflect_name(g, b, fs->data[i].type);
        }
        sb_puts(b, " }");
        return;
    }
    case TYPE_INTERFACE: {
        const MethodList *ms = &t->iface.all;
        if (!ms->len) {
            sb_puts(b, "interface {}");
            return;
        }
        sb_puts(b, "interface { ");
        for (int i = 0; i < ms->len; i++) {
            if (i)
                sb_puts(b, "; ");
            StrBuf sig = {0};
            reflect_name(g, &sig, ms->data[i].sig);
            sb_printf(b, "%s%s", ms->data[i].name, sig.data + 4);
            sb_free(&sig);
        }
        sb_puts(b, " }");
        return;
    }
    default:
        sb_puts(b, type_kind_name(t->kind));
    }
}

static const char *c_string(Gen *g, const char *s) {
    StrBuf b = {0};
    sb_putc(&b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sb_putc(&b, '\\');
        sb_putc(&b, *s);
    }
    sb_putc(&b, '"');
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

/* The wrapper through which an interface calls method m of a value of
 * type t: `R w(void *recv, params)`. */
static const char *method_wrapper(Gen *g, const Type *t, const MethodEntry *m) {
    const Lookup *l = &m->lookup;
    const Type *sig = l->method->sig;
    const char *name = cg_fresh_global(g, "wrap");
    StrBuf b = {0};
    sb_printf(&b, "static %s %s(void *recv", cg_result_type(g, sig), name);
    for (int i = 0; i < sig->func.params.len; i++)
        sb_printf(&b, ", %s p%d", cg_ctype(g, sig->func.params.data[i]), i);
    sb_puts(&b, ") {\n");
    const char *base = arena_printf(g->arena, "(*(%s *)recv)", cg_ctype(g, t));
    const Type *rt;
    const char *r = cg_select_path(g, base, t, l, &rt);
    StrBuf args = {0};
    for (int i = 0; i < sig->func.params.len; i++)
        sb_printf(&args, ", p%d", i);
    const char *ret = sig->func.results.len ? "return " : "";
    if (l->in_interface) {
        sb_printf(&b, "    GoEface x = %s;\n", r);
        sb_printf(&b, "    static GoMethodCache cache;\n");
        sb_printf(&b, "    %s((%s (*)(%s))rt_imethod(x, \"%s\", &cache))(x.data%s);\n", ret,
                  cg_result_type(g, sig), cg_param_types(g, sig, true), m->name,
                  args.data ? args.data : "");
    } else {
        const Type *owner = l->owner;
        bool have_ptr = pointer_elem(rt) != NULL;
        const char *recv;
        if (have_ptr && !l->method->pointer_recv && l->depth == 0) {
            StrBuf tn = {0};
            reflect_name(g, &tn, owner);
            sb_printf(&b, "    if (!%s)\n        rt_panic_nil_value_method(%s, \"%s\");\n", r,
                      c_string(g, tn.data), m->name);
            sb_free(&tn);
        }
        if (l->method->pointer_recv)
            recv = have_ptr ? r : arena_printf(g->arena, "&%s", r);
        else
            recv = have_ptr ? deref(g, r, owner) : r;
        sb_printf(&b, "    %s%s(%s%s);\n", ret, cg_declare_method(g, owner, l->method), recv,
                  args.data ? args.data : "");
    }
    sb_puts(&b, "}\n");
    sb_printf(&g->protos, "static %s %s(%s);\n", cg_result_type(g, sig), name,
              cg_param_types(g, sig, true));
    sb_puts(&g->funcs, b.data);
    sb_free(&b);
    sb_free(&args);
    return name;
}

static const char *field_table(Gen *g, const Type *t, const char *ct) {
    const Type *u = type_under(t);
    const FieldList *fs = &u->strct.fields;
    if (!fs->len)
        return NULL;
    const char *name = cg_fresh_global(g, "fields");
    StrBuf b = {0};
    sb_printf(&b, "static const GoField %s[] = {\n", name);
    for (int i = 0; i < fs->len; i++) {
        const StructField *f = &fs->data[i];
        const char *member = strcmp(f->name, "_") == 0 ? arena_printf(g->arena, "blank__%d", i)
                                                       : cg_ident(g, f->name);
        sb_printf(&b, "    {%s, %s, offsetof(%s, %s), %s},\n", c_string(g, f->name),
                  cg_type_descriptor(g, f->type), ct, member, f->embedded ? "true" : "false");
    }
    sb_puts(&b, "};\n");
    sb_puts(&g->descs, b.data);
    sb_free(&b);
    return name;
}

static const char *method_table(Gen *g, const Type *t, int *count) {
    MethodEntry *set;
    int n = cg_method_set(g, t, &set);
    *count = n;
    if (!n)
        return NULL;
    const char **wrappers = arena_alloc(g->arena, sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++)
        wrappers[i] = method_wrapper(g, t, &set[i]);
    const char *name = cg_fresh_global(g, "methods");
    StrBuf b = {0};
    sb_printf(&b, "static const GoMethod %s[] = {\n", name);
    for (int i = 0; i < n; i++)
        sb_printf(&b, "    {\"%s\", (void (*)(void))%s},\n", set[i].name, wrappers[i]);
    sb_puts(&b, "};\n");
    sb_printf(&b, "static const char *const %s_sigs[] = {", name);
    for (int i = 0; i < n; i++) {
        StrBuf sig = {0};
        reflect_name(g, &sig, set[i].lookup.method->sig);
        sb_printf(&b, "%s%s", i ? ", " : "", c_string(g, sig.data));
        sb_free(&sig);
    }
    sb_puts(&b, "};\n");
    sb_puts(&g->descs, b.data);
    sb_free(&b);
    return name;
}

static const char *imethod_table(Gen *g, const Type *t, int *count) {
    const MethodList *ms = &type_under(t)->iface.all;
    *count = ms->len;
    if (!ms->len)
        return NULL;
    const char *name = cg_fresh_global(g, "imethods");
    StrBuf b = {0};
    sb_printf(&b, "static const char *const %s[] = {", name);
    for (int i = 0; i < ms->len; i++)
        sb_printf(&b, "%s\"%s\"", i ? ", " : "", ms->data[i].name);
    sb_puts(&b, "};\n");
    sb_printf(&b, "static const char *const %s_sigs[] = {", name);
    for (int i = 0; i < ms->len; i++) {
        StrBuf sig = {0};
        reflect_name(g, &sig, ms->data[i].sig);
        sb_printf(&b, "%s%s", i ? ", " : "", c_string(g, sig.data));
        sb_free(&sig);
    }
    sb_puts(&b, "};\n");
    sb_puts(&g->descs, b.data);
    sb_free(&b);
    return name;
}

static const char *predeclared_descriptor(Gen *g, const Type *t) {
    if (t->kind == TYPE_UNSAFE_POINTER)
        return "&rt_type_unsafe_pointer";
    if (t->kind == TYPE_NAMED || t->kind > TYPE_STRING || t->kind == TYPE_INVALID)
        return NULL;
    return arena_printf(g->arena, "&rt_type_%s", type_kind_name(t->kind));
}

const char *cg_type_descriptor(Gen *g, const Type *t) {
    if (type_is_untyped(t))
        t = cg_default_type(t);
    const char *pre = predeclared_descriptor(g, t);
    if (pre)
        return pre;
    const char *known = lookup_table(&g->descriptors, t);
    if (known)
        return arena_printf(g->arena, "&%s", known);
    const char *name = cg_fresh_global(g, "td");
    vec_push(g->arena, &g->descriptors, ((TypeEntry){t, name}));
    sb_printf(&g->protos, "static GoType %s;\n", name);

    const Type *u = type_under(t);
    const char *ct = cg_ctype(g, t);
    StrBuf nm = {0};
    reflect_name(g, &nm, t);
    StrBuf b = {0};
    sb_printf(&b, "static GoType %s = { /* %s */\n", name, nm.data);
    sb_printf(&b, "    .kind = RT_KIND_%s, .size = sizeof(%s), .name = %s,\n", rt_kind(t), ct,
              c_string(g, nm.data));
    sb_free(&nm);
    sb_printf(&b, "    .named = %s, .comparable = %s, .has_pointers = %s,\n",
              t->kind == TYPE_NAMED ? "true" : "false", type_comparable((Type *)t) ? "true" : "false",
              type_has_pointers(t) ? "true" : "false");
    switch (u->kind) {
    case TYPE_ARRAY:
        sb_printf(&b, "    .elem = %s, .len = %lld,\n", cg_type_descriptor(g, u->array.elem),
                  (long long)u->array.len);
        break;
    case TYPE_SLICE: sb_printf(&b, "    .elem = %s,\n", cg_type_descriptor(g, u->slice.elem)); break;
    case TYPE_POINTER:
        sb_printf(&b, "    .elem = %s,\n", cg_type_descriptor(g, u->pointer.elem));
        break;
    case TYPE_MAP:
        sb_printf(&b, "    .key = %s, .elem = %s,\n", cg_type_descriptor(g, u->map.key),
                  cg_type_descriptor(g, u->map.value));
        break;
    case TYPE_STRUCT: {
        const char *fields = field_table(g, t, ct);
        if (fields)
            sb_printf(&b, "    .fields = %s, .nfields = %d,\n", fields, u->strct.fields.len);
        break;
    }
    case TYPE_INTERFACE: {
        int n;
        const char *im = imethod_table(g, t, &n);
        if (im)
            sb_printf(&b, "    .imethods = %s, .nimethods = %d, .imethod_sigs = %s_sigs,\n", im, n, im);
        break;
    }
    default: break;
    }
    if (u->kind != TYPE_INTERFACE) {
        int n;
        const char *mt = method_table(g, t, &n);
        if (mt)
            sb_printf(&b, "    .methods = %s, .nmethods = %d, .method_sigs = %s_sigs,\n", mt, n, mt);
    }
    sb_puts(&b, "};\n");
    sb_puts(&g->descs, b.data);
    sb_free(&b);
    return arena_printf(g->arena, "&%s", name);
}
