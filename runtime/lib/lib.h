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

/* ---- strconv, math, math/bits, sort, os, io, bufio -------------------------
 * (runtime/lib/strconv.c, math.c, bits.c, sort.c, os.c, io.c, bufio.c)
 * Multi-result tuples the library files share; guarded, since C forbids
 * two definitions of one anonymous-struct typedef in a file. */
#ifndef GO2C_TUPLE_GoInt_GoEface
#define GO2C_TUPLE_GoInt_GoEface
typedef struct { GoInt r0; GoEface r1; } Tuple_GoInt_GoEface;
#endif
#ifndef GO2C_TUPLE_GoSlice_GoEface
#define GO2C_TUPLE_GoSlice_GoEface
typedef struct { GoSlice r0; GoEface r1; } Tuple_GoSlice_GoEface;
#endif
#ifndef GO2C_TUPLE_GoString_GoEface
#define GO2C_TUPLE_GoString_GoEface
typedef struct { GoString r0; GoEface r1; } Tuple_GoString_GoEface;
#endif

/* errors.New (runtime/lib/errors.c) */
GoEface errors__New(GoString text);

/* strconv */
typedef struct strconv__NumError {
    GoString Func;
    GoString Num;
    GoEface Err;
} strconv__NumError;
extern GoEface strconv__ErrRange, strconv__ErrSyntax;
GoString strconv__Itoa(GoInt i);
GoString strconv__FormatInt(GoInt64 i, GoInt base);
GoString strconv__Quote(GoString s);
/* io */
extern GoEface io__EOF, io__ErrUnexpectedEOF, io__ErrShortWrite, io__ErrShortBuffer,
    io__ErrNoProgress, io__ErrClosedPipe;
/* os */
typedef struct os__File {
    GoInt fd;
    GoString name;
} os__File;
extern GoSlice os__Args;
extern os__File *os__Stdin, *os__Stdout, *os__Stderr;
/* Initializes the package variables of strconv, io, os and bufio. */
void rt_lib_init_strconv_os_io(void);
void strconv__init_vars(void);
void io__init_vars(void);
void os__init_vars(void);
void bufio__init_vars(void);

/* ---- strings, bytes, unicode, unicode/utf8, errors --------------------------
 * (runtime/lib/strings.c, bytes.c, unicode.c, utf8.c, errors.c) */
#ifndef GO2C_TUPLE_GoInt32_GoInt
#define GO2C_TUPLE_GoInt32_GoInt
typedef struct { GoInt32 r0; GoInt r1; } Tuple_GoInt32_GoInt;
#endif
/* errors */
GoEface errors__New(GoString text);
GoBool errors__Is(GoEface err, GoEface target);
GoBool errors__As(GoEface err, GoEface target);
GoEface errors__Unwrap(GoEface err);
/* strings: the structs, laid out as lib/strings/strings.go declares them */
typedef struct strings__Builder {
    GoSlice buf;
} strings__Builder;
typedef struct strings__Reader {
    GoString s;
    GoInt64 i;
    GoInt prevRune;
} strings__Reader;
typedef struct strings__Replacer {
    GoSlice oldnew;
} strings__Replacer;
Tuple_GoInt_GoEface strings__Builder__WriteString(strings__Builder *b, GoString s);
GoEface strings__Builder__WriteByte(strings__Builder *b, GoUint8 c);
Tuple_GoInt_GoEface strings__Builder__WriteRune(strings__Builder *b, GoInt32 r);
GoString strings__Builder__String(strings__Builder *b);
GoBool strings__HasPrefix(GoString s, GoString prefix);
GoInt strings__Index(GoString s, GoString substr);
GoInt strings__IndexByte(GoString s, GoUint8 c);
GoString strings__ToLower(GoString s);
GoString strings__ToUpper(GoString s);
GoString strings__TrimSpace(GoString s);
GoSlice strings__Fields(GoString s);
GoString strings__Repeat(GoString s, GoInt count);
/* bytes */
typedef struct bytes__Buffer {
    GoSlice buf;
    GoInt off;
    GoInt lastRead;
} bytes__Buffer;
Tuple_GoInt_GoEface bytes__Buffer__Write(bytes__Buffer *b, GoSlice p);
Tuple_GoInt_GoEface bytes__Buffer__WriteString(bytes__Buffer *b, GoString s);
GoString bytes__Buffer__String(bytes__Buffer *b);
/* unicode: RangeTable and its parts, laid out as lib/unicode/unicode.go
 * declares them; the table variables are in unicode_vars.c */
typedef struct unicode__Range16 {
    GoUint16 Lo, Hi, Stride;
} unicode__Range16;
typedef struct unicode__Range32 {
    GoUint32 Lo, Hi, Stride;
} unicode__Range32;
typedef struct unicode__RangeTable {
    GoSlice R16;           /* []Range16 */
    GoSlice R32;           /* []Range32 */
    GoInt LatinOffset;
} unicode__RangeTable;
GoBool unicode__Is(unicode__RangeTable *table, GoInt32 r);
GoBool unicode__IsLetter(GoInt32 r);
GoBool unicode__IsDigit(GoInt32 r);
GoBool unicode__IsSpace(GoInt32 r);
GoBool unicode__IsUpper(GoInt32 r);
GoBool unicode__IsLower(GoInt32 r);
GoBool unicode__IsPrint(GoInt32 r);
GoInt32 unicode__ToUpper(GoInt32 r);
GoInt32 unicode__ToLower(GoInt32 r);
GoInt32 unicode__ToTitle(GoInt32 r);
GoInt32 unicode__SimpleFold(GoInt32 r);
/* unicode/utf8 */
GoInt unicode_utf8__RuneLen(GoInt32 r);
GoBool unicode_utf8__ValidString(GoString s);
GoInt unicode_utf8__RuneCountInString(GoString s);
Tuple_GoInt32_GoInt unicode_utf8__DecodeRuneInString(GoString s);
Tuple_GoInt32_GoInt unicode_utf8__DecodeLastRuneInString(GoString s);

#endif
