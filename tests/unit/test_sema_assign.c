/*
 * test_sema_assign.c — unit tests of assignability in the type checker:
 * for pairs of types, whether `var x T = y` (y of type V) type-checks, and
 * gc 1.19's message when it does not (every message confirmed with
 * `go build`).
 */
#define _POSIX_C_SOURCE 200809L
#include "sema_harness.h"

/* The diagnostics of `var y V; var x T = y` inside main, after a few
 * declarations; the assignment is on line 14. */
static char *check_assign(const char *t, const char *v) {
    char src[4096];
    snprintf(src, sizeof src,
             "package main\n\n"
             "type Ints []int\n"
             "type Nums []int\n"
             "type I interface{ M() }\n"
             "type J interface{ M(); N() }\n"
             "type T struct{ a int }\n"
             "type F func(int) int\n"
             "\n"
             "func (T) M()  {}\n"
             "func (*T) N() {}\n"
             "\n"
             "func main() {\n"
             "\tvar y %s; var x %s = y\n"
             "\t_ = x\n"
             "}\n",
             v, t);
    return harness_check(src, NULL);
}

#define ASSIGNABLE(T, V)                                                       \
    do {                                                                       \
        char *got_ = check_assign(T, V);                                       \
        ck_assert_msg(strcmp(got_, "") == 0, "var x %s = y (%s): %s", T, V, got_); \
        free(got_);                                                            \
    } while (0)

/* Not assignable: the first line of the message, without position. */
#define NOT_ASSIGNABLE(T, V, msg)                                              \
    do {                                                                       \
        char *got_ = check_assign(T, V);                                       \
        char *nl_ = strchr(got_, '\n');                                        \
        if (nl_)                                                               \
            *nl_ = '\0';                                                       \
        ck_assert_str_eq(got_, "t.go:14:" msg);                               \
        free(got_);                                                            \
    } while (0)

START_TEST(identical_and_unnamed) {
    ASSIGNABLE("int", "int");
    ASSIGNABLE("[]int", "Ints");
    ASSIGNABLE("Ints", "[]int");
    ASSIGNABLE("map[string]T", "map[string]T");
    ASSIGNABLE("struct{ a int }", "T");
    ASSIGNABLE("F", "func(int) int");
    ASSIGNABLE("func(int) int", "F");
    ASSIGNABLE("*T", "*T");
    ASSIGNABLE("[2]T", "[2]T");
    ASSIGNABLE("byte", "uint8");
    ASSIGNABLE("rune", "int32");
}
END_TEST

START_TEST(distinct_types) {
    NOT_ASSIGNABLE("Nums", "Ints",
                   "27: cannot use y (variable of type Ints) as type Nums in variable declaration");
    NOT_ASSIGNABLE("int64", "int",
                   "27: cannot use y (variable of type int) as type int64 in variable declaration");
    NOT_ASSIGNABLE("float64", "float32",
                   "33: cannot use y (variable of type float32) as type float64 in variable declaration");
    NOT_ASSIGNABLE("[3]int", "[2]int",
                   "31: cannot use y (variable of type [2]int) as type [3]int in variable declaration");
    NOT_ASSIGNABLE("[]int64", "[]int",
                   "31: cannot use y (variable of type []int) as type []int64 in variable declaration");
    NOT_ASSIGNABLE("struct{ b int }", "T",
                   "35: cannot use y (variable of type T) as type struct{b int} in variable declaration");
    NOT_ASSIGNABLE("func(int) string", "F",
                   "36: cannot use y (variable of type F) as type func(int) string in variable declaration");
    NOT_ASSIGNABLE("*int", "*T",
                   "25: cannot use y (variable of type *T) as type *int in variable declaration");
}
END_TEST

START_TEST(interfaces) {
    ASSIGNABLE("I", "T");
    ASSIGNABLE("I", "*T");
    ASSIGNABLE("J", "*T");
    ASSIGNABLE("I", "J");
    ASSIGNABLE("interface{}", "Ints");
    ASSIGNABLE("any", "func()");
    NOT_ASSIGNABLE("J", "T",
                   "21: cannot use y (variable of type T) as type J in variable declaration:");
    NOT_ASSIGNABLE("J", "I",
                   "21: cannot use y (variable of type I) as type J in variable declaration:");
    NOT_ASSIGNABLE("I", "int",
                   "23: cannot use y (variable of type int) as type I in variable declaration:");
    /* an interface to a concrete type that implements it: gc's hint */
    NOT_ASSIGNABLE("T", "I",
                   "21: cannot use y (variable of type I) as type T in variable declaration:");
    NOT_ASSIGNABLE("int", "interface{}",
                   "33: cannot use y (variable of type interface{}) as type int in variable declaration:");
    NOT_ASSIGNABLE("Ints", "I",
                   "24: cannot use y (variable of type I) as type Ints in variable declaration");
}
END_TEST

START_TEST(hint_text) {
    char *got = check_assign("T", "I");
    ck_assert_str_eq(got, "t.go:14:21: cannot use y (variable of type I) as type T in variable declaration:\n"
                          "\tneed type assertion\n");
    free(got);
}
END_TEST

static Suite *sema_assign_suite(void) {
    Suite *s = suite_create("sema_assign");
    TCase *t = tcase_create("assign");
    tcase_add_test(t, identical_and_unnamed);
    tcase_add_test(t, distinct_types);
    tcase_add_test(t, interfaces);
    tcase_add_test(t, hint_text);
    suite_add_tcase(s, t);
    return s;
}

int main(void) {
    SRunner *r = srunner_create(sema_assign_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
