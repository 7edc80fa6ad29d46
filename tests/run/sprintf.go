// fmt.Sprintf, Sprint and Sprintln build strings instead of printing them.
package main

import "fmt"

func pad(n int) string {
	return fmt.Sprintf("%04d", n)
}

func main() {
	s := fmt.Sprintf("%s has %d chars", "gopher", len("gopher"))
	fmt.Println(s, len(s))
	t := fmt.Sprint("a", 1, 2, "b", 3.5, true, false)
	fmt.Println(t)
	u := fmt.Sprintln("x", 1, 2.0)
	fmt.Print(u)
	fmt.Println(len(u))
	fmt.Println(pad(7) + pad(42) + pad(12345))
	fmt.Println(fmt.Sprint() == "", fmt.Sprintln() == "\n")
	msg := ""
	for i := 0; i < 4; i++ {
		msg += fmt.Sprintf("[%d:%c]", i, 'a'+i)
	}
	fmt.Println(msg)
	fmt.Println(fmt.Sprintf("%v|%v", fmt.Sprint(1, 2), fmt.Sprintln(3, 4)))
	fmt.Println(fmt.Sprint("only", "strings"), fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprintf("%6.2f", 3.14159))
}
