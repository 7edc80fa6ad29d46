// os.Args holds the program name and no other arguments when run by the test runner.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[1:]), os.Args[1:])
	fmt.Println(os.Args[0] != "", strings.Contains(os.Args[0], "/") || len(os.Args[0]) > 0)
	args := os.Args[1:]
	if len(args) == 0 {
		fmt.Println("no arguments")
	}
	for i, a := range args {
		fmt.Println("arg", i, a)
	}
	fmt.Printf("%T %d\n", os.Args, cap(os.Args[len(os.Args):]))
}
