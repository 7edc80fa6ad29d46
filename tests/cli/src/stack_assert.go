package main

type T struct{ a, b int }

var keep *T

func ok() int {
	t := T{1, 2} //go2c:stack t
	p := &t
	return p.a
}

func bad() int {
	//go2c:stack u
	u := T{3, 4}
	keep = &u
	return u.b
}

//go2c:stack
func hot() *int {
	x := 5
	return &x
}

func main() { println(ok(), bad(), *hot()) }
