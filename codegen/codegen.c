/*
 * codegen.c — the code generator's entry point: the layout of the C file,
 * and functions.
 *
 * The generated translation unit reads top to bottom as:
 *   1. the runtime header;
 *   2. typedefs: struct and array types (each after the types it holds),
 *      multiple-result tuples, closure environments;
 *   3. prototypes of every function, descriptor and library function
 *      used (Go allows any order);
 *   4. package-level variables, zero-initialized as C statics;
 *   5. type descriptors and their method tables;
 *   6. the functions: one C function per Go function or method, plus the
 *      closures, wrappers and deferred-call thunks they need;
 *   7. the package initializer (variables in the spec's order, then the
 *      init functions) and rt_user_main, which the runtime's main() calls.
 *
 * A function that defers runs its body inside a frame (runtime/rt_defer.c):
 *
 *     static R f(P p) {                        static void f__body(void *c) {
 *         struct f__ctx ctx = {...p...};           struct f__ctx *ctx__ = c;
 *         rt_frame_run(&ctx.fr, f__body, &ctx);    ...the Go body; results
 *         return ctx.res_0;                        live in ctx__->res_N...
 *     }                                        }
 * so that a panic can unwind to the frame, run the deferred calls, and —
 * when one of them recovers — return the results as they stand.
 */
#include "internal.h"

#include <string.h>

/* ---- which functions defer ---------------------------------------------- */

typedef struct DeferFinder {
    AstVisitor v;
    bool found;
} DeferFinder;

static bool defer_stmt(AstVisitor *v, Stmt *s) {
    if (s->kind == STMT_DEFER)
        ((DeferFinder *)v)->found = true;
    return true;
}

static bool defer_expr(AstVisitor *v, Expr *e) {
    (void)v;
    return e->kind != EXPR_FUNC_LIT; /* a literal's defers are its own */
}

static bool has_defer(Stmt *body) {
    DeferFinder f = {{.expr = defer_expr, .stmt = defer_stmt}, false};
    ast_walk_stmt(&f.v, body);
    return f.found;
}

typedef struct RecoverFinder {
    AstVisitor v;
    bool found;
} RecoverFinder;

static bool recover_call(AstVisitor *v, Expr *e) {
    if (e->kind == EXPR_FUNC_LIT)
        return false;
    if (e->kind == EXPR_CALL && e->call.fun->sema_mode != MODE_TYPE) {
        Symbol *s = sema_callee(e);
        if (s && s->kind == SYM_BUILTIN && s->builtin == BUILTIN_RECOVER)
            ((RecoverFinder *)v)->found = true;
    }
    return true;
}

bool cg_has_recover(Stmt *body) {
    if (!body)
        return false;
    RecoverFinder f = {{.expr = recover_call}, false};
    ast_walk_stmt(&f.v, body);
    return f.found;
}

const char *cg_recover_id(Gen *g, const char *c_name) {
    const char *id = arena_printf(g->arena, "%s__rid", c_name);
    for (int i = 0; i < g->extern_protos.len; i++)
        if (strcmp(g->extern_protos.data[i], id) == 0)
            return arena_printf(g->arena, "&%s", id);
    vec_push(g->arena, &g->extern_protos, id);
    sb_printf(&g->protos, "static char %s; /* names %s to recover */\n", id, c_name);
    return arena_printf(g->arena, "&%s", id);
}

/* What a function that calls recover() tells the runtime it is. */
static const char *recover_self(Gen *g, const char *name, const char *env_type) {
    return env_type ? "env__" : cg_recover_id(g, name);
}

/* ---- parameters --------------------------------------------------------------- */

typedef struct Param {
    Symbol *sym;          /* NULL: unnamed or blank */
    const Type *type;
    const char *c_name;   /* the C parameter */
} Param;
typedef Vec(Param) ParamVec;

static void add_fields(Gen *g, FieldVec *fields, ParamVec *out, bool keep_blank) {
    for (int i = 0; i < fields->len; i++) {
        Field *f = fields->data[i];
        Type *t = f->type->type;
        if (f->type->kind == EXPR_ELLIPSIS || (f->type->type && 0))
            t = f->type->type;
        int names = f->names.len ? f->names.len : 1;
        for (int j = 0; j < names; j++) {
            Expr *name = f->names.len ? f->names.data[j] : NULL;
            Param p = {0};
            p.type = t;
            /* a result named _ is still a variable (a bare return reads it) */
            if (name && name->ident.sym && (keep_blank || strcmp(name->ident.name, "_") != 0))
                p.sym = name->ident.sym;
            vec_push(g->arena, out, p);
        }
    }
}

/* ---- function bodies ------------------------------------------------------------ */

static bool ends_in_return(Stmt *body) {
    StmtVec *stmts = &body->block.stmts;
    return stmts->len && stmts->data[stmts->len - 1]->kind == STMT_RETURN;
}

static const char *result_type_of(Gen *g, const Type *ft) { return cg_result_type(g, ft); }

/* The parameter list of the C function. */
static const char *c_params(Gen *g, ParamVec *params, bool with_env) {
    StrBuf b = {0};
    if (with_env)
        sb_puts(&b, "void *env__");
    for (int i = 0; i < params->len; i++) {
        Param *p = &params->data[i];
        sb_printf(&b, "%s%s %s", b.len ? ", " : "", cg_ctype(g, p->type), p->c_name);
    }
    if (!b.len)
        sb_puts(&b, "void");
    const char *r = arena_strdup(g->arena, b.data);
    sb_free(&b);
    return r;
}

static void name_params(Gen *g, ParamVec *params) {
    for (int i = 0; i < params->len; i++) {
        Param *p = &params->data[i];
        if (!p->sym)
            p->c_name = arena_printf(g->arena, "unnamed__%d", i);
        else if (cg_on_heap(g, p->sym))
            p->c_name = arena_printf(g->arena, "%s__p", cg_local_name(g, p->sym));
        else
            p->c_name = cg_local_name(g, p->sym);
    }
}

static void declare_captures(Gen *g, const Symbol **caps, int ncaps, const char *env_type,
                             const char *env) {
    if (!env_type)
        return;
    cg_line(g, "struct %s *clo__ = %s;", env_type, env);
    cg_line(g, "(void)clo__;");
    for (int i = 0; i < ncaps; i++)
        cg_set_local(g, caps[i], arena_printf(g->arena, "clo__->%s", cg_ident(g, caps[i]->name)),
                     !cg_captured_by_value(g, caps[i]));
}

/* A function that needs no frame: parameters are C parameters. */
static void plain_function(Gen *g, const char *name, const Type *ft, ParamVec *params,
                           ParamVec *results, Stmt *body, const Symbol **caps, int ncaps,
                           const char *env_type, StrBuf *out) {
    FuncState *fs = g->fs;
    StrBuf code = {0};
    fs->out = &code;
    fs->indent = 1;
    if (cg_has_recover(body)) {
        cg_line(g, "GoBool can_recover__ = rt_recover_allowed(%s);", recover_self(g, name, env_type));
        fs->recover_flag = "can_recover__";
    }
    declare_captures(g, caps, ncaps, env_type, "env__");
    for (int i = 0; i < params->len; i++)
        if (!params->data[i].sym)
            cg_line(g, "(void)%s; /* unnamed in Go */", params->data[i].c_name);
    for (int i = 0; i < params->len; i++) {
        Param *p = &params->data[i];
        if (p->sym && cg_on_heap(g, p->sym)) {
            const char *n = cg_local_name(g, p->sym);
            cg_line(g, "%s *%s = %s; /* %s */", cg_ctype(g, p->type), n, cg_alloc_var(g, p->sym),
                    cg_heap_reason(g, p->sym));
            cg_line(g, "*%s = %s;", n, p->c_name);
        }
    }
    for (int i = 0; i < results->len; i++) {
        Param *r = &results->data[i];
        if (!r->sym)
            continue;
        const char *n = cg_local_name(g, r->sym);
        if (cg_on_heap(g, r->sym)) {
            cg_line(g, "%s *%s = %s; /* %s */", cg_ctype(g, r->type), n, cg_alloc_var(g, r->sym),
                    cg_heap_reason(g, r->sym));
        } else {
            cg_line(g, "%s %s = %s;", cg_ctype(g, r->type), n, cg_zero_value(g, r->type));
            cg_line(g, "(void)%s; /* results may go unused */", n);
        }
    }
    cg_block(g, &body->block.stmts);
    if (ft->func.results.len && !ends_in_return(body))
        cg_line(g, "rt_unreachable(); /* Go proved every path returns */");
    sb_printf(out, "static %s %s(%s) {\n%s}\n", result_type_of(g, ft), name,
              c_params(g, params, env_type != NULL), cg_body_with_frame(g, &code));
    sb_free(&code);
}

/* A function that defers: a context struct, a body run in a frame. */
static void deferring_function(Gen *g, const char *name, const Type *ft, ParamVec *params,
                               ParamVec *results, Stmt *body, const Symbol **caps, int ncaps,
                               const char *env_type, StrBuf *out) {
    FuncState *fs = g->fs;
    fs->defers = true;
    /* the context */
    StrBuf ctx = {0};
    sb_printf(&ctx, "struct %s__ctx {\n    GoFrame fr;\n    void *env;\n    GoBool can_recover;\n", name);
    bool recovers = cg_has_recover(body);
    if (recovers)
        fs->recover_flag = "ctx__->can_recover";
    for (int i = 0; i < params->len; i++) {
        Param *p = &params->data[i];
        bool heap = p->sym && cg_on_heap(g, p->sym);
        sb_printf(&ctx, "    %s %s%s;\n", cg_ctype(g, p->type), heap ? "*" : "", p->c_name);
    }
    fs->result_slots = arena_alloc(g->arena, sizeof(char *) * (size_t)(results->len + 1));
    for (int i = 0; i < results->len; i++) {
        Param *r = &results->data[i];
        bool heap = r->sym && cg_on_heap(g, r->sym);
        sb_printf(&ctx, "    %s %sres_%d;\n", cg_ctype(g, r->type), heap ? "*" : "", i);
        const char *slot = arena_printf(g->arena, "ctx__->res_%d", i);
        if (r->sym)
            cg_set_local_name(g, r->sym, slot);
        fs->result_slots[i] = heap ? arena_printf(g->arena, "(*%s)", slot) : slot;
    }
    sb_puts(&ctx, "};\n");
    sb_puts(&g->type_defs, ctx.data);
    sb_free(&ctx);

    /* the body */
    StrBuf code = {0};
    fs->out = &code;
    fs->indent = 1;
    cg_line(g, "struct %s__ctx *ctx__ = ctx_arg;", name);
    declare_captures(g, caps, ncaps, env_type, "ctx__->env");
    for (int i = 0; i < params->len; i++) {
        Param *p = &params->data[i];
        if (p->sym)
            cg_set_local_name(g, p->sym, arena_printf(g->arena, "ctx__->%s", p->c_name));
    }
    cg_block(g, &body->block.stmts);
    sb_printf(&g->protos, "static void %s__body(void *ctx_arg);\n", name);
    sb_printf(out, "static void %s__body(void *ctx_arg) {\n%s}\n\n", name, cg_body_with_frame(g, &code));
    sb_free(&code);

    /* the function: fills the context, runs the body in a frame */
    StrBuf outer = {0};
    fs->out = &outer;
    cg_line(g, "struct %s__ctx ctx;", name);
    cg_line(g, "memset(&ctx, 0, sizeof ctx);");
    cg_line(g, "ctx.env = %s;", env_type ? "env__" : "NULL");
    if (recovers)
        cg_line(g, "ctx.can_recover = rt_recover_allowed(%s);", recover_self(g, name, env_type));
    for (int i = 0; i < params->len; i++) {
        Param *p = &params->data[i];
        if (p->sym && cg_on_heap(g, p->sym)) {
            cg_line(g, "ctx.%s = %s;", p->c_name, cg_alloc_var(g, p->sym));
            cg_line(g, "*ctx.%s = %s;", p->c_name, p->c_name);
        } else {
            cg_line(g, "ctx.%s = %s;", p->c_name, p->c_name);
        }
    }
    for (int i = 0; i < results->len; i++) {
        Param *r = &results->data[i];
        if (r->sym && cg_on_heap(g, r->sym))
            cg_line(g, "ctx.res_%d = %s;", i, cg_alloc_var(g, r->sym));
    }
    cg_line(g, "rt_frame_run(&ctx.fr, %s__body, &ctx);", name);
    StrBuf ret = {0};
    for (int i = 0; i < results->len; i++) {
        Param *r = &results->data[i];
        bool heap = r->sym && cg_on_heap(g, r->sym);
        sb_printf(&ret, "%s%sctx.res_%d", i ? ", " : "", heap ? "*" : "", i);
    }
    if (results->len == 1)
        cg_line(g, "return %s;", ret.data);
    else if (results->len > 1)
        cg_line(g, "return (%s){%s};", result_type_of(g, ft), ret.data);
    sb_free(&ret);
    sb_printf(out, "static %s %s(%s) {\n%s}\n", result_type_of(g, ft), name,
              c_params(g, params, env_type != NULL), cg_body_with_frame(g, &outer));
    sb_free(&outer);
}

/* Emits one Go function (declared, method, or literal) as C function
 * `name`; recv is the receiver field of a method. */
static void function(Gen *g, const char *name, const Type *ft, Expr *ftype, Stmt *body, Field *recv,
                     const Symbol **caps, int ncaps, const char *env_type, Pos pos) {
    FuncState fs = {0}, *saved = g->fs;
    g->fs = &fs;
    fs.c_name = name;
    fs.body = body;
    Type *results = ARENA_NEW(g->arena, Type);
    results->kind = TYPE_TUPLE;
    results->tuple.elems = ft->func.results;
    fs.results = results;

    ParamVec params = {0}, res = {0};
    if (recv) {
        FieldVec rv = {0};
        vec_push(g->arena, &rv, recv);
        add_fields(g, &rv, &params, false);
    }
    add_fields(g, &ftype->func_type.params, &params, false);
    /* a variadic parameter's type is the slice */
    for (int i = 0; i < params.len; i++)
        if (params.data[i].sym)
            params.data[i].type = params.data[i].sym->type;
    int first = recv ? 1 : 0;
    for (int i = first; i < params.len; i++)
        if (!params.data[i].sym)
            params.data[i].type = ft->func.params.data[i - first];
    add_fields(g, &ftype->func_type.results, &res, true);
    for (int i = 0; i < res.len; i++) {
        res.data[i].type = ft->func.results.data[i];
        if (res.data[i].sym)
            vec_push(g->arena, &fs.named_results, ftype->func_type.results.data[0]->names.data[0]);
    }
    /* named results, in order, for bare returns */
    fs.named_results.len = 0;
    for (int i = 0; i < ftype->func_type.results.len; i++) {
        Field *f = ftype->func_type.results.data[i];
        for (int j = 0; j < f->names.len; j++)
            vec_push(g->arena, &fs.named_results, f->names.data[j]);
    }
    name_params(g, &params);

    Position p = source_position(g->arena, &g->comp->sources, pos);
    StrBuf out = {0};
    sb_printf(&out, "\n/* %s, %s:%d */\n", name, p.file, p.line);
    if (has_defer(body))
        deferring_function(g, name, ft, &params, &res, body, caps, ncaps, env_type, &out);
    else
        plain_function(g, name, ft, &params, &res, body, caps, ncaps, env_type, &out);
    sb_printf(&g->protos, "static %s %s(%s);\n", result_type_of(g, ft), name,
              c_params(g, &params, env_type != NULL));
    sb_puts(&g->funcs, out.data);
    sb_free(&out);
    g->fs = saved;
}

/* ---- function literals ------------------------------------------------------------- */

const char *cg_func_literal(Gen *g, Expr *e) {
    const char *name = arena_printf(g->arena, "%s__func%d", g->fs->c_name, ++g->fs->closures);
    const Symbol **caps;
    int n = cg_captures(g, e, &caps);
    const char *env = arena_printf(g->arena, "%s__env", name);
    StrBuf def = {0};
    sb_printf(&def, "struct %s { void (*code__)(void);", env);
    for (int i = 0; i < n; i++)
        sb_printf(&def, " %s %s%s;", cg_ctype(g, caps[i]->type),
                  cg_captured_by_value(g, caps[i]) ? "" : "*", cg_ident(g, caps[i]->name));
    sb_puts(&def, " };\n");
    sb_puts(&g->type_defs, def.data);
    sb_free(&def);
    /* what the closure holds of each captured variable, as this function
     * has it: a copy, or its address */
    const char **ptrs = arena_alloc(g->arena, sizeof(char *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        const char *cname = cg_local_name(g, caps[i]);
        bool deref = cg_local_deref(g, caps[i]);
        if (cg_captured_by_value(g, caps[i]))
            ptrs[i] = deref ? arena_printf(g->arena, "(*%s)", cname) : cname;
        else
            ptrs[i] = deref ? cname : arena_printf(g->arena, "&%s", cname);
    }
    function(g, name, e->type, e->func_lit.type, e->func_lit.body, NULL, caps, n, env, e->pos);
    if (n == 0) {
        sb_printf(&g->funcs, "static struct %s %s__value = {(void (*)(void))%s};\n", env, name, name);
        sb_printf(&g->protos, "static struct %s %s__value;\n", env, name);
        return arena_printf(g->arena, "(GoFunc *)&%s__value", name);
    }
    const char *c = cg_alloc_env(g, env, "a closure", escape_site_of(g->esc, e));
    cg_line(g, "%s->code__ = (void (*)(void))%s;", c, name);
    for (int i = 0; i < n; i++)
        cg_line(g, "%s->%s = %s;", c, cg_ident(g, caps[i]->name), ptrs[i]);
    return arena_printf(g->arena, "(GoFunc *)%s", c);
}

/* ---- declared functions and methods ---------------------------------------------------- */

static bool is_init(const Decl *fn) {
    return !fn->func.recv && strcmp(fn->func.name->ident.name, "init") == 0;
}

static const char *decl_name(Gen *g, Decl *fn, int index) {
    if (fn->func.recv) {
        Type *rt = fn->func.recv->type->type;
        if (rt->kind == TYPE_POINTER)
            rt = rt->pointer.elem;
        return cg_method_name(g, rt, fn->func.name->ident.name);
    }
    if (is_init(fn))
        return arena_printf(g->arena, "%s__init__%d", g->pkg->name, index);
    return cg_global_name(g, fn->func.sym);
}

/* A function or method declared without a body is defined elsewhere (in gc,
 * by the package's assembly): declare it; its receiver comes first. */
static void extern_proto(Gen *g, Decl *fn) {
    const Type *ft = fn->func.sym->type;
    const char *params = cg_param_types(g, ft, false);
    if (fn->func.recv) {
        const char *recv = cg_ctype(g, fn->func.recv->type->type);
        params = ft->func.params.len ? arena_printf(g->arena, "%s, %s", recv, params) : recv;
    }
    sb_printf(&g->protos, "extern %s %s(%s);\n", cg_result_type(g, ft), decl_name(g, fn, 0), params);
}

/* The type of a package-level variable; NULL for the blank one. */
static const Type *global_type(Expr *name) {
    Symbol *s = name->ident.sym;
    return strcmp(s->name, "_") == 0 ? NULL : s->type;
}

/* Element i of a spilled tuple, as assignment to type t converts it. */
static const char *tuple_element(Gen *g, Expr *call, const char *tuple, int i, const Type *t) {
    const char *v = arena_printf(g->arena, "%s.r%d", tuple, i);
    const Type *et = call->type->tuple.elems.data[i];
    return t && cg_is_interface(t) ? cg_box(g, v, et, NULL) : v;
}

/* Package-level variables: C statics, then their initialization, in the
 * order sema computed. */
static void globals(Gen *g, StrBuf *decls, StrBuf *init) {
    FuncState fs = {0}, *saved = g->fs;
    g->fs = &fs;
    fs.c_name = "main__init";
    StrBuf body = {0};
    fs.out = &body;
    fs.indent = 1;
    for (int i = 0; i < g->pkg->var_init_order.len; i++) {
        Decl *d = g->pkg->var_init_order.data[i];
        ExprVec *names = &d->value.names, *values = &d->value.values;
        for (int j = 0; j < names->len; j++) {
            Symbol *s = names->data[j]->ident.sym;
            if (strcmp(s->name, "_") != 0) /* Go allows package variables nothing uses */
                sb_printf(decls, "static %s %s __attribute__((unused));\n", cg_ctype(g, s->type),
                          cg_global_name(g, s));
        }
        if (!values->len)
            continue;
        cg_position(g, d->pos);
        const char *tuple = NULL, *ok = NULL, *v0 = NULL;
        if (values->len == 1 && names->len == 2 &&
            cg_comma_ok(g, values->data[0], global_type(names->data[0]), global_type(names->data[1]),
                        &v0, &ok))
            tuple = "";
        else if (values->len == 1 && names->len > 1)
            tuple = cg_spill(g, values->data[0]->type, cg_expr(g, values->data[0]));
        for (int j = 0; j < names->len; j++) {
            Symbol *s = names->data[j]->ident.sym;
            bool blank = strcmp(s->name, "_") == 0;
            const char *v = ok ? (j ? ok : v0)
                          : tuple ? tuple_element(g, values->data[0], tuple, j, blank ? NULL : s->type)
                                  : cg_value_as(g, values->data[j], blank ? NULL : s->type,
                                                cg_count_effects(values->data[j]) >= 2);
            if (blank)
                cg_line(g, "(void)%s;", v);
            else
                cg_line(g, "%s = %s;", cg_global_name(g, s), v);
        }
    }
    sb_puts(init, "\n/* package initialization: variables in dependency order */\n");
    sb_puts(init, "static void go2c_init_package(void) {\n");
    sb_puts(init, cg_body_with_frame(g, &body));
    sb_puts(init, "}\n");
    sb_free(&body);
    g->fs = saved;
}

void codegen_emit(StrBuf *out, Compilation *c, const Package *pkg,
                  const EscapeResult *esc, const CodegenOptions *opts) {
    if (!cg_supported(c, pkg, opts->library))
        return; /* the driver prints the reasons */
    Gen g = {.comp = c, .arena = c->arena, .pkg = pkg, .esc = esc, .opts = *opts};
    FuncState top = {0};
    StrBuf scratch = {0};
    top.out = &scratch;
    top.c_name = "main";
    g.fs = &top;
    cg_find_heap_vars(&g);
    cg_find_const_only_vars(&g);
    StrBuf vars = {0}, init = {0};

    globals(&g, &vars, &init);
    StrBuf inits = {0};
    int index = 0;
    for (int f = 0; f < pkg->files.len; f++) {
        DeclVec *decls = &pkg->files.data[f]->decls;
        for (int i = 0; i < decls->len; i++) {
            Decl *fn = decls->data[i];
            if (fn->kind == DECL_FUNC && !fn->func.body && fn->func.sym) {
                extern_proto(&g, fn);
                continue;
            }
            if (fn->kind != DECL_FUNC || !fn->func.body)
                continue;
            const char *name = decl_name(&g, fn, ++index);
            if (is_init(fn))
                sb_printf(&inits, "    %s();\n", name);
            const Type *ft = fn->func.sym ? fn->func.sym->type : fn->func.type->type;
            function(&g, name, ft, fn->func.type, fn->func.body, fn->func.recv, NULL, 0, NULL,
                     fn->pos);
        }
    }

    sb_puts(out, "/* Generated by go2c from package ");
    sb_puts(out, pkg->name);
    sb_puts(out, ". Edits will be lost. */\n#include \"go2c_rt.h\"\n#include <string.h>\n");
    /* Go code may compare a value with itself (x != x is how a NaN is
     * found); C compilers would warn about the C that mirrors it. */
    sb_puts(out, "#pragma GCC diagnostic ignored \"-Wtautological-compare\"\n");
    /* Go allows unused parameters (and parameters only assigned), and
     * counts `v.f = x` as a use of v */
    sb_puts(out, "#pragma GCC diagnostic ignored \"-Wunused-parameter\"\n");
    sb_puts(out, "#pragma GCC diagnostic ignored \"-Wunused-but-set-parameter\"\n");
    sb_puts(out, "#pragma GCC diagnostic ignored \"-Wunused-but-set-variable\"\n");
    /* Go allows functions and methods that nothing calls */
    sb_puts(out, "#pragma GCC diagnostic ignored \"-Wunused-function\"\n");
    /* ... and x = x (clang's warning; gcc has none to turn off) */
    sb_puts(out, "#ifdef __clang__\n#pragma clang diagnostic ignored \"-Wself-assign\"\n#endif\n");
    /* x.(T) reads a box as T only after a run-time type check that the C
     * compiler cannot see, so a small box in the frame looks too small */
    sb_puts(out, "#pragma GCC diagnostic ignored \"-Warray-bounds\"\n");
    if (g.type_fwd.len) {
        sb_puts(out, "\n/* types */\n");
        sb_puts(out, g.type_fwd.data);
    }
    if (g.type_defs.len)
        sb_puts(out, g.type_defs.data);
    sb_puts(out, "\n/* functions and descriptors */\n");
    sb_puts(out, g.protos.data ? g.protos.data : "");
    if (vars.len) {
        sb_puts(out, "\n/* package-level variables */\n");
        sb_puts(out, vars.data);
    }
    if (g.descs.len) {
        sb_puts(out, "\n/* type descriptors */\n");
        sb_puts(out, g.descs.data);
    }
    sb_puts(out, g.funcs.data ? g.funcs.data : "");
    sb_puts(out, init.data);
    if (opts->library) /* another package: its initialization for an importer to call */
        sb_printf(out, "\nvoid %s__init(void) {\n    go2c_init_package();\n%s}\n", pkg->name,
                  inits.data ? inits.data : "");
    else
        sb_printf(out, "\nvoid rt_user_main(void) {\n    go2c_init_package();\n%s    %s__main();\n}\n",
                  inits.data ? inits.data : "", pkg->name);
    sb_free(&vars);
    sb_free(&init);
    sb_free(&inits);
    sb_free(&scratch);
    sb_free(&g.type_fwd);
    sb_free(&g.type_defs);
    sb_free(&g.protos);
    sb_free(&g.descs);
    sb_free(&g.funcs);
}
