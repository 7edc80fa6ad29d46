// fallthrough transfers control to the next clause's body without testing its case.
package main

import "fmt"

func grade(n int) {
	fmt.Print(n, ":")
	switch {
	case n >= 90:
		fmt.Print(" A")
		fallthrough
	case n >= 80:
		fmt.Print(" B")
		fallthrough
	case n >= 70:
		fmt.Print(" C")
	case n >= 60:
		fmt.Print(" D")
		fallthrough
	default:
		fmt.Print(" F")
	}
	fmt.Println()
}

func main() {
	grade(95)
	grade(85)
	grade(75)
	grade(65)
	grade(10)
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 100:
		fmt.Println("hundred (not tested)")
		fallthrough
	default:
		fmt.Println("default via fallthrough")
	case 2:
		fmt.Println("two")
	}
	switch 3 {
	default:
		fmt.Println("default first")
		fallthrough
	case 4:
		fmt.Println("then four")
	}
}
