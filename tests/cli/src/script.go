package main

import "fmt"

// A string that would end an HTML <script> block if copied as it is.
func main() {
	s := "</script><b>bold?</b>"
	p := &s
	fmt.Println(*p)
}
