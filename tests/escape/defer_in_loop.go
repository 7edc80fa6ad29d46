// go2c build -m
// A defer inside a loop may run many times, so each deferred closure is
// allocated on the heap; the variables it captures by reference escape.
package main

func loopDefers(n int) (sum int) { // ERROR "^moved to heap: sum$"
	for i := 0; i < n; i++ {
		v := i // ERROR "^moved to heap: v$"
		defer func() { // ERROR "^func literal escapes to heap$"
			sum += v
			v = 0
		}()
	}
	return 0
}

func main() {
	println(loopDefers(4))
}
