// Map literals: missing keys, duplicate constant keys of several kinds,
// key and value types.
package main

type Key struct{ a, b int }

func main() {
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = map[int]string{1: "a", 2: "b", 1: "c"} // ERROR "duplicate key 1 in map literal"
	_ = map[float64]bool{1.0: true, 1: false} // ERROR "duplicate key 1 in map literal"
	_ = map[rune]int{'a': 1, 97: 2} // ERROR "duplicate key 97 in map literal"
	_ = map[bool]int{true: 1, false: 2, true: 3} // ERROR "duplicate key true in map literal"
	_ = map[string]int{"a": "b"} // ERROR "cannot use .b. \(untyped string constant\) as int value in map literal"
	_ = map[Key]int{{1, 2}: 1, {1, 2, 3}: 2} // ERROR "too many values in struct\{a int; b int\}\{…\}"
	_ = map[[]int]int{} // ERROR "invalid map key type \[\]int"
}
