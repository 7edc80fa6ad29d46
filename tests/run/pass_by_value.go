// Arguments are copied: changing a parameter does not change the caller's variable.
package main

import "fmt"

func change(n int, s string, f float64) (int, string, float64) {
	n *= 2
	s += "!"
	f = -f
	return n, s, f
}

func countdown(n int) {
	for n > 0 {
		fmt.Print(n, " ")
		n--
	}
	fmt.Println("liftoff")
}

func main() {
	n, s, f := 21, "hi", 1.5
	n2, s2, f2 := change(n, s, f)
	fmt.Println(n, s, f)
	fmt.Println(n2, s2, f2)
	k := 3
	countdown(k)
	fmt.Println("k still", k)
}
