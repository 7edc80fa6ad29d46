package main

import "fmt"

// A 9 MB local array stays on the stack in gc (locals up to 10 MB do); the
// C translation needs a stack bigger than the usual 8 MB to hold it.
func fill(k int) int {
	var a [9 << 20]byte
	for i := range a {
		a[i] = byte(i * k)
	}
	sum := 0
	for i := 0; i < len(a); i += 4096 {
		sum += int(a[i])
	}
	return sum + int(a[len(a)-1])
}

func main() {
	fmt.Println(fill(1), fill(3))
	var b [2 << 20]int64 // 16 MB of int64s: heap in gc, fine either way
	b[len(b)-1] = 7
	fmt.Println(len(b), b[len(b)-1])
}
