// go2c build -m
// new and composite literals larger than 64 KB are implicit allocations
// too big for a frame: they go to the heap even when they do not escape.
package main

type page [1 << 16]byte

type bigPage [1<<16 + 1]byte

func fitsInFrame() byte {
	p := new(page) // ERROR "^new\(page\) does not escape$"
	p[0] = 1
	return p[0]
}

func tooBig() byte {
	p := new(bigPage) // ERROR "^new\(bigPage\) escapes to heap$"
	p[0] = 2
	return p[0]
}

func bigLiteral() byte {
	q := &bigPage{1} // ERROR "^&bigPage\{\.\.\.\} escapes to heap$"
	return q[0]
}

func main() {
	println(fitsInFrame(), tooBig(), bigLiteral())
}
