// Scopes: if/else and switch init variables, shadowing in blocks, := redeclaring with one new var.
package main

import (
	"fmt"
	"strconv"
)

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		fmt.Println(x)
	}
	fmt.Println(x)
	if n, err := strconv.Atoi("12"); err != nil {
		fmt.Println("error", err)
	} else if n > 10 {
		x := n * 2
		fmt.Println("big", x)
	} else {
		fmt.Println("small", n)
	}
	a, err := strconv.Atoi("1")
	b, err := strconv.Atoi("z")
	fmt.Println(a, b, err != nil)
	for x := 0; x < 2; x++ {
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	switch y := len(x); {
	case y > 3:
		x := "shadow in case"
		fmt.Println(x, y)
	}
	f := func() string { x = "changed by closure"; return x }
	fmt.Println(f(), x)
	var err2 error
	if true {
		_, err2 = strconv.Atoi("q")
	}
	fmt.Println(err2)
}
