/*
 * rt_panic.c — run-time panics.
 *
 * Without recover (not supported yet) a panic ends the program, so each
 * entry point prints what gc prints and exits with status 2:
 *
 *     panic: runtime error: index out of range [5] with length 3
 *     <blank line>
 *     goroutine 1 [running]:
 *
 * gc goes on with a stack trace; go2c stops after the goroutine header,
 * which is as far as its tests compare.  Stdout is flushed first so that
 * output printed before the panic is not lost.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt_internal.h"

/* Prints "panic: " + msg + the goroutine header and exits. */
_Noreturn static void die(GoString msg) {
    RtBuf b;
    rt_buf_init(&b);
    rt_buf_puts(&b, "panic: ");
    rt_buf_write(&b, msg.ptr, (size_t)msg.len);
    rt_buf_puts(&b, "\n\ngoroutine 1 [running]:\n");
    rt_flush_stdout();
    rt_write_all(2, b.ptr, b.len);
    exit(2);
}

/* Go omits the length when the index itself is negative. */
_Noreturn void rt_panic_index(GoInt index, GoInt len) {
    char msg[96];
    int n = index < 0
                ? snprintf(msg, sizeof msg, "runtime error: index out of range [%lld]",
                           (long long)index)
                : snprintf(msg, sizeof msg,
                           "runtime error: index out of range [%lld] with length %lld",
                           (long long)index, (long long)len);
    die((GoString){(const uint8_t *)msg, n});
}

_Noreturn void rt_panic_divide(void) {
    die(RT_STR("runtime error: integer divide by zero"));
}

_Noreturn void rt_panic_shift(void) {
    die(RT_STR("runtime error: negative shift amount"));
}

_Noreturn void rt_panic_string(GoString msg) {
    die(msg);
}

_Noreturn void rt_panic_runtime(const char *msg) {
    rt_panic_string(rt_string_concat(RT_STR("runtime error: "),
                                     (GoString){(const uint8_t *)msg, (GoInt)strlen(msg)}));
}
