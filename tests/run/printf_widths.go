// Widths, precisions and the flags - + 0 space # in fmt verbs.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][%+d][% d]\n", 42, 42, 42, 42, -42, 42)
	fmt.Printf("[%05d][%-05d][%+05d][%3d]\n", -42, -42, 42, 123456)
	fmt.Printf("[%8s][%-8s][%.2s][%8.3s][%-8.3s]\n", "go", "go", "golang", "golang", "golang")
	fmt.Printf("[%8.3f][%-8.2f][%08.3f][%+.1f][%.0f][%.0f]\n", 3.14159, 2.5, -3.14159, 2.0, 2.5, 3.5)
	fmt.Printf("[%10.3e][%-12e][%+e][%.0e]\n", 1234.5678, 0.5, 1.0, 15.0)
	fmt.Printf("[%g][%.3g][%10g][%-10g][%.10g]\n", 1.0/3, 1.0/3, 2.5, 2.5, 1.0/3)
	fmt.Printf("[%#x][%#x][%8x][%-8x][%08x][%.4x]\n", 255, 0, 255, 255, 255, 10)
	fmt.Printf("[%x][% x][%#x]\n", "abc", "abc", "abc")
	fmt.Printf("[%5t][%-6t]\n", true, false)
	fmt.Printf("[%6q][%-6q][%#q][%+q]\n", "a", "b", "c", "é")
	fmt.Printf("[%3c][%-3c]\n", 'x', 'y')
	fmt.Printf("[%6v][%-6v][%06v]\n", 12, 1.5, -7)
	fmt.Printf("[%.3d][%8.3d][%+.3d]\n", 7, -7, 7)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	var f32 float32 = 1.0 / 3
	fmt.Printf("[%.10f][%v][%.3v]\n", f32, f32, f32)
}
