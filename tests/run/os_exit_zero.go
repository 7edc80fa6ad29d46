// os.Exit(0) stops the program successfully, skipping the rest of main.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("stdout line")
	println("stderr line")
	os.Exit(0)
	fmt.Println("not reached")
}
