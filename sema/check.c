/*
 * check.c — the type checker's entry point and its package-level work.
 *
 * Go lets package-level declarations appear in any order, so checking runs
 * in three steps:
 *   1. collect: every package-level name goes into the package scope,
 *      unresolved;
 *   2. resolve: each constant, variable and function signature is checked
 *      on first use (check_resolve), which finds their types in dependency
 *      order and reports cycles;
 *   3. bodies: every function body is checked, then the package-level
 *      variables are ordered for initialization.
 */
#include "internal.h"

#include <string.h>

void check_error(Checker *k, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(k->diags, pos, fmt, ap);
    va_end(ap);
}

/* ---- the universe: predeclared names ---------------------------------- */

typedef struct LibFunc {
    const char *pkg, *name;
    Builtin builtin;
} LibFunc;

/* The standard-library functions this version of go2c implements itself. */
static const LibFunc lib_funcs[] = {
    {"fmt", "Print", BUILTIN_FMT_PRINT},
    {"fmt", "Println", BUILTIN_FMT_PRINTLN},
    {"fmt", "Printf", BUILTIN_FMT_PRINTF},
    {"fmt", "Sprint", BUILTIN_FMT_SPRINT},
    {"fmt", "Sprintln", BUILTIN_FMT_SPRINTLN},
    {"fmt", "Sprintf", BUILTIN_FMT_SPRINTF},
    {"os", "Exit", BUILTIN_OS_EXIT},
};

static Symbol *new_symbol(Checker *k, SymbolKind kind, const char *name,
                          Type *t) {
    Symbol *s = ARENA_NEW(k->arena, Symbol);
    s->kind = kind;
    s->name = name;
    s->type = t;
    s->state = 2;
    return s;
}

static void predeclare(Checker *k, SymbolKind kind, const char *name, Type *t,
                       Builtin b) {
    Symbol *s = new_symbol(k, kind, name, t);
    s->builtin = b;
    s->used = true;
    scope_insert(k->arena, k->universe, s);
}

/* spec: "type error interface { Error() string }" — a defined type of no
 * package. */
static Type *universe_error(Checker *k) {
    Type *sig = type_new(k->arena, TYPE_FUNC);
    vec_push(k->arena, &sig->func.results, type_basic(TYPE_STRING));
    Type *iface = type_new(k->arena, TYPE_INTERFACE);
    Method m = {"Error", sig, NOPOS, NULL, false};
    vec_push(k->arena, &iface->iface.methods, m);
    vec_push(k->arena, &iface->iface.all, m);
    iface->iface.complete = true;
    Symbol *obj = new_symbol(k, SYM_TYPE, "error", NULL);
    Type *t = type_new_named(k->arena, obj, NULL);
    t->named.underlying = iface;
    obj->type = t;
    return t;
}

static void build_universe(Checker *k) {
    k->universe = scope_new(k->arena, NULL);
    for (TypeKind t = TYPE_BOOL; t <= TYPE_STRING; t++)
        predeclare(k, SYM_TYPE, type_kind_name(t), type_basic(t), BUILTIN_NONE);
    predeclare(k, SYM_TYPE, "byte", type_byte(), BUILTIN_NONE);
    predeclare(k, SYM_TYPE, "rune", type_rune(), BUILTIN_NONE);
    predeclare(k, SYM_TYPE, "any", type_any(), BUILTIN_NONE);
    predeclare(k, SYM_TYPE, "error", universe_error(k), BUILTIN_NONE);
    /* Types go2c does not support yet resolve to a NULL type. */
    static const char *later_types[] = {"comparable"};
    for (size_t i = 0; i < sizeof later_types / sizeof *later_types; i++)
        predeclare(k, SYM_TYPE, later_types[i], NULL, BUILTIN_NONE);

    Symbol *t = new_symbol(k, SYM_CONST, "true", type_basic(TYPE_UNTYPED_BOOL));
    t->cval = const_bool(k->comp, true);
    scope_insert(k->arena, k->universe, t);
    Symbol *f = new_symbol(k, SYM_CONST, "false", type_basic(TYPE_UNTYPED_BOOL));
    f->cval = const_bool(k->comp, false);
    scope_insert(k->arena, k->universe, f);
    /* iota's value depends on where it is used: see check_expr */
    predeclare(k, SYM_CONST, "iota", type_basic(TYPE_UNTYPED_INT), BUILTIN_NONE);
    predeclare(k, SYM_NIL, "nil", type_basic(TYPE_UNTYPED_NIL), BUILTIN_NONE);

    predeclare(k, SYM_BUILTIN, "print", NULL, BUILTIN_PRINT);
    predeclare(k, SYM_BUILTIN, "println", NULL, BUILTIN_PRINTLN);
    predeclare(k, SYM_BUILTIN, "len", NULL, BUILTIN_LEN);
    static const struct { const char *name; Builtin b; } builtins[] = {
        {"append", BUILTIN_APPEND}, {"cap", BUILTIN_CAP}, {"close", BUILTIN_CLOSE},
        {"complex", BUILTIN_COMPLEX}, {"copy", BUILTIN_COPY}, {"delete", BUILTIN_DELETE},
        {"imag", BUILTIN_IMAG}, {"make", BUILTIN_MAKE}, {"new", BUILTIN_NEW},
        {"panic", BUILTIN_PANIC}, {"real", BUILTIN_REAL}, {"recover", BUILTIN_RECOVER}};
    for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
        predeclare(k, SYM_BUILTIN, builtins[i].name, NULL, builtins[i].b);
}

/* Every exported name of the packages go2c knows, so that a name that does
 * not exist is "undefined: fmt.Printline" while one that exists but is not
 * implemented yet is "go2c does not support fmt.Sscan". */
static const char *const fmt_names[] = {
    "Append", "Appendf", "Appendln", "Errorf", "Fprint", "Fprintf", "Fprintln",
    "Fscan", "Fscanf", "Fscanln", "Print", "Printf", "Println", "Scan", "Scanf",
    "Scanln", "Sprint", "Sprintf", "Sprintln", "Sscan", "Sscanf", "Sscanln",
    "Formatter", "GoStringer", "ScanState", "Scanner", "State", "Stringer", NULL};
static const char *const os_names[] = {
    "Args", "Chdir", "Chmod", "Chown", "Chtimes", "Clearenv", "Create", "CreateTemp",
    "DevNull", "DirEntry", "DirFS", "Environ", "ErrClosed", "ErrDeadlineExceeded",
    "ErrExist", "ErrInvalid", "ErrNoDeadline", "ErrNotExist", "ErrPermission",
    "ErrProcessDone", "Executable", "Exit", "Expand", "ExpandEnv", "File", "FileInfo",
    "FileMode", "FindProcess", "Getegid", "Getenv", "Geteuid", "Getgid", "Getgroups",
    "Getpagesize", "Getpid", "Getppid", "Getuid", "Getwd", "Hostname", "Interrupt",
    "IsExist", "IsNotExist", "IsPathSeparator", "IsPermission", "IsTimeout", "Kill",
    "Lchown", "Link", "LinkError", "LookupEnv", "Lstat", "Mkdir", "MkdirAll",
    "MkdirTemp", "ModeAppend", "ModeCharDevice", "ModeDevice", "ModeDir",
    "ModeExclusive", "ModeIrregular", "ModeNamedPipe", "ModePerm", "ModeSetgid",
    "ModeSetuid", "ModeSocket", "ModeSticky", "ModeSymlink", "ModeTemporary",
    "ModeType", "NewFile", "NewSyscallError", "O_APPEND", "O_CREATE", "O_EXCL",
    "O_RDONLY", "O_RDWR", "O_SYNC", "O_TRUNC", "O_WRONLY", "Open", "OpenFile",
    "PathError", "PathListSeparator", "PathSeparator", "Pipe", "ProcAttr", "Process",
    "ProcessState", "ReadDir", "ReadFile", "Readlink", "Remove", "RemoveAll", "Rename",
    "SEEK_CUR", "SEEK_END", "SEEK_SET", "SameFile", "Setenv", "Signal", "StartProcess",
    "Stat", "Stderr", "Stdin", "Stdout", "Symlink", "SyscallError", "TempDir",
    "Truncate", "Unsetenv", "UserCacheDir", "UserConfigDir", "UserHomeDir",
    "WriteFile", NULL};

bool check_package_has(const char *path, const char *name) {
    const char *const *names = strcmp(path, "fmt") == 0  ? fmt_names
                             : strcmp(path, "os") == 0 ? os_names
                                                       : NULL;
    for (; names && *names; names++)
        if (strcmp(*names, name) == 0)
            return true;
    return false;
}

/* Package unsafe: Pointer, and Sizeof, Alignof, Offsetof as builtins. */
static Scope *unsafe_package(Checker *k) {
    Scope *s = scope_new(k->arena, NULL);
    Symbol *p = new_symbol(k, SYM_TYPE, "Pointer", type_basic(TYPE_UNSAFE_POINTER));
    p->pkg_path = "unsafe";
    scope_insert(k->arena, s, p);
    static const struct { const char *name; Builtin b; } fns[] = {
        {"Sizeof", BUILTIN_UNSAFE_SIZEOF}, {"Alignof", BUILTIN_UNSAFE_ALIGNOF},
        {"Offsetof", BUILTIN_UNSAFE_OFFSETOF}};
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
        Symbol *f = new_symbol(k, SYM_BUILTIN, fns[i].name, NULL);
        f->builtin = fns[i].b;
        f->pkg_path = "unsafe";
        scope_insert(k->arena, s, f);
    }
    return s;
}

static Scope *library_package(Checker *k, const char *path) {
    if (strcmp(path, "unsafe") == 0)
        return unsafe_package(k);
    Scope *s = NULL;
    for (size_t i = 0; i < sizeof lib_funcs / sizeof *lib_funcs; i++) {
        if (strcmp(lib_funcs[i].pkg, path) != 0)
            continue;
        if (!s)
            s = scope_new(k->arena, NULL);
        Symbol *f = new_symbol(k, SYM_BUILTIN, lib_funcs[i].name, NULL);
        f->builtin = lib_funcs[i].builtin;
        f->pkg_path = lib_funcs[i].pkg;
        scope_insert(k->arena, s, f);
    }
    return s;
}

/* ---- declaring names ------------------------------------------------------ */

/* Declares name in the current scope (blank names are never declared).
 * spec: "No identifier may be declared twice in the same block". */
Symbol *declare(Checker *k, SymbolKind kind, Expr *name, Type *t) {
    Symbol *s = new_symbol(k, kind, name->ident.name, t);
    s->pos = name->pos;
    name->ident.sym = s;
    if (strcmp(s->name, "_") == 0)
        return s;
    Symbol *old = scope_lookup_local(k->scope, s->name);
    if (old) {
        Position p = source_position(k->arena, &k->comp->sources, old->pos);
        check_error(k, name->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                    s->name, p.file, p.line, p.col, s->name);
        s->used = true; /* it is not in scope: nobody can use it */
        return s;
    }
    scope_insert(k->arena, k->scope, s);
    return s;
}

/* Records a use: marks the symbol used and, while checking a package-level
 * declaration, notes the dependency for initialization order. */
void check_use(Checker *k, Symbol *sym) {
    sym->used = true;
    if (k->decl_sym && (sym->is_global || sym->kind == SYM_FUNC) &&
        sym->decl)
        vec_push(k->arena, &k->decl_sym->deps, sym);
}

/* ---- package-level objects ----------------------------------------------- */

/* Declares a package-level constant, variable or type.  spec: init (and
 * main in package main) may only name functions; such a name gets a symbol
 * that is checked but never enters the scope. */
static Symbol *declare_global(Checker *k, SymbolKind kind, Expr *name) {
    const char *id = name->ident.name;
    if (strcmp(id, "init") != 0 && (strcmp(id, "main") != 0 || strcmp(k->pkg->name, "main") != 0))
        return declare(k, kind, name, NULL);
    check_error(k, name->pos, "cannot declare %s - must be func", id);
    Symbol *s = new_symbol(k, kind, id, NULL);
    s->pos = name->pos;
    s->used = true;
    name->ident.sym = s;
    return s;
}

static void collect(Checker *k, File *f) {
    for (int i = 0; i < f->decls.len; i++) {
        Decl *d = f->decls.data[i];
        switch (d->kind) {
        case DECL_CONST:
        case DECL_VAR:
            for (int j = 0; j < d->value.names.len; j++) {
                Symbol *s = declare_global(k, d->kind == DECL_CONST ? SYM_CONST : SYM_VAR,
                                           d->value.names.data[j]);
                s->decl = d;
                s->is_global = d->kind == DECL_VAR;
                s->state = 0;
                if (d->kind == DECL_VAR)
                    s->used = true; /* unused globals are fine */
            }
            break;
        case DECL_FUNC:
            if (d->func.recv) {
                check_collect_method(k, d); /* methods.c */
                break;
            }
            if (d->func.type->func_type.tparams.len) {
                diag_unsupported(k->diags, d->pos, "generics");
                /* declared without a type, so that calls are not also
                 * reported as undefined */
                Symbol *g = declare(k, SYM_FUNC, d->func.name, NULL);
                g->decl = d;
                break;
            }
            if (strcmp(d->func.name->ident.name, "init") == 0) {
                /* spec: "the init identifier ... cannot be referred to
                 * from anywhere in a program": never declared */
                Symbol *s = new_symbol(k, SYM_FUNC, "init", NULL);
                s->pos = d->func.name->pos;
                s->decl = d;
                s->state = 0;
                d->func.name->ident.sym = s;
                d->func.sym = s;
                vec_push(k->arena, &k->pkg->funcs, d);
                break;
            }
            {
                Symbol *s = declare(k, SYM_FUNC, d->func.name, NULL);
                s->decl = d;
                s->state = 0;
                d->func.sym = s;
                vec_push(k->arena, &k->pkg->funcs, d);
            }
            break;
        case DECL_TYPE: {
            Symbol *s = declare_global(k, SYM_TYPE, d->type.name);
            s->decl = d;
            s->state = 0;
            s->used = true;
            s->is_global = true;
            vec_push(k->arena, &k->pkg->types, s);
            break;
        }
        default:
            break;
        }
    }
}

static void resolve_value(Checker *k, Symbol *sym) {
    Decl *d = sym->decl;
    Symbol *outer = k->decl_sym;
    k->decl_sym = sym->is_global ? sym : outer;
    Scope *saved = k->scope;
    k->scope = k->pkg->scope;
    check_value_spec(k, d, false); /* types all names of the spec */
    k->scope = saved;
    k->decl_sym = outer;
}

void check_resolve(Checker *k, Symbol *sym) {
    if (sym->state >= 2) /* 3: initialized variable, 4: valid type */
        return;
    if (sym->state == 1) {
        if (sym->kind == SYM_TYPE) { /* type A = B; type B = A */
            Position p = source_position(k->arena, &k->comp->sources, sym->pos);
            check_error(k, sym->pos, "invalid recursive type %s\n\t%s:%d:%d: %s refers to\n\t%s:%d:%d: %s",
                        sym->name, p.file, p.line, p.col, sym->name, p.file, p.line, p.col,
                        sym->name);
            sym->type = NULL;
            sym->state = 2;
        } else if (sym->kind != SYM_FUNC) {
            check_error(k, sym->pos, "initialization cycle or invalid recursive reference to %s",
                        sym->name);
            sym->type = NULL;
            sym->state = 2;
        }
        return;
    }
    sym->state = 1;
    if (sym->kind == SYM_FUNC) {
        Scope *saved = k->scope;
        k->scope = k->pkg->scope;
        sym->type = check_func_type(k, sym->decl->func.type);
        k->scope = saved;
    } else if (sym->kind == SYM_TYPE) {
        Scope *saved = k->scope;
        Symbol *outer = k->decl_sym;
        k->decl_sym = NULL;
        if (sym->is_global)
            k->scope = k->pkg->scope;
        check_type_decl(k, sym);
        k->scope = saved;
        k->decl_sym = outer;
        if (sym->state == 2)
            return;
    } else {
        resolve_value(k, sym);
    }
    sym->state = 2;
}

static void declare_param(Checker *k, Expr *name, Type *t) {
    Symbol *s = declare(k, SYM_VAR, name, t);
    s->is_param = true;
    s->used = true;
}

/* Declares a function's receiver (if any), parameters and named results in
 * its scope. */
static void declare_params(Checker *k, Decl *fn) {
    Field *recv = fn->func.recv;
    if (recv && recv->names.len)
        declare_param(k, recv->names.data[0], recv->type->type);
    Expr *ft = fn->func.type;
    for (int pass = 0; pass < 2; pass++) {
        FieldVec *fields = pass ? &ft->func_type.results : &ft->func_type.params;
        for (int i = 0; i < fields->len; i++) {
            Field *f = fields->data[i];
            for (int j = 0; j < f->names.len; j++)
                declare_param(k, f->names.data[j], f->type->type);
        }
    }
}

/* The body of a function or method whose signature sym->type is resolved:
 * a new scope with its parameters, its result types, then its statements. */
void check_function_body(Checker *k, Decl *fn, Symbol *sym) {
    if (!fn->func.body)
        return; /* implemented elsewhere: building says "missing function body" */
    Scope *saved = k->scope;
    k->scope = scope_new(k->arena, k->pkg->scope);
    k->scope->is_func = true;
    declare_params(k, fn);
    Type *results = type_new(k->arena, TYPE_TUPLE);
    results->tuple.elems = sym->type->func.results;
    k->result_types = results;
    FieldVec *rf = &fn->func.type->func_type.results;
    k->results_named = rf->len > 0 && rf->data[0]->names.len > 0;
    k->decl_sym = sym;
    check_func_body(k, fn);
    k->decl_sym = NULL;
    k->scope = saved;
}

static void check_func_decl(Checker *k, Decl *fn) {
    Symbol *sym = fn->func.sym;
    check_resolve(k, sym);
    if (!sym->type)
        return;
    if ((strcmp(sym->name, "main") == 0 || strcmp(sym->name, "init") == 0) &&
        (sym->type->func.params.len || sym->type->func.results.len))
        check_error(k, fn->func.name->pos,
                    "func %s must have no arguments and no return values", sym->name);
    check_function_body(k, fn, sym);
}

/* ---- imports ---------------------------------------------------------------- */

static void check_imports(Checker *k, File *f, Scope *file_scope) {
    for (int i = 0; i < f->imports.len; i++) {
        Decl *d = f->imports.data[i];
        const char *path = d->import.path->lit.str;
        Scope *ps = library_package(k, path);
        Package *lib = check_library(k, path); /* library.c */
        if (lib && ps) /* fmt, os: the compiler's own functions, then lib/'s */
            for (int j = 0; j < lib->scope->syms.len; j++) {
                if (!scope_lookup_local(ps, lib->scope->syms.data[j]->name))
                    scope_insert(k->arena, ps, lib->scope->syms.data[j]);
            }
        else if (lib)
            ps = lib->scope;
        if (!ps) {
            diag_unsupportedf(k->diags, d->import.path->pos, "package %s",
                        path);
            continue;
        }
        Expr *name = d->import.name;
        if (name && (strcmp(name->ident.name, ".") == 0 ||
                     strcmp(name->ident.name, "_") == 0)) {
            diag_unsupported(k->diags, name->pos, "dot and blank imports");
            continue;
        }
        if (name && strcmp(name->ident.name, "init") == 0) {
            check_error(k, name->pos, "cannot import package as init - init must be a func");
            continue;
        }
        Symbol *s = ARENA_NEW(k->arena, Symbol);
        s->kind = SYM_PACKAGE;
        s->name = name ? name->ident.name : lib ? lib->name : path;
        /* (unsafe has no lib/ files: its scope is the compiler's own) */
        s->pos = d->import.path->pos;
        s->pkg_path = path;
        s->pkg_scope = ps;
        s->state = 2;
        s->decl = d;
        scope_insert(k->arena, file_scope, s);
    }
}

/* Unused imports are not reported once something was rejected as
 * unsupported: the code go2c skipped may well be what uses them. */
static void report_unused_imports(Checker *k, Scope *file_scope) {
    for (int i = 0; i < file_scope->syms.len; i++) {
        Symbol *s = file_scope->syms.data[i];
        if (s->used || k->diags->unsupported) {
            bool seen = false;
            for (int j = 0; j < k->pkg->imports.len; j++)
                seen |= strcmp(k->pkg->imports.data[j], s->pkg_path) == 0;
            if (!seen)
                vec_push(k->arena, &k->pkg->imports, s->pkg_path);
            continue;
        }
        Decl *d = s->decl;
        if (d->import.name)
            check_error(k, d->import.name->pos, "imported and not used: \"%s\" as %s",
                        s->pkg_path, d->import.name->ident.name);
        else
            check_error(k, d->import.path->pos, "imported and not used: \"%s\"",
                        s->pkg_path);
    }
}

/* ---- initialization order --------------------------------------------------
 * spec: "package-level variable initialization proceeds stepwise, with each
 * step selecting the variable earliest in declaration order which has no
 * dependencies on uninitialized variables."  Dependencies are references,
 * followed through the bodies of the functions referenced. */

static bool depends_on_pending(Symbol *s, Symbol *root, SymbolVec *seen,
                               Arena *a, bool top) {
    for (int i = 0; i < seen->len; i++)
        if (seen->data[i] == s)
            return false;
    vec_push(a, seen, s);
    if (!top && s->kind == SYM_VAR && s->state != 3)
        return true; /* an uninitialized variable (3 = initialized) */
    for (int i = 0; i < s->deps.len; i++)
        if (depends_on_pending(s->deps.data[i], root, seen, a, false))
            return true;
    return false;
}

static void order_initialization(Checker *k) {
    SymbolVec vars = {0};
    for (int f = 0; f < k->pkg->files.len; f++) {
        File *file = k->pkg->files.data[f];
        for (int i = 0; i < file->decls.len; i++) {
            Decl *d = file->decls.data[i];
            if (d->kind != DECL_VAR)
                continue;
            /* one entry per spec: its first name stands for all */
            vec_push(k->arena, &vars, d->value.names.data[0]->ident.sym);
        }
    }
    int done = 0;
    while (done < vars.len) {
        bool progress = false;
        for (int i = 0; i < vars.len; i++) {
            Symbol *s = vars.data[i];
            if (s->state == 3)
                continue;
            SymbolVec seen = {0};
            if (depends_on_pending(s, s, &seen, k->arena, true))
                continue;
            Decl *d = s->decl;
            for (int j = 0; j < d->value.names.len; j++)
                if (d->value.names.data[j]->ident.sym)
                    d->value.names.data[j]->ident.sym->state = 3;
            vec_push(k->arena, &k->pkg->var_init_order, d);
            done++;
            progress = true;
            break;
        }
        if (!progress) {
            for (int i = 0; i < vars.len; i++)
                if (vars.data[i]->state != 3) {
                    check_error(k, vars.data[i]->pos, "initialization cycle: %s refers to itself",
                                vars.data[i]->name);
                    break;
                }
            return;
        }
    }
}

/* ---- entry point --------------------------------------------------------- */

Package *sema_check(Compilation *c, File **files, int nfiles, const Library *libs,
                    int nlibs) {
    Checker k = {.comp = c, .arena = c->arena, .diags = &c->diags};
    LibState ls = {libs, nlibs, arena_alloc(c->arena, sizeof(Package *) * (size_t)(nlibs + 1)),
                   arena_alloc(c->arena, sizeof(bool) * (size_t)(nlibs + 1))};
    memset(ls.pkgs, 0, sizeof(Package *) * (size_t)nlibs);
    memset(ls.checking, 0, sizeof(bool) * (size_t)nlibs);
    k.libs = &ls;
    Package *pkg = ARENA_NEW(c->arena, Package);
    pkg->path = "main";
    k.pkg = pkg;
    build_universe(&k);
    pkg->scope = scope_new(c->arena, k.universe);
    k.scope = pkg->scope;
    check_package_files(&k, files, nfiles);
    return pkg;
}

/* spec: "no identifier may be declared in both the file and package
 * block": a package-level name may not repeat an import's name. */
static void report_import_clashes(Checker *k, Scope **file_scopes, int nfiles) {
    for (int i = 0; i < nfiles; i++)
        for (int j = 0; j < file_scopes[i]->syms.len; j++) {
            Symbol *imp = file_scopes[i]->syms.data[j];
            Symbol *obj = scope_lookup_local(k->pkg->scope, imp->name);
            if (!obj)
                continue;
            Expr *alias = imp->decl->import.name; /* gc points at the import spec */
            Position p = source_position(k->arena, &k->comp->sources, alias ? alias->pos : imp->pos);
            const char *pkg_name = imp->pkg_path; /* the package's own name */
            const char *slash = strrchr(pkg_name, '/');
            if (slash)
                pkg_name = slash + 1;
            check_error(k, obj->pos,
                        "%s already declared through import of package %s (\"%s\")\n\t%s:%d:%d: other declaration of %s",
                        obj->name, pkg_name, imp->pkg_path, p.file, p.line, p.col, obj->name);
        }
}

/* Library packages (library.c) take this path too, with their own Checker
 * sharing the universe. */
void check_package_files(Checker *kp, File **files, int nfiles) {
    Checker k = *kp; /* by value, as before: written back at the end */
    Compilation *c = k.comp;
    Package *pkg = k.pkg;
    for (int i = 0; i < nfiles; i++) {
        vec_push(c->arena, &pkg->files, files[i]);
        const char *name = files[i]->package ? files[i]->package->ident.name : "";
        if (i == 0)
            pkg->name = name;
        else if (strcmp(name, pkg->name) != 0)
            check_error(&k, files[i]->package->pos, "package %s; expected package %s",
                        name, pkg->name);
    }
    /* Whether the package is a program (package main with func main) is a
     * question for building it, not for checking it: see codegen. */

    /* Each file's imports live in a file scope between the package and
     * the universe... but Go puts the file scope *inside* the package scope
     * for lookups from that file.  One file scope per file: */
    Scope **file_scopes = arena_alloc(c->arena, sizeof(Scope *) * (size_t)(nfiles + 1));
    for (int i = 0; i < nfiles; i++) {
        file_scopes[i] = scope_new(c->arena, k.universe);
        check_imports(&k, files[i], file_scopes[i]);
        collect(&k, files[i]);
    }
    report_import_clashes(&k, file_scopes, nfiles);
    /* Lookups go package -> file -> universe: for simplicity all files'
     * imports share one scope, which differs from Go only when two files
     * import different packages under one name. */
    Scope *imports = scope_new(c->arena, k.universe);
    for (int i = 0; i < nfiles; i++)
        for (int j = 0; j < file_scopes[i]->syms.len; j++)
            scope_insert(c->arena, imports, file_scopes[i]->syms.data[j]);
    pkg->scope->parent = imports;
    check_associate_methods(&k);

    for (int f = 0; f < nfiles; f++)
        for (int i = 0; i < files[f]->decls.len; i++) {
            Decl *d = files[f]->decls.data[i];
            if (d->kind == DECL_CONST || d->kind == DECL_VAR)
                for (int j = 0; j < d->value.names.len; j++)
                    if (d->value.names.data[j]->ident.sym)
                        check_resolve(&k, d->value.names.data[j]->ident.sym);
        }
    for (int i = 0; i < pkg->types.len; i++)
        check_resolve(&k, pkg->types.data[i]);
    check_complete_types(&k);
    for (int i = 0; i < pkg->types.len; i++)
        check_valid_type(&k, pkg->types.data[i]);
    for (int i = 0; i < pkg->funcs.len; i++)
        check_func_decl(&k, pkg->funcs.data[i]);
    check_method_bodies(&k);
    for (int i = 0; i < nfiles; i++)
        report_unused_imports(&k, file_scopes[i]);
    if (diag_count(&c->diags) == 0)
        order_initialization(&k);
    *kp = k;
}
