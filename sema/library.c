/*
 * library.c — the standard packages whose declarations are Go source
 * (lib/, embedded by stdlib/): each is checked as a package of its own,
 * with the user's universe, the first time something imports it; its
 * functions may lack bodies (they come with code generation).  Importers
 * see its exported names only.
 */
#include "internal.h"

#include <string.h>

Package *check_library(Checker *k, const char *path) {
    LibState *ls = k->libs;
    int i = 0;
    while (ls && i < ls->nlibs && strcmp(ls->libs[i].path, path) != 0)
        i++;
    if (!ls || i == ls->nlibs)
        return NULL;
    if (ls->pkgs[i])
        return ls->pkgs[i];
    if (ls->checking[i]) /* lib/ is ours: a cycle there is go2c's bug */
        ice("import cycle through library package %s", path);
    ls->checking[i] = true;
    const Library *lib = &ls->libs[i];
    Package *pkg = ARENA_NEW(k->arena, Package);
    pkg->path = lib->path;
    pkg->is_library = true;
    Checker lk = {.comp = k->comp, .arena = k->arena, .diags = k->diags,
                  .universe = k->universe, .libs = ls, .pkg = pkg};
    pkg->scope = scope_new(k->arena, k->universe);
    lk.scope = pkg->scope;
    check_package_files(&lk, lib->files, lib->nfiles);
    /* Its variables are initialized before the importer's: never pending
     * in the importer's initialization order. */
    for (int s = 0; s < pkg->scope->syms.len; s++)
        if (pkg->scope->syms.data[s]->kind == SYM_VAR)
            pkg->scope->syms.data[s]->state = 3;
    ls->checking[i] = false;
    ls->pkgs[i] = pkg;
    return pkg;
}

/* lib/ spells its exported names in ASCII: any other name is not one. */
static bool exported(const char *name) {
    return name[0] >= 'A' && name[0] <= 'Z';
}

static void invalid(Expr *e) {
    e->sema_mode = MODE_INVALID;
    e->type = NULL;
}

void check_package_selector(Checker *k, Expr *e) {
    Expr *x = e->selector.x;
    const char *sel = e->selector.sel->ident.name;
    Symbol *pkg = x->ident.sym;
    Symbol *s = scope_lookup_local(pkg->pkg_scope, sel);
    if (s && s->kind != SYM_BUILTIN && !exported(sel))
        s = NULL; /* gc: "undefined: strings.foo" */
    if (!s) {
        if (check_package_has(pkg->pkg_path, sel))
            diag_unsupportedf(k->diags, e->selector.sel->pos, "%s.%s", pkg->pkg_path, sel);
        else
            check_error(k, e->selector.sel->pos, "undefined: %s.%s", expr_string(k, x), sel);
        invalid(e);
        return;
    }
    e->selector.sel->ident.sym = s;
    if (s->kind == SYM_BUILTIN) { /* fmt, os: the compiler's own */
        e->sema_mode = MODE_BUILTIN;
        return;
    }
    check_use(k, s);
    e->type = s->type;
    if (!s->type) { /* reported in the library */
        invalid(e);
        return;
    }
    switch (s->kind) {
    case SYM_CONST:
        e->cval = s->cval;
        e->sema_mode = s->cval ? MODE_CONST : MODE_INVALID;
        break;
    case SYM_VAR: e->sema_mode = MODE_VAR; break;
    case SYM_TYPE: e->sema_mode = MODE_TYPE; break;
    case SYM_FUNC: e->sema_mode = MODE_VALUE; break;
    default: invalid(e); break;
    }
}
