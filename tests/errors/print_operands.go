// print and println take scalars, strings, pointers, slices, maps, funcs
// and interfaces; arrays and structs are rejected, each argument alone.
package main

type pair struct{ a, b int }

func both() (pair, int) { return pair{}, 1 }

func main() {
	var grid [2]int
	println(grid, 1) // ERROR "illegal types for operand: print$"
	print(pair{}, &grid, []int{}, map[int]bool{}, main) // ERROR "illegal types for operand: print$"
	println(both()) // ERROR "illegal types for operand: print$"
}
