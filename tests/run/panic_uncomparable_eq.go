// Comparing interfaces holding uncomparable dynamic types (slice, map, func) panics.
package main

import "fmt"

type Pair struct {
	A []int
	B int
}

func eq(a, b interface{}) (r interface{}) {
	defer func() {
		if e := recover(); e != nil {
			r = e
		}
	}()
	return a == b
}

func main() {
	fmt.Println(eq(1, 1), eq(1, "1"), eq(nil, nil))
	fmt.Println(eq([]int{1}, []int{1}))
	fmt.Println(eq(map[int]int{}, 5))
	fmt.Println(eq([]int{1}, "x"))
	fmt.Println(eq(Pair{nil, 1}, Pair{nil, 1}))
	fmt.Println(eq([1][]int{}, [1][]int{}))
	var x, y interface{} = map[string]bool{}, map[string]bool{}
	fmt.Println(x == y)
}
