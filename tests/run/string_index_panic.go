// Indexing a string past its end panics with the index and the length.
package main

import "fmt"

func main() {
	s := "hello"
	for i := 0; i <= len(s); i++ {
		fmt.Println(i, s[i])
	}
}
