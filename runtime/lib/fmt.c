/*
 * fmt.c — package fmt's functions that are not compiler builtins.
 *
 * The formatting itself is rt_fmt.c's; here are the entry points with the
 * library ABI (lib.h): `...any` arrives as a GoSlice of GoEface, results
 * with an error are Tuple_GoInt_GoEface.  Fprint* format into a string and
 * hand it to the writer's Write method in one call, as Go does.  Errorf
 * returns errors.New's error, or with %w a *fmt.wrapError whose Unwrap
 * gives the wrapped error back.
 */
#include <string.h>

#include "../rt_internal.h"
#include "lib.h"

#ifndef GO2C_TUPLE_GoInt_GoEface
#define GO2C_TUPLE_GoInt_GoEface
typedef struct { GoInt r0; GoEface r1; } Tuple_GoInt_GoEface;
#endif

static const GoEface *args_of(GoSlice a) {
    return (const GoEface *)a.ptr;
}

/* ---- Sprint, Print and Fprint families ------------------------------------------ */

GoString fmt__Sprint(GoSlice a) {
    return rt_fmt_sprint(args_of(a), a.len);
}

GoString fmt__Sprintln(GoSlice a) {
    return rt_fmt_sprintln(args_of(a), a.len);
}

GoString fmt__Sprintf(GoString format, GoSlice a) {
    return rt_fmt_sprintf(format, args_of(a), a.len);
}

Tuple_GoInt_GoEface fmt__Print(GoSlice a) {
    return (Tuple_GoInt_GoEface){rt_fmt_print(args_of(a), a.len), {NULL, NULL}};
}

Tuple_GoInt_GoEface fmt__Println(GoSlice a) {
    return (Tuple_GoInt_GoEface){rt_fmt_println(args_of(a), a.len), {NULL, NULL}};
}

Tuple_GoInt_GoEface fmt__Printf(GoString format, GoSlice a) {
    return (Tuple_GoInt_GoEface){rt_fmt_printf(format, args_of(a), a.len), {NULL, NULL}};
}

typedef Tuple_GoInt_GoEface (*WriteMethod)(void *recv, GoSlice p);

/* w.Write([]byte(s)): Write's results are Fprint's. */
static Tuple_GoInt_GoEface write_to(GoEface w, GoString s) {
    if (w.type == NULL)
        rt_panic_nil(); /* a method call on a nil interface */
    WriteMethod write = (WriteMethod)rt_fmt_find_method(w.type, "Write");
    if (write == NULL)
        rt_panic_string(RT_STR("fmt: writer has no Write method"));
    uint8_t *copy = rt_alloc_atomic(s.len > 0 ? (size_t)s.len : 1);
    if (s.len > 0)
        memcpy(copy, s.ptr, (size_t)s.len);
    return write(w.data, (GoSlice){copy, s.len, s.len});
}

Tuple_GoInt_GoEface fmt__Fprint(GoEface w, GoSlice a) {
    return write_to(w, fmt__Sprint(a));
}

Tuple_GoInt_GoEface fmt__Fprintln(GoEface w, GoSlice a) {
    return write_to(w, fmt__Sprintln(a));
}

Tuple_GoInt_GoEface fmt__Fprintf(GoEface w, GoString format, GoSlice a) {
    return write_to(w, fmt__Sprintf(format, a));
}

/* ---- Append family ------------------------------------------------------------------- */

/* append(b, s...) for a []byte b, growing as Go's append does. */
static GoSlice append_string(GoSlice b, GoString s) {
    return rt_append_slice(&rt_type_uint8, b, s.ptr, s.len);
}

GoSlice fmt__Append(GoSlice b, GoSlice a) {
    return append_string(b, fmt__Sprint(a));
}

GoSlice fmt__Appendln(GoSlice b, GoSlice a) {
    return append_string(b, fmt__Sprintln(a));
}

GoSlice fmt__Appendf(GoSlice b, GoString format, GoSlice a) {
    return append_string(b, fmt__Sprintf(format, a));
}

/* ---- Errorf ------------------------------------------------------------------------- */

/* type wrapError struct { msg string; err error }, used as *wrapError. */
typedef struct fmt__wrapError {
    GoString msg;
    GoEface err;
} fmt__wrapError;

/* Methods of *wrapError: recv points to the word holding the pointer. */
static GoString wrap_error_error(void *recv) {
    return (*(fmt__wrapError **)recv)->msg;
}

static GoEface wrap_error_unwrap(void *recv) {
    return (*(fmt__wrapError **)recv)->err;
}

static const char *const error_imethods[] = {"Error"};
static const GoType error_type = {
    .kind = RT_KIND_INTERFACE, .size = sizeof(GoEface), .name = "error", .named = true,
    .comparable = true, .has_pointers = true, .imethods = error_imethods, .nimethods = 1};

static const GoField wrap_error_fields[] = {
    {.name = "msg", .type = &rt_type_string, .offset = offsetof(fmt__wrapError, msg)},
    {.name = "err", .type = &error_type, .offset = offsetof(fmt__wrapError, err)},
};
static const GoType wrap_error_type = {
    .kind = RT_KIND_STRUCT, .size = sizeof(fmt__wrapError), .name = "fmt.wrapError",
    .named = true, .comparable = true, .has_pointers = true, .fields = wrap_error_fields,
    .nfields = 2};
static const GoMethod wrap_error_methods[] = {
    {"Error", (void (*)(void))wrap_error_error},
    {"Unwrap", (void (*)(void))wrap_error_unwrap},
};
static const GoType wrap_error_ptr_type = {
    .kind = RT_KIND_POINTER, .size = sizeof(void *), .name = "*fmt.wrapError",
    .comparable = true, .has_pointers = true, .elem = &wrap_error_type,
    .methods = wrap_error_methods, .nmethods = 2};

GoEface fmt__Errorf(GoString format, GoSlice a) {
    GoEface wrapped;
    GoString msg = rt_fmt_errorf(format, args_of(a), a.len, &wrapped);
    if (wrapped.type == NULL)
        return errors__New(msg);
    fmt__wrapError *e = rt_alloc(sizeof *e);
    e->msg = msg;
    e->err = wrapped;
    fmt__wrapError **word = rt_alloc(sizeof *word);
    *word = e;
    return (GoEface){&wrap_error_ptr_type, word};
}
