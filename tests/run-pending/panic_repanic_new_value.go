// Recovering and panicking with a different value: the first panic is shown as recovered.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		panic(errors.New("second: " + fmt.Sprint(r)))
	}()
	var a []int
	i := 2
	_ = a[i]
}
