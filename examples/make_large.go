// make_large.go — a make that is too large for the stack.
//
// Both slices are local and neither escapes, but gc (and go2c) keep an
// implicitly allocated object on the stack only up to 64 KB:
// make([]byte, 1024) stays ("does not escape"), make([]byte, 100000) goes
// to the heap ("escapes to heap"). -m=2 says why: "too large for stack".
package main

import "fmt"

func main() {
	small := make([]byte, 1024)
	big := make([]byte, 100000)
	small[0] = 1
	big[0] = 2
	fmt.Println(len(small)+len(big), small[0]+big[0])
}
