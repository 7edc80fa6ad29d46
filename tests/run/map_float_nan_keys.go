// Float keys: NaN never equals itself so every NaN insert adds an entry; +0 and -0 are one key
// (assigning with -0 also replaces the stored key). All NaN values are equal: their print order
// is unspecified.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 1
	m[nan]++ // adds a third NaN key with value 0+1
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(m, nan)
	fmt.Println(len(m))
	m[0.0] = 10
	negZero := math.Copysign(0, -1)
	m[negZero] = 20
	fmt.Println(len(m), m[0])
	m[math.Inf(1)] = 5
	m[0.1+0.2] = 6
	fmt.Println(m[0.3], m[0.30000000000000004], m[math.Inf(1)])
	f32 := map[float32]bool{0.1: true}
	fmt.Println(f32[0.1], f32[float32(0.1)])
	fmt.Println(m)
}
