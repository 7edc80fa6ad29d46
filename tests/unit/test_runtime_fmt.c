/*
 * test_runtime_fmt.c — fmt on every kind of value, through descriptors.
 *
 * The descriptors are built by hand here, as go2c's code generator emits
 * them, for the Go types of a reference program (main.T, main.St with a
 * String method, ...; see the comments).  Every expected string was printed
 * by Go 1.19 running the same Sprintf calls on the same values, so these
 * tests pin fmt's exact output: struct and slice syntax, sorted map keys,
 * %#v, per-element flags, byte slices, methods (Error, String, GoString,
 * Format through a fmt.State), bad verbs, and Errorf with %w.
 */
#include <check.h>
#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "go2c_rt.h"
#include "rt_internal.h"
#include "lib/lib.h"

GoEface fmt__Errorf(GoString format, GoSlice a);
GoString fmt__Sprint(GoSlice a);
GoSlice fmt__Appendf(GoSlice b, GoString format, GoSlice a);
Tuple_GoInt_GoEface fmt__Fprintf(GoEface w, GoString format, GoSlice a);

static GoString gs(const char *s) {
    return (GoString){(const uint8_t *)s, (GoInt)strlen(s)};
}

#define ck_gostr_eq(got, want)                                                          \
    do {                                                                                \
        GoString g_ = (got);                                                            \
        const char *w_ = (want);                                                        \
        ck_assert_msg(g_.len == (GoInt)strlen(w_) && memcmp(g_.ptr, w_, strlen(w_)) == 0, \
                      "got \"%.*s\", want \"%s\"", (int)g_.len, (const char *)g_.ptr, w_); \
    } while (0)

/* Sprintf(format, args...) must give want. */
#define CK(want, format, ...)                                                 \
    do {                                                                      \
        GoEface a_[] = {__VA_ARGS__};                                         \
        ck_gostr_eq(rt_fmt_sprintf(gs(format), a_, sizeof a_ / sizeof a_[0]), want); \
    } while (0)

/* An interface value holding a C value of type ctype. */
#define V(type, ctype, ...) ((GoEface){&(type), &(ctype){__VA_ARGS__}})
#define I(v) V(rt_type_int, GoInt, v)
#define S(lit) ((GoEface){&rt_type_string, &(GoString){(const uint8_t *)(lit), sizeof(lit) - 1}})
/* A slice value of element type ctype. */
#define SL(type, ctype, ...)                                                            \
    ((GoEface){&(type), &(GoSlice){(ctype[]){__VA_ARGS__},                               \
                                   sizeof((ctype[]){__VA_ARGS__}) / sizeof(ctype),       \
                                   sizeof((ctype[]){__VA_ARGS__}) / sizeof(ctype)}})
#define GSL(lit) {(const uint8_t *)(lit), sizeof(lit) - 1}
#define NILV ((GoEface){NULL, NULL})

/* ---- descriptors ---------------------------------------------------------------- */

#define SLICE_T(var, nm, el) \
    static const GoType var = {.kind = RT_KIND_SLICE, .size = sizeof(GoSlice), .name = nm, \
                               .elem = &(el), .has_pointers = true}
#define PTR_T(var, nm, el) \
    static const GoType var = {.kind = RT_KIND_POINTER, .size = sizeof(void *), .name = nm, \
                               .elem = &(el), .has_pointers = true, .comparable = true}
#define MAP_T(var, nm, k, v) \
    static const GoType var = {.kind = RT_KIND_MAP, .size = sizeof(void *), .name = nm, \
                               .key = &(k), .elem = &(v), .has_pointers = true}
#define ARRAY_T(var, nm, el, n, sz) \
    static const GoType var = {.kind = RT_KIND_ARRAY, .size = sz, .name = nm, .elem = &(el), \
                               .len = n, .comparable = true}
#define FIELD(ctype, fname, ftype) {#fname, &(ftype), offsetof(ctype, fname), false}
#define STRUCT_T(var, nm, isnamed, ctype, flds, meths, nmeths) \
    static const GoType var = {.kind = RT_KIND_STRUCT, .size = sizeof(ctype), .name = nm, \
                               .named = isnamed, .comparable = true, .fields = flds, \
                               .nfields = sizeof(flds) / sizeof(GoField), .methods = meths, \
                               .nmethods = nmeths}
#define METHOD(name, fn) {name, (void (*)(void))(fn)}

static GoString cstring(const char *prefix, GoInt n) {
    char buf[64];
    int len = snprintf(buf, sizeof buf, "%s%lld", prefix, (long long)n);
    return rt_string_from_bytes((const uint8_t *)buf, len);
}

static const GoType type_any = {.kind = RT_KIND_INTERFACE, .size = sizeof(GoEface),
                                .name = "interface {}", .comparable = true,
                                .has_pointers = true};
static const char *const error_imethods[] = {"Error"};
static const GoType type_error = {.kind = RT_KIND_INTERFACE, .size = sizeof(GoEface),
                                  .name = "error", .named = true, .comparable = true,
                                  .has_pointers = true, .imethods = error_imethods,
                                  .nimethods = 1};

/* type T struct{ X, Y int } */
typedef struct { GoInt X, Y; } T;
static const GoField T_fields[] = {FIELD(T, X, rt_type_int), FIELD(T, Y, rt_type_int)};
STRUCT_T(type_T, "main.T", true, T, T_fields, NULL, 0);
PTR_T(type_pT, "*main.T", type_T);

/* type St struct{ N int }; func (s St) String() string { return "St" + N } */
typedef struct { GoInt N; } St;
static GoString St_String(void *recv) { return cstring("St", ((St *)recv)->N); }
static const GoField St_fields[] = {FIELD(St, N, rt_type_int)};
static const GoMethod St_methods[] = {METHOD("String", St_String)};
STRUCT_T(type_St, "main.St", true, St, St_fields, St_methods, 1);
/* *St's method set has St's String, through a wrapper taking the pointer. */
static GoString pSt_String(void *recv) { return St_String(*(St **)recv); }
static const GoMethod pSt_methods[] = {METHOD("String", pSt_String)};
static const GoType type_pSt = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.St",
                                .elem = &type_St, .comparable = true, .methods = pSt_methods,
                                .nmethods = 1};

/* type E int with Error ("err"+n) and String ("notme"): Error wins. */
static GoString E_Error(void *recv) { return cstring("err", *(GoInt *)recv); }
static GoString E_String(void *recv) { return gs("notme"); }
static const GoMethod E_methods[] = {METHOD("Error", E_Error), METHOD("String", E_String)};
static const GoType type_E = {.kind = RT_KIND_INT, .size = 8, .name = "main.E", .named = true,
                              .comparable = true, .methods = E_methods, .nmethods = 2};

/* type G struct{ A int } with GoString() "G!" */
typedef struct { GoInt A; } G;
static GoString G_GoString(void *recv) { return gs("G!"); }
static const GoField G_fields[] = {FIELD(G, A, rt_type_int)};
static const GoMethod G_methods[] = {METHOD("GoString", G_GoString)};
STRUCT_T(type_G, "main.G", true, G, G_fields, G_methods, 1);
static GoString pG_GoString(void *recv) { return G_GoString(*(G **)recv); }
static const GoMethod pG_methods[] = {METHOD("GoString", pG_GoString)};
static const GoType type_pG = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.G",
                               .elem = &type_G, .comparable = true, .methods = pG_methods,
                               .nmethods = 1};

/* type F int with a Format method that reports what the State says. */
typedef struct { GoInt r0; GoBool r1; } IntBool;
static void state_write(GoEface st, const char *s) {
    Tuple_GoInt_GoEface (*w)(void *, GoSlice) =
        (Tuple_GoInt_GoEface(*)(void *, GoSlice))rt_fmt_find_method(st.type, "Write");
    w(st.data, (GoSlice){(void *)s, (GoInt)strlen(s), (GoInt)strlen(s)});
}
static void F_Format(void *recv, GoEface st, GoInt32 verb) {
    char buf[64];
    snprintf(buf, sizeof buf, "F(%c", (char)verb);
    state_write(st, buf);
    IntBool (*width)(void *) = (IntBool(*)(void *))rt_fmt_find_method(st.type, "Width");
    IntBool (*prec)(void *) = (IntBool(*)(void *))rt_fmt_find_method(st.type, "Precision");
    GoBool (*flag)(void *, GoInt) = (GoBool(*)(void *, GoInt))rt_fmt_find_method(st.type, "Flag");
    IntBool w = width(st.data), p = prec(st.data);
    if (w.r1) {
        snprintf(buf, sizeof buf, " w%lld", (long long)w.r0);
        state_write(st, buf);
    }
    if (p.r1) {
        snprintf(buf, sizeof buf, " p%lld", (long long)p.r0);
        state_write(st, buf);
    }
    for (const char *c = "+-# 0"; *c; c++)
        if (flag(st.data, *c)) {
            snprintf(buf, sizeof buf, " %c", *c);
            state_write(st, buf);
        }
    state_write(st, ")");
}
static const GoMethod F_methods[] = {METHOD("Format", F_Format)};
static const GoType type_F = {.kind = RT_KIND_INT, .size = 8, .name = "main.F", .named = true,
                              .comparable = true, .methods = F_methods, .nmethods = 1};

/* type PS struct{ N int }; func (p *PS) String() string { return "PS" } */
static GoString PS_String(void *recv) { return gs("PS"); }
static const GoMethod PS_methods[] = {METHOD("String", PS_String)};
static const GoField PS_fields[] = {FIELD(St, N, rt_type_int)};
STRUCT_T(type_PS, "main.PS", true, St, PS_fields, NULL, 0);
static const GoType type_pPS = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.PS",
                                .elem = &type_PS, .comparable = true, .methods = PS_methods,
                                .nmethods = 1};

/* type W struct { Pub St; priv St; I any; Err error } */
typedef struct { St Pub, priv; GoEface I, Err; } W;
static const GoField W_fields[] = {FIELD(W, Pub, type_St), FIELD(W, priv, type_St),
                                   FIELD(W, I, type_any), FIELD(W, Err, type_error)};
STRUCT_T(type_W, "main.W", true, W, W_fields, NULL, 0);

/* type Emb struct { T; Z int } */
typedef struct { T T; GoInt Z; } Emb;
static const GoField Emb_fields[] = {{"T", &type_T, offsetof(Emb, T), true},
                                     FIELD(Emb, Z, rt_type_int)};
STRUCT_T(type_Emb, "main.Emb", true, Emb, Emb_fields, NULL, 0);

/* type Color int with String: red, green */
static GoString Color_String(void *recv) { return gs(*(GoInt *)recv ? "green" : "red"); }
static const GoMethod Color_methods[] = {METHOD("String", Color_String)};
static const GoType type_Color = {.kind = RT_KIND_INT, .size = 8, .name = "main.Color",
                                  .named = true, .comparable = true, .methods = Color_methods,
                                  .nmethods = 1};

SLICE_T(type_ints, "[]int", rt_type_int);
SLICE_T(type_strings, "[]string", rt_type_string);
SLICE_T(type_bytes, "[]uint8", rt_type_uint8);
SLICE_T(type_any_s, "[]interface {}", type_any);
SLICE_T(type_St_s, "[]main.St", type_St);
SLICE_T(type_E_s, "[]main.E", type_E);
SLICE_T(type_G_s, "[]main.G", type_G);
SLICE_T(type_F_s, "[]main.F", type_F);
SLICE_T(type_Color_s, "[]main.Color", type_Color);
SLICE_T(type_f64_s, "[]float64", rt_type_float64);
SLICE_T(type_i32_s, "[]int32", rt_type_int32);
SLICE_T(type_bool_s, "[]bool", rt_type_bool);
SLICE_T(type_error_s, "[]error", type_error);
SLICE_T(type_ints_s, "[][]int", type_ints);
static const GoType type_B = {.kind = RT_KIND_SLICE, .size = sizeof(GoSlice), .name = "main.B",
                              .named = true, .elem = &rt_type_uint8, .has_pointers = true};
ARRAY_T(type_int3, "[3]int", rt_type_int, 3, 24);
ARRAY_T(type_byte3, "[3]uint8", rt_type_uint8, 3, 3);
ARRAY_T(type_T2, "[2]main.T", type_T, 2, 32);
ARRAY_T(type_int2, "[2]int", rt_type_int, 2, 16);
PTR_T(type_pint2, "*[2]int", type_int2);
PTR_T(type_pints, "*[]int", type_ints);
PTR_T(type_pint, "*int", rt_type_int);
MAP_T(type_map_si, "map[string]int", rt_type_string, rt_type_int);
MAP_T(type_map_is, "map[int]string", rt_type_int, rt_type_string);
MAP_T(type_map_fi, "map[float64]int", rt_type_float64, rt_type_int);
MAP_T(type_map_bi, "map[bool]int", rt_type_bool, rt_type_int);
MAP_T(type_map_Ts, "map[main.T]string", type_T, rt_type_string);
MAP_T(type_map_FF, "map[main.F]main.F", type_F, type_F);
MAP_T(type_map_sa, "map[string]interface {}", rt_type_string, type_any);
MAP_T(type_map_sints, "map[string][]int", rt_type_string, type_ints);
MAP_T(type_map_ii, "map[int]int", rt_type_int, rt_type_int);
PTR_T(type_pmap_si, "*map[string]int", type_map_si);
SLICE_T(type_map_si_s, "[]map[string]int", type_map_si);
static const GoType type_func = {.kind = RT_KIND_FUNC, .size = 8, .name = "func()",
                                 .has_pointers = true};

/* struct { A F } and friends */
typedef struct { GoInt A; } SA;
static const GoField SAF_fields[] = {FIELD(SA, A, type_F)};
STRUCT_T(type_SAF, "struct { A main.F }", false, SA, SAF_fields, NULL, 0);
static const GoField SAI_fields[] = {FIELD(SA, A, rt_type_int)};
STRUCT_T(type_SAI, "struct { A int }", false, SA, SAI_fields, NULL, 0);
typedef struct { GoEface A; } SE;
static const GoField SEA_fields[] = {FIELD(SE, A, type_any)};
STRUCT_T(type_SEA, "struct { A interface {} }", false, SE, SEA_fields, NULL, 0);
typedef struct { GoEface E; } SEE;
static const GoField SEE_fields[] = {FIELD(SEE, E, type_error)};
STRUCT_T(type_SEE, "struct { E error }", false, SEE, SEE_fields, NULL, 0);
typedef struct { GoInt A; GoString S; } SAS;
static const GoField SAS_fields[] = {FIELD(SAS, A, rt_type_int), FIELD(SAS, S, rt_type_string)};
STRUCT_T(type_SAS, "struct { A int; S string }", false, SAS, SAS_fields, NULL, 0);
typedef struct { GoInt a; GoString B; } SaB;
static const GoField SaB_fields[] = {FIELD(SaB, a, rt_type_int), FIELD(SaB, B, rt_type_string)};
STRUCT_T(type_SaB, "struct { a int; B string }", false, SaB, SaB_fields, NULL, 0);
typedef struct { char blank__0; } Empty;
static const GoType type_empty = {.kind = RT_KIND_STRUCT, .size = 0, .name = "struct {}",
                                  .comparable = true};
typedef struct { GoInt *A; GoSlice B; GoMap *C; } SPtr;
static const GoField SPtr_fields[] = {FIELD(SPtr, A, type_pint), FIELD(SPtr, B, type_ints),
                                      FIELD(SPtr, C, type_map_ii)};
STRUCT_T(type_SPtr, "struct { A *int; B []int; C map[int]int }", false, SPtr, SPtr_fields,
         NULL, 0);
static const GoField SPtr2_fields[] = {FIELD(SPtr, A, type_pint), FIELD(SPtr, B, type_ints)};
STRUCT_T(type_SPtr2, "struct { A *int; B []int }", false, SPtr, SPtr2_fields, NULL, 0);

/* ---- helpers for maps -------------------------------------------------------------- */

static void put(const GoType *mt, GoMap *m, const void *k, const void *v) {
    memcpy(rt_map_set(mt, m, k), v, (size_t)mt->elem->size);
}

static GoEface map_si(const char *const *keys, const GoInt *vals, int n) {
    GoMap *m = rt_make_map(&type_map_si, n);
    for (int i = 0; i < n; i++)
        put(&type_map_si, m, &(GoString){(const uint8_t *)keys[i], (GoInt)strlen(keys[i])},
            &vals[i]);
    GoMap **word = rt_alloc(sizeof *word);
    *word = m;
    return (GoEface){&type_map_si, word};
}

static GoEface box_map(const GoType *t, GoMap *m) {
    GoMap **word = rt_alloc(sizeof *word);
    *word = m;
    return (GoEface){t, word};
}

/* ---- tests ----------------------------------------------------------------------------- */

START_TEST(test_structs_and_pointers) {
    T t = {1, 2};
    T *pt = &t;
    CK("{1 2}|{X:1 Y:2}|main.T{X:1, Y:2}|main.T", "%v|%+v|%#v|%T", V(type_T, T, 1, 2),
       V(type_T, T, 1, 2), V(type_T, T, 1, 2), V(type_T, T, 1, 2));
    GoEface p = {&type_pT, &pt};
    CK("&{1 2}|&{X:1 Y:2}|&main.T{X:1, Y:2}|*main.T", "%v|%+v|%#v|%T", p, p, p, p);
    CK("{{1 2} 3}|{T:{X:1 Y:2} Z:3}|main.Emb{T:main.T{X:1, Y:2}, Z:3}", "%v|%+v|%#v",
       V(type_Emb, Emb, {1, 2}, 3), V(type_Emb, Emb, {1, 2}, 3), V(type_Emb, Emb, {1, 2}, 3));
    CK("{1 x}|{}", "%v|%v", V(type_SaB, SaB, 1, GSL("x")), ((GoEface){&type_empty, &t}));
    CK("{<nil> [] map[]}|struct { A *int; B []int }{A:(*int)(nil), B:[]int(nil)}", "%v|%#v",
       V(type_SPtr, SPtr, NULL, {NULL, 0, 0}, NULL), V(type_SPtr2, SPtr, NULL, {NULL, 0, 0}, NULL));
    T *np = NULL;
    GoFunc *nf = NULL;
    GoEface npv = {&type_pT, &np}, nfv = {&type_func, &nf};
    CK("<nil>|(*main.T)(nil)|<nil>|0|<nil>|(func())(nil)", "%v|%#v|%+v|%d|%v|%#v", npv, npv, npv,
       npv, nfv, nfv);
    /* A pointer below the top level prints as an address. */
    T **ppt = &pt;
    char want[64];
    snprintf(want, sizeof want, "%p|%p|%lx", (void *)&pt, (void *)pt, (unsigned long)(uintptr_t)pt);
    CK(want, "%v|%p|%#p", ((GoEface){&(GoType){.kind = RT_KIND_POINTER, .size = 8, .name = "**main.T",
                                                 .elem = &type_pT}, &ppt}), p, p);
    snprintf(want, sizeof want, "{%p}", (void *)pt);
    typedef struct { T *P; } SP;
    static const GoField SP_fields[] = {FIELD(SP, P, type_pT)};
    STRUCT_T(type_SP, "struct { P *main.T }", false, SP, SP_fields, NULL, 0);
    CK(want, "%v", V(type_SP, SP, pt));
}
END_TEST

START_TEST(test_slices_and_arrays) {
    CK("[1 2 3]|[]int{1, 2, 3}|[]int|[1 2 3]|[a ff]|[    1     2]|[1    2   ]|",
       "%v|%#v|%T|%d|%x|%5v|%-4d|", SL(type_ints, GoInt, 1, 2, 3), SL(type_ints, GoInt, 1, 2, 3),
       SL(type_ints, GoInt, 1, 2, 3), SL(type_ints, GoInt, 1, 2, 3), SL(type_ints, GoInt, 10, 255),
       SL(type_ints, GoInt, 1, 2), SL(type_ints, GoInt, 1, 2));
    GoSlice nil = {NULL, 0, 0};
    CK("[1 2 3]|[3]int{1, 2, 3}|[3]int|[]|[]int(nil)", "%v|%#v|%T|%v|%#v",
       V(type_int3, GoInt[3], 1, 2, 3), V(type_int3, GoInt[3], 1, 2, 3), V(type_int3, GoInt[3], 0),
       ((GoEface){&type_ints, &nil}), ((GoEface){&type_ints, &nil}));
    CK("[a b c]|[\"a\" \"b c\"]|[]string{\"a\"}|[6869 41]|[x]", "%v|%q|%#v|%x|%s",
       SL(type_strings, GoString, GSL("a"), GSL("b c")),
       SL(type_strings, GoString, GSL("a"), GSL("b c")), SL(type_strings, GoString, GSL("a")),
       SL(type_strings, GoString, GSL("hi"), GSL("A")), SL(type_strings, GoString, GSL("x")));
    GoEface hi = SL(type_bytes, uint8_t, 'h', 'i');
    GoEface nb = {&type_bytes, &nil};
    CK("[104 105]|hi|\"hi\"|6869|68 69|0x6869|6869|[104 105]|[]byte{0x68, 0x69}|[]|[]byte(nil)",
       "%v|%s|%q|%x|% x|%#x|%X|%d|%#v|%v|%#v", hi, hi, hi, hi, hi, hi, hi, hi, hi, nb, nb);
    GoEface b = SL(type_B, uint8_t, 'a', 'b');
    CK("[97 98]|ab|main.B{0x61, 0x62}|6162|main.B", "%v|%s|%#v|%x|%T", b, b, b, b, b);
    GoEface abc = V(type_byte3, uint8_t[3], 65, 66, 67);
    CK("[65 66 67]|ABC|414243|[3]uint8{0x41, 0x42, 0x43}", "%v|%s|%x|%#v", abc, abc, abc, abc);
    GoEface anys = SL(type_any_s, GoEface, I(1), S("a"), NILV, V(rt_type_float64, GoFloat64, 2.5),
                      V(type_T, T, 1, 2));
    CK("[1 a <nil> 2.5 {1 2}]|[]interface {}{1, \"a\", interface {}(nil)}|[<nil> %!d(string=a)]",
       "%v|%#v|%d", anys, SL(type_any_s, GoEface, I(1), S("a"), NILV),
       SL(type_any_s, GoEface, NILV, S("a")));
    CK("[  1.00   2.50]|[+1 -1]|6869|[6869]|68 69|[\"a\" '\\x01' 'x']", "%6.2f|%+d|%x|%X|% x|%q",
       SL(type_f64_s, GoFloat64, 1, 2.5), SL(type_ints, GoInt, 1, -1), S("hi"),
       SL(type_strings, GoString, GSL("hi")), S("hi"),
       SL(type_any_s, GoEface, S("a"), I(1), V(rt_type_int32, GoInt32, 'x')));
    CK("[65 128512]|[41]|[FF]|[10]|[A B]|[U+0041]|['A']", "%v|%x|%X|%o|%c|%U|%q",
       SL(type_i32_s, GoInt32, 65, 0x1F600), SL(type_i32_s, GoInt32, 65),
       SL(type_i32_s, GoInt32, 255), SL(type_i32_s, GoInt32, 8), SL(type_i32_s, GoInt32, 65, 66),
       SL(type_i32_s, GoInt32, 65), SL(type_i32_s, GoInt32, 65));
    CK("[true false]", "%v", SL(type_bool_s, GoBool, true, false));
    CK("[\"\\u00e9\"]|[\"a`\"]|[a]|[\"a\"]", "%+q|%#q|%.1s|%.1q",
       SL(type_strings, GoString, GSL("\xc3\xa9")), SL(type_strings, GoString, GSL("a`")),
       SL(type_strings, GoString, GSL("abc")), SL(type_strings, GoString, GSL("abc")));
    GoSlice one = {(GoInt[]){1}, 1, 1}, two = {(GoInt[]){2, 3}, 2, 2};
    CK("[[1] [2 3]]", "%v", SL(type_ints_s, GoSlice, one, two));
    CK("[{1 2} {3 4}]|[2]main.T", "%v|%T", V(type_T2, T[2], {1, 2}, {3, 4}), V(type_T2, T[2], {0}));
    GoInt arr[2] = {1, 2};
    GoInt(*parr)[2] = &arr;
    GoSlice s1 = {(GoInt[]){1}, 1, 1};
    GoSlice *ps1 = &s1;
    CK("&[1 2]|&[1]", "%v|%v", ((GoEface){&type_pint2, &parr}), ((GoEface){&type_pints, &ps1}));
    CK("[    a]|{1     2    }|{00001 00002}", "%5v|%-5v|%05d",
       SL(type_strings, GoString, GSL("a")), V(type_T, T, 1, 2), V(type_T, T, 1, 2));
}
END_TEST

START_TEST(test_maps) {
    const char *k3[] = {"b", "a", "c"};
    GoInt v3[] = {2, 1, 3};
    GoEface m3 = map_si(k3, v3, 3), m2 = map_si(k3, v3, 2);
    GoEface nilm = box_map(&type_map_si, NULL), empty = map_si(NULL, NULL, 0);
    CK("map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2}|map[]|map[string]int(nil)|map[string]int",
       "%v|%#v|%v|%#v|%T", m3, m2, nilm, nilm, empty);

    GoMap *mis = rt_make_map(&type_map_is, 0);
    put(&type_map_is, mis, &(GoInt){3}, &(GoString)GSL("c"));
    put(&type_map_is, mis, &(GoInt){-1}, &(GoString)GSL("a"));
    put(&type_map_is, mis, &(GoInt){2}, &(GoString)GSL("b"));
    GoMap *mfi = rt_make_map(&type_map_fi, 0);
    put(&type_map_fi, mfi, &(GoFloat64){NAN}, &(GoInt){1});
    put(&type_map_fi, mfi, &(GoFloat64){-1}, &(GoInt){2});
    put(&type_map_fi, mfi, &(GoFloat64){INFINITY}, &(GoInt){3});
    put(&type_map_fi, mfi, &(GoFloat64){0.5}, &(GoInt){4});
    GoMap *mbi = rt_make_map(&type_map_bi, 0);
    put(&type_map_bi, mbi, &(GoBool){true}, &(GoInt){1});
    put(&type_map_bi, mbi, &(GoBool){false}, &(GoInt){0});
    CK("map[-1:a 2:b 3:c]|map[NaN:1 -1:2 0.5:4 +Inf:3]|map[false:0 true:1]", "%v|%v|%v",
       box_map(&type_map_is, mis), box_map(&type_map_fi, mfi), box_map(&type_map_bi, mbi));

    GoMap *mts = rt_make_map(&type_map_Ts, 0);
    put(&type_map_Ts, mts, &(T){2, 1}, &(GoString)GSL("x"));
    put(&type_map_Ts, mts, &(T){1, 5}, &(GoString)GSL("y"));
    put(&type_map_Ts, mts, &(T){1, 2}, &(GoString)GSL("z"));
    GoMap *mts1 = rt_make_map(&type_map_Ts, 0);
    put(&type_map_Ts, mts1, &(T){1, 2}, &(GoString)GSL("z"));
    CK("map[{1 2}:z {1 5}:y {2 1}:x]|map[{X:1 Y:2}:z]|map[main.T]string{main.T{X:1, Y:2}:\"z\"}",
       "%v|%+v|%#v", box_map(&type_map_Ts, mts), box_map(&type_map_Ts, mts1),
       box_map(&type_map_Ts, mts1));

    GoMap *mff = rt_make_map(&type_map_FF, 0);
    put(&type_map_FF, mff, &(GoInt){1}, &(GoInt){2});
    CK("[F(v)]|{F(v)}|map[F(v):F(v)]", "%v|%v|%v", SL(type_F_s, GoInt, 1), V(type_SAF, SA, 1),
       box_map(&type_map_FF, mff));

    GoMap *msa = rt_make_map(&type_map_sa, 0);
    put(&type_map_sa, msa, &(GoString)GSL("k"), &(GoEface){NULL, NULL});
    CK("[[1 <nil>] map[k:<nil>]]", "%v",
       SL(type_any_s, GoEface, SL(type_any_s, GoEface, I(1), NILV), box_map(&type_map_sa, msa)));

    GoMap *msl = rt_make_map(&type_map_sints, 0);
    put(&type_map_sints, msl, &(GoString)GSL("a"), &(GoSlice){(GoInt[]){1}, 1, 1});
    GoMap *m1 = *(GoMap **)map_si((const char *[]){"a"}, (GoInt[]){1}, 1).data;
    GoMap **pm1 = &m1;
    CK("map[a:[1]]|[map[a:1]]|&map[a:1]", "%v|%v|%v", box_map(&type_map_sints, msl),
       SL(type_map_si_s, GoMap *, m1), ((GoEface){&type_pmap_si, &pm1}));
    CK("{1 2}%!(EXTRA []int=[1], map[string]int=map[a:1])", "%d", V(type_T, T, 1, 2),
       SL(type_ints, GoInt, 1), box_map(&type_map_si, m1));
}
END_TEST

START_TEST(test_methods) {
    CK("St1|[St1 St2]|[{1} {2}]|St3|main.St{N:4}|537435", "%v|%v|%d|%s|%#v|%x", V(type_St, St, 1),
       SL(type_St_s, St, {1}, {2}), SL(type_St_s, St, {1}, {2}), V(type_St, St, 3),
       V(type_St, St, 4), V(type_St, St, 5));
    CK("err1|err2|3|\"err4\"|5|[err6]", "%v|%s|%d|%q|%#v|%+v", V(type_E, GoInt, 1),
       V(type_E, GoInt, 2), V(type_E, GoInt, 3), V(type_E, GoInt, 4), V(type_E, GoInt, 5),
       SL(type_E_s, GoInt, 6));
    CK("{1}|G!|[]main.G{G!}|{A:3}", "%v|%#v|%#v|%+v", V(type_G, G, 1), V(type_G, G, 1),
       SL(type_G_s, G, {2}), V(type_G, G, 3));
    GoEface f = V(type_F, GoInt, 1);
    CK("F(v)|F(v +)|F(v #)|F(x w5 p2)|F(d w8 -)|F(d  )|main.F", "%v|%+v|%#v|%5.2x|%-08d|% d|%T",
       f, f, f, f, f, f, f);
    St ps = {1};
    St *pps = &ps;
    GoSlice empty = {(St *[]){NULL}, 0, 1};
    SLICE_T(type_pPS_s, "[]*main.PS", type_pPS);
    CK("{1}|PS|[]", "%v|%v|%+v", V(type_PS, St, 1), ((GoEface){&type_pPS, &pps}),
       ((GoEface){&type_pPS_s, &empty}));
    W w = {{1}, {2}, V(type_St, St, 3), V(type_E, GoInt, 4)};
    W zero = {{0}, {0}, NILV, NILV};
    CK("{St1 {2} St3 err4}|{Pub:St1 priv:{N:2} I:St3 Err:err4}|main.W{Pub:main.St{N:0}, "
       "priv:main.St{N:0}, I:interface {}(nil), Err:error(nil)}",
       "%v|%+v|%#v", ((GoEface){&type_W, &w}), ((GoEface){&type_W, &w}),
       ((GoEface){&type_W, &zero}));
    CK("green|1|[red green]|726564|00000001", "%v|%d|%s|%x|%08b", V(type_Color, GoInt, 1),
       V(type_Color, GoInt, 1), SL(type_Color_s, GoInt, 0, 1), V(type_Color, GoInt, 0),
       V(type_Color, GoInt, 1));
    St st = {1};
    St *pst = &st;
    G g = {1};
    G *pg = &g;
    CK("St1|&{1}", "%s|%v", ((GoEface){&type_pSt, &pst}), ((GoEface){&type_pG, &pg}));
    CK("err1|err2", "%v|%s", V(type_E, GoInt, 1), V(type_E, GoInt, 2));
    CK("[err1 <nil>]", "%v", SL(type_error_s, GoEface, V(type_E, GoInt, 1), NILV));
    CK("%!w(main.E=1)|%!w(int=5)", "%w|%w", V(type_E, GoInt, 1), I(5));
}
END_TEST

START_TEST(test_nil_interfaces_and_bad_verbs) {
    CK("{<nil>}|struct { A interface {} }{A:interface {}(nil)}|{<nil>}|struct { E error }{E:error(nil)}",
       "%v|%#v|%v|%#v", V(type_SEA, SE, NILV), V(type_SEA, SE, NILV), V(type_SEE, SEE, NILV),
       V(type_SEE, SEE, NILV));
    CK("[%!d(string=a)]|{%!t(int=1) %!t(int=2)}|{%!s(int=1)}|{ff 6869}", "%d|%t|%s|%x",
       SL(type_strings, GoString, GSL("a")), V(type_T, T, 1, 2), V(type_SAI, SA, 1),
       V(type_SAS, SAS, 255, GSL("hi")));
    CK("{1 2} %!d(MISSING)", "%d %d", V(type_T, T, 1, 2));
    CK("{%!!(int=1) %!!(int=2)}|%!z(MISSING)", "%!|%z", V(type_T, T, 1, 2));
    CK("1 %!v(MISSING)", "%v %v", I(1));
}
END_TEST

START_TEST(test_complex) {
    CK("(1+2i)|(1.50-2.25i)|(+3.0e+00+0.0e+00i)|(1+2i)|complex128|(0.1+0i)|complex64",
       "%v|%.2f|%+.1e|%#v|%T|%v|%T", V(rt_type_complex128, GoComplex128, 1, 2),
       V(rt_type_complex128, GoComplex128, 1.5, -2.25), V(rt_type_complex128, GoComplex128, 3, 0),
       V(rt_type_complex128, GoComplex128, 1, 2), V(rt_type_complex128, GoComplex128, 1, 2),
       V(rt_type_complex64, GoComplex64, 0.1f, 0.0f), V(rt_type_complex64, GoComplex64, 1, 0));
}
END_TEST

START_TEST(test_print_and_println) {
    GoEface args[] = {V(type_T, T, 1, 2), S("x"), SL(type_ints, GoInt, 1), V(type_St, St, 7)};
    ck_gostr_eq(rt_fmt_sprint(args, 4), "{1 2}x[1] St7");
    ck_gostr_eq(rt_fmt_sprintln(args, 4), "{1 2} x [1] St7\n");
    ck_gostr_eq(fmt__Sprint((GoSlice){args, 2, 2}), "{1 2}x");
}
END_TEST

/* ---- Errorf --------------------------------------------------------------------------- */

static GoString call_error(GoEface e) {
    return ((GoString(*)(void *))rt_fmt_find_method(e.type, "Error"))(e.data);
}

START_TEST(test_errorf) {
    GoEface a1[] = {V(type_E, GoInt, 7)};
    GoEface e = fmt__Errorf(gs("wrap: %w"), (GoSlice){a1, 1, 1});
    ck_assert_str_eq(e.type->name, "*fmt.wrapError");
    ck_gostr_eq(call_error(e), "wrap: err7");
    GoEface inner = ((GoEface(*)(void *))rt_fmt_find_method(e.type, "Unwrap"))(e.data);
    ck_assert_ptr_eq(inner.type, &type_E);
    ck_assert_int_eq(*(GoInt *)inner.data, 7);
    GoEface a2[] = {V(type_E, GoInt, 1), V(type_E, GoInt, 2)};
    GoEface e2 = fmt__Errorf(gs("%w and %w"), (GoSlice){a2, 2, 2});
    ck_gostr_eq(call_error(e2), "err1 and %!w(main.E=2)");
    GoEface a3[] = {I(5)};
    ck_gostr_eq(call_error(fmt__Errorf(gs("x %w"), (GoSlice){a3, 1, 1})), "x %!w(int=5)");
    GoEface a4[] = {NILV};
    ck_gostr_eq(call_error(fmt__Errorf(gs("x %w"), (GoSlice){a4, 1, 1})), "x %!w(<nil>)");
    /* %v of a *fmt.wrapError calls its Error method. */
    GoEface a5[] = {e};
    ck_gostr_eq(rt_fmt_sprintf(gs("<%v>"), a5, 1), "<wrap: err7>");
}
END_TEST

/* ---- Fprintf and Appendf ---------------------------------------------------------------- */

/* A writer: type Sink struct{ buf []byte }, Write on *Sink. */
typedef struct { RtBuf buf; } Sink;
static Tuple_GoInt_GoEface Sink_Write(void *recv, GoSlice p) {
    Sink *s = *(Sink **)recv;
    rt_buf_write(&s->buf, p.ptr, (size_t)p.len);
    return (Tuple_GoInt_GoEface){p.len, {NULL, NULL}};
}
static const GoMethod Sink_methods[] = {METHOD("Write", Sink_Write)};
static const GoType type_Sink = {.kind = RT_KIND_STRUCT, .size = sizeof(Sink), .name = "main.Sink",
                                 .named = true};
static const GoType type_pSink = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.Sink",
                                  .elem = &type_Sink, .methods = Sink_methods, .nmethods = 1};

START_TEST(test_fprintf_appendf) {
    Sink *s = rt_alloc(sizeof *s);
    rt_buf_init(&s->buf);
    GoEface w = {&type_pSink, &s};
    GoEface args[] = {V(type_T, T, 1, 2)};
    Tuple_GoInt_GoEface r = fmt__Fprintf(w, gs("t=%+v\n"), (GoSlice){args, 1, 1});
    ck_assert_int_eq(r.r0, 12);
    ck_assert_ptr_null(r.r1.type);
    ck_gostr_eq(rt_buf_string(&s->buf), "t={X:1 Y:2}\n");
    GoSlice b = {(uint8_t[]){'>', 0}, 1, 2};
    GoSlice out = fmt__Appendf(b, gs("%v!"), (GoSlice){args, 1, 1});
    ck_gostr_eq(((GoString){out.ptr, out.len}), ">{1 2}!");
}
END_TEST

static Suite *fmt_suite(void) {
    Suite *s = suite_create("runtime_fmt");
    TCase *tc = tcase_create("fmt");
    tcase_add_test(tc, test_structs_and_pointers);
    tcase_add_test(tc, test_slices_and_arrays);
    tcase_add_test(tc, test_maps);
    tcase_add_test(tc, test_methods);
    tcase_add_test(tc, test_nil_interfaces_and_bad_verbs);
    tcase_add_test(tc, test_complex);
    tcase_add_test(tc, test_print_and_println);
    tcase_add_test(tc, test_errorf);
    tcase_add_test(tc, test_fprintf_appendf);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    GC_INIT();
    SRunner *sr = srunner_create(fmt_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
