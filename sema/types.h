/*
 * types.h — Go types, symbols, scopes and constant values, as the type
 * checker builds them and the later phases read them.
 */
#ifndef GO2C_TYPES_H
#define GO2C_TYPES_H

#include "../parser/ast.h"

/* ---- types ------------------------------------------------------------ */

/* X(kind, name) — the basic kinds first, in this order, then composites. */
#define TYPE_KINDS(X)                                                          \
    X(TYPE_INVALID, "invalid type")                                            \
    X(TYPE_BOOL, "bool")                                                       \
    X(TYPE_INT, "int")                                                         \
    X(TYPE_INT8, "int8")                                                       \
    X(TYPE_INT16, "int16")                                                     \
    X(TYPE_INT32, "int32")                                                     \
    X(TYPE_INT64, "int64")                                                     \
    X(TYPE_UINT, "uint")                                                       \
    X(TYPE_UINT8, "uint8")                                                     \
    X(TYPE_UINT16, "uint16")                                                   \
    X(TYPE_UINT32, "uint32")                                                   \
    X(TYPE_UINT64, "uint64")                                                   \
    X(TYPE_UINTPTR, "uintptr")                                                 \
    X(TYPE_FLOAT32, "float32")                                                 \
    X(TYPE_FLOAT64, "float64")                                                 \
    X(TYPE_COMPLEX64, "complex64")                                             \
    X(TYPE_COMPLEX128, "complex128")                                           \
    X(TYPE_STRING, "string")                                                   \
    X(TYPE_UNSAFE_POINTER, "unsafe.Pointer") /* package unsafe's Pointer */    \
    X(TYPE_UNTYPED_BOOL, "untyped bool")                                       \
    X(TYPE_UNTYPED_INT, "untyped int")                                         \
    X(TYPE_UNTYPED_RUNE, "untyped rune")                                       \
    X(TYPE_UNTYPED_FLOAT, "untyped float")                                     \
    X(TYPE_UNTYPED_COMPLEX, "untyped complex")                                 \
    X(TYPE_UNTYPED_STRING, "untyped string")                                   \
    X(TYPE_UNTYPED_NIL, "untyped nil")                                         \
    X(TYPE_ARRAY, "array")                                                     \
    X(TYPE_SLICE, "slice")                                                     \
    X(TYPE_STRUCT, "struct")                                                   \
    X(TYPE_POINTER, "pointer")                                                 \
    X(TYPE_FUNC, "func")                                                       \
    X(TYPE_INTERFACE, "interface")                                             \
    X(TYPE_MAP, "map")                                                         \
    X(TYPE_CHAN, "chan")                                                       \
    X(TYPE_NAMED, "named")       /* a defined type: type T struct{...} */      \
    X(TYPE_TUPLE, "tuple")       /* results of a multi-value call */

typedef enum TypeKind {
#define X(kind, name) kind,
    TYPE_KINDS(X)
#undef X
    TYPE__COUNT
} TypeKind;

typedef struct Type Type;
typedef Vec(Type *) TypeVec;
struct Symbol;

/* A field of a struct type, in declaration order. */
typedef struct StructField {
    const char *name;        /* for an embedded field, its type's name */
    Type *type;
    bool embedded;
    const char *tag;         /* NULL when there is none */
    Pos pos;
} StructField;

/* A method of an interface or of a defined type. */
typedef struct Method {
    const char *name;
    Type *sig;               /* TYPE_FUNC, without the receiver */
    Pos pos;
    struct Symbol *func;     /* a defined type's method: its function */
    bool pointer_recv;       /* declared on *T */
} Method;

typedef Vec(StructField) FieldList;
typedef Vec(Method) MethodList;

/* Each kind uses the union member named after it (tuple for TYPE_TUPLE,
 * array for TYPE_ARRAY, ...); basic kinds use none.  Types are built in the
 * arena by the constructors below; the basic ones are shared statics. */
struct Type {
    TypeKind kind;
    const char *name;        /* "byte", "rune", "any": aliases spelled as written */
    union {
        struct { TypeVec elems; } tuple;
        struct {
            TypeVec params, results;
            bool variadic;       /* last param is ...T (its type: []T) */
        } func;
        struct { Type *elem; int64_t len; } array;
        struct { Type *elem; } slice;
        struct { Type *elem; } pointer;
        struct { Type *key, *value; } map;
        struct { Type *elem; ChanDir dir; } chan;
        struct { FieldList fields; } strct;
        struct {
            MethodList methods;  /* declared in the interface */
            TypeVec embedded;    /* embedded interfaces */
            MethodList all;      /* the method set, sorted by name */
            bool complete;       /* all is computed */
        } iface;
        struct {
            struct Symbol *obj;  /* the type name */
            Type *underlying;    /* NULL while being resolved */
            MethodList methods;  /* declared with this receiver type */
            const char *pkg;     /* package path: "main", "fmt" ... */
        } named;
    };
};

Type *type_new(Arena *a, TypeKind kind);
Type *type_new_array(Arena *a, Type *elem, int64_t len);
Type *type_new_slice(Arena *a, Type *elem);
Type *type_new_pointer(Arena *a, Type *elem);
Type *type_new_map(Arena *a, Type *key, Type *value);
Type *type_new_chan(Arena *a, Type *elem, ChanDir dir);
Type *type_new_named(Arena *a, struct Symbol *obj, const char *pkg);

/* The underlying type (spec: "Underlying types"): itself for all but
 * defined types.  NULL only for a defined type still being resolved. */
Type *type_under(const Type *t);

/* The predeclared basic types, indexed by kind (TYPE_BOOL..TYPE_UNTYPED_NIL). */
Type *type_basic(TypeKind k);
/* byte and rune: identical to uint8 and int32, but named as written;
 * any: interface{}, likewise. */
Type *type_byte(void);
Type *type_rune(void);
Type *type_any(void);
const char *type_kind_name(TypeKind k);
/* How gc writes the type in messages: "int", "untyped float", "func(int) string". */
const char *type_string(Arena *a, const Type *t);

bool type_is_integer(const Type *t);   /* typed or untyped (rune too) */
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_complex(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_untyped(const Type *t);
bool type_identical(const Type *a, const Type *b);
bool type_identical_ignoring_tags(const Type *a, const Type *b);
/* spec: "Comparison operators": may values of t be compared with ==? */
bool type_comparable(const Type *t);
/* Does a value of t hold a pointer (a string, slice, map, func, pointer,
 * interface or channel, directly or in a field or element)?  What the
 * collector must scan, what escape analysis follows. */
bool type_has_pointers(const Type *t);
/* Size in bytes of a sized numeric type (int and uint are 8, as on amd64). */
int type_size(const Type *t);
/* unsafe.Sizeof and Alignof of any type, as gc on amd64 (INT64_MAX when
 * too large to say). */
int64_t type_sizeof(const Type *t);
int64_t type_alignof(const Type *t);

/* Expr.sema_mode: what an expression denotes. */
typedef enum Mode {
    MODE_INVALID,   /* an error was reported; say nothing more about it */
    MODE_NOVALUE,   /* a call of a function without results */
    MODE_VALUE,     /* a computed value */
    MODE_VAR,       /* an addressable variable */
    MODE_CONST,     /* a constant: Expr.cval is set */
    MODE_TYPE,      /* a type: Expr.type is the type */
    MODE_BUILTIN,   /* a builtin or library function the compiler knows */
    MODE_PACKAGE,   /* an imported package name */
    MODE_MAPINDEX   /* m[k]: assignable, not addressable */
} Mode;

/* ---- selectors ---------------------------------------------------------- */

typedef struct PathStep { int field; const struct PathStep *prev; } PathStep;
typedef enum LookupKind { LOOKUP_NONE, LOOKUP_FIELD, LOOKUP_METHOD, LOOKUP_AMBIGUOUS } LookupKind;
/* What x.name selects in a value of type t (spec: "Selectors"). */
typedef struct Lookup {
    LookupKind kind;
    Method *method;          /* LOOKUP_METHOD */
    StructField *field;      /* LOOKUP_FIELD */
    bool indirect;           /* reached through a pointer */
    int depth;               /* embedding depth: 0 for T's own */
    Type *owner;             /* the type declaring it */
    bool in_interface;       /* an interface's method */
    int field_index;         /* LOOKUP_FIELD: its index in owner's struct */
    /* the embedded fields selected on the way, outermost first: each is
     * an index into the fields of the struct reached so far (following
     * pointers); path_len == depth */
    const int *path;
    int path_len;
} Lookup;
/* What x.name selects in a value of type t (spec: "Selectors"): a field or
 * method at the shallowest depth, through embedded fields.  Interface
 * method sets must be complete (they are once sema is done). */
Lookup type_lookup(Arena *a, Type *t, const char *name);

/* ---- constants --------------------------------------------------------- */

typedef enum ConstKind { CONST_BOOL, CONST_STRING, CONST_INT, CONST_FLOAT, CONST_COMPLEX }
    ConstKind;

/* A constant value, held as gc holds it (go/constant): integers are GMP
 * integers; floats are exact fractions (mpq) until a numerator or
 * denominator outgrows 4096 bits, then 512-bit binary floats (mpfr) with
 * big.Float's 32-bit exponent; a complex constant is two float parts.
 * Storage lives in the arena; the GMP and MPFR parts are opaque here (see
 * const.c). */
typedef struct ConstVal {
    ConstKind kind;
    bool b;
    const char *s;
    size_t s_len;
    void *num;            /* mpz_t* (CONST_INT); mpq_t* or mpfr_t* (CONST_FLOAT) */
    bool binary;          /* CONST_FLOAT: num is an mpfr_t*, not an exact mpq_t* */
    const struct ConstVal *re, *im;  /* CONST_COMPLEX: its CONST_FLOAT parts */
} ConstVal;

/* For code generation: a typed constant's value as a C literal's payload. */
int64_t const_int64(const ConstVal *v);      /* representable integers */
uint64_t const_uint64(const ConstVal *v);
double const_float64(const ConstVal *v);     /* correctly rounded */
float const_float32(const ConstVal *v);
/* A complex constant's imaginary part (0 for other constants), rounded to
 * float32 (is32) or float64. */
double const_imag64(const ConstVal *v, bool is32);
/* Go's spelling of the value, for `dump types`: 42, 0.1, "s", true. */
const char *const_string(Arena *a, const ConstVal *v);

/* ---- symbols and scopes ------------------------------------------------ */

typedef enum SymbolKind {
    SYM_CONST, SYM_VAR, SYM_TYPE, SYM_FUNC, SYM_PACKAGE, SYM_BUILTIN, SYM_NIL,
    SYM_LABEL
} SymbolKind;

typedef enum Builtin {
    BUILTIN_NONE, BUILTIN_PRINT, BUILTIN_PRINTLN, BUILTIN_LEN,
    /* the other builtins of Go (sema/builtins.c) */
    BUILTIN_APPEND, BUILTIN_CAP, BUILTIN_CLOSE, BUILTIN_COMPLEX, BUILTIN_COPY,
    BUILTIN_DELETE, BUILTIN_IMAG, BUILTIN_MAKE, BUILTIN_NEW, BUILTIN_PANIC,
    BUILTIN_REAL, BUILTIN_RECOVER,
    /* std-library functions the compiler implements directly */
    BUILTIN_FMT_PRINT, BUILTIN_FMT_PRINTLN, BUILTIN_FMT_PRINTF,
    BUILTIN_FMT_SPRINT, BUILTIN_FMT_SPRINTLN, BUILTIN_FMT_SPRINTF,
    BUILTIN_OS_EXIT,
    /* package unsafe */
    BUILTIN_UNSAFE_SIZEOF, BUILTIN_UNSAFE_ALIGNOF, BUILTIN_UNSAFE_OFFSETOF
} Builtin;

typedef struct Scope Scope;

typedef struct Symbol {
    SymbolKind kind;
    const char *name;
    Pos pos;                 /* declaration */
    Type *type;
    ConstVal *cval;          /* SYM_CONST */
    Builtin builtin;         /* SYM_BUILTIN, and std functions */
    const char *pkg_path;    /* SYM_PACKAGE: "fmt" */
    Scope *pkg_scope;        /* SYM_PACKAGE: its exported names */
    Decl *decl;              /* SYM_FUNC, package-level SYM_VAR/SYM_CONST */
    bool is_global;          /* package-level variable */
    bool is_param;
    bool used;
    /* package-level objects: resolution state and initialization deps */
    int state;               /* 0 unresolved, 1 resolving, 2 resolved */
    Vec(struct Symbol *) deps;
} Symbol;

struct Scope {
    Scope *parent;
    Vec(Symbol *) syms;      /* in order of declaration */
    bool is_func;            /* a function's outermost scope */
    /* A hash index of syms by name (open addressing, power-of-two size),
     * made once the scope outgrows a linear scan: the package block of a
     * large program holds thousands of names. */
    Symbol **index;
    int index_cap;
};

Scope *scope_new(Arena *a, Scope *parent);
Symbol *scope_lookup_local(const Scope *s, const char *name);
Symbol *scope_lookup(const Scope *s, const char *name);
void scope_insert(Arena *a, Scope *s, Symbol *sym);

#endif
