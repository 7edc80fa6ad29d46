// Index out of range on a string (byte index), including the empty string.
package main

import "fmt"

func at(s string, i int) (b byte, err interface{}) {
	defer func() { err = recover() }()
	return s[i], nil
}

func main() {
	s := "héllo"
	fmt.Println(len(s))
	for _, i := range []int{0, 1, 2, 5, 6, 7} {
		b, err := at(s, i)
		fmt.Println(i, b, err)
	}
	_, err := at("", 0)
	fmt.Println(err)
	j := len(s) + 3
	fmt.Println(s[j])
}
