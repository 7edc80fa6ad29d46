// go2c build -m
// panic's argument is converted to interface{} and escapes; a deferred
// closure that recovers stays in the frame.
package main

func risky(n int) (msg string) {
	defer func() { // ERROR "^func literal does not escape$"
		if r := recover(); r != nil {
			msg = "recovered"
		}
	}()
	if n > 0 {
		panic(n) // ERROR "^n escapes to heap$"
	}
	return "fine"
}

func main() {
	println(risky(1), risky(0))
}
