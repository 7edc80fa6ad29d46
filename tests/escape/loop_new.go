// go2c build -m
// new(T) or &T{} in a loop whose result outlives the iteration escapes;
// one used only within the iteration does not.
package main

type item struct {
	v    int
	next *item
}

func chain(n int) int {
	var head *item
	for i := 0; i < n; i++ {
		head = &item{v: i, next: head} // ERROR "^&item\{\.\.\.\} escapes to heap$"
	}
	c := 0
	for p := head; p != nil; p = p.next {
		c++
	}
	return c
}

func scratch(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := new(int) // ERROR "^new\(int\) does not escape$"
		*p = i
		t += *p
	}
	return t
}

func main() {
	println(chain(3), scratch(3))
}
