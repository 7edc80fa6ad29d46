// A negative index held in a variable panics at run time for slices, arrays and strings.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	i := -1
	s := []int{1, 2, 3}
	var a [3]int
	str := "abc"
	try("slice", func() { _ = s[i] })
	try("array", func() { a[i] = 1 })
	try("string", func() { _ = str[i] })
	j := -100
	try("slice2", func() { s[j] = 0 })
	fmt.Println(s, a)
	s[i*5] = 4
}
