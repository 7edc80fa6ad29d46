// goto: backward jumps forming loops, forward jumps skipping code, jumping out of nested blocks.
package main

import "fmt"

func find(xs []int, target int) int {
	i := 0
next:
	if i >= len(xs) {
		return -1
	}
	if xs[i] == target {
		goto found
	}
	i++
	goto next
found:
	return i
}

func main() {
	fmt.Println(find([]int{5, 7, 9}, 9), find([]int{5}, 1))
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				fmt.Println("escape at", a, b)
				goto done
			}
		}
	}
	fmt.Println("not printed")
done:
	fmt.Println("done")
	goto skip
skip:
	fmt.Println("after skip")
}
