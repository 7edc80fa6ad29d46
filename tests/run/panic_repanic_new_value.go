// Recovering and panicking with a different value: the first panic is shown as recovered.
package main

import (
	"errors"
	"fmt"
)

func nested() (s string) {
	defer func() { s = fmt.Sprint("nested recovered: ", recover()) }()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("inner value")
}

func main() {
	fmt.Println(nested())
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		panic(errors.New("second: " + fmt.Sprint(r)))
	}()
	var a []int
	i := 2
	_ = a[i]
}
