// while.go — lab 2's test program: `while cond { ... }` is `for cond { ... }`.
package main

import "fmt"

func main() {
	i := 0
	while i < 3 {
		fmt.Println("i =", i)
		i++
	}
	n := 10
	steps := 0
	while n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		fmt.Print(n, " ")
		steps++
		if steps == 100 {
			break
		}
	}
	fmt.Println()
	while false {
		fmt.Println("never")
	}
	k := 0
	while k < 10 {
		k++
		if k%3 != 0 {
			continue
		}
		fmt.Print(k, ";")
	}
	fmt.Println()
}
