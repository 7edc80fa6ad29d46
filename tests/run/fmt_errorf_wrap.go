// fmt.Errorf with %w wraps errors: errors.Unwrap, errors.Is and errors.As follow the chain.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(name string) error {
	return &PathError{"open", name, ErrNotFound}
}

func main() {
	err := fmt.Errorf("loading config: %w", open("/etc/x"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path, "op:", pe.Op)
	}
	u := errors.Unwrap(err)
	fmt.Println(u)
	fmt.Println(errors.Unwrap(u) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	twice := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(twice, errors.Is(twice, ErrNotFound))
	bad := fmt.Errorf("not an error: %w", "str")
	fmt.Println(bad)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
	fmt.Printf("%T %T\n", err, plain)
}
