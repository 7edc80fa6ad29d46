// make([]T, n) with a negative or too large length or cap panics.
package main

import "fmt"

func mk(n, c int) (err interface{}) {
	defer func() { err = recover() }()
	s := make([]int, n, c)
	fmt.Println("made", len(s), cap(s))
	return nil
}

func main() {
	fmt.Println(mk(2, 4))
	fmt.Println(mk(0, 0))
	fmt.Println(mk(-1, 3))
	fmt.Println(mk(5, 2))
	fmt.Println(mk(1, -1))
	n := -5
	b := make([]byte, n)
	fmt.Println(len(b))
}
