// go2c build -m=2
// -m=2: every statement that stores an address straight into the heap
// explains itself; a path through a local variable is explained once.
package main

var first, second *int

func main() {
	n := 1 // ERROR "^n escapes to heap:$" "^  flow: \{heap\} = &n:$" "^    from &n \(address-of\) at (\./)?m2_each_assignment\.go:10:10$" "^    from first = &n \(assign\) at (\./)?m2_each_assignment\.go:10:8$" "^n escapes to heap:$" "^  flow: \{heap\} = &n:$" "^    from &n \(address-of\) at (\./)?m2_each_assignment\.go:11:11$" "^    from second = &n \(assign\) at (\./)?m2_each_assignment\.go:11:9$" "^moved to heap: n$"
	first = &n
	second = &n
	println(*first + *second)
}
