/*
 * test_lib_more.c — unit tests of sort's pdqsort, IntSlice & co. and
 * Reverse (runtime/lib/sort.c), unicode's RangeTables and Is/In/IsOneOf
 * (unicode.c, unicode_vars.c), fmt's scanning with fmt.Scanner operands
 * (fmt_scan.c), the Bessel functions (math_bessel.c) and bufio.Reader's
 * UnreadRune, UnreadByte, Peek, Discard and ReadLine (bufio.c).
 *
 * Every expectation was printed by Go 1.19 (go run of small programs whose
 * output is pasted below): the order in which sort.Sort and sort.Slice
 * leave equal elements, and how many times they call Less, must be gc's.
 * Readers for Fscan are made in C with descriptors whose methods follow
 * the method ABI (recv points to the word holding the pointer).
 */
#include <check.h>
#include <gc.h>
#include <math.h>
#include <string.h>

#include "go2c_rt.h"
#include "rt_internal.h"
#include "lib/lib.h"

/* ---- the functions under test (generated code declares them itself) ---- */
void sort__Sort(GoEface data);
void sort__Slice(GoEface x, GoFunc *less);
GoBool sort__IsSorted(GoEface data);
GoEface sort__Reverse(GoEface data);
GoInt sort__IntSlice__Len(GoSlice x);
GoBool sort__IntSlice__Less(GoSlice x, GoInt i, GoInt j);
void sort__IntSlice__Swap(GoSlice x, GoInt i, GoInt j);
void sort__IntSlice__Sort(GoSlice x);
GoInt sort__IntSlice__Search(GoSlice x, GoInt v);
GoBool sort__Float64Slice__Less(GoSlice x, GoInt i, GoInt j);
void sort__Float64Slice__Sort(GoSlice x);
GoInt sort__Float64Slice__Search(GoSlice x, GoFloat64 v);
void sort__StringSlice__Sort(GoSlice x);
GoInt sort__StringSlice__Search(GoSlice x, GoString v);
GoBool unicode__In(GoInt32 r, GoSlice ranges);
GoBool unicode__IsOneOf(GoSlice ranges, GoInt32 r);
extern unicode__RangeTable *unicode__Greek, *unicode__Latin, *unicode__Letter, *unicode__L,
    *unicode__Han, *unicode__Nd, *unicode__White_Space;
extern GoSlice unicode__GraphicRanges;
Tuple_GoInt_GoEface fmt__Sscan(GoString str, GoSlice a);
Tuple_GoInt_GoEface fmt__Sscanln(GoString str, GoSlice a);
Tuple_GoInt_GoEface fmt__Sscanf(GoString str, GoString format, GoSlice a);
Tuple_GoInt_GoEface fmt__Fscan(GoEface r, GoSlice a);
Tuple_GoInt_GoEface fmt__Fscanf(GoEface r, GoString format, GoSlice a);
GoString strconv__NumError__Error(strconv__NumError *e);

static GoString gs(const char *s) {
    return (GoString){(const uint8_t *)s, (GoInt)strlen(s)};
}

/* A NUL-terminated copy of s, for ck_assert_str_eq. */
static const char *cs(GoString s) {
    char *p = rt_alloc_atomic((size_t)s.len + 1);
    memcpy(p, s.ptr, (size_t)s.len);
    p[s.len] = '\0';
    return p;
}

/* err.Error() of an error the library made (errors.New or a NumError),
 * through its descriptor's Error method; "<nil>" for nil. */
static const char *err_text(GoEface err) {
    if (err.type == NULL)
        return "<nil>";
    GoString (*fn)(void *) = (GoString(*)(void *))rt_method(err.type, "Error", NULL);
    ck_assert_ptr_nonnull(fn);
    return cs(fn(err.data));
}

static void setup(void) {
    rt_lib_init_strconv_os_io();
}

/* ---- sort: a sort.Interface over records, with counted Less calls ------------------------ */

typedef struct { GoInt key, id; } Rec;
typedef struct { Rec *r; GoInt n; } Recs;   /* the value behind *Recs */
static GoInt nless;

static GoInt recs_len(void *recv) { return (*(Recs **)recv)->n; }
static GoBool recs_less(void *recv, GoInt i, GoInt j) {
    Rec *r = (*(Recs **)recv)->r;
    nless++;
    return r[i].key < r[j].key;
}
static void recs_swap(void *recv, GoInt i, GoInt j) {
    Rec *r = (*(Recs **)recv)->r, t = r[i];
    r[i] = r[j];
    r[j] = t;
}
static const GoMethod recs_methods[] = {
    {"Len", (void (*)(void))recs_len},
    {"Less", (void (*)(void))recs_less},
    {"Swap", (void (*)(void))recs_swap},
};
static const GoType recs_elem = {.kind = RT_KIND_STRUCT, .size = sizeof(Recs), .name = "main.Recs",
                                 .named = true};
static const GoType recs_type = {.kind = RT_KIND_POINTER, .size = sizeof(void *), .name = "*main.Recs",
                                 .comparable = true, .elem = &recs_elem, .methods = recs_methods,
                                 .nmethods = 3};

static GoEface recs(Rec *r, GoInt n) {
    Recs *p = rt_alloc(sizeof *p);
    *p = (Recs){r, n};
    return rt_box(&recs_type, &p);
}

START_TEST(test_pdqsort_order) {
    /* 60 records with keys (i*37)%5: Go's sort.Sort order and Less count */
    static const int want[60] = {
        40, 30, 55, 10, 20, 5,  50, 0,  35, 45, 15, 25, 38, 13, 58, 23, 8,  33, 18, 48,
        53, 43, 28, 3,  31, 36, 26, 1,  56, 51, 21, 6,  46, 11, 41, 16, 49, 24, 14, 39,
        59, 34, 54, 4,  44, 9,  29, 19, 47, 7,  37, 32, 52, 17, 42, 2,  22, 57, 27, 12};
    Rec *r = rt_alloc(60 * sizeof(Rec));
    for (int i = 0; i < 60; i++)
        r[i] = (Rec){(i * 37) % 5, i};
    nless = 0;
    sort__Sort(recs(r, 60));
    for (int i = 0; i < 60; i++)
        ck_assert_int_eq(r[i].id, want[i]);
    ck_assert_int_eq(nless, 233);
    ck_assert(sort__IsSorted(recs(r, 60)));

    /* 100 records in decreasing key order: pdqsort reverses the range */
    static const int want3[20] = {99, 95, 89, 81, 79, 74, 70, 62, 59, 55,
                                  52, 42, 40, 34, 30, 24, 20, 16, 10, 4};
    Rec *r3 = rt_alloc(100 * sizeof(Rec));
    for (int i = 0; i < 100; i++)
        r3[i] = (Rec){(100 - i) / 4, i};
    nless = 0;
    sort__Sort(recs(r3, 100));
    for (int i = 0; i < 20; i++)
        ck_assert_int_eq(r3[i * 5].id, want3[i]);
    ck_assert_int_eq(nless, 525);
}
END_TEST

static Rec *slice_recs;
static GoInt slice_calls;
static GoBool slice_less(void *env, GoInt i, GoInt j) {
    (void)env;
    slice_calls++;
    return slice_recs[i].key < slice_recs[j].key;
}

START_TEST(test_slice_order) {
    static const int want[30] = {0,   264, 209, 150, 161, 15,  238, 70,  84,  90,
                                 9,   288, 156, 130, 133, 274, 210, 65,  296, 252,
                                 179, 30,  140, 69,  107, 193, 72,  270, 280, 17};
    static const GoType rec_type = {.kind = RT_KIND_STRUCT, .size = sizeof(Rec), .name = "main.Rec"};
    static const GoType slice_type = {.kind = RT_KIND_SLICE, .size = sizeof(GoSlice),
                                      .name = "[]main.Rec", .elem = &rec_type};
    slice_recs = rt_alloc(300 * sizeof(Rec));
    for (int i = 0; i < 300; i++)
        slice_recs[i] = (Rec){(GoInt)((i * i * 7) % 11), i};
    GoSlice s = {slice_recs, 300, 300};
    GoFunc less = {(void (*)(void))slice_less};
    slice_calls = 0;
    sort__Slice((GoEface){&slice_type, &s}, &less);
    for (int i = 0; i < 30; i++)
        ck_assert_int_eq(slice_recs[i * 10].id, want[i]);
    ck_assert_int_eq(slice_calls, 1142);
}
END_TEST

START_TEST(test_slice_types) {
    GoInt ints[] = {5, 2, 8, 2, 9, 1};
    GoSlice is = {ints, 6, 6};
    ck_assert_int_eq(sort__IntSlice__Len(is), 6);
    ck_assert(!sort__IntSlice__Less(is, 0, 1));
    sort__IntSlice__Swap(is, 0, 5);
    ck_assert_int_eq(ints[0], 1);
    sort__IntSlice__Sort(is);
    ck_assert_int_eq(ints[5], 9);
    ck_assert_int_eq(sort__IntSlice__Search(is, 3), 3);
    GoFloat64 fl[] = {2.5, NAN, -1, INFINITY};
    GoSlice fs = {fl, 4, 4};
    ck_assert(sort__Float64Slice__Less(fs, 1, 0)); /* NaN first */
    sort__Float64Slice__Sort(fs);
    ck_assert(isnan(fl[0]) && fl[1] == -1 && fl[3] == INFINITY);
    ck_assert_int_eq(sort__Float64Slice__Search(fs, 0), 2);
    GoString strs[] = {gs("pear"), gs("apple"), gs("fig")};
    GoSlice ss = {strs, 3, 3};
    sort__StringSlice__Sort(ss);
    ck_assert_str_eq(cs(strs[0]), "apple");
    ck_assert_int_eq(sort__StringSlice__Search(ss, gs("fig")), 1);
}
END_TEST

START_TEST(test_reverse) {
    Rec *r = rt_alloc(20 * sizeof(Rec));
    for (int i = 0; i < 20; i++)
        r[i] = (Rec){i % 4, i};
    GoEface rev = sort__Reverse(recs(r, 20));
    ck_assert_str_eq(rev.type->name, "*sort.reverse");
    GoInt (*len_fn)(void *) = (GoInt(*)(void *))rt_method(rev.type, "Len", NULL);
    GoBool (*less_fn)(void *, GoInt, GoInt) =
        (GoBool(*)(void *, GoInt, GoInt))rt_method(rev.type, "Less", NULL);
    ck_assert_int_eq(len_fn(rev.data), 20);
    ck_assert(less_fn(rev.data, 1, 0)); /* key 1 > key 0: "less" reversed */
    sort__Sort(rev);
    for (int i = 1; i < 20; i++)
        ck_assert(r[i - 1].key >= r[i].key);
    ck_assert(sort__IsSorted(rev));
    ck_assert(!sort__IsSorted(recs(r, 20)));
    /* %v prints the *reverse as &{<the wrapped interface>}: a pointer here */
    ck_assert(strncmp(cs(rt_fmt_sprint(&rev, 1)), "&{0x", 4) == 0);
}
END_TEST

/* ---- unicode ------------------------------------------------------------------------- */

START_TEST(test_unicode_tables) {
    /* Go: unicode.Is(unicode.Greek, 'λ'), 'l'; len(Latin.R16), Latin.LatinOffset */
    ck_assert(unicode__Is(unicode__Greek, 0x3BB));
    ck_assert(!unicode__Is(unicode__Greek, 'l'));
    ck_assert_int_eq(unicode__Latin->R16.len, 29);
    ck_assert_int_eq(unicode__Latin->LatinOffset, 5);
    ck_assert_ptr_eq(unicode__Letter, unicode__L);
    ck_assert(unicode__Is(unicode__Han, 0x4E2D));
    ck_assert(unicode__Is(unicode__Nd, 0x663));   /* ARABIC-INDIC DIGIT THREE */
    ck_assert(unicode__Is(unicode__White_Space, 0x3000));
    ck_assert(!unicode__Is(unicode__Letter, -1));
    ck_assert(!unicode__Is(unicode__Letter, 0x110000));
    ck_assert(unicode__In(0x1F600, unicode__GraphicRanges));
    unicode__RangeTable *two[] = {unicode__Greek, unicode__Han};
    ck_assert(unicode__IsOneOf((GoSlice){two, 2, 2}, 0x4E2D));
    ck_assert(!unicode__IsOneOf((GoSlice){two, 2, 2}, 'a'));
    ck_assert(!unicode__In('a', (GoSlice){NULL, 0, 0}));
}
END_TEST

START_TEST(test_unicode_custom) {
    unicode__Range16 r16[] = {{'a', 'z', 3}};
    unicode__Range32 r32[] = {{0x10000, 0x10010, 2}};
    unicode__RangeTable t = {{r16, 1, 1}, {r32, 1, 1}, 0};
    ck_assert(unicode__Is(&t, 'a'));
    ck_assert(!unicode__Is(&t, 'b'));
    ck_assert(unicode__Is(&t, 'd'));
    ck_assert(unicode__Is(&t, 0x10002));
    ck_assert(!unicode__Is(&t, 0x10003));
    ck_assert(!unicode__Is(&t, 0x10012));
}
END_TEST

/* ---- fmt scanning -------------------------------------------------------------------- */

/* An operand: a pointer in an interface (data points to the word). */
static GoEface ptr_to(const GoType *ptr_type, void *p) {
    void **word = rt_alloc(sizeof *word);
    *word = p;
    return (GoEface){ptr_type, word};
}
static const GoType int_ptr = {.kind = RT_KIND_POINTER, .size = 8, .name = "*int", .elem = &rt_type_int};
static const GoType str_ptr = {.kind = RT_KIND_POINTER, .size = 8, .name = "*string",
                               .elem = &rt_type_string};
static const GoType f64_ptr = {.kind = RT_KIND_POINTER, .size = 8, .name = "*float64",
                               .elem = &rt_type_float64};

START_TEST(test_sscan) {
    GoInt a = 0, b = 0;
    GoString s = {0};
    GoFloat64 f = 0;
    GoEface args[] = {ptr_to(&int_ptr, &a), ptr_to(&str_ptr, &s), ptr_to(&f64_ptr, &f)};
    /* Go: fmt.Sscanf("7 abc 2.5", "%d %s %g", ...) = 3 <nil> */
    Tuple_GoInt_GoEface r = fmt__Sscanf(gs("7 abc 2.5"), gs("%d %s %g"), (GoSlice){args, 3, 3});
    ck_assert_int_eq(r.r0, 3);
    ck_assert_ptr_null(r.r1.type);
    ck_assert_int_eq(a, 7);
    ck_assert_str_eq(cs(s), "abc");
    ck_assert(f == 2.5);
    /* Go: fmt.Sscan("1 x", &a, &b) = 1 expected integer */
    GoEface ab[] = {ptr_to(&int_ptr, &a), ptr_to(&int_ptr, &b)};
    r = fmt__Sscan(gs("1 x"), (GoSlice){ab, 2, 2});
    ck_assert_int_eq(r.r0, 1);
    ck_assert_str_eq(err_text(r.r1), "expected integer");
    r = fmt__Sscanln(gs("1 2 3"), (GoSlice){ab, 2, 2});
    ck_assert_int_eq(r.r0, 2);
    ck_assert_str_eq(err_text(r.r1), "expected newline");
    r = fmt__Sscan(gs("99999999999999999999"), (GoSlice){ab, 1, 1});
    ck_assert_str_eq(err_text(r.r1),
                     "strconv.ParseInt: parsing \"99999999999999999999\": value out of range");
    r = fmt__Sscan(gs(""), (GoSlice){ab, 1, 1});
    ck_assert_str_eq(err_text(r.r1), "EOF");
    r = fmt__Sscanf(gs("5"), gs("%d %d"), (GoSlice){ab, 2, 2});
    ck_assert_int_eq(r.r0, 1);
    ck_assert_str_eq(err_text(r.r1), "EOF");
    r = fmt__Sscanf(gs("1"), gs("%s"), (GoSlice){ab, 1, 1});
    ck_assert_str_eq(err_text(r.r1), "bad verb '%s' for integer");
    GoEface not_ptr = rt_box(&rt_type_int, &a);
    r = fmt__Sscan(gs("1"), (GoSlice){&not_ptr, 1, 1});
    ck_assert_str_eq(err_text(r.r1), "type not a pointer: int");
}
END_TEST

/* A reader that is not an io.RuneScanner: Fscan reads it byte by byte and
 * loses the rune it read past the token. */
typedef struct { GoString text; GoInt pos; } ByteReader;
static Tuple_GoInt_GoEface byte_read(void *recv, GoSlice p) {
    ByteReader *r = *(ByteReader **)recv;
    if (r->pos == r->text.len)
        return (Tuple_GoInt_GoEface){0, io__EOF};
    ((uint8_t *)p.ptr)[0] = r->text.ptr[r->pos++];
    return (Tuple_GoInt_GoEface){1, {0}};
}
static const GoMethod byte_reader_methods[] = {{"Read", (void (*)(void))byte_read}};
static const GoType byte_reader_elem = {.kind = RT_KIND_STRUCT, .size = sizeof(ByteReader),
                                        .name = "main.B", .named = true};
static const GoType byte_reader_type = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.B",
                                        .comparable = true, .elem = &byte_reader_elem,
                                        .methods = byte_reader_methods, .nmethods = 1};

/* A rune scanner over ASCII text: Fscan puts its look-ahead back. */
typedef struct { GoInt32 r0; GoInt r1; GoEface r2; } RuneResult;
static RuneResult rune_read(void *recv) {
    ByteReader *r = *(ByteReader **)recv;
    if (r->pos == r->text.len)
        return (RuneResult){0, 0, io__EOF};
    return (RuneResult){r->text.ptr[r->pos++], 1, {0}};
}
static GoEface rune_unread(void *recv) {
    (*(ByteReader **)recv)->pos--;
    return (GoEface){0};
}
static const GoMethod rune_reader_methods[] = {
    {"Read", (void (*)(void))byte_read},
    {"ReadRune", (void (*)(void))rune_read},
    {"UnreadRune", (void (*)(void))rune_unread},
};
static const GoType rune_reader_type = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.RS",
                                        .comparable = true, .elem = &byte_reader_elem,
                                        .methods = rune_reader_methods, .nmethods = 3};

START_TEST(test_fscan) {
    GoInt a = 0, b = 0;
    GoEface ab[] = {ptr_to(&int_ptr, &a), ptr_to(&int_ptr, &b)};
    ByteReader *br = rt_alloc(sizeof *br);
    *br = (ByteReader){gs("5 6 7"), 0};
    Tuple_GoInt_GoEface r = fmt__Fscan(rt_box(&byte_reader_type, &br), (GoSlice){ab, 1, 1});
    ck_assert_int_eq(r.r0, 1);
    ck_assert_int_eq(a, 5);
    ck_assert_int_eq(br->pos, 2); /* the space after 5 is gone */
    ByteReader *rs = rt_alloc(sizeof *rs);
    *rs = (ByteReader){gs("5 6 7"), 0};
    r = fmt__Fscan(rt_box(&rune_reader_type, &rs), (GoSlice){ab, 1, 1});
    ck_assert_int_eq(r.r0, 1);
    ck_assert_int_eq(rs->pos, 1); /* Go: strings.Reader has 4 bytes left */
    r = fmt__Fscanf(rt_box(&rune_reader_type, &rs), gs(" %d %d"), (GoSlice){ab, 2, 2});
    ck_assert_int_eq(r.r0, 2);
    ck_assert_int_eq(a, 6);
    ck_assert_int_eq(b, 7);
}
END_TEST

/* ---- math: the Bessel functions, bit for bit (math_bessel.c) ----------------------------
 * Go 1.19: fmt.Printf("%#x", math.Float64bits(math.J0(2.5))) and so on. */
GoFloat64 math__J0(GoFloat64 x);
GoFloat64 math__J1(GoFloat64 x);
GoFloat64 math__Jn(GoInt n, GoFloat64 x);
GoFloat64 math__Y0(GoFloat64 x);
GoFloat64 math__Y1(GoFloat64 x);
GoFloat64 math__Yn(GoInt n, GoFloat64 x);

static uint64_t bits(double f) {
    uint64_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

START_TEST(test_bessel_bits) {
    ck_assert_uint_eq(bits(math__J0(2.5)), 0xbfa8c5c2232cff40u);
    ck_assert_uint_eq(bits(math__J0(0.75)), 0x3feba7df6a752a19u);
    /* gc returns x/2 for tiny |x| before restoring J1's sign */
    ck_assert_uint_eq(bits(math__J1(-1e-9)), 0x3e012e0be826d695u);
    ck_assert_uint_eq(bits(math__J1(-7.25)), 0xbfb18e920168c570u);
    ck_assert_uint_eq(bits(math__Y0(1e-10)), 0xc02d770c5f760b82u);
    ck_assert_uint_eq(bits(math__Y0(1e40)), 0x3bc2c6b2293952ccu);
    ck_assert_uint_eq(bits(math__Y1(3)), 0x3fd4c7773d150462u);
    ck_assert_uint_eq(bits(math__Y1(0.3)), 0xc002584781bd58a7u);
    ck_assert_uint_eq(bits(math__Jn(5, 1.5)), 0x3f5d7b52691f1e6du);
    ck_assert_uint_eq(bits(math__Jn(-3, 10)), 0xbfade3e6e9c0cc09u);
    ck_assert_uint_eq(bits(math__Jn(40, 1e-10)), 0u);
    ck_assert_uint_eq(bits(math__Jn(3, 1e303)), 0x20740276fbf54ac4u);
    ck_assert_uint_eq(bits(math__Yn(7, 4)), 0xc00da658bb9065b1u);
    ck_assert_uint_eq(bits(math__Yn(-3, 2)), 0x3ff20b670067d2f2u);
    ck_assert_uint_eq(bits(math__Yn(2, 0)), 0xfff0000000000000u);
    ck_assert_uint_eq(bits(math__Yn(-1, 0)), 0x7ff0000000000000u);
    ck_assert_uint_eq(bits(math__Y0(-1)), 0x7ff8000000000001u); /* gc's NaN */
}
END_TEST

/* ---- bufio.Reader: UnreadRune, UnreadByte, Peek, Discard, ReadLine (bufio.c) ---------- */
typedef struct bufio__Reader bufio__Reader;
typedef struct { GoUint8 r0; GoEface r1; } ByteResult;
typedef struct { GoSlice r0; GoBool r1; GoEface r2; } LineResult;
bufio__Reader *bufio__NewReaderSize(GoEface rd, GoInt size);
RuneResult bufio__Reader__ReadRune(bufio__Reader *b);
GoEface bufio__Reader__UnreadRune(bufio__Reader *b);
ByteResult bufio__Reader__ReadByte(bufio__Reader *b);
GoEface bufio__Reader__UnreadByte(bufio__Reader *b);
Tuple_GoSlice_GoEface bufio__Reader__Peek(bufio__Reader *b, GoInt n);
Tuple_GoInt_GoEface bufio__Reader__Discard(bufio__Reader *b, GoInt n);
LineResult bufio__Reader__ReadLine(bufio__Reader *b);

static const char *slice_text(GoSlice s) {
    return cs((GoString){s.ptr, s.len});
}

/* Go: b := bufio.NewReaderSize(r, 16) over "é!\r\n" + 20 x's + "\n" */
START_TEST(test_bufio_unread) {
    ByteReader *br = rt_alloc(sizeof *br);
    *br = (ByteReader){gs("\xc3\xa9!\r\nxxxxxxxxxxxxxxxxxxxx\n"), 0};
    bufio__Reader *b = bufio__NewReaderSize(rt_box(&byte_reader_type, &br), 16);
    ck_assert_str_eq(err_text(bufio__Reader__UnreadRune(b)), "bufio: invalid use of UnreadRune");
    ck_assert_str_eq(err_text(bufio__Reader__UnreadByte(b)), "bufio: invalid use of UnreadByte");
    RuneResult r = bufio__Reader__ReadRune(b);
    ck_assert_int_eq(r.r0, 0xe9);
    ck_assert_int_eq(r.r1, 2);
    ck_assert_str_eq(err_text(bufio__Reader__UnreadRune(b)), "<nil>");
    ck_assert_str_eq(err_text(bufio__Reader__UnreadRune(b)), "bufio: invalid use of UnreadRune");
    ByteResult c = bufio__Reader__ReadByte(b); /* the first byte of é */
    ck_assert_uint_eq(c.r0, 0xc3);
    ck_assert_str_eq(err_text(bufio__Reader__UnreadRune(b)), "bufio: invalid use of UnreadRune");
    ck_assert_str_eq(err_text(bufio__Reader__UnreadByte(b)), "<nil>");
    Tuple_GoSlice_GoEface pk = bufio__Reader__Peek(b, 3);
    ck_assert_str_eq(slice_text(pk.r0), "\xc3\xa9!");
    ck_assert_str_eq(err_text(bufio__Reader__UnreadByte(b)), "bufio: invalid use of UnreadByte");
    pk = bufio__Reader__Peek(b, 17);
    ck_assert_str_eq(err_text(pk.r1), "bufio: buffer full");
    Tuple_GoInt_GoEface d = bufio__Reader__Discard(b, 3);
    ck_assert_int_eq(d.r0, 3);
    LineResult l = bufio__Reader__ReadLine(b);
    ck_assert_str_eq(slice_text(l.r0), "");
    ck_assert(!l.r1);
    l = bufio__Reader__ReadLine(b);
    ck_assert_str_eq(slice_text(l.r0), "xxxxxxxxxxxxxxxx");
    ck_assert(l.r1); /* isPrefix: the buffer holds 16 */
    l = bufio__Reader__ReadLine(b);
    ck_assert_str_eq(slice_text(l.r0), "xxxx");
    ck_assert(!l.r1);
    l = bufio__Reader__ReadLine(b);
    ck_assert_ptr_null(l.r0.ptr);
    ck_assert_str_eq(err_text(l.r2), "EOF");
}
END_TEST

/* ---- fmt.Scanner: a type whose Scan method uses the ScanState (fmt_scan.c) -------------
 * The Go equivalent:
 *   func (w *W) Scan(st fmt.ScanState, verb rune) error {
 *       st.SkipSpace()
 *       t, err := st.Token(false, nil)
 *       if err != nil { return err }
 *       w.tok, w.verb = string(t), verb
 *       w.wid, w.ok = st.Width()
 *       if len(t) == 0 { return errors.New("empty") }
 *       return nil
 *   } */
typedef struct { GoString tok; GoInt32 verb; GoInt wid; GoBool ok; } W;
typedef struct { GoSlice r0; GoEface r1; } TokenResult;
typedef struct { GoInt r0; GoBool r1; } WidthResult;

static GoEface w_scan(void *recv, GoEface st, GoInt32 verb) {
    W *w = *(W **)recv;
    ((void (*)(void *))rt_method(st.type, "SkipSpace", NULL))(st.data);
    TokenResult t = ((TokenResult(*)(void *, GoBool, GoFunc *))rt_method(st.type, "Token", NULL))(
        st.data, false, NULL);
    if (t.r1.type)
        return t.r1;
    w->tok = rt_bytes_to_string(t.r0);
    w->verb = verb;
    WidthResult wr = ((WidthResult(*)(void *))rt_method(st.type, "Width", NULL))(st.data);
    w->wid = wr.r0;
    w->ok = wr.r1;
    if (t.r0.len == 0)
        return errors__New(gs("empty"));
    return (GoEface){0};
}
static const GoMethod w_methods[] = {{"Scan", (void (*)(void))w_scan}};
static const char *const w_sigs[] = {"func(fmt.ScanState, int32) error"};
static const GoType w_elem = {.kind = RT_KIND_STRUCT, .size = sizeof(W), .name = "main.W",
                              .named = true};
static const GoType w_type = {.kind = RT_KIND_POINTER, .size = 8, .name = "*main.W",
                              .comparable = true, .elem = &w_elem, .methods = w_methods,
                              .nmethods = 1, .method_sigs = w_sigs};

START_TEST(test_fmt_scanner) {
    W *w = rt_alloc(sizeof *w);
    GoEface arg = rt_box(&w_type, &w);
    GoSlice args = {&arg, 1, 1};
    Tuple_GoInt_GoEface r = fmt__Sscan(gs("  abc def"), args);
    ck_assert_int_eq(r.r0, 1);
    ck_assert_str_eq(err_text(r.r1), "<nil>");
    ck_assert_str_eq(cs(w->tok), "abc");
    ck_assert_int_eq(w->verb, 'v');
    ck_assert(!w->ok);
    r = fmt__Sscanf(gs("xyz"), gs("%2v"), args);
    ck_assert_int_eq(r.r0, 1);
    ck_assert_str_eq(cs(w->tok), "xy");
    ck_assert_int_eq(w->wid, 2);
    ck_assert(w->ok);
    r = fmt__Sscanln(gs("\nabc"), args); /* SkipSpace panics; fmt recovers */
    ck_assert_int_eq(r.r0, 0);
    ck_assert_str_eq(err_text(r.r1), "unexpected newline");
    r = fmt__Sscan(gs(""), args);
    ck_assert_int_eq(r.r0, 0);
    ck_assert_str_eq(err_text(r.r1), "empty");
    r = fmt__Sscanf(gs("q"), gs("%c"), args);
    ck_assert_int_eq(r.r0, 1);
    ck_assert_str_eq(cs(w->tok), "q");
    ck_assert_int_eq(w->verb, 'c');
}
END_TEST

int main(void) {
    GC_INIT();
    Suite *s = suite_create("lib_more");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, test_pdqsort_order);
    tcase_add_test(tc, test_slice_order);
    tcase_add_test(tc, test_slice_types);
    tcase_add_test(tc, test_reverse);
    tcase_add_test(tc, test_unicode_tables);
    tcase_add_test(tc, test_unicode_custom);
    tcase_add_test(tc, test_sscan);
    tcase_add_test(tc, test_fscan);
    tcase_add_test(tc, test_bessel_bits);
    tcase_add_test(tc, test_bufio_unread);
    tcase_add_test(tc, test_fmt_scanner);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
