// Valid Go outside go2c's subset: a go statement (and the func literal it starts).
package main

import "fmt"

func work() {
	fmt.Println("working")
}

func main() {
	go work() // ERROR "go2c does not support"
	fmt.Println("main")
}
