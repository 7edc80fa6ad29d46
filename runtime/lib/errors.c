/*
 * errors.c — package errors: New, Unwrap, Is, As.
 *
 * errors.New returns a *errors.errorString in an interface, as in Go: the
 * interface's data points to a word holding the pointer, so two errors
 * compare equal (==, rt_iface_equal) only when they come from the same New
 * call, and %T prints "*errors.errorString".
 *
 * Is, As and Unwrap look for the methods Is, As and Unwrap in the dynamic
 * type's method set by name (rt_method).  Go also checks their signatures;
 * go2c's descriptors carry only names, so a method of that name is taken to
 * have Go's conventional signature:
 *   Unwrap() error        GoEface fn(void *recv)
 *   Is(error) bool        GoBool  fn(void *recv, GoEface target)
 *   As(any) bool          GoBool  fn(void *recv, GoEface target)
 */
#include "lib.h"

#include <string.h>

/* type errorString struct { s string } */
typedef struct errors__errorString {
    GoString s;
} errors__errorString;

/* (*errorString).Error, called through an interface: recv points to the
 * word holding the *errorString. */
static GoString error_string_Error(void *recv) {
    errors__errorString *e = *(errors__errorString **)recv;
    return ((errors__errorString *)rt_nilcheck(e))->s;
}

static const GoField error_string_fields[] = {
    {.name = "s", .type = &rt_type_string, .offset = offsetof(errors__errorString, s)},
};

static const GoType error_string_type = {
    .kind = RT_KIND_STRUCT,
    .size = (GoInt)sizeof(errors__errorString),
    .name = "errors.errorString",
    .named = true,
    .comparable = true,
    .has_pointers = true,
    .fields = error_string_fields,
    .nfields = 1,
};

static const GoMethod error_string_ptr_methods[] = {
    {.name = "Error", .fn = (void (*)(void))error_string_Error},
};

static const GoType error_string_ptr_type = {
    .kind = RT_KIND_POINTER,
    .size = (GoInt)sizeof(void *),
    .name = "*errors.errorString",
    .comparable = true,
    .has_pointers = true,
    .elem = &error_string_type,
    .methods = error_string_ptr_methods,
    .nmethods = 1,
};

/* The predeclared interface `error`, for As's check that *target
 * implements it. */
static const char *const error_imethods[] = {"Error"};
static const GoType error_iface_type = {
    .kind = RT_KIND_INTERFACE,
    .size = (GoInt)sizeof(GoEface),
    .name = "error",
    .named = true,
    .comparable = true,
    .has_pointers = true,
    .imethods = error_imethods,
    .nimethods = 1,
};

static const GoEface nil_error = {NULL, NULL};

GoEface errors__New(GoString text) {
    errors__errorString *e = rt_alloc(sizeof *e);
    e->s = text;
    errors__errorString **box = rt_alloc(sizeof *box);
    *box = e;
    return (GoEface){&error_string_ptr_type, box};
}

/* t's method `name`, when its signature is sig (or the descriptor does
 * not record signatures): errors calls Unwrap() error, Is(error) bool and
 * As(any) bool, and a method of another signature is not one of them. */
static void (*method_with(const GoType *t, const char *name, const char *sig,
                          GoMethodCache *cache))(void) {
    void (*fn)(void) = rt_method(t, name, cache);
    if (!fn || !t->method_sigs)
        return fn;
    for (GoInt i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0)
            return strcmp(t->method_sigs[i], sig) == 0 ? fn : NULL;
    return NULL;
}

GoEface errors__Unwrap(GoEface err) {
    static GoMethodCache cache;
    if (!err.type)
        return nil_error;
    GoEface (*fn)(void *) = (GoEface(*)(void *))method_with(err.type, "Unwrap", "func() error", &cache);
    return fn ? fn(err.data) : nil_error;
}

/* Does err have a method `name` taking an interface and returning bool
 * (Is or As) that says yes for target? */
static bool ask_method(GoEface err, const char *name, GoMethodCache *cache, GoEface target) {
    const char *sig = strcmp(name, "Is") == 0 ? "func(error) bool" : "func(interface {}) bool";
    GoBool (*fn)(void *, GoEface) = (GoBool(*)(void *, GoEface))method_with(err.type, name, sig, cache);
    return fn && fn(err.data, target);
}

/* Walks err's chain (err, Unwrap(err), ...) for one equal to target or
 * whose Is method matches it.  == is tried only when target's dynamic
 * type is comparable; then it never panics, since values of different
 * types are unequal without looking at them. */
GoBool errors__Is(GoEface err, GoEface target) {
    static GoMethodCache cache;
    if (!target.type)
        return err.type == NULL;
    bool comparable = target.type->comparable;
    while (err.type) {
        if (comparable && rt_iface_equal(err, target))
            return true;
        if (ask_method(err, "Is", &cache, target))
            return true;
        err = errors__Unwrap(err);
    }
    return false;
}

/* Can a value of dynamic type t be stored in a variable of type want? */
static bool assignable(const GoType *t, const GoType *want) {
    if (want->kind == RT_KIND_INTERFACE)
        return rt_implements(t, want) == NULL;
    return rt_type_equal(t, want);
}

/* target is a non-nil pointer (in an interface: data points to a word
 * holding it) to an interface type or to a type implementing error; the
 * first error in err's chain assignable to that type is stored there. */
GoBool errors__As(GoEface err, GoEface target) {
    static GoMethodCache cache;
    if (!target.type)
        rt_panic_string(RT_STR("errors: target cannot be nil"));
    void *ptr = target.type->kind == RT_KIND_POINTER ? *(void **)target.data : NULL;
    if (!ptr)
        rt_panic_string(RT_STR("errors: target must be a non-nil pointer"));
    const GoType *want = target.type->elem;
    if (want->kind != RT_KIND_INTERFACE && rt_implements(want, &error_iface_type) != NULL)
        rt_panic_string(RT_STR("errors: *target must be interface or implement error"));
    while (err.type) {
        if (assignable(err.type, want)) {
            if (want->kind == RT_KIND_INTERFACE)
                *(GoEface *)ptr = err;
            else if (want->size > 0)
                memcpy(ptr, err.data, (size_t)want->size);
            return true;
        }
        if (ask_method(err, "As", &cache, target))
            return true;
        err = errors__Unwrap(err);
    }
    return false;
}
