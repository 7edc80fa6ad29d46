// Appending several elements or a whole slice at once: the resulting capacities, and aliasing
// when capacity suffices.
package main

import "fmt"

func main() {
	s := []int{}
	s = append(s, 1, 2, 3)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(s, len(s), cap(s))
	t := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(t), cap(t))
	u := append(make([]int, 5, 5), make([]int, 7)...)
	fmt.Println(len(u), cap(u))
	b := append([]byte("hello"), " world"...)
	fmt.Println(string(b), len(b), cap(b))
	b2 := append([]byte(nil), "x"...)
	fmt.Println(len(b2), cap(b2))
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3], len(base))
	full := []int{1, 2, 3}
	p := append(full, 4)
	q := append(full, 5)
	fmt.Println(p[3], q[3])
	s = append(s[:2], s[5:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	var n []string
	n = append(n)
	fmt.Println(n == nil, len(n))
}
