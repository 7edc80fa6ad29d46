/*
 * rt_panic.c — panic values: runtime errors, and printing a fatal panic.
 *
 * Run-time errors are ordinary, recoverable Go panics whose values imitate
 * gc's: a recovered one prints as Go prints it with %T and %v, because each
 * has a type descriptor named as gc's type and a method table with
 * "Error" (and the marker "RuntimeError"):
 *
 *   runtime.boundsError          index and slice bounds (a struct, as gc's)
 *   runtime.errorString          divide, shift, nil dereference, hash and
 *                                compare of uncomparable types, others;
 *                                Error() is "runtime error: " + the text
 *   runtime.plainError           "assignment to entry in nil map" (no prefix)
 *   *runtime.TypeAssertionError  a failed x.(T)
 *
 * rt_defer.c does the unwinding; when no frame is left it calls
 * rt_panic_print_and_exit, which prints what gc prints:
 *
 *     panic: first [recovered]          the chain, oldest first; " [recovered]"
 *         panic: second                 marks recovered ones; a tab starts
 *     [signal SIGSEGV: ...]             the later lines; the signal line only
 *     <blank line>                      for a nil dereference (its pc is 0x0
 *     goroutine 1 [running]:            here, gc's is a real address)
 *
 * then exits with status 2.  gc goes on with a stack trace; go2c stops after
 * the goroutine header, which is as far as its tests compare.  Values are
 * printed as gc's printpanicval: an error by its Error(), a Stringer by its
 * String() (both called before anything is printed, as gc does, inside a
 * frame that turns a panic there into gc's fatal error), basic kinds as the
 * print builtin prints them, named basic types as T(v), anything else as
 * (T) 0xADDRESS.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* ---- helpers ---------------------------------------------------------------- */

static GoString cstr(const char *s) {
    return (GoString){(const uint8_t *)s, (GoInt)strlen(s)};
}

static void put_gostring(RtBuf *b, GoString s) {
    rt_buf_write(b, s.ptr, (size_t)s.len);
}

static void put_int(RtBuf *b, int64_t v) {
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%" PRId64, v);
    rt_buf_write(b, tmp, (size_t)n);
}

static GoEface box_string(GoString s) {
    GoString *p = rt_alloc(sizeof *p);
    *p = s;
    return (GoEface){&rt_type_string, p};
}

/* The code of method name in t's method set, or NULL. */
static void (*find_method(const GoType *t, const char *name))(void) {
    return rt_method(t, name, NULL);
}

/* RuntimeError() is only a marker method: it does nothing. */
static void runtime_error_marker(void *recv) {
    (void)recv;
}

/* ---- runtime.errorString and runtime.plainError ----------------------------------
 * Both are `type X string` in gc, so the value is the text itself. */

static GoString error_string_error(void *recv) {
    return rt_string_concat(RT_STR("runtime error: "), *(const GoString *)recv);
}

static GoString plain_error_error(void *recv) {
    return *(const GoString *)recv;
}

static const GoMethod error_string_methods[] = {
    {"Error", (void (*)(void))error_string_error},
    {"RuntimeError", (void (*)(void))runtime_error_marker},
};
static const GoMethod plain_error_methods[] = {
    {"Error", (void (*)(void))plain_error_error},
    {"RuntimeError", (void (*)(void))runtime_error_marker},
};

static const GoType type_error_string = {
    .kind = RT_KIND_STRING, .size = (GoInt)sizeof(GoString), .name = "runtime.errorString",
    .named = true, .comparable = true, .has_pointers = true,
    .methods = error_string_methods, .nmethods = 2};
static const GoType type_plain_error = {
    .kind = RT_KIND_STRING, .size = (GoInt)sizeof(GoString), .name = "runtime.plainError",
    .named = true, .comparable = true, .has_pointers = true,
    .methods = plain_error_methods, .nmethods = 2};

/* Panics with runtime.errorString(msg); fault marks a nil dereference. */
_Noreturn static void panic_error_string(GoString msg, bool fault) {
    GoString *p = rt_alloc(sizeof *p);
    *p = msg;
    rt_panic_raise((GoEface){&type_error_string, p}, fault);
}

/* ---- runtime.boundsError ------------------------------------------------------------
 * The same fields as gc's, so %#v of a recovered one matches too. */

typedef struct BoundsError {
    int64_t x;
    GoInt y;
    bool is_signed;
    uint8_t code;
} BoundsError;

static const char *const bounds_formats[] = {
    [RT_BOUNDS_INDEX] = "index out of range [%x] with length %y",
    [RT_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
    [RT_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
    [RT_BOUNDS_SLICE_B] = "slice bounds out of range [%x:%y]",
    [RT_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
    [RT_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
    [RT_BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:%y]",
    [RT_BOUNDS_SLICE3_C] = "slice bounds out of range [%x:%y:]",
    [RT_BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};
/* With a negative x, y says nothing useful, and Go leaves it out. */
static const char *const bounds_negative_formats[] = {
    [RT_BOUNDS_INDEX] = "index out of range [%x]",
    [RT_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x]",
    [RT_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x]",
    [RT_BOUNDS_SLICE_B] = "slice bounds out of range [%x:]",
    [RT_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x]",
    [RT_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x]",
    [RT_BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:]",
    [RT_BOUNDS_SLICE3_C] = "slice bounds out of range [%x::]",
    [RT_BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

static GoString bounds_error_error(void *recv) {
    const BoundsError *e = recv;
    const char *f = e->is_signed && e->x < 0 ? bounds_negative_formats[e->code]
                                             : bounds_formats[e->code];
    RtBuf b;
    rt_buf_init(&b);
    rt_buf_puts(&b, "runtime error: ");
    /* go2c passes every index as a GoInt, so x is always signed here */
    for (; *f; f++) {
        if (*f != '%')
            rt_buf_putc(&b, (uint8_t)*f);
        else
            put_int(&b, *++f == 'x' ? e->x : e->y);
    }
    return rt_buf_string(&b);
}

static const GoMethod bounds_error_methods[] = {
    {"Error", (void (*)(void))bounds_error_error},
    {"RuntimeError", (void (*)(void))runtime_error_marker},
};
static const GoField bounds_error_fields[] = {
    {"x", &rt_type_int64, (GoInt)offsetof(BoundsError, x), false},
    {"y", &rt_type_int, (GoInt)offsetof(BoundsError, y), false},
    {"signed", &rt_type_bool, (GoInt)offsetof(BoundsError, is_signed), false},
    {"code", &rt_type_uint8, (GoInt)offsetof(BoundsError, code), false},
};
static const GoType type_bounds_error = {
    .kind = RT_KIND_STRUCT, .size = (GoInt)sizeof(BoundsError), .name = "runtime.boundsError",
    .named = true, .comparable = true, .fields = bounds_error_fields, .nfields = 4,
    .methods = bounds_error_methods, .nmethods = 2};

_Noreturn void rt_panic_bounds(GoBoundsCode code, GoInt x, GoInt y) {
    BoundsError *e = rt_alloc_atomic(sizeof *e);
    *e = (BoundsError){.x = x, .y = y, .is_signed = true, .code = (uint8_t)code};
    rt_panic_raise((GoEface){&type_bounds_error, e}, false);
}

_Noreturn void rt_panic_index(GoInt index, GoInt len) {
    rt_panic_bounds(RT_BOUNDS_INDEX, index, len);
}

/* ---- *runtime.TypeAssertionError --------------------------------------------------- */

typedef struct TypeAssertionError {
    const GoType *iface;       /* the static interface type; NULL: "interface" */
    const GoType *concrete;    /* the dynamic type; NULL for a nil interface */
    const GoType *asserted;
    const char *missing;       /* the method concrete lacks, or NULL */
} TypeAssertionError;

static GoString type_assertion_error_error(void *recv) {
    const TypeAssertionError *e = *(TypeAssertionError *const *)recv;
    const char *inter = e->iface ? e->iface->name : "interface";
    RtBuf b;
    rt_buf_init(&b);
    rt_buf_puts(&b, "interface conversion: ");
    if (!e->concrete) {
        rt_buf_puts(&b, inter);
        rt_buf_puts(&b, " is nil, not ");
        rt_buf_puts(&b, e->asserted->name);
    } else if (e->missing) {
        rt_buf_puts(&b, e->concrete->name);
        rt_buf_puts(&b, " is not ");
        rt_buf_puts(&b, e->asserted->name);
        rt_buf_puts(&b, ": missing method ");
        rt_buf_puts(&b, e->missing);
    } else {
        rt_buf_puts(&b, inter);
        rt_buf_puts(&b, " is ");
        rt_buf_puts(&b, e->concrete->name);
        rt_buf_puts(&b, ", not ");
        rt_buf_puts(&b, e->asserted->name);
        /* Two distinct types spelled alike: local types of different
         * functions (go2c compiles one package, so not different packages). */
        if (strcmp(e->concrete->name, e->asserted->name) == 0)
            rt_buf_puts(&b, " (types from different scopes)");
    }
    return rt_buf_string(&b);
}

static const GoMethod type_assertion_error_methods[] = {
    {"Error", (void (*)(void))type_assertion_error_error},
    {"RuntimeError", (void (*)(void))runtime_error_marker},
};
static const GoType type_type_assertion_error_struct = {
    .kind = RT_KIND_STRUCT, .size = (GoInt)sizeof(TypeAssertionError),
    .name = "runtime.TypeAssertionError", .named = true, .comparable = true,
    .has_pointers = true};
static const GoType type_type_assertion_error = {
    .kind = RT_KIND_POINTER, .size = (GoInt)sizeof(void *), .name = "*runtime.TypeAssertionError",
    .comparable = true, .has_pointers = true, .elem = &type_type_assertion_error_struct,
    .methods = type_assertion_error_methods, .nmethods = 2};

/* Go reports an assertion to an interface type without naming the static
 * interface ("interface is nil, not main.I"), so iface is dropped then. */
_Noreturn void rt_panic_assert(const GoType *iface, const GoType *have, const GoType *want,
                               const char *missing) {
    TypeAssertionError *e = rt_alloc(sizeof *e);
    bool to_interface = want->kind == RT_KIND_INTERFACE;
    *e = (TypeAssertionError){.iface = to_interface ? NULL : iface, .concrete = have,
                              .asserted = want, .missing = have ? missing : NULL};
    TypeAssertionError **word = rt_alloc(sizeof *word);
    *word = e;
    rt_panic_raise((GoEface){&type_type_assertion_error, word}, false);
}

/* ---- the other run-time errors --------------------------------------------------------- */

_Noreturn void rt_panic_divide(void) {
    panic_error_string(RT_STR("integer divide by zero"), false);
}

_Noreturn void rt_panic_shift(void) {
    panic_error_string(RT_STR("negative shift amount"), false);
}

_Noreturn void rt_panic_nil(void) {
    panic_error_string(RT_STR("invalid memory address or nil pointer dereference"), true);
}

_Noreturn void rt_panic_nil_map(void) {
    GoString *p = rt_alloc(sizeof *p);
    *p = RT_STR("assignment to entry in nil map");
    rt_panic_raise((GoEface){&type_plain_error, p}, false);
}

/* A value method called through a nil pointer (gc's panicwrap): "value
 * method main.T.F called using nil *T pointer", a plain error. */
_Noreturn void rt_panic_nil_value_method(const char *type_name, const char *method) {
    const char *dot = strrchr(type_name, '.');
    const char *bare = dot ? dot + 1 : type_name;
    char msg[512];
    int n = snprintf(msg, sizeof msg, "value method %s.%s called using nil *%s pointer", type_name,
                     method, bare);
    GoString *p = rt_alloc(sizeof *p);
    *p = rt_string_from_bytes((const uint8_t *)msg, n < (int)sizeof msg ? n : (int)sizeof msg - 1);
    rt_panic_raise((GoEface){&type_plain_error, p}, false);
}

_Noreturn void rt_panic_unhashable(const GoType *t) {
    panic_error_string(rt_string_concat(RT_STR("hash of unhashable type "), cstr(t->name)),
                       false);
}

_Noreturn void rt_panic_uncomparable(const GoType *t) {
    panic_error_string(rt_string_concat(RT_STR("comparing uncomparable type "), cstr(t->name)),
                       false);
}

_Noreturn void rt_panic_runtime(const char *msg) {
    panic_error_string(cstr(msg), false);
}

_Noreturn void rt_panic_string(GoString msg) {
    rt_panic(box_string(msg));
}

/* ---- printing a fatal panic ------------------------------------------------------------ */

static void put_float(RtBuf *b, double v) {
    char tmp[RT_PRINT_FLOAT_MAX];
    rt_buf_write(b, tmp, rt_float_runtime_format(tmp, v));
}

static void put_complex(RtBuf *b, double re, double im) {
    rt_buf_putc(b, '(');
    put_float(b, re);
    put_float(b, im);
    rt_buf_puts(b, "i)");
}

/* Appends a value of a basic kind as the print builtin prints it; false
 * for other kinds. */
static bool put_basic(RtBuf *b, const GoType *t, const void *p) {
    char tmp[24];
    switch (t->kind) {
    case RT_KIND_BOOL: rt_buf_puts(b, *(const GoBool *)p ? "true" : "false"); return true;
    case RT_KIND_INT: put_int(b, *(const GoInt *)p); return true;
    case RT_KIND_INT8: put_int(b, *(const GoInt8 *)p); return true;
    case RT_KIND_INT16: put_int(b, *(const GoInt16 *)p); return true;
    case RT_KIND_INT32: put_int(b, *(const GoInt32 *)p); return true;
    case RT_KIND_INT64: put_int(b, *(const GoInt64 *)p); return true;
    case RT_KIND_UINT8: put_int(b, *(const GoUint8 *)p); return true;
    case RT_KIND_UINT16: put_int(b, *(const GoUint16 *)p); return true;
    case RT_KIND_UINT32: put_int(b, *(const GoUint32 *)p); return true;
    case RT_KIND_UINT:
    case RT_KIND_UINT64:
    case RT_KIND_UINTPTR: {
        uint64_t v = t->kind == RT_KIND_UINTPTR ? *(const GoUintptr *)p : *(const GoUint64 *)p;
        rt_buf_write(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "%" PRIu64, v));
        return true;
    }
    case RT_KIND_FLOAT32: put_float(b, *(const GoFloat32 *)p); return true;
    case RT_KIND_FLOAT64: put_float(b, *(const GoFloat64 *)p); return true;
    case RT_KIND_COMPLEX64: {
        const GoComplex64 *c = p;
        put_complex(b, c->real, c->imag);
        return true;
    }
    case RT_KIND_COMPLEX128: {
        const GoComplex128 *c = p;
        put_complex(b, c->real, c->imag);
        return true;
    }
    case RT_KIND_STRING: put_gostring(b, *(const GoString *)p); return true;
    default: return false;
    }
}

/* Kinds whose Go interface data word is the pointer itself, which is what
 * gc prints for them; for the others it prints where the copy lives. */
static bool pointer_shaped(GoKind k) {
    return k == RT_KIND_POINTER || k == RT_KIND_MAP || k == RT_KIND_FUNC ||
           k == RT_KIND_CHAN || k == RT_KIND_UNSAFE_POINTER;
}

/* Appends v as gc's printany does (after errors and Stringers became strings). */
static void put_panic_value(RtBuf *b, GoEface v) {
    const GoType *t = v.type;
    if (!t) {
        rt_buf_puts(b, "nil");
        return;
    }
    if (!t->named && put_basic(b, t, v.data))
        return;
    if (t->named && t->kind <= RT_KIND_COMPLEX128 && t->kind != RT_KIND_INVALID) {
        rt_buf_puts(b, t->name);
        bool complex = t->kind == RT_KIND_COMPLEX64 || t->kind == RT_KIND_COMPLEX128;
        if (!complex)
            rt_buf_putc(b, '(');
        put_basic(b, t, v.data);
        if (!complex)
            rt_buf_putc(b, ')');
        return;
    }
    if (t->named && t->kind == RT_KIND_STRING) {
        rt_buf_puts(b, t->name);
        rt_buf_puts(b, "(\"");
        put_gostring(b, *(const GoString *)v.data);
        rt_buf_puts(b, "\")");
        return;
    }
    const void *addr = pointer_shaped(t->kind) ? *(void *const *)v.data : v.data;
    char tmp[32];
    rt_buf_putc(b, '(');
    rt_buf_puts(b, t->name);
    rt_buf_puts(b, ") ");
    rt_buf_write(b, tmp, (size_t)snprintf(tmp, sizeof tmp, "0x%" PRIxPTR, (uintptr_t)addr));
}

/* Deferred while the texts are made: a panic in an Error or String method
 * is gc's fatal error "panic while printing panic value". */
static void texts_guard(void *env) {
    (void)env;
    GoEface r = rt_recover();
    if (!r.type)
        return;
    RtBuf b;
    rt_buf_init(&b);
    rt_buf_puts(&b, "fatal error: panic while printing panic value: ");
    if (r.type == &rt_type_string) {
        put_gostring(&b, *(const GoString *)r.data);
    } else {
        rt_buf_puts(&b, "type ");
        rt_buf_puts(&b, r.type->name);
    }
    rt_buf_puts(&b, "\n\ngoroutine 1 [running]:\n");
    rt_flush_stdout();
    rt_write_all(2, b.ptr, b.len);
    exit(2);
}

static GoFunc texts_guard_closure = {(void (*)(void))texts_guard};

typedef struct TextsCtx {
    GoFrame *frame;
    RtPanic *chain;
} TextsCtx;

/* gc's preprintpanics: replaces each error by its Error() text and each
 * Stringer by its String() text, with the guard deferred. */
static void texts_body(void *ctx) {
    TextsCtx *c = ctx;
    rt_defer(c->frame, &texts_guard_closure);
    for (RtPanic *p = c->chain; p; p = p->link) {
        const GoType *t = p->value.type;
        if (!t)
            continue;
        void (*fn)(void) = find_method(t, "Error");
        if (!fn)
            fn = find_method(t, "String");
        if (fn)
            p->value = box_string(((GoString(*)(void *))fn)(p->value.data));
    }
}

/* Appends the chain oldest first, as gc's printpanics. */
static void put_chain(RtBuf *b, const RtPanic *p) {
    if (p->link) {
        put_chain(b, p->link);
        rt_buf_putc(b, '\t');
    }
    rt_buf_puts(b, "panic: ");
    put_panic_value(b, p->value);
    if (p->recovered)
        rt_buf_puts(b, " [recovered]");
    rt_buf_putc(b, '\n');
}

_Noreturn void rt_panic_print_and_exit(RtPanic *chain, bool fault) {
    GoFrame fr;
    TextsCtx ctx = {&fr, chain};
    rt_frame_run(&fr, texts_body, &ctx);
    RtBuf b;
    rt_buf_init(&b);
    put_chain(&b, chain);
    if (fault)
        rt_buf_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    rt_buf_puts(&b, "\ngoroutine 1 [running]:\n");
    rt_flush_stdout();
    rt_write_all(2, b.ptr, b.len);
    exit(2);
}
