// go2c build -m
// Promoted fields and methods through embedding are ordinary field
// accesses for the analysis.
package main

type base struct{ id *int }

func (b *base) ID() *int { return b.id } // ERROR "^leaking param: b to result ~r0 level=1$"

type derived struct {
	base
	name string
}

var last *int

func remember(d *derived) { // ERROR "^leaking param content: d$"
	last = d.ID()
}

func main() {
	n := 7 // ERROR "^moved to heap: n$"
	d := derived{base{&n}, "d"}
	remember(&d)
	println(*last)
}
