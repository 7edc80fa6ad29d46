/*
 * test_sema_lib.c — unit tests of the standard packages declared in lib/
 * (stdlib/ embeds and parses them, sema/library.c checks them): their
 * embedding, their use from a program, and misuse reported in gc 1.19's
 * words (every expected message is go build's output for the program).
 */
#define _POSIX_C_SOURCE 200809L
#include "sema_harness.h"

/* Parses and checks src with the library packages it imports; returns the
 * diagnostics as text ("" when none). */
static char *check_source(const char *src) {
    return harness_check(src, NULL);
}

#define EXPECT_ERRORS EXPECT_DIAGNOSTICS

START_TEST(embedded_files) {
    int n;
    const StdlibFile *f = stdlib_files("unicode/utf8", &n);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(n, 1);
    ck_assert_str_eq(f->name, "lib/unicode/utf8/utf8.go");
    ck_assert_uint_eq(strlen(f->text), f->len);
    ck_assert_ptr_nonnull(strstr(f->text, "package utf8"));
    ck_assert_ptr_null(stdlib_files("net/http", &n));
    ck_assert_int_eq(n, 0);
    const char *pkgs[] = {"math", "strings", "strconv", "errors", "io"};
    for (size_t i = 0; i < sizeof pkgs / sizeof *pkgs; i++)
        ck_assert_ptr_nonnull(stdlib_files(pkgs[i], &n));
}
END_TEST

START_TEST(valid_uses) {
    EXPECT_ERRORS(check_source("package main\n"
                               "\n"
                               "import (\n"
                               "\t\"errors\"\n"
                               "\t\"math\"\n"
                               "\t\"strconv\"\n"
                               "\t\"strings\"\n"
                               "\tu8 \"unicode/utf8\"\n"
                               ")\n"
                               "\n"
                               "type T struct{ b strings.Builder }\n"
                               "\n"
                               "func main() {\n"
                               "\tvar t T\n"
                               "\tt.b.WriteString(\"x\")\n"
                               "\tvar u uint64 = math.MaxUint64\n"
                               "\tvar f float32 = math.Pi\n"
                               "\tn, err := strconv.Atoi(\"12\")\n"
                               "\tvar ne *strconv.NumError\n"
                               "\tif errors.As(err, &ne) || errors.Is(err, strconv.ErrRange) {\n"
                               "\t\tprintln(ne.Func, err.Error())\n"
                               "\t}\n"
                               "\tr, size := u8.DecodeRuneInString(\"\\u00e9\")\n"
                               "\tvar w interface{ Write([]byte) (int, error) } = &t.b\n"
                               "\tparts := strings.Split(t.b.String(), \",\")\n"
                               "\tprintln(u, f, n, r == u8.RuneError, size, w, len(parts), math.Sqrt(2))\n"
                               "}\n"),
                  "");
}
END_TEST

START_TEST(misuse) {
    EXPECT_ERRORS(check_source("package main\n"
                               "\n"
                               "import (\n"
                               "\t\"math\"\n"
                               "\t\"strconv\"\n"
                               "\t\"strings\"\n"
                               ")\n"
                               "\n"
                               "func main() {\n"
                               "\t_ = strings.Repeat(1, \"a\")\n"
                               "\t_ = strings.foo\n"
                               "\tvar b strings.Builder\n"
                               "\tvar x int = b\n"
                               "\t_ = x\n"
                               "\t_ = strings.Repeat(\"a\")\n"
                               "}\n"),
                  "t.go:4:2: imported and not used: \"math\"\n"
                  "t.go:5:2: imported and not used: \"strconv\"\n"
                  "t.go:10:21: cannot use 1 (untyped int constant) as string value in argument to strings.Repeat\n"
                  "t.go:10:24: cannot use \"a\" (untyped string constant) as int value in argument to strings.Repeat\n"
                  "t.go:11:14: undefined: strings.foo\n"
                  "t.go:13:14: cannot use b (variable of type strings.Builder) as type int in variable declaration\n"
                  "t.go:15:21: not enough arguments in call to strings.Repeat\n"
                  "\thave (string)\n"
                  "\twant (string, int)\n");
}
END_TEST

START_TEST(bodiless_user_functions_type_check) {
    /* a bodiless function type-checks (gc compiles it too, expecting
     * assembly; building reports "missing function body"); unknown
     * packages stay unsupported */
    EXPECT_ERRORS(check_source("package main\n"
                               "\n"
                               "import \"net/http\"\n"
                               "\n"
                               "func f(x int) int\n"
                               "\n"
                               "func main() {}\n"),
                  "t.go:3:8: go2c does not support package net/http\n");
}
END_TEST

static Suite *suite(void) {
    Suite *s = suite_create("sema_lib");
    TCase *tc = tcase_create("lib");
    tcase_add_test(tc, embedded_files);
    tcase_add_test(tc, valid_uses);
    tcase_add_test(tc, misuse);
    tcase_add_test(tc, bodiless_user_functions_type_check);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
