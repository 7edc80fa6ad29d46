// Conversions, concatenations and makes that do not escape live in the
// frame (escape analysis); their behaviour and capacities are gc's.
package main

import "fmt"

func join(a, b string) int {
	s := a + b // does not escape: a buffer in the frame when short
	return len(s)
}

func main() {
	b := []byte("hi") // a constant: exactly its length
	fmt.Println(len(b), cap(b))
	s := "dynamic"
	c := []byte(s) // does not escape: gc's 32-byte buffer
	c[0] = 'D'
	fmt.Println(string(c[:3]), len(c), cap(c))
	fmt.Println(join("ab", "cd"), join("a long string of more than", " thirty-two bytes"))
	m := make([]int, 4, 8) // a constant size that does not escape
	m = append(m, 1, 2)
	fmt.Println(len(m), cap(m), m)
	big := make([]byte, 40)
	copy(big, s)
	t := string(big[:7]) // does not escape
	fmt.Println(t == s, len(t))
	var acc []string
	for i := 0; i < 3; i++ {
		acc = append(acc, fmt.Sprint(i)+"!") // escapes: stored in acc
	}
	fmt.Println(acc)
}
