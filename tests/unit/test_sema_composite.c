/*
 * test_sema_composite.c — unit tests of composite values in the type
 * checker (sema/composite.c): composite literals, field selectors,
 * indexing and slicing, &x, nil, comparison, conversions, len and cap.
 * Every expected message is gc 1.19's, confirmed with `go build`.
 */
#define _POSIX_C_SOURCE 200809L
#include "sema_harness.h"

/* The diagnostics of a program whose main function has the given body,
 * after `type Point struct{ x, y int }`: the body starts on line 6. */
static char *check_body(const char *body) {
    char src[4096];
    snprintf(src, sizeof src, "package main\n\ntype Point struct{ x, y int }\n\nfunc main() {\n%s\n}\n",
             body);
    return harness_check(src, NULL);
}

#define EXPECT_ERRORS(body, expected)                                          \
    do {                                                                       \
        char *got_ = check_body(body);                                         \
        ck_assert_str_eq(got_, expected);                                      \
        free(got_);                                                            \
    } while (0)

START_TEST(valid_composite_values) {
    EXPECT_ERRORS("\tps := []*Point{{1, 2}, &Point{x: 3}}\n"
                  "\tm := map[string][]int{\"a\": {1}, \"b\": nil}\n"
                  "\tarr := [...]Point{{1, 2}, 5: {y: 3}}\n"
                  "\tconst n = len(arr)\n"
                  "\tvar fixed [n]int\n"
                  "\tv, ok := m[\"a\"]\n"
                  "\tm[\"c\"] = fixed[1:3]\n"
                  "\tvar p *Point = nil\n"
                  "\tif p == nil && ps[0] != p && ok {\n"
                  "\t\tp = &arr[1]\n"
                  "\t\tp.x = len(v) + cap(v)\n"
                  "\t}\n"
                  "\t_ = string([]byte(\"abc\")[1:])",
                  "");
}
END_TEST

START_TEST(struct_literal_fields) {
    EXPECT_ERRORS("\t_ = Point{x: 1, z: 2}", "t.go:6:18: unknown field 'z' in struct literal of type Point\n");
    EXPECT_ERRORS("\t_ = Point{1}", "t.go:6:13: too few values in Point{…}\n");
    EXPECT_ERRORS("\t_ = Point{x: 1, 2}",
                  "t.go:6:18: mixture of field:value and value elements in struct literal\n");
    EXPECT_ERRORS("\t_ = Point{1, 2, 3}", "t.go:6:18: too many values in Point{…}\n");
    EXPECT_ERRORS("\t_ = Point{x: 1, x: 2}", "t.go:6:19: duplicate field name x in struct literal\n");
    /* an elided type is named by its underlying type, as gc does */
    EXPECT_ERRORS("\t_ = []Point{{z: 1}}",
                  "t.go:6:15: unknown field 'z' in struct literal of type struct{x int; y int}\n");
    EXPECT_ERRORS("\t_ = []Point{{1, 2, 3}}", "t.go:6:21: too many values in struct{x int; y int}{…}\n");
    EXPECT_ERRORS("\t_ = []*Point{{1}}", "t.go:6:17: too few values in Point{…}\n");
}
END_TEST

START_TEST(duplicate_keys_and_indices) {
    EXPECT_ERRORS("\t_ = map[string]int{\"a\": 1, \"a\": 2}",
                  "t.go:6:29: duplicate key \"a\" in map literal\n");
    EXPECT_ERRORS("\t_ = []int{0: 1, 0: 2}", "t.go:6:19: duplicate index 0 in array or slice literal\n");
    EXPECT_ERRORS("\t_ = [3]int{5: 1}", "t.go:6:13: invalid argument: index 5 out of bounds [0:3]\n");
    EXPECT_ERRORS("\t_ = [2]int{1, 2, 3}", "t.go:6:19: index 2 is out of bounds (>= 2)\n");
}
END_TEST

START_TEST(index_and_slice_bounds) {
    EXPECT_ERRORS("\ta := [3]int{}\n\t_ = a[5]", "t.go:7:8: invalid argument: index 5 out of bounds [0:3]\n");
    EXPECT_ERRORS("\ta := [3]int{}\n\t_ = a[1:5]", "t.go:7:10: invalid argument: index 5 out of bounds [0:4]\n");
    EXPECT_ERRORS("\ta := [3]int{}\n\t_ = a[2:1]", "t.go:7:10: invalid slice indices: 1 < 2\n");
    EXPECT_ERRORS("\tvar i int\n\t_ = i[0]", "t.go:7:7: invalid operation: cannot index i (variable of type int)\n");
}
END_TEST

START_TEST(selectors) {
    EXPECT_ERRORS("\tvar q *Point\n\t_ = q.z", "t.go:7:8: q.z undefined (type *Point has no field or method z)\n");
    EXPECT_ERRORS("\tm := map[int]Point{}\n\tm[1].x = 2", "t.go:7:2: cannot assign to struct field m[1].x in map\n");
}
END_TEST

START_TEST(address_nil_and_comparison) {
    EXPECT_ERRORS("\t_ = &1", "t.go:6:7: invalid operation: cannot take address of 1 (untyped int constant)\n");
    EXPECT_ERRORS("\tvar x int = nil\n\t_ = x", "t.go:6:14: cannot use nil as int value in variable declaration\n");
    EXPECT_ERRORS("\ts := []int{}\n\t_ = s == s",
                  "t.go:7:6: invalid operation: s == s (slice can only be compared to nil)\n");
    EXPECT_ERRORS("\tvar x int\n\t_ = x == nil",
                  "t.go:7:11: invalid operation: x == nil (mismatched types int and untyped nil)\n");
    EXPECT_ERRORS("\tvar p, q *Point\n\t_ = p < q",
                  "t.go:7:6: invalid operation: p < q (operator < not defined on pointer)\n");
}
END_TEST

START_TEST(conversions_and_switch_cases) {
    EXPECT_ERRORS("\tvar s []int\n\t_ = string(s)",
                  "t.go:7:13: cannot convert s (variable of type []int) to type string\n");
    EXPECT_ERRORS("\t_ = int(nil)", "t.go:6:10: cannot convert nil to type int\n");
    EXPECT_ERRORS("\tvar a []int\n\t_ = string([]byte(\"x\")) + string(a[:0:0]) + string((*[0]int)(a)[:])",
                  "t.go:7:36: cannot convert a[:0:0] (value of type []int) to type string\n"
                  "t.go:7:65: cannot convert (*[0]int)(a)[:] (value of type []int) to type string\n");
    EXPECT_ERRORS("\tvar a, a1 []int\n\tswitch a {\n\tcase nil:\n\tcase a1:\n\t}",
                  "t.go:9:7: invalid case a1 in switch on a (slice can only be compared to nil)\n");
}
END_TEST

static Suite *sema_composite_suite(void) {
    Suite *s = suite_create("sema_composite");
    TCase *t = tcase_create("composite");
    tcase_add_test(t, valid_composite_values);
    tcase_add_test(t, struct_literal_fields);
    tcase_add_test(t, duplicate_keys_and_indices);
    tcase_add_test(t, index_and_slice_bounds);
    tcase_add_test(t, selectors);
    tcase_add_test(t, address_nil_and_comparison);
    tcase_add_test(t, conversions_and_switch_cases);
    suite_add_tcase(s, t);
    return s;
}

int main(void) {
    SRunner *r = srunner_create(sema_composite_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
