// Slice literals and elided inner types: element types, keys and
// literals of types that are not composite.
package main

type P struct{ x int }

func main() {
	_ = []int{"a"} // ERROR "cannot use .a. \(untyped string constant\) as int value in array or slice literal"
	_ = []int{1: 1, 1: 2} // ERROR "duplicate index 1 in array or slice literal"
	_ = []*P{{1}, {"x"}} // ERROR "cannot use .x. \(untyped string constant\) as int value in struct literal"
	_ = [][]int{{1}, {"x"}} // ERROR "cannot use .x. \(untyped string constant\) as int value in array or slice literal"
	_ = []P{{x: 1}, {y: 2}} // ERROR "unknown field 'y' in struct literal of type struct\{x int\}"
	_ = int{1} // ERROR "invalid composite literal type int"
	_ = []int{0.5} // ERROR "cannot use 0\.5 \(untyped float constant\) as int value in array or slice literal \(truncated\)"
	var s []string = []int{} // ERROR "cannot use \[\]int\{\} \(value of type \[\]int\) as type \[\]string in variable declaration"
	_ = s
}
