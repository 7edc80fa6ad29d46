/*
 * test_runtime_panic.c — unit tests of panic, defer and recover
 * (runtime/rt_defer.c, runtime/rt_panic.c).
 *
 * The C here is written the way go2c's code generator emits a function
 * that defers: a context struct holds the frame pointer and the results, a
 * body function runs under rt_frame_run, and each `defer` registers a thunk
 * (a closure whose first word is its code).  Each test names the Go program
 * it mimics; every expected text was printed by that program under Go 1.19
 * (go build; ./prog 2>&1), up to the line "goroutine 1 [running]:".  Only the
 * pc in gc's "[signal SIGSEGV ...]" line differs: go2c prints pc=0x0.
 *
 * Deaths run in a child process (fork) whose exit status, stdout and stderr
 * the parent checks; the program's "stdout" here is a trace log that the
 * child writes to fd 1.
 */
#include <check.h>
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "go2c_rt.h"
#include "rt_internal.h"

/* ---- the trace log -------------------------------------------------------------- */

static char trace_buf[4096];

static void trace(const char *s) {
    size_t n = strlen(trace_buf);
    snprintf(trace_buf + n, sizeof trace_buf - n, "%s\n", s);
}

static void trace_reset(void) {
    trace_buf[0] = '\0';
}

/* The text of a value as fmt.Println would show the values used here. */
static GoString value_text(GoEface v) {
    if (!v.type)
        return RT_STR("<nil>");
    if (v.type == &rt_type_string)
        return *(const GoString *)v.data;
    for (GoInt i = 0; i < v.type->nmethods; i++)
        if (strcmp(v.type->methods[i].name, "Error") == 0)
            return ((GoString(*)(void *))v.type->methods[i].fn)(v.data);
    return (GoString){(const uint8_t *)v.type->name, (GoInt)strlen(v.type->name)};
}

/* Logs prefix + the value's text. */
static void trace_value(const char *prefix, GoEface v) {
    GoString t = value_text(v);
    char line[256];
    snprintf(line, sizeof line, "%s%.*s", prefix, (int)t.len, (const char *)t.ptr);
    trace(line);
}

static GoEface str_value(const char *s) {
    GoString *p = rt_alloc(sizeof *p);
    *p = (GoString){(const uint8_t *)s, (GoInt)strlen(s)};
    return (GoEface){&rt_type_string, p};
}

/* ---- thunks: the closures `defer` registers ---------------------------------------- */

/* A closure with one C string and one pointer of environment. */
typedef struct Thunk {
    void (*fn)(void);
    const char *text;
    void *ptr;
} Thunk;

static GoFunc *thunk(void (*code)(void *env), const char *text, void *ptr) {
    Thunk *t = rt_alloc(sizeof *t);
    t->fn = (void (*)(void))code;
    t->text = text;
    t->ptr = ptr;
    return (GoFunc *)t;
}

/* defer fmt.Println(text) */
static void log_code(void *env) {
    trace(((Thunk *)env)->text);
}
/* defer func() { fmt.Println(text, recover()) }() */
static void recover_code(void *env) {
    trace_value(((Thunk *)env)->text, rt_recover());
}
/* defer func() { panic(text) }() */
static void panic_code(void *env) {
    rt_panic(str_value(((Thunk *)env)->text));
}
/* defer func() { r := recover(); panic(r) }() */
static void repanic_code(void *env) {
    (void)env;
    rt_panic(rt_recover());
}
/* defer func() { recover(); panic(text) }() */
static void recover_then_panic_code(void *env) {
    rt_recover();
    rt_panic(str_value(((Thunk *)env)->text));
}
/* defer func() { fmt.Println(text, recover()); panic("again") }() */
static void recover_log_then_panic_code(void *env) {
    trace_value(((Thunk *)env)->text, rt_recover());
    rt_panic(str_value("again"));
}
/* defer func() { f() }() with f a C function */
static void call_code(void *env) {
    ((void (*)(void))((Thunk *)env)->ptr)();
}
/* defer func() { recover(); *r = 7 }() */
static void recover_set7_code(void *env) {
    rt_recover();
    *(GoInt *)((Thunk *)env)->ptr = 7;
}
/* defer func() { *r *= 2 }() */
static void double_code(void *env) {
    *(GoInt *)((Thunk *)env)->ptr *= 2;
}
/* defer func() { *r++ }() */
static void incr_code(void *env) {
    ++*(GoInt *)((Thunk *)env)->ptr;
}
/* defer func() { _ = p.x }() with p nil */
static void nil_deref_code(void *env) {
    (void)env;
    rt_nilcheck(NULL);
}

/* A function whose body runs fn under a frame after deferring the given
 * thunks in order: the shape of most Go functions in these tests. */
typedef struct Ctx {
    GoFrame *frame;
    GoFunc *defers[6];
    void (*fn)(void);
} Ctx;

static void ctx_body(void *env) {
    Ctx *c = env;
    for (int i = 0; i < 6 && c->defers[i]; i++)
        rt_defer(c->frame, c->defers[i]);
    if (c->fn)
        c->fn();
}

static void run_with_defers(void (*fn)(void), GoFunc *d0, GoFunc *d1, GoFunc *d2, GoFunc *d3) {
    GoFrame fr;
    Ctx c = {.frame = &fr, .defers = {d0, d1, d2, d3}, .fn = fn};
    rt_frame_run(&fr, ctx_body, &c);
}

static void panic_first(void) {
    rt_panic(str_value("first"));
}
static void panic_boom(void) {
    trace("body");
    rt_panic_string(RT_STR("boom"));
}

/* ---- child processes ------------------------------------------------------------------ */

typedef struct Child {
    int status;
    char out[8192], err[8192];
} Child;

static void slurp(FILE *f, char *buf, size_t size) {
    rewind(f);
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
}

/* Runs fn in a child with fd 2 redirected to a file and the trace log
 * written to fd 1 when fn returns or the process exits. */
static void write_trace(void) {
    rt_write_all(1, trace_buf, strlen(trace_buf));
}

static Child run_child(void (*fn)(void)) {
    Child c;
    FILE *out = tmpfile(), *err = tmpfile();
    ck_assert(out != NULL && err != NULL);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(fileno(out), 1);
        dup2(fileno(err), 2);
        trace_reset();
        atexit(write_trace);
        fn();
        exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    c.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    slurp(out, c.out, sizeof c.out);
    slurp(err, c.err, sizeof c.err);
    return c;
}

#define GOROUTINE "\ngoroutine 1 [running]:\n"

/* Checks a child that died of a panic. */
#define ck_died(fn, want_out, want_err)                                                   \
    do {                                                                                 \
        Child c_ = run_child(fn);                                                        \
        ck_assert_int_eq(c_.status, 2);                                                  \
        ck_assert_str_eq(c_.out, want_out);                                              \
        ck_assert_str_eq(c_.err, want_err);                                              \
    } while (0)

/* ---- defer and recover in-process ------------------------------------------------------- */

/* func f() { defer log("a"); defer log("b"); log("body") } */
static void log_body(void) {
    trace("body");
}
START_TEST(test_defer_lifo) {
    trace_reset();
    run_with_defers(log_body, thunk(log_code, "a", NULL), thunk(log_code, "b", NULL), NULL, NULL);
    ck_assert_str_eq(trace_buf, "body\nb\na\n");
}
END_TEST

/* func f() (r int) {
 *     defer func() { fmt.Println("d2 sees", recover()) }()
 *     defer func() { r *= 2 }()
 *     defer func() { recover(); r = 7 }()
 *     r = 1
 *     panic("x")
 * }
 * func g() (r int) { defer func() { r++ }(); return 10 }
 * Go prints "d2 sees <nil>" and then f(), g() are 14 11. */
typedef struct ResultCtx {
    GoFrame *frame;
    GoInt r;
} ResultCtx;

static void f_body(void *env) {
    ResultCtx *c = env;
    rt_defer(c->frame, thunk(recover_code, "d2 sees ", NULL));
    rt_defer(c->frame, thunk(double_code, NULL, &c->r));
    rt_defer(c->frame, thunk(recover_set7_code, NULL, &c->r));
    c->r = 1;
    rt_panic_string(RT_STR("x"));
}
static GoInt f_results(void) {
    GoFrame fr;
    ResultCtx c = {.frame = &fr};
    rt_frame_run(&fr, f_body, &c);
    return c.r;
}
static void g_body(void *env) {
    ResultCtx *c = env;
    rt_defer(c->frame, thunk(incr_code, NULL, &c->r));
    c->r = 10; /* return 10 */
}
static GoInt g_results(void) {
    GoFrame fr;
    ResultCtx c = {.frame = &fr};
    rt_frame_run(&fr, g_body, &c);
    return c.r;
}
START_TEST(test_recover_results) {
    trace_reset();
    ck_assert_int_eq(f_results(), 14);
    ck_assert_int_eq(g_results(), 11);
    ck_assert_str_eq(trace_buf, "d2 sees <nil>\n");
    /* the panic is over: recover outside any deferred call sees nothing */
    ck_assert_ptr_null(rt_recover().type);
}
END_TEST

/* recover() with no panic, and in a deferred call run by a normal return. */
START_TEST(test_recover_nil) {
    trace_reset();
    ck_assert_ptr_null(rt_recover().type);
    run_with_defers(log_body, thunk(recover_code, "rec: ", NULL), NULL, NULL, NULL);
    ck_assert_str_eq(trace_buf, "body\nrec: <nil>\n");
}
END_TEST

/* func inner() { defer log("inner-d"); log("body"); panic("boom") }
 * func outer() { defer func() { fmt.Println("rec:", recover()) }(); defer log("outer-d"); inner() }
 * func main() { outer(); log("after") } */
static void inner(void) {
    run_with_defers(panic_boom, thunk(log_code, "inner-d", NULL), NULL, NULL, NULL);
    trace("unreached");
}
START_TEST(test_nested_frames) {
    trace_reset();
    run_with_defers(inner, thunk(recover_code, "rec: ", NULL), thunk(log_code, "outer-d", NULL),
                    NULL, NULL);
    trace("after");
    ck_assert_str_eq(trace_buf, "body\ninner-d\nouter-d\nrec: boom\nafter\n");
}
END_TEST

/* func safeCall() { defer func() { fmt.Println("inner recovered:", recover()) }(); panic("inner") }
 * func main() {
 *     defer func() { fmt.Println("last:", recover()) }()
 *     defer func() { safeCall(); fmt.Println("after safeCall") }()
 *     panic("outer")
 * } */
static void panic_inner(void) {
    rt_panic(str_value("inner"));
}
static void safe_call(void) {
    run_with_defers(panic_inner, thunk(recover_code, "inner recovered: ", NULL), NULL, NULL,
                    NULL);
    trace("after safeCall");
}
static void panic_outer(void) {
    rt_panic(str_value("outer"));
}
START_TEST(test_panic_recovered_inside_deferred_call) {
    trace_reset();
    run_with_defers(panic_outer, thunk(recover_code, "last: ", NULL),
                    thunk(call_code, NULL, (void *)safe_call), NULL, NULL);
    ck_assert_str_eq(trace_buf, "inner recovered: inner\nafter safeCall\nlast: outer\n");
}
END_TEST

/* func withDefer() interface{} { defer func() {}(); return recover() }
 * func main() {
 *     defer func() { fmt.Println("got:", recover()) }()
 *     defer func() { defer func() {}(); fmt.Println("withDefer:", withDefer()) }()
 *     panic("p")
 * }
 * A function with its own defers called by a deferred function that defers
 * cannot recover.  (go2c's approximation: were the deferred function free
 * of defers, withDefer's recover would succeed; see rt_defer.c.) */
static void nothing_code(void *env) {
    (void)env;
}
typedef struct WithDeferCtx {
    GoFrame *frame;
    GoEface r;
} WithDeferCtx;
static void with_defer_body(void *env) {
    WithDeferCtx *c = env;
    rt_defer(c->frame, thunk(nothing_code, NULL, NULL));
    c->r = rt_recover();
}
static void with_defer(void) {
    GoFrame fr;
    WithDeferCtx c = {.frame = &fr};
    rt_frame_run(&fr, with_defer_body, &c);
    trace_value("withDefer: ", c.r);
}
static void deferred_with_defer_code(void *env) {
    (void)env;
    run_with_defers(with_defer, thunk(nothing_code, NULL, NULL), NULL, NULL, NULL);
}
static void panic_p(void) {
    rt_panic(str_value("p"));
}
START_TEST(test_recover_depth) {
    trace_reset();
    run_with_defers(panic_p, thunk(recover_code, "got: ", NULL),
                    thunk(deferred_with_defer_code, NULL, NULL), NULL, NULL);
    ck_assert_str_eq(trace_buf, "withDefer: <nil>\ngot: p\n");
}
END_TEST

/* Deferred calls run once each although two panics unwind the frame:
 *     defer func() { fmt.Println("rec:", recover()) }()
 *     defer log("d1"); defer func() { panic("second") }(); defer log("d3")
 *     panic("first")
 * prints d3, d1, rec: second; afterwards nothing is left in progress. */
START_TEST(test_defers_run_once) {
    trace_reset();
    GoFrame fr;
    Ctx c = {.frame = &fr,
             .defers = {thunk(recover_code, "rec: ", NULL), thunk(log_code, "d1", NULL),
                        thunk(panic_code, "second", NULL), thunk(log_code, "d3", NULL)},
             .fn = panic_first};
    rt_frame_run(&fr, ctx_body, &c);
    ck_assert_str_eq(trace_buf, "d3\nd1\nrec: second\n");
    ck_assert_ptr_null(fr.defers);
    ck_assert_ptr_null(rt_recover().type);
}
END_TEST

/* recover of panic(nil) returns nil but stops the panic (Go 1.19). */
static void panic_nil(void) {
    rt_panic((GoEface){NULL, NULL});
}
START_TEST(test_recover_panic_nil) {
    trace_reset();
    run_with_defers(panic_nil, thunk(recover_code, "r: ", NULL), NULL, NULL, NULL);
    trace("survived");
    ck_assert_str_eq(trace_buf, "r: <nil>\nsurvived\n");
}
END_TEST

/* A second recover of the same panic returns nil:
 *     defer func() { fmt.Println("r2:", recover()) }()
 *     defer func() { fmt.Println("r1:", recover(), recover()) }()
 *     panic("x")
 * prints "r1: x <nil>" and "r2: <nil>". */
static void recover_twice_code(void *env) {
    (void)env;
    GoEface a = rt_recover(), b = rt_recover();
    GoString ta = value_text(a), tb = value_text(b);
    char line[64];
    snprintf(line, sizeof line, "r1: %.*s %.*s", (int)ta.len, (const char *)ta.ptr,
             (int)tb.len, (const char *)tb.ptr);
    trace(line);
}
static void panic_x(void) {
    rt_panic(str_value("x"));
}
START_TEST(test_recover_twice) {
    trace_reset();
    run_with_defers(panic_x, thunk(recover_code, "r2: ", NULL),
                    thunk(recover_twice_code, NULL, NULL), NULL, NULL);
    ck_assert_str_eq(trace_buf, "r1: x <nil>\nr2: <nil>\n");
}
END_TEST

/* ---- recovered run-time errors: %T and Error() ---------------------------------------- */

typedef struct RuntimeCase {
    void (*fn)(void);
    const char *type;          /* fmt.Printf("%T", r) */
    const char *text;          /* r.(error).Error() */
} RuntimeCase;

static const GoType type_main_I = {.kind = RT_KIND_INTERFACE, .size = sizeof(GoEface),
                                   .name = "main.I", .named = true, .comparable = true,
                                   .has_pointers = true};
static const GoType type_main_J = {.kind = RT_KIND_INTERFACE, .size = sizeof(GoEface),
                                   .name = "main.J", .named = true, .comparable = true,
                                   .has_pointers = true};
static const GoType type_main_U = {.kind = RT_KIND_STRUCT, .name = "main.U", .named = true,
                                   .comparable = true};
static const GoType type_ptr_main_U = {.kind = RT_KIND_POINTER, .size = sizeof(void *),
                                       .name = "*main.U", .comparable = true,
                                       .has_pointers = true, .elem = &type_main_U};
static const GoType type_empty_iface = {.kind = RT_KIND_INTERFACE, .size = sizeof(GoEface),
                                        .name = "interface {}", .comparable = true,
                                        .has_pointers = true};
static const GoType type_int_slice = {.kind = RT_KIND_SLICE, .size = sizeof(GoSlice),
                                      .name = "[]int", .has_pointers = true,
                                      .elem = &rt_type_int};

static void rc_index(void) { rt_index(5, 3); }
static void rc_negindex(void) { rt_index(-1, 3); }
static void rc_strindex(void) { rt_string_index(RT_STR("abc"), 5); }
static void rc_div(void) { rt_div_i64(5, 0); }
static void rc_rem(void) { rt_rem_u8(5, 0); }
static void rc_shift(void) { rt_shift_count(-1); }
static void rc_nil(void) { rt_nilcheck(NULL); }
static void rc_nilmap(void) { rt_panic_nil_map(); }
static void rc_assert(void) { rt_panic_assert(&type_empty_iface, &rt_type_string, &rt_type_int, NULL); }
static void rc_assertnil(void) { rt_panic_assert(&type_empty_iface, NULL, &rt_type_int, NULL); }
static void rc_assertI(void) { rt_panic_assert(&type_empty_iface, &rt_type_string, &type_main_I, "M"); }
static void rc_assertnilI(void) { rt_panic_assert(&type_empty_iface, NULL, &type_main_I, NULL); }
static void rc_assertIface(void) { rt_panic_assert(&type_main_I, NULL, &type_main_U, NULL); }
static void rc_assertIface2(void) { rt_panic_assert(&type_main_I, &type_main_U, &type_ptr_main_U, NULL); }
static void rc_assertIJ(void) { rt_panic_assert(&type_main_I, &type_main_U, &type_main_J, "N"); }
static void rc_assertI2Jnil(void) { rt_panic_assert(&type_main_I, NULL, &type_main_J, NULL); }
static void rc_unhash(void) { rt_panic_unhashable(&type_int_slice); }
static void rc_uncomp(void) { rt_panic_uncomparable(&type_int_slice); }
static void rc_slice_acap(void) { rt_panic_bounds(RT_BOUNDS_SLICE_ACAP, 5, 3); }
static void rc_slice_b(void) { rt_panic_bounds(RT_BOUNDS_SLICE_B, 2, 1); }
static void rc_slice_alen(void) { rt_panic_bounds(RT_BOUNDS_SLICE_ALEN, 4, 3); }
static void rc_slice_neg(void) { rt_panic_bounds(RT_BOUNDS_SLICE_B, -1, 3); }
static void rc_slice3_b(void) { rt_panic_bounds(RT_BOUNDS_SLICE3_B, 3, 2); }
static void rc_slice3_c(void) { rt_panic_bounds(RT_BOUNDS_SLICE3_C, 2, 1); }
static void rc_slice3_acap(void) { rt_panic_bounds(RT_BOUNDS_SLICE3_ACAP, 9, 3); }
static void rc_convert(void) { rt_panic_bounds(RT_BOUNDS_CONVERT, 4, 3); }
static void rc_makeslice(void) { rt_panic_runtime("makeslice: len out of range"); }

/* Each from Go 1.19:
 *     defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }(); <the failing operation> */
static const RuntimeCase runtime_cases[] = {
    {rc_index, "runtime.boundsError", "runtime error: index out of range [5] with length 3"},
    {rc_negindex, "runtime.boundsError", "runtime error: index out of range [-1]"},
    {rc_strindex, "runtime.boundsError", "runtime error: index out of range [5] with length 3"},
    {rc_div, "runtime.errorString", "runtime error: integer divide by zero"},
    {rc_rem, "runtime.errorString", "runtime error: integer divide by zero"},
    {rc_shift, "runtime.errorString", "runtime error: negative shift amount"},
    {rc_nil, "runtime.errorString",
     "runtime error: invalid memory address or nil pointer dereference"},
    {rc_nilmap, "runtime.plainError", "assignment to entry in nil map"},
    {rc_assert, "*runtime.TypeAssertionError",
     "interface conversion: interface {} is string, not int"},
    {rc_assertnil, "*runtime.TypeAssertionError",
     "interface conversion: interface {} is nil, not int"},
    {rc_assertI, "*runtime.TypeAssertionError",
     "interface conversion: string is not main.I: missing method M"},
    {rc_assertnilI, "*runtime.TypeAssertionError",
     "interface conversion: interface is nil, not main.I"},
    {rc_assertIface, "*runtime.TypeAssertionError",
     "interface conversion: main.I is nil, not main.U"},
    {rc_assertIface2, "*runtime.TypeAssertionError",
     "interface conversion: main.I is main.U, not *main.U"},
    {rc_assertIJ, "*runtime.TypeAssertionError",
     "interface conversion: main.U is not main.J: missing method N"},
    {rc_assertI2Jnil, "*runtime.TypeAssertionError",
     "interface conversion: interface is nil, not main.J"},
    {rc_unhash, "runtime.errorString", "runtime error: hash of unhashable type []int"},
    {rc_uncomp, "runtime.errorString", "runtime error: comparing uncomparable type []int"},
    {rc_slice_acap, "runtime.boundsError",
     "runtime error: slice bounds out of range [:5] with capacity 3"},
    {rc_slice_b, "runtime.boundsError", "runtime error: slice bounds out of range [2:1]"},
    {rc_slice_alen, "runtime.boundsError",
     "runtime error: slice bounds out of range [:4] with length 3"},
    {rc_slice_neg, "runtime.boundsError", "runtime error: slice bounds out of range [-1:]"},
    {rc_slice3_b, "runtime.boundsError", "runtime error: slice bounds out of range [:3:2]"},
    {rc_slice3_c, "runtime.boundsError", "runtime error: slice bounds out of range [2:1:]"},
    {rc_slice3_acap, "runtime.boundsError",
     "runtime error: slice bounds out of range [::9] with capacity 3"},
    {rc_convert, "runtime.boundsError",
     "runtime error: cannot convert slice with length 3 to pointer to array with length 4"},
    {rc_makeslice, "runtime.errorString", "runtime error: makeslice: len out of range"},
};

typedef struct CatchCtx {
    GoFrame *frame;
    void (*fn)(void);
    GoEface r;
} CatchCtx;
static void catch_code(void *env) {
    *(GoEface *)((Thunk *)env)->ptr = rt_recover();
}
static void catch_body(void *env) {
    CatchCtx *c = env;
    rt_defer(c->frame, thunk(catch_code, NULL, &c->r));
    c->fn();
}
/* func catch(f func()) (r interface{}) { defer func() { r = recover() }(); f(); return } */
static GoEface catch(void (*fn)(void)) {
    GoFrame fr;
    CatchCtx c = {.frame = &fr, .fn = fn};
    rt_frame_run(&fr, catch_body, &c);
    return c.r;
}

START_TEST(test_runtime_errors_recovered) {
    const RuntimeCase *rc = &runtime_cases[_i];
    GoEface r = catch(rc->fn);
    ck_assert_ptr_nonnull(r.type);
    ck_assert_str_eq(r.type->name, rc->type);
    /* the method set has Error and the RuntimeError marker, sorted */
    ck_assert_int_eq(r.type->nmethods, 2);
    ck_assert_str_eq(r.type->methods[0].name, "Error");
    ck_assert_str_eq(r.type->methods[1].name, "RuntimeError");
    GoString text = ((GoString(*)(void *))r.type->methods[0].fn)(r.data);
    ck_assert_int_eq(text.len, (GoInt)strlen(rc->text));
    ck_assert(memcmp(text.ptr, rc->text, strlen(rc->text)) == 0);
}
END_TEST

/* ---- fatal panics: the printed chain ------------------------------------------------------ */

/* func main() { defer log("d1"); defer func() { panic("second") }(); defer log("d3"); panic("first") } */
static void chain_in_defer(void) {
    run_with_defers(panic_first, thunk(log_code, "d1", NULL), thunk(panic_code, "second", NULL),
                    thunk(log_code, "d3", NULL), NULL);
}
/* func main() { defer func() { r := recover(); panic(r) }(); panic("first") } */
static void chain_repanic(void) {
    run_with_defers(panic_first, thunk(repanic_code, NULL, NULL), NULL, NULL, NULL);
}
/* func main() { defer func() { recover(); panic("after") }(); panic("first") } */
static void chain_after_recover(void) {
    run_with_defers(panic_first, thunk(recover_then_panic_code, "after", NULL), NULL, NULL, NULL);
}
/* func f() { defer func() { recover() }(); panic("first") }
 * func main() { f(); panic("later") } */
static void recover_quietly_code(void *env) {
    (void)env;
    rt_recover();
}
static void chain_later(void) {
    run_with_defers(panic_first, thunk(recover_quietly_code, NULL, NULL), NULL, NULL, NULL);
    rt_panic(str_value("later"));
}
/* func main() { defer func() { panic("third") }(); defer func() { panic("second") }(); panic("first") } */
static void chain_three(void) {
    run_with_defers(panic_first, thunk(panic_code, "third", NULL),
                    thunk(panic_code, "second", NULL), NULL, NULL);
}
/* func main() {
 *     defer func() { fmt.Println("outer", recover()); panic("again") }()
 *     defer func() { panic("second") }()
 *     panic("first")
 * } */
static void chain_recovered_middle(void) {
    run_with_defers(panic_first, thunk(recover_log_then_panic_code, "outer ", NULL),
                    thunk(panic_code, "second", NULL), NULL, NULL);
}
/* safeCall as above, without the last recover: only "outer" is printed. */
static void chain_safe_call(void) {
    run_with_defers(panic_outer, thunk(call_code, NULL, (void *)safe_call), NULL, NULL, NULL);
}
/* func main() { defer func() { defer func() { fmt.Println("nested:", recover()) }() }(); panic("x") } */
static void nested_recover_code(void *env) {
    (void)env;
    run_with_defers(NULL, thunk(recover_code, "nested: ", NULL), NULL, NULL, NULL);
}
static void chain_nested_recover(void) {
    run_with_defers(panic_x, thunk(nested_recover_code, NULL, NULL), NULL, NULL, NULL);
}

START_TEST(test_fatal_chains) {
    ck_died(chain_in_defer, "d3\nd1\n", "panic: first\n\tpanic: second\n" GOROUTINE);
    ck_died(chain_repanic, "", "panic: first [recovered]\n\tpanic: first\n" GOROUTINE);
    ck_died(chain_after_recover, "", "panic: first [recovered]\n\tpanic: after\n" GOROUTINE);
    ck_died(chain_later, "", "panic: later\n" GOROUTINE);
    ck_died(chain_three, "", "panic: first\n\tpanic: second\n\tpanic: third\n" GOROUTINE);
    ck_died(chain_recovered_middle, "outer second\n",
            "panic: first\n\tpanic: second [recovered]\n\tpanic: again\n" GOROUTINE);
    ck_died(chain_safe_call, "inner recovered: inner\nafter safeCall\n",
            "panic: outer\n" GOROUTINE);
    ck_died(chain_nested_recover, "nested: <nil>\n", "panic: x\n" GOROUTINE);
}
END_TEST

/* The signal line of a nil dereference (gc's pc differs; go2c prints 0x0). */
#define SIGSEGV_LINE "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n"
#define NIL_DEREF "runtime error: invalid memory address or nil pointer dereference"

/* func main() { fmt.Println("before"); _ = p.x } */
static void fault_plain(void) {
    trace("before");
    rt_nilcheck(NULL);
}
/* func main() { defer func() { panic("in defer") }(); _ = p.x } */
static void fault_then_panic(void) {
    run_with_defers(fault_plain, thunk(panic_code, "in defer", NULL), NULL, NULL, NULL);
}
/* func main() { defer func() { r := recover(); panic(r) }(); _ = p.x } */
static void fault_repanic(void) {
    run_with_defers(fault_plain, thunk(repanic_code, NULL, NULL), NULL, NULL, NULL);
}
/* func main() { defer func() { _ = p.x }(); panic("first") } */
static void panic_then_fault(void) {
    run_with_defers(panic_first, thunk(nil_deref_code, NULL, NULL), NULL, NULL, NULL);
}
/* func f() { defer func() { recover() }(); _ = p.x }
 * func main() { f(); panic("later") }: the recovered fault leaves no signal line */
static void fault_recovered(void) {
    run_with_defers(fault_plain, thunk(recover_quietly_code, NULL, NULL), NULL, NULL, NULL);
    rt_panic(str_value("later"));
}
/* defer func() { r := recover(); panic(r) }(); _ = s[5] (len 3) */
static void index_repanic_body(void) {
    rt_index(5, 3);
}
static void index_repanic(void) {
    run_with_defers(index_repanic_body, thunk(repanic_code, NULL, NULL), NULL, NULL, NULL);
}

START_TEST(test_fatal_faults) {
    ck_died(fault_plain, "before\n", "panic: " NIL_DEREF "\n" SIGSEGV_LINE GOROUTINE);
    ck_died(fault_then_panic, "before\n",
            "panic: " NIL_DEREF "\n\tpanic: in defer\n" SIGSEGV_LINE GOROUTINE);
    ck_died(fault_repanic, "before\n",
            "panic: " NIL_DEREF " [recovered]\n\tpanic: " NIL_DEREF "\n" SIGSEGV_LINE GOROUTINE);
    ck_died(panic_then_fault, "", "panic: first\n\tpanic: " NIL_DEREF "\n" SIGSEGV_LINE GOROUTINE);
    ck_died(fault_recovered, "before\n", "panic: later\n" GOROUTINE);
    ck_died(index_repanic, "",
            "panic: runtime error: index out of range [5] with length 3 [recovered]\n"
            "\tpanic: runtime error: index out of range [5] with length 3\n" GOROUTINE);
}
END_TEST

/* ---- fatal panics: how values print --------------------------------------------------------- */

static GoString st_string(void *recv) {
    (void)recv;
    return RT_STR("i am stringer");
}
static GoString er_error(void *recv) {
    (void)recv;
    return RT_STR("i am error");
}
static GoString both_error(void *recv) {
    (void)recv;
    return RT_STR("err wins");
}
static GoString both_string(void *recv) {
    (void)recv;
    return RT_STR("str");
}
static GoString bad_error(void *recv) {
    (void)recv;
    rt_panic(str_value("inner"));
}
static const GoMethod st_methods[] = {{"String", (void (*)(void))st_string}};
static const GoMethod er_methods[] = {{"Error", (void (*)(void))er_error}};
static const GoMethod both_methods[] = {{"Error", (void (*)(void))both_error},
                                        {"String", (void (*)(void))both_string}};
static const GoMethod bad_methods[] = {{"Error", (void (*)(void))bad_error}};

typedef struct { GoInt x; } main__T;
static const GoType type_E = {.kind = RT_KIND_INT, .size = 8, .name = "main.E", .named = true};
static const GoType type_S = {.kind = RT_KIND_STRING, .size = sizeof(GoString), .name = "main.S", .named = true};
static const GoType type_F = {.kind = RT_KIND_FLOAT64, .size = 8, .name = "main.F", .named = true};
static const GoType type_C = {.kind = RT_KIND_COMPLEX128, .size = 16, .name = "main.C", .named = true};
static const GoType type_B = {.kind = RT_KIND_BOOL, .size = 1, .name = "main.B", .named = true};
static const GoType type_T = {.kind = RT_KIND_STRUCT, .size = 8, .name = "main.T", .named = true};
static const GoType type_ptr_T = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.T", .elem = &type_T};
static const GoType type_St = {.kind = RT_KIND_STRUCT, .name = "main.St", .named = true,
                               .methods = st_methods, .nmethods = 1};
static const GoType type_Er = {.kind = RT_KIND_STRUCT, .name = "main.Er", .named = true};
static const GoType type_ptr_Er = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.Er",
                                   .elem = &type_Er, .methods = er_methods, .nmethods = 1};
static const GoType type_Both = {.kind = RT_KIND_INT, .size = 8, .name = "main.Both", .named = true,
                                 .methods = both_methods, .nmethods = 2};
static const GoType type_Bad = {.kind = RT_KIND_STRUCT, .name = "main.Bad", .named = true,
                                .methods = bad_methods, .nmethods = 1};

static void die_with(const GoType *t, const void *value, size_t size) {
    void *p = rt_alloc(size ? size : 1);
    memcpy(p, value, size);
    rt_panic((GoEface){t, p});
}
static void v_E(void) { die_with(&type_E, &(GoInt){3}, 8); }
static void v_S(void) { die_with(&type_S, &RT_STR("txt"), sizeof(GoString)); }
static void v_F(void) { die_with(&type_F, &(GoFloat64){1.5}, 8); }
static void v_f(void) { die_with(&rt_type_float64, &(GoFloat64){1.5}, 8); }
static void v_f32(void) { die_with(&rt_type_float32, &(GoFloat32){-2.25f}, 4); }
static void v_C(void) { die_with(&type_C, &(GoComplex128){1, 2}, 16); }
static void v_c(void) { die_with(&rt_type_complex128, &(GoComplex128){1, -2}, 16); }
static void v_B(void) { die_with(&type_B, &(GoBool){true}, 1); }
static void v_b(void) { die_with(&rt_type_bool, &(GoBool){false}, 1); }
static void v_u8(void) { die_with(&rt_type_uint8, &(GoUint8){200}, 1); }
static void v_int(void) { die_with(&rt_type_int, &(GoInt){-42}, 8); }
static void v_st(void) { die_with(&type_St, "", 0); }
static void v_er(void) { die_with(&type_ptr_Er, &(void *){rt_alloc(1)}, sizeof(void *)); }
static void v_both(void) { die_with(&type_Both, &(GoInt){1}, 8); }
static void v_nil(void) { rt_panic((GoEface){NULL, NULL}); }
static void v_bad(void) { die_with(&type_Bad, "", 0); }
static void v_nil_map(void) { rt_panic_nil_map(); }
static void v_assert(void) { rc_assert(); }
static void v_string(void) { rt_panic_string(RT_STR("boom")); }

START_TEST(test_fatal_values) {
    ck_died(v_E, "", "panic: main.E(3)\n" GOROUTINE);
    ck_died(v_S, "", "panic: main.S(\"txt\")\n" GOROUTINE);
    ck_died(v_F, "", "panic: main.F(+1.500000e+000)\n" GOROUTINE);
    ck_died(v_f, "", "panic: +1.500000e+000\n" GOROUTINE);
    ck_died(v_f32, "", "panic: -2.250000e+000\n" GOROUTINE);
    ck_died(v_C, "", "panic: main.C(+1.000000e+000+2.000000e+000i)\n" GOROUTINE);
    ck_died(v_c, "", "panic: (+1.000000e+000-2.000000e+000i)\n" GOROUTINE);
    ck_died(v_B, "", "panic: main.B(true)\n" GOROUTINE);
    ck_died(v_b, "", "panic: false\n" GOROUTINE);
    ck_died(v_u8, "", "panic: 200\n" GOROUTINE);
    ck_died(v_int, "", "panic: -42\n" GOROUTINE);
    ck_died(v_st, "", "panic: i am stringer\n" GOROUTINE);
    ck_died(v_er, "", "panic: i am error\n" GOROUTINE);
    ck_died(v_both, "", "panic: err wins\n" GOROUTINE);
    ck_died(v_nil, "", "panic: nil\n" GOROUTINE);
    ck_died(v_bad, "", "fatal error: panic while printing panic value: inner\n" GOROUTINE);
    ck_died(v_nil_map, "", "panic: assignment to entry in nil map\n" GOROUTINE);
    ck_died(v_assert, "", "panic: interface conversion: interface {} is string, not int\n" GOROUTINE);
    ck_died(v_string, "", "panic: boom\n" GOROUTINE);
}
END_TEST

/* Addresses differ from run to run; only the shape is checked:
 * panic(T{1}) prints "panic: (main.T) 0x4e7908", panic(&T{1}) "(*main.T) 0xc0000a2000". */
static main__T *the_t;
static void v_T(void) { die_with(&type_T, &(main__T){1}, sizeof(main__T)); }
static void v_ptr_T(void) {
    the_t = rt_alloc(sizeof *the_t);
    die_with(&type_ptr_T, &the_t, sizeof the_t);
}
START_TEST(test_fatal_addresses) {
    Child c = run_child(v_T);
    ck_assert_int_eq(c.status, 2);
    ck_assert_msg(strncmp(c.err, "panic: (main.T) 0x", 18) == 0, "got %s", c.err);
    c = run_child(v_ptr_T);
    ck_assert_int_eq(c.status, 2);
    char want[64];
    the_t = NULL;
    /* the child's pointer is unknown here, but it is a heap address, not
     * the address of the word holding it: both are non-zero, so check the form */
    snprintf(want, sizeof want, "panic: (*main.T) 0x");
    ck_assert_msg(strncmp(c.err, want, strlen(want)) == 0, "got %s", c.err);
    ck_assert(strstr(c.err, GOROUTINE) != NULL);
}
END_TEST

/* An unrecovered panic exits with status 2 (Check's own exit test). */
START_TEST(test_exit_status) {
    FILE *quiet = tmpfile(); /* keep the panic text off the test log */
    ck_assert(quiet != NULL);
    dup2(fileno(quiet), 2);
    chain_in_defer();
}
END_TEST

static Suite *panic_suite(void) {
    Suite *s = suite_create("runtime_panic");
    TCase *tc = tcase_create("defer");
    tcase_add_test(tc, test_defer_lifo);
    tcase_add_test(tc, test_recover_results);
    tcase_add_test(tc, test_recover_nil);
    tcase_add_test(tc, test_nested_frames);
    tcase_add_test(tc, test_panic_recovered_inside_deferred_call);
    tcase_add_test(tc, test_recover_depth);
    tcase_add_test(tc, test_defers_run_once);
    tcase_add_test(tc, test_recover_panic_nil);
    tcase_add_test(tc, test_recover_twice);
    suite_add_tcase(s, tc);

    tc = tcase_create("runtime_errors");
    tcase_add_loop_test(tc, test_runtime_errors_recovered, 0,
                        (int)(sizeof runtime_cases / sizeof runtime_cases[0]));
    suite_add_tcase(s, tc);

    tc = tcase_create("fatal");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_fatal_chains);
    tcase_add_test(tc, test_fatal_faults);
    tcase_add_test(tc, test_fatal_values);
    tcase_add_test(tc, test_fatal_addresses);
    tcase_add_exit_test(tc, test_exit_status, 2);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    GC_INIT();
    SRunner *sr = srunner_create(panic_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
