// Index out of range on a slice: recovered messages for several lengths, then an uncaught one.
package main

import "fmt"

func get(s []int, i int) (v int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	return s[i], "ok"
}

func main() {
	s := []int{10, 20, 30}
	for _, i := range []int{0, 2, 3, 5} {
		v, msg := get(s, i)
		fmt.Println(i, v, msg)
	}
	var empty []int
	_, msg := get(empty, 0)
	fmt.Println(msg)
	_, msg = get(s[:1], 1)
	fmt.Println(msg)
	i := 7
	fmt.Println(s[i])
}
