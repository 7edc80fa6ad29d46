/*
 * support.c — what this version of the code generator can emit.
 *
 * The type checker accepts all of sequential Go; the code generator grows
 * toward it.  Before emitting anything, codegen walks the package and
 * reports every construct it cannot translate yet as "go2c does not
 * support X" at the construct's position — so a program is either
 * compiled correctly or rejected, never compiled wrong.
 */
#include "internal.h"

/* The types whose values the generated C can hold today. */
static bool emittable(const Type *t) {
    if (!t)
        return true; /* untyped nil and the like never get this far */
    switch (t->kind) {
    case TYPE_BOOL: case TYPE_INT: case TYPE_INT8: case TYPE_INT16: case TYPE_INT32:
    case TYPE_INT64: case TYPE_UINT: case TYPE_UINT8: case TYPE_UINT16: case TYPE_UINT32:
    case TYPE_UINT64: case TYPE_UINTPTR: case TYPE_FLOAT32: case TYPE_FLOAT64:
    case TYPE_STRING:
        return true;
    case TYPE_UNTYPED_BOOL: case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE:
    case TYPE_UNTYPED_FLOAT: case TYPE_UNTYPED_STRING:
        return true; /* constants: emitted with their default type */
    case TYPE_TUPLE:
        for (int i = 0; i < t->tuple.elems.len; i++)
            if (!emittable(t->tuple.elems.data[i]))
                return false;
        return true;
    case TYPE_FUNC: /* only as the callee of a call to a declared function */
        for (int i = 0; i < t->func.params.len; i++)
            if (!emittable(t->func.params.data[i]))
                return false;
        for (int i = 0; i < t->func.results.len; i++)
            if (!emittable(t->func.results.data[i]))
                return false;
        return !t->func.variadic;
    default:
        return false;
    }
}

typedef struct Support {
    AstVisitor v;
    Compilation *comp;
    bool ok;
} Support;

static bool visit_expr(AstVisitor *v, Expr *e) {
    Support *s = (Support *)v;
    if (emittable(e->type))
        return true;
    diag_unsupportedf(&s->comp->diags, e->pos, "values of type %s yet",
                      type_string(s->comp->arena, e->type));
    s->ok = false;
    return false; /* one report for the outermost expression */
}

static bool visit_decl(AstVisitor *v, Decl *d) {
    Support *s = (Support *)v;
    if (d->kind != DECL_TYPE)
        return true;
    diag_unsupported(&s->comp->diags, d->pos, "type declarations yet");
    s->ok = false;
    return false;
}

bool cg_supported(Compilation *c, const Package *pkg) {
    Support s = {{visit_expr, NULL, visit_decl, NULL}, c, true};
    for (int f = 0; f < pkg->files.len; f++) {
        File *file = pkg->files.data[f];
        for (int i = 0; i < file->decls.len; i++)
            ast_walk_decl(&s.v, file->decls.data[i]);
    }
    return s.ok;
}
