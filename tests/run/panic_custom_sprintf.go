// panic with a string built by fmt.Sprintf; strings with newlines and quotes print raw.
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("n too large: %d > %d", n, 2))
	}
	fmt.Println("n ok:", n)
}

func main() {
	func() {
		defer func() { fmt.Printf("%q\n", recover()) }()
		panic("line1\nline2 \"quoted\"")
	}()
	for i := 1; i <= 3; i++ {
		check(i)
	}
}
