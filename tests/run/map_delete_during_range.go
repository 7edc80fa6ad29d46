// Deleting entries while ranging over a map is safe; deleted entries are not visited later.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k
		if v != k*k {
			fmt.Println("bad")
		}
	}
	fmt.Println(sum)
	visited := 0
	for k := range m {
		visited++
		delete(m, k)
		delete(m, k+3)
	}
	fmt.Println(len(m), visited <= 34, visited >= 17)
	for k := range m {
		fmt.Println("never", k)
	}
}
