// Inner blocks may redeclare names from outer blocks; the outer variable is untouched.
package main

import "fmt"

var x = "package"

func show() {
	fmt.Println("show sees", x)
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := 2.5
		fmt.Println(x)
		{
			x := "inner"
			fmt.Println(x)
		}
		x += 1
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := x * 10; x > 5 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Println("for", x)
	}
	switch x := "sw"; x {
	case "sw":
		x := x + "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
	a, x := 5, 6 // x exists in this scope: only a is new, x is assigned
	fmt.Println(a, x)
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
}
