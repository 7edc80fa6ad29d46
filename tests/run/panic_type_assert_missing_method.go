// Asserting to an interface type the dynamic type does not implement names the missing method.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{ name string }

func (f File) Read() string { return "data from " + f.name }

type Buf struct{}

func (b *Buf) Write(s string) {}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var x interface{} = File{"a.txt"}
	fmt.Println(x.(Reader).Read())
	try(func() { _ = x.(Writer) })
	try(func() { _ = x.(ReadWriter) })
	x = Buf{}
	try(func() { _ = x.(Writer) })
	x = &Buf{}
	_, ok := x.(Writer)
	fmt.Println("*Buf is Writer:", ok)
	x = 42
	_ = x.(fmt.Stringer)
}
