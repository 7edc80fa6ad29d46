// errors.Is with a custom Is method, errors.As to an interface, comparable error values.
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temporary interface{ Temporary() bool }

type NetErr struct{ Msg string }

func (e NetErr) Error() string   { return "net: " + e.Msg }
func (e NetErr) Temporary() bool { return e.Msg == "timeout" }

type AnyCode struct{}

func (AnyCode) Error() string { return "any code" }
func (AnyCode) Is(target error) bool {
	_, ok := target.(Code)
	return ok
}

func main() {
	var e error = Code(404)
	fmt.Println(errors.Is(e, Code(404)), errors.Is(e, Code(500)))
	w := fmt.Errorf("req: %w", NetErr{"timeout"})
	var t Temporary
	fmt.Println(errors.As(w, &t), t.Temporary())
	var ne NetErr
	fmt.Println(errors.As(w, &ne), ne.Msg)
	var c Code
	fmt.Println(errors.As(w, &c), c)
	fmt.Println(errors.Is(AnyCode{}, Code(1)), errors.Is(AnyCode{}, NetErr{}))
	fmt.Println(errors.Is(fmt.Errorf("x: %w", AnyCode{}), Code(7)))
	fmt.Println(NetErr{"a"} == NetErr{"a"}, errors.Is(w, NetErr{"timeout"}))
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error(), errors.Is(a, b))
}
