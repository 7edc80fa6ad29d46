// The comma-ok type assertion never panics; it yields the zero value and false on mismatch.
package main

import (
	"fmt"
	"strconv"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func toInt(v interface{}) (int, bool) {
	if i, ok := v.(int); ok {
		return i, true
	}
	if s, ok := v.(string); ok {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	return 0, false
}

func main() {
	for _, v := range []interface{}{5, "12", "x", 1.5, nil} {
		n, ok := toInt(v)
		fmt.Println(n, ok)
	}
	var sh Shape = Sq{3}
	sq, ok := sh.(Sq)
	fmt.Println(sq, ok)
	psq, ok := sh.(*Sq)
	fmt.Println(psq, ok)
	st, ok := sh.(fmt.Stringer)
	fmt.Println(st, ok)
	var none Shape
	_, ok = none.(Sq)
	fmt.Println(ok)
	var e interface{} = sh
	s2, ok := e.(Shape)
	fmt.Println(s2.Area(), ok)
	str, ok := e.(string)
	fmt.Printf("%q %v\n", str, ok)
}
