// go2c build -m
// A function literal called where it is written, or only called through a
// local variable, does not escape, and neither do the variables it
// captures.
package main

func direct() int {
	x := 1
	y := func() int { // ERROR "^func literal does not escape$"
		x++
		return x * 2
	}()
	return y
}

func viaLocal(k int) int {
	total := 0
	add := func(v int) { total += v * k } // ERROR "^func literal does not escape$"
	add(1)
	add(2)
	return total
}

func main() {
	println(direct(), viaLocal(3))
}
