// go2c build -m
// A method called through an interface is unknown to the analysis: its
// receiver and arguments leak.  Called on the concrete type, they need not.
package main

type shape interface {
	area(scale *int) int
}

type square struct{ side int }

func (s *square) area(scale *int) int { // ERROR "^s does not escape$" "^scale does not escape$"
	return s.side * s.side * *scale
}

func viaInterface(sh shape) int { // ERROR "^leaking param: sh$"
	k := 2 // ERROR "^moved to heap: k$"
	return sh.area(&k)
}

func direct(sq *square) int { // ERROR "^sq does not escape$"
	k := 3
	return sq.area(&k)
}

func main() {
	sq := &square{4} // ERROR "^&square\{\.\.\.\} escapes to heap$"
	println(viaInterface(sq), direct(sq))
}
