/*
 * rt_internal.h — what the runtime's own files share with each other.
 *
 * go2c_rt.h is the contract with generated code; this header is not part of
 * it.  It holds the few helpers several runtime files need: a growable byte
 * buffer (fmt builds its output in one before writing or returning it),
 * UTF-8 coding with Go's rules, Go's notion of a printable rune, float
 * formatting in strconv's and the print builtin's formats, and raw writes to
 * a file descriptor.  The unit tests include it to test those pieces
 * directly.
 */
#ifndef GO2C_RT_INTERNAL_H
#define GO2C_RT_INTERNAL_H

#include "go2c_rt.h"

/* ---- byte buffer (rt_buf.c) ----------------------------------------------
 * Starts in the inline array, so short outputs never allocate; grows on the
 * GC heap (pointer-free, so atomic).  rt_buf_string hands the bytes over as
 * a GoString without copying when they already live on the heap. */
enum { RT_BUF_INLINE = 128 };

typedef struct RtBuf {
    uint8_t *ptr;
    size_t len, cap;
    uint8_t inline_bytes[RT_BUF_INLINE];
} RtBuf;

void rt_buf_init(RtBuf *b);
void rt_buf_reserve(RtBuf *b, size_t extra);
void rt_buf_write(RtBuf *b, const void *p, size_t n);
void rt_buf_putc(RtBuf *b, uint8_t c);
void rt_buf_puts(RtBuf *b, const char *s);
void rt_buf_fill(RtBuf *b, uint8_t c, size_t n);
void rt_buf_put_rune(RtBuf *b, int32_t r);
GoString rt_buf_string(RtBuf *b);

/* ---- UTF-8 (rt_utf8.c) -------------------------------------------------- */

enum { RT_RUNE_ERROR = 0xFFFD, RT_MAX_RUNE = 0x10FFFF, RT_UTF_MAX = 4 };

bool rt_rune_valid(int64_t r);                     /* utf8.ValidRune */
/* utf8.EncodeRune: invalid runes encode as U+FFFD; returns the length. */
int rt_utf8_encode(uint8_t out[RT_UTF_MAX], int32_t r);
/* utf8.DecodeRune: an invalid or short sequence gives (U+FFFD, 1); n > 0. */
int rt_utf8_decode(const uint8_t *s, size_t n, int32_t *r);
size_t rt_utf8_count(const uint8_t *s, size_t n); /* utf8.RuneCount */
bool rt_rune_is_print(int32_t r);                  /* strconv.IsPrint */

/* ---- quoting (rt_quote.c), as strconv's Quote family does it ------------- */

/* Appends s in double quotes, escaped; ascii_only is QuoteToASCII. */
void rt_quote_string(RtBuf *b, const uint8_t *s, size_t n, bool ascii_only);
/* Appends r in single quotes (QuoteRune / QuoteRuneToASCII). */
void rt_quote_rune(RtBuf *b, int32_t r, bool ascii_only);
bool rt_can_backquote(const uint8_t *s, size_t n); /* strconv.CanBackquote */

/* ---- floats (rt_float.c) -------------------------------------------------- */

/* strconv.AppendFloat(v, fmt, prec, bitsize): fmt is one of b e E f g G x X;
 * prec < 0 asks for the fewest digits that read back as the same float64
 * (bitsize 64) or float32 (bitsize 32). */
void rt_float_append(RtBuf *b, double v, char fmt, int prec, int bitsize);

/* The print builtin's float format, "+1.500000e+000"; at most this long. */
enum { RT_PRINT_FLOAT_MAX = 14 };
size_t rt_float_runtime_format(char out[RT_PRINT_FLOAT_MAX], double v);

/* ---- the operating system (rt_os.c) --------------------------------------- */

/* Writes all n bytes to fd, retrying short writes; errors are ignored, as
 * Go's print builtin ignores them. */
void rt_write_all(int fd, const void *p, size_t n);
/* Flushes C stdio (in case anything used it) before the process ends. */
void rt_flush_stdout(void);
/* C main records the command line here for os.Args. */
void rt_args_init(int argc, char **argv);

/* ---- start-up (rt_stack.c, rt_alloc.c), for C main (rt_main.c) ------------- */

/* Runs fn on a thread with a 1 GiB stack that the collector scans and
 * whose overflow prints gc's "fatal error: stack overflow"; returns when
 * fn does. */
void rt_run_on_go_stack(void (*fn)(void));
/* Reads GO2CDEBUG (gcstress=N: collect before every N-th allocation). */
void rt_alloc_init(void);

/* ---- the allocation profile (rt_profile.c), for rt_alloc.c ------------------ */

/* Turns the profile on and prints it at exit (atexit). */
void rt_profile_start(void);
/* One allocation of size bytes at site (NULL: the runtime's own). */
void rt_profile_count(GoAllocSite *site, size_t size);

/* ---- fmt (rt_fmt.c), for package fmt's C side (runtime/lib/fmt.c) ---------- */

/* The code of method `name` in t's method set, or NULL. */
void (*rt_fmt_find_method(const GoType *t, const char *name))(void);
/* Errorf's formatting: like Sprintf, but %w is allowed once; *wrapped gets
 * its operand (type NULL when there was none). */
GoString rt_fmt_errorf(GoString format, const GoEface *args, GoInt n, GoEface *wrapped);

/* ---- panics (rt_defer.c raises and unwinds, rt_panic.c prints) ----------- */

/* One panic of the goroutine's chain, newest first (link is the older one
 * that was in progress when this one started). */
typedef struct RtPanic {
    GoEface value;
    struct RtPanic *link;
    bool recovered;            /* recover() returned it */
    bool aborted;              /* a newer panic unwound past its deferred call */
} RtPanic;

/* Starts a panic with value v; fault says it stands for a memory fault
 * (gc then prints a "[signal SIGSEGV ...]" line if the program dies). */
_Noreturn void rt_panic_raise(GoEface v, bool fault);
/* No frame is left: prints the chain as gc does and exits with status 2. */
_Noreturn void rt_panic_print_and_exit(RtPanic *chain, bool fault);

#endif
