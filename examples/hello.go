// hello.go: a first go2c program. Build and run it with
//
//	go2c build -o hello examples/hello.go && ./hello
package main

import "fmt"

const name = "go2c"

func square(n int) int {
	return n * n
}

func main() {
	fmt.Println("Hello from", name+"!")
	for i := 1; i <= 5; i++ {
		fmt.Printf("%d squared is %2d\n", i, square(i))
	}
	celsius := 21.5
	fmt.Printf("%.1f°C is %.1f°F\n", celsius, celsius*9/5+32)
	total := 0
	for i := 1; i <= 100; i++ {
		total += i
	}
	fmt.Printf("1 + 2 + ... + 100 = %d\n", total)
}
