/*
 * rt_stack.c — the stack Go code runs on, and what happens when it runs out.
 *
 * Why a stack of our own.  A goroutine's stack in gc grows on demand up to
 * 1e9 bytes, so Go programs may recurse a million levels deep or declare a
 * 9 MB local array (gc keeps locals up to 10 MB on the stack).  A C
 * program's main thread usually gets 8 MB (ulimit -s), which such programs
 * overflow at once.  So C main() does not run the Go program itself: it
 * starts one thread whose stack is 1 GiB and runs the Go program there,
 * then waits for it (rt_run_on_go_stack).
 *
 * Why the collector must know.  bdwgc finds live objects by scanning every
 * thread's stack for things that look like pointers.  A thread it does not
 * know about is invisible: an object only that thread's locals point to
 * would be freed under its feet.  GC_pthread_create (bdwgc built with
 * thread support, which Debian's is) registers the new thread, so its stack
 * is scanned from its current top down to its base, i.e. only the part in
 * use, however big the reservation.
 *
 * The memory.  The 1 GiB is reserved with mmap(MAP_NORESERVE): the kernel
 * gives a page real memory only when it is first touched, so a program that
 * never recurses deeply costs no more than on a normal stack.  Below the
 * stack (stacks grow downwards) lies a guard region mapped PROT_NONE: any
 * access there faults with SIGSEGV.
 *
 *     low addresses                                        high addresses
 *     [ guard: PROT_NONE ][ usable stack, 1 GiB ...  <- grows down ... top ]
 *
 * The overflow message.  On SIGSEGV the kernel must run our handler on some
 * stack, and the thread's own stack is exactly what is exhausted: hence an
 * alternate signal stack (sigaltstack) for that thread, and SA_ONSTACK.
 * The handler looks at the fault address: inside the guard region it is a
 * stack overflow, reported as gc reports it,
 *
 *     runtime: goroutine stack exceeds 1000000000-byte limit
 *     runtime: sp=0x7f... stack=[0x7f..., 0x7f...]
 *     fatal error: stack overflow
 *
 * followed by exit status 2 (gc then prints stack traces, which go2c does
 * not imitate).  Any other fault is not ours: the handler puts back the
 * handler that was there before (the default, which kills the process, or
 * a sanitizer's) and returns, so the faulting instruction runs again and
 * meets that handler.
 *
 * A frame larger than the guard could jump over it into unrelated memory;
 * the driver compiles generated code with -fstack-clash-protection, which
 * makes big frames touch their pages one by one, top to bottom, so the
 * first touch below the stack is always in the guard.
 *
 * The handler only does async-signal-safe things: it formats numbers by
 * hand and calls write(2) and _exit(2).
 */
#define _GNU_SOURCE /* MAP_NORESERVE, MAP_STACK, the registers in ucontext_t */
#define GC_THREADS  /* declares GC_pthread_create */
#define GC_NO_THREAD_REDIRECTS /* we call GC_pthread_create by name */
#include <gc.h>

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "rt_internal.h"

enum {
    GO_STACK_SIZE = 1 << 30,    /* 1 GiB: at least gc's 1e9-byte limit */
    GUARD_SIZE = 1 << 20,       /* catches a frame of up to 1 MiB even
                                 * without stack-clash probes */
    ALT_STACK_SIZE = 256 << 10  /* the signal handler's stack; roomy, as a
                                 * sanitizer's handler may run on it too */
};

/* The usable stack [stack_lo, stack_hi) and the guard below it. */
static uintptr_t guard_lo, stack_lo, stack_hi;
/* The SIGSEGV action before ours, to hand other faults on to. */
static struct sigaction previous_segv;

/* ---- the message, without stdio (a signal handler may not use it) ---- */

static char *put_str(char *p, const char *s) {
    size_t n = strlen(s);
    memcpy(p, s, n);
    return p + n;
}

/* "0x" and lower-case hex digits, as gc prints addresses. */
static char *put_hex(char *p, uintptr_t v) {
    char digits[2 * sizeof v];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    p = put_str(p, "0x");
    while (n > 0)
        *p++ = digits[--n];
    return p;
}

/* The stack pointer when the fault happened; the fault address (which is
 * close to it) where we do not know the machine's register names. */
static uintptr_t fault_sp(const void *uctx, uintptr_t addr) {
    const ucontext_t *uc = uctx;
    (void)addr; /* used only where the registers are unknown */
#if defined(__x86_64__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
    return (uintptr_t)uc->uc_mcontext.sp;
#else
    (void)uc;
    return addr;
#endif
}

_Noreturn static void report_overflow(uintptr_t sp) {
    char msg[256];
    char *p = msg;
    p = put_str(p, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    p = put_str(p, "runtime: sp=");
    p = put_hex(p, sp);
    p = put_str(p, " stack=[");
    p = put_hex(p, stack_lo);
    p = put_str(p, ", ");
    p = put_hex(p, stack_hi);
    p = put_str(p, "]\nfatal error: stack overflow\n");
    rt_write_all(2, msg, (size_t)(p - msg));
    _exit(2);
}

static void on_segv(int sig, siginfo_t *info, void *uctx) {
    uintptr_t addr = (uintptr_t)info->si_addr;
    if (addr >= guard_lo && addr < stack_lo)
        report_overflow(fault_sp(uctx, addr));
    /* Not a stack overflow: let the previous handler see the fault again
     * (SIG_IGN would make it loop forever, so that becomes the default). */
    struct sigaction prev = previous_segv;
    if (!(prev.sa_flags & SA_SIGINFO) && prev.sa_handler == SIG_IGN)
        prev.sa_handler = SIG_DFL;
    sigaction(sig, &prev, NULL);
}

/* ---- setting it up ------------------------------------------------------ */

/* The Go thread's alternate signal stack.  A sanitizer may already have
 * given the thread one; then that one serves (it also frees it). */
static void ensure_alt_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE))
        return;
    void *p = mmap(NULL, ALT_STACK_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return; /* no message on overflow then, only the default signal */
    stack_t ss = {.ss_sp = p, .ss_size = ALT_STACK_SIZE, .ss_flags = 0};
    sigaltstack(&ss, NULL);
}

static void install_segv_handler(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &previous_segv);
}

/* Reserves guard + stack; returns the lowest address of the usable stack,
 * or NULL. */
static void *reserve_stack(void) {
    size_t total = (size_t)GUARD_SIZE + GO_STACK_SIZE;
    char *base = mmap(NULL, total, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                      -1, 0);
    if (base == MAP_FAILED)
        return NULL;
    if (mprotect(base, GUARD_SIZE, PROT_NONE) != 0) {
        munmap(base, total);
        return NULL;
    }
    guard_lo = (uintptr_t)base;
    stack_lo = guard_lo + GUARD_SIZE;
    stack_hi = stack_lo + GO_STACK_SIZE;
    return base + GUARD_SIZE;
}

typedef struct GoStart {
    void (*fn)(void);
} GoStart;

static void *go_thread(void *arg) {
    GoStart *start = arg;
    ensure_alt_stack();
    install_segv_handler();
    start->fn();
    return NULL;
}

/* Runs fn on a thread with the big stack and waits for it to return.  If
 * the thread cannot be made (address space limited by ulimit -v, say), fn
 * runs right here on the ordinary stack: small programs still work. */
void rt_run_on_go_stack(void (*fn)(void)) {
    static GoStart start;
    start.fn = fn;
    void *stack = reserve_stack();
    pthread_attr_t attr;
    pthread_t thread;
    if (stack && pthread_attr_init(&attr) == 0) {
        int err = pthread_attr_setstack(&attr, stack, GO_STACK_SIZE);
        if (err == 0)
            err = GC_pthread_create(&thread, &attr, go_thread, &start);
        pthread_attr_destroy(&attr);
        if (err == 0) {
            /* From here on this thread only waits and touches no Go
             * object: off the collector's list, so that a collection need
             * not stop it with a signal first (a third of its cost for a
             * small heap). */
            GC_unregister_my_thread();
            GC_pthread_join(thread, NULL);
            return;
        }
    }
    fn();
}
