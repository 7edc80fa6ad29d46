// go2c build -m
// A method value binds its receiver in a closure: called locally it does
// not escape; returned, it escapes and so does the receiver.
package main

type counter struct{ n int }

func (c *counter) inc() int { // ERROR "^c does not escape$"
	c.n++
	return c.n
}

func local() int {
	c := counter{}
	f := c.inc // ERROR "^c\.inc does not escape$"
	f()
	return f()
}

func bound() func() int {
	c := counter{} // ERROR "^moved to heap: c$"
	return c.inc // ERROR "^c\.inc escapes to heap$"
}

func main() {
	println(local(), bound()())
}
