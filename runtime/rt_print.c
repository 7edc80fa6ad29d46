/*
 * rt_print.c — the print and println builtins.
 *
 * These write to stderr in the formats of Go's runtime (not fmt's): floats
 * always as "+1.500000e+000", no quoting, nothing between operands.
 * println's spaces and newline come from generated code calling
 * rt_print_space and rt_print_newline between and after the operands.
 * Like Go, each call writes at once; nothing is buffered.
 */
#include <inttypes.h>
#include <stdio.h>

#include "rt_internal.h"

static void put(const char *s, size_t n) {
    rt_write_all(2, s, n);
}

void rt_print_bool(bool v) {
    if (v)
        put("true", 4);
    else
        put("false", 5);
}

void rt_print_int(GoInt64 v) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%" PRId64, v);
    put(buf, (size_t)n);
}

void rt_print_uint(GoUint64 v) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%" PRIu64, v);
    put(buf, (size_t)n);
}

void rt_print_float(GoFloat64 v) {
    char buf[RT_PRINT_FLOAT_MAX];
    put(buf, rt_float_runtime_format(buf, v));
}

void rt_print_string(GoString v) {
    rt_write_all(2, v.ptr, (size_t)v.len);
}

void rt_print_space(void) {
    put(" ", 1);
}

void rt_print_newline(void) {
    put("\n", 1);
}

/* Addresses in hex as Go's runtime prints them. */
void rt_print_pointer(const void *p) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "0x%" PRIxPTR, (uintptr_t)p);
    put(buf, (size_t)n);
}

void rt_print_slice(GoSlice s) {
    char buf[64];
    int n = snprintf(buf, sizeof buf, "[%lld/%lld]", (long long)s.len, (long long)s.cap);
    put(buf, (size_t)n);
    rt_print_pointer(s.ptr);
}

void rt_print_eface(GoEface e) {
    put("(", 1);
    rt_print_pointer(e.type);
    put(",", 1);
    rt_print_pointer(e.data);
    put(")", 1);
}

void rt_print_complex(GoComplex128 c) {
    put("(", 1);
    rt_print_float(c.real);
    rt_print_float(c.imag);
    put("i)", 2);
}
