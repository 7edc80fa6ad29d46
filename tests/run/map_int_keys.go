// Maps with integer keys of several widths: insert, update, delete, lookup, len.
package main

import "fmt"

func main() {
	m := map[int]string{}
	for i := -3; i <= 3; i++ {
		m[i*i*i] = fmt.Sprint("cube", i)
	}
	fmt.Println(len(m), m[27], m[-8], m[5] == "")
	m[27] = "changed"
	delete(m, -27)
	delete(m, 1000)
	fmt.Println(len(m), m)
	m8 := map[int8]int{}
	for i := 0; i < 300; i++ {
		m8[int8(i)]++
	}
	fmt.Println(len(m8), m8[0], m8[43], m8[44], m8[-1])
	mu := map[uint64]bool{1 << 63: true, 0: false}
	fmt.Println(mu[1<<63], mu[0], len(mu))
	big := make(map[int]int, 10)
	for i := 0; i < 10000; i++ {
		big[i%1234] += i
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum, big[0], big[1233])
}
