// Variadic functions: no arguments (nil slice), several, spreading a slice (shares it), mixed params.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(prefix string, xs ...interface{}) string {
	return fmt.Sprint(prefix, len(xs), xs == nil, xs)
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(describe("a"))
	fmt.Println(describe("b", 1, "x", nil))
	fmt.Println(describe("c", []interface{}{1, 2}...))
	fmt.Println(describe("d", []int{1, 2}))
	zeroFirst(nums...)
	fmt.Println(nums)
	zeroFirst(7, 8)
	f := sum
	fmt.Printf("%T %d\n", f, f(10, 20))
	var empty []int
	fmt.Println(sum(empty...))
}
