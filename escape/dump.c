/*
 * dump.c — the analysis for tools and for people: every decision as JSON
 * (`go2c build -json=FILE`), and the location graph as text or Graphviz
 * DOT (`go2c dump escape [-dot]`).
 *
 * The JSON schema (version 1; docs/escape.md describes it):
 *   {"version": 1, "decisions": [
 *     {"file": "main.go", "line": 12, "col": 9, "function": "main.f",
 *      "kind": "variable", "what": "x",
 *      "verdict": "heap", "gc_verdict": "heap", "reported": true,
 *      "reason": "returned to the caller",
 *      "flows": ["x escapes to heap:", "  flow: ~r0 = &x:", ...],
 *      "leaks": {"heap": 0, "results": [-1]}}      (parameters only)
 *   ]}
 * verdict is where go2c puts it; gc_verdict what gc (and -m) says; they
 * differ only for what a deferred call uses (escape.c, "go2c's frames").
 */
#include "internal.h"

#include <string.h>

static void json_string(StrBuf *b, const char *s) {
    sb_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            sb_printf(b, "\\%c", *p);
        else if (*p == '\n')
            sb_puts(b, "\\n");
        else if (*p == '\t')
            sb_puts(b, "\\t");
        else if (*p < 0x20)
            sb_printf(b, "\\u%04x", *p);
        else
            sb_putc(b, (char)*p);
    }
    sb_putc(b, '"');
}

static const char *site_kind(SiteKind k) {
    switch (k) {
    case SITE_NEW: return "new";
    case SITE_ADDR_LITERAL: return "&T{}";
    case SITE_MAKE_SLICE: return "make slice";
    case SITE_MAKE_MAP: return "make map";
    case SITE_SLICE_LITERAL: return "slice literal";
    case SITE_MAP_LITERAL: return "map literal";
    case SITE_CLOSURE: return "closure";
    case SITE_METHOD_VALUE: return "method value";
    case SITE_IFACE_BOX: return "interface box";
    case SITE_CONVERSION: return "conversion";
    case SITE_STRING_CONCAT: return "string concatenation";
    case SITE_VARIADIC_ARGS: return "... argument";
    }
    return "?";
}

static const char *what(Analysis *a, const Location *l) {
    if (l->kind == LOC_VAR && l->var)
        return l->var->name;
    if (l->kind == LOC_RESULT)
        return arena_printf(a->arena, "~r%d", l->result_index);
    if (l->kind == LOC_SITE)
        return esc_site_name(a, l->site);
    switch (l->kind) {
    case LOC_HEAP: return "{heap}";
    case LOC_DEFER: return "{defer}";
    case LOC_BLANK: return "_";
    default: return "{temp}";
    }
}

static Pos pos_of(const Location *l) {
    if (l->report_pos)
        return l->report_pos;
    if (l->kind == LOC_VAR && l->var)
        return l->var->pos;
    if (l->kind == LOC_SITE)
        return l->site->pos;
    return NOPOS;
}

/* The locations a reader cares about: allocation sites, and variables
 * something can refer to (or parameters holding pointers). */
static bool decision(Analysis *a, const Location *l) {
    if (l->kind == LOC_SITE)
        return true;
    if (l->kind != LOC_VAR || !l->var)
        return false;
    if (l->is_param)
        return type_has_pointers(l->var->type);
    return l->addrtaken || l->escapes || ptrmap_get(a->captured, l->var);
}

void escape_write_json(StrBuf *out, Compilation *c, const EscapeResult *r) {
    Analysis *a = r->internal;
    esc_all_paths(a);
    sb_puts(out, "{\"version\": 1, \"decisions\": [");
    int n = 0;
    for (int i = 0; i < a->all_locs.len; i++) {
        Location *l = a->all_locs.data[i];
        Pos pos = pos_of(l);
        if (!decision(a, l) || pos == NOPOS)
            continue;
        Position p = source_position(c->arena, &c->sources, pos);
        bool heap = l->escapes || l->outlives_body;
        sb_puts(out, n++ ? ",\n  {" : "\n  {");
        sb_puts(out, "\"file\": ");
        json_string(out, p.file);
        sb_printf(out, ", \"line\": %d, \"col\": %d, \"function\": ", p.line, p.col);
        json_string(out, l->fn && l->fn->name ? l->fn->name : "?");
        sb_puts(out, ", \"kind\": ");
        json_string(out, l->kind == LOC_SITE ? site_kind(l->site->kind)
                         : l->is_param           ? "parameter"
                                                 : "variable");
        sb_puts(out, ", \"what\": ");
        json_string(out, what(a, l));
        sb_printf(out, ", \"verdict\": \"%s\", \"gc_verdict\": \"%s\", \"reported\": %s",
                  heap ? "heap" : "stack", l->escapes ? "heap" : "stack",
                  l->kind != LOC_SITE || l->site->reported ? "true" : "false");
        sb_puts(out, ", \"reason\": ");
        json_string(out, l->why ? l->why : heap ? "escapes" : "does not escape");
        sb_puts(out, ", \"flows\": [");
        for (int j = 0; j < l->explain.len; j++) {
            if (j)
                sb_puts(out, ", ");
            json_string(out, l->explain.data[j]);
        }
        sb_putc(out, ']');
        if (l->is_param) {
            sb_printf(out, ", \"leaks\": {\"heap\": %d, \"results\": [", l->leak_heap);
            int last = -1;
            for (int k = 0; k < MAX_RESULTS; k++)
                if (l->leak_result[k] >= 0)
                    last = k;
            for (int k = 0; k <= last; k++)
                sb_printf(out, "%s%d", k ? ", " : "", l->leak_result[k]);
            sb_puts(out, "]}");
        }
        sb_putc(out, '}');
    }
    sb_puts(out, "\n]}\n");
}

/* ---- the graph ----------------------------------------------------------------- */

/* A DOT label's text: quotes and backslashes escaped. */
static const char *dot_escape(Analysis *a, const char *s) {
    StrBuf b = {0};
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sb_putc(&b, '\\');
        sb_putc(&b, *s);
    }
    const char *r = arena_strdup(a->arena, b.data ? b.data : "");
    sb_free(&b);
    return r;
}

static int loc_id(Analysis *a, const Location *l) {
    if (l == &a->heap)
        return 0;
    for (int i = 0; i < a->all_locs.len; i++)
        if (a->all_locs.data[i] == l)
            return i + 1;
    return -1;
}

static const char *loc_kind(const Location *l) {
    switch (l->kind) {
    case LOC_VAR: return l->is_param ? "param" : l->is_result ? "result" : "var";
    case LOC_RESULT: return "result";
    case LOC_SITE: return "alloc";
    case LOC_TEMP: return "temp";
    case LOC_HEAP: return "heap";
    case LOC_DEFER: return "defer";
    default: return "blank";
    }
}

static const char *derefs_label(Analysis *a, int d) {
    if (d < 0)
        return "&";
    if (d == 0)
        return "=";
    StrBuf b = {0};
    for (int i = 0; i < d; i++)
        sb_putc(&b, '*');
    const char *r = arena_strdup(a->arena, b.data);
    sb_free(&b);
    return r;
}

/* How the value got there: the oldest note of the edge. */
static const char *first_note(const Edge *e) {
    const Note *oldest = NULL;
    for (const Note *n = e->notes; n; n = n->next)
        if (n->why)
            oldest = n;
    return oldest ? oldest->why : "";
}

static void dump_edges(Analysis *a, StrBuf *out, Location *dst, const Edge *edges, int n, bool dot) {
    for (int i = 0; i < n; i++) {
        const Edge *e = &edges[i];
        int from = loc_id(a, e->src), to = loc_id(a, dst);
        if (dot)
            sb_printf(out, "  L%d -> L%d [label=\"%s %s\"];\n", from, to, derefs_label(a, e->derefs),
                      dot_escape(a, first_note(e)));
        else
            sb_printf(out, "    L%d %s <- L%d %s   derefs %d   (%s)\n", to, what(a, dst), from,
                      what(a, e->src), e->derefs, first_note(e));
    }
}

void escape_dump(StrBuf *out, Compilation *c, const EscapeResult *r, bool dot) {
    Analysis *a = r->internal;
    if (dot)
        sb_puts(out, "digraph escape {\n  rankdir=RL;\n  node [shape=box, fontname=\"monospace\"];\n"
                     "  L0 [label=\"{heap}\", style=filled, fillcolor=gray80];\n");
    const EFunc *fn = NULL;
    for (int i = 0; i < a->all_locs.len; i++) {
        Location *l = a->all_locs.data[i];
        if (l->kind == LOC_BLANK)
            continue;
        if (!dot && l->fn != fn) {
            fn = l->fn;
            sb_printf(out, "func %s\n", fn && fn->short_name ? fn->short_name : "?");
        }
        Pos pos = pos_of(l);
        Position p = pos != NOPOS ? source_position(c->arena, &c->sources, pos) : (Position){0};
        const char *verdict = l->escapes ? "heap" : l->outlives_body ? "heap (defer)" : "stack";
        if (dot) {
            sb_printf(out, "  L%d [label=\"%s\\n%s", i + 1, dot_escape(a, what(a, l)), loc_kind(l));
            if (p.file)
                sb_printf(out, " %d:%d", p.line, p.col);
            sb_printf(out, "\\n%s\"%s];\n", verdict,
                      l->escapes ? ", style=filled, fillcolor=gray90" : "");
        } else {
            sb_printf(out, "  L%d %-20s %-6s depth %d  %s", i + 1, what(a, l), loc_kind(l),
                      l->loop_depth, verdict);
            if (p.file)
                sb_printf(out, "  %s:%d:%d", p.file, p.line, p.col);
            sb_putc(out, '\n');
        }
    }
    if (!dot)
        sb_puts(out, "edges (destination <- source)\n");
    for (int i = 0; i < a->all_locs.len; i++) {
        Location *l = a->all_locs.data[i];
        dump_edges(a, out, l, l->edges.data, l->edges.len, dot);
    }
    dump_edges(a, out, &a->heap, a->heap_edges.data, a->heap_edges.len, dot);
    if (dot)
        sb_puts(out, "}\n");
}
