// A negative run-time index panics too, reporting the negative index.
package main

import "fmt"

func at(s string, i int) byte {
	return s[i]
}

func main() {
	fmt.Println(at("abc", 2))
	fmt.Println(at("abc", -1))
}
