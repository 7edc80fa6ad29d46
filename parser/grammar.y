/*
 * grammar.y — Go 1.19's syntax as a bison grammar; phase 2 of go2c.
 *
 * The grammar is LALR(1), pure and reentrant: all state lives in a Parser
 * (parser/build.h) passed to yyparse and yylex, and there is no global
 * variable.  Actions only call constructors (parser/build.c); the rules
 * follow the sections of the Go spec, and their banners are named after
 * them.
 *
 * Go is not LALR(1) as the spec writes it.  Four devices make it so, the
 * first three as Go 1.4's go.y did:
 *
 *  1. Body braces.  `if x == T{} {` must open the if body at the first `{`.
 *     The lexer returns LBODY for a `{` after if/for/switch/select outside
 *     ( and [ (see lexer.h), so `name {` in a header never starts a
 *     composite literal.  A literal of a type that cannot be mistaken for
 *     an expression (`[]int{1}`, `map[K]V{}`, `struct{...}{}`) and a func
 *     literal accept either brace (`lbrace`) and, when theirs was an LBODY,
 *     re-arm the lexer after their `}` so that the header's real body is
 *     still found.  This relies on bison's default reductions: the rules
 *     that end in that `}` are the only item of the state after it, so
 *     bison reduces them - and the action calls lexer_rearm - before it
 *     reads the next token.  Should a change to the grammar give such a
 *     state a second item, the `{` after it would already be lexed and
 *     `for _, v := range []int{1} {` would break: test_parser checks it.
 *
 *  2. Types are expressions in some places (conversions, arguments of
 *     make/new, type switch cases, index lists of generic instances).  The
 *     expression grammar has its own `non_expr_type` for the types that do
 *     not already parse as expressions (`[]int`, `*[]int`, `func()`, ...).
 *
 *  3. Parameter lists are parsed as lists of "name or type" entries and
 *     sorted out afterwards (build_params), as gc does; a struct field or
 *     parameter `a [N]T` and an embedded or unnamed generic `T[A]` share a
 *     prefix until the token after `]` tells them apart.
 *
 *  4. In a type declaration, `type T[P any] ...` (type parameters) and
 *     `type T [N]int` (an array) cannot be told apart by one token.  yylex
 *     looks ahead within the brackets, by gc's rule, and hands the grammar
 *     a distinct TPARAM_LBRACK for the first (classify_bracket).
 *
 * Syntax errors are reported by yyreport_syntax_error in gc's words; see
 * the comment there.  As gc, report() keeps at most one syntax error a
 * line and none at EOF after the first.
 *
 * Error recovery.  gc's recursive-descent parser recovers locally: the
 * construct that finds the error skips to a token it can go on with
 * (a statement list to `;` or `}`, a list to its closer, the top level to
 * the next declaration keyword) and parsing continues, so errors further
 * on are found.  Bison recovers at the innermost state that can shift
 * the `error` token, then discards tokens until one can follow the error
 * rule.  Four things make the two agree:
 *
 *  1. Error rules where gc resynchronizes: `stmt: error`, each list
 *     element (param, argument, element, field, interface element, spec),
 *     `"case" error stmt_list` (gc wants `:` and skips one token),
 *     `case_clauses: error` (junk before the first case), `else_opt:
 *     "else" error` and `else_opt: error` (junk after an if body), the
 *     if/for/switch headers (`"if" error body`), and `top_decl: error`.
 *     With LAC an error is found before any reduction, so the stack still
 *     holds every unreduced symbol and an error rule inside brackets that
 *     are already closed would catch errors after them: `parameters: "("
 *     params ")"` is a rule of its own so that it is reduced as soon as its
 *     `)` is read, and `func () {` does not land on `param: error`.
 *
 *  2. Reporting after one token.  Bison keeps quiet until three tokens
 *     were shifted after an error (yyerrstatus counts down from 3), which
 *     hides an error on the line after a short recovery.  %initial-action
 *     gives yylex a pointer to yyerrstatus (the variable yyerrok clears);
 *     bison asks for a token only after it shifted or discarded the last
 *     one, so yylex sees 3 when the last token was discarded and 1 or 2
 *     when at least one was shifted, and then clears it.  This cannot
 *     loop: bison discards the look-ahead when an error repeats at 3, that
 *     is with no token shifted since the last error, and 3 is never
 *     lowered; so a token causes at most two errors, one reported and one
 *     that discards it.  (`yyerrok` in an error rule's action can loop: it
 *     runs while the offending token is still the look-ahead, which then
 *     fails again, at 0, and is never discarded.)
 *
 *  3. Closing a block.  A token that cannot start a statement ends gc's
 *     statement list, which then wants its `}` ("unexpected else,
 *     expecting }") and takes the token for it.  syntax_message sets
 *     close_block, and `stmt: error` replaces the look-ahead by a `}`
 *     (bison lets an action change yychar; LAC's context is dropped).
 *
 *  4. The top level.  `top_decl: error` and the top-level messages set
 *     skip_to_decl: yylex skips to the next const/type/var/func as gc
 *     does, and hands bison a `;` first unless it just shifted one.
 *
 * The recoveries still differ (gc's skipping stops at statement keywords;
 * bison's at the tokens that may follow the error rule), so a follow-on
 * error gc reports is sometimes missed and sometimes one is added; the
 * "error recovery" cases of test_parser hold what is known to agree.
 */

%code requires {
#include "parser/build.h"

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                            \
    do {                                                                       \
        if (N) {                                                               \
            (Cur).pos = YYRHSLOC(Rhs, 1).pos;                                  \
            (Cur).end = YYRHSLOC(Rhs, N).end;                                  \
        } else {                                                               \
            (Cur).pos = (Cur).end = YYRHSLOC(Rhs, 0).end;                      \
        }                                                                      \
    } while (0)
}

%code {
#include <string.h>

static int yylex(YYSTYPE *lval, Loc *loc, Parser *p);
static void yyerror(Loc *loc, Parser *p, const char *msg);
static void end_of_clause(Parser *p);
static void report(Parser *p, Pos pos, bool at_eof, const char *msg);
static void end_of_label(Parser *p, Pos colon);
}

%define api.pure full
%define api.location.type {Loc}
%define parse.error custom
%define parse.lac full
%locations
%param {Parser *p}
%expect 0
%initial-action { p->errstatus = &yyerrstatus; }

%union {
    Token tok;
    Expr *expr;
    Stmt *stmt;
    Decl *decl;
    Field *field;
    ExprVec exprs;
    StmtVec stmts;
    DeclVec decls;
    FieldVec fields;
    ArgList args;
    TypeList types;
    Header header;
}

/* Token order matters only for messages that list expected tokens. */
%token <tok> NAME "name"
%token <tok> LITERAL "literal"
%token <tok> BREAK "break" CASE "case" CHAN "chan" CONST "const"
             CONTINUE "continue" DEFAULT "default" DEFER "defer" ELSE "else"
             FALLTHROUGH "fallthrough" FOR "for" FUNC "func" GO "go"
             GOTO "goto" IF "if" IMPORT "import" INTERFACE "interface"
             MAP "map" PACKAGE "package" RANGE "range" RETURN "return"
             SELECT "select" STRUCT "struct" SWITCH "switch" TYPE "type"
             VAR "var"
%token <tok> DEFINE ":=" ASSIGN "=" ASSIGN_OP "op=" COMMA ","
             COLON ":" SEMICOLON ";"
             LPAREN "(" RPAREN ")" LBRACK "[" TPARAM_LBRACK "[ (type parameters)"
             RBRACK "]" LBRACE "{" LBODY "{ (body)" RBRACE "}"
             PERIOD "." ELLIPSIS "..."
             LOR "||" LAND "&&" EQL "==" NEQ "!=" LSS "<" LEQ "<=" GTR ">"
             GEQ ">=" ADD "+" SUB "-" OR "|" XOR "^" MUL "*" QUO "/" REM "%"
             SHL "<<" SHR ">>" AND "&" AND_NOT "&^" ARROW "<-" INC "++"
             DEC "--" NOT "!" TILDE "~"

/* `func()` followed by `(`: the `(` opens the result list (spec: a func
 * type with no result must be parenthesized in a conversion). */
%precedence NotParen
%precedence "("

%left "||"
%left "&&"
%left "==" "!=" "<" "<=" ">" ">="
%left "+" "-" "|" "^"
%left "*" "/" "%" "<<" ">>" "&" "&^"

%type <expr> expr unary_expr primary_expr operand_expr oexpr
             expr_or_type non_expr_type other_type conv_type comp_type
             composite_lit func_lit elem_value lit_value element
             ntype ntype_nolbrack type_lit_b type_lit_nb type_lit_nb_norecv
             non_recvchan_type fnret_type typename qualident
             array_type slice_type pointer_type func_type signature
             struct_type interface_type map_type chan_type recvchan_type
             paren_type constraint term otag
%type <exprs> expr_list name_list elements element_list
%type <types> expr_or_type_list type_list
%type <args> call_args arg_list
%type <tok> lbrace package_clause
%type <field> param field_decl iface_elem tparam_decl
%type <fields> parameters params param_list result tparams_opt tparam_list
               field_decls field_decl_list iface_elems iface_elem_list
%type <stmt> stmt simple_stmt osimple_stmt labeled_stmt if_stmt else_opt
             for_stmt range_clause switch_stmt select_stmt block body
             case_clause comm_clause func_body_opt
%type <stmts> stmt_list case_clauses comm_clauses
%type <header> header for_header
%type <decl> import_spec const_spec var_spec type_spec
%type <decls> declaration import_decl const_decl var_decl type_decl
              import_specs import_spec_list const_specs const_spec_list
              var_specs var_spec_list type_specs type_spec_list func_decl

%start file

%%

/* ==== Source file organization ======================================= */

file:
    package_clause ";" import_decls top_decls
;

/* ==== Package clause ================================================== */

package_clause:
    "package" NAME      { p->file->pos = $1.pos; p->file->package = build_ident(p, $2); $$ = $1; }
|   error               { YYABORT; }
;

/* ==== Import declarations ============================================= */

import_decls:
    %empty
|   import_decls import_decl ";"   { build_add_decls(p, &p->file->imports, $2); }
;

import_decl:
    "import" import_spec                 { $$ = build_decls1(p, $2); }
|   "import" "(" import_specs ")"        { $$ = $3; }
;

import_specs:
    %empty                               { $$ = (DeclVec){0}; }
|   import_spec_list                     { $$ = $1; }
|   import_spec_list ";"                 { $$ = $1; }
;

import_spec_list:
    import_spec                          { $$ = build_decls1(p, $1); }
|   import_spec_list ";" import_spec     { $$ = $1; vec_push(p->arena, &$$, $3); }
;

import_spec:
    LITERAL                              { $$ = build_import(p, NULL, $1); }
|   NAME LITERAL                         { $$ = build_import(p, build_ident(p, $1), $2); }
|   "." LITERAL                          { $$ = build_import(p, build_ident(p, $1), $2); }
|   error                                { $$ = build_bad_decl(p, @1.pos); }
;

/* ==== Declarations and scope ========================================== */

top_decls:
    %empty
|   top_decls top_decl ";"
;

top_decl:
    declaration         { build_add_decls(p, &p->file->decls, $1); }
|   func_decl           { build_add_decls(p, &p->file->decls, $1); }
|   error               { p->skip_to_decl = true; }
;

declaration:
    const_decl
|   type_decl
|   var_decl
;

/* ==== Constant declarations =========================================== */

const_decl:
    "const" const_spec                   { $$ = build_group(p, build_decls1(p, $2)); build_note_decl(p, @1.pos, $2); }
|   "const" "(" const_specs ")"          { $$ = build_group(p, $3); build_note_group(p, $3); }
;

const_specs:
    %empty                               { $$ = (DeclVec){0}; }
|   const_spec_list                      { $$ = $1; }
|   const_spec_list ";"                  { $$ = $1; }
;

const_spec_list:
    const_spec                           { $$ = build_decls1(p, $1); }
|   const_spec_list ";" const_spec       { $$ = $1; vec_push(p->arena, &$$, $3); }
;

const_spec:
    name_list                            { $$ = build_value_spec(p, DECL_CONST, $1, NULL, (ExprVec){0}); }
|   name_list ntype                      { $$ = build_value_spec(p, DECL_CONST, $1, $2, (ExprVec){0}); }
|   name_list "=" expr_list              { $$ = build_value_spec(p, DECL_CONST, $1, NULL, $3); }
|   name_list ntype "=" expr_list        { $$ = build_value_spec(p, DECL_CONST, $1, $2, $4); }
|   error                                { $$ = build_bad_decl(p, @1.pos); }
;

name_list:
    NAME                                 { $$ = build_exprs1(p, build_ident(p, $1)); }
|   name_list "," NAME                   { $$ = $1; vec_push(p->arena, &$$, build_ident(p, $3)); }
;

/* ==== Type declarations =============================================== */

type_decl:
    "type" type_spec                     { $$ = build_decls1(p, $2); build_note_decl(p, @1.pos, $2); }
|   "type" "(" type_specs ")"            { $$ = $3; build_note_group(p, $3); }
;

type_specs:
    %empty                               { $$ = (DeclVec){0}; }
|   type_spec_list                       { $$ = $1; }
|   type_spec_list ";"                   { $$ = $1; }
;

type_spec_list:
    type_spec                            { $$ = build_decls1(p, $1); }
|   type_spec_list ";" type_spec         { $$ = $1; vec_push(p->arena, &$$, $3); }
;

type_spec:
    NAME ntype                           { $$ = build_type_spec(p, $1, (FieldVec){0}, false, $2); }
|   NAME "=" ntype                       { $$ = build_type_spec(p, $1, (FieldVec){0}, true, $3); }
|   NAME TPARAM_LBRACK tparam_list ocomma "]" ntype
                                         { $$ = build_type_spec(p, $1, $3, false, $6); }
|   NAME TPARAM_LBRACK tparam_list ocomma "]" "=" ntype
                                         { $$ = build_type_spec(p, $1, $3, true, $7); }
|   error                                { $$ = build_bad_decl(p, @1.pos); }
;

/* ---- type parameter declarations ---- */

tparam_list:
    tparam_decl                          { $$ = build_fields1(p, $1); }
|   tparam_list "," tparam_decl          { $$ = $1; vec_push(p->arena, &$$, $3); }
;

tparam_decl:
    name_list constraint                 { $$ = build_field(p, @1.pos, $1, $2, NULL); }
;

/* A type constraint: a union of terms `~int | string | T`. */
constraint:
    term
|   constraint "|" term                  { $$ = build_binary(p, $2, $1, $3); }
;

term:
    ntype
|   "~" ntype                            { $$ = build_unary(p, $1, $2); }
;

/* ==== Variable declarations =========================================== */

var_decl:
    "var" var_spec                       { $$ = build_group(p, build_decls1(p, $2)); build_note_decl(p, @1.pos, $2); }
|   "var" "(" var_specs ")"              { $$ = build_group(p, $3); build_note_group(p, $3); }
;

var_specs:
    %empty                               { $$ = (DeclVec){0}; }
|   var_spec_list                        { $$ = $1; }
|   var_spec_list ";"                    { $$ = $1; }
;

var_spec_list:
    var_spec                             { $$ = build_decls1(p, $1); }
|   var_spec_list ";" var_spec           { $$ = $1; vec_push(p->arena, &$$, $3); }
;

var_spec:
    name_list ntype                      { $$ = build_value_spec(p, DECL_VAR, $1, $2, (ExprVec){0}); }
|   name_list ntype "=" expr_list        { $$ = build_value_spec(p, DECL_VAR, $1, $2, $4); }
|   name_list "=" expr_list              { $$ = build_value_spec(p, DECL_VAR, $1, NULL, $3); }
|   error                                { $$ = build_bad_decl(p, @1.pos); }
;

/* ==== Function declarations and method declarations =================== */

func_decl:
    "func" NAME tparams_opt signature func_body_opt
        { $$ = build_decls1(p, build_func_decl(p, @2.pos, (FieldVec){0}, NOPOS, $2, $3, $4, $5));
          build_note_decl(p, @1.pos, $$.data[0]); }
|   "func" parameters NAME tparams_opt signature func_body_opt
        { $$ = build_decls1(p, build_func_decl(p, @2.pos, $2, @2.pos, $3, $4, $5, $6));
          build_note_decl(p, @1.pos, $$.data[0]); }
;

tparams_opt:
    %empty                               { $$ = (FieldVec){0}; }
|   "[" tparam_list ocomma "]"           { $$ = $2; }
|   "[" "]"                              { $$ = (FieldVec){0}; diag_error(&p->comp->diags, @2.pos, "syntax error: empty type parameter list"); }
;

func_body_opt:
    %empty                               { $$ = NULL; }
|   block
;

/* ==== Function types ================================================== */

func_type:
    "func" signature                     { $$ = $2; $$->pos = $1.pos; }
;

signature:
    parameters result                    { $$ = build_func_type(p, @1.pos, $1, $2); }
;

result:
    %empty %prec NotParen                { $$ = (FieldVec){0}; }
|   parameters
|   fnret_type                           { $$ = build_fields1(p, build_param(p, $1->pos, NULL, $1)); }
;

/* A parameter list is reduced as soon as its `)` is read, so that an error
 * after it never lands on `param: error` (see "Error recovery"). */
parameters:
    "(" params ")"                       { $$ = $2; }
;

params:
    %empty                               { $$ = (FieldVec){0}; }
|   param_list ocomma                    { $$ = build_params(p, $1); }
;

param_list:
    param                                { $$ = build_fields1(p, $1); }
|   param_list "," param                 { $$ = $1; vec_push(p->arena, &$$, $3); }
;

/* One parameter entry: a name, a type, or a name and a type. */
param:
    NAME                                 { $$ = build_param(p, @1.pos, NULL, build_ident(p, $1)); }
|   NAME "." NAME                        { $$ = build_param(p, @1.pos, NULL, build_selector(p, $2.pos, build_ident(p, $1), $3)); }
|   NAME "." NAME "[" type_list ocomma "]"
        { $$ = build_param(p, @1.pos, NULL, build_instance(p, $4.pos, build_selector(p, $2.pos, build_ident(p, $1), $3), $5, $7.pos)); }
|   NAME "[" expr_or_type_list ocomma "]"
        { $$ = build_param(p, @1.pos, NULL, build_instance(p, $2.pos, build_ident(p, $1), $3, $5.pos)); }
|   NAME "[" expr_or_type_list ocomma "]" ntype
        { $$ = build_bracket_field(p, $1, $2.pos, $3, $5.pos, $6, NULL); }
|   NAME "[" "]" ntype                   { $$ = build_param(p, @1.pos, build_ident(p, $1), build_array_type(p, $2.pos, NULL, $4)); }
|   NAME ntype_nolbrack                  { $$ = build_param(p, @1.pos, build_ident(p, $1), $2); }
|   NAME "..." ntype                     { $$ = build_param(p, @1.pos, build_ident(p, $1), build_ellipsis(p, $2.pos, $3)); }
|   "..." ntype                          { $$ = build_param(p, @1.pos, NULL, build_ellipsis(p, $1.pos, $2)); }
|   NAME "..."                           { $$ = build_param(p, @1.pos, build_ident(p, $1), build_ellipsis(p, $2.pos, build_missing_type(p, @2.end))); }
|   "..."                                { $$ = build_param(p, @1.pos, NULL, build_ellipsis(p, $1.pos, build_missing_type(p, @1.end))); }
|   error                                { $$ = build_param(p, @1.pos, NULL, build_bad_expr(p, @1.pos)); }
|   type_lit_b                           { $$ = build_param(p, @1.pos, NULL, $1); }
|   type_lit_nb                          { $$ = build_param(p, @1.pos, NULL, $1); }
;

/* ==== Types =========================================================== */

ntype:
    typename
|   type_lit_b
|   type_lit_nb
;

/* A type after a name in a field or parameter: `[` there is handled by
 * the rules for `name [`. */
ntype_nolbrack:
    typename
|   type_lit_nb
;

/* Types that start with `[`. */
type_lit_b:
    array_type
|   slice_type
;

/* Types that start with neither a name nor `[`. */
type_lit_nb:
    type_lit_nb_norecv
|   recvchan_type
;

type_lit_nb_norecv:
    pointer_type
|   func_type
|   struct_type
|   interface_type
|   map_type
|   chan_type
|   paren_type
;

/* spec: "The <- operator associates with the leftmost chan possible":
 * after `chan`, a type starting with `<-` needs parentheses. */
non_recvchan_type:
    typename
|   type_lit_b
|   type_lit_nb_norecv
;

/* A result type: a `(` after the parameters opens a result list. */
fnret_type:
    typename
|   type_lit_b
|   pointer_type
|   func_type
|   struct_type
|   interface_type
|   map_type
|   chan_type
|   recvchan_type
;

paren_type:
    "(" ntype ")"                        { $$ = build_paren(p, $1.pos, $2); }
;

qualident:
    NAME                                 { $$ = build_ident(p, $1); }
|   NAME "." NAME                        { $$ = build_selector(p, $2.pos, build_ident(p, $1), $3); }
;

/* A type name, maybe instantiated: `T`, `pkg.T`, `List[int]`. */
typename:
    qualident
|   qualident "[" type_list ocomma "]"   { $$ = build_instance(p, $2.pos, $1, $3, $5.pos); }
;

type_list:
    ntype                                { $$ = (TypeList){build_exprs1(p, $1), false}; }
|   type_list "," ntype                  { $$ = $1; vec_push(p->arena, &$$.list, $3); }
;

/* ---- array and slice types ---- */

array_type:
    "[" expr "]" ntype                   { $$ = build_array_type(p, $1.pos, $2, $4); }
|   "[" "..." "]" ntype                  { $$ = build_dots_array_type(p, $1.pos, $2.pos, $4); }
;

slice_type:
    "[" "]" ntype                        { $$ = build_array_type(p, $1.pos, NULL, $3); }
;

/* ---- pointer, map and channel types ---- */

pointer_type:
    "*" ntype                            { $$ = build_star(p, $1.pos, $2); }
;

map_type:
    "map" "[" ntype "]" ntype            { $$ = build_map_type(p, $1.pos, $3, $5); }
;

chan_type:
    "chan" non_recvchan_type             { $$ = build_chan_type(p, $1.pos, CHAN_BOTH, $2); }
|   "chan" "<-" ntype                    { $$ = build_chan_type(p, $1.pos, CHAN_SEND, $3); }
;

recvchan_type:
    "<-" "chan" ntype                    { $$ = build_chan_type(p, $1.pos, CHAN_RECV, $3); }
;

/* ---- struct types ---- */

struct_type:
    "struct" lbrace field_decls "}"
        { $$ = build_struct_type(p, $1.pos, $3); if ($2.kind == TOK_LBODY) lexer_rearm(&p->lx, true); }
;

field_decls:
    %empty                               { $$ = (FieldVec){0}; }
|   field_decl_list                      { $$ = $1; }
|   field_decl_list ";"                  { $$ = $1; }
;

field_decl_list:
    field_decl                           { $$ = build_fields1(p, $1); }
|   field_decl_list ";" field_decl       { $$ = $1; vec_push(p->arena, &$$, $3); }
;

field_decl:
    NAME ntype_nolbrack otag
        { $$ = build_field(p, @1.pos, build_exprs1(p, build_ident(p, $1)), $2, $3); }
|   NAME "," name_list ntype otag
        { ExprVec v = build_exprs1(p, build_ident(p, $1));
          for (int i = 0; i < $3.len; i++) vec_push(p->arena, &v, $3.data[i]);
          $$ = build_field(p, @1.pos, v, $4, $5); }
|   NAME "[" "]" ntype otag
        { $$ = build_field(p, @1.pos, build_exprs1(p, build_ident(p, $1)), build_array_type(p, $2.pos, NULL, $4), $5); }
|   NAME "[" expr_or_type_list ocomma "]" ntype otag
        { $$ = build_bracket_field(p, $1, $2.pos, $3, $5.pos, $6, $7); }
|   NAME "[" expr_or_type_list ocomma "]" otag
        { $$ = build_bracket_field(p, $1, $2.pos, $3, $5.pos, NULL, $6); }
|   qualident otag
        { $$ = build_field(p, @1.pos, (ExprVec){0}, $1, $2); }
|   NAME "." NAME "[" type_list ocomma "]" otag
        { $$ = build_field(p, @1.pos, (ExprVec){0}, build_instance(p, $4.pos, build_selector(p, $2.pos, build_ident(p, $1), $3), $5, $7.pos), $8); }
|   "*" typename otag
        { $$ = build_field(p, @1.pos, (ExprVec){0}, build_star(p, $1.pos, $2), $3); }
|   "(" typename ")" otag
        { $$ = build_paren_embedded(p, $1.pos, $2, $4); }
|   "(" "*" typename ")" otag
        { $$ = build_paren_embedded(p, $1.pos, build_star(p, $2.pos, $3), $5); }
|   "*" "(" typename ")" otag
        { $$ = build_paren_embedded(p, $2.pos, build_star(p, $1.pos, $3), $5); }
|   error
        { $$ = build_field(p, @1.pos, (ExprVec){0}, build_bad_expr(p, @1.pos), NULL); }
;

otag:
    %empty                               { $$ = NULL; }
|   LITERAL                              { $$ = build_literal(p, $1); }
;

/* ---- interface types ---- */

interface_type:
    "interface" lbrace iface_elems "}"
        { $$ = build_interface_type(p, $1.pos, $3); if ($2.kind == TOK_LBODY) lexer_rearm(&p->lx, true); }
;

iface_elems:
    %empty                               { $$ = (FieldVec){0}; }
|   iface_elem_list                      { $$ = $1; }
|   iface_elem_list ";"                  { $$ = $1; }
;

iface_elem_list:
    iface_elem                           { $$ = build_fields1(p, $1); }
|   iface_elem_list ";" iface_elem       { $$ = $1; vec_push(p->arena, &$$, $3); }
;

/* A method, or an embedded interface or type-set term union. */
iface_elem:
    NAME signature                       { $$ = build_method_elem(p, $1, $2); }
|   constraint                           { $$ = build_field(p, @1.pos, (ExprVec){0}, $1, NULL); }
|   error
        { $$ = build_field(p, @1.pos, (ExprVec){0}, build_bad_expr(p, @1.pos), NULL); }
;

/* ==== Expressions ===================================================== */

/* ---- operators (spec: Operator precedence) ---- */

expr:
    unary_expr
|   expr "||" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr "&&" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr "==" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr "!=" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr "<" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "<=" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr ">" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr ">=" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr "+" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "-" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "|" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "^" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "*" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "/" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "%" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "&" expr                        { $$ = build_binary(p, $2, $1, $3); }
|   expr "&^" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr "<<" expr                       { $$ = build_binary(p, $2, $1, $3); }
|   expr ">>" expr                       { $$ = build_binary(p, $2, $1, $3); }
;

unary_expr:
    primary_expr
|   "+" unary_expr                       { $$ = build_unary(p, $1, $2); }
|   "-" unary_expr                       { $$ = build_unary(p, $1, $2); }
|   "!" unary_expr                       { $$ = build_unary(p, $1, $2); }
|   "^" unary_expr                       { $$ = build_unary(p, $1, $2); }
|   "&" unary_expr                       { $$ = build_unary(p, $1, $2); }
|   "<-" unary_expr                      { $$ = build_unary(p, $1, $2); }
|   "~" unary_expr                       { $$ = build_unary(p, $1, $2); }
|   "*" unary_expr                       { $$ = build_star(p, $1.pos, $2); }
;

oexpr:
    %empty                               { $$ = NULL; }
|   expr
;

expr_list:
    expr                                 { $$ = build_exprs1(p, $1); }
|   expr_list "," expr                   { $$ = $1; vec_push(p->arena, &$$, $3); }
;

/* Where a type may stand for an expression: arguments, index lists,
 * parentheses, type switch cases. */
expr_or_type:
    expr
|   non_expr_type
;

expr_or_type_list:
    expr_or_type                         { $$ = (TypeList){build_exprs1(p, $1), false}; }
|   expr_or_type_list "," expr_or_type   { $$ = $1; $$.comma = true; vec_push(p->arena, &$$.list, $3); }
;

/* Types that do not parse as expressions already (`T` and `*T` do). */
non_expr_type:
    recvchan_type
|   func_type
|   other_type
|   "*" non_expr_type                    { $$ = build_star(p, $1.pos, $2); }
;

other_type:
    array_type
|   slice_type
|   chan_type
|   map_type
|   struct_type
|   interface_type
;

/* ---- primary expressions ---- */

primary_expr:
    operand_expr
|   "(" expr_or_type ")"                 { $$ = build_paren(p, $1.pos, $2); }
|   "(" expr_or_type ")" "{" elements "}"
        { $$ = build_paren_composite(p, $4.pos, build_paren(p, $1.pos, $2), $5, $6.pos); }
;

operand_expr:
    LITERAL                              { $$ = build_literal(p, $1); }
|   NAME                                 { $$ = build_ident(p, $1); }
|   primary_expr "." NAME                { $$ = build_selector(p, $2.pos, $1, $3); }
|   primary_expr "." "(" ntype ")"       { $$ = build_assert(p, $2.pos, $1, $4); }
|   primary_expr "." "(" "type" ")"      { $$ = build_assert(p, $2.pos, $1, NULL); }
|   primary_expr "[" expr_or_type_list ocomma "]"
                                         { $$ = build_index(p, $2.pos, $1, $3, $5.pos); }
|   primary_expr "[" oexpr ":" oexpr "]"
                                         { $$ = build_slice(p, $2.pos, $1, $3, $5, NULL, false, NOPOS, $6.pos); }
|   primary_expr "[" oexpr ":" oexpr ":" oexpr "]"
                                         { $$ = build_slice(p, $2.pos, $1, $3, $5, $7, true, $6.pos, $8.pos); }
|   primary_expr "(" call_args ")"       { $$ = build_call(p, $2.pos, $1, $3, $4.pos); }
|   conv_type "(" call_args ")"          { $$ = build_call(p, $2.pos, $1, $3, $4.pos); }
|   struct_type "." NAME                 { $$ = build_selector(p, $2.pos, $1, $3); }
|   interface_type "." NAME              { $$ = build_selector(p, $2.pos, $1, $3); }
|   composite_lit
|   func_lit
;

conv_type:
    func_type
|   other_type
;

call_args:
    %empty                               { $$ = (ArgList){{0}, false}; }
|   arg_list ocomma                      { $$ = $1; }
|   arg_list "..." ocomma                { $$ = $1; $$.dots = true; }
;

arg_list:
    expr_or_type                         { $$ = (ArgList){build_exprs1(p, $1), false}; }
|   error                                { $$ = (ArgList){build_exprs1(p, build_bad_expr(p, @1.pos)), false}; }
|   arg_list "," expr_or_type            { $$ = $1; vec_push(p->arena, &$$.list, $3); }
;

ocomma:
    %empty
|   ","
;

/* ---- composite literals ---- */

/* A literal of a named type takes only a plain `{`: in a header, `T {`
 * opens the body.  Other literal types take either brace (see the top). */
composite_lit:
    comp_type lbrace elements "}"
        { $$ = build_composite(p, $2.pos, $1, $3, $4.pos); if ($2.kind == TOK_LBODY) lexer_rearm(&p->lx, true); }
|   operand_expr "{" elements "}"
        { $$ = build_composite(p, $2.pos, $1, $3, $4.pos); }
;

comp_type:
    array_type
|   slice_type
|   map_type
|   struct_type
;

lbrace:
    "{"
|   LBODY
;

lit_value:
    "{" elements "}"                     { $$ = build_composite(p, $1.pos, NULL, $2, $3.pos); }
;

elements:
    %empty                               { $$ = (ExprVec){0}; }
|   element_list ocomma
;

element_list:
    element                              { $$ = build_exprs1(p, $1); }
|   element_list "," element             { $$ = $1; vec_push(p->arena, &$$, $3); }
;

element:
    elem_value
|   error                                { $$ = build_bad_expr(p, @1.pos); }
|   elem_value ":" elem_value            { $$ = build_key_value(p, $2.pos, $1, $3); }
;

elem_value:
    expr
|   lit_value
;

/* ---- function literals ---- */

func_lit:
    func_type lbrace stmt_list "}"
        { $$ = build_func_lit(p, $1, build_block(p, $2.pos, $3, $4.pos)); if ($2.kind == TOK_LBODY) lexer_rearm(&p->lx, true); }
;

/* ==== Statements ====================================================== */

stmt_list:
    stmt                                 { $$ = build_stmts_add(p, (StmtVec){0}, $1); }
|   stmt_list ";" stmt                   { $$ = build_stmts_add(p, $1, $3); }
;

stmt:
    %empty                               { $$ = NULL; }
|   declaration                          { $$ = build_decl_stmt(p, @1.pos, $1); }
|   simple_stmt
|   labeled_stmt
|   "go" expr                            { $$ = build_call_stmt(p, $1, $2); }
|   "defer" expr                         { $$ = build_call_stmt(p, $1, $2); }
|   "return"                             { $$ = build_return(p, $1.pos, (ExprVec){0}); }
|   "return" expr_list                   { $$ = build_return(p, $1.pos, $2); }
|   "break"                              { $$ = build_branch(p, $1, NULL); }
|   "break" NAME                         { $$ = build_branch(p, $1, build_ident(p, $2)); }
|   "continue"                           { $$ = build_branch(p, $1, NULL); }
|   "continue" NAME                      { $$ = build_branch(p, $1, build_ident(p, $2)); }
|   "goto" NAME                          { $$ = build_branch(p, $1, build_ident(p, $2)); }
|   "fallthrough"                        { $$ = build_branch(p, $1, NULL); }
|   block
|   if_stmt
|   switch_stmt
|   select_stmt
|   for_stmt
|   error                                { $$ = build_bad_stmt(p, @1.pos);
                                           if (p->close_block && yychar != YYEMPTY) {
                                               yychar = RBRACE;  /* "Error recovery" 3 */
                                               p->close_block = false;
                                           } }
;

/* ---- simple statements ---- */

simple_stmt:
    expr                                 { $$ = build_expr_stmt(p, $1); }
|   expr "<-" expr                       { $$ = build_send(p, $2.pos, $1, $3); }
|   expr "++"                            { $$ = build_inc_dec(p, $2, $1); }
|   expr "--"                            { $$ = build_inc_dec(p, $2, $1); }
|   expr ASSIGN_OP expr                  { $$ = build_assign(p, $2, build_exprs1(p, $1), build_exprs1(p, $3)); }
|   expr_list "=" expr_list              { $$ = build_assign(p, $2, $1, $3); }
|   expr_list ":=" expr_list             { $$ = build_assign(p, $2, $1, $3); }
;

osimple_stmt:
    %empty                               { $$ = NULL; }
|   simple_stmt
;

/* ---- labeled statements ---- */

labeled_stmt:
    NAME ":" stmt                        { $$ = build_labeled(p, $1, $3, $2.pos); if (!$3) end_of_label(p, $2.pos); }
;

/* ---- blocks ---- */

block:
    "{" stmt_list "}"                    { $$ = build_block(p, $1.pos, $2, $3.pos); }
;

/* The block of an if or for statement. */
body:
    LBODY stmt_list "}"                  { $$ = build_block(p, $1.pos, $2, $3.pos); }
;

/* ---- if statements ---- */

if_stmt:
    "if" header body else_opt            { $$ = build_if(p, $1.pos, $2, $3, $4); }
|   "if" error body else_opt             { $$ = build_bad_stmt(p, $1.pos); }
;

/* `[init;] cond` of if and switch */
header:
    osimple_stmt                         { $$ = (Header){NULL, $1, NULL, false, NOPOS, NULL}; }
|   osimple_stmt ";" osimple_stmt        { $$ = (Header){$1, $3, NULL, true, $2.pos, $2.text}; }
;

else_opt:
    %empty                               { $$ = NULL; }
|   "else" if_stmt                       { $$ = $2; }
|   "else" block                         { $$ = $2; }
|   "else" error                         { $$ = build_bad_stmt(p, $1.pos); }
|   error                                { $$ = build_bad_stmt(p, @1.pos); }
;

/* ---- for statements ---- */

for_stmt:
    "for" for_header body                { $$ = build_for(p, $1.pos, $2, $3); }
|   "for" range_clause body              { $$ = build_range_for(p, $1.pos, $2, $3); }
|   "for" error body                     { $$ = build_bad_stmt(p, $1.pos); }
;

for_header:
    osimple_stmt                         { $$ = (Header){NULL, $1, NULL, false, NOPOS, NULL}; }
|   osimple_stmt ";" osimple_stmt ";" osimple_stmt
                                         { $$ = (Header){$1, $3, $5, true, $4.pos, $4.text}; }
;

range_clause:
    "range" expr                         { $$ = build_range(p, $1.pos, $1.pos, (ExprVec){0}, false, $2); }
|   expr_list "=" "range" expr           { $$ = build_range(p, $2.pos, $3.pos, $1, false, $4); }
|   expr_list ":=" "range" expr          { $$ = build_range(p, $2.pos, $3.pos, $1, true, $4); }
;

/* ---- switch statements ---- */

switch_stmt:
    "switch" header LBODY case_clauses "}"
                                         { $$ = build_switch(p, $1.pos, $2, $3.pos, $4); }
|   "switch" error LBODY case_clauses "}"
                                         { $$ = build_bad_stmt(p, $1.pos); }
;

case_clauses:
    %empty                               { $$ = (StmtVec){0}; }
|   error                                { $$ = (StmtVec){0}; }
|   case_clauses case_clause             { $$ = build_stmts_add(p, $1, $2); }
;

case_clause:
    "case" expr_or_type_list ":" stmt_list
                                         { $$ = build_case(p, $1.pos, $3.pos, $2.list, false, $4); end_of_clause(p); }
|   "default" ":" stmt_list              { $$ = build_case(p, $1.pos, $2.pos, (ExprVec){0}, true, $3); end_of_clause(p); }
|   "case" error stmt_list               { $$ = build_bad_stmt(p, $1.pos); }
|   "default" error stmt_list            { $$ = build_bad_stmt(p, $1.pos); }
;

/* ---- select statements ---- */

select_stmt:
    "select" LBODY comm_clauses "}"      { $$ = build_select(p, $1.pos, $3); }
|   "select" error LBODY comm_clauses "}"
                                         { $$ = build_bad_stmt(p, $1.pos); }
;

comm_clauses:
    %empty                               { $$ = (StmtVec){0}; }
|   error                                { $$ = (StmtVec){0}; }
|   comm_clauses comm_clause             { $$ = build_stmts_add(p, $1, $2); }
;

comm_clause:
    "case" simple_stmt ":" stmt_list     { $$ = build_comm(p, $1.pos, $2, $4); end_of_clause(p); }
|   "default" ":" stmt_list              { $$ = build_comm(p, $1.pos, NULL, $3); end_of_clause(p); }
|   "case" error stmt_list               { $$ = build_bad_stmt(p, $1.pos); }
|   "default" error stmt_list            { $$ = build_bad_stmt(p, $1.pos); }
;

%%


/* ==== The token stream ================================================= */

/* Bison's token for each of the lexer's. */
static int bison_token(TokenKind k) {
    switch (k) {
    case TOK_EOF: return YYEOF;
    case TOK_ILLEGAL: return YYUNDEF;
    case TOK_IDENT: return NAME;
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_RUNE: case TOK_STRING:
        return LITERAL;
    case TOK_ADD: return ADD;
    case TOK_SUB: return SUB;
    case TOK_MUL: return MUL;
    case TOK_QUO: return QUO;
    case TOK_REM: return REM;
    case TOK_AND: return AND;
    case TOK_OR: return OR;
    case TOK_XOR: return XOR;
    case TOK_SHL: return SHL;
    case TOK_SHR: return SHR;
    case TOK_AND_NOT: return AND_NOT;
    case TOK_ADD_ASSIGN: case TOK_SUB_ASSIGN: case TOK_MUL_ASSIGN:
    case TOK_QUO_ASSIGN: case TOK_REM_ASSIGN: case TOK_AND_ASSIGN:
    case TOK_OR_ASSIGN: case TOK_XOR_ASSIGN: case TOK_SHL_ASSIGN:
    case TOK_SHR_ASSIGN: case TOK_AND_NOT_ASSIGN:
        return ASSIGN_OP;
    case TOK_LAND: return LAND;
    case TOK_LOR: return LOR;
    case TOK_ARROW: return ARROW;
    case TOK_INC: return INC;
    case TOK_DEC: return DEC;
    case TOK_EQL: return EQL;
    case TOK_LSS: return LSS;
    case TOK_GTR: return GTR;
    case TOK_ASSIGN: return ASSIGN;
    case TOK_NOT: return NOT;
    case TOK_TILDE: return TILDE;
    case TOK_NEQ: return NEQ;
    case TOK_LEQ: return LEQ;
    case TOK_GEQ: return GEQ;
    case TOK_DEFINE: return DEFINE;
    case TOK_ELLIPSIS: return ELLIPSIS;
    case TOK_LPAREN: return LPAREN;
    case TOK_LBRACK: return LBRACK;
    case TOK_LBRACE: return LBRACE;
    case TOK_LBODY: return LBODY;
    case TOK_COMMA: return COMMA;
    case TOK_PERIOD: return PERIOD;
    case TOK_RPAREN: return RPAREN;
    case TOK_RBRACK: return RBRACK;
    case TOK_RBRACE: return RBRACE;
    case TOK_SEMICOLON: return SEMICOLON;
    case TOK_COLON: return COLON;
    case TOK_BREAK: return BREAK;
    case TOK_CASE: return CASE;
    case TOK_CHAN: return CHAN;
    case TOK_CONST: return CONST;
    case TOK_CONTINUE: return CONTINUE;
    case TOK_DEFAULT: return DEFAULT;
    case TOK_DEFER: return DEFER;
    case TOK_ELSE: return ELSE;
    case TOK_FALLTHROUGH: return FALLTHROUGH;
    case TOK_FOR: return FOR;
    case TOK_FUNC: return FUNC;
    case TOK_GO: return GO;
    case TOK_GOTO: return GOTO;
    case TOK_IF: return IF;
    case TOK_IMPORT: return IMPORT;
    case TOK_INTERFACE: return INTERFACE;
    case TOK_MAP: return MAP;
    case TOK_PACKAGE: return PACKAGE;
    case TOK_RANGE: return RANGE;
    case TOK_RETURN: return RETURN;
    case TOK_SELECT: return SELECT;
    case TOK_STRUCT: return STRUCT;
    case TOK_SWITCH: return SWITCH;
    case TOK_TYPE: return TYPE;
    case TOK_VAR: return VAR;
    case TOK__COUNT: break;
    }
    return YYUNDEF;
}

/* The lexer's tokens, through the look-ahead buffer.  The lexer reported
 * an illegal character already; the parser never sees it. */
static Token lex(Parser *p) {
    for (;;) {
        Token t = lexer_next(&p->lx);
        if (t.kind != TOK_ILLEGAL)
            return t;
    }
}

static Token peek(Parser *p, int i) {
    while (p->ahead.len - p->ahead_pos <= i)
        vec_push(p->arena, &p->ahead, lex(p));
    return p->ahead.data[p->ahead_pos + i];
}

static Token next_token(Parser *p) {
    if (p->ahead_pos < p->ahead.len)
        return p->ahead.data[p->ahead_pos++];
    p->ahead.len = p->ahead_pos = 0;
    return lex(p);
}

/*
 * Is the `[` after `type T` a type parameter list?  gc (1.19) decides
 * from the expression x that follows `[`: `[N]`, `[N+1]`, `[pkg.N]` are
 * array lengths; `[P any]`, `[P ~int]`, `[P []int]`, `[P, Q any]` and
 * `[P *C,]` are type parameters; `[P *C]` and `[P (C)]` are arrays unless
 * the rest of the brackets holds something only a type can hold.  We see
 * tokens, not trees, so the last case is approximated: a comma at the top
 * level, or one of `~ [ struct interface map chan func` anywhere before
 * the closing `]` (none of which can occur in a constant array length
 * short of `len([2]int{})`) makes it a type parameter list.
 *
 * The tokens read here wait in p->ahead.  Reading ahead is safe for the
 * body-brace scheme: inside `[ ]` the lexer is disarmed, so no lexer_rearm
 * can be pending for them.
 */
static bool classify_bracket(Parser *p) {
    if (peek(p, 0).kind != TOK_IDENT)
        return false;
    switch (peek(p, 1).kind) {
    case TOK_LBRACK: case TOK_COMMA: case TOK_IDENT: case TOK_TILDE:
    case TOK_CHAN: case TOK_FUNC: case TOK_MAP: case TOK_STRUCT:
    case TOK_INTERFACE: case TOK_ARROW: case TOK_ELLIPSIS:
        return true;
    case TOK_MUL: case TOK_OR: case TOK_LPAREN:
        break;
    default:
        return false;
    }
    int depth = 0;
    for (int i = 1;; i++) {
        switch (peek(p, i).kind) {
        case TOK_LPAREN: case TOK_LBRACE: depth++; break;
        case TOK_LBRACK: return true;
        case TOK_RPAREN: case TOK_RBRACE:
            if (--depth < 0)
                return false;
            break;
        case TOK_RBRACK: return false;
        case TOK_COMMA:
            if (depth == 0)
                return true;
            break;
        case TOK_TILDE: case TOK_STRUCT: case TOK_INTERFACE: case TOK_MAP:
        case TOK_CHAN: case TOK_FUNC:
            return true;
        case TOK_SEMICOLON: case TOK_LBODY: case TOK_EOF:
            return false;
        default:
            break;
        }
    }
}

/* Follows type declarations so that the `[` after a type spec's name can
 * be classified: spec_state 1 means "a spec may start here", 2 "we just
 * saw its name". */
static bool track_type_spec(Parser *p, Token t) {
    bool tparams = false;
    int state = 0;
    switch (t.kind) {
    case TOK_TYPE:
        state = 1;
        break;
    case TOK_IDENT:
        state = p->spec_state == 1 ? 2 : 0;
        break;
    case TOK_LBRACK:
        tparams = p->spec_state == 2 && classify_bracket(p);
        break;
    case TOK_LPAREN:
        if (p->spec_state == 1 && p->prev_kind == TOK_TYPE) {
            p->type_group_depth = p->depth + 1;
            state = 1;
        }
        break;
    case TOK_SEMICOLON:
        state = p->depth == p->type_group_depth ? 1 : 0;
        break;
    default:
        break;
    }
    switch (t.kind) {
    case TOK_LPAREN: case TOK_LBRACK: case TOK_LBRACE: case TOK_LBODY:
        p->depth++;
        break;
    case TOK_RPAREN: case TOK_RBRACK: case TOK_RBRACE:
        if (p->depth == p->type_group_depth)
            p->type_group_depth = -1;
        p->depth--;
        break;
    default:
        break;
    }
    p->spec_state = state;
    p->prev_kind = t.kind;
    return tparams;
}

static bool starts_decl(TokenKind k) {
    return k == TOK_CONST || k == TOK_TYPE || k == TOK_VAR || k == TOK_FUNC ||
           k == TOK_EOF;
}

/* After an error at the top level gc skips to the next const, type, var
 * or func; so do we.  Bison is waiting for the `;` that ends the broken
 * declaration unless it just shifted it: give it one, then the keyword. */
static Token skip_to_decl(Parser *p, Token t, bool semi_shifted) {
    p->skip_to_decl = false;
    while (!starts_decl(t.kind))
        t = next_token(p);
    if (semi_shifted)
        return t;
    p->pending = t;
    p->has_pending = true;
    Token semi = {.kind = TOK_SEMICOLON, .pos = t.pos, .end = t.pos,
                  .text = "newline"};
    return semi;
}

static int yylex(YYSTYPE *lval, Loc *loc, Parser *p) {
    /* Bison asks for a token once it has shifted or discarded the last
     * one; it discarded it iff no token was shifted since the last error
     * (yyerrstatus 3).  After one shifted token, errors are reported
     * again (see "Error recovery" at the top of this file). */
    bool discarded = *p->errstatus == 3;
    if (!discarded)
        *p->errstatus = 0;
    p->close_block = false;
    Token t;
    if (p->has_pending) {
        t = p->pending;
        p->has_pending = false;
    } else {
        t = next_token(p);
        if (p->skip_to_decl)
            t = skip_to_decl(p, t, !discarded && p->last.kind == TOK_SEMICOLON);
    }
    /* gc: `if var x = 1; ...` - it reports the var and drops it */
    if (t.kind == TOK_VAR && (p->last.kind == TOK_IF || p->last.kind == TOK_FOR ||
                              p->last.kind == TOK_SWITCH)) {
        Token kw = p->last;
        t = next_token(p);
        report(p, t.pos, false,
               arena_printf(p->arena, "syntax error: var declaration not allowed in %s initializer",
                            token_spelling(kw.kind)));
    }
    bool tparams = track_type_spec(p, t);
    lval->tok = t;
    loc->pos = t.pos;
    loc->end = t.end;
    p->before_last = p->last;
    p->last = t;
    return tparams ? TPARAM_LBRACK : bison_token(t.kind);
}

/* ==== Syntax errors ==================================================== */

/*
 * Messages follow gc's, which come from a recursive-descent parser that
 * knows what it was parsing.  Bison tells us the tokens it could have
 * accepted (exact, thanks to LAC) and the parser stack; from the stack we
 * find the innermost unclosed bracket (every `(` `[` `{` on the stack is
 * unclosed) and the keyword of the statement being parsed.  That is enough
 * for gc's common messages:
 *
 *   unexpected X, expecting Y              one or a few tokens expected
 *   unexpected X, expecting expression     an operand is missing
 *   unexpected X, expecting { after if clause / for clause
 *   unexpected X at end of statement       a statement did not end
 *   unexpected X in argument list; possibly missing comma or )
 *                                          and the other lists alike
 *   unexpected X after top level declaration
 *   non-declaration statement outside function body
 *   else must be followed by if or statement block
 *
 * gc reports at most one syntax error a line, and none at EOF after the
 * first; report() does the same.
 */

/* How gc names the token it did not expect. */
static const char *token_description(Parser *p, Token t) {
    switch (t.kind) {
    case TOK_IDENT:
        return t.text;
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_RUNE: case TOK_STRING:
        return arena_printf(p->arena, "literal %s", t.text);
    case TOK_SEMICOLON:
        return t.text && strcmp(t.text, ";") != 0 ? t.text : "semicolon";
    case TOK_COMMA:
        return "comma";
    case TOK_LBODY:
        return "{";
    default:
        return token_spelling(t.kind);
    }
}

/* How gc names a token it expected. */
static const char *symbol_description(yysymbol_kind_t s) {
    switch (s) {
    case YYSYMBOL_YYEOF: return "EOF";
    case YYSYMBOL_NAME: return "name";
    case YYSYMBOL_LITERAL: return "literal";
    case YYSYMBOL_COMMA: return "comma";
    case YYSYMBOL_SEMICOLON: return "semicolon or newline";
    case YYSYMBOL_LBODY: return "{";
    case YYSYMBOL_TPARAM_LBRACK: return "[";
    case YYSYMBOL_ASSIGN_OP: return "op=";
    default: break;
    }
    /* the alias, without bison's quotes */
    const char *name = yysymbol_name(s);
    static const char *const plain[] = {
#define TOK(kind, spelling, ends) spelling,
#include "lexer/tokens.h"
#undef TOK
    };
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        size_t n = strlen(plain[i]);
        if (name[0] == '"' && strncmp(name + 1, plain[i], n) == 0 &&
            name[n + 1] == '"' && name[n + 2] == '\0')
            return plain[i];
    }
    return name;
}

static void report(Parser *p, Pos pos, bool at_eof, const char *msg) {
    /* at EOF, after any error in this file (the lexer's too: an
     * unterminated raw string swallows the rest of the file) */
    if (at_eof && (p->nerrors > 0 || diag_count(&p->comp->diags) > p->diags_before))
        return;
    int line = source_position(p->arena, &p->comp->sources, pos).line;
    if (p->nerrors > 0 && line == p->last_error_line)
        return;
    p->last_error_line = line;
    p->nerrors++;
    diag_error(&p->comp->diags, pos, "%s", msg);
}

/* What the parser stack holds, innermost first. */
typedef struct StackView {
    yysymbol_kind_t sym[64];
    int n;
} StackView;

static StackView stack_view(const yypcontext_t *ctx) {
    StackView v = {.n = 0};
    for (const yy_state_t *s = ctx->yyssp; *s != 0 && v.n < 64; s--)
        v.sym[v.n++] = YY_ACCESSING_SYMBOL(*s);
    return v;
}

static bool is_opener(yysymbol_kind_t s) {
    return s == YYSYMBOL_LPAREN || s == YYSYMBOL_LBRACK ||
           s == YYSYMBOL_TPARAM_LBRACK || s == YYSYMBOL_LBRACE ||
           s == YYSYMBOL_LBODY || s == YYSYMBOL_lbrace;
}

/* Index of the innermost unclosed bracket on the stack, or -1.  A closed
 * pair may still be on the stack, unreduced: `(1))` fails at the second
 * `)` with `( expr )` on top. */
static int innermost_opener(const StackView *v) {
    int closed = 0;
    for (int i = 0; i < v->n; i++) {
        yysymbol_kind_t s = v->sym[i];
        if (s == YYSYMBOL_RPAREN || s == YYSYMBOL_RBRACK || s == YYSYMBOL_RBRACE)
            closed++;
        else if (is_opener(s) && closed > 0)
            closed--;
        else if (is_opener(s))
            return i;
    }
    return -1;
}

static bool expects(const yysymbol_kind_t *exp, int n, yysymbol_kind_t s) {
    for (int i = 0; i < n; i++)
        if (exp[i] == s)
            return true;
    return false;
}

/* "name or (" from the expected tokens, gc's way: at most four, or NULL. */
static const char *expected_list(Parser *p, const yysymbol_kind_t *exp, int n) {
    if (n == 0 || n > 4)
        return NULL;
    StrBuf b = {0};
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_puts(&b, " or ");
        sb_puts(&b, symbol_description(exp[i]));
    }
    char *s = arena_strdup(p->arena, b.data);
    sb_free(&b);
    return s;
}

/* The list an unclosed bracket at stack index i opens, named as gc names
 * it, with its separator and closing token; NULL if it is not a list. */
static const char *list_context(const StackView *v, int i, yysymbol_kind_t *sep,
                                yysymbol_kind_t *close) {
    yysymbol_kind_t open = v->sym[i];
    yysymbol_kind_t before = i + 1 < v->n ? v->sym[i + 1] : YYSYMBOL_YYEMPTY;
    *sep = YYSYMBOL_COMMA;
    switch (open) {
    case YYSYMBOL_LPAREN:
        *close = YYSYMBOL_RPAREN;
        switch (before) {
        case YYSYMBOL_primary_expr: case YYSYMBOL_conv_type:
            return "argument list";
        case YYSYMBOL_FUNC: case YYSYMBOL_NAME: case YYSYMBOL_RBRACK:
        case YYSYMBOL_parameters: case YYSYMBOL_tparams_opt:
            return "parameter list";
        case YYSYMBOL_CONST: case YYSYMBOL_VAR: case YYSYMBOL_TYPE:
        case YYSYMBOL_IMPORT:
            *sep = YYSYMBOL_SEMICOLON;
            return "grouped declaration";
        default:
            return NULL;
        }
    case YYSYMBOL_LBRACE: case YYSYMBOL_LBODY: case YYSYMBOL_lbrace:
        *close = YYSYMBOL_RBRACE;
        switch (before) {
        case YYSYMBOL_STRUCT:
            *sep = YYSYMBOL_SEMICOLON;
            return "struct type";
        case YYSYMBOL_INTERFACE:
            *sep = YYSYMBOL_SEMICOLON;
            return "interface type";
        case YYSYMBOL_comp_type: case YYSYMBOL_operand_expr:
        case YYSYMBOL_COMMA: case YYSYMBOL_COLON:
            return "composite literal";
        case YYSYMBOL_LBRACE: case YYSYMBOL_lbrace:
            /* `{{` is an elided literal inside a literal, a block in a
             * block otherwise: look further down */
            return i + 2 < v->n && v->sym[i + 2] != YYSYMBOL_stmt_list &&
                           v->sym[i + 2] != YYSYMBOL_SEMICOLON
                       ? "composite literal"
                       : NULL;
        default:
            return NULL;
        }
    default:
        return NULL;
    }
}

/* The innermost if/for/switch/select whose header is being parsed. */
static yysymbol_kind_t header_keyword(const StackView *v) {
    for (int i = 0; i < v->n; i++) {
        switch (v->sym[i]) {
        case YYSYMBOL_IF: case YYSYMBOL_FOR: case YYSYMBOL_SWITCH:
        case YYSYMBOL_SELECT:
            return v->sym[i];
        default:
            if (is_opener(v->sym[i]))
                return YYSYMBOL_YYEMPTY;
        }
    }
    return YYSYMBOL_YYEMPTY;
}

/* Is the header on the stack complete: for's three clauses or range,
 * if's or switch's `init; cond`?  (A complete header may already have been
 * reduced by a default reduction.) */
static bool for_header_done(const StackView *v) {
    int semis = 0;
    for (int i = 0; i < v->n; i++) {
        switch (v->sym[i]) {
        case YYSYMBOL_SEMICOLON: semis++; break;
        case YYSYMBOL_range_clause: case YYSYMBOL_RANGE:
        case YYSYMBOL_for_header: case YYSYMBOL_header:
            return true;
        case YYSYMBOL_FOR: return semis == 2;
        case YYSYMBOL_IF: case YYSYMBOL_SWITCH: return semis == 1;
        default: break;
        }
    }
    return false;
}

/* How many `;` of the for clause on the stack were read. */
static int for_clause_semis(const StackView *v) {
    int semis = 0;
    for (int i = 0; i < v->n && v->sym[i] != YYSYMBOL_FOR; i++)
        semis += v->sym[i] == YYSYMBOL_SEMICOLON;
    return semis;
}

/* Is the parser where a statement may start? */
static bool at_stmt_start(const StackView *v) {
    switch (v->sym[0]) {
    case YYSYMBOL_SEMICOLON: case YYSYMBOL_LBRACE: case YYSYMBOL_LBODY:
    case YYSYMBOL_lbrace: case YYSYMBOL_COLON:
        return true;
    default:
        return false;
    }
}

/* Are we between `case` (or `default`) and its `:`? */
static bool in_case_head(const StackView *v) {
    for (int i = 0; i < v->n; i++) {
        if (v->sym[i] == YYSYMBOL_CASE || v->sym[i] == YYSYMBOL_DEFAULT)
            return true;
        if (is_opener(v->sym[i]) || v->sym[i] == YYSYMBOL_COLON)
            return false;
    }
    return false;
}

static const char *syntax_message(Parser *p, const yypcontext_t *ctx,
                                  const char *tok) {
    yysymbol_kind_t exp[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, exp, YYNTOKENS);
    if (n < 0)
        n = 0;
    StackView v = stack_view(ctx);
    Token t = p->last;

    if (v.n == 0)
        return "package statement must be first";

    /* at the start of a top-level declaration */
    if (expects(exp, n, YYSYMBOL_FUNC) && expects(exp, n, YYSYMBOL_CONST) &&
        !expects(exp, n, YYSYMBOL_IF)) {
        p->skip_to_decl = true;
        int nd = p->file->decls.len;
        if (t.kind == TOK_LBRACE && nd > 0 &&
            p->file->decls.data[nd - 1]->kind == DECL_FUNC &&
            !p->file->decls.data[nd - 1]->func.body)
            return "unexpected semicolon or newline before {";
        return "non-declaration statement outside function body";
    }

    int open = innermost_opener(&v);

    /* the end of a top-level declaration */
    if (open < 0 && expects(exp, n, YYSYMBOL_SEMICOLON) &&
        v.sym[v.n - 1] == YYSYMBOL_package_clause && v.n > 2) {
        p->skip_to_decl = true;
        return arena_printf(p->arena, "unexpected %s after top level declaration", tok);
    }

    if (v.sym[0] == YYSYMBOL_ELSE)
        return "else must be followed by if or statement block";

    /* `L:` and no statement: gc reports it at the colon, then wants the
     * block's `}` */
    if (v.sym[0] == YYSYMBOL_COLON && v.n > 1 && v.sym[1] == YYSYMBOL_NAME) {
        p->msg_pos = p->before_last.pos;
        p->close_block = t.kind != TOK_EOF && t.kind != TOK_RBRACE;
        return "missing statement after label";
    }

    /* `func (r T)` and no method name */
    if (v.sym[0] == YYSYMBOL_parameters && v.n > 1 && v.sym[1] == YYSYMBOL_FUNC &&
        expects(exp, n, YYSYMBOL_NAME))
        return arena_printf(p->arena, "unexpected %s, expecting name or (", tok);

    /* gc takes `:=` for the `=` of a var or const spec */
    if (t.kind == TOK_DEFINE && expects(exp, n, YYSYMBOL_ASSIGN) &&
        !expects(exp, n, YYSYMBOL_DEFINE))
        return "unexpected :=, expecting =";

    /* `import` and no path */
    if (expects(exp, n, YYSYMBOL_LITERAL) &&
        (v.sym[0] == YYSYMBOL_IMPORT ||
         (v.sym[0] == YYSYMBOL_NAME && v.n > 1 && v.sym[1] == YYSYMBOL_IMPORT) ||
         (v.sym[0] == YYSYMBOL_PERIOD && v.n > 1 && v.sym[1] == YYSYMBOL_IMPORT) ||
         (v.sym[0] == YYSYMBOL_LPAREN && v.n > 1 && v.sym[1] == YYSYMBOL_IMPORT) ||
         (v.sym[0] == YYSYMBOL_SEMICOLON && v.n > 1 && v.sym[1] == YYSYMBOL_import_spec_list) ||
         (v.n > 2 && v.sym[0] == YYSYMBOL_NAME && v.sym[1] == YYSYMBOL_SEMICOLON &&
          v.sym[2] == YYSYMBOL_import_spec_list) ||
         (v.n > 2 && v.sym[0] == YYSYMBOL_NAME && v.sym[1] == YYSYMBOL_LPAREN &&
          v.sym[2] == YYSYMBOL_IMPORT)))
        return "missing import path";

    /* the last name of a type parameter list without a constraint */
    if (v.sym[0] == YYSYMBOL_name_list && t.kind == TOK_RBRACK && v.n > 1 &&
        (v.sym[1] == YYSYMBOL_LBRACK || v.sym[1] == YYSYMBOL_TPARAM_LBRACK ||
         (v.sym[1] == YYSYMBOL_COMMA && v.n > 2 && v.sym[2] == YYSYMBOL_tparam_list)))
        return "missing type constraint";

    /* `x[]` */
    if (v.sym[0] == YYSYMBOL_LBRACK && v.n > 1 && v.sym[1] == YYSYMBOL_primary_expr &&
        t.kind == TOK_RBRACK)
        return "unexpected ], expecting operand";

    /* gc parses `var (` first, then wants a name */
    if ((v.sym[0] == YYSYMBOL_VAR || v.sym[0] == YYSYMBOL_CONST ||
         v.sym[0] == YYSYMBOL_TYPE) && expects(exp, n, YYSYMBOL_NAME))
        return arena_printf(p->arena, "unexpected %s, expecting name", tok);

    /* a for clause with one `;`: gc wants the condition, then a `;` */
    if (header_keyword(&v) == YYSYMBOL_FOR && for_clause_semis(&v) == 1 &&
        expects(exp, n, YYSYMBOL_SEMICOLON)) {
        if (v.sym[0] != YYSYMBOL_SEMICOLON)
            return arena_printf(p->arena, "unexpected %s, expecting semicolon or newline", tok);
        if (t.kind == TOK_LBODY)
            return "unexpected {, expecting for loop condition";
    }

    if (expects(exp, n, YYSYMBOL_LBODY)) {
        /* gc wants `{` after a one-part header, and names the clause once
         * the header is complete */
        yysymbol_kind_t kw = header_keyword(&v);
        if (kw == YYSYMBOL_FOR && for_header_done(&v))
            return arena_printf(p->arena, "unexpected %s, expecting { after for clause", tok);
        if (kw == YYSYMBOL_IF && for_header_done(&v))
            return arena_printf(p->arena, "unexpected %s, expecting { after if clause", tok);
        if (kw == YYSYMBOL_SWITCH && for_header_done(&v))
            return "missing { after switch clause";
        if (kw == YYSYMBOL_SELECT)
            return "missing { after select clause";
        if (kw != YYSYMBOL_YYEMPTY)
            return arena_printf(p->arena, "unexpected %s, expecting {", tok);
    }

    if (v.sym[0] == YYSYMBOL_CHAN || (v.sym[0] == YYSYMBOL_ARROW && v.sym[1] == YYSYMBOL_CHAN))
        return "missing channel element type";

    /* `type T` and nothing that makes a type */
    if (v.sym[0] == YYSYMBOL_NAME &&
        (v.sym[1] == YYSYMBOL_TYPE ||
         (v.sym[1] == YYSYMBOL_LPAREN && v.sym[2] == YYSYMBOL_TYPE) ||
         (v.sym[1] == YYSYMBOL_SEMICOLON && v.sym[2] == YYSYMBOL_type_spec_list)))
        return arena_printf(p->arena, "unexpected %s in type declaration", tok);

    if (expects(exp, n, YYSYMBOL_COLON) && in_case_head(&v))
        return arena_printf(p->arena, "unexpected %s, expecting :", tok);

    /* an element ended but neither the separator nor the close follows */
    yysymbol_kind_t sep, close;
    const char *list = open >= 0 ? list_context(&v, open, &sep, &close) : NULL;
    if (list && expects(exp, n, sep) && expects(exp, n, close))
        return arena_printf(p->arena, "unexpected %s in %s; possibly missing %s or %s",
                            tok, list, symbol_description(sep),
                            symbol_description(close));

    /* gc's lists and blocks stop at EOF and want their closing token */
    if (open >= 0 && t.kind == TOK_EOF) {
        yysymbol_kind_t closer = v.sym[open] == YYSYMBOL_LPAREN   ? YYSYMBOL_RPAREN
                                 : v.sym[open] == YYSYMBOL_LBRACK ? YYSYMBOL_RBRACK
                                                                  : YYSYMBOL_RBRACE;
        if (expects(exp, n, closer))
            return arena_printf(p->arena, "unexpected %s, expecting %s", tok,
                                symbol_description(closer));
    }

    /* at the start of a statement, a token that cannot start one ends the
     * statement list; gc then wants what closes it */
    if (at_stmt_start(&v) && expects(exp, n, YYSYMBOL_RBRACE) && expects(exp, n, YYSYMBOL_IF)) {
        if (expects(exp, n, YYSYMBOL_CASE))
            return arena_printf(p->arena, "unexpected %s, expecting case or default or }", tok);
        p->close_block = t.kind != TOK_EOF;
        return arena_printf(p->arena, "unexpected %s, expecting }", tok);
    }

    /* a statement ended but no `;` or `}` follows */
    if (expects(exp, n, YYSYMBOL_SEMICOLON) && !list &&
        (open < 0 || v.sym[open] == YYSYMBOL_LBRACE || v.sym[open] == YYSYMBOL_LBODY))
        return arena_printf(p->arena, "unexpected %s at end of statement", tok);


    /* at the start of a list element that cannot start there */
    if (list && (v.sym[0] == v.sym[open] || (v.sym[0] == sep && open == 2))) {
        /* `(` after a name in a parameter list opens a parenthesized type */
        bool paren_type = open + 2 < v.n && v.sym[open + 1] == YYSYMBOL_NAME &&
                          (v.sym[open + 2] == YYSYMBOL_LPAREN || v.sym[open + 2] == YYSYMBOL_COMMA);
        if (strcmp(list, "parameter list") == 0 && !paren_type)
            return arena_printf(p->arena, "unexpected %s, expecting )", tok);
        if (strcmp(list, "struct type") == 0)
            return arena_printf(p->arena, "unexpected %s, expecting field name or embedded type", tok);
        if (strcmp(list, "interface type") == 0)
            return arena_printf(p->arena, "unexpected %s, expecting ~ term or type", tok);
    }
    if (v.sym[0] == YYSYMBOL_OR && v.n > 1 && v.sym[1] == YYSYMBOL_constraint)
        return arena_printf(p->arena, "unexpected %s, expecting ~ term or type", tok);

    if (expects(exp, n, YYSYMBOL_LITERAL) && !expects(exp, n, YYSYMBOL_IF))
        return arena_printf(p->arena, "unexpected %s, expecting expression", tok);
    if (expects(exp, n, YYSYMBOL_CHAN) && expects(exp, n, YYSYMBOL_NAME) &&
        !expects(exp, n, YYSYMBOL_IF))
        return arena_printf(p->arena, "unexpected %s, expecting type", tok);

    if (open >= 0) {
        yysymbol_kind_t closer = v.sym[open] == YYSYMBOL_LPAREN   ? YYSYMBOL_RPAREN
                                 : v.sym[open] == YYSYMBOL_LBRACK ? YYSYMBOL_RBRACK
                                                                  : YYSYMBOL_RBRACE;
        if (v.sym[open] == YYSYMBOL_LBRACK && expects(exp, n, YYSYMBOL_COLON) &&
            expects(exp, n, YYSYMBOL_COMMA))
            return arena_printf(p->arena, "unexpected %s, expecting comma, : or ]", tok);
        if (expects(exp, n, closer) && closer != YYSYMBOL_RBRACE)
            return arena_printf(p->arena, "unexpected %s, expecting %s", tok,
                                symbol_description(closer));
    }

    const char *want = expected_list(p, exp, n);
    if (want)
        return arena_printf(p->arena, "unexpected %s, expecting %s", tok, want);
    return arena_printf(p->arena, "unexpected %s", tok);
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p) {
    Token t = p->last;
    p->msg_pos = NOPOS;
    const char *msg = syntax_message(p, ctx, token_description(p, t));
    report(p, p->msg_pos != NOPOS ? p->msg_pos : t.pos, t.kind == TOK_EOF,
           arena_printf(p->arena, "syntax error: %s", msg));
    return 0;
}

/* Errors the grammar accepts but gc's parser does not.  gc ends each
 * statement of a list with `;` (which may be omitted only before `}`), so
 * a statement followed by the next `case` or `default` did not end; and
 * `L:` before a `case`, `default` or the end of the file labels nothing.
 * Both run when a clause's or label's rule is reduced, with the token
 * after it (p->last) already read. */
static void end_of_clause(Parser *p) {
    Token t = p->last;
    if (t.kind != TOK_CASE && t.kind != TOK_DEFAULT)
        return;
    switch (p->before_last.kind) {
    case TOK_SEMICOLON: case TOK_COLON: case TOK_LBRACE: case TOK_LBODY:
        return;
    default:
        report(p, t.pos, false,
               arena_printf(p->arena, "syntax error: unexpected %s at end of statement",
                            token_spelling(t.kind)));
    }
}

static void end_of_label(Parser *p, Pos colon) {
    TokenKind k = p->last.kind;
    if (k == TOK_CASE || k == TOK_DEFAULT || k == TOK_EOF)
        report(p, colon, false, "syntax error: missing statement after label");
}

static void yyerror(Loc *loc, Parser *p, const char *msg) {
    /* only for bison's own failures, e.g. "memory exhausted" */
    report(p, loc->pos, false, msg);
}

/* ==== The entry point ================================================== */

File *parse_file(Compilation *c, SourceFile *f) {
    Parser p = {0};
    p.comp = c;
    p.arena = c->arena;
    p.type_group_depth = -1;
    p.prev_kind = TOK_EOF;
    p.diags_before = diag_count(&c->diags);
    lexer_init(&p.lx, c, f);
    p.file = ARENA_NEW(c->arena, File);
    p.file->source = f;
    p.file->pos = f->base;
    yyparse(&p);
    parse_check_directives(&p);
    if (!p.file->package)
        p.file->package = build_bad_expr(&p, f->base);
    return p.file;
}
