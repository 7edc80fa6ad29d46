/*
 * source.c — source files and the position space.
 *
 * Every file read into a SourceSet gets a base offset; a Pos is base+offset,
 * so one uint32 names a byte in any file and positions sort in file order.
 * Line tables are built only when a position is first printed.
 */
#include "base.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

SourceFile *source_add(Arena *a, SourceSet *set, const char *name,
                       const char *text, size_t len) {
    SourceFile *f = ARENA_NEW(a, SourceFile);
    f->name = arena_strdup(a, name);
    f->text = arena_strndup(a, text, len);
    f->len = (uint32_t)len;
    f->base = set->next_base;
    set->next_base += (Pos)len + 1; /* +1: EOF has a position of its own */
    vec_push(a, &set->files, f);
    return f;
}

SourceFile *source_read(Arena *a, SourceSet *set, const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    StrBuf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        sb_putn(&b, chunk, n);
    int err = ferror(fp);
    fclose(fp);
    if (err || b.len > UINT32_MAX / 2) {
        sb_free(&b);
        errno = err ? EIO : EFBIG;
        return NULL;
    }
    SourceFile *f = source_add(a, set, path, b.data ? b.data : "", b.len);
    sb_free(&b);
    return f;
}

SourceFile *source_file_of(const SourceSet *set, Pos pos) {
    for (int i = 0; i < set->files.len; i++) {
        SourceFile *f = set->files.data[i];
        if (pos >= f->base && pos <= f->base + f->len)
            return f;
    }
    return NULL;
}

static void build_lines(Arena *a, SourceFile *f) {
    int n = 1;
    for (uint32_t i = 0; i < f->len; i++)
        n += f->text[i] == '\n';
    f->lines = arena_alloc(a, sizeof(uint32_t) * (size_t)n);
    f->lines[0] = 0;
    int k = 1;
    for (uint32_t i = 0; i < f->len; i++)
        if (f->text[i] == '\n')
            f->lines[k++] = i + 1;
    f->nlines = n;
}

Position source_position(Arena *a, const SourceSet *set, Pos pos) {
    Position p = {"?", 0, 0};
    SourceFile *f = source_file_of(set, pos);
    if (!f)
        return p;
    if (!f->lines)
        build_lines(a, f);
    uint32_t off = pos - f->base;
    int lo = 0, hi = f->nlines - 1; /* last line start <= off */
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (f->lines[mid] <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    p.file = f->name;
    p.line = lo + 1;
    p.col = (int)(off - f->lines[lo]) + 1;
    return p;
}
