// go2c build -m
// A struct returned by value that holds a pointer: the pointed-to variable
// escapes with the result; a struct of plain values allocates nothing.
package main

type view struct {
	data *[4]int
	n    int
}

func makeView() view {
	var arr [4]int // ERROR "^moved to heap: arr$"
	return view{&arr, 4}
}

type plain struct{ a, b int }

func makePlain() plain {
	p := plain{1, 2}
	return p
}

func main() {
	v := makeView()
	println(v.n, v.data[0], makePlain().b)
}
