// recover() returns runtime.Error values; their Error() text and %T-independent behaviour.
package main

import (
	"fmt"
	"strings"
)

func catch(f func()) (msg string) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			msg = "error: " + err.Error()
		} else {
			msg = fmt.Sprint("value: ", r)
		}
	}()
	f()
	return "no panic"
}

func main() {
	var s []int
	var m map[int]int
	var i interface{} = "x"
	z := 0
	fmt.Println(catch(func() { _ = s[z] }))
	fmt.Println(catch(func() { m[1] = 1 }))
	fmt.Println(catch(func() { _ = i.(int) }))
	fmt.Println(catch(func() { _ = 1 / z }))
	fmt.Println(catch(func() { panic("plain") }))
	fmt.Println(catch(func() {}))
	msg := catch(func() { _ = s[1:z] })
	fmt.Println(strings.HasPrefix(msg, "error: runtime error:"), msg)
}
