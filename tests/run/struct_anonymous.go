// Anonymous struct types: literals, slices of them, comparison and assignment between identical types.
package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	p := struct {
		X, Y int
	}{3, 4}
	fmt.Println(p, p.X*p.Y)
	items := []struct {
		Name  string
		Price float64
	}{{"apple", 0.5}, {"pear", 0.75}}
	total := 0.0
	for _, it := range items {
		total += it.Price
	}
	fmt.Println(items, total)
	var q struct{ X, Y int }
	q = p
	fmt.Println(q == p)
	anon := struct {
		A int
		B string
	}{1, "b"}
	var n Named = anon
	fmt.Println(n, Named(anon) == n)
	cfg := map[string]struct{ On bool }{"x": {true}}
	fmt.Println(cfg["x"].On, cfg["y"].On)
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	pp := &struct{ V []int }{[]int{1}}
	pp.V = append(pp.V, 2)
	fmt.Println(pp.V)
}
