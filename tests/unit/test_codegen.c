/*
 * test_codegen.c — unit tests of escape analysis and code generation: the
 * verdicts recorded for allocation sites, and the shape of the C emitted
 * for the constructs whose Go semantics C does not give for free.
 */
#define _POSIX_C_SOURCE 200809L
#include "codegen/codegen.h"
#include "parser/parser.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

typedef struct Output {
    char *c;         /* the generated C */
    char *report;    /* escape_report's lines */
} Output;

static Output compile(const char *src) {
    Output o = {NULL, NULL};
    Compilation *c = compilation_new();
    SourceFile *f = source_add(c->arena, &c->sources, "t.go", src, strlen(src));
    File *file = parse_file(c, f);
    ck_assert_int_eq(diag_count(&c->diags), 0);
    Package *pkg = sema_check(c, &file, 1, NULL, 0);
    ck_assert_int_eq(diag_count(&c->diags), 0);
    EscapeResult *esc = escape_analyze(c, pkg);
    StrBuf out = {0}, rep = {0};
    CodegenOptions opts = {.line_directives = false};
    codegen_emit(&out, c, pkg, esc, &opts);
    escape_report(&rep, c, esc, 1);
    o.c = strdup(out.data);
    o.report = strdup(rep.data ? rep.data : "");
    sb_free(&out);
    sb_free(&rep);
    compilation_free(c);
    return o;
}

static void release(Output o) {
    free(o.c);
    free(o.report);
}

#define EXPECT_IN(haystack, needle)                                            \
    ck_assert_msg(strstr((haystack), (needle)) != NULL, "missing %s in:\n%s",  \
                  (needle), (haystack))

START_TEST(structs_become_typedefs_and_methods_functions) {
    Output o = compile("package main\ntype P struct{ X, Y int }\n"
                       "func (p *P) Move(d int) { p.X += d }\nfunc (p P) Sum() int { return p.X + p.Y }\n"
                       "func main() { p := P{1, 2}; p.Move(3); println(p.Sum()) }\n");
    EXPECT_IN(o.c, "typedef struct main__P main__P;");
    EXPECT_IN(o.c, "struct main__P { /* main.P */\n    GoInt X;\n    GoInt Y;\n};");
    EXPECT_IN(o.c, "static void main__P__Move(main__P * p, GoInt d)");
    EXPECT_IN(o.c, "static GoInt main__P__Sum(main__P p)");
    /* p.Move takes &p, but p does not escape: a C local whose address is taken */
    EXPECT_IN(o.c, "main__P p = (main__P){.X = 1, .Y = 2};");
    EXPECT_IN(o.c, "main__P__Move(&p, 3);");
    release(o);
}
END_TEST

START_TEST(closures_capture_variables_by_reference) {
    Output o = compile("package main\nfunc main() { n := 0; inc := func() { n++ }; inc(); println(n) }\n");
    EXPECT_IN(o.c, "struct main__main__func1__env { void (*code__)(void); GoInt *n; };");
    /* inc does not escape: its environment and n stay in main's frame */
    EXPECT_IN(o.c, "GoInt n = 0;");
    EXPECT_IN(o.c, "struct main__main__func1__env stk_");
    EXPECT_IN(o.c, "->n = &n;");
    EXPECT_IN(o.c, "((void (*)(void *))((GoFunc *)rt_nilcheck(inc))->fn)(inc)");
    release(o);
}
END_TEST

START_TEST(interfaces_get_descriptors_with_method_tables) {
    Output o = compile("package main\ntype S interface{ Area() int }\ntype Sq int\n"
                       "func (s Sq) Area() int { return int(s * s) }\n"
                       "func main() { var s S = Sq(3); println(s.Area()) }\n");
    EXPECT_IN(o.c, ".kind = RT_KIND_INT, .size = sizeof(GoInt), .name = \"main.Sq\",");
    EXPECT_IN(o.c, "{\"Area\", (void (*)(void))wrap_");
    EXPECT_IN(o.c, "return main__Sq__Area((*(GoInt *)recv));");
    EXPECT_IN(o.c, "rt_imethod(");
    release(o);
}
END_TEST

START_TEST(deferring_functions_run_in_a_frame) {
    Output o = compile("package main\nfunc f() (r int) { defer func() { r = 2 }(); return 1 }\n"
                       "func main() { println(f()) }\n");
    EXPECT_IN(o.c, "struct main__f__ctx {\n    GoFrame fr;");
    EXPECT_IN(o.c, "rt_frame_run(&ctx.fr, main__f__body, &ctx);");
    EXPECT_IN(o.c, "rt_defer(&ctx__->fr, ");
    EXPECT_IN(o.c, "ctx__->res_0 = 1;"); /* r lives in the frame's context */
    EXPECT_IN(o.c, "heap: a deferred call uses it after the body returns");
    release(o);
}
END_TEST

START_TEST(indexing_checks_bounds_and_maps_use_the_runtime) {
    Output o = compile("package main\nfunc main() { s := []int{1, 2}; m := map[string]int{}; "
                       "i := 1; m[\"a\"] = s[i]; println(len(m)) }\n");
    EXPECT_IN(o.c, "((GoInt *)s.ptr)[rt_index(i, s.len)]");
    EXPECT_IN(o.c, "rt_map_set(&td_");
    EXPECT_IN(o.c, "rt_map_len(m)");
    release(o);
}
END_TEST

START_TEST(escape_decisions_as_json_and_graph) {
    const char *src = "package main\nfunc f() *int { x := 1; return &x }\n"
                      "func main() { p := new(int); *p = 2; println(*f(), *p) }\n";
    Compilation *c = compilation_new();
    SourceFile *f = source_add(c->arena, &c->sources, "t.go", src, strlen(src));
    File *file = parse_file(c, f);
    Package *pkg = sema_check(c, &file, 1, NULL, 0);
    EscapeResult *esc = escape_analyze(c, pkg);
    StrBuf json = {0}, graph = {0}, dot = {0};
    escape_write_json(&json, c, esc);
    escape_dump(&graph, c, esc, false);
    escape_dump(&dot, c, esc, true);
    EXPECT_IN(json.data, "\"line\": 2, \"col\": 17, \"function\": \"main.f\", \"kind\": \"variable\", "
                         "\"what\": \"x\", \"verdict\": \"heap\"");
    EXPECT_IN(json.data, "\"flows\": [\"x escapes to heap:\", \"  flow: ~r0 = &x:\"");
    EXPECT_IN(json.data, "\"kind\": \"new\", \"what\": \"new(int)\", \"verdict\": \"stack\"");
    EXPECT_IN(graph.data, "func f\n");
    EXPECT_IN(graph.data, "~r0 <- L");
    EXPECT_IN(dot.data, "digraph escape {");
    sb_free(&json);
    sb_free(&graph);
    sb_free(&dot);
    compilation_free(c);
}
END_TEST

START_TEST(functions_get_mangled_names) {
    Output o = compile("package main\nfunc add(a, b int) int { return a + b }\n"
                       "func main() { println(add(1, 2)) }\n");
    EXPECT_IN(o.c, "static GoInt main__add(GoInt a, GoInt b)");
    EXPECT_IN(o.c, "main__main();");
    release(o);
}
END_TEST

START_TEST(signed_arithmetic_wraps_in_unsigned) {
    Output o = compile("package main\nfunc f(a, b int8) int8 { return a * b }\nfunc main() { println(f(1, 2)) }\n");
    EXPECT_IN(o.c, "(GoInt8)((uint32_t)a * (uint32_t)b)");
    release(o);
}
END_TEST

START_TEST(division_and_shift_use_checked_helpers) {
    Output o = compile("package main\nfunc f(a, b int64) int64 { return a / b }\n"
                       "func g(x uint32, n int) uint32 { return x << n }\n"
                       "func main() { println(f(1, 2), g(1, 2)) }\n");
    EXPECT_IN(o.c, "rt_div_i64(a, b)");
    EXPECT_IN(o.c, "rt_shl_u32(x, rt_shift_count(n))");
    release(o);
}
END_TEST

START_TEST(calls_are_evaluated_left_to_right) {
    /* two calls in one expression: both go to temporaries, in order */
    Output o = compile("package main\nfunc f() int { return 1 }\nfunc g() int { return 2 }\n"
                       "func main() { println(f() - g()) }\n");
    char *first = strstr(o.c, "= main__f();");
    char *second = strstr(o.c, "= main__g();");
    ck_assert_ptr_nonnull(first);
    ck_assert_ptr_nonnull(second);
    ck_assert(first < second);
    release(o);
}
END_TEST

START_TEST(multiple_results_use_a_tuple) {
    Output o = compile("package main\nfunc two() (int, string) { return 1, \"a\" }\n"
                       "func main() { a, b := two(); println(a, b) }\n");
    EXPECT_IN(o.c, "typedef struct { GoInt r0; GoString r1; } Tuple_GoInt_GoString;");
    EXPECT_IN(o.c, ".r1;");
    release(o);
}
END_TEST

START_TEST(fmt_arguments_are_boxed_where_escape_says) {
    Output o = compile("package main\nimport \"fmt\"\nfunc main() { x := 5; fmt.Println(x) }\n");
    EXPECT_IN(o.c, "rt_alloc_atomic_at(sizeof(GoInt), &site__1); /* heap: reaches the heap (call parameter at t.go:3:34)");
    EXPECT_IN(o.c, "rt_fmt_println((GoEface[]){(GoEface){&rt_type_int, tmp_");
    EXPECT_IN(o.report, "t.go:3:34: x escapes to heap");
    EXPECT_IN(o.report, "t.go:3:34: ... argument does not escape");
    release(o);
}
END_TEST

START_TEST(shadowed_locals_get_distinct_names) {
    Output o = compile("package main\nfunc main() {\n\tx := 1\n\t{\n\t\tx := x + 1\n\t\tprintln(x)\n\t}\n"
                       "\tprintln(x)\n}\n");
    EXPECT_IN(o.c, "GoInt x__2 = (GoInt)((uint64_t)x + (uint64_t)1);");
    release(o);
}
END_TEST

START_TEST(c_keywords_are_renamed) {
    Output o = compile("package main\nfunc main() {\n\tint := 3\n\tprintln(int)\n}\n");
    EXPECT_IN(o.c, "GoInt int__ = 3;");
    release(o);
}
END_TEST

START_TEST(constants_are_exact_literals) {
    Output o = compile("package main\nconst big = 1 << 100\nfunc main() {\n"
                       "\tvar f float64 = 0.1\n\tvar m int64 = -1 << 63\n\tprintln(big >> 98, f, m)\n}\n");
    EXPECT_IN(o.c, "GoFloat64 f = 0.1;");
    EXPECT_IN(o.c, "GoInt64 m = INT64_MIN;");
    EXPECT_IN(o.c, "rt_print_int(4);");
    release(o);
}
END_TEST

START_TEST(strings_are_escaped_for_c) {
    Output o = compile("package main\nfunc main() { println(\"a\\\"b\\x00?\?=\\n\") }\n");
    EXPECT_IN(o.c, "RT_STR(\"a\\\"b\\000\\?\\?=\\n\")");
    release(o);
}
END_TEST

static Suite *codegen_suite(void) {
    Suite *s = suite_create("codegen");
    TCase *t = tcase_create("emit");
    tcase_add_test(t, functions_get_mangled_names);
    tcase_add_test(t, escape_decisions_as_json_and_graph);
    tcase_add_test(t, signed_arithmetic_wraps_in_unsigned);
    tcase_add_test(t, division_and_shift_use_checked_helpers);
    tcase_add_test(t, calls_are_evaluated_left_to_right);
    tcase_add_test(t, multiple_results_use_a_tuple);
    tcase_add_test(t, fmt_arguments_are_boxed_where_escape_says);
    tcase_add_test(t, shadowed_locals_get_distinct_names);
    tcase_add_test(t, c_keywords_are_renamed);
    tcase_add_test(t, constants_are_exact_literals);
    tcase_add_test(t, strings_are_escaped_for_c);
    tcase_add_test(t, structs_become_typedefs_and_methods_functions);
    tcase_add_test(t, closures_capture_variables_by_reference);
    tcase_add_test(t, interfaces_get_descriptors_with_method_tables);
    tcase_add_test(t, deferring_functions_run_in_a_frame);
    tcase_add_test(t, indexing_checks_bounds_and_maps_use_the_runtime);
    suite_add_tcase(s, t);
    return s;
}

int main(void) {
    SRunner *r = srunner_create(codegen_suite());
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
