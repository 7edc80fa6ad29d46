// bool and rune keys, and a map[bool][]string grouping values.
package main

import "fmt"

func main() {
	parity := map[bool][]int{}
	for i := 0; i < 7; i++ {
		parity[i%2 == 0] = append(parity[i%2 == 0], i)
	}
	fmt.Println(parity[true], parity[false], len(parity))
	fmt.Println(parity)
	letters := map[rune]int{}
	for _, r := range "hello, wörld" {
		letters[r]++
	}
	fmt.Println(letters['l'], letters['ö'], letters['z'], len(letters))
	flags := map[bool]string{true: "yes"}
	v, ok := flags[false]
	fmt.Printf("%q %v\n", v, ok)
}
