/*
 * dump.c — `go2c dump types`: what the checker concluded about each
 * package-level declaration, one line each, in source order.
 */
#include "internal.h"

static void dump_symbol(StrBuf *out, Compilation *c, const Symbol *s) {
    Position p = source_position(c->arena, &c->sources, s->pos);
    const char *ty = s->type ? type_string(c->arena, s->type) : "invalid type";
    switch (s->kind) {
    case SYM_CONST:
        sb_printf(out, "%d:%d: const %s %s = %s\n", p.line, p.col, s->name, ty,
                  s->cval ? const_string(c->arena, s->cval) : "?");
        break;
    case SYM_VAR:
        sb_printf(out, "%d:%d: var %s %s\n", p.line, p.col, s->name, ty);
        break;
    case SYM_FUNC:
        sb_printf(out, "%d:%d: func %s %s\n", p.line, p.col, s->name, ty);
        break;
    default:
        break;
    }
}

void sema_dump(StrBuf *out, Compilation *c, const Package *pkg) {
    sb_printf(out, "package %s\n", pkg->name);
    for (int i = 0; i < pkg->scope->syms.len; i++)
        dump_symbol(out, c, pkg->scope->syms.data[i]);
    sb_puts(out, "initialization order:");
    for (int i = 0; i < pkg->var_init_order.len; i++) {
        Decl *d = pkg->var_init_order.data[i];
        for (int j = 0; j < d->value.names.len; j++)
            sb_printf(out, " %s", d->value.names.data[j]->ident.name);
    }
    sb_putc(out, '\n');
}
