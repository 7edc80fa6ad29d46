/*
 * sort.c — package sort, declared in lib/sort/.
 *
 * Every sort here works only through "less(i, j)" and "swap(i, j)" on
 * indices, because that is all sort.Interface and sort.Slice's less
 * function offer.  Two algorithms, both exactly Go 1.19's, so that the
 * order of equal elements (and even the sequence of Less and Swap calls)
 * is gc's:
 *   - Sort, Slice, Ints, ... : pattern-defeating quicksort (pdqsort):
 *     insertion sort up to 12 elements, a median or "ninther" pivot that
 *     also detects sorted and reversed input, a partial insertion sort for
 *     nearly sorted input, pattern breaking with a xorshift generator
 *     seeded by the length after unbalanced partitions, and heapsort when
 *     too many partitions were bad;
 *   - Stable, SliceStable: insertion sort on blocks of 20, then in-place
 *     merges of ever larger runs by the SymMerge method (Kim & Kutzner).
 * The code is written from the algorithms' descriptions (and Go's
 * documented behaviour), not copied.
 */
#include <math.h>
#include <string.h>

#include "lib.h"

/* What to sort: elements reached through less and swap. */
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

/* ---- stable sort: blocks of insertion sort, then SymMerge ---------------------- */

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
            GoInt h = (GoInt)((GoUint)(lo + hi) >> 1);
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
            GoInt h = (GoInt)((GoUint)(lo + hi) >> 1);
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
    GoInt mid = (GoInt)((GoUint)(a + b) >> 1), n = mid + m;
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
        GoInt c = (GoInt)((GoUint)(start + r) >> 1);
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
    GoInt block = 20, a = 0;
    for (; a + block <= n; a += block)
        insertion_sort(s, a, a + block);
    insertion_sort(s, a, n);
    for (; block < n; block *= 2) {
        for (a = 0; a + 2 * block <= n; a += 2 * block)
            sym_merge(s, a, a + block, a + 2 * block);
        if (a + block < n)
            sym_merge(s, a, a + block, n);
    }
}

/* ---- pdqsort ---------------------------------------------------------------------- */

/* bits.Len(uint(n)): the number of bits needed to write n. */
static GoInt bit_len(GoUint n) {
    GoInt k = 0;
    for (; n != 0; n >>= 1)
        k++;
    return k;
}

/* Restores the heap property below root in the heap [lo, hi) stored from
 * index first on. */
static void sift_down(const Sorter *s, GoInt root, GoInt hi, GoInt first) {
    for (;;) {
        GoInt child = 2 * root + 1;
        if (child >= hi)
            return;
        if (child + 1 < hi && less(s, first + child, first + child + 1))
            child++;
        if (!less(s, first + root, first + child))
            return;
        swap(s, first + root, first + child);
        root = child;
    }
}

static void heap_sort(const Sorter *s, GoInt a, GoInt b) {
    GoInt n = b - a;
    for (GoInt i = (n - 1) / 2; i >= 0; i--)
        sift_down(s, i, n, a);
    for (GoInt i = n - 1; i >= 0; i--) {
        swap(s, a, a + i);
        sift_down(s, 0, i, a);
    }
}

/* What choose_pivot saw of the order around its samples. */
typedef enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING } SortedHint;

/* Orders the indices *a, *b by their elements, counting the exchanges. */
static void order2(const Sorter *s, GoInt *a, GoInt *b, GoInt *swaps) {
    if (less(s, *b, *a)) {
        GoInt t = *a;
        *a = *b;
        *b = t;
        (*swaps)++;
    }
}

/* The index of the median of the elements at a, b, c. */
static GoInt median(const Sorter *s, GoInt a, GoInt b, GoInt c, GoInt *swaps) {
    order2(s, &a, &b, swaps);
    order2(s, &b, &c, swaps);
    order2(s, &a, &b, swaps);
    return b;
}

/* Picks a pivot in [a, b): the median of three samples, each itself a
 * median of three neighbours for long ranges (Tukey's ninther).  No
 * exchange means the samples looked increasing, all 12 of them that they
 * looked decreasing. */
static GoInt choose_pivot(const Sorter *s, GoInt a, GoInt b, SortedHint *hint) {
    GoInt l = b - a, swaps = 0;
    GoInt i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= 50) {
            i = median(s, i - 1, i, i + 1, &swaps);
            j = median(s, j - 1, j, j + 1, &swaps);
            k = median(s, k - 1, k, k + 1, &swaps);
        }
        j = median(s, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == 12 ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

static void reverse_range(const Sorter *s, GoInt a, GoInt b) {
    for (GoInt i = a, j = b - 1; i < j; i++, j--)
        swap(s, i, j);
}

/* Tries to finish a nearly sorted [a, b) by shifting at most 5 misplaced
 * elements into place; true when it is then sorted.  The backward shift
 * stops at index 1, not at a, exactly as Go 1.19's does. */
static bool partial_insertion_sort(const Sorter *s, GoInt a, GoInt b) {
    GoInt i = a + 1;
    for (int step = 0; step < 5; step++) {
        while (i < b && !less(s, i, i - 1))
            i++;
        if (i == b)
            return true;
        if (b - a < 50)
            return false;
        swap(s, i, i - 1);
        if (i - a >= 2)
            for (GoInt j = i - 1; j >= 1 && less(s, j, j - 1); j--)
                swap(s, j, j - 1);
        if (b - i >= 2)
            for (GoInt j = i + 1; j < b && less(s, j, j - 1); j++)
                swap(s, j, j - 1);
    }
    return false;
}

/* Swaps three elements around the middle with pseudo-random others, to
 * break patterns that make the pivot choice go wrong. */
static void break_patterns(const Sorter *s, GoInt a, GoInt b) {
    GoInt n = b - a;
    if (n < 8)
        return;
    uint64_t random = (uint64_t)n;
    GoUint modulus = (GoUint)1 << bit_len((GoUint)n);
    for (GoInt idx = a + (n / 4) * 2 - 1; idx <= a + (n / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        GoInt other = (GoInt)(random & (modulus - 1));
        if (other >= n)
            other -= n;
        swap(s, idx, a + other);
    }
}

/* Partitions [a, b) around the element at pivot: smaller ones first, then
 * the pivot (its final index is returned), then the others.
 * *already: no element had to move. */
static GoInt partition(const Sorter *s, GoInt a, GoInt b, GoInt pivot, bool *already) {
    swap(s, a, pivot);
    GoInt i = a + 1, j = b - 1;
    while (i <= j && less(s, i, a))
        i++;
    while (i <= j && !less(s, j, a))
        j--;
    if (i > j) {
        swap(s, j, a);
        *already = true;
        return j;
    }
    swap(s, i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && less(s, i, a))
            i++;
        while (i <= j && !less(s, j, a))
            j--;
        if (i > j)
            break;
        swap(s, i, j);
        i++;
        j--;
    }
    swap(s, j, a);
    *already = false;
    return j;
}

/* Moves the elements equal to the pivot (none is smaller) to the front;
 * returns where the greater ones start. */
static GoInt partition_equal(const Sorter *s, GoInt a, GoInt b, GoInt pivot) {
    swap(s, a, pivot);
    GoInt i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !less(s, a, i))
            i++;
        while (i <= j && less(s, a, j))
            j--;
        if (i > j)
            return i;
        swap(s, i, j);
        i++;
        j--;
    }
}

/* Sorts [a, b); limit is how many unbalanced partitions are allowed
 * before falling back to heapsort. */
static void pdqsort(const Sorter *s, GoInt a, GoInt b, GoInt limit) {
    bool was_balanced = true, was_partitioned = true;
    for (;;) {
        GoInt n = b - a;
        if (n <= 12) {
            insertion_sort(s, a, b);
            return;
        }
        if (limit == 0) {
            heap_sort(s, a, b);
            return;
        }
        if (!was_balanced) {
            break_patterns(s, a, b);
            limit--;
        }
        SortedHint hint;
        GoInt pivot = choose_pivot(s, a, b, &hint);
        if (hint == HINT_DECREASING) {
            reverse_range(s, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (was_balanced && was_partitioned && hint == HINT_INCREASING &&
            partial_insertion_sort(s, a, b))
            return;
        /* The element before the range is a pivot of an earlier step and
         * not less than this one: this range holds many equal elements. */
        if (a > 0 && !less(s, a - 1, pivot)) {
            a = partition_equal(s, a, b, pivot);
            continue;
        }
        bool already;
        GoInt mid = partition(s, a, b, pivot, &already);
        was_partitioned = already;
        GoInt left = mid - a, right = b - mid;
        /* Recurse into the smaller side, loop on the larger. */
        if (left < right) {
            was_balanced = left >= n / 8;
            pdqsort(s, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right >= n / 8;
            pdqsort(s, mid + 1, b, limit);
            b = mid;
        }
    }
}

static void unstable_sort(const Sorter *s, GoInt n) {
    pdqsort(s, 0, n, bit_len((GoUint)n));
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
    if (n > 1)
        unstable_sort(&s, n);
}
void sort__Stable(GoEface data) {
    IfaceCtx c;
    Sorter s;
    GoInt n = iface_sorter(data, &c, &s);
    stable_sort(&s, n);
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
    unstable_sort(&s, n);
}
void sort__SliceStable(GoEface x, GoFunc *less_fn) {
    SliceCtx c;
    Sorter s;
    GoInt n = slice_sorter(x, less_fn, &c, &s);
    stable_sort(&s, n);
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
    unstable_sort(&(Sorter){x.ptr, ints_less, ints_swap}, x.len);
}
void sort__Float64s(GoSlice x) {
    unstable_sort(&(Sorter){x.ptr, floats_less, floats_swap}, x.len);
}
void sort__Strings(GoSlice x) {
    unstable_sort(&(Sorter){x.ptr, strings_less, strings_swap}, x.len);
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

/* ---- IntSlice, Float64Slice, StringSlice: the slice is the receiver ------------- */

GoInt sort__IntSlice__Len(GoSlice x) { return x.len; }
GoBool sort__IntSlice__Less(GoSlice x, GoInt i, GoInt j) {
    rt_index(i, x.len);
    rt_index(j, x.len);
    return ints_less(x.ptr, i, j);
}
void sort__IntSlice__Swap(GoSlice x, GoInt i, GoInt j) {
    rt_index(i, x.len);
    rt_index(j, x.len);
    ints_swap(x.ptr, i, j);
}
void sort__IntSlice__Sort(GoSlice x) { sort__Ints(x); }
GoInt sort__IntSlice__Search(GoSlice x, GoInt v) { return sort__SearchInts(x, v); }

GoInt sort__Float64Slice__Len(GoSlice x) { return x.len; }
GoBool sort__Float64Slice__Less(GoSlice x, GoInt i, GoInt j) {
    rt_index(i, x.len);
    rt_index(j, x.len);
    return floats_less(x.ptr, i, j);
}
void sort__Float64Slice__Swap(GoSlice x, GoInt i, GoInt j) {
    rt_index(i, x.len);
    rt_index(j, x.len);
    floats_swap(x.ptr, i, j);
}
void sort__Float64Slice__Sort(GoSlice x) { sort__Float64s(x); }
GoInt sort__Float64Slice__Search(GoSlice x, GoFloat64 v) { return sort__SearchFloat64s(x, v); }

GoInt sort__StringSlice__Len(GoSlice x) { return x.len; }
GoBool sort__StringSlice__Less(GoSlice x, GoInt i, GoInt j) {
    rt_index(i, x.len);
    rt_index(j, x.len);
    return strings_less(x.ptr, i, j);
}
void sort__StringSlice__Swap(GoSlice x, GoInt i, GoInt j) {
    rt_index(i, x.len);
    rt_index(j, x.len);
    strings_swap(x.ptr, i, j);
}
void sort__StringSlice__Sort(GoSlice x) { sort__Strings(x); }
GoInt sort__StringSlice__Search(GoSlice x, GoString v) { return sort__SearchStrings(x, v); }

/* ---- Reverse ---------------------------------------------------------------------
 * type reverse struct { Interface }, returned as *reverse: Len and Swap
 * are the embedded Interface's (promoted), Less swaps its arguments.  The
 * methods get recv pointing to the word that holds the *reverse. */
typedef struct sort__reverse {
    GoEface Interface;
} sort__reverse;

static GoEface reverse_inner(void *recv) {
    return ((sort__reverse *)rt_nilcheck(*(sort__reverse **)recv))->Interface;
}

static GoInt reverse_len(void *recv) {
    static GoMethodCache cache;
    GoEface in = reverse_inner(recv);
    return ((GoInt(*)(void *))rt_imethod(in, "Len", &cache))(in.data);
}
static GoBool reverse_less(void *recv, GoInt i, GoInt j) {
    static GoMethodCache cache;
    GoEface in = reverse_inner(recv);
    return ((GoBool(*)(void *, GoInt, GoInt))rt_imethod(in, "Less", &cache))(in.data, j, i);
}
static void reverse_swap(void *recv, GoInt i, GoInt j) {
    static GoMethodCache cache;
    GoEface in = reverse_inner(recv);
    ((void (*)(void *, GoInt, GoInt))rt_imethod(in, "Swap", &cache))(in.data, i, j);
}

static const char *const interface_imethods[] = {"Len", "Less", "Swap"};
static const char *const interface_sigs[] = {"func() int", "func(int, int) bool", "func(int, int)"};
static const GoType interface_type = {
    .kind = RT_KIND_INTERFACE, .size = sizeof(GoEface), .name = "sort.Interface",
    .named = true, .comparable = true, .has_pointers = true,
    .imethods = interface_imethods, .nimethods = 3, .imethod_sigs = interface_sigs};

static const GoField reverse_fields[] = {
    {.name = "Interface", .type = &interface_type, .offset = 0, .embedded = true},
};
static const GoMethod reverse_methods[] = {
    {"Len", (void (*)(void))reverse_len},
    {"Less", (void (*)(void))reverse_less},
    {"Swap", (void (*)(void))reverse_swap},
};
/* Only *reverse is ever put in an interface, so the struct's descriptor
 * serves fmt (%v prints &{...}) and needs no methods. */
static const GoType reverse_type = {
    .kind = RT_KIND_STRUCT, .size = sizeof(sort__reverse), .name = "sort.reverse",
    .named = true, .comparable = true, .has_pointers = true,
    .fields = reverse_fields, .nfields = 1};
static const GoType reverse_ptr_type = {
    .kind = RT_KIND_POINTER, .size = sizeof(void *), .name = "*sort.reverse",
    .comparable = true, .has_pointers = true, .elem = &reverse_type,
    .methods = reverse_methods, .nmethods = 3, .method_sigs = interface_sigs};

GoEface sort__Reverse(GoEface data) {
    sort__reverse *r = rt_alloc(sizeof *r);
    r->Interface = data;
    sort__reverse **word = rt_alloc(sizeof *word);
    *word = r;
    return (GoEface){&reverse_ptr_type, word};
}
