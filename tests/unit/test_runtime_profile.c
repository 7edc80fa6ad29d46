/*
 * test_runtime_profile.c — unit tests of the allocation profile,
 * GO2CDEBUG=allocs=1 (runtime/rt_profile.c, runtime/rt_alloc.c).
 *
 * The profile is switched on by the environment at start-up and printed
 * by an atexit handler, so every test runs in a child process: it sets
 * GO2CDEBUG, calls rt_alloc_init as C main does, allocates, and ends (by
 * returning, by rt_exit or by an unrecovered panic); the parent reads what
 * the child wrote to stderr.
 */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <check.h>
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "go2c_rt.h"
#include "rt_internal.h"

/* ---- helpers ---------------------------------------------------------------- */

typedef struct Child {
    int status;
    char err[8192];
} Child;

/* Runs fn in a child with GO2CDEBUG=debug (NULL: unset), stdout to
 * a temporary file and stderr captured; a child that returns
 * ends with exit(0), so atexit handlers run as after main. */
static Child run_child(const char *debug, void (*fn)(void)) {
    Child c;
    FILE *out = tmpfile(), *err = tmpfile();
    ck_assert(out != NULL && err != NULL);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        dup2(fileno(out), 1);
        dup2(fileno(err), 2);
        if (debug)
            setenv("GO2CDEBUG", debug, 1);
        else
            unsetenv("GO2CDEBUG");
        rt_alloc_init();
        fn();
        exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    c.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    rewind(err);
    size_t n = fread(c.err, 1, sizeof c.err - 1, err);
    c.err[n] = '\0';
    fclose(err);
    fclose(out);
    return c;
}

/* The line of err that contains needle, copied to line (empty if none). */
static void line_with(const char *err, const char *needle, char *line, size_t size) {
    line[0] = '\0';
    const char *p = strstr(err, needle);
    if (!p)
        return;
    while (p > err && p[-1] != '\n')
        p--;
    const char *end = strchr(p, '\n');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    if (n >= size)
        n = size - 1;
    memcpy(line, p, n);
    line[n] = '\0';
}

/* Asserts that err has a line "<bytes> <count>  <text>". */
static void ck_site(const char *err, const char *text, unsigned long long bytes,
                    unsigned long long count) {
    char line[512], want[512];
    line_with(err, text, line, sizeof line);
    ck_assert_msg(line[0], "no line with \"%s\" in:\n%s", text, err);
    snprintf(want, sizeof want, "%14llu %12llu  %s", bytes, count, text);
    ck_assert_str_eq(line, want);
}

/* Three sites, as generated code declares them. */
static GoAllocSite site_small = {.pos = "main.go:3:2", .what = "moved to heap: x",
                                 .reason = "-escape=off"};
static GoAllocSite site_big = {.pos = "main.go:12:7", .what = "&Point{...}",
                               .reason = "returned from f at main.go:13:2"};
static GoAllocSite site_never = {.pos = "main.go:20:1", .what = "never runs", .reason = "-"};
static GoAllocSite site_make = {.pos = "main.go:30:11", .what = "make([]int, n)",
                                .reason = "non-constant size"};
static GoAllocSite site_map = {.pos = "main.go:31:11", .what = "make(map[int]int)",
                               .reason = "escapes"};

static void allocate(void) {
    for (int i = 0; i < 3; i++)
        (void)rt_alloc_atomic_at(8, &site_small);
    for (int i = 0; i < 2; i++)
        (void)rt_alloc_at(24, &site_big);
    (void)rt_alloc(100); /* the runtime's own */
    if (getenv("NEVER"))
        (void)rt_alloc_at(1, &site_never);
}

/* ---- tests ------------------------------------------------------------------------ */

START_TEST(test_off_prints_nothing) {
    Child c = run_child(NULL, allocate);
    ck_assert_int_eq(c.status, 0);
    ck_assert_str_eq(c.err, "");
    c = run_child("gcstress=0,memstats=0", allocate);
    ck_assert_str_eq(c.err, "");
}
END_TEST

START_TEST(test_sites_largest_first) {
    Child c = run_child("allocs=1", allocate);
    ck_assert_int_eq(c.status, 0);
    ck_assert_msg(strncmp(c.err, "go2c: heap allocations by site", 30) == 0, "%s", c.err);
    ck_site(c.err, "main.go:12:7 &Point{...}: returned from f at main.go:13:2", 48, 2);
    ck_site(c.err, "main.go:3:2 moved to heap: x: -escape=off", 24, 3);
    /* largest first */
    ck_assert_msg(strstr(c.err, "&Point") < strstr(c.err, "moved to heap"), "%s", c.err);
    /* a site that never allocated is not listed */
    ck_assert_ptr_null(strstr(c.err, "never runs"));
    /* the runtime's own: at least the 100 bytes above */
    char line[512];
    line_with(c.err, "runtime (append growth", line, sizeof line);
    unsigned long long bytes = 0, count = 0;
    ck_assert_int_eq(sscanf(line, "%llu %llu", &bytes, &count), 2);
    ck_assert_uint_ge(bytes, 100);
    ck_assert_uint_ge(count, 1);
    /* the total adds them all up */
    unsigned long long tb = 0, tc = 0;
    line_with(c.err, "  total", line, sizeof line);
    ck_assert_int_eq(sscanf(line, "%llu %llu", &tb, &tc), 2);
    ck_assert_uint_eq(tb, bytes + 48 + 24);
    ck_assert_uint_eq(tc, count + 5);
}
END_TEST

START_TEST(test_with_other_settings) {
    Child c = run_child("memstats=1,allocs=1", allocate);
    ck_site(c.err, "main.go:3:2 moved to heap: x: -escape=off", 24, 3);
    ck_assert_ptr_nonnull(strstr(c.err, "go2c: "));
    ck_assert_ptr_nonnull(strstr(c.err, "heap allocations, "));
}
END_TEST

static void make_things(void) {
    GoSlice s = rt_make_slice_at(&rt_type_int, 5, 10, &site_make);
    ck_assert_int_eq(s.len, 5);
    ck_assert_int_eq(s.cap, 10);
    (void)rt_make_slice_at(&rt_type_int, 0, 0, &site_make);
    static const GoType maptype = {.kind = RT_KIND_MAP, .size = 8, .name = "map[int]int",
                                   .key = &rt_type_int, .elem = &rt_type_int};
    GoMap *m = rt_make_map_at(&maptype, 0, &site_map);
    *(GoInt *)rt_map_set(&maptype, m, &(GoInt){1}) = 2;
    ck_assert_int_eq(*(GoInt *)rt_map_get(&maptype, m, &(GoInt){1}), 2);
}

START_TEST(test_make_charges_the_site) {
    Child c = run_child("allocs=1", make_things);
    ck_assert_int_eq(c.status, 0);
    /* 10 ints, and the empty one */
    char line[512];
    line_with(c.err, "make([]int, n)", line, sizeof line);
    unsigned long long bytes = 0, count = 0;
    ck_assert_int_eq(sscanf(line, "%llu %llu", &bytes, &count), 2);
    ck_assert_uint_ge(bytes, 80);
    ck_assert_uint_ge(count, 1);
    ck_assert_ptr_nonnull(strstr(c.err, "main.go:31:11 make(map[int]int): escapes"));
}
END_TEST

/* The profile is printed on every exit path. */
static void then_exit(void) {
    allocate();
    printf("out\n");
    rt_exit(3);
}

static void then_panic(void) {
    allocate();
    rt_panic_string((GoString){(const uint8_t *)"boom", 4});
}

static void make_panics(void) {
    allocate();
    (void)rt_make_slice_at(&rt_type_int, -1, -1, &site_make);
}

START_TEST(test_exit_paths) {
    Child c = run_child("allocs=1", then_exit);
    ck_assert_int_eq(c.status, 3);
    ck_site(c.err, "main.go:3:2 moved to heap: x: -escape=off", 24, 3);
    c = run_child("allocs=1", then_panic);
    ck_assert_int_eq(c.status, 2);
    ck_assert_ptr_nonnull(strstr(c.err, "panic: boom"));
    ck_site(c.err, "main.go:12:7 &Point{...}: returned from f at main.go:13:2", 48, 2);
    /* a make that panics charges nothing to its site */
    c = run_child("allocs=1", make_panics);
    ck_assert_int_eq(c.status, 2);
    ck_assert_ptr_nonnull(strstr(c.err, "makeslice: len out of range"));
    ck_assert_ptr_null(strstr(c.err, "make([]int, n)"));
}
END_TEST

static Suite *profile_suite(void) {
    Suite *s = suite_create("runtime_profile");
    TCase *tc = tcase_create("allocs");
    tcase_add_test(tc, test_off_prints_nothing);
    tcase_add_test(tc, test_sites_largest_first);
    tcase_add_test(tc, test_with_other_settings);
    tcase_add_test(tc, test_make_charges_the_site);
    tcase_add_test(tc, test_exit_paths);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) {
    GC_INIT();
    SRunner *sr = srunner_create(profile_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
