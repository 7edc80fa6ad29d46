// Package os: the part of Go's package os that go2c declares, for its
// type checker.  Exit is not here: the compiler implements it itself
// (sema/check.c's lib_funcs).  The other functions are C, in
// runtime/lib/os.c.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

// A File is an open file descriptor.  Its fields are the C struct's
// (runtime/lib/lib.h, os__File).
type File struct {
	fd   int
	name string
}

// A FileMode holds a file's permission bits.
type FileMode uint32

// The standard input, output and error of the process.
var (
	Stdin  *File
	Stdout *File
	Stderr *File
)

func (f *File) Read(b []byte) (n int, err error)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) Close() error
func (f *File) Name() string
func (f *File) Fd() uintptr

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Environ() []string
func Getpid() int
func Getwd() (dir string, err error)
func Hostname() (name string, err error)
func ReadFile(name string) ([]byte, error)
func WriteFile(name string, data []byte, perm FileMode) error
