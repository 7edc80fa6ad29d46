// A signed shift count that is negative at run time panics.
package main

import "fmt"

func main() {
	x := 1
	for n := 2; n >= -1; n-- {
		fmt.Println("1 <<", n, "=", x<<n)
	}
}
