// Tuple assignment evaluates all right-hand sides (and index operands) before assigning.
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{10, 20, 30}
	i := 0
	i, x[i] = 1, 99
	fmt.Println(i, x)
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	m := map[string]int{}
	k := "first"
	k, m[k] = "second", 5
	fmt.Println(k, m)
	n := 5
	n, n2 := n*2, n+1
	fmt.Println(n, n2)
	fib := [10]int{}
	fib[0], fib[1] = 0, 1
	p, q := 0, 1
	for j := 2; j < 10; j++ {
		p, q = q, p+q
		fib[j] = q
	}
	fmt.Println(fib)
	type pt struct{ X, Y int }
	s := pt{1, 2}
	s.X, s.Y = s.Y, s.X
	fmt.Println(s)
}
