// go2c build -m
// Mutually recursive functions form one strongly connected component and
// are analysed together: a leak in one reaches the parameters of both.
package main

var found *int

func even(p *int, n int) bool { // ERROR "^leaking param: p$"
	if n == 0 {
		found = p
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool { // ERROR "^leaking param: p$"
	if n == 0 {
		return false
	}
	return even(p, n-1)
}

func pingA(p *int, n int) int { // ERROR "^p does not escape$"
	if n == 0 {
		return *p
	}
	return pingB(p, n-1)
}

func pingB(p *int, n int) int { // ERROR "^p does not escape$"
	return pingA(p, n)
}

func main() {
	x := 4 // ERROR "^moved to heap: x$"
	y := 5
	println(even(&x, 4), pingA(&y, 2))
}
