/*
 * rt_defer.c — defer, panic and recover: how a panic unwinds.
 *
 * THE MODEL
 *
 * A Go function that contains `defer` is compiled into two C functions: the
 * function itself, which keeps its parameters and results in a context
 * struct, and a body.  The function calls
 *
 *     GoFrame fr;
 *     rt_frame_run(&fr, body, &ctx);
 *     return ctx.results;
 *
 * and each `defer f(args)` in the body becomes rt_defer(&fr, thunk), where
 * the thunk is a closure that calls f with the arguments evaluated at the
 * defer statement.  Functions without defers need no frame at all.
 *
 * rt_frame_run pushes the frame on the goroutine's frame stack and calls
 * setjmp before running the body.  A panic (rt_panic, or any runtime check
 * failing deep inside C helpers) creates a panic record and longjmps to
 * the innermost frame.  Whether the body returned or a panic arrived, the
 * frame then runs its deferred calls, newest first, each exactly once: a
 * record is unlinked from the frame's list *before* its thunk is called.
 * Afterwards:
 *   - no panic: the frame is popped and rt_frame_run returns;
 *   - a deferred call recovered the panic: the panic is over; the frame's
 *     remaining deferred calls run as in a normal return, and rt_frame_run
 *     returns, so the function returns its result variables' current
 *     values, as Go specifies;
 *   - still panicking: the frame is popped and the panic goes on to the
 *     next frame (longjmp again), or, with no frame left, is printed and
 *     the program exits with status 2 (rt_panic.c).
 *
 * PANICS DURING DEFERRED CALLS
 *
 * A deferred call may itself panic.  The new panic is pushed on the chain
 * of panics in progress (the older one stays, as it does in gc, because an
 * unrecovered death prints the whole chain) and unwinds like any other.
 * When it reaches the frame whose deferred call it interrupted, it lands
 * on that frame's setjmp once more; since every record is unlinked before
 * it runs, the frame simply carries on with its remaining deferred calls.
 * If the interrupted deferred call had been started by an older panic,
 * that older panic is "aborted": it can no longer be recovered, and when
 * the newer panic is recovered the aborted ones under it are dropped from
 * the chain with it (gc's rule, so the printed chains match).
 *
 * RECOVER
 *
 * Go's rule: recover() returns the panic value when called directly by a
 * deferred function that the panic is running.  "Directly" is checked by
 * name: the runtime names the deferred closure it calls (recover_id); a
 * thunk that calls a declared function renames it to that function's id
 * object; and a function that calls recover() asks at its entry
 * (rt_recover_allowed) whether it is the one named, so a helper that the
 * deferred function calls is never it.  recover() then succeeds when
 *   - a panic is in progress and neither recovered nor aborted,
 *   - the innermost deferred call executing was started by that panic
 *     (not by a normal return, not by another panic), and
 *   - at most one frame (the deferred function's own, if it defers) has
 *     been pushed since that deferred call started.
 * rt_recover() alone (the runtime's own callers, such as fmt catching a
 * panicking String method) skips the naming.
 * recover of panic(nil) returns nil but still stops the panic (Go 1.19).
 *
 * STATE
 *
 * There are no goroutines, so the state is one static Goroutine struct.
 * Each frame's own bookkeeping (which panic it is unwinding, whether a
 * deferred call is running) lives in volatile locals of rt_frame_run,
 * because those locals are written between setjmp and a later longjmp to
 * it.  Records, panics and the goroutine struct are reachable by the
 * collector: records and panics are GC objects, the struct is a static,
 * and frames live on the C stack, which bdwgc scans.
 */
#include "rt_internal.h"

/* One `defer`: the thunk to call, in the frame's list (newest first). */
struct GoDeferRec {
    GoDeferRec *next;
    GoFunc *thunk;
};

/* A deferred call that is executing (a node on the C stack). */
typedef struct DeferCall {
    struct DeferCall *outer;   /* the deferred call it runs inside, or NULL */
    RtPanic *panic;            /* the panic that started it; NULL: normal return */
    int depth;                 /* depth of the frame that runs it */
} DeferCall;

typedef struct Goroutine {
    GoFrame *frames;           /* the innermost frame */
    int depth;                 /* how many frames are pushed */
    RtPanic *panic;            /* the newest panic in progress, or NULL */
    DeferCall *call;           /* the innermost deferred call executing */
    bool fault;                /* the chain holds a memory fault (gc's gp.sig) */
    const void *recover_id;    /* who may recover: the deferred function */
} Goroutine;

static Goroutine g;

/* What one rt_frame_run activation knows about itself. */
typedef struct FrameState {
    RtPanic *unwinding;        /* the panic running this frame's defers */
    bool calling;              /* a deferred call of this frame is executing */
    RtPanic *calling_for;      /* ... started by this panic (NULL: normal return) */
    DeferCall *outer_call;     /* g.call when the frame was entered */
} FrameState;

void rt_defer(GoFrame *fr, GoFunc *thunk) {
    GoDeferRec *d = rt_alloc(sizeof *d);
    d->thunk = thunk;
    d->next = fr->defers;
    fr->defers = d;
}

_Noreturn void rt_panic_raise(GoEface v, bool fault) {
    RtPanic *p = rt_alloc(sizeof *p);
    p->value = v;
    p->link = g.panic;
    g.panic = p;
    if (fault)
        g.fault = true;
    if (g.frames)
        longjmp(g.frames->jump, 1);
    rt_panic_print_and_exit(g.panic, g.fault);
}

_Noreturn void rt_panic(GoEface value) {
    rt_panic_raise(value, false);
}

GoEface rt_recover(void) {
    RtPanic *p = g.panic;
    DeferCall *c = g.call;
    if (!p || p->recovered || p->aborted || !c || c->panic != p || g.depth > c->depth + 1)
        return (GoEface){NULL, NULL};
    p->recovered = true;
    return p->value;
}

/* Go's "called directly by the deferred function", exactly: the runtime
 * names the deferred closure it calls (recover_id); a thunk that calls a
 * declared function renames it to that function's id; a function that
 * calls recover() asks at its entry whether it is the one named. */
void rt_recover_rearm(const void *id) { g.recover_id = id; }

bool rt_recover_allowed(const void *self) { return self && g.recover_id == self; }

GoEface rt_recover_if(bool allowed) {
    if (!allowed)
        return (GoEface){NULL, NULL};
    return rt_recover();
}

/* The deferred call that recovered p has returned: p is over, and so are
 * the aborted panics right under it (gc drops them at the same point). */
static void finish_recovery(RtPanic *p) {
    g.panic = p->link;
    while (g.panic && g.panic->aborted)
        g.panic = g.panic->link;
    if (!g.panic)
        g.fault = false;
}

/* A panic has longjmp'ed to fr: whatever ran above the frame is gone, so
 * the goroutine's view is reset to the frame's; a deferred call that was
 * interrupted aborts the panic that started it. */
static void catch_panic(GoFrame *fr, volatile FrameState *st) {
    g.frames = fr;
    g.depth = fr->depth;
    g.call = st->outer_call;
    if (st->calling && st->calling_for)
        st->calling_for->aborted = true;
    st->calling = false;
    st->unwinding = g.panic;
}

/* Calls one deferred thunk with the bookkeeping recover needs. */
static void call_deferred(GoFrame *fr, GoDeferRec *d, volatile FrameState *st) {
    DeferCall call = {.outer = g.call, .panic = st->unwinding, .depth = fr->depth};
    st->calling_for = st->unwinding;
    st->calling = true;
    g.call = &call;
    GoFunc *thunk = d->thunk;
    if (!thunk)
        rt_panic_nil();        /* defer of a nil func value panics when run */
    const void *outer_id = g.recover_id;
    g.recover_id = thunk;
    ((void (*)(void *))thunk->fn)(thunk);
    g.recover_id = outer_id;
    g.call = call.outer;
    st->calling = false;
}

/* Runs the frame's deferred calls newest first, each exactly once. */
static void run_defers(GoFrame *fr, volatile FrameState *st) {
    GoDeferRec *d;
    while ((d = fr->defers) != NULL) {
        fr->defers = d->next;
        call_deferred(fr, d, st);
        if (st->unwinding && st->unwinding->recovered) {
            finish_recovery(st->unwinding);
            st->unwinding = NULL;
        }
    }
}

void rt_frame_run(GoFrame *fr, void (*body)(void *ctx), void *ctx) {
    volatile FrameState st = {.unwinding = NULL, .calling = false, .calling_for = NULL,
                              .outer_call = g.call};
    fr->up = g.frames;
    fr->defers = NULL;
    fr->depth = g.depth + 1;
    g.frames = fr;
    g.depth = fr->depth;
    if (setjmp(fr->jump) == 0)
        body(ctx);
    else
        catch_panic(fr, &st);
    run_defers(fr, &st);
    g.frames = fr->up;
    g.depth = fr->depth - 1;
    if (st.unwinding) {
        if (g.frames)
            longjmp(g.frames->jump, 1);
        rt_panic_print_and_exit(g.panic, g.fault);
    }
}
