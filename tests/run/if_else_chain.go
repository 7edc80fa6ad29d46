// if / else if / else chains; a variable from an if's init statement is visible in every branch.
package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "-"
	} else if n == 0 {
		return "0"
	} else {
		return "+"
	}
}

func describe(n int) {
	if sq := n * n; sq > 50 {
		fmt.Println(n, "square", sq, "is big")
	} else if half := sq / 2; half > 10 {
		fmt.Println(n, "square", sq, "half", half)
	} else {
		fmt.Println(n, "small", sq, half)
	}
}

func main() {
	fmt.Println(sign(-3), sign(0), sign(9))
	for i := 2; i <= 10; i += 4 {
		describe(i)
	}
	ok := true
	if ok {
		fmt.Println("ok")
	}
	if !ok {
		fmt.Println("not ok")
	} else {
		fmt.Println("still ok")
	}
	if x := 5; x > 3 && ok {
		x++
		fmt.Println("x", x)
	}
	var n int
	if n = 7; n%2 == 1 {
		fmt.Println("odd", n)
	}
	fmt.Println("n after", n)
}
