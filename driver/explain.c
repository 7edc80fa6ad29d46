/*
 * explain.c — `go2c explain [-o report.html] file.go...`: one HTML file that
 * shows what escape analysis decided and what C came out of it.
 *
 * The program goes through the normal pipeline (compile_to_c, with #line
 * directives always on), which gives the C text and every decision as
 * JSON (escape_write_json).  The page is self-contained: the stylesheet
 * (explain.css) and script (explain.js), embedded into go2c at build time
 * by scripts/embed_explain.cmake, are copied inline, and the data follows
 * as two <script type="application/json"> blocks that the script renders:
 *
 *   go2c-decisions  the JSON of `go2c build -json`, unchanged
 *   go2c-sources    the Go files' lines, the C's lines, and for each C line
 *                   the Go file and line it came from (or -1)
 *
 * The C-to-Go map is read from the #line directives.  Codegen writes one
 * `#line N "file"` before the C of each Go statement, and that C may take
 * several lines: so every line after the directive belongs to Go line N
 * (not N, N+1, ... as the C standard would count them), up to the next
 * directive or the first line that starts in column 0 (a function's
 * closing brace or header, a declaration: codegen indents every line it
 * writes for a statement, so such a line is not one of them).
 */
#include "driver.h"

#include "../escape/escape.h"

#include <string.h>

/* gen/explain_assets.c */
extern const unsigned char explain_css[];
extern const unsigned char explain_js[];

/* ---- text for HTML and JSON ---------------------------------------------- */

static void html_text(StrBuf *b, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '&': sb_puts(b, "&amp;"); break;
        case '<': sb_puts(b, "&lt;"); break;
        case '>': sb_puts(b, "&gt;"); break;
        case '"': sb_puts(b, "&quot;"); break;
        default: sb_putc(b, *s);
        }
    }
}

/* A JSON string that is also safe inside <script>: '<' is written \u003c,
 * so that no "</script>" in a Go string literal can end the block. */
static void json_text(StrBuf *b, const char *s, size_t n) {
    sb_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            sb_printf(b, "\\%c", c);
        else if (c == '\t')
            sb_puts(b, "\\t");
        else if (c < 0x20 || c == '<' || c == 0x7f)
            sb_printf(b, "\\u%04x", c);
        else
            sb_putc(b, (char)c);
    }
    sb_putc(b, '"');
}

/* JSON text made safe for <script> the same way: in JSON, a '<' can only
 * be inside a string, where \u003c means the same. */
static void json_script_safe(StrBuf *b, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '<')
            sb_puts(b, "\\u003c");
        else
            sb_putc(b, s[i]);
    }
}

/* ---- lines ---------------------------------------------------------------- */

typedef struct Lines {
    const char **start;  /* each line, not NUL-terminated */
    int *len;            /* without its '\n' (nor a '\r' before it) */
    int n;
} Lines;

static Lines split_lines(Arena *a, const char *text, size_t size) {
    Lines l = {0};
    int cap = 1;
    for (size_t i = 0; i < size; i++)
        cap += text[i] == '\n';
    l.start = arena_alloc(a, sizeof(char *) * (size_t)cap);
    l.len = arena_alloc(a, sizeof(int) * (size_t)cap);
    size_t i = 0;
    while (i < size) {
        size_t j = i;
        while (j < size && text[j] != '\n')
            j++;
        size_t end = j > i && text[j - 1] == '\r' ? j - 1 : j;
        l.start[l.n] = text + i;
        l.len[l.n++] = (int)(end - i);
        i = j + 1;
    }
    return l;
}

static void json_lines(StrBuf *b, const Lines *l) {
    sb_putc(b, '[');
    for (int i = 0; i < l->n; i++) {
        if (i)
            sb_puts(b, ",\n");
        json_text(b, l->start[i], (size_t)l->len[i]);
    }
    sb_putc(b, ']');
}

/* ---- the C-to-Go line map ------------------------------------------------- */

/* `#line N "file"` (after indentation): N and the file name, unescaped;
 * false for any other line. */
static bool parse_line_directive(Arena *a, const char *s, int len, int *line,
                                 const char **file) {
    int i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (len - i < 6 || strncmp(s + i, "#line ", 6) != 0)
        return false;
    i += 6;
    int n = 0;
    if (i >= len || s[i] < '0' || s[i] > '9')
        return false;
    while (i < len && s[i] >= '0' && s[i] <= '9' && n < 100000000)
        n = n * 10 + (s[i++] - '0');
    if (i + 1 >= len || s[i] != ' ' || s[i + 1] != '"')
        return false;
    i += 2;
    StrBuf name = {0};
    while (i < len && s[i] != '"') {
        if (s[i] == '\\' && i + 1 < len)
            i++;
        sb_putc(&name, s[i++]);
    }
    *line = n;
    *file = arena_strndup(a, name.data ? name.data : "", name.len);
    sb_free(&name);
    return i < len;
}

static int go_file_index(const Options *o, const char *name) {
    for (int i = 0; i < o->nfiles; i++)
        if (strcmp(o->files[i], name) == 0)
            return i;
    return -1;
}

/* For each C line, the Go file (index into o->files, -1: none) and line. */
static void map_c_lines(Arena *a, const Options *o, const Lines *c, int *file,
                        int *line) {
    int cur_file = -1, cur_line = 0;
    for (int i = 0; i < c->n; i++) {
        const char *go_name;
        int n;
        file[i] = -1;
        line[i] = 0;
        if (parse_line_directive(a, c->start[i], c->len[i], &n, &go_name)) {
            cur_file = go_file_index(o, go_name);
            cur_line = n;
            continue;
        }
        bool indented = c->len[i] > 0 &&
                        (c->start[i][0] == ' ' || c->start[i][0] == '\t');
        if (!indented)
            cur_file = -1;
        if (cur_file >= 0) {
            file[i] = cur_file;
            line[i] = cur_line;
        }
    }
}

/* ---- the page ------------------------------------------------------------- */

/* The file the front end read for a command-line name. */
static const SourceFile *source_named(Compilation *c, const char *name) {
    for (int i = 0; i < c->sources.files.len; i++)
        if (strcmp(c->sources.files.data[i]->name, name) == 0)
            return c->sources.files.data[i];
    return NULL;
}

/* The go2c-sources block: see the comment at the top. */
static void write_sources(Arena *a, StrBuf *b, Compilation *c, const Options *o,
                          const StrBuf *csrc) {
    sb_puts(b, "{\"go\": [");
    for (int i = 0; i < o->nfiles; i++) {
        const SourceFile *f = source_named(c, o->files[i]);
        Lines l = f ? split_lines(a, f->text, f->len) : (Lines){0};
        sb_puts(b, i ? ",\n{\"name\": " : "\n{\"name\": ");
        json_text(b, o->files[i], strlen(o->files[i]));
        sb_puts(b, ", \"lines\": ");
        json_lines(b, &l);
        sb_putc(b, '}');
    }
    Lines cl = split_lines(a, csrc->data ? csrc->data : "", csrc->len);
    int *file = arena_alloc(a, sizeof(int) * (size_t)(cl.n + 1));
    int *line = arena_alloc(a, sizeof(int) * (size_t)(cl.n + 1));
    map_c_lines(a, o, &cl, file, line);
    sb_puts(b, "],\n\"c\": {\"name\": \"main.c\", \"lines\": ");
    json_lines(b, &cl);
    sb_puts(b, ",\n\"file\": [");
    for (int i = 0; i < cl.n; i++)
        sb_printf(b, "%s%d", i ? "," : "", file[i]);
    sb_puts(b, "],\n\"line\": [");
    for (int i = 0; i < cl.n; i++)
        sb_printf(b, "%s%d", i ? "," : "", line[i]);
    sb_puts(b, "]}}");
}

static const char page_body[] =
    "<p class=\"legend\">Every allocation site and every variable something "
    "can point to is marked: <span class=\"site heap\">\xE2\x96\xB2[heap]</span> "
    "outlives its function's frame and is allocated by the garbage collector; "
    "<span class=\"site stack\">\xE2\x97\x8B[stack]</span> stays in the frame. "
    "Hover over a mark, or move to it with Tab, for its reason, every flow path "
    "and the statement that makes it escape. Click a line to see the lines it "
    "became on the other side.</p>\n"
    "<p id=\"selection\" aria-live=\"polite\"></p>\n</header>\n"
    "<main>\n"
    "<section class=\"pane\" aria-label=\"Go source\"><h2>Go source</h2>"
    "<div class=\"code\" id=\"go-code\"></div></section>\n"
    "<section class=\"pane\" aria-label=\"Generated C\"><h2>Generated C "
    "(main.c; #line directives map it to the Go)</h2>"
    "<div class=\"code\" id=\"c-code\"></div></section>\n"
    "</main>\n"
    "<div id=\"detail\" role=\"tooltip\" hidden></div>\n"
    "<section id=\"decisions\"><h2>All decisions</h2>\n"
    "<p class=\"filters\"><label>Function <select id=\"filter-function\">"
    "<option value=\"\">all functions</option></select></label>\n"
    "<label>Verdict <select id=\"filter-verdict\"><option value=\"\">heap and "
    "stack</option><option value=\"heap\">heap only</option><option "
    "value=\"stack\">stack only</option></select></label>\n"
    "<span id=\"shown\" aria-live=\"polite\"></span></p>\n"
    "<table id=\"decision-table\"><thead><tr><th>Position</th><th>Function</th>"
    "<th>Kind</th><th>What</th><th>Verdict</th><th>Reason</th>"
    "<th>Statement that makes it escape</th></tr></thead><tbody></tbody></table>\n"
    "</section>\n"
    "<noscript><p>This report draws its panes and table with JavaScript; the "
    "data is in the two JSON blocks of this file.</p></noscript>\n";

static void write_page(Arena *a, StrBuf *b, Compilation *c, const Options *o,
                       const StrBuf *csrc, const StrBuf *json) {
    StrBuf names = {0};
    for (int i = 0; i < o->nfiles; i++) {
        if (i)
            sb_puts(&names, " ");
        html_text(&names, o->files[i]);
    }
    sb_puts(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"go2c explain\">\n");
    sb_printf(b, "<title>go2c explain: %s</title>\n<style>\n", names.data);
    sb_puts(b, (const char *)explain_css);
    sb_printf(b, "</style>\n</head>\n<body>\n<header>\n<h1>go2c explain: %s</h1>\n"
                 "<p id=\"summary\"></p>\n", names.data);
    sb_puts(b, page_body);
    sb_puts(b, "<script type=\"application/json\" id=\"go2c-decisions\">\n");
    json_script_safe(b, json->data ? json->data : "", json->len);
    sb_puts(b, "</script>\n<script type=\"application/json\" id=\"go2c-sources\">\n");
    write_sources(a, b, c, o, csrc);
    sb_puts(b, "\n</script>\n<script>\n");
    sb_puts(b, (const char *)explain_js);
    sb_puts(b, "</script>\n</body>\n</html>\n");
    sb_free(&names);
}

int cmd_explain(Arena *a, const Options *o) {
    Options opts = *o;
    opts.line_directives = true; /* the map from C to Go needs them */
    const char *out = o->output ? o->output : "report.html";
    Compilation *c = compilation_new();
    StrBuf csrc = {0}, json = {0}, page = {0};
    bool library = false;
    int status = compile_to_c(c, &opts, false, &csrc, &library, &json);
    if (status == STATUS_OK) {
        write_page(a, &page, c, o, &csrc, &json);
        int err = file_write(out, page.data, page.len);
        if (err) {
            report_os_error("open", out, err);
            status = STATUS_ERROR;
        }
    }
    sb_free(&page);
    sb_free(&json);
    sb_free(&csrc);
    compilation_free(c);
    return status;
}
