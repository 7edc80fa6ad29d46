/*
 * stdlib.c — finding and parsing the embedded library sources.
 */
#include "stdlib.h"

#include "../parser/parser.h"

#include <string.h>

/* gen/stdlib_files.c, written by scripts/embed_stdlib.cmake: every
 * lib/<path>/<file>.go, sorted, so that one package's files are adjacent. */
extern const StdlibFile stdlib_table[];
extern const int stdlib_table_len;

const StdlibFile *stdlib_files(const char *import_path, int *count) {
    for (int i = 0; i < stdlib_table_len; i++) {
        if (strcmp(stdlib_table[i].path, import_path) != 0)
            continue;
        int n = 1;
        while (i + n < stdlib_table_len &&
               strcmp(stdlib_table[i + n].path, import_path) == 0)
            n++;
        *count = n;
        return &stdlib_table[i];
    }
    *count = 0;
    return NULL;
}

typedef Vec(Library) LibraryVec;

static bool loaded(const LibraryVec *libs, const char *path) {
    for (int i = 0; i < libs->len; i++)
        if (strcmp(libs->data[i].path, path) == 0)
            return true;
    return false;
}

static void load_imports(Compilation *c, File **files, int nfiles, LibraryVec *libs) {
    for (int f = 0; f < nfiles; f++) {
        for (int i = 0; i < files[f]->imports.len; i++) {
            const char *path = files[f]->imports.data[i]->import.path->lit.str;
            int n;
            const StdlibFile *sf = stdlib_files(path, &n);
            if (!sf || loaded(libs, path))
                continue;
            Library lib = {sf->path, arena_alloc(c->arena, sizeof(File *) * (size_t)n), n};
            for (int j = 0; j < n; j++) {
                SourceFile *src = source_add(c->arena, &c->sources, sf[j].name,
                                             sf[j].text, sf[j].len);
                lib.files[j] = parse_file(c, src);
            }
            vec_push(c->arena, libs, lib);
            load_imports(c, lib.files, lib.nfiles, libs);
        }
    }
}

Library *stdlib_load(Compilation *c, File **files, int nfiles, int *nlibs) {
    LibraryVec libs = {0};
    load_imports(c, files, nfiles, &libs);
    *nlibs = libs.len;
    return libs.data;
}
