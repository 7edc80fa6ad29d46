// Slicing strings out of bounds: s[a:], s[:b], s[a:b] with bad values.
package main

import "fmt"

func sub(s string, a, b int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint("panic: ", e)
		}
	}()
	return s[a:b]
}

func main() {
	s := "gopher"
	fmt.Println(sub(s, 0, 6))
	fmt.Println(sub(s, 2, 4))
	fmt.Println(sub(s, 6, 6))
	fmt.Println(sub(s, 0, 7))
	fmt.Println(sub(s, 4, 2))
	fmt.Println(sub(s, 7, 8))
	fmt.Println(sub("", 0, 1))
	n := 10
	fmt.Println(s[n:])
}
