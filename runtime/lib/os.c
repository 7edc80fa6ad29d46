/*
 * os.c — package os, declared in lib/os/ (os.Exit is the compiler's), and
 * the start-up of the package variables of strconv, io and os.
 *
 * Files are plain file descriptors, read and written with read(2) and
 * write(2) directly, unbuffered as in Go.  Failures are *fs.PathError
 * values ("open x: no such file or directory"): the message of the
 * underlying error is strerror's with its first letter lowered, which is
 * Go's text for the common errno values.
 */
#define _DEFAULT_SOURCE /* j0, lgamma_r, setenv, gethostname, environ: POSIX/BSD */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib.h"

GoSlice os__Args;
os__File *os__Stdin, *os__Stdout, *os__Stderr;

typedef struct { GoString r0; GoBool r1; } Tuple_GoString_GoBool;

static GoString cstr(const char *s) {
    return rt_string_from_bytes((const uint8_t *)s, (GoInt)strlen(s));
}
/* A NUL-terminated copy of a Go string, for the C library. */
static char *cstring(GoString s) {
    char *p = rt_alloc_atomic((size_t)s.len + 1);
    memcpy(p, s.ptr, (size_t)s.len);
    p[s.len] = '\0';
    return p;
}

/* ---- *fs.PathError ---------------------------------------------------------------- */

typedef struct fs__PathError {
    GoString Op;
    GoString Path;
    GoEface Err;
} fs__PathError;

static GoString path_error_error(void *recv) {
    static GoMethodCache cache;
    fs__PathError *e = *(fs__PathError **)recv;
    GoString (*err_fn)(void *) = (GoString(*)(void *))rt_imethod(e->Err, "Error", &cache);
    GoString parts[] = {e->Op, RT_STR(" "), e->Path, RT_STR(": "), err_fn(e->Err.data)};
    return rt_string_concatn(parts, 5);
}
static GoEface path_error_unwrap(void *recv) {
    return (*(fs__PathError **)recv)->Err;
}

static const char *const error_imethods[] = {"Error"};
static const GoType error_type = {
    .kind = RT_KIND_INTERFACE, .size = (GoInt)sizeof(GoEface), .name = "error",
    .named = true, .comparable = true, .has_pointers = true,
    .imethods = error_imethods, .nimethods = 1};
static const GoField path_error_fields[] = {
    {"Op", &rt_type_string, (GoInt)offsetof(fs__PathError, Op), false},
    {"Path", &rt_type_string, (GoInt)offsetof(fs__PathError, Path), false},
    {"Err", &error_type, (GoInt)offsetof(fs__PathError, Err), false},
};
static const GoType path_error_type = {
    .kind = RT_KIND_STRUCT, .size = (GoInt)sizeof(fs__PathError), .name = "fs.PathError",
    .named = true, .comparable = true, .has_pointers = true,
    .fields = path_error_fields, .nfields = 3};
static const GoMethod path_error_methods[] = {
    {"Error", (void (*)(void))path_error_error},
    {"Unwrap", (void (*)(void))path_error_unwrap},
};
static const GoType path_error_ptr_type = {
    .kind = RT_KIND_POINTER, .size = (GoInt)sizeof(void *), .name = "*fs.PathError",
    .comparable = true, .has_pointers = true, .elem = &path_error_type,
    .methods = path_error_methods, .nmethods = 2};

/* errno's message as Go spells it: strerror's, first letter lowered. */
static GoEface errno_error(int err) {
    char msg[128];
    snprintf(msg, sizeof msg, "%s", strerror(err));
    if (msg[0] >= 'A' && msg[0] <= 'Z')
        msg[0] = (char)(msg[0] - 'A' + 'a');
    return errors__New(cstr(msg));
}

static GoEface path_error(const char *op, GoString path, int err) {
    fs__PathError *e = rt_alloc(sizeof *e);
    e->Op = cstr(op);
    e->Path = path;
    e->Err = errno_error(err);
    return rt_box(&path_error_ptr_type, &e);
}

/* ---- files -------------------------------------------------------------------------- */

static os__File *new_file(int fd, const char *name) {
    os__File *f = rt_alloc(sizeof *f);
    f->fd = fd;
    f->name = cstr(name);
    return f;
}

static GoEface closed_error(const char *op, os__File *f) {
    fs__PathError *e = rt_alloc(sizeof *e);
    e->Op = cstr(op);
    e->Path = f->name;
    e->Err = errors__New(RT_STR("file already closed"));
    return rt_box(&path_error_ptr_type, &e);
}

/* Writes everything, retrying after signals and short writes. */
Tuple_GoInt_GoEface os__File__Write(os__File *f, GoSlice b) {
    rt_nilcheck(f);
    if (f->fd < 0)
        return (Tuple_GoInt_GoEface){0, closed_error("write", f)};
    GoInt done = 0;
    while (done < b.len) {
        ssize_t n = write((int)f->fd, (const uint8_t *)b.ptr + done, (size_t)(b.len - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return (Tuple_GoInt_GoEface){done, path_error("write", f->name, errno)};
        done += n;
    }
    return (Tuple_GoInt_GoEface){done, {0}};
}

Tuple_GoInt_GoEface os__File__WriteString(os__File *f, GoString s) {
    return os__File__Write(f, (GoSlice){(void *)s.ptr, s.len, s.len});
}

/* One read(2); 0 bytes at the end of the file is io.EOF, as in Go. */
Tuple_GoInt_GoEface os__File__Read(os__File *f, GoSlice b) {
    rt_nilcheck(f);
    if (f->fd < 0)
        return (Tuple_GoInt_GoEface){0, closed_error("read", f)};
    if (b.len == 0)
        return (Tuple_GoInt_GoEface){0, {0}};
    ssize_t n;
    do
        n = read((int)f->fd, b.ptr, (size_t)b.len);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return (Tuple_GoInt_GoEface){0, path_error("read", f->name, errno)};
    if (n == 0)
        return (Tuple_GoInt_GoEface){0, io__EOF};
    return (Tuple_GoInt_GoEface){n, {0}};
}

GoEface os__File__Close(os__File *f) {
    rt_nilcheck(f);
    if (f->fd < 0)
        return closed_error("close", f);
    int fd = (int)f->fd;
    f->fd = -1;
    if (close(fd) != 0)
        return path_error("close", f->name, errno);
    return (GoEface){0};
}

GoString os__File__Name(os__File *f) {
    rt_nilcheck(f);
    return f->name;
}

/* Go returns ^uintptr(0) for a closed file. */
GoUintptr os__File__Fd(os__File *f) {
    return f && f->fd >= 0 ? (GoUintptr)f->fd : ~(GoUintptr)0;
}

/* ---- whole files -------------------------------------------------------------------- */

Tuple_GoSlice_GoEface os__ReadFile(GoString name) {
    int fd;
    do
        fd = open(cstring(name), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return (Tuple_GoSlice_GoEface){{0}, path_error("open", name, errno)};
    GoSlice b = rt_make_slice(&rt_type_uint8, 0, 512);
    for (;;) {
        if (b.len == b.cap) {
            uint8_t zero = 0;
            b = rt_append_slice(&rt_type_uint8, b, &zero, 1);
            b.len--;
        }
        ssize_t n = read(fd, (uint8_t *)b.ptr + b.len, (size_t)(b.cap - b.len));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            int err = errno;
            close(fd);
            return (Tuple_GoSlice_GoEface){b, path_error("read", name, err)};
        }
        if (n == 0)
            break;
        b.len += n;
    }
    close(fd);
    return (Tuple_GoSlice_GoEface){b, {0}};
}

GoEface os__WriteFile(GoString name, GoSlice data, GoUint32 perm) {
    int fd;
    do
        fd = open(cstring(name), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, (mode_t)(perm & 0777));
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return path_error("open", name, errno);
    os__File f = {fd, name};
    Tuple_GoInt_GoEface w = os__File__Write(&f, data);
    if (close(fd) != 0 && !w.r1.type)
        return path_error("close", name, errno);
    return w.r1;
}

/* ---- the environment -------------------------------------------------------------- */

Tuple_GoString_GoBool os__LookupEnv(GoString key) {
    const char *v = memchr(key.ptr, 0, (size_t)key.len) ? NULL : getenv(cstring(key));
    if (!v)
        return (Tuple_GoString_GoBool){{(const uint8_t *)"", 0}, false};
    return (Tuple_GoString_GoBool){cstr(v), true};
}

GoString os__Getenv(GoString key) {
    return os__LookupEnv(key).r0;
}

static bool valid_env_key(GoString key) {
    return key.len > 0 && !memchr(key.ptr, '=', (size_t)key.len) &&
           !memchr(key.ptr, 0, (size_t)key.len);
}

/* Go's message: "setenv: invalid argument" (a *os.SyscallError). */
GoEface os__Setenv(GoString key, GoString value) {
    if (!valid_env_key(key) || memchr(value.ptr, 0, (size_t)value.len))
        return errors__New(RT_STR("setenv: invalid argument"));
    if (setenv(cstring(key), cstring(value), 1) != 0)
        return errors__New(RT_STR("setenv: invalid argument"));
    return (GoEface){0};
}

GoEface os__Unsetenv(GoString key) {
    if (valid_env_key(key))
        unsetenv(cstring(key));
    return (GoEface){0};
}

extern char **environ;

GoSlice os__Environ(void) {
    GoInt n = 0;
    while (environ && environ[n])
        n++;
    GoSlice s = rt_make_slice(&rt_type_string, n, n);
    for (GoInt i = 0; i < n; i++)
        ((GoString *)s.ptr)[i] = cstr(environ[i]);
    return s;
}

GoInt os__Getpid(void) {
    return getpid();
}

Tuple_GoString_GoEface os__Getwd(void) {
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        return (Tuple_GoString_GoEface){{(const uint8_t *)"", 0},
                                        path_error("getwd", RT_STR("."), errno)};
    return (Tuple_GoString_GoEface){cstr(buf), {0}};
}

Tuple_GoString_GoEface os__Hostname(void) {
    char buf[256];
    if (gethostname(buf, sizeof buf) != 0)
        return (Tuple_GoString_GoEface){{(const uint8_t *)"", 0}, errno_error(errno)};
    buf[sizeof buf - 1] = '\0';
    return (Tuple_GoString_GoEface){cstr(buf), {0}};
}

/* ---- start-up ------------------------------------------------------------------------ */

void os__init_vars(void) {
    GoInt n = rt_args_len();
    os__Args = rt_make_slice(&rt_type_string, n, n);
    for (GoInt i = 0; i < n; i++)
        ((GoString *)os__Args.ptr)[i] = rt_args_get(i);
    os__Stdin = new_file(0, "/dev/stdin");
    os__Stdout = new_file(1, "/dev/stdout");
    os__Stderr = new_file(2, "/dev/stderr");
}

/* Error values first: os and bufio use io.EOF. */
void rt_lib_init_strconv_os_io(void) {
    strconv__init_vars();
    io__init_vars();
    os__init_vars();
    bufio__init_vars();
}
