// Sprint adds spaces only between operands when neither is a string; Sprintln always.
package main

import (
	"errors"
	"fmt"
)

type S string

func main() {
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Printf("%q\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprint("x", 1, "y"))
	fmt.Printf("%q\n", fmt.Sprint(S("named"), 1, S("n2")))
	fmt.Printf("%q\n", fmt.Sprint(errors.New("e"), 1))
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}))
	fmt.Printf("%q\n", fmt.Sprint(nil, nil, "s", nil))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint('a', 'b'))
	fmt.Print("print", 1, 2, "\n")
	fmt.Print(3, 4, "\n")
	fmt.Println("println", 1, 2)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Print("xy", 7, "\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%5d\n", 3)
	fmt.Println(n)
}
