// for loops: three-clause, condition only, infinite with break, multiple variables, shadowing.
package main

import "fmt"

func main() {
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println(steps)
	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	fmt.Println(k)
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println(i)
	total := 0
	for x := 100; x > 0; x -= 7 {
		if x%2 == 0 {
			continue
		}
		total += x
	}
	fmt.Println(total)
}
