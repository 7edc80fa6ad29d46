// go2c build -m
// A method value taken from an interface binds the interface: it escapes
// when returned and stays in the frame when only called locally.  The
// interface leaks either way: its method's code is unknown.
package main

type greeter interface{ greet() string }

type en struct{}

func (en) greet() string { return "hello" }

func bind(g greeter) func() string { // ERROR "^leaking param: g$"
	return g.greet // ERROR "^g\.greet escapes to heap$"
}

func callNow(g greeter) string { // ERROR "^leaking param: g$"
	f := g.greet // ERROR "^g\.greet does not escape$"
	return f()
}

func main() {
	println(bind(en{})(), callNow(en{})) // ERROR "^en\{\} escapes to heap$" "^en\{\} escapes to heap$"
}
