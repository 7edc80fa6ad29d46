// Embedded and promoted fields, pointers to arrays, conversions between
// composite types, comparisons with nil and of comparable composites.
package main

import "fmt"

type Inner struct{ V int }

type Middle struct {
	*Inner
	Tags []string
}

type Outer struct {
	Middle
	Name string
}

type Celsius []float64
type Grid [2][2]int

func main() {
	o := Outer{Middle{&Inner{1}, nil}, "o"}
	o.V += 2
	o.Tags = append(o.Tags, "t")
	po := &o
	po.Middle.Inner.V *= 3
	var g Grid
	pg := &g
	pg[1][1] = len(pg)
	row := pg[1][:]
	temps := Celsius([]float64{21.5})
	raw := []float64(temps)
	var arrp *[1]float64 = (*[1]float64)(raw)
	if o.Inner != nil && o.Tags != nil && arrp != nil && g == (Grid{1: {1: 2}}) {
		fmt.Println(o.V, row, raw[0], string([]rune("hé")), []byte("b")[0])
	}
	type key struct{ a, b string }
	seen := map[key]bool{{"a", "b"}: true}
	if ok := seen[key{"a", "b"}]; ok {
		fmt.Println(len(seen))
	}
}
