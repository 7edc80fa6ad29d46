/*
 * files.c — the driver's dealings with the file system: the temporary work
 * directory, reading and writing whole files, taking path names apart, and
 * saying in Go's words when a system call failed.
 *
 * The work directory is where the generated C, the C compiler's messages
 * and (for `go2c run`) the executable live while go2c runs.  Like the go
 * command's $WORK it is made fresh under $TMPDIR and removed afterwards
 * unless -work asks to keep it.
 */
#define _XOPEN_SOURCE 700 /* mkdtemp, nftw */
#include "driver.h"

#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void report_os_error(const char *op, const char *path, int err) {
    /* strerror says "No such file..."; Go's messages are lowercase */
    char msg[256];
    snprintf(msg, sizeof msg, "%s", strerror(err));
    if (msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
        msg[0] = (char)(msg[0] - 'A' + 'a');
    fprintf(stderr, "%s %s: %s\n", op, path, msg);
}

char *workdir_create(Arena *a) {
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    char *dir = arena_printf(a, "%s/go2c-buildXXXXXX", tmp);
    if (!mkdtemp(dir)) {
        report_os_error("mkdir", dir, errno);
        return NULL;
    }
    return dir;
}

static int remove_entry(const char *path, const struct stat *st, int type,
                        struct FTW *ftw) {
    (void)st, (void)type, (void)ftw;
    remove(path); /* best effort: go on with the rest */
    return 0;
}

void workdir_remove(const char *dir) {
    /* depth first, so that directories are empty when their turn comes;
     * FTW_PHYS: never follow a symbolic link out of the directory */
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

int file_write(const char *path, const char *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f)
        return errno;
    size_t n = len ? fwrite(data, 1, len, f) : 0;
    int err = n < len ? errno : 0;
    if (fclose(f) != 0 && !err)
        err = errno;
    return err;
}

char *file_read_all(Arena *a, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return arena_strdup(a, "");
    StrBuf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_putn(&b, chunk, n);
    fclose(f);
    char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    sb_free(&b);
    return s;
}

bool path_is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *path_base(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* The directory part as Go's filepath.Dir gives it for plain names:
 * "a/b/x.go" is "a/b", "x.go" is ".", "/x.go" is "/". */
char *path_dir(Arena *a, const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return arena_strdup(a, ".");
    const char *end = slash;
    while (end > path && end[-1] == '/') /* "a//x.go" is in "a" */
        end--;
    if (end == path)
        return arena_strdup(a, "/");
    return arena_strndup(a, path, (size_t)(end - path));
}

/* The executable's name for a program whose first file is go_file:
 * "cmd/ed.go" gives "ed", as go build names it. */
char *path_program_name(Arena *a, const char *go_file) {
    const char *base = path_base(go_file);
    return arena_strndup(a, base, strlen(base) - strlen(".go"));
}
