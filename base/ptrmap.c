/*
 * ptrmap.c — a hash table from pointers to pointers.
 *
 * Every phase needs "this node → that fact" or "have I seen this symbol":
 * escape analysis keys its locations by Symbol, codegen its heap variables,
 * sema its initialization graph.  One small table serves them all: open
 * addressing with linear probing on the pointer's bits, grown to keep it
 * at most half full, allocated in the arena (freed with it, never one by
 * one: there is no delete).  A map is a `void *` that starts NULL.
 */
#include "base.h"

#include <stdint.h>
#include <string.h>

typedef struct PtrMap {
    const void **keys;
    void **values;
    size_t cap, len;
} PtrMap;

static size_t hash_ptr(const void *p) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static void insert(PtrMap *m, const void *k, void *v) {
    size_t i = hash_ptr(k) & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != k)
        i = (i + 1) & (m->cap - 1);
    if (!m->keys[i])
        m->len++;
    m->keys[i] = k;
    m->values[i] = v;
}

void ptrmap_put(Arena *arena, void **map, const void *key, void *value) {
    PtrMap *m = *map;
    if (!m) {
        m = ARENA_NEW(arena, PtrMap);
        *map = m;
    }
    if (2 * (m->len + 1) > m->cap) {
        PtrMap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->len = 0;
        m->keys = arena_alloc(arena, sizeof(*m->keys) * m->cap);
        m->values = arena_alloc(arena, sizeof(*m->values) * m->cap);
        memset(m->keys, 0, sizeof(*m->keys) * m->cap);
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i])
                insert(m, old.keys[i], old.values[i]);
    }
    insert(m, key, value);
}

void *ptrmap_get(const void *map, const void *key) {
    const PtrMap *m = map;
    if (!m || !m->cap)
        return NULL;
    for (size_t i = hash_ptr(key) & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
        if (m->keys[i] == key)
            return m->values[i];
    return NULL;
}
