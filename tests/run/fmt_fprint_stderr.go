// Fprintln/Fprintf to os.Stdout and os.Stderr, and Sprint into strings printed later.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "%s=%d\n", "x", 3)
	n, err := fmt.Fprint(os.Stdout, "abc", 5, "\n")
	fmt.Println(n, err)
	fmt.Fprint(os.Stderr, "no newline")
	fmt.Fprint(os.Stderr, "\n")
	os.Stdout.WriteString("direct write\n")
	os.Stderr.Write([]byte("bytes to stderr\n"))
	os.Exit(3)
}
