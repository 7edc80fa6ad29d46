/*
 * names.c — C names for Go types, globals, locals and temporaries.
 *
 * The mangling (documented in docs/internals.md):
 *   package-level function or variable  x   ->  main__x
 *   local variable x                        ->  x, or x__2, x__3 ... when a
 *       function declares several x's (Go allows `x := x + 1` in an inner
 *       block, where C would see the new x on both sides), or x__ when x
 *       is a C keyword or a name the runtime or C library might use (user
 *       names containing "__" are always suffixed, so none collide);
 *   method M of type T                      ->  main__T__M
 *   types, descriptors, closures, wrappers  ->  Struct_N, Array_N, td_N,
 *                                               main__f__func1, wrap_N ...
 *   a standard package's function           ->  strings__Index,
 *                                               unicode_utf8__RuneLen
 *   temporaries                             ->  tmp_N, box_N, ...
 *   runtime                                 ->  rt_..., Go... (reserved)
 * Non-ASCII letters in Go names become _uXXXX.
 */
#include "internal.h"

#include <ctype.h>
#include <string.h>

/* Go identifiers may hold any Unicode letter; C's may not (portably). */
static void write_ascii_name(StrBuf *b, const char *name) {
    for (const unsigned char *p = (const unsigned char *)name; *p;) {
        if (*p < 0x80) {
            sb_putc(b, (char)*p++);
            continue;
        }
        int size;
        int32_t r = utf8_decode(p, strlen((const char *)p), &size);
        sb_printf(b, "_u%04X", (unsigned)r);
        p += size;
    }
}

const char *cg_global_name(Gen *g, const Symbol *s) {
    StrBuf b = {0};
    sb_printf(&b, "%s__", g->pkg->name);
    write_ascii_name(&b, s->name);
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

/* The prefixes of cg_temp's names (tmp_3, box_4, ...). */
static bool is_temp_name(const char *name) {
    static const char *const prefixes[] = {"tmp_", "box_", "cond_", "tag_", "it_", "len_",
                                           "idx_", "val_", "key_", "brk_", "cont_", "case_",
                                           "lbl_"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The macros the headers of generated C define (<stdint.h>'s limits,
 * NULL, EOF ...) and the ones GNU C predefines (linux, unix): a Go name
 * spelled like one would be replaced by the preprocessor. */
static bool is_c_macro(const char *name) {
    static const char *const macros[] = {
        "NULL", "EOF", "EXIT_SUCCESS", "EXIT_FAILURE", "RAND_MAX", "MB_CUR_MAX", "BUFSIZ",
        "INFINITY", "NAN", "HUGE_VAL", "HUGE_VALF", "HUGE_VALL", "SIZE_MAX", "CHAR_BIT",
        "linux", "unix", "i386", "FILENAME_MAX", "L_tmpnam", "TMP_MAX", "FOPEN_MAX"};
    for (size_t i = 0; i < sizeof macros / sizeof *macros; i++)
        if (strcmp(name, macros[i]) == 0)
            return true;
    /* INT8_MAX, UINTPTR_MAX, INT64_C, PTRDIFF_MIN, WCHAR_MAX, SIG_ATOMIC_MIN ... */
    bool limit = ends_with(name, "_MIN") || ends_with(name, "_MAX") || ends_with(name, "_C");
    return limit && (strncmp(name, "INT", 3) == 0 || strncmp(name, "UINT", 4) == 0 ||
                     strncmp(name, "PTRDIFF", 7) == 0 || strncmp(name, "WCHAR", 5) == 0 ||
                     strncmp(name, "WINT", 4) == 0 || strncmp(name, "SIG_ATOMIC", 10) == 0);
}

/* Names a local may not take as they are: C's keywords and the names the
 * C library and the runtime header define. */
static bool reserved_in_c(const char *name) {
    static const char *const words[] = {
        "auto", "break", "case", "char", "const", "continue", "default", "do",
        "double", "else", "enum", "extern", "float", "for", "goto", "if",
        "inline", "int", "long", "register", "restrict", "return", "short",
        "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
        "unsigned", "void", "volatile", "while", "bool", "true", "false",
        "main", "errno", "stdin", "stdout", "stderr", "asm", "typeof",
        "alignas", "alignof", "noreturn", "static_assert", "complex",
        "imaginary", "offsetof", "assert", "abort", "exit", "memcpy",
        "memset", "strlen", "malloc", "free", "printf", "NULL", "offsetof", "setjmp",
        "longjmp", "jmp_buf"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(name, words[i]) == 0)
            return true;
    if (name[0] == '_' || strncmp(name, "rt_", 3) == 0 || strncmp(name, "Go", 2) == 0 ||
        strncmp(name, "Tuple", 5) == 0 || strstr(name, "__") || is_temp_name(name))
        return true;
    return is_c_macro(name);
}

const char *cg_ident(Gen *g, const char *name) {
    StrBuf b = {0};
    write_ascii_name(&b, name);
    if (reserved_in_c(b.data))
        sb_puts(&b, "__");
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

const char *cg_fresh_global(Gen *g, const char *prefix) {
    return arena_printf(g->arena, "%s_%d", prefix, ++g->next_global);
}

void cg_set_local(Gen *g, const Symbol *s, const char *name, bool deref) {
    for (int i = 0; i < g->fs->locals.len; i++)
        if (g->fs->locals.data[i].sym == s) {
            g->fs->locals.data[i].name = name;
            g->fs->locals.data[i].deref = deref;
            return;
        }
    LocalName ln = {s, name, deref};
    vec_push(g->arena, &g->fs->locals, ln);
}

void cg_set_local_name(Gen *g, const Symbol *s, const char *name) {
    cg_set_local(g, s, name, cg_on_heap(g, s));
}

bool cg_local_deref(Gen *g, const Symbol *s) {
    cg_local_name(g, s);
    for (int i = 0; i < g->fs->locals.len; i++)
        if (g->fs->locals.data[i].sym == s)
            return g->fs->locals.data[i].deref;
    return false;
}

const char *cg_local_name(Gen *g, const Symbol *s) {
    for (int i = 0; i < g->fs->locals.len; i++)
        if (g->fs->locals.data[i].sym == s)
            return g->fs->locals.data[i].name;
    StrBuf b = {0};
    write_ascii_name(&b, s->name);
    if (reserved_in_c(b.data))
        sb_puts(&b, "__");
    int same = 0;
    for (int i = 0; i < g->fs->locals.len; i++)
        same += strcmp(g->fs->locals.data[i].sym->name, s->name) == 0;
    if (same)
        sb_printf(&b, "__%d", same + 1);
    LocalName ln = {s, arena_strdup(g->arena, b.data), cg_on_heap(g, s)};
    sb_free(&b);
    vec_push(g->arena, &g->fs->locals, ln);
    return ln.name;
}

const char *cg_temp(Gen *g, const char *prefix) {
    return arena_printf(g->arena, "%s_%d", prefix, ++g->fs->next_id);
}
