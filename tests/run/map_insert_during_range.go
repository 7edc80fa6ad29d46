// Inserting while ranging: iteration may or may not see new keys, but it terminates and the map
// holds everything inserted (only sizes and sums are printed).
package main

import "fmt"

func main() {
	m := map[int]bool{0: true, 1: true, 2: true}
	iterations := 0
	for k := range m {
		iterations++
		if k < 1000 {
			m[k+1000] = true
		}
	}
	fmt.Println(len(m), iterations >= 3, iterations <= 6)
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	counts := map[string]int{"a": 1}
	for k, v := range counts {
		counts[k+"!"] = v + 1
		counts[k] = 100
	}
	fmt.Println(counts["a"], len(counts) >= 2)
}
