// Many lines of output, to check that buffered output is complete and in order.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 3000; i++ {
		sum += i
		fmt.Printf("line %d sum %d\n", i, sum)
	}
	fmt.Print("end without newline")
}
