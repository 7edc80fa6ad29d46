/*
 * arena.c — the compiler's memory: bump allocation in big chunks, freed at
 * once when a compilation ends.  Also the arena-backed growable arrays.
 */
#include "base.h"

#include <stdlib.h>
#include <string.h>

enum { CHUNK_SIZE = 1 << 20, ALIGN = 16 };

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char mem[];
} Chunk;

struct Arena {
    Chunk *head;
};

static void *xmalloc(size_t n) {
    void *p = malloc(n);
    if (!p) {
        fputs("go2c: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static Chunk *new_chunk(size_t at_least) {
    size_t size = at_least > CHUNK_SIZE ? at_least : CHUNK_SIZE;
    Chunk *c = xmalloc(sizeof(Chunk) + size);
    c->next = NULL;
    c->used = 0;
    c->size = size;
    return c;
}

Arena *arena_new(void) {
    Arena *a = xmalloc(sizeof(Arena));
    a->head = new_chunk(CHUNK_SIZE);
    return a;
}

void arena_free(Arena *a) {
    if (!a)
        return;
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size) {
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (a->head->used + size > a->head->size) {
        Chunk *c = new_chunk(size);
        c->next = a->head;
        a->head = c;
    }
    void *p = a->head->mem + a->head->used;
    a->head->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(Arena *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(Arena *a, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

/* Doubles a Vec's storage.  The old block stays in the arena (it is freed
 * with everything else); this wastes at most half of what a Vec uses. */
void vec_grow_(Arena *a, void **data, int *cap, size_t elem_size) {
    int ncap = *cap ? *cap * 2 : 8;
    void *p = arena_alloc(a, (size_t)ncap * elem_size);
    if (*cap)
        memcpy(p, *data, (size_t)*cap * elem_size);
    *data = p;
    *cap = ncap;
}

Compilation *compilation_new(void) {
    Arena *a = arena_new();
    Compilation *c = ARENA_NEW(a, Compilation);
    c->arena = a;
    c->sources.next_base = 1;
    c->diags.arena = a;
    return c;
}

void compilation_on_free(Compilation *c, void (*fn)(void *), void *arg) {
    Cleanup k = {fn, arg};
    vec_push(c->arena, &c->cleanups, k);
}

void compilation_free(Compilation *c) {
    if (!c)
        return;
    for (int i = c->cleanups.len - 1; i >= 0; i--)
        c->cleanups.data[i].fn(c->cleanups.data[i].arg);
    arena_free(c->arena);
}

_Noreturn void ice(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("go2c: internal compiler error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    abort();
}
