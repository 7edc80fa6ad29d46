// loop_addr.go — taking the address of a loop variable and keeping it
// after the iteration.
//
// Each iteration's v is a new variable (v := i inside the body), and its
// address is stored into ptrs, which is declared outside the loop: the
// pointer outlives the iteration, so v is "moved to heap". A variable in
// a loop body cannot live in one stack slot when every iteration needs its
// own.
package main

import "fmt"

func main() {
	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs[i] = &v
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
