/*
 * allocs.c — `go2c allocs diff OLD.json NEW.json`: what a change did to the
 * allocation decisions, for code review and CI.
 *
 * Both files are what `go2c build -json=FILE` writes (schema: escape/dump.c,
 * docs/tools.md).  A decision of the old file and one of the new are the
 * same site when they have the same
 *
 *     function, kind, what, and occurrence
 *
 * where the occurrence is the site's rank, by position, among the
 * decisions of its function with the same kind and what: the second
 * `&point{...}` of main.f is ("main.f", "&T{}", "&point{...}", 1).  Lines
 * and columns are not part of the key, because an edit above a function
 * moves every position below it; ranks stay unless sites of the same text
 * are added or removed in the same function.
 *
 * The output lists, in that order: sites that moved stack -> heap, sites
 * that moved heap -> stack, new sites, and sites that are gone, each with
 * its position in the file it is in and the analysis's reason.  The exit
 * status is 1 when a site moved to the heap (a regression), 0 otherwise,
 * and 2 when a file cannot be read or is not such a file, as for diff(1).
 */
#include "driver.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { STATUS_TROUBLE = 2 }; /* a file cannot be read: diff(1)'s status */

typedef struct Decision {
    const char *function, *kind, *what, *verdict, *reason, *file;
    int line, col;
    int occurrence;    /* rank among the function's same kind and what */
} Decision;

typedef struct Decisions {
    const char *path;
    Decision *d;
    int n;
} Decisions;

/* ---- reading ---------------------------------------------------------- */

static char *read_file(Arena *a, const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        report_os_error("open", path, errno);
        return NULL;
    }
    StrBuf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_putn(&b, chunk, n);
    bool failed = ferror(f);
    int err = errno;
    fclose(f);
    char *s = failed ? NULL : arena_strndup(a, b.data ? b.data : "", b.len);
    *len = b.len;
    sb_free(&b);
    if (failed)
        report_os_error("read", path, err);
    return s;
}

/* One element of "decisions"; false if a field is missing. */
static bool read_decision(const Json *j, Decision *d) {
    d->function = json_string(j, "function", NULL);
    d->kind = json_string(j, "kind", NULL);
    d->what = json_string(j, "what", NULL);
    d->verdict = json_string(j, "verdict", NULL);
    d->reason = json_string(j, "reason", "");
    d->file = json_string(j, "file", "?");
    d->line = (int)json_number(j, "line", 0);
    d->col = (int)json_number(j, "col", 0);
    return d->function && d->kind && d->what && d->verdict &&
           (strcmp(d->verdict, "heap") == 0 || strcmp(d->verdict, "stack") == 0);
}

static bool bad_file(const char *path, const char *why) {
    fprintf(stderr, "go2c allocs diff: %s: %s\n", path, why);
    return false;
}

static bool load(Arena *a, const char *path, Decisions *out) {
    size_t len;
    char *text = read_file(a, path, &len);
    if (!text)
        return false;
    const char *error;
    Json *root = json_parse(a, text, len, &error);
    if (!root)
        return bad_file(path, arena_printf(a, "%s (not JSON)", error));
    const Json *list = json_get(root, "decisions");
    if (json_number(root, "version", 0) != 1 || !list || list->kind != JSON_ARRAY)
        return bad_file(path, "not a file of go2c build -json (version 1)");
    out->path = path;
    out->n = list->len;
    out->d = arena_alloc(a, sizeof(Decision) * (size_t)(list->len + 1));
    for (int i = 0; i < list->len; i++)
        if (!read_decision(list->items[i], &out->d[i]))
            return bad_file(path, arena_printf(a, "decision %d lacks function, kind, "
                                                  "what or verdict", i + 1));
    return true;
}

/* ---- matching --------------------------------------------------------- */

static int compare_key(const Decision *x, const Decision *y) {
    int c = strcmp(x->function, y->function);
    if (!c)
        c = strcmp(x->kind, y->kind);
    if (!c)
        c = strcmp(x->what, y->what);
    return c;
}

/* By key, then by position (file, line, column): the order that gives the
 * occurrences. */
static int compare_position(const void *pa, const void *pb) {
    const Decision *x = pa, *y = pb;
    int c = compare_key(x, y);
    if (!c)
        c = strcmp(x->file, y->file);
    if (!c)
        c = x->line != y->line ? (x->line < y->line ? -1 : 1)
                               : (x->col > y->col) - (x->col < y->col);
    return c;
}

static void number_occurrences(Decisions *ds) {
    qsort(ds->d, (size_t)ds->n, sizeof(Decision), compare_position);
    for (int i = 0; i < ds->n; i++)
        ds->d[i].occurrence =
            i > 0 && compare_key(&ds->d[i - 1], &ds->d[i]) == 0 ? ds->d[i - 1].occurrence + 1 : 0;
}

static int compare_match(const Decision *x, const Decision *y) {
    int c = compare_key(x, y);
    return c ? c : (x->occurrence > y->occurrence) - (x->occurrence < y->occurrence);
}

/* ---- printing ---------------------------------------------------------- */

/* What the categories collect: pairs (old, new), either of them NULL. */
typedef enum Change { TO_HEAP, TO_STACK, ADDED, REMOVED, NCHANGES } Change;

static const char *const change_title[NCHANGES] = {
    "moved to the heap (stack -> heap)", "moved to the stack (heap -> stack)",
    "new", "gone"};

typedef struct Pair {
    const Decision *old, *new_;
} Pair;

typedef Vec(Pair) Pairs;

static void print_site(const Decision *d, const char *label) {
    printf("    %s%s at %s:%d:%d: %s\n", label, d->verdict, d->file, d->line, d->col,
           d->reason);
}

/*   main.g: &point{...} (&T{}) #2
 *     was stack at prog.go:20:7: does not escape
 *     now heap at prog.go:22:7: reaches the heap (assign at prog.go:24:4) */
static void print_pair(const Pair *p) {
    const Decision *d = p->new_ ? p->new_ : p->old;
    printf("  %s: %s (%s)", d->function, d->what, d->kind);
    if (d->occurrence)
        printf(" #%d", d->occurrence + 1);
    putchar('\n');
    bool both = p->old && p->new_;
    if (p->old)
        print_site(p->old, both ? "was " : "");
    if (p->new_)
        print_site(p->new_, both ? "now " : "");
}

static Change classify(const Decision *old, const Decision *new_) {
    if (!old)
        return ADDED;
    if (!new_)
        return REMOVED;
    return strcmp(new_->verdict, "heap") == 0 ? TO_HEAP : TO_STACK;
}

static void add(Arena *a, Pairs *by_change, const Decision *old, const Decision *new_) {
    Pair p = {old, new_};
    vec_push(a, &by_change[classify(old, new_)], p);
}

/* Walks both lists, sorted by key and occurrence, as a merge does. */
static void match(Arena *a, const Decisions *old, const Decisions *new_, Pairs *by_change) {
    int i = 0, j = 0;
    while (i < old->n || j < new_->n) {
        int c = i == old->n ? 1 : j == new_->n ? -1 : compare_match(&old->d[i], &new_->d[j]);
        if (c < 0) {
            add(a, by_change, &old->d[i++], NULL);
        } else if (c > 0) {
            add(a, by_change, NULL, &new_->d[j++]);
        } else {
            if (strcmp(old->d[i].verdict, new_->d[j].verdict) != 0)
                add(a, by_change, &old->d[i], &new_->d[j]);
            i++, j++;
        }
    }
}

int cmd_allocs(Arena *a, const Options *o) {
    const Command *cmd = command_find("allocs");
    if (o->nargs != 2)
        return usage_error(cmd, "go2c allocs diff: want two files, old.json and new.json");
    Decisions old, new_;
    if (!load(a, o->args[0], &old) || !load(a, o->args[1], &new_))
        return STATUS_TROUBLE;
    number_occurrences(&old);
    number_occurrences(&new_);
    Pairs by_change[NCHANGES] = {{0}};
    match(a, &old, &new_, by_change);
    for (int c = 0; c < NCHANGES; c++) {
        if (!by_change[c].len)
            continue;
        printf("%s:\n", change_title[c]);
        for (int k = 0; k < by_change[c].len; k++)
            print_pair(&by_change[c].data[k]);
    }
    printf("%d moved to the heap, %d moved to the stack, %d new, %d gone\n",
           by_change[TO_HEAP].len, by_change[TO_STACK].len, by_change[ADDED].len,
           by_change[REMOVED].len);
    return by_change[TO_HEAP].len ? STATUS_ERROR : STATUS_OK;
}
