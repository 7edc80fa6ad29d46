/*
 * diag.c — collected diagnostics.
 *
 * Phases never stop at the first error: they report into a Diags and go on,
 * and the driver prints everything at the end, sorted by position, in gc's
 * form "file:line:col: message".
 */
#include "base.h"

#include <stdlib.h>
#include <string.h>

void diag_verror(Diags *d, Pos pos, const char *fmt, va_list ap) {
    Diag g = {pos, d->list.len, arena_vprintf(d->arena, fmt, ap)};
    vec_push(d->arena, &d->list, g);
}

void diag_error(Diags *d, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(d, pos, fmt, ap);
    va_end(ap);
}

void diag_unsupported(Diags *d, Pos pos, const char *what) {
    diag_error(d, pos, "go2c does not support %s", what);
    d->unsupported++;
}

void diag_unsupportedf(Diags *d, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_unsupported(d, pos, arena_vprintf(d->arena, fmt, ap));
    va_end(ap);
}

int diag_count(const Diags *d) { return d->list.len; }

int diag_syntax_errors(const Diags *d) {
    int n = 0;
    for (int i = 0; i < d->list.len; i++)
        n += strncmp(d->list.data[i].msg, "syntax error", 12) == 0;
    return n;
}

static int by_position(const void *x, const void *y) {
    const Diag *a = x, *b = y;
    if (a->pos != b->pos)
        return a->pos < b->pos ? -1 : 1;
    return a->seq - b->seq;
}

/* "go2c does not support channels" is said once per file: where one
 * channel is, others are, and listing each would bury the real errors. */
static bool repeated_unsupported(Diags *d, int upto, const char *file, const Diag *g,
                                 const SourceSet *set) {
    static const char prefix[] = "go2c does not support ";
    if (strncmp(g->msg, prefix, sizeof prefix - 1) != 0)
        return false;
    for (int i = 0; i < upto; i++) {
        const Diag *o = &d->list.data[i];
        if (strcmp(o->msg, g->msg) == 0 &&
            source_position(d->arena, set, o->pos).file == file)
            return true;
    }
    return false;
}

void diag_print(Diags *d, const SourceSet *set, FILE *out) {
    if (d->list.len == 0)
        return;
    qsort(d->list.data, (size_t)d->list.len, sizeof(Diag), by_position);
    int last_line = -1;
    const char *last_file = NULL, *last_msg = NULL;
    for (int i = 0; i < d->list.len; i++) {
        Diag *g = &d->list.data[i];
        Position p = source_position(d->arena, set, g->pos);
        /* gc prints one message per line once, however often it was found */
        if (last_msg && p.line == last_line && p.file == last_file &&
            strcmp(g->msg, last_msg) == 0)
            continue;
        if (repeated_unsupported(d, i, p.file, g, set))
            continue;
        if (p.line > 0)
            fprintf(out, "%s:%d:%d: %s\n", p.file, p.line, p.col, g->msg);
        else
            fprintf(out, "%s\n", g->msg);
        last_line = p.line, last_file = p.file, last_msg = g->msg;
    }
}
