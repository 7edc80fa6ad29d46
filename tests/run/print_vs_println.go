// fmt.Print adds a space between operands only when neither is a string;
// fmt.Println always separates operands with spaces and ends with a newline.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(1.5, true, false, 'r', "\n")
	fmt.Print("\n")
	fmt.Println("a", "b")
	fmt.Println(1, 2)
	fmt.Println("x", 1, 2, "y")
	fmt.Println()
	fmt.Println("")
	fmt.Print()
	fmt.Print("")
	fmt.Println(true, "", false)
}
