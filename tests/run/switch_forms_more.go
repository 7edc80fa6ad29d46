// switch with init statements, no condition, several values per case, fallthrough and default
// in the middle.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	}
	return "F"
}

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	default:
		return "other"
	case '0', '1', '2':
		return "digit"
	}
}

func fall(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	default:
		fmt.Print("default ")
	case 2:
		fmt.Print("two ")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for _, r := range "ab 1" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		fall(i)
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("x*2 is 10, x is", x)
	}
	calls := 0
	f := func() int { calls++; return calls }
	switch 2 {
	case f(), f(), f():
		fmt.Println("matched after", calls, "calls")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
	}
}
