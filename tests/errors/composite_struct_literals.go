// Struct literals: unknown and duplicate fields, positional counts, mixed
// forms, field types and embedded fields.
package main

type Inner struct{ v int }
type Outer struct {
	Inner
	name string
	n    int
}

func main() {
	_ = Outer{Inner{1}, "a"} // ERROR "too few values in Outer\{…\}"
	_ = Outer{Inner{1}, "a", 2, 3} // ERROR "too many values in Outer\{…\}"
	_ = Outer{v: 1} // ERROR "unknown field 'v' in struct literal of type Outer"
	_ = Outer{name: 1} // ERROR "cannot use 1 \(untyped int constant\) as string value in struct literal"
	_ = Outer{n: 1, n: 2} // ERROR "duplicate field name n in struct literal"
	_ = Outer{Inner: Inner{}, "x"} // ERROR "mixture of field:value and value elements in struct literal"
	_ = Outer{Inner: 5} // ERROR "cannot use 5 \(untyped int constant\) as Inner value in struct literal"
	_ = Inner{v: "s"} // ERROR "cannot use .s. \(untyped string constant\) as int value in struct literal"
}
