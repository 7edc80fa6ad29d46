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
    /* package-level: variables (is_global), functions, and the constants
     * with a declaration (a local constant has none) */
    if (k->decl_sym && (sym->is_global || sym->kind == SYM_FUNC || sym->kind == SYM_CONST) &&
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

/* A package-level `var a, b = x, y` initializes each variable on its own
 * (types2 gives each its own declaration), so that x may use a variable
 * whose value uses b.  Such a spec is checked one name at a time: the
 * name's own spec, which becomes its declaration. */
static Decl *own_spec(Checker *k, Symbol *sym) {
    Decl *d = sym->decl;
    ExprVec *names = &d->value.names, *values = &d->value.values;
    if (d->kind != DECL_VAR || names->len < 2 || values->len != names->len)
        return d;
    for (int i = 0; i < names->len; i++)
        if (names->data[i]->ident.sym == sym) {
            Decl *one = ast_decl(k->arena, DECL_VAR, d->pos);
            one->value.type = d->value.type;
            vec_push(k->arena, &one->value.names, names->data[i]);
            vec_push(k->arena, &one->value.values, values->data[i]);
            return one;
        }
    return d;
}

static void resolve_value(Checker *k, Symbol *sym) {
    Decl *d = own_spec(k, sym);
    Symbol *outer = k->decl_sym;
    k->decl_sym = sym;
    Scope *saved = k->scope;
    k->scope = k->pkg->scope;
    check_value_spec(k, d, false); /* types all names of the spec */
    k->scope = saved;
    k->decl_sym = outer;
    /* var a, b = f(): one initializer, so one set of dependencies */
    for (int i = 0; i < d->value.names.len; i++) {
        Symbol *other = d->value.names.data[i]->ident.sym;
        if (other && other != sym)
            other->deps = sym->deps;
    }
}

/* Resolving sym led back to sym: the objects from its entry in
 * k->resolving on form a cycle.  As types2's validCycle: a cycle of
 * constants and variables only is an initialization cycle, reported by
 * order_initialization (the value is invalid for now, without a word); one
 * of types only, with a defined type among them, is a recursive type, as
 * legal as a linked list; any other is reported here, from the object
 * first in the source: "invalid recursive type T" or "illegal cycle in
 * declaration of x", each step "refers to" the next. */
static void declaration_cycle(Checker *k, Symbol *sym) {
    int start = k->resolving.len - 1;
    while (start >= 0 && k->resolving.data[start] != sym)
        start--;
    if (start < 0)
        return;
    int n = k->resolving.len - start, values = 0, defined = 0, first = start;
    for (int i = start; i < k->resolving.len; i++) {
        Symbol *s = k->resolving.data[i];
        values += s->kind == SYM_CONST || s->kind == SYM_VAR;
        defined += s->kind == SYM_TYPE && !s->decl->type.alias;
        if (s->pos < k->resolving.data[first]->pos)
            first = i;
    }
    if (values == n || (values == 0 && defined > 0))
        return;
    StrBuf b = {0};
    for (int i = 0; i <= n; i++) {
        Symbol *s = k->resolving.data[start + (first - start + i) % n];
        Position p = source_position(k->arena, &k->comp->sources, s->pos);
        sb_printf(&b, "\n\t%s:%d:%d: %s%s", p.file, p.line, p.col, s->name, i < n ? " refers to" : "");
    }
    Symbol *head = k->resolving.data[first];
    check_error(k, head->pos, "%s %s%s", head->kind == SYM_TYPE ? "invalid recursive type"
                                                             : "illegal cycle in declaration of",
                head->name, b.data);
    sb_free(&b);
    if (sym->kind != SYM_FUNC) { /* break the cycle */
        sym->type = NULL;
        sym->state = 2;
    }
}

static void resolve(Checker *k, Symbol *sym);

void check_resolve(Checker *k, Symbol *sym) {
    if (sym->state >= 2) /* 3: initialized variable, 4: valid type */
        return;
    if (sym->state == 1) {
        declaration_cycle(k, sym);
        return;
    }
    sym->state = 1;
    vec_push(k->arena, &k->resolving, sym);
    resolve(k, sym);
    k->resolving.len--;
}

/* check_resolve's work: the symbol's type, and a value's value. */
static void resolve(Checker *k, Symbol *sym) {
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
 * spec: "Package initialization", computed as types2 computes it.  The graph
 * has a node per package-level constant, variable and function (methods
 * too), and an edge for each reference check_use recorded while checking
 * an initializer or a function body.  The functions are then taken out:
 * each one's referrers inherit its references, so that a variable depends
 * on whatever the functions it calls use.  Repeatedly the node with the
 * fewest dependencies left is taken — the earliest in the source among
 * equals — and a variable is initialized when taken, after which its
 * referrers depend on one node less.  A node taken while it still has
 * dependencies is in a cycle: "initialization loop for x", with the path
 * that leads from x back to x. */

typedef struct InitNode {
    Symbol *sym;
    SymbolVec succ, pred;   /* the nodes it depends on, and its dependents */
    void *succ_set, *pred_set;
    int ndeps;
    int heap_at;            /* its index in the priority queue */
} InitNode;

typedef struct InitGraph {
    Checker *k;
    Vec(InitNode *) nodes;
    void *node_of;          /* Symbol -> InitNode */
    Vec(InitNode *) heap;   /* a binary heap: fewest ndeps, then source order */
} InitGraph;

static InitNode *init_node(InitGraph *g, Symbol *s) {
    InitNode *n = ptrmap_get(g->node_of, s);
    if (!n) {
        n = ARENA_NEW(g->k->arena, InitNode);
        n->sym = s;
        ptrmap_put(g->k->arena, &g->node_of, s, n);
        vec_push(g->k->arena, &g->nodes, n);
    }
    return n;
}

static void add_edge(InitGraph *g, InitNode *from, InitNode *to) {
    Arena *a = g->k->arena;
    if (!ptrmap_get(from->succ_set, to->sym)) {
        ptrmap_put(a, &from->succ_set, to->sym, to);
        vec_push(a, &from->succ, to->sym);
    }
    if (!ptrmap_get(to->pred_set, from->sym)) {
        ptrmap_put(a, &to->pred_set, from->sym, from);
        vec_push(a, &to->pred, from->sym);
    }
}

/* The edges between the package's own objects (not an imported
 * package's, initialized before it), then the functions bridged over
 * (types2's dependencyGraph). */
static void build_init_graph(InitGraph *g) {
    for (int i = 0; i < g->nodes.len; i++) {
        InitNode *n = g->nodes.data[i];
        for (int j = 0; j < n->sym->deps.len; j++) {
            InitNode *dep = ptrmap_get(g->node_of, n->sym->deps.data[j]);
            if (dep)
                add_edge(g, n, dep);
        }
    }
    for (int i = 0; i < g->nodes.len; i++) {
        InitNode *f = g->nodes.data[i];
        if (f->sym->kind != SYM_FUNC)
            continue;
        for (int p = 0; p < f->pred.len; p++) {
            InitNode *pn = ptrmap_get(g->node_of, f->pred.data[p]);
            if (pn == f)
                continue;
            for (int s = 0; s < f->succ.len; s++) {
                InitNode *sn = ptrmap_get(g->node_of, f->succ.data[s]);
                if (sn != f)
                    add_edge(g, pn, sn);
            }
        }
    }
}

/* The number of a node's dependencies that are not functions, each once. */
static int count_deps(InitGraph *g, InitNode *n) {
    int count = 0;
    for (int i = 0; i < n->succ.len; i++)
        count += ((InitNode *)ptrmap_get(g->node_of, n->succ.data[i]))->sym->kind != SYM_FUNC;
    return count;
}

static bool init_before(const InitNode *x, const InitNode *y) {
    return x->ndeps < y->ndeps || (x->ndeps == y->ndeps && x->sym->pos < y->sym->pos);
}

static void heap_swap(InitGraph *g, int i, int j) {
    InitNode *t = g->heap.data[i];
    g->heap.data[i] = g->heap.data[j];
    g->heap.data[j] = t;
    g->heap.data[i]->heap_at = i;
    g->heap.data[j]->heap_at = j;
}

static void heap_up(InitGraph *g, int i) {
    while (i > 0 && init_before(g->heap.data[i], g->heap.data[(i - 1) / 2])) {
        heap_swap(g, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void heap_down(InitGraph *g, int i) {
    for (;;) {
        int least = i, l = 2 * i + 1, r = l + 1;
        if (l < g->heap.len && init_before(g->heap.data[l], g->heap.data[least]))
            least = l;
        if (r < g->heap.len && init_before(g->heap.data[r], g->heap.data[least]))
            least = r;
        if (least == i)
            return;
        heap_swap(g, i, least);
        i = least;
    }
}

static InitNode *heap_pop(InitGraph *g) {
    InitNode *top = g->heap.data[0];
    heap_swap(g, 0, g->heap.len - 1);
    g->heap.len--;
    top->heap_at = -1;
    heap_down(g, 0);
    return top;
}

/* A path of references from `from` to `to` (types2's findPath): the
 * symbols from `to` back to the first step, in path; false if none. */
static bool find_path(InitGraph *g, Symbol *from, Symbol *to, void **seen, SymbolVec *path) {
    if (ptrmap_get(*seen, from))
        return false;
    ptrmap_put(g->k->arena, seen, from, from);
    for (int i = 0; i < from->deps.len; i++) {
        Symbol *d = from->deps.data[i];
        if (!ptrmap_get(g->node_of, d))
            continue;
        if (d == to || find_path(g, d, to, seen, path)) {
            vec_push(g->k->arena, path, d);
            return true;
        }
    }
    return false;
}

static void report_init_loop(InitGraph *g, Symbol *s) {
    Checker *k = g->k;
    SymbolVec cycle = {0};
    void *seen = NULL;
    if (!find_path(g, s, s, &seen, &cycle))
        return; /* s leads into a cycle it is not part of: reported from there */
    StrBuf b = {0};
    Symbol *obj = cycle.data[0];
    for (int i = cycle.len - 1; i >= -1; i--) {
        Position p = source_position(k->arena, &k->comp->sources, obj->pos);
        sb_printf(&b, "\n\t%s:%d:%d: %s%s", p.file, p.line, p.col, obj->name,
                  i >= 0 ? " refers to" : "");
        if (i >= 0)
            obj = cycle.data[i];
    }
    check_error(k, s->pos, "initialization loop for %s%s", s->name, b.data);
    sb_free(&b);
}

static void order_initialization(Checker *k) {
    InitGraph g = {.k = k};
    for (int f = 0; f < k->pkg->files.len; f++) {
        DeclVec *decls = &k->pkg->files.data[f]->decls;
        for (int i = 0; i < decls->len; i++) {
            Decl *d = decls->data[i];
            if (d->kind == DECL_CONST || d->kind == DECL_VAR)
                for (int j = 0; j < d->value.names.len; j++)
                    if (d->value.names.data[j]->ident.sym)
                        init_node(&g, d->value.names.data[j]->ident.sym);
        }
    }
    for (int i = 0; i < k->pkg->funcs.len; i++)
        if (k->pkg->funcs.data[i]->func.sym)
            init_node(&g, k->pkg->funcs.data[i]->func.sym);
    for (int i = 0; i < k->method_decls.len; i++)
        if (k->method_decls.data[i]->func.sym)
            init_node(&g, k->method_decls.data[i]->func.sym);
    build_init_graph(&g);
    for (int i = 0; i < g.nodes.len; i++) {
        InitNode *n = g.nodes.data[i];
        if (n->sym->kind == SYM_FUNC)
            continue;
        n->ndeps = count_deps(&g, n);
        n->heap_at = g.heap.len;
        vec_push(k->arena, &g.heap, n);
        heap_up(&g, n->heap_at);
    }
    void *done = NULL; /* specs already in var_init_order */
    while (g.heap.len) {
        InitNode *n = heap_pop(&g);
        if (n->ndeps > 0)
            report_init_loop(&g, n->sym);
        for (int i = 0; i < n->pred.len; i++) {
            InitNode *p = ptrmap_get(g.node_of, n->pred.data[i]);
            if (p->heap_at >= 0 && p->sym->kind != SYM_FUNC) {
                p->ndeps--;
                heap_up(&g, p->heap_at);
            }
        }
        Symbol *s = n->sym;
        if (s->kind != SYM_VAR || ptrmap_get(done, s->decl))
            continue;
        ptrmap_put(k->arena, &done, s->decl, s->decl);
        vec_push(k->arena, &k->pkg->var_init_order, s->decl);
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
        if (strcmp(name, "_") == 0)
            check_error(&k, files[i]->package->pos, "invalid package name _");
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

    /* As types2: defined types first, then aliases, then constants and
     * variables — so that an alias is resolved before most uses need it
     * (`type A = *B; type B struct{ a A }`). */
    for (int alias = 0; alias < 2; alias++)
        for (int i = 0; i < pkg->types.len; i++)
            if (pkg->types.data[i]->decl->type.alias == alias)
                check_resolve(&k, pkg->types.data[i]);
    check_associate_methods(&k); /* their signatures may name aliases */
    for (int f = 0; f < nfiles; f++)
        for (int i = 0; i < files[f]->decls.len; i++) {
            Decl *d = files[f]->decls.data[i];
            if (d->kind == DECL_CONST || d->kind == DECL_VAR)
                for (int j = 0; j < d->value.names.len; j++)
                    if (d->value.names.data[j]->ident.sym)
                        check_resolve(&k, d->value.names.data[j]->ident.sym);
        }
    check_complete_types(&k);
    for (int i = 0; i < pkg->types.len; i++)
        check_valid_type(&k, pkg->types.data[i]);
    for (int i = 0; i < pkg->funcs.len; i++)
        check_func_decl(&k, pkg->funcs.data[i]);
    check_method_bodies(&k);
    for (int i = 0; i < nfiles; i++)
        report_unused_imports(&k, file_scopes[i]);
    order_initialization(&k);
    /* gc's back end sizes types only for a package that type-checked, the
     * declared types first: if one of them is too large, it stops there */
    bool clean = diag_count(k.diags) == 0, in_types = false;
    for (int i = 0; i < k.too_large.len; i++)
        in_types |= k.too_large.data[i].type_decl;
    for (int i = 0; clean && i < k.too_large.len; i++)
        if (k.too_large.data[i].type_decl == in_types)
            check_error(&k, k.too_large.data[i].pos, "%s", k.too_large.data[i].msg);
    *kp = k;
}
