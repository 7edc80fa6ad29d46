// The two results of a comma-ok map index or type assertion, declared as
// interface-typed variables at package level or in a function (and, once,
// assigned): each lands boxed.
package main

import "fmt"

var prices = map[string]float64{"tea": 2.5}

var pv, pok any = prices["tea"]

var (
	later   = first
	first, second any = any("word").(string)
)

var _, onlyOk any = any(nil).(int)

type named interface{ String() string }

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	fmt.Println(pv, pok, later, first, second, onlyOk)

	var v, ok any = prices["coffee"]
	fmt.Println(v, ok)

	var x any = celsius(21.5)
	var s fmt.Stringer
	var found any
	s, found = x.(named)
	fmt.Println(s, found)

	var n, ok2 interface{} = x.(celsius)
	fmt.Println(n, ok2)

	m := map[int]any{1: "one"}
	var e error
	var got any
	e, got = m[1].(error)
	fmt.Println(e == nil, got)
}
