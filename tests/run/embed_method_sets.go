// Method sets through embedding: S{T} has T's value methods, S{*T} also T's pointer methods;
// *S has everything. Interface satisfaction follows.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(v int) { t.n = v }

type GetSetter interface {
	Get() int
	Set(int)
}

type ByValue struct{ T }
type ByPtr struct{ *T }

func try(name string, x interface{}) {
	_, ok := x.(GetSetter)
	fmt.Println(name, ok)
}

func main() {
	try("ByValue", ByValue{})
	try("*ByValue", &ByValue{})
	try("ByPtr", ByPtr{&T{}})
	try("*ByPtr", &ByPtr{&T{}})
	try("T", T{})
	try("*T", &T{})
	bv := ByValue{T{1}}
	bv.Set(5)
	fmt.Println(bv.Get(), bv.n)
	inner := &T{2}
	bp := ByPtr{inner}
	var gs GetSetter = bp
	gs.Set(9)
	fmt.Println(inner.n, bp.Get(), gs.Get())
	copyBp := bp
	copyBp.Set(11)
	fmt.Println(bp.n)
	var gs2 GetSetter = &bv
	gs2.Set(42)
	fmt.Println(bv.n)
}
