/*
 * build.h — the parser's private half: parser state and the tree builders
 * that the grammar's actions call.
 *
 * Not a phase header: only grammar.y and build.c include it.  The public
 * interface of the parser is parser.h (parse_file) and ast.h (the tree).
 *
 * The builders are constructors with a little checking: they make one node
 * from the pieces a grammar rule has matched and report what the grammar
 * cannot express but gc's parser rejects ("mixed named and unnamed
 * parameters", "expression in go must be function call", ...).  They
 * resolve nothing and type nothing; that is sema's job.
 */
#ifndef GO2C_PARSER_BUILD_H
#define GO2C_PARSER_BUILD_H

#include "ast.h"

/* A bison location: the first byte of a rule's first token and one past
 * the last byte of its last.  Nodes keep only `pos`. */
typedef struct Loc {
    Pos pos, end;
} Loc;

/* Call arguments, and whether they ended in `...`. */
typedef struct ArgList {
    ExprVec list;
    bool dots;
} ArgList;

/* A list of expressions or types and whether a comma ended it: `x[N]T`
 * is an array only if the brackets held one expression and no comma. */
typedef struct TypeList {
    ExprVec list;
    bool comma;
} TypeList;

/* An if/switch header `init; x` or a for clause `init; cond; post`. */
typedef struct Header {
    Stmt *init, *cond, *post;
    bool has_semi;          /* saw the `;`: `if x; {` is not `if x {` */
    Pos semi;               /* where the (last) `;` was */
    const char *semi_text;  /* ";" "newline" or "EOF" */
} Header;

/* Where a declaration begins, and whether it is a function's or a type
 * spec's (not an alias): the directives gc lets stand before each. */
typedef struct DeclStart {
    Pos pos;
    bool func, type_spec;
} DeclStart;

typedef struct Parser {
    Compilation *comp;
    Arena *arena;
    Lexer lx;
    File *file;

    /* Tokens read ahead by the type-declaration bracket check (see
     * classify_bracket in grammar.y); yylex drains them first. */
    Vec(Token) ahead;
    int ahead_pos;

    /* Where yylex is in a type declaration, for the bracket check. */
    int depth;              /* ( [ { nesting */
    int type_group_depth;   /* depth inside `type (`, or -1 */
    int spec_state;         /* 0 none, 1 may start a spec, 2 saw its name */
    TokenKind prev_kind;    /* the token before the current one */

    /* Error reporting: gc reports at most one syntax error a line, and
     * nothing at EOF once something was reported. */
    int last_error_line;
    int nerrors;
    int diags_before;       /* diagnostics from earlier files */
    bool skip_to_decl;      /* recovering at top level: see yylex */
    int *errstatus;         /* bison's yyerrstatus ("Error recovery", grammar.y) */
    bool close_block;       /* the error ends a block (ditto) */
    Token last;             /* the token yylex returned last */
    Token before_last;      /* and the one before it */
    Pos msg_pos;            /* where syntax_message wants its error, or NOPOS */
    Token pending;          /* a token held back behind a made-up ';' */
    bool has_pending;

    /* The tokens that begin a declaration, which takes the compiler
     * directives before it (directives.c): the `func` of a function, the
     * `type`, `var` or `const` of a spec, or a spec's name in a group. */
    Vec(DeclStart) decl_starts;
} Parser;

/* directives.c: "misplaced compiler directive" and the other checks gc
 * makes of //go: lines, once the file is parsed. */
void parse_check_directives(Parser *p);

/* ---- helpers for lists ------------------------------------------------ */

ExprVec build_exprs1(Parser *p, Expr *x);
StmtVec build_stmts_add(Parser *p, StmtVec v, Stmt *s);
FieldVec build_fields1(Parser *p, Field *f);
DeclVec build_decls1(Parser *p, Decl *d);

/* ---- expressions ------------------------------------------------------- */

Expr *build_bad_expr(Parser *p, Pos pos);
Expr *build_ident(Parser *p, Token t);
Expr *build_literal(Parser *p, Token t);
Expr *build_unary(Parser *p, Token op, Expr *x);
Expr *build_binary(Parser *p, Token op, Expr *x, Expr *y);
Expr *build_paren(Parser *p, Pos lparen, Expr *x);
Expr *build_selector(Parser *p, Pos dot, Expr *x, Token sel);
Expr *build_assert(Parser *p, Pos dot, Expr *x, Expr *type);
Expr *build_index(Parser *p, Pos lbrack, Expr *x, TypeList idx, Pos rbrack);
Expr *build_slice(Parser *p, Pos lbrack, Expr *x, Expr *lo, Expr *hi,
                  Expr *max, bool three, Pos colon2, Pos rbrack);
Expr *build_call(Parser *p, Pos lparen, Expr *fun, ArgList args, Pos rparen);
/* A declaration starts at pos (a keyword, or a spec's name in a group). */
void build_note_decl(Parser *p, Pos pos, Decl *d);
/* Each spec of a group starts at its name. */
void build_note_group(Parser *p, DeclVec specs);
Expr *build_composite(Parser *p, Pos lbrace, Expr *type, ExprVec elts,
                      Pos rbrace);
Expr *build_key_value(Parser *p, Pos colon, Expr *key, Expr *value);
Expr *build_func_lit(Parser *p, Expr *type, Stmt *body);

/* ---- types ------------------------------------------------------------- */

Expr *build_array_type(Parser *p, Pos lbrack, Expr *len, Expr *elem);
Expr *build_dots_array_type(Parser *p, Pos lbrack, Pos dots, Expr *elem);
Expr *build_star(Parser *p, Pos star, Expr *x);
Expr *build_map_type(Parser *p, Pos pos, Expr *key, Expr *value);
Expr *build_chan_type(Parser *p, Pos pos, ChanDir dir, Expr *elem);
Expr *build_func_type(Parser *p, Pos pos, FieldVec params, FieldVec results);
Expr *build_struct_type(Parser *p, Pos pos, FieldVec fields);
Expr *build_interface_type(Parser *p, Pos pos, FieldVec elems);
Expr *build_ellipsis(Parser *p, Pos pos, Expr *elem);
/* `T[A, B]` in a type context. */
Expr *build_instance(Parser *p, Pos lbrack, Expr *x, TypeList args, Pos rbrack);

Field *build_field(Parser *p, Pos pos, ExprVec names, Expr *type, Expr *tag);
/* A struct field `a [N]T` or embedded generic `T[A]`, told apart by
 * whether a type follows the brackets (elem NULL: embedded). */
Field *build_bracket_field(Parser *p, Token name, Pos lbrack, TypeList list,
                           Pos rbrack, Expr *elem, Expr *tag);
/* One entry of a parameter list: names has at most one name.  An entry
 * with no name whose type is a plain identifier may turn out to be a name
 * (`a, b int`); build_params decides, as gc does. */
Field *build_param(Parser *p, Pos pos, Expr *name, Expr *type);
FieldVec build_params(Parser *p, FieldVec entries);
Field *build_method_elem(Parser *p, Token name, Expr *sig);
/* Forms gc parses only to reject: `(T)` embedded, `(T){}`, `a ...`. */
Field *build_paren_embedded(Parser *p, Pos lparen, Expr *type, Expr *tag);
Expr *build_paren_composite(Parser *p, Pos lbrace, Expr *type, ExprVec elts,
                            Pos rbrace);
Expr *build_missing_type(Parser *p, Pos pos);

/* ---- statements -------------------------------------------------------- */

Stmt *build_bad_stmt(Parser *p, Pos pos);
Stmt *build_decl_stmt(Parser *p, Pos pos, DeclVec decls);
Stmt *build_expr_stmt(Parser *p, Expr *x);
Stmt *build_send(Parser *p, Pos arrow, Expr *ch, Expr *v);
Stmt *build_inc_dec(Parser *p, Token op, Expr *x);
Stmt *build_assign(Parser *p, Token op, ExprVec lhs, ExprVec rhs);
Stmt *build_labeled(Parser *p, Token label, Stmt *s, Pos colon);
Stmt *build_call_stmt(Parser *p, Token kw, Expr *call);
Stmt *build_return(Parser *p, Pos pos, ExprVec results);
Stmt *build_branch(Parser *p, Token kw, Expr *label);
Stmt *build_block(Parser *p, Pos lbrace, StmtVec stmts, Pos rbrace);
Stmt *build_if(Parser *p, Pos pos, Header h, Stmt *then, Stmt *else_);
Stmt *build_for(Parser *p, Pos pos, Header h, Stmt *body);
Stmt *build_range(Parser *p, Pos pos, Pos range_kw, ExprVec lhs, bool define, Expr *x);
Stmt *build_range_for(Parser *p, Pos pos, Stmt *range, Stmt *body);
Stmt *build_switch(Parser *p, Pos pos, Header h, Pos lbrace, StmtVec clauses);
Stmt *build_case(Parser *p, Pos pos, Pos colon, ExprVec list, bool is_default,
                 StmtVec body);
Stmt *build_select(Parser *p, Pos pos, StmtVec clauses);
Stmt *build_comm(Parser *p, Pos pos, Stmt *comm, StmtVec body);

/* ---- declarations ------------------------------------------------------ */

Decl *build_bad_decl(Parser *p, Pos pos);
Decl *build_import(Parser *p, Expr *name, Token path);
Decl *build_value_spec(Parser *p, DeclKind kind, ExprVec names, Expr *type,
                       ExprVec values);
/* Numbers a const or var group and links implicit const repetitions. */
DeclVec build_group(Parser *p, DeclVec specs);
Decl *build_type_spec(Parser *p, Token name, FieldVec tparams, bool alias,
                      Expr *type);
Decl *build_func_decl(Parser *p, Pos pos, FieldVec recv, Pos recv_pos,
                      Token name, FieldVec tparams, Expr *sig, Stmt *body);
void build_add_decls(Parser *p, DeclVec *to, DeclVec decls);

#endif
