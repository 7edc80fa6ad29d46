/*
 * ast.h — the abstract syntax tree, the parser's output.
 *
 * Every node is a tagged struct: `kind`, `pos`, then a union whose member
 * is named after the kind (the table below says which member each kind
 * uses).  Types are expressions, as in Go's own go/ast: `[]int`, `*T` and
 * `map[K]V` are Exprs, because in `a[b]` or `*p` only the type checker can
 * tell a type from a value.
 *
 * The parser fills the syntax fields.  Fields marked "sema" are empty after
 * parsing; the type checker fills them in, and later phases read them.
 */
#ifndef GO2C_AST_H
#define GO2C_AST_H

#include "../base/base.h"
#include "../lexer/lexer.h"

struct Type;      /* sema: a type */
struct Symbol;    /* sema: what a name denotes */
struct ConstVal;  /* sema: a constant's exact value */

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Decl Decl;
typedef struct Field Field;

typedef Vec(Expr *) ExprVec;
typedef Vec(Stmt *) StmtVec;
typedef Vec(Decl *) DeclVec;
typedef Vec(Field *) FieldVec;

/* ---- expressions --------------------------------------------------- */

/* X(kind, dump name, union member) */
#define EXPR_KINDS(X)                                                          \
    X(EXPR_BAD, "Bad", bad)                 /* after a syntax error */         \
    X(EXPR_IDENT, "Ident", ident)                                              \
    X(EXPR_BASIC_LIT, "BasicLit", lit)      /* INT FLOAT IMAG RUNE STRING */   \
    X(EXPR_COMPOSITE_LIT, "CompositeLit", composite)                           \
    X(EXPR_FUNC_LIT, "FuncLit", func_lit)                                      \
    X(EXPR_PAREN, "Paren", paren)                                              \
    X(EXPR_SELECTOR, "Selector", selector)  /* x.sel */                        \
    X(EXPR_INDEX, "Index", index)           /* x[i], also x[T1, T2] */         \
    X(EXPR_SLICE, "Slice", slice)           /* x[lo:hi:max] */                 \
    X(EXPR_TYPE_ASSERT, "TypeAssert", assert) /* x.(T); x.(type): T NULL */    \
    X(EXPR_CALL, "Call", call)                                                 \
    X(EXPR_STAR, "Star", star)              /* *x: deref or pointer type */    \
    X(EXPR_UNARY, "Unary", unary)           /* + - ! ^ & <- ~ */               \
    X(EXPR_BINARY, "Binary", binary)                                           \
    X(EXPR_KEY_VALUE, "KeyValue", key_value) /* in composite literals */       \
    X(EXPR_ARRAY_TYPE, "ArrayType", array_type) /* [N]T, [...]T, []T */        \
    X(EXPR_STRUCT_TYPE, "StructType", struct_type)                             \
    X(EXPR_FUNC_TYPE, "FuncType", func_type)                                   \
    X(EXPR_INTERFACE_TYPE, "InterfaceType", interface_type)                    \
    X(EXPR_MAP_TYPE, "MapType", map_type)                                      \
    X(EXPR_CHAN_TYPE, "ChanType", chan_type)                                   \
    X(EXPR_ELLIPSIS, "Ellipsis", ellipsis)  /* ...T as last parameter type */

typedef enum ExprKind {
#define X(kind, name, member) kind,
    EXPR_KINDS(X)
#undef X
} ExprKind;

typedef enum ChanDir { CHAN_BOTH, CHAN_SEND, CHAN_RECV } ChanDir;

/* A field of a struct, a parameter or result, or an interface element.
 * names is empty for an embedded field, an unnamed parameter, or an
 * interface's embedded type / type-set term. */
struct Field {
    Pos pos;
    ExprVec names;     /* EXPR_IDENT */
    Expr *type;        /* NULL only for `x.(type)` style internals */
    Expr *tag;         /* struct tags: EXPR_BASIC_LIT string, or NULL */
};

/* Positions follow gc's syntax package: a node sits at its operator or
 * keyword where it has one - Selector and TypeAssert at the `.`, Index and
 * Slice at `[`, Call at `(` (conversions are Calls), Paren at `(`,
 * CompositeLit at its `{`, KeyValue at the `:`, Unary/Binary/Star at the
 * operator, types at their first token (ChanType at `chan` or `<-`) - and
 * otherwise at its first token.  ast_start_pos gives the start.
 * Statements: Assign, IncDec and Send at the operator, Range at `for`,
 * ExprStmt at the expression's start, others at their first token. */
struct Expr {
    ExprKind kind;
    Pos pos;           /* see each kind; the operator for binary exprs */
    struct Type *type;         /* sema: the expression's type */
    struct ConstVal *cval;     /* sema: value if a constant */
    int sema_mode;             /* sema: value, type, builtin, ... */
    union {
        struct { int dummy; } bad;
        struct {
            const char *name;
            struct Symbol *sym;        /* sema */
        } ident;
        struct {
            TokenKind kind;            /* TOK_INT ... TOK_STRING */
            const char *text;          /* source spelling */
            const char *str;           /* TOK_STRING: decoded bytes */
            size_t str_len;
            int32_t rune;              /* TOK_RUNE: decoded value */
            bool bad;                  /* the lexer reported an error */
        } lit;
        struct {
            Expr *type;                /* NULL when elided in a literal */
            ExprVec elts;              /* values or EXPR_KEY_VALUE */
            Pos lbrace, rbrace;
        } composite;
        struct {
            Expr *type;                /* EXPR_FUNC_TYPE */
            Stmt *body;
        } func_lit;
        struct { Expr *x; } paren;
        struct { Expr *x; Expr *sel; /* EXPR_IDENT */ } selector;
        struct { Expr *x; ExprVec indices; Pos rbrack; } index;
        struct {
            Expr *x, *lo, *hi, *max;   /* any may be NULL but x */
            bool three;                /* x[lo:hi:max] form */
            Pos rbrack;
        } slice;
        struct { Expr *x; Expr *type; /* NULL for .(type) */ } assert;
        struct {
            Expr *fun;
            ExprVec args;
            bool has_ellipsis;         /* f(xs...) */
            Pos rparen;
        } call;
        struct { Expr *x; } star;
        struct { TokenKind op; Expr *x; } unary;
        struct { TokenKind op; Expr *x, *y; } binary;
        struct { Expr *key, *value; } key_value;
        struct {
            Expr *len;                 /* NULL: slice; EXPR_ELLIPSIS: [...]T */
            Expr *elem;
        } array_type;
        struct { FieldVec fields; } struct_type;
        struct {
            FieldVec tparams;          /* type parameters (FuncDecl only) */
            FieldVec params, results;
        } func_type;
        struct {
            FieldVec methods;          /* named: methods; unnamed: embedded
                                          types and type-set terms */
        } interface_type;
        struct { Expr *key, *value; } map_type;
        struct { ChanDir dir; Expr *elem; } chan_type;
        struct { Expr *elem; /* NULL in [...]T */ } ellipsis;
    };
};

/* ---- statements ---------------------------------------------------- */

#define STMT_KINDS(X)                                                          \
    X(STMT_BAD, "Bad", bad)                                                    \
    X(STMT_DECL, "Decl", decl)             /* const/var/type in a block */     \
    X(STMT_EMPTY, "Empty", empty)                                              \
    X(STMT_LABELED, "Labeled", labeled)                                        \
    X(STMT_EXPR, "ExprStmt", expr)                                             \
    X(STMT_SEND, "Send", send)                                                 \
    X(STMT_INC_DEC, "IncDec", inc_dec)                                         \
    X(STMT_ASSIGN, "Assign", assign)       /* = := op= */                      \
    X(STMT_GO, "Go", go)                                                       \
    X(STMT_DEFER, "Defer", defer)                                              \
    X(STMT_RETURN, "Return", ret)                                              \
    X(STMT_BRANCH, "Branch", branch)       /* break continue goto fallthrough*/\
    X(STMT_BLOCK, "Block", block)                                              \
    X(STMT_IF, "If", if_)                                                      \
    X(STMT_CASE, "CaseClause", case_)      /* in switch and type switch */     \
    X(STMT_SWITCH, "Switch", switch_)                                          \
    X(STMT_TYPE_SWITCH, "TypeSwitch", type_switch)                             \
    X(STMT_COMM, "CommClause", comm)       /* in select */                     \
    X(STMT_SELECT, "Select", select)                                           \
    X(STMT_FOR, "For", for_)                                                   \
    X(STMT_RANGE, "Range", range)

typedef enum StmtKind {
#define X(kind, name, member) kind,
    STMT_KINDS(X)
#undef X
} StmtKind;

struct Stmt {
    StmtKind kind;
    Pos pos;
    union {
        struct { int dummy; } bad;
        struct { DeclVec decls; } decl;
        struct { bool implicit; /* an inserted ';' */ } empty;
        struct {
            Expr *label;               /* EXPR_IDENT */
            Stmt *stmt;
            struct Symbol *sym;        /* sema */
        } labeled;
        struct { Expr *x; } expr;
        struct { Expr *chan, *value; } send;
        struct { Expr *x; TokenKind op; /* TOK_INC or TOK_DEC */ } inc_dec;
        struct {
            ExprVec lhs;
            TokenKind op;              /* TOK_ASSIGN, TOK_DEFINE, TOK_ADD_ASSIGN... */
            ExprVec rhs;
        } assign;
        struct { Expr *call; } go;
        struct { Expr *call; } defer;
        struct { ExprVec results; } ret;
        struct {
            TokenKind tok;             /* TOK_BREAK TOK_CONTINUE TOK_GOTO TOK_FALLTHROUGH */
            Expr *label;               /* may be NULL */
            Stmt *target;              /* sema: the statement it leaves/continues */
        } branch;
        struct { StmtVec stmts; Pos rbrace; } block;
        struct {
            Stmt *init;                /* may be NULL */
            Expr *cond;
            Stmt *then;                /* STMT_BLOCK */
            Stmt *else_;               /* NULL, STMT_IF or STMT_BLOCK */
        } if_;
        struct {
            ExprVec list;              /* empty for `default` */
            bool is_default;
            StmtVec body;
            struct Symbol *implicit;   /* sema: type switch's per-case var */
            Pos colon;                 /* where gc declares that var */
        } case_;
        struct {
            Stmt *init;
            Expr *tag;                 /* NULL: switch { ... } means true */
            StmtVec clauses;           /* STMT_CASE */
            Pos lbrace;
        } switch_;
        struct {
            Stmt *init;
            Expr *bind;                /* x in `switch x := y.(type)`, or NULL */
            Expr *x;                   /* y (the EXPR_TYPE_ASSERT's operand) */
            StmtVec clauses;
            Pos lbrace;
        } type_switch;
        struct {
            Stmt *comm;                /* send, receive; NULL for default */
            StmtVec body;
        } comm;
        struct { StmtVec clauses; } select;
        struct {
            Stmt *init;
            Expr *cond;                /* NULL: forever */
            Stmt *post;
            Stmt *body;
        } for_;
        struct {
            Expr *key, *value;         /* either may be NULL */
            bool define;               /* := rather than = */
            Expr *x;
            Stmt *body;
            Pos range_kw;              /* where gc places the range */
        } range;
    };
};

/* ---- declarations -------------------------------------------------- */

#define DECL_KINDS(X)                                                          \
    X(DECL_BAD, "Bad", bad)                                                    \
    X(DECL_IMPORT, "Import", import)                                           \
    X(DECL_CONST, "Const", value)                                              \
    X(DECL_VAR, "Var", value)                                                  \
    X(DECL_TYPE, "Type", type)                                                 \
    X(DECL_FUNC, "Func", func)

typedef enum DeclKind {
#define X(kind, name, member) kind,
    DECL_KINDS(X)
#undef X
} DeclKind;

/* Each spec of a grouped declaration `const ( a = iota; b )` is its own
 * Decl; the parser numbers them (iota) and links a const spec without
 * values to the last one that had them (implicit_from). */
struct Decl {
    DeclKind kind;
    Pos pos;
    union {
        struct { int dummy; } bad;
        struct {
            Expr *name;                /* EXPR_IDENT or NULL; `.` and `_` too */
            Expr *path;                /* EXPR_BASIC_LIT string */
        } import;
        struct {
            ExprVec names;             /* EXPR_IDENT */
            Expr *type;                /* may be NULL */
            ExprVec values;            /* may be empty */
            int iota;                  /* index in its group */
            Decl *implicit_from;       /* const: spec whose values repeat */
        } value;
        struct {
            Expr *name;
            FieldVec tparams;
            bool alias;                /* type A = B */
            Expr *type;
        } type;
        struct {
            Field *recv;               /* NULL for plain functions */
            Expr *name;
            Expr *type;                /* EXPR_FUNC_TYPE (tparams inside) */
            Stmt *body;                /* NULL: declared without body */
            struct Symbol *sym;        /* sema */
        } func;
    };
};

typedef struct File {
    SourceFile *source;
    Pos pos;
    Expr *package;                     /* EXPR_IDENT */
    DeclVec imports;                   /* DECL_IMPORT */
    DeclVec decls;                     /* everything else, in order */
    /* Compiler directives before a declaration that cannot take them
     * (//go:noinline before a var): gc reports these only when the
     * package has no other error, so the driver does (parser/directives.c). */
    Vec(Pos) misplaced_directives;
} File;

/* ---- constructors (used by the grammar) and the dump --------------- */

Expr *ast_expr(Arena *a, ExprKind kind, Pos pos);
Stmt *ast_stmt(Arena *a, StmtKind kind, Pos pos);
Decl *ast_decl(Arena *a, DeclKind kind, Pos pos);
Field *ast_field(Arena *a, Pos pos);
Expr *ast_ident(Arena *a, Pos pos, const char *name);

/* Where an expression starts, as gc's syntax.StartPos: `a.b(c)` sits at
 * its `(` but starts at `a`; types2 reports most errors there. */
Pos ast_start_pos(const Expr *e);
/* The expression as Go source, the way gc quotes it in messages
 * (literal bodies elided as {…}). */
const char *ast_expr_string(Arena *a, const Expr *e);

const char *ast_expr_kind_name(ExprKind k);
const char *ast_stmt_kind_name(StmtKind k);
const char *ast_decl_kind_name(DeclKind k);

/* A pre-order walk over a subtree: `expr`/`stmt`/`decl` (each may be
 * NULL) see every node; returning false skips the node's children. */
typedef struct AstVisitor {
    bool (*expr)(struct AstVisitor *v, Expr *e);
    bool (*stmt)(struct AstVisitor *v, Stmt *s);
    bool (*decl)(struct AstVisitor *v, Decl *d);
    void *data;
} AstVisitor;

void ast_walk_expr(AstVisitor *v, Expr *e);
void ast_walk_stmt(AstVisitor *v, Stmt *s);
void ast_walk_decl(AstVisitor *v, Decl *d);

/* `go2c dump ast`: the tree, indented, one node a line, with positions
 * as line:col.  Stable: tests compare it. */
void ast_dump(StrBuf *out, Compilation *c, const File *f);

#endif
