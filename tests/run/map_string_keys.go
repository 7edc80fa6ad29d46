// Maps with string keys: empty string key, keys built at run time, byte-slice conversions.
package main

import (
	"fmt"
	"strings"
)

func main() {
	m := map[string]int{"": 0, "a": 1}
	m["a"+"b"] = 2
	key := strings.Repeat("x", 3)
	m[key] = 3
	fmt.Println(m["ab"], m["xxx"], m[""], len(m))
	b := []byte("xxx")
	fmt.Println(m[string(b)])
	b[0] = 'y'
	fmt.Println(m[string(b)], len(m))
	m[string(b)] = 4
	b[0] = 'z'
	fmt.Println(m)
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat the dog the end") {
		counts[w]++
	}
	fmt.Println(counts)
	long := strings.Repeat("k", 1000)
	m[long] = 5
	fmt.Println(m[strings.Repeat("k", 1000)], m[long[:999]])
	m["héllo"] = 6
	fmt.Println(m["h\u00e9llo"])
}
