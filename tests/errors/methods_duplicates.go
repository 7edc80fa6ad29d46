// Method names: declared twice on a type (through T and *T alike), and
// clashing with a field of the same struct.
package main

type T struct {
	Name string
	n    int
}

func (t T) Get() int   { return t.n }
func (t *T) Get() int  { return t.n } // ERROR "T\.Get redeclared in this block"
func (t T) Name() string { return "" } // ERROR "field and method with the same name Name"
func (t *T) Set(n int) { t.n = n }
func (T) Set(s string) {} // ERROR "T\.Set redeclared in this block"
type V struct{ U }

func (V) U() {} // ERROR "field and method with the same name U"

type U int

func (U) String() string { return "" }
func (U) String() string { return "u" } // ERROR "U\.String redeclared in this block"

func main() {}
