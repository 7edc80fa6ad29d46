// Two-dimensional slices: jagged rows, row sharing, building a triangle.
package main

import "fmt"

func main() {
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	grid := [][]rune{[]rune("abc"), []rune("de")}
	grid = append(grid, []rune("f"))
	for i, row := range grid {
		fmt.Println(i, string(row), len(row))
	}
	shared := []int{1, 2, 3}
	m := [][]int{shared, shared}
	m[0][0] = 100
	fmt.Println(m)
	flat := []int{}
	for _, row := range tri {
		flat = append(flat, row...)
	}
	fmt.Println(len(flat), flat[len(flat)-3:])
	var empty [][]string
	empty = append(empty, nil, []string{})
	fmt.Println(len(empty), empty[0] == nil, empty[1] == nil)
}
