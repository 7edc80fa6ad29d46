// Method values and calls through pointers and values: pointer methods
// need addressable operands; pointers to pointers and to interfaces have
// no methods.
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }
func (t T) Get() int { return t.n }

type I interface{ Get() int }

func make1() T { return T{} }

func main() {
	make1().Inc() // ERROR "cannot call pointer method Inc on T"
	T{}.Inc() // ERROR "cannot call pointer method Inc on T"
	var t T
	t.Inc()
	p := &t
	pp := &p
	pp.Get() // ERROR "pp\.Get undefined \(type \*\*T has no field or method Get\)"
	var i I = t
	pi := &i
	pi.Get() // ERROR "pi\.Get undefined \(type \*I is pointer to interface, not interface\)"
	_ = T.Inc // ERROR "cannot call pointer method Inc on T"
	_ = (*T).Get
	f := T.Get
	_ = f(t, 1) // ERROR "too many arguments in call to f"
}
