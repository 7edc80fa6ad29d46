/*
 * test_sema_methods.c — unit tests of sema's methods, interfaces and
 * statements (sema/methods.c, sema/flow.c): method declarations and
 * selectors, method sets and interface satisfaction, type assertions and
 * switches, labels and goto, defer, range.  Expected messages are gc
 * 1.19's, confirmed with `go build`.
 */
#define _POSIX_C_SOURCE 200809L
#include "sema_harness.h"

/* Parses and checks src; returns the diagnostics as text ("" when none). */
static char *check_source(const char *src) {
    return harness_check(src, NULL);
}

#define EXPECT_ERRORS EXPECT_DIAGNOSTICS

START_TEST(methods_interfaces_and_statements_accepted) {
    EXPECT_ERRORS(check_source(
                      "package main\n\n"
                      "type T int\n"
                      "type I interface{ M() int }\n\n"
                      "func (t T) M() int { return int(t) }\n"
                      "func (t *T) Inc()   { *t = *t + 1 }\n\n"
                      "func use(i I) int { return i.M() }\n\n"
                      "func main() {\n"
                      "\tvar t T\n"
                      "\tt.Inc()\n"
                      "\tvar i I = t\n"
                      "\tprintln(use(t), i.M(), T.M(t))\n"
                      "\tif v, ok := i.(T); ok {\n"
                      "\t\tprintln(v)\n"
                      "\t}\n"
                      "\tswitch x := i.(type) {\n"
                      "\tcase T:\n"
                      "\t\tprintln(x.M())\n"
                      "\tcase nil, error:\n"
                      "\t}\n"
                      "\tdefer println(\"done\")\n"
                      "outer:\n"
                      "\tfor i := range \"ab\" {\n"
                      "\t\tfor {\n"
                      "\t\t\tif i > 0 {\n"
                      "\t\t\t\tbreak outer\n"
                      "\t\t\t}\n"
                      "\t\t\tcontinue outer\n"
                      "\t\t}\n"
                      "\t}\n"
                      "}\n"),
                  "");
}
END_TEST

START_TEST(method_redeclared) {
    EXPECT_ERRORS(check_source("package main\n\ntype T int\n\n"
                               "func (t T) M() {}\nfunc (t T) M() {}\n\nfunc main() {}\n"),
                  "t.go:6:12: T.M redeclared in this block\n"
                  "\tt.go:5:12: other declaration of M\n");
}
END_TEST

START_TEST(pointer_receiver_not_in_value_method_set) {
    EXPECT_ERRORS(check_source("package main\n\ntype T int\ntype I interface{ M() }\n\n"
                               "func (t *T) M() {}\n\n"
                               "func main() {\n\tvar t T\n\tvar i I = t\n\t_ = i\n}\n"),
                  "t.go:10:12: cannot use t (variable of type T) as type I in variable declaration:\n"
                  "\tT does not implement I (M method has pointer receiver)\n");
}
END_TEST

START_TEST(type_switch_variable_unused) {
    EXPECT_ERRORS(check_source("package main\n\n"
                               "func main() {\n\tvar e error\n"
                               "\tswitch x := e.(type) {\n\tcase nil:\n\t}\n}\n"),
                  "t.go:5:9: x declared but not used\n");
}
END_TEST

START_TEST(goto_over_declaration) {
    EXPECT_ERRORS(check_source("package main\n\n"
                               "func main() {\n\tgoto L\n\tx := 1\nL:\n\t_ = x\n}\n"),
                  "t.go:4:7: goto L jumps over declaration of x at t.go:5:4\n");
}
END_TEST

START_TEST(range_over_integer) {
    EXPECT_ERRORS(check_source("package main\n\n"
                               "func main() {\n\tn := 3\n\tfor range n {\n\t}\n}\n"),
                  "t.go:5:12: cannot range over n (variable of type int)\n");
}
END_TEST

static Suite *sema_methods_suite(void) {
    Suite *s = suite_create("sema_methods");
    TCase *t = tcase_create("methods");
    tcase_add_test(t, methods_interfaces_and_statements_accepted);
    tcase_add_test(t, method_redeclared);
    tcase_add_test(t, pointer_receiver_not_in_value_method_set);
    tcase_add_test(t, type_switch_variable_unused);
    tcase_add_test(t, goto_over_declaration);
    tcase_add_test(t, range_over_integer);
    suite_add_tcase(s, t);
    return s;
}

int main(void) {
    SRunner *r = srunner_create(sema_methods_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
