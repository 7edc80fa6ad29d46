// Structs and arrays (all comparable) as map keys; equal values find the same entry.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	P    Point
	Tag  [2]byte
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	p := Point{1, 2}
	fmt.Println(grid[p], grid[Point{2, 1}] == "", len(grid))
	grid[p] = "b"
	fmt.Println(grid)
	m := map[Key]int{}
	k1 := Key{"n", Point{1, 1}, [2]byte{'a', 'b'}}
	k2 := k1
	m[k1] = 10
	m[k2] += 5
	k2.Tag[1] = 'c'
	m[k2] = 1
	fmt.Println(len(m), m[k1], m[Key{"n", Point{1, 1}, [2]byte{'a', 'c'}}])
	arr := map[[3]int]int{}
	arr[[3]int{1, 2, 3}]++
	arr[[3]int{1, 2, 3}]++
	arr[[3]int{3, 2, 1}]++
	fmt.Println(arr)
	type pair struct{ a, b string }
	seen := map[pair]bool{{"x", "y"}: true}
	fmt.Println(seen[pair{"x", "y"}], seen[pair{"y", "x"}])
	empty := map[struct{}]int{}
	empty[struct{}{}] = 7
	empty[struct{}{}]++
	fmt.Println(empty, len(empty))
}
