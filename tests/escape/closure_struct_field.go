// go2c build -m
// A func literal stored in a local struct that does not escape stays in the
// frame; the struct returned by value carries it out.
package main

type ops struct {
	apply func(int) int
}

func local(k int) int {
	o := ops{apply: func(x int) int { return x * k }} // ERROR "^func literal does not escape$"
	return o.apply(3)
}

func build(k int) ops {
	return ops{apply: func(x int) int { return x + k }} // ERROR "^func literal escapes to heap$"
}

func main() {
	println(local(2), build(1).apply(1))
}
