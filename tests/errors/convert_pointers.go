// Pointer conversions: between pointer types with identical underlying
// base types only.
package main

type Point struct{ x, y int }
type Vec struct{ x, y int }
type Other struct{ a, b int }
type PP *Point

func main() {
	p := &Point{}
	var i int
	_ = (*Vec)(p)
	_ = (*Other)(p) // ERROR "cannot convert p \(variable of type \*Point\) to type \*Other"
	_ = (*int)(p) // ERROR "cannot convert p \(variable of type \*Point\) to type \*int"
	_ = (*float64)(&i) // ERROR "cannot convert &i \(value of type \*int\) to type \*float64"
	_ = PP(p)
	_ = (*int64)(&i) // ERROR "cannot convert &i \(value of type \*int\) to type \*int64"
	_ = uintptr(p) // ERROR "cannot convert p \(variable of type \*Point\) to type uintptr"
	_ = (*Point)(i) // ERROR "cannot convert i \(variable of type int\) to type \*Point"
}
