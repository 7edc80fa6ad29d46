/*
 * names.c — C names for Go types, globals, locals and temporaries.
 *
 * The mangling (documented in docs/internals.md):
 *   package-level function or variable  x   ->  main__x
 *   local variable x                        ->  x, or x__2, x__3 ... when a
 *       function declares several x's (Go allows `x := x + 1` in an inner
 *       block, where C would see the new x on both sides), or x__ when x
 *       is a C keyword or a name the runtime or C library might use (user
 *       names containing "__" are always suffixed, so none collide);
 *   temporaries                             ->  tmp_N, box_N, ...
 *   runtime                                 ->  rt_..., Go... (reserved)
 * Non-ASCII letters in Go names become _uXXXX.
 */
#include "internal.h"

#include <ctype.h>
#include <string.h>

const char *cg_ctype(Gen *g, const Type *t) {
    switch (t->kind) {
    case TYPE_BOOL: return "GoBool";
    case TYPE_INT: return "GoInt";
    case TYPE_INT8: return "GoInt8";
    case TYPE_INT16: return "GoInt16";
    case TYPE_INT32: return "GoInt32";
    case TYPE_INT64: return "GoInt64";
    case TYPE_UINT: return "GoUint";
    case TYPE_UINT8: return "GoUint8";
    case TYPE_UINT16: return "GoUint16";
    case TYPE_UINT32: return "GoUint32";
    case TYPE_UINT64: return "GoUint64";
    case TYPE_UINTPTR: return "GoUintptr";
    case TYPE_FLOAT32: return "GoFloat32";
    case TYPE_FLOAT64: return "GoFloat64";
    case TYPE_STRING: return "GoString";
    case TYPE_TUPLE: return cg_tuple_type(g, t);
    default: ice("codegen: no C type for %s", type_string(g->arena, t));
    }
}

/* Several results travel in a struct named after their types:
 * (int, string) is `Tuple_GoInt_GoString { GoInt r0; GoString r1; }`. */
const char *cg_tuple_type(Gen *g, const Type *tuple) {
    StrBuf name = {0};
    sb_puts(&name, "Tuple");
    for (int i = 0; i < tuple->tuple.elems.len; i++)
        sb_printf(&name, "_%s", cg_ctype(g, tuple->tuple.elems.data[i]));
    const char *result = arena_strdup(g->arena, name.data);
    sb_free(&name);
    for (int i = 0; i < g->tuples.len; i++)
        if (type_identical(g->tuples.data[i], tuple))
            return result;
    Type *copy = ARENA_NEW(g->arena, Type);  /* tuple may be on the caller's stack */
    *copy = *tuple;
    vec_push(g->arena, &g->tuples, copy);
    sb_puts(&g->tuple_defs, "typedef struct {");
    for (int i = 0; i < tuple->tuple.elems.len; i++)
        sb_printf(&g->tuple_defs, " %s r%d;", cg_ctype(g, tuple->tuple.elems.data[i]), i);
    sb_printf(&g->tuple_defs, " } %s;\n", result);
    return result;
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

const char *cg_type_descriptor(const Type *t) {
    switch (t->kind) {
    case TYPE_BOOL: return "&rt_type_bool";
    case TYPE_INT: return "&rt_type_int";
    case TYPE_INT8: return "&rt_type_int8";
    case TYPE_INT16: return "&rt_type_int16";
    case TYPE_INT32: return "&rt_type_int32";
    case TYPE_INT64: return "&rt_type_int64";
    case TYPE_UINT: return "&rt_type_uint";
    case TYPE_UINT8: return "&rt_type_uint8";
    case TYPE_UINT16: return "&rt_type_uint16";
    case TYPE_UINT32: return "&rt_type_uint32";
    case TYPE_UINT64: return "&rt_type_uint64";
    case TYPE_UINTPTR: return "&rt_type_uintptr";
    case TYPE_FLOAT32: return "&rt_type_float32";
    case TYPE_FLOAT64: return "&rt_type_float64";
    default: return "&rt_type_string";
    }
}

const char *cg_zero_value(const Type *t) {
    if (t->kind == TYPE_STRING)
        return "(GoString){0}";
    if (t->kind == TYPE_BOOL)
        return "false";
    return "0";
}

/* Go identifiers may hold any Unicode letter; C's may not (portably). */
static void write_ascii_name(StrBuf *b, const char *name) {
    for (const unsigned char *p = (const unsigned char *)name; *p;) {
        if (*p < 0x80) {
            sb_putc(b, (char)*p++);
            continue;
        }
        int size;
        int32_t r = utf8_decode(p, strlen((const char *)p), &size);
        sb_printf(b, "_u%04X", (unsigned)r);
        p += size;
    }
}

const char *cg_global_name(Gen *g, const Symbol *s) {
    StrBuf b = {0};
    sb_printf(&b, "%s__", g->pkg->name);
    write_ascii_name(&b, s->name);
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

/* The prefixes of cg_temp's names (tmp_3, box_4, ...). */
static bool is_temp_name(const char *name) {
    static const char *const prefixes[] = {"tmp_", "box_", "cond_", "tag_"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

/* Names a local may not take as they are: C's keywords and the names the
 * C library and the runtime header define. */
static bool reserved_in_c(const char *name) {
    static const char *const words[] = {
        "auto", "break", "case", "char", "const", "continue", "default", "do",
        "double", "else", "enum", "extern", "float", "for", "goto", "if",
        "inline", "int", "long", "register", "restrict", "return", "short",
        "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
        "unsigned", "void", "volatile", "while", "bool", "true", "false",
        "main", "errno", "stdin", "stdout", "stderr", "asm", "typeof",
        "alignas", "alignof", "noreturn", "static_assert", "complex",
        "imaginary", "offsetof", "assert", "abort", "exit", "memcpy",
        "memset", "strlen", "malloc", "free", "printf"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(name, words[i]) == 0)
            return true;
    if (name[0] == '_' || strncmp(name, "rt_", 3) == 0 || strncmp(name, "Go", 2) == 0 ||
        strncmp(name, "Tuple", 5) == 0 || strstr(name, "__") || is_temp_name(name))
        return true;
    /* macros are conventionally all capitals: INT8_MAX, NULL, EOF ... */
    for (const char *p = name; *p; p++)
        if (islower((unsigned char)*p))
            return false;
    return true;
}

const char *cg_local_name(Gen *g, const Symbol *s) {
    for (int i = 0; i < g->locals.len; i++)
        if (g->locals.data[i].sym == s)
            return g->locals.data[i].name;
    StrBuf b = {0};
    write_ascii_name(&b, s->name);
    if (reserved_in_c(b.data))
        sb_puts(&b, "__");
    int same = 0;
    for (int i = 0; i < g->locals.len; i++)
        same += strcmp(g->locals.data[i].sym->name, s->name) == 0;
    if (same)
        sb_printf(&b, "__%d", same + 1);
    LocalName ln = {s, arena_strdup(g->arena, b.data)};
    sb_free(&b);
    vec_push(g->arena, &g->locals, ln);
    return ln.name;
}

const char *cg_temp(Gen *g, const char *prefix) {
    return arena_printf(g->arena, "%s_%d", prefix, ++g->next_id);
}
