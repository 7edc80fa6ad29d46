// Pointers to locals outlive their function; new(T) returns zeroed storage; pointer identity.
package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func newCounter() *int {
	c := 0
	return &c
}

func makeItems(n int) []*Item {
	var items []*Item
	for i := 0; i < n; i++ {
		it := Item{fmt.Sprint("item", i), i * 10}
		items = append(items, &it)
	}
	return items
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	c1, c2 := newCounter(), newCounter()
	*c1 += 5
	fmt.Println(*c1, *c2, c1 != c2)
	for _, it := range makeItems(3) {
		fmt.Print(*it, " ")
	}
	fmt.Println()
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := new(Item)
	fmt.Printf("%+v\n", *p)
	ps := new([]int)
	*ps = append(*ps, 1, 2)
	fmt.Println(*ps, len(*ps))
	pm := new(map[string]int)
	fmt.Println(*pm == nil)
	pp := &p
	(*pp).Qty = 3
	fmt.Println(p.Qty)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr, e == &arr[1])
	s := []int{1, 2}
	q := &s[0]
	s = append(s, 3)
	*q = 100
	fmt.Println(s[0] == 100 || s[0] == 1)
}
