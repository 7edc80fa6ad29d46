// fmt reports argument mistakes inline: wrong type, missing and extra
// arguments, unknown verbs.
package main

import "fmt"

func main() {
	fmt.Printf("%d %s\n", "wrong", 5)
	fmt.Printf("%d|%d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%c|%q\n", 2.5, true)
	s := fmt.Sprintf("%s", 1.5)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("x", 1, "y"))
}
