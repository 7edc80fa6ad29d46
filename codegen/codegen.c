/*
 * codegen.c — the code generator's entry point: the layout of the C file.
 *
 * The generated translation unit reads top to bottom as:
 *   1. the runtime header;
 *   2. typedefs for multi-value results (Tuple_...);
 *   3. prototypes of every function (Go allows any order);
 *   4. package-level variables, zero-initialized as C statics;
 *   5. the functions, one C function per Go function;
 *   6. the package initializer (variables in the spec's order) and
 *      rt_user_main, which the runtime's main() calls.
 */
#include "internal.h"

#include <string.h>

static void signature(Gen *g, StrBuf *b, Decl *fn) {
    Type *ft = fn->func.sym->type;
    TypeVec *results = &ft->func.results;
    if (results->len == 0)
        sb_puts(b, "void");
    else if (results->len == 1)
        sb_puts(b, cg_ctype(g, results->data[0]));
    else {
        Type tuple = {.kind = TYPE_TUPLE, .tuple.elems = *results};
        sb_puts(b, cg_tuple_type(g, &tuple));
    }
    sb_printf(b, " %s(", cg_global_name(g, fn->func.sym));
    FieldVec *params = &fn->func.type->func_type.params;
    int n = 0;
    for (int i = 0; i < params->len; i++) {
        Field *f = params->data[i];
        Type *pt = f->type->type;
        int names = f->names.len ? f->names.len : 1;
        for (int j = 0; j < names; j++, n++) {
            sb_printf(b, "%s%s ", n ? ", " : "", cg_ctype(g, pt));
            Expr *name = f->names.len ? f->names.data[j] : NULL;
            if (!name || strcmp(name->ident.name, "_") == 0)
                sb_printf(b, "unnamed__%d", n);  /* C wants every parameter named */
            else
                sb_puts(b, cg_local_name(g, name->ident.sym));
        }
    }
    if (n == 0)
        sb_puts(b, "void");
    sb_putc(b, ')');
}

static void function(Gen *g, StrBuf *out, Decl *fn) {
    g->locals.len = 0;
    g->next_id = 0;
    Type *ft = fn->func.sym->type;
    Type *results = ARENA_NEW(g->arena, Type);
    results->kind = TYPE_TUPLE;
    results->tuple.elems = ft->func.results;
    g->results = results;
    g->named_results.len = 0;

    Position p = source_position(g->arena, &g->comp->sources, fn->pos);
    sb_printf(out, "\n/* func %s, %s:%d */\n", fn->func.sym->name, p.file, p.line);
    StrBuf sig = {0};
    signature(g, &sig, fn);
    sb_printf(out, "static %s {\n", sig.data);
    sb_free(&sig);

    StrBuf body = {0};
    g->out = &body;
    g->indent = 1;
    FieldVec *rf = &fn->func.type->func_type.results;
    for (int i = 0; i < rf->len; i++)
        for (int j = 0; j < rf->data[i]->names.len; j++) {
            Expr *name = rf->data[i]->names.data[j];
            vec_push(g->arena, &g->named_results, name);
            const char *cname = cg_local_name(g, name->ident.sym);
            cg_line(g, "%s %s = %s;", cg_ctype(g, name->ident.sym->type), cname,
                    cg_zero_value(name->ident.sym->type));
            cg_line(g, "(void)%s; /* results may go unused */", cname);
        }
    StmtVec *stmts = &fn->func.body->block.stmts;
    cg_block(g, stmts);
    bool ends_in_return = stmts->len && stmts->data[stmts->len - 1]->kind == STMT_RETURN;
    if (results->tuple.elems.len && !ends_in_return)
        cg_line(g, "rt_unreachable(); /* Go proved every path returns */");
    sb_puts(out, body.data ? body.data : "");
    sb_puts(out, "}\n");
    sb_free(&body);
}

/* Package-level variables: C statics, then their initialization, in the
 * order sema computed. */
static void globals(Gen *g, StrBuf *decls, StrBuf *init) {
    g->locals.len = 0;
    g->next_id = 0;
    StrBuf body = {0};
    g->out = &body;
    g->indent = 1;
    for (int i = 0; i < g->pkg->var_init_order.len; i++) {
        Decl *d = g->pkg->var_init_order.data[i];
        ExprVec *names = &d->value.names, *values = &d->value.values;
        for (int j = 0; j < names->len; j++) {
            Symbol *s = names->data[j]->ident.sym;
            if (strcmp(s->name, "_") != 0)
                sb_printf(decls, "static %s %s;\n", cg_ctype(g, s->type), cg_global_name(g, s));
        }
        if (!values->len)
            continue;
        cg_position(g, d->pos);
        const char *tuple = NULL;
        if (values->len == 1 && names->len > 1) {
            tuple = cg_temp(g, "tmp");
            cg_line(g, "%s %s = %s;", cg_ctype(g, values->data[0]->type), tuple,
                    cg_expr(g, values->data[0]));
        }
        for (int j = 0; j < names->len; j++) {
            Symbol *s = names->data[j]->ident.sym;
            const char *v = tuple ? arena_printf(g->arena, "%s.r%d", tuple, j)
                                  : cg_expr(g, values->data[j]);
            if (strcmp(s->name, "_") == 0)
                cg_line(g, "(void)%s;", v);
            else
                cg_line(g, "%s = %s;", cg_global_name(g, s), v);
        }
    }
    sb_puts(init, "\n/* package initialization: variables in dependency order */\n");
    sb_puts(init, "static void go2c_init_package(void) {\n");
    sb_puts(init, body.data ? body.data : "");
    sb_puts(init, "}\n");
    sb_free(&body);
}

void codegen_emit(StrBuf *out, Compilation *c, const Package *pkg,
                  const EscapeResult *esc, const CodegenOptions *opts) {
    if (!cg_supported(c, pkg))
        return; /* the driver prints the reasons */
    Gen g = {.comp = c, .arena = c->arena, .pkg = pkg, .esc = esc, .opts = *opts};
    StrBuf protos = {0}, vars = {0}, funcs = {0}, init = {0};

    for (int i = 0; i < pkg->funcs.len; i++) {
        Decl *fn = pkg->funcs.data[i];
        g.locals.len = 0;
        StrBuf sig = {0};
        signature(&g, &sig, fn);
        sb_printf(&protos, "static %s;\n", sig.data);
        sb_free(&sig);
    }
    globals(&g, &vars, &init);
    for (int i = 0; i < pkg->funcs.len; i++)
        function(&g, &funcs, pkg->funcs.data[i]);

    sb_puts(out, "/* Generated by go2c from package ");
    sb_puts(out, pkg->name);
    sb_puts(out, ". Edits will be lost. */\n#include \"go2c_rt.h\"\n");
    /* Go code may compare a value with itself (x != x is how a NaN is
     * found); C compilers would warn about the C that mirrors it. */
    sb_puts(out, "#pragma GCC diagnostic ignored \"-Wtautological-compare\"\n");
    if (g.tuple_defs.len) {
        sb_puts(out, "\n/* multiple results */\n");
        sb_puts(out, g.tuple_defs.data);
    }
    sb_puts(out, "\n/* functions */\n");
    sb_puts(out, protos.data ? protos.data : "");
    if (vars.len) {
        sb_puts(out, "\n/* package-level variables */\n");
        sb_puts(out, vars.data);
    }
    sb_puts(out, funcs.data ? funcs.data : "");
    sb_puts(out, init.data);
    sb_printf(out, "\nvoid rt_user_main(void) {\n    go2c_init_package();\n    %s__main();\n}\n",
              pkg->name);
    sb_free(&protos);
    sb_free(&vars);
    sb_free(&funcs);
    sb_free(&init);
    sb_free(&g.tuple_defs);
}
