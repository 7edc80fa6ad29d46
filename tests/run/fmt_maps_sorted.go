// fmt prints maps with keys sorted: ints numerically, strings, floats (NaN first), bools, structs.
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "ten", -5: "minus", 3: "three", 0: "zero"})
	fmt.Println(map[string]int{"banana": 1, "apple": 2, "Cherry": 3, "": 4})
	fmt.Println(map[float64]int{2.5: 1, math.NaN(): 2, -1: 3, math.Inf(1): 4})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Println(map[interface{}]int{"b": 1, "a": 3, "c": 4})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"y": {1}, "x": nil}, map[string]K{"k": {}}, map[int]bool{2: true, 1: false})
	fmt.Println(map[uint8]int{200: 1, 7: 2})
	fmt.Println(map[string]map[string]int{"o": {"z": 1, "a": 2}})
}
