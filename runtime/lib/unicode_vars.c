/*
 * unicode_vars.c — package unicode's table variables: unicode.Letter,
 * unicode.Lu, unicode.Greek, unicode.White_Space, ... (every exported
 * *RangeTable of Go 1.19) and GraphicRanges / PrintRanges.
 *
 * The data is generated from Go's own tables by
 * runtime/gen/unicode_rangetables.go into unicode_vars.inc.  It lives in a
 * file of its own so that the linker only pulls these ~200 tables into
 * programs that name one of them; unicode.Is and friends (unicode.c) work
 * on any table, these or the program's own.
 *
 * The variables and the tables are not const: in Go they are ordinary
 * variables that a program may (unwisely) change.
 */
#include "lib.h"

#include "unicode_vars.inc"
