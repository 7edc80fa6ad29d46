// Deep recursion (100000 frames) and mutual recursion work without stack overflow.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumList(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + sumList(xs[1:])
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(depth(100000))
	xs := make([]int, 10000)
	for i := range xs {
		xs[i] = i
	}
	fmt.Println(sumList(xs))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(16, "a", "c", "b", &moves)
	fmt.Println(moves)
}
