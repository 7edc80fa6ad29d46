// go2c build -m
// Parameters that are only read, compared, indexed or passed to functions
// that do not keep them do not escape.
package main

type rect struct{ w, h int }

func area(r *rect) int { // ERROR "^r does not escape$"
	return r.w * r.h
}

func total(rs []*rect) int { // ERROR "^rs does not escape$"
	t := 0
	for _, r := range rs {
		t += area(r)
	}
	return t
}

func same(a, b *rect) bool { // ERROR "^a does not escape$" "^b does not escape$"
	return a == b
}

func keyCount(m map[string]int, s string) int { // ERROR "^m does not escape$" "^s does not escape$"
	return m[s]
}

func main() {
	a := rect{2, 3}
	b := rect{4, 5}
	println(total([]*rect{&a, &b}), same(&a, &b), keyCount(nil, "k")) // ERROR "^\[\]\*rect\{\.\.\.\} does not escape$"
}
