/*
 * test_sema.c — unit tests of the type checker (sema/): constants, untyped
 * conversions, the checks and their gc wording, initialization order.
 * Each test parses a small program from a string and checks what sema says.
 */
#define _POSIX_C_SOURCE 200809L
#include "sema_harness.h"

/* Parses and checks src; returns the diagnostics as text ("" when none)
 * and, through dump, `go2c dump types` output when there were none. */
static char *check_source(const char *src, char **dump) { return harness_check(src, dump); }

/* The diagnostics of a main function with the given body. */
static char *check_body(const char *body) {
    char src[4096];
    snprintf(src, sizeof src, "package main\n\nfunc main() {\n%s\n}\n", body);
    return check_source(src, NULL);
}

#define EXPECT_ERRORS EXPECT_DIAGNOSTICS

START_TEST(valid_program_has_no_errors) {
    EXPECT_ERRORS(check_source("package main\n\nimport \"fmt\"\n\n"
                               "func add(a, b int) int { return a + b }\n"
                               "func main() { fmt.Println(add(1, 2)) }\n",
                               NULL),
                  "");
}
END_TEST

START_TEST(undefined_name) {
    EXPECT_ERRORS(check_body("\tx = 1"), "t.go:4:2: undefined: x\n");
}
END_TEST

START_TEST(declared_but_not_used) {
    EXPECT_ERRORS(check_body("\tx := 1"), "t.go:4:2: x declared but not used\n");
}
END_TEST

START_TEST(assignment_is_not_use) {
    EXPECT_ERRORS(check_body("\tx := 1\n\tx = 2"), "t.go:4:2: x declared but not used\n");
}
END_TEST

START_TEST(constant_overflow_in_declaration) {
    EXPECT_ERRORS(check_body("\tvar b byte = 300\n\t_ = b"),
                  "t.go:4:15: cannot use 300 (untyped int constant) as byte value in "
                  "variable declaration (overflows)\n");
}
END_TEST

START_TEST(float_truncated_to_int) {
    EXPECT_ERRORS(check_body("\tvar i int = 1.5\n\t_ = i"),
                  "t.go:4:14: cannot use 1.5 (untyped float constant) as int value in "
                  "variable declaration (truncated)\n");
}
END_TEST

START_TEST(untyped_value_shown_when_it_differs) {
    EXPECT_ERRORS(check_body("\tprintln(1 << 70)"),
                  "t.go:4:10: cannot use 1 << 70 (untyped int constant "
                  "1180591620717411303424) as int value in argument to println (overflows)\n");
}
END_TEST

START_TEST(big_constants_fold_back) {
    /* 1<<100 >> 98 == 4: exact arithmetic beyond 64 bits */
    char *dump = NULL;
    EXPECT_ERRORS(check_source("package main\nconst big = 1 << 100\nconst four = big >> 98\n"
                               "func main() {}\n",
                               &dump),
                  "");
    ck_assert_ptr_nonnull(strstr(dump, "const four untyped int = 4"));
    free(dump);
}
END_TEST

START_TEST(exact_float_constants) {
    char *dump = NULL;
    EXPECT_ERRORS(check_source("package main\nconst ok = 0.1+0.2 == 0.3\nfunc main() {}\n", &dump),
                  "");
    ck_assert_ptr_nonnull(strstr(dump, "const ok untyped bool = true"));
    free(dump);
}
END_TEST

/* Past 4096-bit fractions, float constants are 512-bit binary floats with
 * 32-bit exponents, as gc's: huge exponents work, and rounding is gc's. */
START_TEST(binary_float_constants) {
    char *dump = NULL;
    EXPECT_ERRORS(check_source("package main\nconst ten = 1e646456992 / 1e646456991\n"
                               "const lost = (1e5000 + 1) - 1e5000\n"
                               "const kept = (1e1000 + 1) - 1e1000\n"
                               "const third = 1.0 / 3 * 1e1300 / 1e1300 * 3\n"
                               "func main() {}\n",
                               &dump),
                  "");
    ck_assert_ptr_nonnull(strstr(dump, "const ten untyped float = 10"));
    ck_assert_ptr_nonnull(strstr(dump, "const lost untyped float = 0"));
    ck_assert_ptr_nonnull(strstr(dump, "const kept untyped float = 1"));
    ck_assert_ptr_nonnull(strstr(dump, "const third untyped float = 1"));
    free(dump);
}
END_TEST

START_TEST(float_exponent_limits) {
    EXPECT_ERRORS(check_source("package main\nconst a = 1e646456993\nconst b = 1e646456992 * 10\n"
                               "const c = 1e-646456992 / 1e646456992\nvar d [c + 1]int\n"
                               "func main() {}\n",
                               NULL),
                  "t.go:2:11: malformed constant: 1e646456993\n"
                  "t.go:3:23: constant result is not representable\n");
}
END_TEST

/* types2's initialization order: per variable of `var a, b = x, y`, and
 * dependencies through function bodies; a cycle is reported with its path. */
START_TEST(initialization_loops_show_their_path) {
    EXPECT_ERRORS(check_source("package main\nfunc f() int { return d }\nvar d = f()\n"
                               "type R [len(r)]int\nvar r R\nfunc main() {}\n",
                               NULL),
                  "t.go:3:5: initialization loop for d\n"
                  "\tt.go:3:5: d refers to\n\tt.go:2:6: f refers to\n\tt.go:3:5: d\n"
                  "t.go:4:6: invalid recursive type R\n"
                  "\tt.go:4:6: R refers to\n\tt.go:5:5: r refers to\n\tt.go:4:6: R\n");
}
END_TEST

START_TEST(recursive_interfaces_show_their_path) {
    EXPECT_ERRORS(check_source("package main\ntype I5 interface { I6 }\ntype I6 interface { I5 }\n"
                               "func main() {}\n",
                               NULL),
                  "t.go:2:6: invalid recursive type I5\n"
                  "\tt.go:2:6: I5 refers to\n\tt.go:3:6: I6 refers to\n\tt.go:2:6: I5\n");
}
END_TEST

START_TEST(initialization_per_variable) {
    char *dump = NULL;
    EXPECT_ERRORS(check_source("package main\nvar a, b = c + 1, 1\nvar c = b * 10\n"
                               "var p, q = two()\nfunc two() (int, int) { return 1, 2 }\n"
                               "func main() {}\n",
                               &dump),
                  "");
    ck_assert_ptr_nonnull(strstr(dump, "initialization order: b c a p q\n"));
    free(dump);
}
END_TEST

START_TEST(iota_and_implicit_repetition) {
    char *dump = NULL;
    EXPECT_ERRORS(check_source("package main\nconst (\n\ta = iota * 10\n\tb\n\tc\n)\n"
                               "func main() {}\n",
                               &dump),
                  "");
    ck_assert_ptr_nonnull(strstr(dump, "const b untyped int = 10"));
    ck_assert_ptr_nonnull(strstr(dump, "const c untyped int = 20"));
    free(dump);
}
END_TEST

START_TEST(typed_constant_overflow) {
    EXPECT_ERRORS(check_body("\tconst c byte = 255\n\t_ = c + 1"),
                  "t.go:5:6: c + 1 (constant 256 of type byte) overflows byte\n");
}
END_TEST

START_TEST(mismatched_types) {
    EXPECT_ERRORS(check_body("\tx, s := 1, \"a\"\n\t_ = x + s"),
                  "t.go:5:6: invalid operation: x + s (mismatched types int and string)\n");
}
END_TEST

START_TEST(division_by_constant_zero) {
    EXPECT_ERRORS(check_body("\tx := 1\n\t_ = x / 0"),
                  "t.go:5:10: invalid operation: division by zero\n");
}
END_TEST

START_TEST(missing_return) {
    EXPECT_ERRORS(check_source("package main\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n"
                               "func main() { _ = f(1) }\n",
                               NULL),
                  "t.go:6:1: missing return\n");
}
END_TEST

START_TEST(terminating_for_and_switch) {
    EXPECT_ERRORS(check_source("package main\nfunc f(x int) int {\n\tfor {\n\t}\n}\n"
                               "func g(x int) int {\n\tswitch {\n\tcase x > 0:\n\t\treturn 1\n"
                               "\tdefault:\n\t\treturn 2\n\t}\n}\n"
                               "func main() { _, _ = f(1), g(1) }\n",
                               NULL),
                  "");
}
END_TEST

START_TEST(no_new_variables) {
    EXPECT_ERRORS(check_body("\tx := 1\n\tx := 2\n\t_ = x"),
                  "t.go:5:4: no new variables on left side of :=\n");
}
END_TEST

START_TEST(non_boolean_condition) {
    EXPECT_ERRORS(check_body("\tx := 1\n\tif x {\n\t}"),
                  "t.go:5:5: non-boolean condition in if statement\n");
}
END_TEST

START_TEST(assignment_mismatch) {
    EXPECT_ERRORS(check_body("\tvar a, b int\n\ta, b = 1\n\t_, _ = a, b"),
                  "t.go:5:9: assignment mismatch: 2 variables but 1 value\n");
}
END_TEST

START_TEST(unused_import) {
    EXPECT_ERRORS(check_source("package main\nimport \"os\"\nfunc main() {}\n", NULL),
                  "t.go:2:8: imported and not used: \"os\"\n");
}
END_TEST

START_TEST(unsupported_is_reported_not_miscompiled) {
    /* goroutines type-check (escape analysis reports on them); code
     * generation rejects them.  Generics do not type-check yet. */
    char *got = check_body("\tgo main()");
    ck_assert_str_eq(got, "");
    free(got);
    got = check_source("package main\nfunc id[T any](x T) T { return x }\nfunc main() {}\n", NULL);
    ck_assert_ptr_nonnull(strstr(got, "go2c does not support generics"));
    free(got);
}
END_TEST

START_TEST(all_errors_sorted) {
    EXPECT_ERRORS(check_body("\tb := undefinedB\n\ta := undefinedA\n\t_, _ = a, b"),
                  "t.go:4:7: undefined: undefinedB\nt.go:5:7: undefined: undefinedA\n");
}
END_TEST

START_TEST(initialization_order_follows_dependencies) {
    char *dump = NULL;
    EXPECT_ERRORS(check_source("package main\nvar a = b + 1\nvar b = f()\nvar c = 3\n"
                               "func f() int { return c }\nfunc main() {}\n",
                               &dump),
                  "");
    ck_assert_ptr_nonnull(strstr(dump, "initialization order: c b a"));
    free(dump);
}
END_TEST

START_TEST(duplicate_case) {
    char *got = check_body("\tx := 1\n\tswitch x {\n\tcase 1:\n\tcase 1:\n\t}");
    ck_assert_ptr_nonnull(strstr(got, "t.go:7:7: duplicate case 1 (constant of type int) in expression switch"));
    free(got);
}
END_TEST

START_TEST(untyped_integers_stop_at_512_bits) {
    /* repeated squaring would otherwise take the compiler forever */
    EXPECT_ERRORS(check_source("package main\nconst (\n\tc0 = 1 << 100\n\tc1 = c0 * c0\n"
                               "\tc2 = c1 * c1\n\tc3 = c2 * c2\n\tc4 = c3 * c3\n)\n"
                               "const s = 1 << 600\nfunc main() {}\n",
                               NULL),
                  "t.go:6:10: constant multiplication overflow\nt.go:9:13: constant shift overflow\n");
}
END_TEST

/* Scopes past a few names get a hash index (sema/types.c); lookups must
 * answer as the linear scan did: every name found, the latest symbol of a
 * name winning, misses NULL, and the parent consulted on a miss. */
START_TEST(large_scope_lookup) {
    Arena *a = arena_new();
    Scope *outer = scope_new(a, NULL), *inner = scope_new(a, outer);
    Symbol *first_x = ARENA_NEW(a, Symbol), *last_x = ARENA_NEW(a, Symbol);
    first_x->name = last_x->name = "x";
    scope_insert(a, outer, first_x);
    enum { N = 3000 };
    Symbol *syms[N];
    for (int i = 0; i < N; i++) {
        syms[i] = ARENA_NEW(a, Symbol);
        syms[i]->name = arena_printf(a, "n%d", i);
        scope_insert(a, outer, syms[i]);
        ck_assert_ptr_eq(scope_lookup_local(outer, "x"), first_x);
    }
    scope_insert(a, outer, last_x);
    for (int i = 0; i < N; i++) {
        ck_assert_ptr_eq(scope_lookup_local(outer, syms[i]->name), syms[i]);
        ck_assert_ptr_eq(scope_lookup(inner, syms[i]->name), syms[i]);
    }
    ck_assert_ptr_eq(scope_lookup(inner, "x"), last_x);
    ck_assert_ptr_null(scope_lookup(inner, "n3000"));
    ck_assert_ptr_null(scope_lookup_local(inner, "n1"));
    arena_free(a);
}
END_TEST

/* A package block large enough to be indexed still reports redeclarations
 * against the first declaration. */
START_TEST(redeclared_in_large_package_block) {
    char src[16384] = "package main\n\nfunc main() { f0(); f299() }\n";
    size_t n = strlen(src);
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(src + n, sizeof src - n, "func f%d() {}\n", i);
    snprintf(src + n, sizeof src - n, "func f7() {}\n");
    EXPECT_ERRORS(check_source(src, NULL),
                  "t.go:304:6: f7 redeclared in this block\n"
                  "\tt.go:11:6: other declaration of f7\n");
}
END_TEST

/* Struct types that share a component (each level holds two of the one
 * below) are checked for comparability and sized in linear time, not 2^60
 * steps; found by fuzzing (fuzz/regressions/fixed-comparable_exponential.go).
 * With int leaves T46 passes gc's 2^50-byte limit, and gc says so. */
static char *nested_structs(const char *leaf) {
    static char src[8192];
    size_t n = (size_t)snprintf(src, sizeof src, "package main\n\ntype T0 struct{ a, b %s }\n", leaf);
    for (int i = 1; i < 60; i++)
        n += (size_t)snprintf(src + n, sizeof src - n, "type T%d struct{ a, b T%d }\n", i, i - 1);
    snprintf(src + n, sizeof src - n, "\nfunc main() {\n\tvar t T59\n\tprintln(t == t)\n}\n");
    return src;
}

START_TEST(comparable_shared_struct_types) {
    EXPECT_ERRORS(check_source(nested_structs("int"), NULL),
                  "t.go:49:6: type struct { a T45; b T45 } too large\n");
    EXPECT_ERRORS(check_source(nested_structs("[]int"), NULL),
                  "t.go:66:10: invalid operation: t == t (struct containing T58 cannot be compared)\n");
}
END_TEST

static Suite *sema_suite(void) {
    Suite *s = suite_create("sema");
    TCase *t = tcase_create("check");
    tcase_add_test(t, valid_program_has_no_errors);
    tcase_add_test(t, undefined_name);
    tcase_add_test(t, declared_but_not_used);
    tcase_add_test(t, assignment_is_not_use);
    tcase_add_test(t, constant_overflow_in_declaration);
    tcase_add_test(t, float_truncated_to_int);
    tcase_add_test(t, untyped_value_shown_when_it_differs);
    tcase_add_test(t, big_constants_fold_back);
    tcase_add_test(t, exact_float_constants);
    tcase_add_test(t, binary_float_constants);
    tcase_add_test(t, initialization_loops_show_their_path);
    tcase_add_test(t, initialization_per_variable);
    tcase_add_test(t, recursive_interfaces_show_their_path);
    tcase_add_test(t, float_exponent_limits);
    tcase_add_test(t, iota_and_implicit_repetition);
    tcase_add_test(t, typed_constant_overflow);
    tcase_add_test(t, mismatched_types);
    tcase_add_test(t, division_by_constant_zero);
    tcase_add_test(t, missing_return);
    tcase_add_test(t, terminating_for_and_switch);
    tcase_add_test(t, no_new_variables);
    tcase_add_test(t, non_boolean_condition);
    tcase_add_test(t, assignment_mismatch);
    tcase_add_test(t, unused_import);
    tcase_add_test(t, unsupported_is_reported_not_miscompiled);
    tcase_add_test(t, all_errors_sorted);
    tcase_add_test(t, initialization_order_follows_dependencies);
    tcase_add_test(t, duplicate_case);
    tcase_add_test(t, untyped_integers_stop_at_512_bits);
    tcase_add_test(t, large_scope_lookup);
    tcase_add_test(t, redeclared_in_large_package_block);
    tcase_add_test(t, comparable_shared_struct_types);
    suite_add_tcase(s, t);
    return s;
}

int main(void) {
    SRunner *r = srunner_create(sema_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
