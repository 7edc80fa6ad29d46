// param_noescape.go — a parameter that does not escape.
//
// length only reads through its pointer parameter: "p does not escape".
// So the caller may pass the address of a local, and that local stays in
// the caller's frame (no "moved to heap" for v).
package main

import "fmt"

type vec struct{ x, y float64 }

func length2(p *vec) float64 {
	return p.x*p.x + p.y*p.y
}

func main() {
	v := vec{3, 4}
	fmt.Println(length2(&v))
}
