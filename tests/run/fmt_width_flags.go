// Width and the - 0 + space flags on integers, strings and floats.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d]\n", 42, 42, 42, 42, 42, 42, 42)
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][% 05d]\n", -42, -42, -42, -42, -42, 42)
	fmt.Printf("[%8s][%-8s][%08s][%2s]\n", "go", "go", "go", "gopher")
	fmt.Printf("[%10.3f][%-10.3f][%010.3f][%+.2f][% .2f]\n", 3.14159, 3.14159, -3.14159, 2.0, 2.0)
	fmt.Printf("[%8.2e][%12g][%-12g|]\n", 12345.678, 0.000012, 1e9)
	fmt.Printf("[%6x][%-6X][%06x][%#06x][%#-8o]\n", 255, 255, 255, 255, 8)
	fmt.Printf("[%5t][%3c][%-4c][%6q][%-6q]\n", true, 'x', 'y', 'z', "q")
	fmt.Printf("[%5s][%-5s]\n", "héé", "日本")
	fmt.Printf("[%6v][%-6v][%06v]\n", []int{1, 2}, []int{3}, []int{4, 5})
	fmt.Printf("[%4v][%-4v]\n", map[int]int{1: 2}, struct{ A int }{7})
	fmt.Printf("[%+q][%x][% X]\n", "é", -1, []byte{1, 171})
	fmt.Printf("[%08.3f][%-08.3f][%+08d]\n", -1.5, 1.5, 7)
	fmt.Printf("[%x][%X][%#x]\n", 3.5, -1.0, 1.0)
}
