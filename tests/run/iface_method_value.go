// Method values taken from interfaces bind the dynamic value at evaluation time.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Robot struct{ id int }

func (r *Robot) Speak() string { r.id++; return fmt.Sprint("robot ", r.id) }

func main() {
	var s Speaker = Dog{"rex"}
	speak := s.Speak
	s = &Robot{0}
	fmt.Println(speak(), s.Speak())
	rs := s.Speak
	fmt.Println(rs(), rs(), s.Speak())
	all := []Speaker{Dog{"a"}, &Robot{10}, Dog{"b"}}
	fns := make([]func() string, 0, len(all))
	for _, sp := range all {
		fns = append(fns, sp.Speak)
	}
	for _, f := range fns {
		fmt.Println(f())
	}
	ifaceExpr := Speaker.Speak
	fmt.Println(ifaceExpr(Dog{"c"}))
	fmt.Printf("%T\n", ifaceExpr)
}
