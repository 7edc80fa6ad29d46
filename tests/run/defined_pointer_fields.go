// A defined pointer type (type P *S) has no methods, but selects its
// struct's fields, embedded ones too: p.f is (*p).f.
package main

import "fmt"

type T struct{ n int }

func (T) mT() int   { return 1 }
func (*T) pT() int  { return 2 }

type S struct {
	T
	name string
}

type P *S

func main() {
	s := &S{T{5}, "s"}
	var p P = s
	fmt.Println(p.name, p.n, p.T.n, p.T.mT(), (*p).mT())
	p.name = "changed"
	p.T.n++
	fmt.Println(s.name, s.n)
	q := &p
	fmt.Println((*q).name)
}
