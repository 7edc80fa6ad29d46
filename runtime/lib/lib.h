/*
 * lib.h — the C side of the standard library packages go2c provides.
 *
 * the Go files in lib/<path>/ declare each package's API to the type checker; the
 * functions and methods are implemented here in C under go2c's mangling
 * (docs/internals.md, "Names"):
 *   func strings.Index(s, substr string) int
 *       -> GoInt strings__Index(GoString s, GoString substr)
 *   func (b *strings.Builder) WriteString(s string) (int, error)
 *       -> Tuple_GoInt_GoEface strings__Builder__WriteString(strings__Builder *b, GoString s)
 *   package unicode/utf8 -> prefix unicode_utf8__
 * Types: bool int ... string -> GoBool GoInt ... GoString; []T -> GoSlice;
 * map -> GoMap *; func -> GoFunc *; any interface -> GoEface; *T -> T *;
 * a struct type pkg.T -> `struct pkg__T` typedef'd to pkg__T, its fields in
 * Go's order with Go's names (blank fields: blank__N).  Several results:
 * a struct Tuple_<A>_<B>... named after the identifier forms of the
 * result types (GoInt, GoString, GoSlice, GoEface, ptr_<T>...) with fields
 * r0, r1, ...  Each definition here must match what codegen emits.
 */
#ifndef GO2C_LIB_H
#define GO2C_LIB_H

#include "../go2c_rt.h"

#endif
