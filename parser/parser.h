/*
 * parser.h — phase 2: tokens to an abstract syntax tree.
 *
 *   requires: a SourceFile.
 *   establishes: a File whose every node has a position; syntax errors
 *                reported to c->diags in gc's words (the parser recovers and
 *                reports every error it finds).  The tree is complete even
 *                after errors: bad places hold EXPR_BAD/STMT_BAD/DECL_BAD.
 *
 * Entry point: parse_file.  The grammar (grammar.y) is bison's, pure and
 * reentrant; it pulls tokens from the lexer (phase 1).
 */
#ifndef GO2C_PARSER_H
#define GO2C_PARSER_H

#include "ast.h"

File *parse_file(Compilation *c, SourceFile *f);

#endif
