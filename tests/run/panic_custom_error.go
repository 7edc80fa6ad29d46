// panic(err) with an error value prints err.Error(); a recovered error keeps its identity.
package main

import (
	"errors"
	"fmt"
)

var ErrBoom = errors.New("boom")

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err, err == ErrBoom)
		}()
		panic(ErrBoom)
	}()
	func() {
		defer func() {
			r := recover()
			var ce *CodeErr
			fmt.Println(errors.As(r.(error), &ce), ce.Code)
		}()
		panic(&CodeErr{7})
	}()
	panic(fmt.Errorf("wrapped: %w", &CodeErr{42}))
}
