// Arrays are values: assignment, passing and ranging copy them; arrays of arrays; comparison.
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{2, 4, 6}, a != c, [0]int{} == [0]int{})
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	row := grid[2]
	row[0] = 9
	fmt.Println(grid, row)
	for i, v := range a {
		a[2] = 0
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(a)
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(len(d), d, fmt.Sprintf("%q", d))
	type pair [2]string
	ps := []pair{{"a", "b"}}
	p := ps[0]
	p[0] = "z"
	fmt.Println(ps, p)
}
