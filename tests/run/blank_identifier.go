// The blank identifier: ignoring results, blank parameters, blank fields, _ = x, import-like uses.
package main

import "fmt"

type T struct {
	A int
	_ int
	B string
	_ [2]bool
}

func pair() (int, string) { return 1, "one" }

func ignoreSecond(a int, _ string) int { return a * 2 }

var _ = fmt.Sprint("package-level blank")

func sideEffect() int {
	fmt.Println("side effect")
	return 3
}

func main() {
	_, s := pair()
	n, _ := pair()
	fmt.Println(n, s)
	fmt.Println(ignoreSecond(4, "ignored"))
	t := T{A: 1, B: "b"}
	fmt.Printf("%v %+v\n", t, t)
	_ = sideEffect()
	var _ int = sideEffect()
	for _, c := range "ab" {
		_ = c
	}
	m := map[string]int{"x": 1}
	_, ok := m["x"]
	fmt.Println(ok)
	var x interface{} = 3
	_, isInt := x.(int)
	fmt.Println(isInt)
	t2 := T{A: 1, B: "b"}
	fmt.Println(t == t2)
}
