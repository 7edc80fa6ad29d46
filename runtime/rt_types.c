/*
 * rt_types.c — descriptors of the predeclared types.
 *
 * Generated code passes &rt_type_int and friends in interface values; fmt
 * reads the kind to know how to load and print the value and the name for
 * %T.  byte and rune are aliases, so they share uint8's and int32's
 * descriptors and print as "uint8" and "int32", as in Go.
 */
#include "rt_internal.h"

#define RT_BASIC_TYPE(var, KIND, ctype, goname) \
    const GoType var = {.kind = KIND, .size = (GoInt)sizeof(ctype), .name = goname, \
                        .comparable = true};

RT_BASIC_TYPE(rt_type_bool, RT_KIND_BOOL, GoBool, "bool")
RT_BASIC_TYPE(rt_type_int, RT_KIND_INT, GoInt, "int")
RT_BASIC_TYPE(rt_type_int8, RT_KIND_INT8, GoInt8, "int8")
RT_BASIC_TYPE(rt_type_int16, RT_KIND_INT16, GoInt16, "int16")
RT_BASIC_TYPE(rt_type_int32, RT_KIND_INT32, GoInt32, "int32")
RT_BASIC_TYPE(rt_type_int64, RT_KIND_INT64, GoInt64, "int64")
RT_BASIC_TYPE(rt_type_uint, RT_KIND_UINT, GoUint, "uint")
RT_BASIC_TYPE(rt_type_uint8, RT_KIND_UINT8, GoUint8, "uint8")
RT_BASIC_TYPE(rt_type_uint16, RT_KIND_UINT16, GoUint16, "uint16")
RT_BASIC_TYPE(rt_type_uint32, RT_KIND_UINT32, GoUint32, "uint32")
RT_BASIC_TYPE(rt_type_uint64, RT_KIND_UINT64, GoUint64, "uint64")
RT_BASIC_TYPE(rt_type_uintptr, RT_KIND_UINTPTR, GoUintptr, "uintptr")
RT_BASIC_TYPE(rt_type_float32, RT_KIND_FLOAT32, GoFloat32, "float32")
RT_BASIC_TYPE(rt_type_float64, RT_KIND_FLOAT64, GoFloat64, "float64")
RT_BASIC_TYPE(rt_type_complex64, RT_KIND_COMPLEX64, GoComplex64, "complex64")
RT_BASIC_TYPE(rt_type_complex128, RT_KIND_COMPLEX128, GoComplex128, "complex128")
RT_BASIC_TYPE(rt_type_unsafe_pointer, RT_KIND_UNSAFE_POINTER, void *, "unsafe.Pointer")
const GoType rt_type_string = {.kind = RT_KIND_STRING, .size = (GoInt)sizeof(GoString),
                               .name = "string", .comparable = true, .has_pointers = true};
