/*
 * paths.c — every path that makes a location escape, for the tools.
 *
 * The solver (escape.c) walks the graph backwards from each root and, like
 * gc, remembers one way back per location: -m=2 explains an escape by the
 * first path it found and stops.  A reader who wants to keep x on the
 * stack needs all of them — fixing `g1 = &x` is no use while `g2 = &x`
 * remains — so `go2c build -json` and `go2c explain` ask for this pass.
 *
 * It runs once, after the analysis.  It turns the incoming edges of the
 * graph around (who does each location flow into?) and, from each
 * location that escapes, searches forward along simple paths (no location
 * twice) until one reaches a root that outlives it: the heap, a result,
 * or a location that itself escapes.  A path counts when it carries the
 * location's *address* to the root.  The walk stores derefs backwards from
 * the root (dst gets src's value dereferenced `derefs` times, -1 for an
 * address), so a path's derefs are summed the same way, from its root:
 *
 *     d = 0;  for each hop, root first:  d = max(d, 0) + hop.derefs
 *
 * and the address escapes when d < 0 at the end — exactly the test the
 * solver makes.  Each new path is explained in -m=2's words next to the
 * one gc prints.  Paths can multiply (every branch of every assignment),
 * so each location gets at most MAX_PATHS of them, found within MAX_STEPS
 * steps of search, and says so when there were more.
 */
#include "internal.h"

#include <string.h>

enum {
    MAX_PATHS = 8,    /* paths shown per location */
    MAX_HOPS = 32,    /* flows in one path */
    MAX_STEPS = 4096, /* search steps per location */
};

typedef Vec(Hop) HopVec;

typedef struct Search {
    Analysis *a;
    void *out;            /* Location -> HopVec*: where its value flows */
    Location *from;       /* the location whose paths are sought */
    Hop path[MAX_HOPS];
    int len;
    int found, steps;
    bool cut;             /* the limits stopped the search */
} Search;

/* The graph's edges, turned around: for each location, its outgoing hops. */
static void index_outgoing(Search *s, Location *dst) {
    for (int i = 0; i < dst->edges.len; i++) {
        Location *src = dst->edges.data[i].src;
        HopVec *out = ptrmap_get(s->out, src);
        if (!out) {
            out = ARENA_NEW(s->a->arena, HopVec);
            ptrmap_put(s->a->arena, &s->out, src, out);
        }
        vec_push(s->a->arena, out, ((Hop){src, dst, i}));
    }
}

static bool is_root(Search *s, const Location *l) {
    if (l == &s->a->heap)
        return true;
    return (l->escapes || l->is_result) && esc_outlives(l, s->from);
}

/* Does the path carry the address of its first location to its root? */
static bool carries_address(const Search *s) {
    int d = 0;
    for (int i = s->len - 1; i >= 0; i--)
        d = (d < 0 ? 0 : d) + s->path[i].dst->edges.data[s->path[i].edge].derefs;
    return d < 0;
}

static bool on_path(const Search *s, const Location *l) {
    if (l == s->from)
        return true;
    for (int i = 0; i < s->len; i++)
        if (s->path[i].dst == l)
            return true;
    return false;
}

/* The explanation lines of l from index `from` on: one path's block. */
static bool same_block(const Location *l, int a, int b, int n) {
    for (int i = 0; i < n; i++)
        if (strcmp(l->explain.data[a + i], l->explain.data[b + i]) != 0)
            return false;
    return true;
}

/* Explains the path found, unless an earlier block of l says the same
 * (the path -m=2 printed is found again here). */
static void record_path(Search *s) {
    Location *l = s->from;
    int start = l->explain.len;
    esc_explain_hops(s->a, l, s->path, s->len);
    int n = l->explain.len - start;
    for (int b = 0; b + n <= start; b++)
        if (l->explain.data[b][0] != ' ' && (b + n == start || l->explain.data[b + n][0] != ' ') &&
            same_block(l, b, start, n)) {
            l->explain.len = start;
            return;
        }
    s->found++;
}

static void search_from(Search *s, Location *x) {
    HopVec *out = ptrmap_get(s->out, x);
    for (int i = 0; out && i < out->len; i++) {
        if (s->found == MAX_PATHS || ++s->steps > MAX_STEPS) {
            s->cut = true;
            return;
        }
        Hop h = out->data[i];
        if (h.dst == &s->a->blank || on_path(s, h.dst))
            continue;
        if (s->len == MAX_HOPS) {
            s->cut = true;
            return;
        }
        s->path[s->len++] = h;
        if (is_root(s, h.dst)) {
            if (carries_address(s))
                record_path(s);
        } else {
            search_from(s, h.dst);
        }
        s->len--;
    }
}

void esc_all_paths(Analysis *a) {
    if (a->all_paths_done)
        return;
    a->all_paths_done = true;
    for (int i = 0; i < a->heap_edges.len; i++) /* finished batches' */
        vec_push(a->arena, &a->heap.edges, a->heap_edges.data[i]);
    a->paths_only = true;
    Search s = {.a = a};
    index_outgoing(&s, &a->heap);
    for (int i = 0; i < a->all_locs.len; i++)
        index_outgoing(&s, a->all_locs.data[i]);
    for (int i = 0; i < a->all_locs.len; i++) {
        Location *l = a->all_locs.data[i];
        if (!l->escapes || (l->kind != LOC_VAR && l->kind != LOC_SITE))
            continue;
        s.from = l;
        s.len = s.found = s.steps = 0;
        s.cut = false;
        search_from(&s, l);
        if (s.cut && l->explain.len)
            vec_push(a->arena, &l->explain, "  (more paths not shown)");
    }
    a->paths_only = false;
}
