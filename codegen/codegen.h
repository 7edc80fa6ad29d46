/*
 * codegen.h — phase 5: C text.
 *
 *   requires: a type-checked Package and its escape verdicts.
 *   establishes: one C translation unit that, compiled with the system C
 *                compiler and linked with the runtime (runtime/go2c_rt.h),
 *                behaves as the Go program does — or, for Go it cannot
 *                translate yet, "go2c does not support X" diagnostics in
 *                c->diags and no output.
 *
 * Entry point: codegen_emit.
 */
#ifndef GO2C_CODEGEN_H
#define GO2C_CODEGEN_H

#include "../escape/escape.h"

typedef struct CodegenOptions {
    bool line_directives;       /* emit #line back to the Go source */
    bool escape_off;            /* -escape=off: ignore the verdicts, put on
                                 * the heap all that may outlive its frame */
    bool library;               /* a package other than main: no
                                 * rt_user_main, only the package's code
                                 * (the driver compiles it with cc -c) */
} CodegenOptions;

void codegen_emit(StrBuf *out, Compilation *c, const Package *pkg,
                  const EscapeResult *esc, const CodegenOptions *opts);

#endif
