// break and continue act on the innermost for loop; break inside a switch leaves the switch only.
package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		if i%2 == 1 {
			continue
		}
		if i > 6 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue
			}
			if i == 2 {
				break
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
	for n < 20 {
		n++
		switch {
		case n%3 == 0:
			continue
		case n > 10:
			break
		default:
			fmt.Print(n, " ")
		}
		if n > 15 {
			break
		}
	}
	fmt.Println("n =", n)
	count := 0
	for i := 0; i < 5; i++ {
		continue
	}
	for {
		count++
		if count < 3 {
			continue
		}
		break
	}
	fmt.Println("count =", count)
	i := 0
	for ; ; i++ {
		if i == 2 {
			continue // the post statement still runs
		}
		if i > 4 {
			break
		}
	}
	fmt.Println("i =", i)
}
