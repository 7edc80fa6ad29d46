// Pointers to structs, arrays, slices and maps print as &{...} at the top level only.
package main

import "fmt"

type P struct{ A, B int }

func main() {
	p := &P{1, 2}
	a := &[3]int{1, 2, 3}
	s := &[]string{"x"}
	m := &map[string]int{"k": 1}
	fmt.Println(p, a, s, m)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%s\n", &[]string{"q", "r"})
	fmt.Printf("%d\n", &[2]int{7, 8})
	pp := &p
	fmt.Println(pp != nil, (*pp).A, (**pp).B)
	var np *P
	fmt.Println(np)
	fmt.Printf("%+v %#v\n", np, np)
	fmt.Println(struct{ Q *P }{nil})
}
