/*
 * rt_iface.c — interfaces and type descriptors: type identity, method
 * lookup, type assertions, boxing, and Go's == and hashing of any
 * comparable value through its descriptor.
 *
 * Type identity: generated code emits descriptors per C file, so one Go
 * type may have several descriptor objects.  rt_type_equal decides
 * identity as Go does: a defined (named) type by its qualified name, an
 * unnamed one by its structure.
 *
 * Equality and hashing walk the descriptor: basic kinds by value (floats
 * numerically, so NaN != NaN and +0 == -0), strings by bytes, arrays and
 * structs element by element, interfaces by dynamic type then value.  The
 * hash must agree with ==: values that compare equal hash equal, so
 * floats hash +0 and -0 alike, and an interface hashes its dynamic type's
 * name together with the value.  Slices, maps and funcs are neither
 * comparable nor hashable: reaching one panics as gc does ("comparing
 * uncomparable type []int", "hash of unhashable type []int").
 */
#include <math.h>
#include <string.h>

#include "rt_internal.h"

/* ---- type identity ------------------------------------------------------ */

static bool same_string(const char *a, const char *b) {
    if (a == b)
        return true;
    return a && b && strcmp(a, b) == 0;
}

static bool same_fields(const GoType *a, const GoType *b) {
    if (a->nfields != b->nfields)
        return false;
    for (GoInt i = 0; i < a->nfields; i++) {
        const GoField *fa = &a->fields[i], *fb = &b->fields[i];
        if (fa->embedded != fb->embedded || !same_string(fa->name, fb->name) ||
            !rt_type_equal(fa->type, fb->type))
            return false;
    }
    return true;
}

/* Two unnamed types of the same kind: identical when their parts are.
 * Funcs and interfaces are compared by their type strings, which spell
 * out their whole structure. */
static bool same_structure(const GoType *a, const GoType *b) {
    switch (a->kind) {
    case RT_KIND_ARRAY:
        return a->len == b->len && rt_type_equal(a->elem, b->elem);
    case RT_KIND_SLICE:
    case RT_KIND_POINTER:
    case RT_KIND_CHAN:
        return rt_type_equal(a->elem, b->elem) && same_string(a->name, b->name);
    case RT_KIND_MAP:
        return rt_type_equal(a->key, b->key) && rt_type_equal(a->elem, b->elem);
    case RT_KIND_STRUCT:
        return same_fields(a, b);
    default:
        return same_string(a->name, b->name);
    }
}

bool rt_type_equal(const GoType *a, const GoType *b) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind || a->named != b->named)
        return false;
    /* The user's package is one C file with one descriptor per type, so
     * its named types are equal only as the same object (two local types
     * may share the name main.T); a library type may be described both in
     * the runtime and in the user's file. */
    if (a->named)
        return strncmp(a->name, "main.", 5) != 0 && same_string(a->name, b->name);
    return same_structure(a, b);
}

/* ---- methods ---------------------------------------------------------------- */

/* Binary search of the method set, sorted by strcmp of the names. */
static void (*find_method(const GoType *t, const char *name))(void) {
    GoInt lo = 0, hi = t->nmethods;
    while (lo < hi) {
        GoInt mid = lo + (hi - lo) / 2;
        int c = strcmp(t->methods[mid].name, name);
        if (c == 0)
            return t->methods[mid].fn;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

void (*rt_method(const GoType *t, const char *name, GoMethodCache *cache))(void) {
    if (cache && cache->type == t && t)
        return cache->fn;
    void (*fn)(void) = t ? find_method(t, name) : NULL;
    if (cache && fn) {
        cache->type = t;
        cache->fn = fn;
    }
    return fn;
}

/* The compiler only emits a call through an interface whose static type
 * has the method, so every dynamic type has it: a miss means broken
 * descriptors, which no Go program can recover from. */
_Noreturn static void missing_method(const GoType *t, const char *name) {
    RtBuf b;
    rt_buf_init(&b);
    rt_buf_puts(&b, "fatal error: go2c: method ");
    rt_buf_puts(&b, name);
    rt_buf_puts(&b, " missing from the descriptor of ");
    rt_buf_puts(&b, t->name ? t->name : "?");
    rt_buf_putc(&b, '\n');
    rt_flush_stdout();
    rt_write_all(2, b.ptr, b.len);
    exit(2);
}

void (*rt_imethod(GoEface x, const char *name, GoMethodCache *cache))(void) {
    if (!x.type)
        rt_panic_nil();
    void (*fn)(void) = rt_method(x.type, name, cache);
    if (!fn)
        missing_method(x.type, name);
    return fn;
}

/* Both lists are sorted, so one merge-like walk finds the first interface
 * method (in sorted order, as gc reports it) that t lacks. */
const char *rt_implements(const GoType *t, const GoType *iface) {
    GoInt j = 0;
    for (GoInt i = 0; i < iface->nimethods; i++) {
        const char *want = iface->imethods[i];
        while (j < t->nmethods && strcmp(t->methods[j].name, want) < 0)
            j++;
        if (j >= t->nmethods || strcmp(t->methods[j].name, want) != 0)
            return want;
        if (t->method_sigs && iface->imethod_sigs &&
            strcmp(t->method_sigs[j], iface->imethod_sigs[i]) != 0)
            return want; /* same name, other signature */
        j++;
    }
    return NULL;
}

/* ---- assertions and boxing --------------------------------------------------- */

bool rt_is_type(GoEface x, const GoType *want) {
    return x.type && rt_type_equal(x.type, want);
}

bool rt_is_iface(GoEface x, const GoType *want) {
    return x.type && rt_implements(x.type, want) == NULL;
}

void *rt_assert_type(GoEface x, const GoType *iface, const GoType *want) {
    if (!rt_is_type(x, want))
        rt_panic_assert(iface, x.type, want, NULL);
    return x.data;
}

GoEface rt_assert_iface(GoEface x, const GoType *iface, const GoType *want) {
    if (!x.type)
        rt_panic_assert(iface, NULL, want, NULL);
    const char *missing = rt_implements(x.type, want);
    if (missing)
        rt_panic_assert(iface, x.type, want, missing);
    return x;
}

/* Zero-sized values all share one address, as they do in gc. */
static uint8_t zero_sized_value;

GoEface rt_box(const GoType *t, const void *value) {
    if (t->size == 0)
        return (GoEface){t, &zero_sized_value};
    void *p = t->has_pointers ? rt_alloc((size_t)t->size) : rt_alloc_atomic((size_t)t->size);
    memcpy(p, value, (size_t)t->size);
    return (GoEface){t, p};
}

/* ---- equality ------------------------------------------------------------------ */

static bool float64_equal(const void *a, const void *b) {
    double x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
}

static bool float32_equal(const void *a, const void *b) {
    float x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
}

static bool string_equal(const void *a, const void *b) {
    GoString x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return rt_string_eq(x, y);
}

static bool array_equal(const GoType *t, const uint8_t *a, const uint8_t *b) {
    GoInt step = t->elem->size;
    for (GoInt i = 0; i < t->len; i++)
        if (!rt_equal(t->elem, a + i * step, b + i * step))
            return false;
    return true;
}

static bool is_blank(const GoField *f) {
    return f->name && strcmp(f->name, "_") == 0;
}

/* Field by field in declaration order, as gc's equality functions do:
 * that order decides whether a comparison that meets an uncomparable
 * dynamic type panics or is already false (checked against go1.19:
 * struct{N int; A any} with different N is false, struct{A any; N int}
 * panics).  Blank fields and padding are never looked at. */
static bool struct_equal(const GoType *t, const uint8_t *a, const uint8_t *b) {
    for (GoInt i = 0; i < t->nfields; i++) {
        const GoField *f = &t->fields[i];
        if (!is_blank(f) && !rt_equal(f->type, a + f->offset, b + f->offset))
            return false;
    }
    return true;
}

bool rt_equal(const GoType *t, const void *a, const void *b) {
    switch (t->kind) {
    case RT_KIND_FLOAT32:
        return float32_equal(a, b);
    case RT_KIND_FLOAT64:
        return float64_equal(a, b);
    case RT_KIND_COMPLEX64:
        return float32_equal(a, b) &&
               float32_equal((const uint8_t *)a + sizeof(float), (const uint8_t *)b + sizeof(float));
    case RT_KIND_COMPLEX128:
        return float64_equal(a, b) && float64_equal((const uint8_t *)a + sizeof(double),
                                                    (const uint8_t *)b + sizeof(double));
    case RT_KIND_STRING:
        return string_equal(a, b);
    case RT_KIND_INTERFACE: {
        GoEface x, y;
        memcpy(&x, a, sizeof x);
        memcpy(&y, b, sizeof y);
        return rt_iface_equal(x, y);
    }
    case RT_KIND_ARRAY:
        return array_equal(t, a, b);
    case RT_KIND_STRUCT:
        return struct_equal(t, a, b);
    case RT_KIND_SLICE:
    case RT_KIND_MAP:
    case RT_KIND_FUNC:
    case RT_KIND_INVALID:
        rt_panic_uncomparable(t);
    default:
        /* bools, integers, pointers, chans: their bits */
        return t->size == 0 || memcmp(a, b, (size_t)t->size) == 0;
    }
}

bool rt_iface_equal(GoEface a, GoEface b) {
    if (!rt_type_equal(a.type, b.type))
        return false;
    if (!a.type)
        return true;
    if (!a.type->comparable)
        rt_panic_uncomparable(a.type);
    return rt_equal(a.type, a.data, b.data);
}

/* ---- hashing ------------------------------------------------------------------ */

/* A 64-bit finalizer (the one MurmurHash3 ends with): every input bit
 * affects every output bit. */
static uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return x;
}

static uint64_t hash_word(uint64_t w, uint64_t seed) {
    return mix64(seed ^ w ^ UINT64_C(0x9e3779b97f4a7c15)) + w;
}

/* Bytes eight at a time, each word folded into the running state, then
 * the tail and the length. */
static uint64_t hash_bytes(const uint8_t *p, size_t n, uint64_t seed) {
    uint64_t h = seed ^ (n * UINT64_C(0x9e3779b97f4a7c15));
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = mix64(h ^ w) * UINT64_C(0x100000001b3);
        p += 8;
        n -= 8;
    }
    uint64_t tail = 0;
    for (size_t i = 0; i < n; i++)
        tail |= (uint64_t)p[i] << (8 * i);
    return mix64(h ^ tail ^ (uint64_t)n << 59);
}

static uint64_t hash_cstring(const char *s, uint64_t seed) {
    return hash_bytes((const uint8_t *)s, s ? strlen(s) : 0, seed);
}

/* NaN never equals anything, so its hash only has to spread NaN keys
 * out: each call gives a new value, as in gc. */
static uint64_t nan_hash(uint64_t seed) {
    static uint64_t counter;
    return hash_word(++counter, seed);
}

static uint64_t hash_float64(double v, uint64_t seed) {
    if (v != v)
        return nan_hash(seed);
    if (v == 0)
        v = 0; /* -0 hashes as +0 */
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    return hash_word(bits, seed);
}

static double load_float32(const void *p) {
    float f;
    memcpy(&f, p, sizeof f);
    return f;
}

static double load_float64(const void *p) {
    double d;
    memcpy(&d, p, sizeof d);
    return d;
}

static uint64_t hash_iface(const void *p, uint64_t seed) {
    GoEface x;
    memcpy(&x, p, sizeof x);
    if (!x.type)
        return hash_word(0, seed);
    if (!x.type->comparable)
        rt_panic_unhashable(x.type);
    return rt_hash(x.type, x.data, hash_cstring(x.type->name, seed));
}

static uint64_t hash_struct(const GoType *t, const uint8_t *p, uint64_t seed) {
    uint64_t h = seed;
    for (GoInt i = 0; i < t->nfields; i++)
        if (!is_blank(&t->fields[i]))
            h = rt_hash(t->fields[i].type, p + t->fields[i].offset, h);
    return h;
}

static uint64_t hash_array(const GoType *t, const uint8_t *p, uint64_t seed) {
    uint64_t h = seed;
    for (GoInt i = 0; i < t->len; i++)
        h = rt_hash(t->elem, p + i * t->elem->size, h);
    return h;
}

uint64_t rt_hash(const GoType *t, const void *p, uint64_t seed) {
    switch (t->kind) {
    case RT_KIND_FLOAT32:
        return hash_float64(load_float32(p), seed);
    case RT_KIND_FLOAT64:
        return hash_float64(load_float64(p), seed);
    case RT_KIND_COMPLEX64:
        return hash_float64(load_float32((const uint8_t *)p + sizeof(float)),
                            hash_float64(load_float32(p), seed));
    case RT_KIND_COMPLEX128:
        return hash_float64(load_float64((const uint8_t *)p + sizeof(double)),
                            hash_float64(load_float64(p), seed));
    case RT_KIND_STRING: {
        GoString s;
        memcpy(&s, p, sizeof s);
        return hash_bytes(s.ptr, (size_t)s.len, seed);
    }
    case RT_KIND_INTERFACE:
        return hash_iface(p, seed);
    case RT_KIND_ARRAY:
        return hash_array(t, p, seed);
    case RT_KIND_STRUCT:
        return hash_struct(t, p, seed);
    case RT_KIND_SLICE:
    case RT_KIND_MAP:
    case RT_KIND_FUNC:
    case RT_KIND_INVALID:
        rt_panic_unhashable(t);
    default:
        return hash_bytes(p, (size_t)t->size, seed);
    }
}
