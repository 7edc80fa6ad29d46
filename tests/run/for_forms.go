// The three forms of for: condition only, init;cond;post, and infinite with break.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var c int
	for ; c < 4; c++ {
	}
	fmt.Println(c)
	m := 0
	for m < 3 {
		m++
	}
	fmt.Println(m)
	for i := 0; ; i++ {
		if i*i > 50 {
			fmt.Println("first square over 50:", i*i)
			break
		}
	}
	total := 0
	for i := 1; i <= 4; i++ {
		for j := 1; j <= i; j++ {
			total += j
		}
	}
	fmt.Println(total)
	x := 10
	for x := 0; x < 2; x++ {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	for i := 0; i < 3; {
		i++
		fmt.Print(i)
	}
	fmt.Println()
	var u uint8
	for u = 250; u != 4; u++ {
	}
	fmt.Println(u)
}
