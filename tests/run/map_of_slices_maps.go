// Maps of slices and maps of maps: appending through the map, lazy inner-map creation.
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[string][]string{}
	words := []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"}
	for _, w := range words {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	fmt.Println(groups)
	fmt.Println(len(groups["a"]), len(groups["z"]))
	groups["a"][0] = "APPLE"
	fmt.Println(groups["a"])
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]))
	fmt.Println(nested["none"]["y"])
	keys := make([]string, 0, len(nested))
	for k := range nested {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	ms := map[int]map[int]bool{}
	fmt.Println(ms[1] == nil)
}
