// Maps are references: assignment and passing share the table; clear by deleting every key;
// struct values in a map must be replaced whole.
package main

import "fmt"

type Account struct {
	Balance int
}

func addAll(m map[string]int, d int) {
	for k := range m {
		m[k] += d
	}
}

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := a
	b["z"] = 3
	addAll(a, 10)
	fmt.Println(a, b, len(a))
	for k := range a {
		delete(a, k)
	}
	fmt.Println(a, b, len(b))
	accts := map[string]Account{"bob": {100}}
	acc := accts["bob"]
	acc.Balance += 50
	fmt.Println(accts["bob"].Balance)
	accts["bob"] = acc
	fmt.Println(accts["bob"].Balance)
	ptrs := map[string]*Account{"eve": {5}}
	ptrs["eve"].Balance *= 3
	fmt.Println(ptrs["eve"].Balance)
	m := make(map[int]int)
	m[1] = 1
	fmt.Println(m, len(m))
	var nilm map[int]int
	fmt.Println(nilm == nil, m != nil)
}
