// make with size hints held in variables: a negative map hint is ignored (no panic) while a
// negative slice capacity panics.
package main

import "fmt"

func mkmap(n int) (err interface{}) {
	defer func() { err = recover() }()
	m := make(map[string]int, n)
	m["a"] = 1
	fmt.Println("made map with hint", n, "len", len(m))
	return nil
}

func main() {
	fmt.Println(mkmap(0))
	fmt.Println(mkmap(1000))
	fmt.Println(mkmap(-1))
	n := -1
	s := make([]string, 0, n)
	fmt.Println(s)
}
