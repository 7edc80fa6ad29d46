// The builtin println writes to stderr with the runtime's own formats:
// floats as +d.dddddde+xxx, operands separated by spaces.
package main

func main() {
	println(1.5)
	println(0.0, -2.25, 1e100, 3.0e-10)
	println(float32(0.1))
	println(42, -7, uint8(200), int64(-9223372036854775808))
	println(uint64(18446744073709551615))
	println(true, false)
	println("hello", "world")
	println('A', byte('b'))
	println()
	print("no", "spaces", 1, 2, "\n")
	print(3.5, "\n")
	println("")
	println(1e21, 123456.789)
}
