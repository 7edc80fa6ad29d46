// Switch cases are compared with the tag as by ==: composite tags must be
// comparable, and slices, maps and funcs only match nil.
package main

type I interface{ M() }

func main() {
	var i I
	var s string
	switch i {
	case s: // ERROR "invalid case s in switch on i \(mismatched types string and I\)"
	}
	var m, m1 map[int]int
	switch m {
	case nil:
	case m1: // ERROR "invalid case m1 in switch on m \(map can only be compared to nil\)"
	}
	var a, a1 []int
	switch a {
	case nil:
	case a1: // ERROR "invalid case a1 in switch on a \(slice can only be compared to nil\)"
	}
	var ar, ar1 [4]func()
	switch ar { // ERROR "cannot switch on ar \(variable of type \[4\]func\(\)\) \(\[4\]func\(\) is not comparable\)"
	case ar1:
	}
	var st, st1 struct{ f func() }
	switch st { // ERROR "cannot switch on st \(variable of type struct\{f func\(\)\}\) \(struct\{f func\(\)\} is not comparable\)"
	case st1:
	}
	var p *int
	switch p {
	case nil, new(int):
	}
}
