// Multiple results: forwarding f(g()), named results with bare return, ignoring results.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func pair() (string, int) { return "age", 42 }

func describe(k string, v int) string { return fmt.Sprintf("%s=%d", k, v) }

func minmax(xs ...int) (min, max int, err error) {
	if len(xs) == 0 {
		err = errors.New("empty")
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func three() (int, int, int) { return 1, 2, 3 }

func sum3(a, b, c int) int { return a + b + c }

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(-17, 5))
	fmt.Println(describe(pair()))
	fmt.Println(minmax(3, 9, -2, 7))
	fmt.Println(minmax())
	fmt.Println(sum3(three()))
	q, _ := divmod(100, 7)
	_, r := divmod(100, 7)
	fmt.Println(q, r)
	mn, mx, err := minmax(5)
	fmt.Println(mn, mx, err)
	f := func() (a, b string) { return "x", "y" }
	a, b := f()
	b, a = f()
	fmt.Println(a, b)
}
