/*
 * tags.c — what the standard library's functions do with their arguments.
 *
 * go2c's standard library is C (runtime/lib/), so its functions have no
 * Go bodies to analyse.  Their summaries are gc's own, for the same Go
 * APIs: stdlib_tags.inc is generated from gc's -m output on the standard
 * packages by escape/gen/stdlib_tags.py.  A parameter with no row holds no
 * pointers (or belongs to a function gc does not summarize): the caller
 * then treats a pointer-holding argument as leaking to the heap.
 */
#include "internal.h"

#include <string.h>

typedef struct Tag {
    const char *pkg, *name;   /* "strings", "Index" or "Builder.WriteString" */
    int param;                /* the receiver is parameter 0 of a method */
    int heap;                 /* derefs to the heap, -1: none */
    int result, result_derefs;
} Tag;

static const Tag tags[] = {
#include "stdlib_tags.inc"
};

bool esc_library_tag(const char *pkg, const char *name, int param, int *heap_derefs,
                     int *result, int *result_derefs) {
    bool known_function = false;
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) {
        const Tag *t = &tags[i];
        if (strcmp(t->pkg, pkg) != 0 || strcmp(t->name, name) != 0)
            continue;
        known_function = true;
        if (t->param != param)
            continue;
        *heap_derefs = t->heap;
        *result = t->result;
        *result_derefs = t->result_derefs;
        return true;
    }
    if (known_function) { /* gc says nothing of it: no pointers */
        *heap_derefs = -1;
        *result = -1;
        return true;
    }
    return false;
}
