/*
 * test_runtime_core.c — unit tests of the runtime's core data operations:
 * type descriptors and interfaces (rt_iface.c), equality and hashing,
 * slices (rt_slice.c), maps (rt_map.c) and string conversions.
 *
 * The descriptors below are built by hand the way generated code will emit
 * them, for a few small Go types of a pretend package main.  Every
 * expectation about Go's behaviour (append capacities, panic messages) was
 * printed by Go 1.19 itself with small programs (go run).  Panics end the
 * process, so they run in a child process whose exit status (2) and stderr
 * are checked.
 */
#include <check.h>
#include <gc.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "go2c_rt.h"
#include "rt_internal.h"

/* ---- helpers ------------------------------------------------------------------ */

static GoString gs(const char *s) {
    return (GoString){(const uint8_t *)s, (GoInt)strlen(s)};
}

/* Runs fn in a child with stderr in a temporary file; returns the exit
 * status and what the child wrote to stderr. */
static int run_child(void (*fn)(void), char *err, size_t size) {
    FILE *f = tmpfile();
    ck_assert_ptr_nonnull(f);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(fileno(f), 2);
        fn();
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    rewind(f);
    size_t n = fread(err, 1, size - 1, f);
    err[n] = '\0';
    fclose(f);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* ---- descriptors of a few Go types ------------------------------------------------
 *
 *   type P struct { X int; Y string; _ int32; F float64 }
 *   type Shape interface { Area() float64; Name() string }
 *   type Sq struct { S float64 }      // Area, Name, Scale
 *   type Tri struct { B, H float64 }  // Area only
 */
typedef struct main__P {
    GoInt X;
    GoString Y;
    GoInt32 blank__0;
    GoFloat64 F;
} main__P;

static const GoField p_fields[] = {
    {"X", &rt_type_int, offsetof(main__P, X), false},
    {"Y", &rt_type_string, offsetof(main__P, Y), false},
    {"_", &rt_type_int32, offsetof(main__P, blank__0), false},
    {"F", &rt_type_float64, offsetof(main__P, F), false},
};
static const GoType type_P = {.kind = RT_KIND_STRUCT, .size = sizeof(main__P), .name = "lib.P",
                              .named = true, .comparable = true, .has_pointers = true,
                              .fields = p_fields, .nfields = 4};
/* The same library type as another C file would describe it (the
 * user's package, one C file, describes each of its types once). */
static const GoType type_P_again = {.kind = RT_KIND_STRUCT, .size = sizeof(main__P),
                                    .name = "lib.P", .named = true, .comparable = true,
                                    .has_pointers = true, .fields = p_fields, .nfields = 4};

typedef struct main__Sq { GoFloat64 S; } main__Sq;
typedef struct main__Tri { GoFloat64 B, H; } main__Tri;

static GoFloat64 sq_area(void *recv) {
    const main__Sq *s = recv;
    return s->S * s->S;
}
static GoString sq_name(void *recv) {
    (void)recv;
    return RT_STR("square");
}
static void sq_scale(void *recv, GoFloat64 k) {
    ((main__Sq *)recv)->S *= k;
}
static GoFloat64 tri_area(void *recv) {
    const main__Tri *t = recv;
    return t->B * t->H / 2;
}

static const GoMethod sq_methods[] = {
    {"Area", (void (*)(void))sq_area},
    {"Name", (void (*)(void))sq_name},
    {"Scale", (void (*)(void))sq_scale},
};
static const GoMethod tri_methods[] = {{"Area", (void (*)(void))tri_area}};
static const GoType type_Sq = {.kind = RT_KIND_STRUCT, .size = sizeof(main__Sq),
                               .name = "main.Sq", .named = true, .comparable = true,
                               .methods = sq_methods, .nmethods = 3};
static const GoType type_Tri = {.kind = RT_KIND_STRUCT, .size = sizeof(main__Tri),
                                .name = "main.Tri", .named = true, .comparable = true,
                                .methods = tri_methods, .nmethods = 1};
static const char *const shape_imethods[] = {"Area", "Name"};
static const GoType type_Shape = {.kind = RT_KIND_INTERFACE, .size = sizeof(GoEface),
                                  .name = "main.Shape", .named = true, .comparable = true,
                                  .has_pointers = true, .imethods = shape_imethods,
                                  .nimethods = 2};
static const GoType type_any = {.kind = RT_KIND_INTERFACE, .size = sizeof(GoEface),
                                .name = "interface {}", .comparable = true, .has_pointers = true};

/* Unnamed composite types, some described twice. */
static const GoType type_ints = {.kind = RT_KIND_SLICE, .size = sizeof(GoSlice), .name = "[]int",
                                 .has_pointers = true, .elem = &rt_type_int};
static const GoType type_ints2 = {.kind = RT_KIND_SLICE, .size = sizeof(GoSlice), .name = "[]int",
                                  .has_pointers = true, .elem = &rt_type_int};
static const GoType type_strs = {.kind = RT_KIND_SLICE, .size = sizeof(GoSlice),
                                 .name = "[]string", .has_pointers = true,
                                 .elem = &rt_type_string};
typedef struct { GoString a[3]; } Array3_GoString;
static const GoType type_arr3 = {.kind = RT_KIND_ARRAY, .size = sizeof(Array3_GoString),
                                 .name = "[3]string", .comparable = true, .has_pointers = true,
                                 .elem = &rt_type_string, .len = 3};
static const GoType type_arr3_again = {.kind = RT_KIND_ARRAY, .size = sizeof(Array3_GoString),
                                       .name = "[3]string", .comparable = true,
                                       .has_pointers = true, .elem = &rt_type_string, .len = 3};
typedef struct { GoEface a[1]; } Array1_GoEface;
static const GoType type_arr1_any = {.kind = RT_KIND_ARRAY, .size = sizeof(Array1_GoEface),
                                     .name = "[1]interface {}", .comparable = true,
                                     .has_pointers = true, .elem = &type_any, .len = 1};

/* struct { X int } twice, and struct { Y int } */
typedef struct { GoInt X; } AnonX;
static const GoField anon_x_fields[] = {{"X", &rt_type_int, 0, false}};
static const GoField anon_y_fields[] = {{"Y", &rt_type_int, 0, false}};
static const GoType type_anon_x = {.kind = RT_KIND_STRUCT, .size = sizeof(AnonX),
                                   .name = "struct { X int }", .comparable = true,
                                   .fields = anon_x_fields, .nfields = 1};
static const GoType type_anon_x2 = {.kind = RT_KIND_STRUCT, .size = sizeof(AnonX),
                                    .name = "struct { X int }", .comparable = true,
                                    .fields = anon_x_fields, .nfields = 1};
static const GoType type_anon_y = {.kind = RT_KIND_STRUCT, .size = sizeof(AnonX),
                                   .name = "struct { Y int }", .comparable = true,
                                   .fields = anon_y_fields, .nfields = 1};

/* struct { N int; A interface{} } — comparable, but panics at run time
 * when A holds a slice and N is equal. */
typedef struct { GoInt N; GoEface A; } WithAny;
static const GoField with_any_fields[] = {
    {"N", &rt_type_int, offsetof(WithAny, N), false},
    {"A", &type_any, offsetof(WithAny, A), false},
};
static const GoType type_with_any = {.kind = RT_KIND_STRUCT, .size = sizeof(WithAny),
                                     .name = "struct { N int; A interface {} }",
                                     .comparable = true, .has_pointers = true,
                                     .fields = with_any_fields, .nfields = 2};
/* struct { A interface{}; N int } — the interface is compared first */
typedef struct { GoEface A; GoInt N; } AnyFirst;
static const GoField any_first_fields[] = {
    {"A", &type_any, offsetof(AnyFirst, A), false},
    {"N", &rt_type_int, offsetof(AnyFirst, N), false},
};
static const GoType type_any_first = {.kind = RT_KIND_STRUCT, .size = sizeof(AnyFirst),
                                      .name = "struct { A interface {}; N int }",
                                      .comparable = true, .has_pointers = true,
                                      .fields = any_first_fields, .nfields = 2};
/* struct { s []int } — not comparable */
static const GoField with_slice_fields[] = {{"s", &type_ints, 0, false}};
static const GoType type_with_slice = {.kind = RT_KIND_STRUCT, .size = sizeof(GoSlice),
                                       .name = "struct { s []int }", .has_pointers = true,
                                       .fields = with_slice_fields, .nfields = 1};

/* A named int: same kind as int but a different type. */
static const GoType type_myint = {.kind = RT_KIND_INT, .size = sizeof(GoInt), .name = "main.MyInt",
                                  .named = true, .comparable = true};

/* Map types */
static const GoType map_string_int = {.kind = RT_KIND_MAP, .size = sizeof(void *),
                                      .name = "map[string]int", .has_pointers = true,
                                      .key = &rt_type_string, .elem = &rt_type_int};
static const GoType map_P_int = {.kind = RT_KIND_MAP, .size = sizeof(void *), .name = "map[main.P]int",
                                 .has_pointers = true, .key = &type_P, .elem = &rt_type_int};
static const GoType map_any_int = {.kind = RT_KIND_MAP, .size = sizeof(void *),
                                   .name = "map[interface {}]int", .has_pointers = true,
                                   .key = &type_any, .elem = &rt_type_int};
static const GoType map_f64_int = {.kind = RT_KIND_MAP, .size = sizeof(void *),
                                   .name = "map[float64]int", .has_pointers = true,
                                   .key = &rt_type_float64, .elem = &rt_type_int};
static const GoType map_int_int = {.kind = RT_KIND_MAP, .size = sizeof(void *),
                                   .name = "map[int]int", .has_pointers = true,
                                   .key = &rt_type_int, .elem = &rt_type_int};
static const GoType map_arr3_P = {.kind = RT_KIND_MAP, .size = sizeof(void *),
                                  .name = "map[[3]string]main.P", .has_pointers = true,
                                  .key = &type_arr3, .elem = &type_P};

/* ---- type identity, methods ---------------------------------------------------------- */

START_TEST(test_type_equal) {
    ck_assert(rt_type_equal(&type_P, &type_P));
    ck_assert(rt_type_equal(&type_P, &type_P_again));
    ck_assert(rt_type_equal(&type_ints, &type_ints2));
    ck_assert(!rt_type_equal(&type_ints, &type_strs));
    ck_assert(rt_type_equal(&type_arr3, &type_arr3_again));
    ck_assert(rt_type_equal(&type_anon_x, &type_anon_x2));
    ck_assert(!rt_type_equal(&type_anon_x, &type_anon_y));
    ck_assert(!rt_type_equal(&type_myint, &rt_type_int));
    ck_assert(!rt_type_equal(&type_Sq, &type_Tri));
    ck_assert(!rt_type_equal(&type_P, NULL));
    ck_assert(rt_type_equal(NULL, NULL));
}
END_TEST

START_TEST(test_methods) {
    GoMethodCache cache = {0};
    GoFloat64 (*area)(void *) = (GoFloat64(*)(void *))rt_method(&type_Sq, "Area", &cache);
    ck_assert_ptr_eq(cache.type, &type_Sq);
    main__Sq sq = {3};
    ck_assert(area(&sq) == 9);
    /* the cache answers for the same type, and is replaced for another */
    ck_assert_ptr_eq(rt_method(&type_Sq, "Area", &cache), (void (*)(void))sq_area);
    ck_assert_ptr_eq(rt_method(&type_Tri, "Area", &cache), (void (*)(void))tri_area);
    ck_assert_ptr_eq(cache.type, &type_Tri);
    ck_assert_ptr_eq(rt_method(&type_Sq, "Scale", NULL), (void (*)(void))sq_scale);
    ck_assert_ptr_eq(rt_method(&type_Sq, "Name", NULL), (void (*)(void))sq_name);
    ck_assert_ptr_null(rt_method(&type_Sq, "Perimeter", NULL));
    ck_assert_ptr_null(rt_method(&type_Sq, "A", NULL));
    ck_assert_ptr_null(rt_method(&rt_type_int, "Area", NULL));

    /* a call through an interface: the method gets the data pointer */
    GoEface shape = rt_box(&type_Sq, &sq);
    GoMethodCache c2 = {0};
    void (*scale)(void *, GoFloat64) =
        (void (*)(void *, GoFloat64))rt_imethod(shape, "Scale", &c2);
    scale(shape.data, 2);
    ck_assert(((main__Sq *)shape.data)->S == 6);
    ck_assert(sq.S == 3); /* the interface holds a copy */

    ck_assert_ptr_null(rt_implements(&type_Sq, &type_Shape));
    ck_assert_str_eq(rt_implements(&type_Tri, &type_Shape), "Name");
    ck_assert_str_eq(rt_implements(&rt_type_int, &type_Shape), "Area");
    ck_assert_ptr_null(rt_implements(&rt_type_int, &type_any));
}
END_TEST

START_TEST(test_assert) {
    main__Sq sq = {2};
    main__Tri tri = {3, 4};
    GoEface s = rt_box(&type_Sq, &sq), t = rt_box(&type_Tri, &tri), nil = {NULL, NULL};
    ck_assert(rt_is_type(s, &type_Sq));
    ck_assert(!rt_is_type(s, &type_Tri));
    ck_assert(!rt_is_type(nil, &type_Sq));
    ck_assert(rt_is_iface(s, &type_Shape));
    ck_assert(!rt_is_iface(t, &type_Shape));
    ck_assert(!rt_is_iface(nil, &type_any));
    ck_assert(rt_is_iface(t, &type_any));
    ck_assert_ptr_eq(rt_assert_type(s, &type_any, &type_Sq), s.data);
    GoEface again = rt_assert_iface(s, &type_any, &type_Shape);
    ck_assert_ptr_eq(again.type, s.type);
    ck_assert_ptr_eq(again.data, s.data);
    /* identical types from different descriptors */
    main__P p = {1, RT_STR("a"), 0, 2.5};
    GoEface pe = rt_box(&type_P, &p);
    ck_assert(rt_is_type(pe, &type_P_again));
}
END_TEST

START_TEST(test_box) {
    GoInt v = 42;
    GoEface e = rt_box(&rt_type_int, &v);
    v = 7;
    ck_assert_ptr_eq(e.type, &rt_type_int);
    ck_assert_int_eq(*(GoInt *)e.data, 42);
    static const GoType empty = {.kind = RT_KIND_STRUCT, .size = 0, .name = "struct {}",
                                 .comparable = true};
    GoEface z = rt_box(&empty, NULL);
    ck_assert_ptr_nonnull(z.data);
    main__P p = {1, RT_STR("xyz"), 0, 1.5};
    GoEface pe = rt_box(&type_P, &p);
    ck_assert(rt_equal(&type_P, pe.data, &p));
}
END_TEST

/* ---- equality and hashing ----------------------------------------------------------- */

static GoEface box_int(GoInt v) {
    return rt_box(&rt_type_int, &v);
}

START_TEST(test_equal_basic) {
    GoInt a = 5, b = 5, c = 6;
    ck_assert(rt_equal(&rt_type_int, &a, &b));
    ck_assert(!rt_equal(&rt_type_int, &a, &c));
    double nan = NAN, pz = 0.0, nz = -0.0, one = 1;
    ck_assert(!rt_equal(&rt_type_float64, &nan, &nan));
    ck_assert(rt_equal(&rt_type_float64, &pz, &nz));
    ck_assert(!rt_equal(&rt_type_float64, &pz, &one));
    float fn = NAN, fp = 0.0f, fm = -0.0f;
    ck_assert(!rt_equal(&rt_type_float32, &fn, &fn));
    ck_assert(rt_equal(&rt_type_float32, &fp, &fm));
    GoComplex128 z1 = {1, -0.0}, z2 = {1, 0.0}, z3 = {1, NAN};
    ck_assert(rt_equal(&rt_type_complex128, &z1, &z2));
    ck_assert(!rt_equal(&rt_type_complex128, &z3, &z3));
    GoComplex64 w1 = {2, 3}, w2 = {2, 4};
    ck_assert(!rt_equal(&rt_type_complex64, &w1, &w2));
    char buf1[] = "hello", buf2[] = "hello";
    GoString s1 = {(const uint8_t *)buf1, 5}, s2 = {(const uint8_t *)buf2, 5}, s3 = gs("hell");
    GoString e1 = {NULL, 0}, e2 = gs("");
    ck_assert(rt_equal(&rt_type_string, &s1, &s2));
    ck_assert(!rt_equal(&rt_type_string, &s1, &s3));
    ck_assert(rt_equal(&rt_type_string, &e1, &e2));
    GoBool t1 = true, t2 = true, f1 = false;
    ck_assert(rt_equal(&rt_type_bool, &t1, &t2));
    ck_assert(!rt_equal(&rt_type_bool, &t1, &f1));
    ck_assert_uint_eq(rt_hash(&rt_type_float64, &pz, 7), rt_hash(&rt_type_float64, &nz, 7));
    ck_assert_uint_eq(rt_hash(&rt_type_float32, &fp, 7), rt_hash(&rt_type_float32, &fm, 7));
    ck_assert_uint_eq(rt_hash(&rt_type_string, &s1, 7), rt_hash(&rt_type_string, &s2, 7));
    ck_assert_uint_eq(rt_hash(&rt_type_string, &e1, 7), rt_hash(&rt_type_string, &e2, 7));
    ck_assert_uint_ne(rt_hash(&rt_type_string, &s1, 7), rt_hash(&rt_type_string, &s3, 7));
    ck_assert_uint_ne(rt_hash(&rt_type_int, &a, 7), rt_hash(&rt_type_int, &c, 7));
    ck_assert_uint_eq(rt_hash(&rt_type_complex128, &z1, 3), rt_hash(&rt_type_complex128, &z2, 3));
}
END_TEST

START_TEST(test_equal_composite) {
    /* blank fields are ignored by == and the hash */
    main__P p1 = {1, gs("ab"), 111, 0.0}, p2 = {1, gs("ab"), 222, -0.0}, p3 = {1, gs("ac"), 0, 0};
    ck_assert(rt_equal(&type_P, &p1, &p2));
    ck_assert(!rt_equal(&type_P, &p1, &p3));
    ck_assert_uint_eq(rt_hash(&type_P, &p1, 1), rt_hash(&type_P, &p2, 1));
    Array3_GoString a1 = {{gs("x"), gs("y"), gs("z")}}, a2 = a1, a3 = a1;
    a3.a[2] = gs("w");
    ck_assert(rt_equal(&type_arr3, &a1, &a2));
    ck_assert(!rt_equal(&type_arr3, &a1, &a3));
    ck_assert_uint_eq(rt_hash(&type_arr3, &a1, 1), rt_hash(&type_arr3, &a2, 1));
    ck_assert_uint_ne(rt_hash(&type_arr3, &a1, 1), rt_hash(&type_arr3, &a3, 1));
    /* fields compare in order: N differs, so the interface field (holding
     * a slice) is never looked at (Go 1.19: false, no panic) */
    GoSlice sl = {NULL, 0, 0};
    WithAny w1 = {1, rt_box(&type_ints, &sl)}, w2 = {2, rt_box(&type_ints, &sl)};
    ck_assert(!rt_equal(&type_with_any, &w1, &w2));
}
END_TEST

START_TEST(test_iface_equal) {
    GoEface nil = {NULL, NULL};
    ck_assert(rt_iface_equal(nil, nil));
    ck_assert(!rt_iface_equal(nil, box_int(0)));
    ck_assert(rt_iface_equal(box_int(3), box_int(3)));
    ck_assert(!rt_iface_equal(box_int(3), box_int(4)));
    GoInt v = 3;
    ck_assert(!rt_iface_equal(box_int(3), rt_box(&type_myint, &v))); /* MyInt(3) != int(3) */
    GoInt64 v64 = 3;
    ck_assert(!rt_iface_equal(box_int(3), rt_box(&rt_type_int64, &v64)));
    /* different dynamic types compare false even when uncomparable */
    GoSlice sl = {NULL, 0, 0};
    ck_assert(!rt_iface_equal(rt_box(&type_ints, &sl), box_int(1)));
    /* identical types described twice */
    main__P p = {1, gs("q"), 0, 2};
    ck_assert(rt_iface_equal(rt_box(&type_P, &p), rt_box(&type_P_again, &p)));
    ck_assert_uint_eq(rt_hash(&type_any, &(GoEface){&type_P, &p}, 9),
                      rt_hash(&type_any, &(GoEface){&type_P_again, &p}, 9));
    /* interfaces inside a struct */
    WithAny w1 = {1, box_int(5)}, w2 = {1, box_int(5)}, w3 = {1, gs("5").len ? rt_box(&rt_type_string, &(GoString){(const uint8_t *)"5", 1}) : nil};
    ck_assert(rt_equal(&type_with_any, &w1, &w2));
    ck_assert(!rt_equal(&type_with_any, &w1, &w3));
    ck_assert_uint_eq(rt_hash(&type_with_any, &w1, 4), rt_hash(&type_with_any, &w2, 4));
    /* NaN in an interface */
    double nan = NAN;
    GoEface n1 = rt_box(&rt_type_float64, &nan);
    ck_assert(!rt_iface_equal(n1, n1));
}
END_TEST

/* ---- panics, each in a child: exit status 2 and gc's message on stderr ----------------- */

static GoEface box_ints(void) {
    GoSlice sl = {NULL, 0, 0};
    return rt_box(&type_ints, &sl);
}

static void p_uncomparable(void) {
    rt_iface_equal(box_ints(), box_ints());
}
static void p_uncomparable_struct(void) {
    GoSlice sl = {NULL, 0, 0};
    rt_iface_equal(rt_box(&type_with_slice, &sl), rt_box(&type_with_slice, &sl));
}
static void p_uncomparable_in_array(void) {
    Array1_GoEface a = {{box_ints()}};
    rt_iface_equal(rt_box(&type_arr1_any, &a), rt_box(&type_arr1_any, &a));
}
/* Go 1.19 compares fields in order: this panics although N differs. */
static void p_uncomparable_field_order(void) {
    AnyFirst a = {box_ints(), 1}, b = {box_ints(), 2};
    rt_iface_equal(rt_box(&type_any_first, &a), rt_box(&type_any_first, &b));
}
static void p_unhashable_set(void) {
    GoMap *m = rt_make_map(&map_any_int, 0);
    GoEface k = box_ints();
    rt_map_set(&map_any_int, m, &k);
}
static void p_unhashable_get_nil(void) {
    GoEface k = box_ints();
    rt_map_get(&map_any_int, NULL, &k);
}
static void p_unhashable_delete_nil(void) {
    GoEface k = box_ints();
    rt_map_delete(&map_any_int, NULL, &k);
}
static void p_unhashable_struct(void) {
    GoMap *m = rt_make_map(&map_any_int, 0);
    GoSlice sl = {NULL, 0, 0};
    GoEface k = rt_box(&type_with_slice, &sl);
    rt_map_set(&map_any_int, m, &k);
}
static void p_unhashable_in_array(void) {
    GoMap *m = rt_make_map(&map_any_int, 0);
    Array1_GoEface a = {{box_ints()}};
    GoEface k = rt_box(&type_arr1_any, &a);
    rt_map_set(&map_any_int, m, &k);
}
static void p_nil_map(void) {
    GoString k = gs("a");
    rt_map_set(&map_string_int, NULL, &k);
}
static void p_assert_type(void) {
    rt_assert_type(box_int(1), &type_any, &rt_type_string);
}
static void p_assert_nil(void) {
    rt_assert_type((GoEface){NULL, NULL}, &type_any, &rt_type_string);
}
static void p_assert_iface(void) {
    rt_assert_iface(box_int(1), &type_any, &type_Shape);
}
static void p_assert_iface_missing(void) {
    main__Tri t = {1, 2};
    rt_assert_iface(rt_box(&type_Tri, &t), &type_any, &type_Shape);
}
static void p_imethod_nil(void) {
    rt_imethod((GoEface){NULL, NULL}, "Area", NULL);
}
static void p_makeslice_len(void) {
    rt_make_slice(&rt_type_int, -1, 5);
}
static void p_makeslice_cap(void) {
    rt_make_slice(&rt_type_int, 1, 0);
}
static void p_makeslice_big(void) {
    rt_make_slice(&rt_type_int, (GoInt)1 << 62, (GoInt)1 << 62);
}
static void p_makeslice_bigcap(void) {
    rt_make_slice(&rt_type_int, 1, (GoInt)1 << 62);
}
static void p_makeslice_big_bytes(void) {
    rt_make_slice(&rt_type_uint8, (GoInt)1 << 49, (GoInt)1 << 49);
}
static GoSlice s23(void) {
    return rt_make_slice(&rt_type_int, 2, 3);
}
static void p_slice_hi_cap(void) {
    rt_slice_slice(s23(), 8, 0, 5, 0, true, false);
}
static void p_slice_lo_hi(void) {
    rt_slice_slice(s23(), 8, 3, 2, 0, true, false);
}
static void p_slice_lo_len(void) {
    rt_slice_slice(s23(), 8, 4, 0, 0, false, false);
}
static void p_slice_neg_lo(void) {
    rt_slice_slice(s23(), 8, -1, 0, 0, false, false);
}
static void p_slice_neg_hi(void) {
    rt_slice_slice(s23(), 8, 0, -1, 0, true, false);
}
static void p_slice3_max(void) {
    rt_slice_slice(s23(), 8, 0, 1, 5, true, true);
}
static void p_slice3_hi(void) {
    rt_slice_slice(s23(), 8, 0, 4, 3, true, true);
}
static void p_slice3_lo(void) {
    rt_slice_slice(s23(), 8, 2, 1, 3, true, true);
}
static void p_slice3_neg_lo(void) {
    rt_slice_slice(s23(), 8, -1, 1, 3, true, true);
}
static void p_slice3_neg_hi(void) {
    rt_slice_slice(s23(), 8, 0, -1, 3, true, true);
}
static void p_slice3_neg_max(void) {
    rt_slice_slice(s23(), 8, 0, 1, -1, true, true);
}
static GoSlice arr3(void) {
    return rt_make_slice(&rt_type_int, 3, 3);
}
static void p_array_hi(void) {
    rt_array_slice(arr3(), 8, 0, 5, 0, true, false);
}
static void p_array_lo(void) {
    rt_array_slice(arr3(), 8, 4, 0, 0, false, false);
}
static void p_array3_max(void) {
    rt_array_slice(arr3(), 8, 0, 1, 5, true, true);
}
static void p_string_hi(void) {
    rt_string_slice(gs("abc"), 0, 5, true);
}
static void p_string_lo(void) {
    rt_string_slice(gs("abc"), 4, 0, false);
}
static void p_string_lo_hi(void) {
    rt_string_slice(gs("abc"), 2, 1, true);
}
static void p_string_neg(void) {
    rt_string_slice(gs("abc"), -1, 0, false);
}
static void p_to_array(void) {
    rt_slice_to_array(s23(), 3);
}

typedef struct PanicCase {
    void (*fn)(void);
    const char *msg; /* what Go 1.19 printed for the same operation */
} PanicCase;

static const PanicCase panic_cases[] = {
    {p_uncomparable, "runtime error: comparing uncomparable type []int"},
    {p_uncomparable_struct, "runtime error: comparing uncomparable type struct { s []int }"},
    {p_uncomparable_in_array, "runtime error: comparing uncomparable type []int"},
    {p_uncomparable_field_order, "runtime error: comparing uncomparable type []int"},
    {p_unhashable_set, "runtime error: hash of unhashable type []int"},
    {p_unhashable_get_nil, "runtime error: hash of unhashable type []int"},
    {p_unhashable_delete_nil, "runtime error: hash of unhashable type []int"},
    {p_unhashable_struct, "runtime error: hash of unhashable type struct { s []int }"},
    {p_unhashable_in_array, "runtime error: hash of unhashable type []int"},
    {p_nil_map, "assignment to entry in nil map"},
    {p_assert_type, "interface conversion: interface {} is int, not string"},
    {p_assert_nil, "interface conversion: interface {} is nil, not string"},
    {p_assert_iface, "interface conversion: int is not main.Shape: missing method Area"},
    {p_assert_iface_missing, "interface conversion: main.Tri is not main.Shape: missing method Name"},
    {p_imethod_nil, "runtime error: invalid memory address or nil pointer dereference"},
    {p_makeslice_len, "runtime error: makeslice: len out of range"},
    {p_makeslice_cap, "runtime error: makeslice: cap out of range"},
    {p_makeslice_big, "runtime error: makeslice: len out of range"},
    {p_makeslice_bigcap, "runtime error: makeslice: cap out of range"},
    {p_makeslice_big_bytes, "runtime error: makeslice: len out of range"},
    {p_slice_hi_cap, "runtime error: slice bounds out of range [:5] with capacity 3"},
    {p_slice_lo_hi, "runtime error: slice bounds out of range [3:2]"},
    {p_slice_lo_len, "runtime error: slice bounds out of range [4:2]"},
    {p_slice_neg_lo, "runtime error: slice bounds out of range [-1:]"},
    {p_slice_neg_hi, "runtime error: slice bounds out of range [:-1]"},
    {p_slice3_max, "runtime error: slice bounds out of range [::5] with capacity 3"},
    {p_slice3_hi, "runtime error: slice bounds out of range [:4:3]"},
    {p_slice3_lo, "runtime error: slice bounds out of range [2:1:]"},
    {p_slice3_neg_lo, "runtime error: slice bounds out of range [-1::]"},
    {p_slice3_neg_hi, "runtime error: slice bounds out of range [:-1:]"},
    {p_slice3_neg_max, "runtime error: slice bounds out of range [::-1]"},
    {p_array_hi, "runtime error: slice bounds out of range [:5] with length 3"},
    {p_array_lo, "runtime error: slice bounds out of range [4:3]"},
    {p_array3_max, "runtime error: slice bounds out of range [::5] with length 3"},
    {p_string_hi, "runtime error: slice bounds out of range [:5] with length 3"},
    {p_string_lo, "runtime error: slice bounds out of range [4:3]"},
    {p_string_lo_hi, "runtime error: slice bounds out of range [2:1]"},
    {p_string_neg, "runtime error: slice bounds out of range [-1:]"},
    {p_to_array,
     "runtime error: cannot convert slice with length 2 to pointer to array with length 3"},
};
enum { N_PANIC_CASES = sizeof panic_cases / sizeof panic_cases[0] };

/* The message must appear on stderr as the whole panic line. */
START_TEST(test_panic_message) {
    char err[4096], want[512];
    int status = run_child(panic_cases[_i].fn, err, sizeof err);
    ck_assert_int_eq(status, 2);
    snprintf(want, sizeof want, "panic: %s\n", panic_cases[_i].msg);
    ck_assert_msg(strstr(err, want) != NULL, "case %d: want \"%s\" in stderr:\n%s", _i, want, err);
}
END_TEST

START_TEST(test_panic_exit) {
    close(2); /* the message was checked above; keep the log readable */
    panic_cases[_i].fn();
}
END_TEST

/* ---- slices ---------------------------------------------------------------------------- */

/* Element types of the sizes the capacity tables use. */
static const GoType elem1 = {.kind = RT_KIND_UINT8, .size = 1, .name = "uint8"};
static const GoType elem3 = {.kind = RT_KIND_ARRAY, .size = 3, .name = "main.s3"};
static const GoType elem8 = {.kind = RT_KIND_INT, .size = 8, .name = "int"};
static const GoType elem12 = {.kind = RT_KIND_ARRAY, .size = 12, .name = "main.s12"};
static const GoType elem24 = {.kind = RT_KIND_ARRAY, .size = 24, .name = "main.s24",
                              .has_pointers = true};
static const GoType elem40 = {.kind = RT_KIND_ARRAY, .size = 40, .name = "main.s40"};
static const GoType elem0 = {.kind = RT_KIND_STRUCT, .size = 0, .name = "main.s0"};

/* Go 1.19 appending one element at a time, printing "size:len:cap" each
 * time cap changed (len 1..5000 for sizes 1 and 8, 1..3000 for others). */
static const struct {
    const GoType *elem;
    int n;
    const char *want;
} grow_cases[] = {
    {&elem1, 5000,
     "1:1:8 1:9:16 1:17:32 1:33:64 1:65:128 1:129:256 1:257:512 1:513:896 1:897:1408 "
     "1:1409:2048 1:2049:3072 1:3073:4096 1:4097:5376 "},
    {&elem8, 5000,
     "8:1:1 8:2:2 8:3:4 8:5:8 8:9:16 8:17:32 8:33:64 8:65:128 8:129:256 8:257:512 8:513:848 "
     "8:849:1280 8:1281:1792 8:1793:2560 8:2561:3408 8:3409:5120 "},
    {&elem3, 3000,
     "3:1:2 3:3:5 3:6:10 3:11:21 3:22:42 3:43:85 3:86:170 3:171:341 3:342:682 3:683:1066 "
     "3:1067:1621 3:1622:2261 3:2262:3157 "},
    {&elem12, 3000,
     "12:1:1 12:2:2 12:3:4 12:5:8 12:9:16 12:17:32 12:33:64 12:65:128 12:129:256 12:257:512 "
     "12:513:853 12:854:1365 12:1366:2048 12:2049:3413 "},
    {&elem24, 3000,
     "24:1:1 24:2:2 24:3:4 24:5:8 24:9:16 24:17:32 24:33:64 24:65:128 24:129:256 24:257:512 "
     "24:513:853 24:854:1365 24:1366:2048 24:2049:3072 "},
    {&elem40, 3000,
     "40:1:1 40:2:2 40:3:4 40:5:8 40:9:16 40:17:32 40:33:67 40:68:134 40:135:272 40:273:544 "
     "40:545:1024 40:1025:1638 40:1639:2252 40:2253:3072 "},
};

START_TEST(test_grow_one_at_a_time) {
    const GoType *elem = grow_cases[_i].elem;
    GoSlice s = {NULL, 0, 0};
    char got[1024] = "";
    size_t used = 0;
    GoInt last = -1;
    for (int i = 0; i < grow_cases[_i].n; i++) {
        GoInt old = s.len;
        s = rt_grow_slice(elem, s, 1);
        ck_assert_int_eq(s.len, old + 1);
        memset((uint8_t *)s.ptr + old * elem->size, 0xAB, (size_t)elem->size);
        if (s.cap != last) {
            last = s.cap;
            used += (size_t)snprintf(got + used, sizeof got - used, "%lld:%lld:%lld ",
                                     (long long)elem->size, (long long)s.len, (long long)s.cap);
        }
    }
    ck_assert_str_eq(got, grow_cases[_i].want);
    /* the old elements were carried over */
    const uint8_t *p = s.ptr;
    for (GoInt i = 0; i < s.len * elem->size; i++)
        ck_assert_int_eq(p[i], 0xAB);
}
END_TEST

START_TEST(test_grow_many) {
    /* Go: s := make([]T, 3, 3) (300 for the 24-byte case); s = append(s, make([]T, n)...) */
    static const struct { GoInt n, cap8, cap1, cap24; } want[] = {
        {1, 6, 8, 597},       {5, 8, 8, 597},       {7, 10, 16, 597},
        {13, 16, 16, 597},    {100, 112, 112, 597}, {1000, 1024, 1024, 1365},
        {33333, 33792, 40960, 33792},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        GoSlice s8 = rt_grow_slice(&elem8, rt_make_slice(&elem8, 3, 3), want[i].n);
        GoSlice s1 = rt_grow_slice(&elem1, rt_make_slice(&elem1, 3, 3), want[i].n);
        GoSlice s24 = rt_grow_slice(&elem24, rt_make_slice(&elem24, 300, 300), want[i].n);
        ck_assert_int_eq(s8.cap, want[i].cap8);
        ck_assert_int_eq(s1.cap, want[i].cap1);
        ck_assert_int_eq(s24.cap, want[i].cap24);
        ck_assert_int_eq(s8.len, 3 + want[i].n);
    }
    /* zero-sized elements: cap is just the length needed */
    GoSlice z = {NULL, 0, 0};
    for (int i = 0; i < 5; i++)
        z = rt_grow_slice(&elem0, z, 2);
    ck_assert_int_eq(z.len, 10);
    ck_assert_int_eq(z.cap, 10);
    ck_assert_ptr_nonnull(z.ptr);
    /* room left: no new array */
    GoSlice r = rt_make_slice(&elem8, 1, 4);
    GoSlice r2 = rt_grow_slice(&elem8, r, 2);
    ck_assert_ptr_eq(r2.ptr, r.ptr);
    ck_assert_int_eq(r2.len, 3);
    ck_assert_int_eq(r2.cap, 4);
}
END_TEST

START_TEST(test_make_append_copy) {
    GoSlice s = rt_make_slice(&rt_type_int, 3, 10);
    ck_assert_int_eq(s.len, 3);
    ck_assert_int_eq(s.cap, 10);
    GoInt *p = s.ptr;
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(p[i], 0);
    GoSlice e = rt_make_slice(&rt_type_int, 0, 0);
    ck_assert_ptr_nonnull(e.ptr); /* make gives a non-nil slice */

    GoInt src[] = {1, 2, 3, 4, 5};
    GoSlice a = rt_append_slice(&rt_type_int, (GoSlice){NULL, 0, 0}, src, 5);
    ck_assert_int_eq(a.len, 5);
    ck_assert_int_eq(a.cap, 6); /* Go: cap(append([]int(nil), 1, 2, 3, 4, 5)) == 6 */
    /* append(a[:1], a[2:]...) overlaps */
    GoInt *ap = a.ptr;
    GoSlice b = rt_append_slice(&rt_type_int, (GoSlice){ap, 1, a.cap}, ap + 2, 3);
    ck_assert_ptr_eq(b.ptr, a.ptr);
    ck_assert_int_eq(b.len, 4);
    ck_assert_int_eq(ap[0], 1);
    ck_assert_int_eq(ap[1], 3);
    ck_assert_int_eq(ap[2], 4);
    ck_assert_int_eq(ap[3], 5);
    /* appending nothing keeps a nil slice nil */
    GoSlice n = rt_append_slice(&rt_type_int, (GoSlice){NULL, 0, 0}, NULL, 0);
    ck_assert_ptr_null(n.ptr);

    /* copy: min of the lengths, overlapping like memmove */
    GoInt buf[6] = {1, 2, 3, 4, 5, 6};
    ck_assert_int_eq(rt_copy((GoSlice){buf + 1, 5, 5}, buf, 5, 8), 5);
    ck_assert_int_eq(buf[1], 1);
    ck_assert_int_eq(buf[5], 5);
    ck_assert_int_eq(rt_copy((GoSlice){buf, 2, 6}, src, 5, 8), 2);
    ck_assert_int_eq(buf[0], 1);
    ck_assert_int_eq(buf[1], 2);
    ck_assert_int_eq(rt_copy((GoSlice){NULL, 0, 0}, src, 5, 8), 0);
    /* copy(bytes, string) */
    uint8_t bytes[3];
    GoString hello = gs("hello");
    ck_assert_int_eq(rt_copy((GoSlice){bytes, 3, 3}, hello.ptr, hello.len, 1), 3);
    ck_assert(memcmp(bytes, "hel", 3) == 0);
}
END_TEST

START_TEST(test_slicing) {
    GoInt arr[5] = {10, 11, 12, 13, 14};
    GoSlice s = {arr, 3, 5};
    GoSlice t = rt_slice_slice(s, 8, 1, 4, 0, true, false); /* s[1:4] beyond len, within cap */
    ck_assert_ptr_eq(t.ptr, arr + 1);
    ck_assert_int_eq(t.len, 3);
    ck_assert_int_eq(t.cap, 4);
    t = rt_slice_slice(s, 8, 2, 0, 0, false, false); /* s[2:] */
    ck_assert_int_eq(t.len, 1);
    ck_assert_int_eq(t.cap, 3);
    t = rt_slice_slice(s, 8, 1, 2, 3, true, true); /* s[1:2:3] */
    ck_assert_int_eq(t.len, 1);
    ck_assert_int_eq(t.cap, 2);
    t = rt_slice_slice(s, 8, 5, 5, 0, true, false); /* s[5:5]: cap 0, base kept */
    ck_assert_int_eq(t.len, 0);
    ck_assert_int_eq(t.cap, 0);
    ck_assert_ptr_eq(t.ptr, arr);
    t = rt_array_slice((GoSlice){arr, 5, 5}, 8, 0, 0, 0, false, false); /* arr[:] */
    ck_assert_int_eq(t.len, 5);
    ck_assert_int_eq(t.cap, 5);
    GoSlice nil = {NULL, 0, 0};
    t = rt_slice_slice(nil, 8, 0, 0, 0, false, false);
    ck_assert_ptr_null(t.ptr);

    GoString str = gs("hello");
    GoString sub = rt_string_slice(str, 1, 3, true);
    ck_assert_int_eq(sub.len, 2);
    ck_assert(memcmp(sub.ptr, "el", 2) == 0);
    sub = rt_string_slice(str, 2, 0, false);
    ck_assert_int_eq(sub.len, 3);
    sub = rt_string_slice(str, 5, 0, false);
    ck_assert_int_eq(sub.len, 0);

    ck_assert_ptr_eq(rt_slice_to_array(s, 3), arr);
    ck_assert_ptr_eq(rt_slice_to_array(s, 0), arr);
    ck_assert_ptr_null(rt_slice_to_array(nil, 0));
}
END_TEST

START_TEST(test_string_conversions) {
    GoString s = gs("h\xC3\xA9llo\xFF!");
    GoSlice b = rt_string_to_bytes(s);
    ck_assert_int_eq(b.len, s.len);
    ck_assert_int_eq(b.cap, 8); /* rounded to the size class, as in Go */
    ck_assert(memcmp(b.ptr, s.ptr, (size_t)s.len) == 0);
    ((uint8_t *)b.ptr)[0] = 'H';
    ck_assert_int_eq(s.ptr[0], 'h'); /* a copy */
    GoString back = rt_bytes_to_string(b);
    ck_assert(back.len == s.len && memcmp(back.ptr, "H\xC3\xA9llo\xFF!", 8) == 0);
    ((uint8_t *)b.ptr)[1] = 'X';
    ck_assert_int_eq(back.ptr[1], 0xC3); /* a copy again */

    GoSlice r = rt_string_to_runes(s);
    ck_assert_int_eq(r.len, 7);
    const GoInt32 *rp = r.ptr;
    static const GoInt32 want_runes[] = {'h', 0xE9, 'l', 'l', 'o', 0xFFFD, '!'};
    for (int i = 0; i < 7; i++)
        ck_assert_int_eq(rp[i], want_runes[i]);

    GoInt32 runes[] = {'a', 0x4E16, -1, 0xD800, 0x10FFFF, 0x110000};
    GoString rs = rt_runes_to_string((GoSlice){runes, 6, 6});
    const char want[] = "a\xE4\xB8\x96\xEF\xBF\xBD\xEF\xBF\xBD\xF4\x8F\xBF\xBF\xEF\xBF\xBD";
    ck_assert_int_eq(rs.len, (GoInt)sizeof want - 1);
    ck_assert(memcmp(rs.ptr, want, sizeof want - 1) == 0);
    ck_assert_int_eq(rt_runes_to_string((GoSlice){NULL, 0, 0}).len, 0);
    ck_assert_int_eq(rt_string_to_bytes(gs("")).len, 0);

    GoInt w;
    ck_assert_int_eq(rt_decode_rune(s, 0, &w), 'h');
    ck_assert_int_eq(w, 1);
    ck_assert_int_eq(rt_decode_rune(s, 1, &w), 0xE9);
    ck_assert_int_eq(w, 2);
    ck_assert_int_eq(rt_decode_rune(s, 2, &w), 0xFFFD); /* a continuation byte */
    ck_assert_int_eq(w, 1);
    ck_assert_int_eq(rt_decode_rune(s, 6, &w), 0xFFFD);
    ck_assert_int_eq(w, 1);
    GoString cut = gs("\xE4\xB8");
    ck_assert_int_eq(rt_decode_rune(cut, 0, &w), 0xFFFD);
    ck_assert_int_eq(w, 1);

    char raw[] = {'a', 0, 'b'};
    GoString fb = rt_string_from_bytes((const uint8_t *)raw, 3);
    raw[0] = 'z';
    ck_assert(fb.len == 3 && memcmp(fb.ptr, "a\0b", 3) == 0);
}
END_TEST

/* ---- maps ----------------------------------------------------------------------------- */

static GoString key_string(int i) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "key%d", i);
    return rt_string_from_bytes((const uint8_t *)buf, n);
}

START_TEST(test_map_strings) {
    GoMap *m = rt_make_map(&map_string_int, 0);
    enum { N = 10000 };
    for (int i = 0; i < N; i++) {
        GoString k = key_string(i);
        *(GoInt *)rt_map_set(&map_string_int, m, &k) = i * 2;
    }
    ck_assert_int_eq(rt_map_len(m), N);
    for (int i = 0; i < N; i++) {
        GoString k = key_string(i);
        GoInt *v = rt_map_get(&map_string_int, m, &k);
        ck_assert_ptr_nonnull(v);
        ck_assert_int_eq(*v, i * 2);
    }
    GoString absent = gs("nope");
    ck_assert_ptr_null(rt_map_get(&map_string_int, m, &absent));
    /* overwrite, then delete the odd keys */
    GoString k7 = key_string(7);
    *(GoInt *)rt_map_set(&map_string_int, m, &k7) = -7;
    ck_assert_int_eq(*(GoInt *)rt_map_get(&map_string_int, m, &k7), -7);
    ck_assert_int_eq(rt_map_len(m), N);
    for (int i = 1; i < N; i += 2) {
        GoString k = key_string(i);
        rt_map_delete(&map_string_int, m, &k);
    }
    rt_map_delete(&map_string_int, m, &absent);
    ck_assert_int_eq(rt_map_len(m), N / 2);
    for (int i = 0; i < N; i++) {
        GoString k = key_string(i);
        ck_assert((rt_map_get(&map_string_int, m, &k) != NULL) == (i % 2 == 0));
    }
    /* a deleted key comes back zeroed */
    GoInt *v = rt_map_set(&map_string_int, m, &k7);
    ck_assert_int_eq(*v, 0);
    rt_map_clear(m);
    ck_assert_int_eq(rt_map_len(m), 0);
    ck_assert_ptr_null(rt_map_get(&map_string_int, m, &k7));
    *(GoInt *)rt_map_set(&map_string_int, m, &k7) = 1;
    ck_assert_int_eq(rt_map_len(m), 1);
}
END_TEST

START_TEST(test_map_nil) {
    GoString k = gs("a");
    ck_assert_ptr_null(rt_map_get(&map_string_int, NULL, &k));
    ck_assert_int_eq(rt_map_len(NULL), 0);
    rt_map_delete(&map_string_int, NULL, &k);
    rt_map_clear(NULL);
    GoMapIter it;
    rt_map_iter_init(&it, NULL);
    ck_assert(!rt_map_next(&it));
    GoMap *m = rt_make_map(&map_string_int, 100);
    rt_map_iter_init(&it, m);
    ck_assert(!rt_map_next(&it));
    ck_assert(!rt_map_next(&it));
}
END_TEST

START_TEST(test_map_struct_keys) {
    GoMap *m = rt_make_map(&map_P_int, 4);
    for (int i = 0; i < 500; i++) {
        main__P p = {i, key_string(i % 7), i, (double)i / 2};
        *(GoInt *)rt_map_set(&map_P_int, m, &p) = i;
    }
    ck_assert_int_eq(rt_map_len(m), 500);
    /* a different blank field and -0 for 0 still find the key */
    main__P q = {0, key_string(0), 999, -0.0};
    GoInt *v = rt_map_get(&map_P_int, m, &q);
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(*v, 0);
    main__P r = {10, key_string(3), 0, 5.0};
    v = rt_map_get(&map_P_int, m, &r);
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(*v, 10);
    r.Y = gs("other");
    ck_assert_ptr_null(rt_map_get(&map_P_int, m, &r));

    /* array keys, struct values */
    GoMap *am = rt_make_map(&map_arr3_P, 0);
    Array3_GoString k = {{gs("a"), gs("b"), gs("c")}};
    main__P *pv = rt_map_set(&map_arr3_P, am, &k);
    ck_assert_int_eq(pv->X, 0);
    pv->Y = gs("val");
    Array3_GoString k2 = {{key_string(1), gs("b"), gs("c")}};
    ck_assert_ptr_null(rt_map_get(&map_arr3_P, am, &k2));
    k2.a[0] = gs("a");
    pv = rt_map_get(&map_arr3_P, am, &k2);
    ck_assert_ptr_nonnull(pv);
    ck_assert(rt_string_eq(pv->Y, gs("val")));
}
END_TEST

START_TEST(test_map_iface_keys) {
    GoMap *m = rt_make_map(&map_any_int, 0);
    GoInt64 i64 = 1;
    GoInt myv = 1;
    GoEface k_int = box_int(1), k_i64 = rt_box(&rt_type_int64, &i64);
    GoEface k_my = rt_box(&type_myint, &myv), k_str = rt_box(&rt_type_string, &(GoString){(const uint8_t *)"1", 1});
    GoEface k_nil = {NULL, NULL};
    *(GoInt *)rt_map_set(&map_any_int, m, &k_int) = 1;
    *(GoInt *)rt_map_set(&map_any_int, m, &k_i64) = 2;
    *(GoInt *)rt_map_set(&map_any_int, m, &k_my) = 3;
    *(GoInt *)rt_map_set(&map_any_int, m, &k_str) = 4;
    *(GoInt *)rt_map_set(&map_any_int, m, &k_nil) = 5;
    ck_assert_int_eq(rt_map_len(m), 5);
    GoEface again = box_int(1);
    ck_assert_int_eq(*(GoInt *)rt_map_get(&map_any_int, m, &again), 1);
    ck_assert_int_eq(*(GoInt *)rt_map_get(&map_any_int, m, &k_nil), 5);
    main__P p = {1, gs("x"), 0, 0};
    GoEface kp = rt_box(&type_P, &p), kp2 = rt_box(&type_P_again, &p);
    *(GoInt *)rt_map_set(&map_any_int, m, &kp) = 6;
    ck_assert_int_eq(*(GoInt *)rt_map_get(&map_any_int, m, &kp2), 6);
    rt_map_delete(&map_any_int, m, &k_my);
    ck_assert_int_eq(rt_map_len(m), 5);
    ck_assert_ptr_null(rt_map_get(&map_any_int, m, &k_my));
    ck_assert_int_eq(*(GoInt *)rt_map_get(&map_any_int, m, &k_int), 1);
}
END_TEST

START_TEST(test_map_float_keys) {
    GoMap *m = rt_make_map(&map_f64_int, 0);
    double nan = NAN, nz = -0.0, pz = 0.0, one = 1;
    for (int i = 0; i < 3; i++)
        *(GoInt *)rt_map_set(&map_f64_int, m, &nan) = i;
    ck_assert_int_eq(rt_map_len(m), 3); /* each NaN is a new key */
    ck_assert_ptr_null(rt_map_get(&map_f64_int, m, &nan));
    rt_map_delete(&map_f64_int, m, &nan);
    ck_assert_int_eq(rt_map_len(m), 3);
    *(GoInt *)rt_map_set(&map_f64_int, m, &nz) = 10;
    *(GoInt *)rt_map_set(&map_f64_int, m, &pz) = 20;
    ck_assert_int_eq(rt_map_len(m), 4);
    ck_assert_int_eq(*(GoInt *)rt_map_get(&map_f64_int, m, &nz), 20);
    *(GoInt *)rt_map_set(&map_f64_int, m, &one) = 30;
    /* the stored key became +0 (Go prints 1/k == +Inf) and NaNs iterate */
    GoMapIter it;
    int nans = 0, zeros = 0;
    for (rt_map_iter_init(&it, m); rt_map_next(&it);) {
        double k = *(double *)it.key;
        if (k != k)
            nans++;
        else if (k == 0) {
            zeros++;
            ck_assert(!signbit(k));
            ck_assert_int_eq(*(GoInt *)it.value, 20);
        }
    }
    ck_assert_int_eq(nans, 3);
    ck_assert_int_eq(zeros, 1);
    rt_map_clear(m);
    ck_assert_int_eq(rt_map_len(m), 0);
}
END_TEST

/* Ranging over a map while the body deletes and inserts, with the table
 * growing many times during the loop: no entry twice, no deleted entry,
 * every entry that lived through the whole loop exactly once. */
START_TEST(test_map_iter_mutation) {
    enum { N = 4000, LIMIT = 40000 };
    GoMap *m = rt_make_map(&map_int_int, 0);
    for (GoInt i = 0; i < N; i++)
        *(GoInt *)rt_map_set(&map_int_int, m, &i) = i;
    static unsigned char seen[LIMIT], deleted[LIMIT];
    memset(seen, 0, sizeof seen);
    memset(deleted, 0, sizeof deleted);
    GoInt next_new = N, visits = 0;
    GoMapIter it;
    for (rt_map_iter_init(&it, m); rt_map_next(&it);) {
        GoInt k = *(GoInt *)it.key;
        ck_assert(k >= 0 && k < LIMIT);
        ck_assert_msg(!seen[k], "key %lld returned twice", (long long)k);
        ck_assert_msg(!deleted[k], "deleted key %lld returned", (long long)k);
        ck_assert_int_eq(*(GoInt *)it.value, k);
        seen[k] = 1;
        visits++;
        /* delete the current key sometimes, and keys ahead */
        if (k % 3 == 0) {
            rt_map_delete(&map_int_int, m, &k);
            deleted[k] = 1;
        }
        GoInt ahead = k + 7;
        if (ahead < N && ahead % 2 == 1 && !deleted[ahead]) {
            rt_map_delete(&map_int_int, m, &ahead);
            deleted[ahead] = 1;
        }
        /* insert new keys: about 4 per visit at first, so the table grows */
        for (int j = 0; j < 4 && next_new < LIMIT; j++, next_new++)
            *(GoInt *)rt_map_set(&map_int_int, m, &next_new) = next_new;
    }
    /* every original key not deleted before being reached was seen */
    for (GoInt i = 0; i < N; i++)
        if (!(i % 2 == 1 && deleted[i] && !seen[i]))
            ck_assert_msg(seen[i], "key %lld missed", (long long)i);
    ck_assert_int_ge(visits, N / 2);
    /* the map is consistent afterwards */
    GoInt count = 0;
    for (rt_map_iter_init(&it, m); rt_map_next(&it);)
        count++;
    ck_assert_int_eq(count, rt_map_len(m));
    for (GoInt i = 0; i < next_new; i++)
        ck_assert((rt_map_get(&map_int_int, m, &i) != NULL) == !deleted[i]);
}
END_TEST

/* Deleting everything (and clearing) while an iterator stands on an
 * entry; re-inserting deleted keys during the loop. */
START_TEST(test_map_iter_clear) {
    GoMap *m = rt_make_map(&map_int_int, 0);
    for (GoInt i = 0; i < 100; i++)
        *(GoInt *)rt_map_set(&map_int_int, m, &i) = i;
    GoMapIter it;
    int n = 0;
    for (rt_map_iter_init(&it, m); rt_map_next(&it);) {
        n++;
        rt_map_clear(m);
    }
    ck_assert_int_eq(n, 1);
    ck_assert_int_eq(rt_map_len(m), 0);

    for (GoInt i = 0; i < 100; i++)
        *(GoInt *)rt_map_set(&map_int_int, m, &i) = i;
    n = 0;
    for (rt_map_iter_init(&it, m); rt_map_next(&it);) {
        GoInt k = *(GoInt *)it.key;
        n++;
        for (GoInt j = 0; j < 100; j++)
            rt_map_delete(&map_int_int, m, &j);
        ck_assert_int_eq(k, 0);
    }
    ck_assert_int_eq(n, 1);

    /* delete-and-reinsert of the current key each step: a new entry at the
     * end each time, which this loop does not produce (entries added during
     * a loop are not seen), so it ends after the 10 it started with */
    for (GoInt i = 0; i < 10; i++)
        *(GoInt *)rt_map_set(&map_int_int, m, &i) = 0;
    n = 0;
    for (rt_map_iter_init(&it, m); rt_map_next(&it) && n < 1000;) {
        GoInt k = *(GoInt *)it.key;
        n++;
        rt_map_delete(&map_int_int, m, &k);
        if (*(GoInt *)it.value < 2) { /* reinsert each key twice */
            GoInt count = *(GoInt *)it.value + 1;
            *(GoInt *)rt_map_set(&map_int_int, m, &k) = count;
        }
    }
    ck_assert_int_eq(n, 10);
    ck_assert_int_eq(rt_map_len(m), 10);
}
END_TEST

/* ---- the suite ------------------------------------------------------------------------- */

static Suite *core_suite(void) {
    Suite *s = suite_create("runtime core");
    TCase *tc = tcase_create("interfaces");
    tcase_add_test(tc, test_type_equal);
    tcase_add_test(tc, test_methods);
    tcase_add_test(tc, test_assert);
    tcase_add_test(tc, test_box);
    tcase_add_test(tc, test_equal_basic);
    tcase_add_test(tc, test_equal_composite);
    tcase_add_test(tc, test_iface_equal);
    suite_add_tcase(s, tc);

    tc = tcase_create("panics");
    tcase_add_loop_test(tc, test_panic_message, 0, N_PANIC_CASES);
    tcase_add_loop_exit_test(tc, test_panic_exit, 2, 0, N_PANIC_CASES);
    suite_add_tcase(s, tc);

    tc = tcase_create("slices");
    tcase_add_loop_test(tc, test_grow_one_at_a_time, 0,
                        sizeof grow_cases / sizeof grow_cases[0]);
    tcase_add_test(tc, test_grow_many);
    tcase_add_test(tc, test_make_append_copy);
    tcase_add_test(tc, test_slicing);
    tcase_add_test(tc, test_string_conversions);
    suite_add_tcase(s, tc);

    tc = tcase_create("maps");
    tcase_add_test(tc, test_map_strings);
    tcase_add_test(tc, test_map_nil);
    tcase_add_test(tc, test_map_struct_keys);
    tcase_add_test(tc, test_map_iface_keys);
    tcase_add_test(tc, test_map_float_keys);
    tcase_add_test(tc, test_map_iter_mutation);
    tcase_add_test(tc, test_map_iter_clear);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    GC_INIT();
    SRunner *sr = srunner_create(core_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
