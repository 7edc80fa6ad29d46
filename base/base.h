/*
 * base.h — infrastructure shared by every phase of go2c.
 *
 * Go's compiler keeps positions, diagnostics and other plumbing in its `base`
 * package; go2c does the same.  Nothing else is shared sideways between
 * phases: each phase includes this header, its own header, and the header of
 * the phase before it.
 *
 *   Arena      bump allocator; all compiler data lives in one arena per
 *              compilation and is freed at once (the compiler never frees
 *              piecemeal; the Boehm GC is for the runtime only).
 *   Vec        growable arrays in the arena (macros, any element type).
 *   StrBuf     a growable char buffer (malloc'd; for building text).
 *   Pos        a compact position: one uint32 in a space where every source
 *              file owns a range of offsets.  Turned into file:line:col only
 *              when printed.
 *   Diags      collected diagnostics, printed sorted by position.
 */
#ifndef GO2C_BASE_H
#define GO2C_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- arena ---------------------------------------------------------- */

typedef struct Arena Arena;

Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);      /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(Arena *a, const char *fmt, va_list ap);

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))

/* ---- growable arrays in an arena ------------------------------------
 * A Vec(T) is a struct { T *data; int len, cap; }.  Declare the type once
 * with `typedef Vec(Expr *) ExprVec;` and push with vec_push(arena, &v, x). */

#define Vec(T) struct { T *data; int len, cap; }

void vec_grow_(Arena *a, void **data, int *cap, size_t elem_size);
#define vec_push(arena, v, x)                                                  \
    do {                                                                       \
        if ((v)->len == (v)->cap)                                              \
            vec_grow_((arena), (void **)&(v)->data, &(v)->cap,                 \
                      sizeof(*(v)->data));                                     \
        (v)->data[(v)->len++] = (x);                                           \
    } while (0)

/* ---- string buffer (heap; for building output text) ------------------ */

typedef struct StrBuf {
    char *data;
    size_t len, cap;
} StrBuf;

void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
void sb_free(StrBuf *b);

/* ---- source files and positions ------------------------------------ */

/* Pos 0 means "no position".  File i owns offsets [base, base+len]; the
 * extra offset at the end is the position of EOF. */
typedef uint32_t Pos;
#define NOPOS ((Pos)0)

typedef struct SourceFile {
    const char *name;   /* as given on the command line */
    const char *text;   /* contents, NUL-terminated (a NUL inside is an error) */
    uint32_t len;       /* bytes of text */
    Pos base;           /* position of text[0] */
    uint32_t *lines;    /* offsets of line starts (computed on demand) */
    int nlines;
} SourceFile;

typedef struct SourceSet {
    Vec(SourceFile *) files;
    Pos next_base;
} SourceSet;

/* Reads a file into the set; NULL and errno set on failure. */
SourceFile *source_read(Arena *a, SourceSet *set, const char *path);
/* Adds a file from memory (tests, the standard library's embedded sources). */
SourceFile *source_add(Arena *a, SourceSet *set, const char *name,
                       const char *text, size_t len);

typedef struct Position {
    const char *file;
    int line, col;  /* 1-based; col counts bytes, as gc does */
} Position;

Position source_position(Arena *a, const SourceSet *set, Pos pos);
SourceFile *source_file_of(const SourceSet *set, Pos pos);

/* ---- pointer maps (ptrmap.c) -------------------------------------------- */

/* A hash table from pointers to pointers, in the arena.  A map is a
 * `void *` that starts NULL; a key never found gets NULL, so store only
 * non-NULL values. */
void ptrmap_put(Arena *a, void **map, const void *key, void *value);
void *ptrmap_get(const void *map, const void *key);

/* ---- diagnostics ----------------------------------------------------- */

typedef struct Diag {
    Pos pos;
    int seq;           /* order of reporting, to keep the sort stable */
    char *msg;
} Diag;

typedef struct Diags {
    Arena *arena;
    Vec(Diag) list;
    int unsupported;   /* how many were "go2c does not support" */
} Diags;

void diag_error(Diags *d, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_verror(Diags *d, Pos pos, const char *fmt, va_list ap);
/* "go2c does not support X" at pos: the one wording for unsupported Go.
 * Later checks that would be misled by what was skipped (unused variables
 * and imports) look at Diags.unsupported. */
void diag_unsupported(Diags *d, Pos pos, const char *what);
void diag_unsupportedf(Diags *d, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int diag_count(const Diags *d);
/* How many errors are syntax errors ("syntax error: ..."): gc stops after
 * parsing only for those. */
int diag_syntax_errors(const Diags *d);
/* Prints "file:line:col: message" lines sorted by position; duplicate
 * messages at one line are printed once, as gc does. */
void diag_print(Diags *d, const SourceSet *set, FILE *out);

/* An internal compiler error: a bug in go2c, never the user's fault. */
_Noreturn void ice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ---- one compilation ------------------------------------------------- */

/* Everything a compilation owns.  Phases take a Compilation * so that no
 * state is global and two compilations can run in one process. */
typedef struct Cleanup {
    void (*fn)(void *);
    void *arg;
} Cleanup;

typedef struct Compilation {
    Arena *arena;
    SourceSet sources;
    Diags diags;
    Vec(Cleanup) cleanups;   /* for memory held outside the arena (GMP) */
} Compilation;

Compilation *compilation_new(void);
/* Runs the cleanups (last registered first), then frees the arena. */
void compilation_free(Compilation *c);
void compilation_on_free(Compilation *c, void (*fn)(void *), void *arg);

/* ---- UTF-8 ------------------------------------------------------------ */

#define RUNE_ERROR 0xFFFD
/* Decodes one rune from s[0..n); sets *size (>= 1 when n > 0).  Invalid
 * encodings give RUNE_ERROR with size 1, as Go's utf8.DecodeRune does. */
int32_t utf8_decode(const unsigned char *s, size_t n, int *size);
/* Encodes r (invalid runes as U+FFFD); returns bytes written (1..4). */
int utf8_encode(char *buf, int32_t r);

#endif
