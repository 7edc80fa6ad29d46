// Array literals: too many elements, indices out of range, non-constant
// and negative indices, duplicates, element types.
package main

func main() {
	n := 1
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [3]string{"a", 4: "b"} // ERROR "invalid argument: index 4 out of bounds \[0:3\]"
	_ = [...]int{1, 1: 2}
	_ = [...]int{n: 1} // ERROR "index n must be integer constant"
	_ = [4]int{-1: 1} // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = [2]bool{true, 1} // ERROR "cannot use 1 \(untyped int constant\) as bool value in array or slice literal"
	_ = [2][2]int{{1, 2}, {3, 4, 5}} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [3]int{1.5} // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in array or slice literal \(truncated\)"
}
