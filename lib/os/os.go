// Package os: the part of Go's package os that go2c declares, for its
// type checker.  Exit is not here: the compiler implements it itself
// (sema/check.c's lib_funcs).  The other bodies come with code generation.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error
func Environ() []string
func Getpid() int
func Getwd() (dir string, err error)
func Hostname() (name string, err error)
func ReadFile(name string) ([]byte, error)
