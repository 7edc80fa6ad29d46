// Expression switches: with a tag, without one (switch true), with an init
// statement, several values per case, and default in any position.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func day(d int) string {
	switch d {
	default:
		return "invalid"
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
}

func trace(s string) string {
	fmt.Print("[eval ", s, "] ")
	return s
}

func main() {
	for i := -1; i <= 3; i++ {
		fmt.Println(i, classify(i))
	}
	for d := 0; d < 8; d += 3 {
		fmt.Println(d, day(d))
	}
	switch x := 5 * 3; x {
	case 10:
		fmt.Println("ten")
	case 15:
		fmt.Println("fifteen")
	}
	switch s := "b"; trace(s) {
	case trace("a"), trace("b"), trace("c"):
		fmt.Println("matched b")
	case trace("d"):
		fmt.Println("d")
	}
	switch {
	}
	switch x := 1; {
	case x > 0:
		fmt.Println("positive")
	}
	var b byte = 'q'
	switch b {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("two and a half")
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		}
		fmt.Println("loop", i)
	}
	switch fmt.Sprint(1 + 1) {
	case "2":
		fmt.Println("string tag")
	}
}
