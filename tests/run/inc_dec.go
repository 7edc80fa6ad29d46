// ++ and -- are statements that add or subtract one, wrapping like any arithmetic.
package main

import "fmt"

var counter int

func bump() {
	counter++
}

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	var u uint8 = 255
	u++
	fmt.Println(u)
	u--
	fmt.Println(u)
	var s int8 = -128
	s--
	fmt.Println(s)
	f := 1.5
	f++
	fmt.Println(f)
	var g float32 = -0.5
	g--
	fmt.Println(g)
	for j := 0; j < 5; j++ {
		bump()
	}
	fmt.Println(counter)
	var r rune = 'a'
	r++
	fmt.Printf("%c\n", r)
	var big uint64 = 0
	big--
	fmt.Println(big)
}
