/*
 * test_sema_calls.c — unit tests of calls and functions in the type
 * checker: the builtins (builtins.c), variadic functions, function values
 * and literals, init functions.  Every expected message is gc 1.19's
 * output for the same program (go build).
 */
#define _POSIX_C_SOURCE 200809L
#include "sema_harness.h"

/* Parses and checks src; returns the diagnostics as text ("" when none). */
static char *check_source(const char *src) {
    return harness_check(src, NULL);
}

/* The diagnostics of a program: package-level declarations, then main's
 * body (from line 4 + the number of lines of decls). */
static char *check_prog(const char *decls, const char *body) {
    char src[4096];
    snprintf(src, sizeof src, "package main\n\n%s\nfunc main() {\n%s\n}\n", decls, body);
    return check_source(src);
}

#define EXPECT_ERRORS EXPECT_DIAGNOSTICS

START_TEST(valid_calls_and_closures) {
    EXPECT_ERRORS(check_prog("func v(s string, xs ...int) int { return len(s) + len(xs) }\n"
                             "func apply(f func(int) int, x int) int { return f(x) }\n"
                             "func counter() func() int {\n"
                             "\tn := 0\n"
                             "\treturn func() int {\n"
                             "\t\tn++\n"
                             "\t\treturn n\n"
                             "\t}\n"
                             "}\n"
                             "func fail() int { panic(\"no\") }\n"
                             "func init() {}\n"
                             "func init() {}\n",
                             "\tvar b []byte\n"
                             "\tb = append(b, \"xyz\"...)\n"
                             "\tb = append(b, 'a', 'b')\n"
                             "\tn := copy(b, \"hi\")\n"
                             "\t_ = v(\"a\", 1, 2, n) + v(\"a\", []int{1}...)\n"
                             "\tc := counter()\n"
                             "\t_ = c() + apply(func(x int) int { return x * 2 }, 3)\n"
                             "\tvar fib func(int) int\n"
                             "\tfib = func(k int) int { return fib(k-1) }\n"
                             "\tprintln(fib(1), c == nil, b, fib)\n"
                             "\tp := new(int)\n"
                             "\t*p = fail()\n"
                             "\tm := make(map[int]string, 4)\n"
                             "\tdelete(m, 1)\n"
                             "\t_ = recover()"),
                  "");
}
END_TEST

START_TEST(variadic_arity_shows_have_and_want) {
    EXPECT_ERRORS(check_prog("func v(s string, xs ...int) {}\n", "\tv()"),
                  "t.go:6:2: not enough arguments in call to v\n\thave ()\n\twant (string, ...int)\n");
}
END_TEST

START_TEST(too_many_arguments_at_first_extra) {
    EXPECT_ERRORS(check_prog("", "\tvar g func(int) int\n\t_ = g(1, 2)"),
                  "t.go:6:11: too many arguments in call to g\n\thave (number, number)\n\twant (int)\n");
}
END_TEST

START_TEST(spread_needs_a_variadic_function) {
    EXPECT_ERRORS(check_prog("func g() {}\n", "\tvar s []int\n\tg(s...)"),
                  "t.go:7:2: cannot use ... in call to non-variadic g\n");
}
END_TEST

START_TEST(results_of_a_call_are_each_an_argument) {
    EXPECT_ERRORS(check_prog("func v(xs ...int) {}\nfunc ps() (int, string) { return 1, \"\" }\n",
                             "\tv(ps())"),
                  "t.go:7:4: cannot use ps() (value of type string) as type int in argument to v\n");
}
END_TEST

START_TEST(builtin_argument_count) {
    EXPECT_ERRORS(check_prog("", "\tvar s []int\n\t_ = copy(s)"),
                  "t.go:6:6: invalid operation: not enough arguments for copy(s) (expected 2, found 1)\n");
}
END_TEST

START_TEST(dots_only_with_append) {
    EXPECT_ERRORS(check_prog("", "\tvar s []int\n\tprint(s...)"),
                  "t.go:6:2: invalid operation: invalid use of ... with built-in print\n");
}
END_TEST

START_TEST(make_sizes) {
    EXPECT_ERRORS(check_prog("", "\t_ = make([]int, -1)\n\t_ = make([]int, 10, 5)"),
                  "t.go:5:18: invalid argument: index -1 (constant of type int) must not be negative\n"
                  "t.go:6:18: invalid argument: length and capacity swapped\n");
}
END_TEST

START_TEST(append_needs_a_slice) {
    EXPECT_ERRORS(check_prog("", "\tx := 1\n\t_ = append(x, 2)"),
                  "t.go:6:13: first argument to append must be a slice; have x (variable of type int)\n");
}
END_TEST

START_TEST(copy_element_types) {
    EXPECT_ERRORS(check_prog("", "\tvar a []int\n\tvar b []string\n\t_ = copy(a, b)"),
                  "t.go:7:11: invalid argument: arguments to copy a (variable of type []int) and b "
                  "(variable of type []string) have different element types int and string\n");
}
END_TEST

START_TEST(complex_parts) {
    EXPECT_ERRORS(check_prog("const r = real(2.5)\nconst i = imag(3)\n",
                             "\tvar c complex64\n\tvar f float32 = real(c) + imag(c) + r + i\n"
                             "\tvar d float64 = real(c)\n\t_, _ = f, d"),
                  "t.go:9:18: cannot use real(c) (value of type float32) as type float64 in variable "
                  "declaration\n");
}
END_TEST

START_TEST(complex_constants_are_exact) {
    EXPECT_ERRORS(check_prog("", "\tvar f float64 = complex(1, 2) * 2i\n\t_ = f"),
                  "t.go:5:18: cannot use complex(1, 2) * 2i (untyped complex constant (-4 + 2i)) as "
                  "float64 value in variable declaration (overflows)\n");
    EXPECT_ERRORS(check_prog("const c = (1 + 2i) * (3 - 1i) / 2i\n",
                             "\tvar f float32 = real(c) + imag(c)\n\tvar n int = c\n\t_, _ = f, n"),
                  "t.go:7:14: cannot use c (untyped complex constant (2.5 + -2.5i)) as int value in "
                  "variable declaration (truncated)\n");
}
END_TEST

START_TEST(init_is_not_declared) {
    EXPECT_ERRORS(check_prog("func init() int { return 1 }\n", "\tinit()"),
                  "t.go:3:6: func init must have no arguments and no return values\n"
                  "t.go:6:2: undefined: init\n");
}
END_TEST

START_TEST(closure_has_its_own_loops_and_results) {
    EXPECT_ERRORS(check_prog("", "\tfor {\n\t\tfunc() {\n\t\t\tbreak\n\t\t}()\n\t}"),
                  "t.go:7:4: break is not in a loop, switch, or select\n");
    EXPECT_ERRORS(check_prog("", "\t_ = func() int { unused := 1 }"),
                  "t.go:5:19: unused declared but not used\n"
                  "t.go:5:31: missing return\n");
}
END_TEST

START_TEST(closure_uses_enclosing_locals) {
    EXPECT_ERRORS(check_prog("", "\tn := 0\n\tf := func() { n++ }\n\tf()"), "");
}
END_TEST

START_TEST(func_literal_arity_message) {
    EXPECT_ERRORS(check_prog("", "\t_ = func(x int) int { return x }(1, 2)"),
                  "t.go:5:38: too many arguments in call to func(x int) int {…}\n"
                  "\thave (number, number)\n\twant (int)\n");
}
END_TEST

static Suite *calls_suite(void) {
    Suite *s = suite_create("sema_calls");
    TCase *t = tcase_create("calls");
    tcase_add_test(t, valid_calls_and_closures);
    tcase_add_test(t, variadic_arity_shows_have_and_want);
    tcase_add_test(t, too_many_arguments_at_first_extra);
    tcase_add_test(t, spread_needs_a_variadic_function);
    tcase_add_test(t, results_of_a_call_are_each_an_argument);
    tcase_add_test(t, builtin_argument_count);
    tcase_add_test(t, dots_only_with_append);
    tcase_add_test(t, make_sizes);
    tcase_add_test(t, append_needs_a_slice);
    tcase_add_test(t, copy_element_types);
    tcase_add_test(t, complex_parts);
    tcase_add_test(t, complex_constants_are_exact);
    tcase_add_test(t, init_is_not_declared);
    tcase_add_test(t, closure_has_its_own_loops_and_results);
    tcase_add_test(t, closure_uses_enclosing_locals);
    tcase_add_test(t, func_literal_arity_message);
    suite_add_tcase(s, t);
    return s;
}

int main(void) {
    SRunner *r = srunner_create(calls_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
