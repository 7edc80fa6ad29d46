// Package errors: the API of Go's package errors, declared for go2c's
// type checker.  The functions are implemented in C in
// runtime/lib/errors.c.
package errors

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
