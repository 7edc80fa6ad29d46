// go2c build -m
// Receivers are parameters: a pointer receiver that is returned leaks to the
// result, one stored globally leaks, one only read does not escape.
package main

type list struct {
	head int
	next *list
}

var current *list

func (l *list) self() *list { return l } // ERROR "^leaking param: l to result ~r0 level=0$"

func (l *list) makeCurrent() { current = l } // ERROR "^leaking param: l$"

func (l *list) first() int { return l.head } // ERROR "^l does not escape$"

func (l list) copyHead() int { return l.head } // ERROR "^l does not escape$"

func main() {
	a := list{head: 1}
	b := list{head: 2} // ERROR "^moved to heap: b$"
	b.makeCurrent()
	println(a.self().first(), a.copyHead(), current.head)
}
