// Interface values are equal when dynamic types and values are equal; typed nil is not nil.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

type Num int

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	b = Num(1)
	fmt.Println(a == b, b == Num(1))
	a, b = "s", "s"
	fmt.Println(a == b, a == "s", a != nil)
	var n1, n2 interface{}
	fmt.Println(n1 == n2, n1 == nil)
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%v %T\n", err, err)
	var e1 error = errors.New("x")
	var e2 error = errors.New("x")
	fmt.Println(e1 == e2, e1 == e1)
	m1 := &MyErr{"m"}
	var i1, i2 error = m1, m1
	fmt.Println(i1 == i2)
	var s fmt.Stringer
	var e interface{} = s
	fmt.Println(e == nil)
	fmt.Println(interface{}(nil) == interface{}((*int)(nil)))
	fmt.Println(interface{}(2.0) == interface{}(2), interface{}(2.0) == interface{}(2.0))
}
