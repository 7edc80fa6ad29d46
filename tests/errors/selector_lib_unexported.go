// Selectors into the standard packages: unexported names, fields and
// methods of library types, and methods that do not exist.
package main

import (
	"errors"
	"strings"
)

func main() {
	var b strings.Builder
	b.WriteString("x")
	_ = b.buf // ERROR "b\.buf undefined \(type strings\.Builder has no field or method buf\)"
	b.grow(1) // ERROR "b\.grow undefined \(type strings\.Builder has no field or method grow, but does have Grow\)"
	_ = strings.Builder{}.Len // ERROR "cannot call pointer method Len on strings\.Builder"
	_ = strings.explode // ERROR "undefined: strings\.explode"
	err := errors.New("x")
	_ = err.s // ERROR "err\.s undefined \(type error has no field or method s\)"
	_ = err.Message() // ERROR "err\.Message undefined \(type error has no field or method Message\)"
	var r strings.Reader
	_ = r.Size()
	_ = r.s // ERROR "r\.s undefined \(type strings\.Reader has no field or method s\)"
}
