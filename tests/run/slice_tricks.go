// Common slice idioms: delete at index, insert, filter in place, reverse, dedupe, stack and queue.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{100}, s[1:]...)...)
	fmt.Println(s)
	evens := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens)
	r := []string{"a", "b", "c", "d", "e"}
	for l, h := 0, len(r)-1; l < h; l, h = l+1, h-1 {
		r[l], r[h] = r[h], r[l]
	}
	fmt.Println(r)
	d := []int{1, 1, 2, 3, 3, 3, 4, 1}
	out := d[:1]
	for _, v := range d[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	fmt.Println(out)
	var stack []int
	for j := 1; j <= 3; j++ {
		stack = append(stack, j*j)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println()
	queue := []string{"x", "y"}
	queue = append(queue, "z")
	for len(queue) > 0 {
		fmt.Print(queue[0], " ")
		queue = queue[1:]
	}
	fmt.Println(len(queue), cap(queue))
}
