/*
 * assert.c — `//go2c:stack` assertions: a performance property that lives
 * next to the code, checked by every build.
 *
 *   x := T{}    //go2c:stack x       x must stay in the frame
 *   //go2c:stack p q                 (on the line above a declaration)
 *   //go2c:stack                     above a function: all its variables
 *   func hot() { ... }
 *
 * When an asserted variable ends up on the heap — by gc's verdict, or
 * because a deferred call of go2c's frames needs it there — the build
 * fails with the whole chain of why (the -m=2 explanation of every path,
 * paths.c), so that the reader sees each statement to change.
 */
#include "internal.h"

#include <ctype.h>
#include <string.h>

/* The line (1-based) of a text offset. */
static int line_of(const char *text, long off) {
    int line = 1;
    for (long i = 0; i < off; i++)
        line += text[i] == '\n';
    return line;
}

static void fail(Analysis *a, Location *l, const char *how) {
    esc_all_paths(a); /* every statement to change, not only the first */
    StrBuf b = {0};
    sb_printf(&b, "%s is on the heap, but %s says it stays on the stack", l->var->name, how);
    if (l->explain.len) {
        sb_puts(&b, ":");
        for (int i = 0; i < l->explain.len; i++)
            sb_printf(&b, "\n\t%s", l->explain.data[i]);
    } else if (l->why) {
        sb_printf(&b, ": %s", l->why);
    }
    diag_error(&a->comp->diags, l->var->pos, "%s", b.data);
    sb_free(&b);
}

static bool on_heap(const Location *l) { return l->escapes || l->outlives_body; }

/* Checks the variables named on the directive (or, with no names, every
 * variable of the function declared on the following lines). */
static void check_directive(Analysis *a, SourceFile *f, int line, const char *names) {
    char name[256];
    bool any = false;
    for (const char *p = names; *p && *p != '\n';) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        size_t n = 0;
        while ((isalnum((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80) && n < sizeof name - 1)
            name[n++] = *p++;
        name[n] = '\0';
        if (!n)
            break;
        any = true;
        for (int i = 0; i < a->all_locs.len; i++) {
            Location *l = a->all_locs.data[i];
            if (l->kind != LOC_VAR || !l->var || strcmp(l->var->name, name) != 0)
                continue;
            Position p2 = source_position(a->arena, &a->comp->sources, l->var->pos);
            SourceFile *lf = source_file_of(&a->comp->sources, l->var->pos);
            if (lf == f && (p2.line == line || p2.line == line + 1) && on_heap(l))
                fail(a, l, arena_printf(a->arena, "//go2c:stack %s", name));
        }
    }
    if (any)
        return;
    /* a whole function: the declared function starting below */
    for (int i = 0; i < a->funcs.len; i++) {
        EFunc *fn = a->funcs.data[i];
        if (!fn->decl || fn->lit || source_file_of(&a->comp->sources, fn->decl->pos) != f)
            continue;
        Position p = source_position(a->arena, &a->comp->sources, fn->decl->pos);
        if (p.line != line + 1)
            continue;
        for (int j = 0; j < a->all_locs.len; j++) {
            Location *l = a->all_locs.data[j];
            const EFunc *owner = l->fn;
            while (owner && owner->outer)
                owner = owner->outer;
            if (owner == fn && l->kind == LOC_VAR && l->var && on_heap(l))
                fail(a, l, "//go2c:stack on its function");
        }
    }
}

void esc_check_assertions(Analysis *a) {
    const SourceSet *set = &a->comp->sources;
    for (int i = 0; i < set->files.len; i++) {
        SourceFile *f = set->files.data[i];
        bool user = false;
        for (int j = 0; j < a->pkg->files.len; j++)
            user |= a->pkg->files.data[j]->source == f;
        if (!user)
            continue;
        static const char directive[] = "//go2c:stack";
        for (const char *p = strstr(f->text, directive); p; p = strstr(p + 1, directive)) {
            const char *rest = p + sizeof directive - 1;
            if (*rest && *rest != ' ' && *rest != '\t' && *rest != '\n' && *rest != '\r')
                continue; /* //go2c:stackless ... */
            check_directive(a, f, line_of(f->text, p - f->text), rest);
        }
    }
}
