// go2c build -m
// A func stored in a struct field and called: the target is unknown, so
// the argument leaks.
package main

type visitor struct {
	visit func(s *string)
}

func walk(v visitor) { // ERROR "^v does not escape$"
	s := "node" // ERROR "^moved to heap: s$"
	v.visit(&s)
}

func main() {
	n := 0
	walk(visitor{visit: func(s *string) { n += len(*s) }}) // ERROR "^s does not escape$" "^func literal does not escape$"
	println(n)
}
