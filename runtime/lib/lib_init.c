/*
 * lib_init.c — initialization of the standard library's package variables
 * (os.Args, io.EOF, ...), run once by main() before the user's package.
 */
#include "lib.h"

void rt_lib_init(void) {
    rt_lib_init_strconv_os_io();
}
