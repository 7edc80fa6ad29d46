package main

import "fmt"

// Infinite recursion: gc stops it at its 1e9-byte stack limit with
// "fatal error: stack overflow" and exit status 2, never a bare SIGSEGV.
func down(n int) int {
	if n < 0 { // never: but C compilers reject a recursion with no way out
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return down(n+1) + pad[(n+3)%8]
}

func main() {
	fmt.Println("going down")
	fmt.Println(down(0))
}
