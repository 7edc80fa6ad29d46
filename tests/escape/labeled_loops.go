// go2c build -m
// Labeled break and continue do not change loop depth: the address kept
// past the inner loop's iteration escapes, the one used inside does not.
package main

func search(grid [][]int, want int) *int { // ERROR "^grid does not escape$"
	var hit *int
outer:
	for i := range grid {
		for j := range grid[i] {
			cell := grid[i][j] // ERROR "^moved to heap: cell$"
			if cell == want {
				hit = &cell
				break outer
			}
			if cell < 0 {
				continue outer
			}
		}
	}
	return hit
}

func main() {
	g := [][]int{{1, 2}, {3, 4}} // ERROR "^\[\]\[\]int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} does not escape$"
	println(*search(g, 3))
}
