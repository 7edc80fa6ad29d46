// os.Exit ends the program at once with the given status; output written before it stays.
package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("too big:", n)
		os.Exit(3)
	}
	fmt.Println("ok:", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	fmt.Println("not reached")
}
