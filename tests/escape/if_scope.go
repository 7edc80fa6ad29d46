// go2c build -m
// Variables declared in if and switch headers are ordinary locals: their
// address escapes only when it is kept beyond the function.
package main

var saved *int

func ifInit(n int) int {
	if v := n * 2; v > 3 { // ERROR "^moved to heap: v$"
		saved = &v
		return v
	}
	return 0
}

func switchInit(n int) int {
	switch w := n + 1; {
	case w > 0:
		p := &w
		return *p
	}
	return -1
}

func main() {
	println(ifInit(5), switchInit(1))
}
