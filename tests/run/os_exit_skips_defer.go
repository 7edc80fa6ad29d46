// os.Exit ends the program at once with its status: deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	func() {
		defer fmt.Println("inner defer runs normally")
	}()
	func() {
		defer func() {
			fmt.Println("recovered before exit:", recover())
		}()
		panic("not fatal")
	}()
	fmt.Println("exiting with 7")
	fmt.Fprintln(os.Stderr, "message on stderr")
	os.Exit(7)
}
