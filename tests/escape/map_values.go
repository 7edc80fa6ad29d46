// go2c build -m
// Map keys and values are copied into heap buckets: pointers and slices
// stored in a map escape; reading from a map leaks nothing.
package main

func index(words []string) map[string][]int { // ERROR "^leaking param content: words$"
	m := make(map[string][]int) // ERROR "^make\(map\[string\]\[\]int\) escapes to heap$"
	for i, w := range words {
		m[w] = append(m[w], i)
	}
	return m
}

func setKey(m map[*int]bool) { // ERROR "^m does not escape$"
	k := 0 // ERROR "^moved to heap: k$"
	m[&k] = true
}

func get(m map[string]*int, k string) *int { // ERROR "^m does not escape$" "^k does not escape$"
	return m[k]
}

func main() {
	idx := index([]string{"a", "b", "a"}) // ERROR "^\[\]string\{\.\.\.\} does not escape$"
	m := map[*int]bool{} // ERROR "^map\[\*int\]bool\{\} does not escape$"
	setKey(m)
	println(len(idx), len(m), get(nil, "z") == nil)
}
