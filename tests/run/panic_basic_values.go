// Uncaught panics of basic values print them Go's way: here a float64 (exponent form).
package main

import "fmt"

func main() {
	for _, v := range []interface{}{1, "s", 2.5, true, nil, 'x', uint(7)} {
		func() {
			defer func() { fmt.Printf("recovered %v (%T)\n", recover(), v) }()
			panic(v)
		}()
	}
	func() {
		defer func() {
			r := recover()
			fmt.Printf("complex: %v %T\n", r, r)
		}()
		panic(complex(1, 2))
	}()
	panic(1.5)
}
