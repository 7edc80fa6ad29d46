// Slice expression bounds failures in every form: s[a:], s[:b], s[a:b], s[a:b:c].
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	lo, hi, mx := 4, 6, 7
	try("s[:hi] beyond cap", func() { _ = s[:hi] })
	try("s[:5] within cap", func() { fmt.Println(len(s[:5])) })
	try("s[lo:] beyond len", func() { _ = s[lo:] })
	two, one := 2, 1
	try("s[2:1]", func() { _ = s[two:one] })
	try("s[0:2:mx]", func() { _ = s[0:2:mx] })
	try("s[0:hi:5]", func() { _ = s[0:hi:5] })
	try("s[two:one:5]", func() { _ = s[two:one:5] })
	neg := -1
	try("s[neg:]", func() { _ = s[neg:] })
	arr := [4]int{1, 2, 3, 4}
	try("arr[1:hi]", func() { _ = arr[1:hi] })
	var ns []int
	try("nil[:1]", func() { _ = ns[:one] })
	fmt.Println(s[lo-1:], len(s[:0]))
	_ = s[1:mx]
}
