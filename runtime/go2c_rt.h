/*
 * go2c_rt.h — the runtime interface that generated C includes.
 *
 * Every name here starts with `rt_` (functions, variables) or `Go` (types),
 * prefixes that go2c never gives to user code, so a Go program's names can
 * never collide with the runtime's.
 *
 * Memory: the runtime allocates with the Boehm GC (bdwgc).  rt_alloc is for
 * objects that may hold pointers, rt_alloc_atomic for pointer-free ones
 * (string bytes, numbers): the collector does not scan those.
 */
#ifndef GO2C_RT_H
#define GO2C_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* ---- Go's basic types ------------------------------------------------ */

typedef int64_t GoInt;
typedef uint64_t GoUint;
typedef uintptr_t GoUintptr;
typedef int8_t GoInt8;
typedef int16_t GoInt16;
typedef int32_t GoInt32;
typedef int64_t GoInt64;
typedef uint8_t GoUint8;
typedef uint16_t GoUint16;
typedef uint32_t GoUint32;
typedef uint64_t GoUint64;
typedef float GoFloat32;
typedef double GoFloat64;
typedef bool GoBool;

/* A string is an immutable (pointer, length) pair.  The bytes are not
 * NUL-terminated and may contain NULs. */
typedef struct GoString {
    const uint8_t *ptr;
    GoInt len;
} GoString;

/* A string constant: RT_STR("abc") with a C string literal. */
#define RT_STR(lit) ((GoString){(const uint8_t *)(lit), (GoInt)sizeof(lit) - 1})

/* ---- type descriptors and interface values ---------------------------
 * Kinds are numbered as Go's reflect.Kind. */
typedef enum GoKind {
    RT_KIND_INVALID, RT_KIND_BOOL, RT_KIND_INT, RT_KIND_INT8, RT_KIND_INT16,
    RT_KIND_INT32, RT_KIND_INT64, RT_KIND_UINT, RT_KIND_UINT8, RT_KIND_UINT16,
    RT_KIND_UINT32, RT_KIND_UINT64, RT_KIND_UINTPTR, RT_KIND_FLOAT32,
    RT_KIND_FLOAT64, RT_KIND_COMPLEX64, RT_KIND_COMPLEX128, RT_KIND_ARRAY,
    RT_KIND_CHAN, RT_KIND_FUNC, RT_KIND_INTERFACE, RT_KIND_MAP,
    RT_KIND_POINTER, RT_KIND_SLICE, RT_KIND_STRING, RT_KIND_STRUCT,
    RT_KIND_UNSAFE_POINTER
} GoKind;

typedef struct GoType GoType;

/* A struct field, for fmt (%v, %+v), equality and hashing. */
typedef struct GoField {
    const char *name;          /* Go's name; the type's name when embedded */
    const GoType *type;
    GoInt offset;              /* offsetof in the C struct */
    bool embedded;
} GoField;

/* A method in a type's method set.  fn is a C function whose first
 * parameter is `void *recv`, a pointer to the value (the data word of an
 * interface holding it); the Go parameters follow, and it returns the Go
 * results as a direct call would (one value, a Tuple_ struct or void). */
typedef struct GoMethod {
    const char *name;
    void (*fn)(void);
} GoMethod;

/* A type descriptor.  Generated code emits one static descriptor per type
 * that meets an interface (or a map, or ==); the runtime reads them for
 * fmt, ==, map hashing, type assertions and method calls.  Two
 * descriptors describe the same Go type when they are the same object,
 * or (descriptors from different C files) rt_type_equal says so. */
struct GoType {
    GoKind kind;
    GoInt size;                /* sizeof the C representation */
    const char *name;          /* as %T prints it: "int", "main.T", "[]main.T",
                                * "map[string]int", "*main.T", "func(int) string",
                                * "struct { X int }", "interface {}" */
    bool named;                /* a defined type: name is its qualified name */
    bool comparable;           /* == allowed (Go's rule for the static type) */
    bool has_pointers;         /* allocate with rt_alloc, not rt_alloc_atomic */
    const GoType *elem;        /* ARRAY, SLICE, POINTER, MAP (the value), CHAN */
    const GoType *key;         /* MAP */
    GoInt len;                 /* ARRAY */
    const GoField *fields;     /* STRUCT */
    GoInt nfields;
    const GoMethod *methods;   /* the method set, sorted by name (strcmp) */
    GoInt nmethods;
    const char *const *imethods; /* INTERFACE: its method names, sorted */
    GoInt nimethods;
    /* The signatures ("func(int) string"), parallel to methods and
     * imethods, when the descriptor's writer knows them: a method matches
     * an interface's only with the same signature.  NULL: names alone. */
    const char *const *method_sigs;
    const char *const *imethod_sigs;
};

/* The predeclared types' descriptors: rt_type_int, rt_type_string, ... */
extern const GoType rt_type_bool, rt_type_int, rt_type_int8, rt_type_int16,
    rt_type_int32, rt_type_int64, rt_type_uint, rt_type_uint8, rt_type_uint16,
    rt_type_uint32, rt_type_uint64, rt_type_uintptr, rt_type_float32,
    rt_type_float64, rt_type_complex64, rt_type_complex128, rt_type_string,
    rt_type_unsafe_pointer;

/* Every interface value, empty or not: the dynamic type and a pointer to
 * a copy of the value (always a pointer, even when the value is itself a
 * pointer: data then points to a word holding it).  A nil interface has
 * type == NULL. */
typedef struct GoEface {
    const GoType *type;
    void *data;
} GoEface;
typedef GoEface GoIface;

/* ---- slices, maps, functions ------------------------------------------ */

/* Every slice, whatever its element type: generated code casts ptr. */
typedef struct GoSlice {
    void *ptr;
    GoInt len, cap;
} GoSlice;

/* Maps are pointers to this opaque hash table; nil is a nil map. */
typedef struct GoMap GoMap;

/* A function value points to a closure whose first word is the code.  The
 * code's first parameter is the closure itself (`void *env`); the Go
 * parameters follow.  A nil func value is NULL. */
typedef struct GoFunc {
    void (*fn)(void);
} GoFunc;

typedef struct { float real, imag; } GoComplex64;
typedef struct { double real, imag; } GoComplex128;

/* ---- program start and exit ----------------------------------------- */

/* Generated code defines rt_user_main: it initializes package variables
 * and calls main.main.  The runtime's C main calls it. */
void rt_user_main(void);
/* The standard library's package initialization (runtime/lib/), run by
 * main() before rt_user_main. */
void rt_lib_init(void);
_Noreturn void rt_exit(GoInt code);      /* os.Exit */
GoInt rt_args_len(void);                 /* len(os.Args) */
GoString rt_args_get(GoInt i);           /* os.Args[i] */

/* The end of a function with results that Go's "terminating statement"
 * rule proved unreachable: C cannot see that, so generated code says so. */
static inline _Noreturn void rt_unreachable(void) { abort(); }

/* ---- memory ------------------------------------------------------------ */

void *rt_alloc(size_t size);
void *rt_alloc_atomic(size_t size);

/* The allocation profile (GO2CDEBUG=allocs=1, rt_profile.c).  Generated
 * code declares one descriptor per heap allocation site of the Go source,
 *   static GoAllocSite site__3 = {.pos = "main.go:12:7", .what = "&Point{...}",
 *                                 .reason = "escapes to heap: ..."};
 * and allocates there through the _at entry points.  The runtime counts per
 * site only when the profile is on, and prints the sites at exit, largest
 * first.  make(map) and non-constant make([]T, n) run in the runtime: their
 * _at forms charge what the call allocates to the site. */
typedef struct GoAllocSite {
    const char *pos;        /* "file:line:col" */
    const char *what;       /* "&Point{...}", "moved to heap: x" */
    const char *reason;     /* why it is on the heap (compile time) */
    /* runtime-private: zero in the descriptor */
    unsigned long long count, bytes;
    struct GoAllocSite *next;
    bool seen;
} GoAllocSite;
void *rt_alloc_at(size_t size, GoAllocSite *site);
void *rt_alloc_atomic_at(size_t size, GoAllocSite *site);

/* ---- panic, defer, recover (rt_panic.c, rt_defer.c) ----------------------
 * A panic unwinds through the frames of the functions that defer: each
 * such function runs its body inside rt_frame_run, which catches a panic
 * (setjmp/longjmp), runs the deferred calls newest first, and either
 * returns normally (no panic, or a deferred call recovered it: the
 * function then returns its result variables' current values) or goes on
 * unwinding to the next frame.  With no frame left the panic is printed
 * as Go prints it and the program exits with status 2. */
#include <setjmp.h>

typedef struct GoDeferRec GoDeferRec;    /* runtime-private */
typedef struct GoFrame {
    struct GoFrame *up;
    GoDeferRec *defers;
    jmp_buf jump;
    int depth;                           /* runtime-private */
} GoFrame;

/* Runs body(ctx) as the body of a function that defers, with its own
 * frame *fr (uninitialized storage of the caller). */
void rt_frame_run(GoFrame *fr, void (*body)(void *ctx), void *ctx);
/* `defer f(args)`: thunk is a closure whose code is void(void *env) and
 * that makes the call with the arguments evaluated at the defer. */
void rt_defer(GoFrame *fr, GoFunc *thunk);

_Noreturn void rt_panic(GoEface value);  /* panic(v); v may be nil */
GoEface rt_recover(void);                /* recover(), for the runtime's own use */
/* recover() in generated code: a function that calls recover() asks at
 * its entry whether it is the deferred function being run (self: its
 * closure, or its id object), and recovers only then (Go's "directly"). */
bool rt_recover_allowed(const void *self);
GoEface rt_recover_if(bool allowed);
/* A deferred-call thunk that calls a declared function names it. */
void rt_recover_rearm(const void *id);

/* Run-time errors: each panics with a runtime.Error value whose Error()
 * is Go's message ("runtime error: index out of range [5] with length 3"). */
_Noreturn void rt_panic_index(GoInt index, GoInt len);
_Noreturn void rt_panic_divide(void);
_Noreturn void rt_panic_shift(void);
_Noreturn void rt_panic_nil(void);       /* invalid memory address or nil pointer dereference */
_Noreturn void rt_panic_nil_map(void);   /* assignment to entry in nil map */
/* A value method called through a nil *T (an interface holding one):
 * type_name is T's qualified name ("main.T"). */
_Noreturn void rt_panic_nil_value_method(const char *type_name, const char *method);
_Noreturn void rt_panic_string(GoString msg);  /* panic("msg") */
/* x.(T) failed.  iface: the static interface type; have: the dynamic type
 * (NULL for a nil interface); want: T; missing: for an interface T, the
 * method the dynamic type lacks. */
_Noreturn void rt_panic_assert(const GoType *iface, const GoType *have, const GoType *want,
                               const char *missing);
_Noreturn void rt_panic_unhashable(const GoType *t);   /* hash of unhashable type T */
_Noreturn void rt_panic_uncomparable(const GoType *t); /* comparing uncomparable type T */
/* Any other run-time error: panics with a runtime.Error whose Error() is
 * "runtime error: " + msg. */
_Noreturn void rt_panic_runtime(const char *msg);
/* Index and slice bounds failures, as gc's runtime.boundsError: x is the
 * failing index, y the bound or other index.  The messages (after
 * "runtime error: "), and with a negative x, where y is left out:
 *   INDEX        index out of range [x] with length y      [x]
 *   SLICE_ALEN   slice bounds out of range [:x] with length y    (s[:x], string or array)
 *   SLICE_ACAP   slice bounds out of range [:x] with capacity y  (s[:x], slice)
 *   SLICE_B      slice bounds out of range [x:y]           [x:]
 *   SLICE3_ALEN  slice bounds out of range [::x] with length y
 *   SLICE3_ACAP  slice bounds out of range [::x] with capacity y
 *   SLICE3_B     slice bounds out of range [:x:y]          [:x:]
 *   SLICE3_C     slice bounds out of range [x:y:]          [x::]
 *   CONVERT      cannot convert slice with length y to pointer to array with length x */
typedef enum GoBoundsCode {
    RT_BOUNDS_INDEX, RT_BOUNDS_SLICE_ALEN, RT_BOUNDS_SLICE_ACAP, RT_BOUNDS_SLICE_B,
    RT_BOUNDS_SLICE3_ALEN, RT_BOUNDS_SLICE3_ACAP, RT_BOUNDS_SLICE3_B, RT_BOUNDS_SLICE3_C,
    RT_BOUNDS_CONVERT
} GoBoundsCode;
_Noreturn void rt_panic_bounds(GoBoundsCode code, GoInt x, GoInt y);

static inline void *rt_nilcheck(void *p) {
    if (!p)
        rt_panic_nil();
    return p;
}
static inline GoInt rt_index(GoInt i, GoInt len) {
    if ((GoUint)i >= (GoUint)len)
        rt_panic_index(i, len);
    return i;
}

/* ---- interfaces and type descriptors (rt_iface.c) ------------------------ */

bool rt_type_equal(const GoType *a, const GoType *b);
/* The method's code in t's method set, or NULL.  cache is a per-call-site
 * static pair (last type, last code) that makes repeated calls cheap. */
typedef struct GoMethodCache { const GoType *type; void (*fn)(void); } GoMethodCache;
void (*rt_method(const GoType *t, const char *name, GoMethodCache *cache))(void);
/* Calling a method on a nil interface: panics with the nil dereference. */
void (*rt_imethod(GoEface x, const char *name, GoMethodCache *cache))(void);
/* Does t implement the interface type iface (all of iface->imethods)?
 * Returns NULL when it does, else the name of the first method missing. */
const char *rt_implements(const GoType *t, const GoType *iface);
/* x.(T) for a non-interface T: the data pointer, or panics. */
void *rt_assert_type(GoEface x, const GoType *iface, const GoType *want);
/* x.(I) for an interface I: x itself, or panics (also for nil x). */
GoEface rt_assert_iface(GoEface x, const GoType *iface, const GoType *want);
/* The comma-ok forms: false on failure. */
bool rt_is_type(GoEface x, const GoType *want);
bool rt_is_iface(GoEface x, const GoType *want);
/* Boxing: a heap copy of the size bytes at value, atomic when t has no pointers. */
GoEface rt_box(const GoType *t, const void *value);

/* Equality and hashing of any comparable value through its descriptor:
 * Go's == (floats by value, NaN != NaN; strings by bytes; interfaces by
 * dynamic type then value, panicking for uncomparable dynamic types). */
bool rt_equal(const GoType *t, const void *a, const void *b);
bool rt_iface_equal(GoEface a, GoEface b);
uint64_t rt_hash(const GoType *t, const void *p, uint64_t seed);

/* ---- slices (rt_slice.c) -------------------------------------------------
 * elem is the element type's descriptor (its size, and whether to scan). */
GoSlice rt_make_slice(const GoType *elem, GoInt len, GoInt cap);   /* panics: makeslice: len out of range */
GoSlice rt_make_slice_at(const GoType *elem, GoInt len, GoInt cap, GoAllocSite *site);
/* append: s with room for n more elements (len grows by n; the caller
 * stores them at the old len).  Growth as Go 1.19's growslice. */
GoSlice rt_grow_slice(const GoType *elem, GoSlice s, GoInt n);
GoSlice rt_append_slice(const GoType *elem, GoSlice s, const void *p, GoInt n); /* append(s, t...) */
GoInt rt_copy(GoSlice dst, const void *src, GoInt n, GoInt elem_size);     /* copy */
/* s[lo:hi:max] of a slice (or an array of length len == cap given as a
 * slice {ptr, len, len}); has_max false for the 2-index form. */
GoSlice rt_slice_slice(GoSlice s, GoInt elem_size, GoInt lo, GoInt hi, GoInt max, bool has_hi, bool has_max);
/* The same for an array (or *array) given as {ptr, len, len}: gc's
 * messages then say "with length" where a slice's say "with capacity". */
GoSlice rt_array_slice(GoSlice a, GoInt elem_size, GoInt lo, GoInt hi, GoInt max, bool has_hi, bool has_max);
GoString rt_string_slice(GoString s, GoInt lo, GoInt hi, bool has_hi);
GoSlice rt_string_to_bytes(GoString s);
GoString rt_bytes_to_string(GoSlice b);
GoSlice rt_string_to_runes(GoString s);
GoString rt_runes_to_string(GoSlice r);
/* for i, r := range s: decodes the rune at s[i]; *width gets its length */
GoInt32 rt_decode_rune(GoString s, GoInt i, GoInt *width);
/* Converting a slice to an array pointer: panics if len < n. */
void *rt_slice_to_array(GoSlice s, GoInt n);

/* ---- maps (rt_map.c) -------------------------------------------------------
 * maptype is the map type's descriptor (key, elem). */
GoMap *rt_make_map(const GoType *maptype, GoInt hint);
GoMap *rt_make_map_at(const GoType *maptype, GoInt hint, GoAllocSite *site);
/* m[k]: a pointer to the value, or NULL when k is absent (nil map too). */
void *rt_map_get(const GoType *maptype, GoMap *m, const void *key);
/* m[k] = v: the slot to store the value in (inserted zeroed when new). */
void *rt_map_set(const GoType *maptype, GoMap *m, const void *key);
void rt_map_delete(const GoType *maptype, GoMap *m, const void *key);
GoInt rt_map_len(GoMap *m);
void rt_map_clear(GoMap *m);
/* for k, v := range m.  Entries added during the loop may or may not be
 * seen, deleted ones not yet reached are not, as the spec allows. */
typedef struct GoMapIter {
    GoMap *map;
    GoInt bucket, index;       /* runtime-private position */
    void *key, *value;         /* the current entry, after rt_map_next */
} GoMapIter;
void rt_map_iter_init(GoMapIter *it, GoMap *m);
bool rt_map_next(GoMapIter *it);

/* ---- strings: more ---------------------------------------------------------- */
GoString rt_string_from_bytes(const uint8_t *p, GoInt n);   /* copies */

/* Conversions and concatenations whose results do not escape (escape
 * analysis says so) may use a buffer in the caller's frame, as gc does:
 * RT_TMP_BUF bytes; a longer result goes to the heap as usual. */
enum { RT_TMP_BUF = 32 };
GoSlice rt_string_to_bytes_buf(GoString s, uint8_t *buf);
GoString rt_bytes_to_string_buf(GoSlice b, uint8_t *buf);
GoString rt_string_concat_buf(GoString a, GoString b, uint8_t *buf);

/* ---- strings ------------------------------------------------------------ */

GoString rt_string_concat(GoString a, GoString b);
GoString rt_string_concatn(const GoString *parts, GoInt n);
bool rt_string_eq(GoString a, GoString b);
int rt_string_cmp(GoString a, GoString b);       /* <0, 0, >0 */
GoString rt_string_from_rune(GoInt64 r);         /* string(rune) */

static inline uint8_t rt_string_index(GoString s, GoInt i) {
    if ((GoUint)i >= (GoUint)s.len)
        rt_panic_index(i, s.len);
    return s.ptr[i];
}

/* ---- print and println (to stderr, in the formats of Go's runtime) ---- */

void rt_print_bool(bool v);
void rt_print_int(GoInt64 v);
void rt_print_uint(GoUint64 v);
void rt_print_float(GoFloat64 v);    /* +1.500000e+000 */
void rt_print_string(GoString v);
void rt_print_space(void);
void rt_print_newline(void);
void rt_print_pointer(const void *p);  /* 0xc000012345, 0x0 for nil */
void rt_print_slice(GoSlice s);        /* [len/cap]0xptr */
void rt_print_eface(GoEface e);        /* (0xtype,0xdata) */
void rt_print_complex(GoComplex128 c); /* (+1.000000e+000+2.000000e+000i) */

/* ---- fmt (package fmt's functions; args are interface values) -------- */

GoInt rt_fmt_print(const GoEface *args, GoInt n);
GoInt rt_fmt_println(const GoEface *args, GoInt n);
GoInt rt_fmt_printf(GoString format, const GoEface *args, GoInt n);
GoString rt_fmt_sprint(const GoEface *args, GoInt n);
GoString rt_fmt_sprintln(const GoEface *args, GoInt n);
GoString rt_fmt_sprintf(GoString format, const GoEface *args, GoInt n);

/* ---- arithmetic with Go's semantics ------------------------------------
 * C leaves signed overflow, oversized shifts, division by zero and
 * out-of-range float-to-int conversion undefined; Go defines them all.
 * Generated code does wrapping + - * in unsigned arithmetic itself and
 * calls these for the rest. */

#define RT_DEFINE_DIV(T, UT, MIN, name)                                        \
    static inline T rt_div_##name(T a, T b) {                                  \
        if (b == 0)                                                            \
            rt_panic_divide();                                                 \
        if (MIN != 0 && b == (T)-1)                                            \
            return (T)(0 - (UT)a); /* MIN / -1 wraps to MIN */                 \
        return a / b;                                                          \
    }                                                                          \
    static inline T rt_rem_##name(T a, T b) {                                  \
        if (b == 0)                                                            \
            rt_panic_divide();                                                 \
        if (MIN != 0 && b == (T)-1)                                            \
            return 0;                                                          \
        return a % b;                                                          \
    }
RT_DEFINE_DIV(int8_t, uint8_t, INT8_MIN, i8)
RT_DEFINE_DIV(int16_t, uint16_t, INT16_MIN, i16)
RT_DEFINE_DIV(int32_t, uint32_t, INT32_MIN, i32)
RT_DEFINE_DIV(int64_t, uint64_t, INT64_MIN, i64)
RT_DEFINE_DIV(uint8_t, uint8_t, 0, u8)
RT_DEFINE_DIV(uint16_t, uint16_t, 0, u16)
RT_DEFINE_DIV(uint32_t, uint32_t, 0, u32)
RT_DEFINE_DIV(uint64_t, uint64_t, 0, u64)
#undef RT_DEFINE_DIV

/* Shifts: the count is any unsigned value (a negative signed count panics
 * before we get here).  x << n is 0 for n >= width; x >> n is 0 (or -1 for
 * negative signed x) for n >= width. */
#define RT_DEFINE_SHIFT(T, UT, BITS, name)                                     \
    static inline T rt_shl_##name(T x, uint64_t n) {                           \
        return n >= BITS ? (T)0 : (T)((UT)x << n);                             \
    }                                                                          \
    static inline T rt_shr_##name(T x, uint64_t n) {                           \
        if (n >= BITS)                                                         \
            n = BITS - 1 + ((T)-1 > 0); /* unsigned: shift everything out */   \
        return n >= BITS ? (T)0 : (T)(x >> n);                                 \
    }
RT_DEFINE_SHIFT(int8_t, uint8_t, 8, i8)
RT_DEFINE_SHIFT(int16_t, uint16_t, 16, i16)
RT_DEFINE_SHIFT(int32_t, uint32_t, 32, i32)
RT_DEFINE_SHIFT(int64_t, uint64_t, 64, i64)
RT_DEFINE_SHIFT(uint8_t, uint8_t, 8, u8)
RT_DEFINE_SHIFT(uint16_t, uint16_t, 16, u16)
RT_DEFINE_SHIFT(uint32_t, uint32_t, 32, u32)
RT_DEFINE_SHIFT(uint64_t, uint64_t, 64, u64)
#undef RT_DEFINE_SHIFT

/* A signed shift count: negative panics ("negative shift amount"). */
static inline uint64_t rt_shift_count(int64_t n) {
    if (n < 0)
        rt_panic_shift();
    return (uint64_t)n;
}

/* float -> integer as gc does on amd64 (checked against go1.19 with
 * NaN, +-Inf and out-of-range values):
 *   int64, int, uint32   CVTTSD2SQ: INT64_MIN for NaN and out-of-range
 *                        values; uint32 truncates that result
 *   int32, int16, int8,  CVTTSD2SL, the 32-bit form: INT32_MIN for NaN and
 *   uint16, uint8        out-of-range values; the narrow ones truncate it
 *                        (so int16(70000.0) == 4464, uint8(3e9) == 0)
 *   uint64, uint         see rt_f64_to_u64
 * A float32 operand is converted to double first, which is exact. */
static inline int64_t rt_f64_to_i64(double x) {
    if (!(x > -9223372036854775808.0 - 1025.0 && x < 9223372036854775808.0))
        return INT64_MIN;
    return (int64_t)x;
}
static inline int32_t rt_f64_to_i32(double x) {
    if (!(x > -2147483649.0 && x < 2147483648.0))
        return INT32_MIN;
    return (int32_t)x;
}
/* float -> uint64 as gc on amd64: values below 2^63 convert as signed;
 * others have 2^63 subtracted, convert as signed, and get the top bit ORed
 * back in.  So NaN, +Inf and values >= 2^64 give 1<<63, and negative values
 * wrap like int64 (uint64(-1.0) is 2^64-1). */
static inline uint64_t rt_f64_to_u64(double x) {
    if (x < 9223372036854775808.0)
        return (uint64_t)rt_f64_to_i64(x);
    return (uint64_t)rt_f64_to_i64(x - 9223372036854775808.0) | (1ull << 63);
}

/* ---- complex numbers: + - * as Go computes them; / in rt_complex.c ---- */

static inline GoComplex128 rt_c128_add(GoComplex128 a, GoComplex128 b) {
    return (GoComplex128){a.real + b.real, a.imag + b.imag};
}
static inline GoComplex128 rt_c128_sub(GoComplex128 a, GoComplex128 b) {
    return (GoComplex128){a.real - b.real, a.imag - b.imag};
}
static inline GoComplex128 rt_c128_mul(GoComplex128 a, GoComplex128 b) {
    return (GoComplex128){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}
static inline GoComplex128 rt_c128_neg(GoComplex128 a) { return (GoComplex128){-a.real, -a.imag}; }
GoComplex128 rt_c128_div(GoComplex128 n, GoComplex128 m);

static inline GoComplex64 rt_c64_add(GoComplex64 a, GoComplex64 b) {
    return (GoComplex64){a.real + b.real, a.imag + b.imag};
}
static inline GoComplex64 rt_c64_sub(GoComplex64 a, GoComplex64 b) {
    return (GoComplex64){a.real - b.real, a.imag - b.imag};
}
static inline GoComplex64 rt_c64_mul(GoComplex64 a, GoComplex64 b) {
    return (GoComplex64){(float)(a.real * b.real - a.imag * b.imag),
                         (float)(a.real * b.imag + a.imag * b.real)};
}
static inline GoComplex64 rt_c64_neg(GoComplex64 a) { return (GoComplex64){-a.real, -a.imag}; }
static inline GoComplex128 rt_c64_to_c128(GoComplex64 a) { return (GoComplex128){a.real, a.imag}; }
static inline GoComplex64 rt_c128_to_c64(GoComplex128 a) {
    return (GoComplex64){(float)a.real, (float)a.imag};
}
/* complex64 division is done in complex128, as gc does */
static inline GoComplex64 rt_c64_div(GoComplex64 n, GoComplex64 m) {
    return rt_c128_to_c64(rt_c128_div(rt_c64_to_c128(n), rt_c64_to_c128(m)));
}

#endif
