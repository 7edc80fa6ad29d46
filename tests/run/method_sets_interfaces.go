// Method sets: T has value-receiver methods, *T has both; only *T satisfies an interface needing a
// pointer method.
package main

import "fmt"

type Sizer interface{ Size() int }
type Resizer interface {
	Sizer
	Resize(n int)
}

type Box struct{ n int }

func (b Box) Size() int     { return b.n }
func (b *Box) Resize(n int) { b.n = n }

func report(s Sizer) { fmt.Println("size", s.Size()) }

func main() {
	b := Box{3}
	report(b)
	report(&b)
	var r Resizer = &b
	r.Resize(10)
	report(r)
	fmt.Println(b.n)
	var s Sizer = b
	b.n = 20
	fmt.Println(s.Size(), b.Size())
	var x interface{} = b
	_, isSizer := x.(Sizer)
	_, isResizer := x.(Resizer)
	fmt.Println(isSizer, isResizer)
	x = &b
	_, isResizer = x.(Resizer)
	fmt.Println(isResizer)
	s = r
	fmt.Println(s.Size())
	r2, ok := s.(Resizer)
	fmt.Println(ok, r2.Size())
}
