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

typedef struct GoType {
    GoKind kind;
    GoInt size;
    const char *name;          /* as %T prints it: "int", "main.T" */
} GoType;

/* The predeclared types' descriptors: rt_type_int, rt_type_string, ... */
extern const GoType rt_type_bool, rt_type_int, rt_type_int8, rt_type_int16,
    rt_type_int32, rt_type_int64, rt_type_uint, rt_type_uint8, rt_type_uint16,
    rt_type_uint32, rt_type_uint64, rt_type_uintptr, rt_type_float32,
    rt_type_float64, rt_type_string;

/* interface{}: a type and a pointer to the value (nil type: nil interface) */
typedef struct GoEface {
    const GoType *type;
    const void *data;
} GoEface;

/* ---- program start and exit ----------------------------------------- */

/* Generated code defines rt_user_main: it initializes package variables
 * and calls main.main.  The runtime's C main calls it. */
void rt_user_main(void);
_Noreturn void rt_exit(GoInt code);      /* os.Exit */
GoInt rt_args_len(void);                 /* len(os.Args) */
GoString rt_args_get(GoInt i);           /* os.Args[i] */

/* The end of a function with results that Go's "terminating statement"
 * rule proved unreachable: C cannot see that, so generated code says so. */
static inline _Noreturn void rt_unreachable(void) { abort(); }

/* ---- memory ------------------------------------------------------------ */

void *rt_alloc(size_t size);
void *rt_alloc_atomic(size_t size);

/* ---- panics -----------------------------------------------------------
 * Each prints Go's message ("panic: runtime error: ..." and the goroutine
 * header) to stderr and exits with status 2. */
_Noreturn void rt_panic_index(GoInt index, GoInt len);
_Noreturn void rt_panic_divide(void);
_Noreturn void rt_panic_shift(void);
_Noreturn void rt_panic_string(GoString msg);  /* panic("msg") */

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

#endif
