// go2c build -m
// gc devirtualizes a method call on an interface variable that holds,
// statically, a conversion of a concrete type: it calls that type's
// method, whose summary then decides (here b stays in the frame, c does
// not: its method returns the receiver).
package main

type counter struct{ n [4]int }

func (c *counter) Add(k int) { c.n[0] += k } // ERROR "^c does not escape$"

func (c *counter) Self() *counter { return c } // ERROR "^leaking param: c to result ~r0 level=0$"

type value struct{ v int }

func (v value) Get() int { return v.v }

type adder interface{ Add(int) }

type selfer interface{ Self() *counter }

type getter interface{ Get() int }

func local() int {
	var b counter
	var a adder = &b
	a.Add(2) // ERROR "^devirtualizing a\.Add to \*counter$"
	return b.n[0]
}

func returned() *counter {
	var c counter // ERROR "^moved to heap: c$"
	s := selfer(&c)
	return s.Self() // ERROR "^devirtualizing s\.Self to \*counter$"
}

func byValue(x int) int {
	var g getter = value{x} // ERROR "^value\{\.\.\.\} does not escape$"
	return g.Get() // ERROR "^devirtualizing g\.Get to value$"
}

func reassigned(x int) int {
	var g getter = value{x} // ERROR "^value\{\.\.\.\} escapes to heap$"
	g = value{x + 1} // ERROR "^value\{\.\.\.\} escapes to heap$"
	return g.Get()
}

func main() {
	_ = local()
	_ = returned()
	_ = byValue(1)
	_ = reassigned(2)
}
