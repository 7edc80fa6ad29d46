// Converting a slice to an array pointer (Go 1.17) shares memory; too short a slice panics.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 100
	fmt.Println(s, *p, len(p))
	q := (*[4]int)(s)
	q[3] = 40
	fmt.Println(s)
	var ns []int
	z := (*[0]int)(ns)
	fmt.Println(z == nil)
	e := (*[0]int)(s)
	fmt.Println(e != nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = (*[5]int)(s)
	}()
	_ = (*[3]int)(s[:2])
}
