/*
 * sort.c — package sort, declared in lib/sort/.
 *
 * Every sort here works only through "less(i, j)" and "swap(i, j)" on
 * indices, because that is all sort.Interface and sort.Slice's less
 * function offer.  The algorithm is stable: insertion sort on blocks of
 * 20, then in-place merges of ever larger runs by the SymMerge method
 * (Kim & Kutzner), which rotates instead of using a buffer.  Being stable
 * it reproduces gc's result exactly for Stable and SliceStable, and for
 * Sort and Slice whenever gc's pdqsort only runs its insertion sort (at
 * most 12 elements); beyond that, equal elements may come out in a
 * different order than with gc (never an incorrectly sorted one).
 */
#include <math.h>
#include <string.h>

#include "lib.h"

/* What to sort: n elements reached through less and swap. */
typedef struct Sorter {
    void *ctx;
    bool (*less)(void *ctx, GoInt i, GoInt j);
    void (*swap)(void *ctx, GoInt i, GoInt j);
} Sorter;

static bool less(const Sorter *s, GoInt i, GoInt j) { return s->less(s->ctx, i, j); }
static void swap(const Sorter *s, GoInt i, GoInt j) { s->swap(s->ctx, i, j); }

static void insertion_sort(const Sorter *s, GoInt a, GoInt b) {
    for (GoInt i = a + 1; i < b; i++)
        for (GoInt j = i; j > a && less(s, j, j - 1); j--)
            swap(s, j, j - 1);
}

/* Swaps the n elements at a with the n elements at b. */
static void swap_range(const Sorter *s, GoInt a, GoInt b, GoInt n) {
    for (GoInt i = 0; i < n; i++)
        swap(s, a + i, b + i);
}

/* Exchanges the blocks [a, m) and [m, b) by repeated block swaps. */
static void rotate(const Sorter *s, GoInt a, GoInt m, GoInt b) {
    GoInt i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swap_range(s, m - i, m, j);
            i -= j;
        } else {
            swap_range(s, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(s, m - i, m, i);
}

/* Merges the sorted runs [a, m) and [m, b) in place, stably. */
static void sym_merge(const Sorter *s, GoInt a, GoInt m, GoInt b) {
    if (m - a == 1) { /* one element: binary-search its place, then shift */
        GoInt lo = m, hi = b;
        while (lo < hi) {
            GoInt h = lo + (hi - lo) / 2;
            if (less(s, h, a))
                lo = h + 1;
            else
                hi = h;
        }
        for (GoInt k = a; k < lo - 1; k++)
            swap(s, k, k + 1);
        return;
    }
    if (b - m == 1) {
        GoInt lo = a, hi = m;
        while (lo < hi) {
            GoInt h = lo + (hi - lo) / 2;
            if (!less(s, m, h))
                lo = h + 1;
            else
                hi = h;
        }
        for (GoInt k = m; k > lo; k--)
            swap(s, k, k - 1);
        return;
    }
    /* Find the split around the middle so that rotating [start, end)
     * leaves two independent merges. */
    GoInt mid = a + (b - a) / 2, n = mid + m;
    GoInt start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    GoInt p = n - 1;
    while (start < r) {
        GoInt c = start + (r - start) / 2;
        if (!less(s, p - c, c))
            start = c + 1;
        else
            r = c;
    }
    GoInt end = n - start;
    if (start < m && m < end)
        rotate(s, start, m, end);
    if (a < start && start < mid)
        sym_merge(s, a, start, mid);
    if (mid < end && end < b)
        sym_merge(s, mid, end, b);
}

static void stable_sort(const Sorter *s, GoInt n) {
    enum { BLOCK = 20 };
    for (GoInt a = 0; a < n; a += BLOCK)
        insertion_sort(s, a, a + BLOCK < n ? a + BLOCK : n);
    for (GoInt width = BLOCK; width < n; width *= 2)
        for (GoInt a = 0; a + width < n; a += 2 * width)
            sym_merge(s, a, a + width, a + 2 * width < n ? a + 2 * width : n);
}

static bool is_sorted(const Sorter *s, GoInt n) {
    for (GoInt i = n - 1; i > 0; i--)
        if (less(s, i, i - 1))
            return false;
    return true;
}

/* ---- sort.Interface ------------------------------------------------------------- */

typedef struct IfaceCtx {
    GoEface data;
    GoBool (*less)(void *recv, GoInt i, GoInt j);
    void (*swap)(void *recv, GoInt i, GoInt j);
} IfaceCtx;

static bool iface_less(void *ctx, GoInt i, GoInt j) {
    IfaceCtx *c = ctx;
    return c->less(c->data.data, i, j);
}
static void iface_swap(void *ctx, GoInt i, GoInt j) {
    IfaceCtx *c = ctx;
    c->swap(c->data.data, i, j);
}

/* Looks up the three methods once; returns Len(). */
static GoInt iface_sorter(GoEface data, IfaceCtx *c, Sorter *s) {
    static GoMethodCache len_cache, less_cache, swap_cache;
    GoInt (*len_fn)(void *) = (GoInt(*)(void *))rt_imethod(data, "Len", &len_cache);
    c->data = data;
    c->less = (GoBool(*)(void *, GoInt, GoInt))rt_imethod(data, "Less", &less_cache);
    c->swap = (void (*)(void *, GoInt, GoInt))rt_imethod(data, "Swap", &swap_cache);
    *s = (Sorter){c, iface_less, iface_swap};
    return len_fn(data.data);
}

void sort__Sort(GoEface data) {
    IfaceCtx c;
    Sorter s;
    GoInt n = iface_sorter(data, &c, &s);
    stable_sort(&s, n);
}
void sort__Stable(GoEface data) {
    sort__Sort(data);
}
GoBool sort__IsSorted(GoEface data) {
    IfaceCtx c;
    Sorter s;
    GoInt n = iface_sorter(data, &c, &s);
    return is_sorted(&s, n);
}

/* ---- sort.Slice: any slice, a less function on indices ------------------------- */

typedef struct SliceCtx {
    uint8_t *base;
    size_t size;
    GoFunc *less;
} SliceCtx;

static bool slice_less(void *ctx, GoInt i, GoInt j) {
    SliceCtx *c = ctx;
    return ((GoBool(*)(void *, GoInt, GoInt))c->less->fn)(c->less, i, j);
}

/* Swaps element bytes in chunks through a small buffer (any size works). */
static void slice_swap(void *ctx, GoInt i, GoInt j) {
    SliceCtx *c = ctx;
    uint8_t *p = c->base + (size_t)i * c->size, *q = c->base + (size_t)j * c->size;
    uint8_t tmp[64];
    for (size_t off = 0; off < c->size; off += sizeof tmp) {
        size_t k = c->size - off < sizeof tmp ? c->size - off : sizeof tmp;
        memcpy(tmp, p + off, k);
        memcpy(p + off, q + off, k);
        memcpy(q + off, tmp, k);
    }
}

/* x must hold a slice, as in Go (which panics through reflect otherwise). */
static GoInt slice_sorter(GoEface x, GoFunc *less_fn, SliceCtx *c, Sorter *s) {
    if (!x.type || x.type->kind != RT_KIND_SLICE) {
        GoString parts[] = {RT_STR("reflect: call of Swapper on "),
                            x.type ? (GoString){(const uint8_t *)x.type->name,
                                                (GoInt)strlen(x.type->name)}
                                   : RT_STR("zero"),
                            RT_STR(" Value")};
        rt_panic_string(rt_string_concatn(parts, 3));
    }
    GoSlice *sl = x.data;
    *c = (SliceCtx){sl->ptr, (size_t)x.type->elem->size, less_fn};
    *s = (Sorter){c, slice_less, slice_swap};
    return sl->len;
}

void sort__Slice(GoEface x, GoFunc *less_fn) {
    SliceCtx c;
    Sorter s;
    GoInt n = slice_sorter(x, less_fn, &c, &s);
    stable_sort(&s, n);
}
void sort__SliceStable(GoEface x, GoFunc *less_fn) {
    sort__Slice(x, less_fn);
}
GoBool sort__SliceIsSorted(GoEface x, GoFunc *less_fn) {
    SliceCtx c;
    Sorter s;
    GoInt n = slice_sorter(x, less_fn, &c, &s);
    return is_sorted(&s, n);
}

/* ---- []int, []float64, []string ------------------------------------------------- */

static bool ints_less(void *ctx, GoInt i, GoInt j) {
    const GoInt *a = ctx;
    return a[i] < a[j];
}
static void ints_swap(void *ctx, GoInt i, GoInt j) {
    GoInt *a = ctx, t = a[i];
    a[i] = a[j];
    a[j] = t;
}
/* Go's order puts NaNs first. */
static bool floats_less(void *ctx, GoInt i, GoInt j) {
    const GoFloat64 *a = ctx;
    return a[i] < a[j] || (isnan(a[i]) && !isnan(a[j]));
}
static void floats_swap(void *ctx, GoInt i, GoInt j) {
    GoFloat64 *a = ctx, t = a[i];
    a[i] = a[j];
    a[j] = t;
}
static bool strings_less(void *ctx, GoInt i, GoInt j) {
    const GoString *a = ctx;
    return rt_string_cmp(a[i], a[j]) < 0;
}
static void strings_swap(void *ctx, GoInt i, GoInt j) {
    GoString *a = ctx, t = a[i];
    a[i] = a[j];
    a[j] = t;
}

void sort__Ints(GoSlice x) {
    stable_sort(&(Sorter){x.ptr, ints_less, ints_swap}, x.len);
}
void sort__Float64s(GoSlice x) {
    stable_sort(&(Sorter){x.ptr, floats_less, floats_swap}, x.len);
}
void sort__Strings(GoSlice x) {
    stable_sort(&(Sorter){x.ptr, strings_less, strings_swap}, x.len);
}
GoBool sort__IntsAreSorted(GoSlice x) {
    return is_sorted(&(Sorter){x.ptr, ints_less, ints_swap}, x.len);
}
GoBool sort__Float64sAreSorted(GoSlice x) {
    return is_sorted(&(Sorter){x.ptr, floats_less, floats_swap}, x.len);
}
GoBool sort__StringsAreSorted(GoSlice x) {
    return is_sorted(&(Sorter){x.ptr, strings_less, strings_swap}, x.len);
}

/* ---- searching --------------------------------------------------------------------- */

/* The smallest i in [0, n) with pred(ctx, i) true, or n; pred must be
 * false then true along the range. */
static GoInt search(GoInt n, bool (*pred)(const void *ctx, GoInt i), const void *ctx) {
    GoInt lo = 0, hi = n;
    while (lo < hi) {
        GoInt h = (GoInt)((GoUint)(lo + hi) >> 1);
        if (!pred(ctx, h))
            lo = h + 1;
        else
            hi = h;
    }
    return lo;
}

static bool call_pred(const void *ctx, GoInt i) {
    GoFunc *f = (GoFunc *)ctx;
    return ((GoBool(*)(void *, GoInt))f->fn)(f, i);
}
GoInt sort__Search(GoInt n, GoFunc *f) {
    return search(n, call_pred, f);
}

typedef struct { const void *a; const void *x; } SearchCtx;

static bool int_at_least(const void *ctx, GoInt i) {
    const SearchCtx *c = ctx;
    return ((const GoInt *)c->a)[i] >= *(const GoInt *)c->x;
}
static bool float_at_least(const void *ctx, GoInt i) {
    const SearchCtx *c = ctx;
    return ((const GoFloat64 *)c->a)[i] >= *(const GoFloat64 *)c->x;
}
static bool string_at_least(const void *ctx, GoInt i) {
    const SearchCtx *c = ctx;
    return rt_string_cmp(((const GoString *)c->a)[i], *(const GoString *)c->x) >= 0;
}

GoInt sort__SearchInts(GoSlice a, GoInt x) {
    return search(a.len, int_at_least, &(SearchCtx){a.ptr, &x});
}
GoInt sort__SearchFloat64s(GoSlice a, GoFloat64 x) {
    return search(a.len, float_at_least, &(SearchCtx){a.ptr, &x});
}
GoInt sort__SearchStrings(GoSlice a, GoString x) {
    return search(a.len, string_at_least, &(SearchCtx){a.ptr, &x});
}
