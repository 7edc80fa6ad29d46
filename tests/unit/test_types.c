/*
 * test_types.c — unit tests of sema's type representation: identity,
 * comparability and gc's spelling of types, for every kind.
 */
#include "sema/types.h"

#include <check.h>
#include <stdlib.h>

static Arena *arena;

static void setup(void) { arena = arena_new(); }
static void teardown(void) { arena_free(arena); }

static Type *func_type(Type *param, Type *result, bool variadic) {
    Type *t = type_new(arena, TYPE_FUNC);
    if (param)
        vec_push(arena, &t->func.params, param);
    if (result)
        vec_push(arena, &t->func.results, result);
    t->func.variadic = variadic;
    return t;
}

static Type *struct_type(const char *name, Type *field, const char *tag) {
    Type *t = type_new(arena, TYPE_STRUCT);
    StructField f = {name, field, false, tag, NOPOS};
    vec_push(arena, &t->strct.fields, f);
    return t;
}

START_TEST(basic_identity) {
    ck_assert(type_identical(type_basic(TYPE_INT), type_basic(TYPE_INT)));
    ck_assert(!type_identical(type_basic(TYPE_INT), type_basic(TYPE_INT64)));
    /* byte and rune are aliases */
    ck_assert(type_identical(type_byte(), type_basic(TYPE_UINT8)));
    ck_assert(type_identical(type_rune(), type_basic(TYPE_INT32)));
}
END_TEST

START_TEST(composite_identity_is_structural) {
    Type *i = type_basic(TYPE_INT);
    ck_assert(type_identical(type_new_slice(arena, i), type_new_slice(arena, i)));
    ck_assert(!type_identical(type_new_slice(arena, i), type_new_array(arena, i, 3)));
    ck_assert(type_identical(type_new_array(arena, i, 3), type_new_array(arena, i, 3)));
    ck_assert(!type_identical(type_new_array(arena, i, 3), type_new_array(arena, i, 4)));
    ck_assert(type_identical(type_new_map(arena, type_basic(TYPE_STRING), i),
                             type_new_map(arena, type_basic(TYPE_STRING), i)));
    ck_assert(!type_identical(type_new_chan(arena, i, CHAN_SEND), type_new_chan(arena, i, CHAN_BOTH)));
    ck_assert(type_identical(func_type(i, i, false), func_type(i, i, false)));
    ck_assert(!type_identical(func_type(i, i, false), func_type(i, i, true)));
}
END_TEST

START_TEST(struct_identity_includes_names_and_tags) {
    Type *i = type_basic(TYPE_INT);
    ck_assert(type_identical(struct_type("x", i, NULL), struct_type("x", i, NULL)));
    ck_assert(!type_identical(struct_type("x", i, NULL), struct_type("y", i, NULL)));
    ck_assert(!type_identical(struct_type("x", i, "`json:\"x\"`"), struct_type("x", i, NULL)));
}
END_TEST

START_TEST(defined_types_are_distinct) {
    Symbol a = {.name = "A"}, b = {.name = "B"};
    Type *ta = type_new_named(arena, &a, "main"), *tb = type_new_named(arena, &b, "main");
    ta->named.underlying = tb->named.underlying = type_basic(TYPE_INT);
    ck_assert(type_identical(ta, ta));
    ck_assert(!type_identical(ta, tb));
    ck_assert(!type_identical(ta, type_basic(TYPE_INT)));
    /* but the operators see through them */
    ck_assert(type_is_integer(ta));
    ck_assert(type_under(ta) == type_basic(TYPE_INT));
}
END_TEST

START_TEST(comparability) {
    Type *i = type_basic(TYPE_INT);
    ck_assert(type_comparable(i));
    ck_assert(type_comparable(type_new_pointer(arena, i)));
    ck_assert(type_comparable(type_new_array(arena, i, 2)));
    ck_assert(!type_comparable(type_new_slice(arena, i)));
    ck_assert(!type_comparable(type_new_map(arena, i, i)));
    ck_assert(!type_comparable(func_type(NULL, NULL, false)));
    ck_assert(!type_comparable(type_new_array(arena, type_new_slice(arena, i), 2)));
    ck_assert(!type_comparable(struct_type("s", type_new_slice(arena, i), NULL)));
    ck_assert(type_comparable(struct_type("p", type_new_pointer(arena, i), NULL)));
}
END_TEST

START_TEST(spelled_as_gc_spells_them) {
    Type *i = type_basic(TYPE_INT), *s = type_basic(TYPE_STRING);
    ck_assert_str_eq(type_string(arena, type_new_slice(arena, i)), "[]int");
    ck_assert_str_eq(type_string(arena, type_new_array(arena, type_byte(), 4)), "[4]byte");
    ck_assert_str_eq(type_string(arena, type_new_map(arena, s, type_new_pointer(arena, i))),
                     "map[string]*int");
    ck_assert_str_eq(type_string(arena, type_new_chan(arena, i, CHAN_RECV)), "<-chan int");
    ck_assert_str_eq(type_string(arena, type_new_chan(arena, type_new_chan(arena, i, CHAN_RECV),
                                                      CHAN_BOTH)),
                     "chan (<-chan int)");
    ck_assert_str_eq(type_string(arena, func_type(i, s, false)), "func(int) string");
    ck_assert_str_eq(type_string(arena, func_type(type_new_slice(arena, i), NULL, true)),
                     "func(...int)");
    ck_assert_str_eq(type_string(arena, struct_type("x", i, NULL)), "struct{x int}");
    ck_assert_str_eq(type_string(arena, type_any()), "any");
    Symbol t = {.name = "T"}, st = {.name = "Stringer"};
    ck_assert_str_eq(type_string(arena, type_new_named(arena, &t, "main")), "T");
    ck_assert_str_eq(type_string(arena, type_new_named(arena, &st, "fmt")), "fmt.Stringer");
}
END_TEST

int main(void) {
    Suite *s = suite_create("types");
    TCase *t = tcase_create("types");
    tcase_add_checked_fixture(t, setup, teardown);
    tcase_add_test(t, basic_identity);
    tcase_add_test(t, composite_identity_is_structural);
    tcase_add_test(t, struct_identity_includes_names_and_tags);
    tcase_add_test(t, defined_types_are_distinct);
    tcase_add_test(t, comparability);
    tcase_add_test(t, spelled_as_gc_spells_them);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_NORMAL);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
