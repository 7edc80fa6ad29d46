/*
 * internal.h — what the files of escape analysis share.
 *
 *   escape.c  the entry point, batches of functions, the solver
 *   graph.c   the location graph, built from the syntax of a batch
 *   report.c  the -m and -m=2 lines, in gc's words
 *   paths.c   every flow path of an escape, for the tools (-json, explain)
 *   tags.c    summaries of the standard library's functions
 */
#ifndef GO2C_ESCAPE_INTERNAL_H
#define GO2C_ESCAPE_INTERNAL_H

#include "escape.h"

enum { MAX_RESULTS = 7 }; /* result leaks recorded per parameter, as gc */

typedef struct Location Location;
typedef struct EFunc EFunc;

/* Why a value flowed, for -m=2: "address-of", "call parameter" ... */
typedef struct Note {
    const char *why;
    const Expr *where;          /* printed as gc prints the node */
    const char *text;           /* or this (statements: "x = &y", "return x") */
    Pos pos;
    struct Note *next;
} Note;

/* An assignment src -> the location holding the edge: the destination
 * receives src's value dereferenced `derefs` times (-1: src's address). */
typedef struct Edge {
    Location *src;
    int derefs;
    Note *notes;
} Edge;

typedef enum LocKind {
    LOC_VAR,        /* a variable (local, parameter, named result) */
    LOC_RESULT,     /* an unnamed result: ~r0 ... */
    LOC_SITE,       /* an allocation: &T{}, new, make, literals, boxes ... */
    LOC_TEMP,       /* a value in flight (range operands, defers) */
    LOC_HEAP,       /* the heap: everything reachable from here escapes */
    LOC_BLANK,      /* _ and discarded values: nothing is reachable from here */
    LOC_DEFER       /* what deferred calls use: lives until the frame ends */
} LocKind;

struct Location {
    LocKind kind;
    Symbol *var;                /* LOC_VAR */
    const EscapeSite *site;     /* LOC_SITE */
    EFunc *fn;                  /* the function it belongs to */
    int loop_depth;
    int result_index;           /* results: 0, 1 ... */
    Pos report_pos;             /* where -m names it, when not its declaration */
    bool is_param, is_result;
    Vec(Edge) edges;            /* incoming: who flows into this */
    /* verdicts */
    bool escapes;               /* must be on the heap (gc's decision) */
    bool outlives_body;         /* used by a deferred call: go2c keeps it on the heap */
    bool transient;
    const char *why;            /* why it is on the heap, for the C's comments */
    bool addrtaken, reassigned;
    /* parameter summaries: the fewest derefs with which the parameter's
     * value reaches the heap or result i; -1: never */
    int leak_heap;
    int leak_result[MAX_RESULTS];
    /* the walk */
    unsigned walkgen;
    int derefs;
    Location *dst;              /* where the walk came from, for -m=2 */
    int dst_edge;
    bool queued;
    Vec(const char *) explain;  /* -m=2 lines */
    Vec(const Location *) path_roots; /* the roots explained already */
};

typedef Vec(Location *) LocVec;

/* One step of a flow path: src's value flows into dst, by dst->edges[edge]. */
typedef struct Hop {
    Location *src, *dst;
    int edge;
} Hop;

/* A function (declared or literal) in the batch being analysed. */
struct EFunc {
    Decl *decl;                 /* declared function or method, or NULL */
    Expr *lit;                  /* a func literal, or NULL */
    EFunc *outer;               /* the function a literal is in */
    const char *name;           /* for messages: "main.f" */
    const char *short_name;     /* as gc names it in its own messages: "f", "(*T).m" */
    Stmt *body;
    Expr *ftype;                /* EXPR_FUNC_TYPE */
    Field *recv;
    Type *type;
    LocVec params, results;     /* receiver first */
    int nlits;                  /* literals numbered inside it: f.func1 ... */
    const Symbol **captures;    /* a literal: the variables it uses from outside */
    int ncaptures;
    bool analysed;              /* its summary (param leaks) is final */
    bool external;              /* declared without a body */
    int batch;                  /* the SCC it was analysed in */
};

typedef struct Hole {
    Location *dst;
    int derefs;
    Note *notes;
} Hole;

typedef struct Analysis {
    Compilation *comp;
    Arena *arena;
    Package *pkg;
    Vec(EFunc *) funcs;
    EFunc *init_fn;             /* package-level initializers */
    Vec(EFunc *) externals;     /* functions without bodies */
    LocVec locs;                /* every location of the current batch */
    LocVec all_locs;            /* of every batch, for the report */
    Location heap, blank;
    int batch;
    /* per function being walked */
    EFunc *cur;
    int loop_depth;
    Location *defer_loc;
    bool explain;               /* record -m=2 explanations */
    Location *explaining;       /* whose explanation is being recorded */
    bool paths_only;            /* explanations for the tools, not the -m=2 report */
    bool all_paths_done;
    Vec(Edge) heap_edges;       /* the heap's incoming edges of finished batches (for dumps) */
    unsigned walkgen_base;
    void *captured;             /* Symbol -> itself: some literal uses it */
    void *static_values;        /* Symbol -> the value a local is defined as (gc's StaticValue) */
    void *devirtualized;        /* call Expr -> the concrete receiver type gc calls it on */
    Vec(const char *) devirt_lines; /* -m lines of gc's devirtualization pass, */
    Vec(Pos) devirt_pos;            /* which runs (and prints) before escape analysis */
    void *looping_labels;       /* labeled statements a later goto jumps back to */
    void *assigned;             /* Symbol -> itself: assigned after its declaration */
    void *addressed;            /* Symbol -> itself: its address is taken */
    void *static_data;          /* Expr -> itself: gc lays it out statically */
    void *static_boxes;         /* Expr -> itself: so is its interface box */
    /* lookups */
    void *var_table;            /* Symbol -> Location */
    void *site_table;           /* Expr -> EscapeSite */
    void *func_table;           /* Symbol / Expr -> EFunc */
    EscapeResult *result;
} Analysis;

/* graph.c */
void esc_build_function(Analysis *a, EFunc *f);
void esc_declare_params(Analysis *a, EFunc *f);
Location *esc_new_loc(Analysis *a, LocKind kind, EFunc *fn);
Location *esc_var_loc(Analysis *a, Symbol *s);      /* NULL: not tracked */
EFunc *esc_func_of_symbol(Analysis *a, const Symbol *s);
EFunc *esc_func_of_lit(Analysis *a, const Expr *lit);
void esc_collect_funcs(Analysis *a);
/* gc's capture decision: by value when never reassigned, never
 * addressed and at most 128 bytes */
bool esc_capture_by_value(Analysis *a, Symbol *s);

/* escape.c */
EscapeSite *esc_add_site(Analysis *a, SiteKind kind, Expr *e, Pos pos);
void esc_solve(Analysis *a);
int esc_type_size(const Type *t);

/* tags.c: a library function's parameter summary (heap derefs, -1 for
 * none) for parameter i; false when go2c knows nothing about it */
bool esc_library_tag(const char *pkg, const char *name, int param, int *heap_derefs,
                     int *result, int *result_derefs);

/* assert.c: //go2c:stack directives, reported as errors */
void esc_check_assertions(Analysis *a);

bool esc_outlives(const Location *root, const Location *l);
const char *esc_heap_reason(Analysis *a, const Note *notes);

/* paths.c: every path that makes a location escape, for the tools */
void esc_all_paths(Analysis *a);

/* report.c */
void esc_explain(Analysis *a, Location *l, Location *root, int derefs, bool leak);
void esc_explain_hops(Analysis *a, Location *l, const Hop *hops, int n);
bool esc_has_path_to(Location *l, const Location *root);
const char *esc_node_string(Analysis *a, const Expr *e);
const char *esc_site_name(Analysis *a, const EscapeSite *s);
const char *esc_type_string(Analysis *a, const Type *t);
void esc_note_line(Analysis *a, Pos pos, const char *text);  /* a -m line */
void esc_note_line2(Analysis *a, Pos pos, const char *text); /* a -m=2 line */
void esc_note_devirtualized(Analysis *a, Pos pos, const char *text);
void esc_finish_report(Analysis *a);

#endif
