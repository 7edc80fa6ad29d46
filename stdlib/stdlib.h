/*
 * stdlib.h — the standard packages whose declarations go2c reads from Go
 * source: the files under lib/ at the project root, embedded into the
 * compiler at build time (scripts/embed_stdlib.cmake writes the table).
 *
 *   requires: the parsed Files of the user's package.
 *   establishes: every standard package they import, directly or through
 *                another library package, parsed into a Library for
 *                sema_check (its files named "lib/<path>/<file>.go", so
 *                that errors in them can be found).
 */
#ifndef GO2C_STDLIB_H
#define GO2C_STDLIB_H

#include "../sema/sema.h"

#include <stddef.h>

typedef struct StdlibFile {
    const char *path;        /* import path: "strings", "unicode/utf8" */
    const char *name;        /* "lib/strings/strings.go" */
    const char *text;
    size_t len;
} StdlibFile;

/* The embedded files of one package (*count of them), NULL if there are
 * none. */
const StdlibFile *stdlib_files(const char *import_path, int *count);

/* Parses the library packages files import, recursively; *nlibs of them,
 * in no particular order (sema checks each before its importers). */
Library *stdlib_load(Compilation *c, File **files, int nfiles, int *nlibs);

#endif
