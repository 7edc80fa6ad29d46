/*
 * rt_map.c — Go maps: a hash table whose keys and values live inline in
 * entries sized from the map type's descriptor.
 *
 * Design.  Each entry is one GC object: a header, then the key bytes, then
 * the value bytes.  Every entry is on two lists:
 *   - its bucket's chain (buckets[hash & mask]), used by lookups.  The
 *     bucket array doubles when the map holds more entries than buckets;
 *     rehashing just re-threads the chains.
 *   - a doubly linked list in insertion order, used only by iteration.
 *
 * Iteration while the loop body inserts and deletes.  An iterator holds
 * the entry it returned last and steps to entry->next.  Delete marks the
 * entry `deleted` and unlinks it from both lists, but leaves the deleted
 * entry's own `next` pointer alone.  So an iterator parked on a deleted
 * entry still walks forward: along `next` it meets only entries inserted
 * after its own (deleted ones are skipped by their flag), until it rejoins
 * the live list or reaches the end.  Hence:
 *   - no entry is returned twice: the walk only moves forward in
 *     insertion order, and every entry sits at one place in that order;
 *   - no deleted entry is returned: the flag is checked at each step;
 *   - growth never disturbs an iterator: rehashing touches only the
 *     bucket chains, never the insertion list, and entries never move;
 *   - entries inserted during the loop are seen unless they were appended
 *     behind an entry that was deleted while the iterator sat on it (the
 *     spec lets them be seen or not).
 * A deleted entry stays alive only while an iterator still points at it;
 * the collector frees it afterwards.
 *
 * Go semantics kept here: a nil map reads as empty and panics on
 * assignment; a key is hashed even when the map is nil or empty, so an
 * interface key holding a slice panics ("hash of unhashable type []int")
 * in every operation; NaN keys never match anything, so each m[NaN] = v
 * adds an entry and lookups and deletes of NaN find nothing; assigning to
 * an existing key stores the new key bytes too (gc does, so m[+0.0] after
 * m[-0.0] leaves the key +0).  Iteration order is insertion order: Go only
 * promises "unspecified", and deterministic output is easier to debug.
 */
#include <string.h>

#include "rt_internal.h"

typedef struct Entry {
    struct Entry *next, *prev; /* insertion order */
    struct Entry *chain;       /* next in the same bucket */
    uint64_t hash;
    uint64_t seq;              /* insertion number: iterators skip newer ones */
    bool deleted;
} Entry;

struct GoMap {
    const GoType *key_type;
    GoInt count;
    uint64_t next_seq;
    Entry *head, *tail;
    Entry **buckets;
    uint64_t mask;             /* number of buckets - 1 (a power of two) */
    uint64_t seed;
    size_t key_off, val_off, entry_size;
};

enum { MIN_BUCKETS = 8 };

/* Every Go type's alignment divides 8 on the targets go2c supports. */
static size_t align8(size_t n) {
    return (n + 7) & ~(size_t)7;
}

static void *entry_key(const GoMap *m, Entry *e) {
    return (uint8_t *)e + m->key_off;
}

static void *entry_value(const GoMap *m, Entry *e) {
    return (uint8_t *)e + m->val_off;
}

/* The iterator keeps a pointer to the current key; the entry is just
 * before it. */
static Entry *entry_of_key(const GoMap *m, void *key) {
    return (Entry *)(void *)((uint8_t *)key - m->key_off);
}

/* A different seed per map, so two maps do not collide alike. */
static uint64_t next_seed(void) {
    static uint64_t counter;
    counter += UINT64_C(0x9e3779b97f4a7c15);
    uint64_t x = counter;
    x ^= x >> 31;
    x *= UINT64_C(0xbf58476d1ce4e5b9);
    return x ^ (x >> 29);
}

static Entry **new_buckets(uint64_t n) {
    return rt_alloc((size_t)n * sizeof(Entry *));
}

GoMap *rt_make_map(const GoType *maptype, GoInt hint) {
    GoMap *m = rt_alloc(sizeof *m);
    m->key_type = maptype->key;
    m->key_off = align8(sizeof(Entry));
    m->val_off = m->key_off + align8((size_t)maptype->key->size);
    m->entry_size = m->val_off + (size_t)maptype->elem->size;
    uint64_t n = MIN_BUCKETS;
    while (hint > 0 && n < (uint64_t)hint && n < ((uint64_t)1 << 40))
        n <<= 1;
    m->buckets = new_buckets(n);
    m->mask = n - 1;
    m->seed = next_seed();
    return m;
}

static Entry *lookup(GoMap *m, const void *key, uint64_t hash) {
    for (Entry *e = m->buckets[hash & m->mask]; e; e = e->chain)
        if (e->hash == hash && rt_equal(m->key_type, entry_key(m, e), key))
            return e;
    return NULL;
}

/* Doubles the bucket array and re-threads the chains by walking the
 * insertion list (which holds exactly the live entries). */
static void grow(GoMap *m) {
    uint64_t n = (m->mask + 1) * 2;
    Entry **b = new_buckets(n);
    for (Entry *e = m->head; e; e = e->next) {
        Entry **slot = &b[e->hash & (n - 1)];
        e->chain = *slot;
        *slot = e;
    }
    m->buckets = b;
    m->mask = n - 1;
}

static Entry *insert(GoMap *m, const void *key, uint64_t hash) {
    if ((uint64_t)m->count > m->mask)
        grow(m);
    Entry *e = rt_alloc(m->entry_size);
    e->hash = hash;
    memcpy(entry_key(m, e), key, (size_t)m->key_type->size);
    Entry **slot = &m->buckets[hash & m->mask];
    e->chain = *slot;
    *slot = e;
    e->seq = m->next_seq++;
    e->prev = m->tail;
    if (m->tail)
        m->tail->next = e;
    else
        m->head = e;
    m->tail = e;
    m->count++;
    return e;
}

static uint64_t key_hash(const GoType *maptype, const GoMap *m, const void *key) {
    return rt_hash(maptype->key, key, m ? m->seed : 0);
}

void *rt_map_get(const GoType *maptype, GoMap *m, const void *key) {
    uint64_t hash = key_hash(maptype, m, key);
    if (!m || m->count == 0)
        return NULL;
    Entry *e = lookup(m, key, hash);
    return e ? entry_value(m, e) : NULL;
}

void *rt_map_set(const GoType *maptype, GoMap *m, const void *key) {
    if (!m)
        rt_panic_nil_map();
    uint64_t hash = key_hash(maptype, m, key);
    Entry *e = lookup(m, key, hash);
    if (e)
        memcpy(entry_key(m, e), key, (size_t)m->key_type->size);
    else
        e = insert(m, key, hash);
    return entry_value(m, e);
}

/* Takes e off its bucket chain and the insertion list; e->next stays so
 * that an iterator standing on e can still move on (see the top). */
static void unlink_entry(GoMap *m, Entry *e) {
    Entry **p = &m->buckets[e->hash & m->mask];
    while (*p != e)
        p = &(*p)->chain;
    *p = e->chain;
    if (e->prev)
        e->prev->next = e->next;
    else
        m->head = e->next;
    if (e->next)
        e->next->prev = e->prev;
    else
        m->tail = e->prev;
    e->prev = NULL;
    e->chain = NULL;
    e->deleted = true;
    m->count--;
}

void rt_map_delete(const GoType *maptype, GoMap *m, const void *key) {
    uint64_t hash = key_hash(maptype, m, key);
    if (!m || m->count == 0)
        return;
    Entry *e = lookup(m, key, hash);
    if (e)
        unlink_entry(m, e);
}

GoInt rt_map_len(GoMap *m) {
    return m ? m->count : 0;
}

/* Marks every entry deleted (iterators may be standing on any of them)
 * and starts over with empty buckets. */
void rt_map_clear(GoMap *m) {
    if (!m)
        return;
    for (Entry *e = m->head; e; e = e->next)
        e->deleted = true;
    m->head = m->tail = NULL;
    m->count = 0;
    memset(m->buckets, 0, (size_t)(m->mask + 1) * sizeof(Entry *));
}

/* ---- iteration ------------------------------------------------------------
 * it->bucket holds the state: not started, walking (it->key is the last
 * entry returned), or finished. */
enum { ITER_START, ITER_WALK, ITER_DONE };

void rt_map_iter_init(GoMapIter *it, GoMap *m) {
    it->map = m;
    it->bucket = ITER_START;
    /* Entries added during the loop are not produced (the spec allows
     * either): otherwise a loop that inserts would never end. */
    it->index = m ? (GoInt)m->next_seq : 0;
    it->key = it->value = NULL;
}

bool rt_map_next(GoMapIter *it) {
    GoMap *m = it->map;
    Entry *e;
    if (it->bucket == ITER_DONE || !m)
        e = NULL;
    else if (it->bucket == ITER_START)
        e = m->head;
    else
        e = entry_of_key(m, it->key)->next;
    while (e && e->deleted)
        e = e->next;
    if (e && e->seq >= (uint64_t)it->index)
        e = NULL;
    if (!e) {
        it->bucket = ITER_DONE;
        it->key = it->value = NULL;
        return false;
    }
    it->bucket = ITER_WALK;
    it->key = entry_key(m, e);
    it->value = entry_value(m, e);
    return true;
}
